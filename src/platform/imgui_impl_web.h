// The browser backend of Dear ImGui for this viewer, shaped like ImGui's own backends:
//   init        -> ImGui_ImplWeb_Init()
//   new frame   -> ImGui_ImplWeb_NewFrame(FrameInput&): input since the last frame (pointer, wheel,
//                  touch scrolling with inertia, and what the semantic DOM twins reported)
//   semantics   -> ImGui_ImplWeb_RenderSemantics(const FrameOutput&): mirrors this frame's nodes as
//                  DOM elements over the canvas (web/imgui_impl_web.js), plus title, lang, live region
// Codes that cross to JS are in platform/web_protocol.h.
#pragma once

#include "ui/semantics.h"

void ImGui_ImplWeb_Init();
// Returns true while a touch fling goes on (keep drawing frames).
bool ImGui_ImplWeb_NewFrame(ui::FrameInput& in);
void ImGui_ImplWeb_RenderSemantics(const ui::FrameOutput& out);

namespace platform {
// Time (platform::now_ms) of the last touch, click, wheel, key or pointer move; 0 before any.
double last_input_ms();
// Page preferences reported by the browser (prefers-reduced-motion, forced-colors/more contrast).
bool prefers_reduced_motion();
bool prefers_high_contrast();
bool is_online();
} // namespace platform
