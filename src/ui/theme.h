// Colours and sizes. A light civic theme; the data colours come from the Okabe–Ito palette,
// which stays distinguishable for the common colour-vision deficiencies, and every status is also
// written in words, never told by colour alone.
#pragma once

#include "core/achievement.h"

#include <imgui.h>

namespace theme {

// Data colours, the same everywhere (charts, badges, legend).
constexpr ImU32 kPlan = IM_COL32(0xA6, 0xC8, 0xE6, 255);       // light sky blue, outlined
constexpr ImU32 kPlanEdge = IM_COL32(0x3A, 0x78, 0xB0, 255);
constexpr ImU32 kActual = IM_COL32(0x00, 0x5A, 0x96, 255);     // Okabe–Ito blue, darkened for contrast
constexpr ImU32 kBaseline = IM_COL32(0x33, 0x33, 0x33, 255);
constexpr ImU32 kMet = IM_COL32(0x00, 0x80, 0x5E, 255);        // bluish green
constexpr ImU32 kNotMet = IM_COL32(0xC4, 0x52, 0x00, 255);     // vermillion (darkened for text contrast)
constexpr ImU32 kNoActual = IM_COL32(0x5A, 0x61, 0x6C, 255);   // grey (>= 4.5:1 on its badge tint)
constexpr ImU32 kNoTarget = IM_COL32(0x73, 0x5D, 0x00, 255);   // dark yellow (>= 4.5:1 on its badge tint)

// Page colours
constexpr ImU32 kPage = IM_COL32(0xF4, 0xF6, 0xF9, 255);
constexpr ImU32 kCard = IM_COL32(0xFF, 0xFF, 0xFF, 255);
constexpr ImU32 kBorder = IM_COL32(0xD5, 0xDB, 0xE3, 255);          // cards (decoration, not a control)
constexpr ImU32 kControlBorder = IM_COL32(0x6E, 0x77, 0x81, 255);   // buttons, chips, fields: >= 3:1
constexpr ImU32 kFocus = IM_COL32(0x1F, 0x4E, 0x79, 255);           // the keyboard focus ring
constexpr ImU32 kText = IM_COL32(0x1D, 0x27, 0x33, 255);
constexpr ImU32 kMuted = IM_COL32(0x4F, 0x5B, 0x69, 255);
constexpr ImU32 kAccent = IM_COL32(0x1F, 0x4E, 0x79, 255);     // top bar, headings
constexpr ImU32 kAccentSoft = IM_COL32(0xE3, 0xEC, 0xF5, 255);
constexpr ImU32 kGrid = IM_COL32(0xE2, 0xE6, 0xEB, 255);
constexpr ImU32 kError = IM_COL32(0xB0, 0x1E, 0x1E, 255);
// On the dark top bar: the offline badge and the buttons' fills (white over kAccent).
constexpr ImU32 kOnBarBadge = IM_COL32(255, 255, 255, 40);
constexpr ImU32 kOnBarButton = IM_COL32(255, 255, 255, 28);
constexpr ImU32 kOnBarButtonHovered = IM_COL32(255, 255, 255, 60);
constexpr ImU32 kOnBarButtonActive = IM_COL32(255, 255, 255, 90);
constexpr ImU32 kTrack = IM_COL32(0xF0, 0xF3, 0xF6, 255);          // the empty part of a bar's track
constexpr ImU32 kScrim = IM_COL32(0x1D, 0x27, 0x33, 170);          // behind the kiosk's countdown
constexpr ImU32 kChartHighlight = IM_COL32(0x1F, 0x4E, 0x79, 18);  // the year under the finger or pointer

ImU32 status_colour(kpi::Status s);
ImVec4 to_vec4(ImU32 c);
// A status badge's background for the outlined ("cannot judge") statuses: the colour at 12 %.
ImU32 badge_tint(ImU32 c);
// WCAG 2.x contrast ratio of two opaque colours (1 to 21), and `over` at its alpha on `under`.
double contrast_ratio(ImU32 a, ImU32 b);
ImU32 blend(ImU32 over, ImU32 under);

// Sizes in CSS pixels (ImGui works in CSS px; the framebuffer scale handles high-DPI).
constexpr float kBaseFont = 16.0f;
constexpr float kTouchTarget = 44.0f;   // minimum height of anything tappable
constexpr float kWideLayout = 900.0f;   // from this width: side panel for filters

void apply(float ui_scale);  // ImGui style for the light theme at a given scale

// High contrast (forced-colors: active, prefers-contrast: more): every colour of the frame's draw
// lists becomes black or white by its luminance, so text, marks and control borders are black on
// white and filled controls white on black (status words keep the meaning). Also the page colour.
void force_high_contrast(ImDrawData* draw_data);
constexpr ImU32 kHighContrastPage = IM_COL32_WHITE;

} // namespace theme
