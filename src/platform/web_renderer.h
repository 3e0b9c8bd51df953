// What web_loop.cpp and web_renderer.cpp share: the renderer's set-up, and giving up on the canvas
// (drawing itself is in platform.h).
#pragma once

namespace platform {
// Compile the program (without waiting for it), make the buffers and set the fixed GL state, and
// make Dear ImGui's glyph atlas one byte per pixel. False if WebGL refused its objects.
bool renderer_init();
// The page gives up on the canvas and shows its text version; `why` (if not empty) goes to the
// console (web_loop.cpp: also used when there is no WebGL 2 at all).
void show_text_version(const char* why);
} // namespace platform
