// The renderer's set-up, for web_loop.cpp's init_graphics() (drawing itself is in platform.h).
#pragma once

namespace platform {
// Compile the program (without waiting for it), make the buffers and set the fixed GL state, and
// make Dear ImGui's glyph atlas one byte per pixel. False if WebGL refused its objects.
bool renderer_init();
} // namespace platform
