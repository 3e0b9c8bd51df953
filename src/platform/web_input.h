// Touch-scroll inertia, advanced once per frame by the main loop (see web_input.cpp).
#pragma once

namespace platform {
// Sends this frame's share of a fling; true while the fling goes on (keep drawing frames).
bool touch_inertia_step();
} // namespace platform
