// A fingerprint of what a frame drew (every vertex, index, clip rectangle and texture of its draw
// lists), so the main loop can tell whether the picture is still changing: it keeps drawing while
// it is and stops when two frames in a row drew the same thing (app/main.cpp, platform/web_loop.cpp),
// and a frame that would draw the same picture again skips the GPU work.
#pragma once

#include <cstdint>

struct ImDrawData;

namespace ui {

std::uint64_t FrameFingerprint(const ImDrawData* draw_data);
// A texture waits to be created or updated (glyphs added to the atlas): the frame must be rendered.
bool TexturesPending(const ImDrawData* draw_data);

} // namespace ui
