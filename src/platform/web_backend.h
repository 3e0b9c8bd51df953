// This viewer's browser backend for Dear ImGui (our code; the name follows what it does, not ImGui's
// bundled backends): one seam between the page and the views.
//   backend_init()                     once, after the ImGui context exists
//   backend_new_frame(FrameInput&)     input since the last frame (pointer, wheel, touch scrolling
//                                      with inertia, and what the semantic DOM twins reported)
//   backend_publish_semantics(out)     mirrors this frame's nodes as DOM elements over the canvas
//                                      (true when they differ from the last frame's)
//                                      (web/web_backend.js), plus title, lang and the live region
// Codes that cross to JS are in platform/web_protocol.h.
#pragma once

#include "ui/semantics.h"

namespace platform {
void backend_init();
// Returns true while a touch fling goes on (keep drawing frames).
bool backend_new_frame(ui::FrameInput& in);
bool backend_publish_semantics(const ui::FrameOutput& out);   // true: the mirror changed

// Time (platform::now_ms) of the last touch, click, wheel, key or pointer move; 0 before any.
double last_input_ms();
// Page preferences reported by the browser (prefers-reduced-motion, forced-colors/more contrast).
bool prefers_reduced_motion();
bool prefers_high_contrast();
bool is_online();
} // namespace platform
