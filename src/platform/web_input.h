// Touch-scroll inertia, advanced once per frame by the main loop (see web_input.cpp).
#pragma once

namespace platform {
// Sends this frame's share of a fling; true while the fling goes on (keep drawing frames).
bool touch_inertia_step();
// Time (platform::now_ms) of the last touch, click, wheel or key; 0 before any.
double last_input_ms();
} // namespace platform
