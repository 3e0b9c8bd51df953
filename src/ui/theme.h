// Colours and sizes for the views. The colours are core/palette.h's (the one list, shared with the
// page's CSS and the site's images), as ImGui colours under the names the views use.
#pragma once

#include "core/achievement.h"
#include "core/palette.h"

#include <imgui.h>

namespace theme {

constexpr ImU32 colour(kpi::Colour c) {
    const kpi::Swatch& s = kpi::swatch(c);
    return IM_COL32(s.r, s.g, s.b, s.a);
}

constexpr ImU32 kPlan = colour(kpi::Colour::Plan);
constexpr ImU32 kPlanEdge = colour(kpi::Colour::PlanEdge);
constexpr ImU32 kActual = colour(kpi::Colour::Actual);
constexpr ImU32 kBaseline = colour(kpi::Colour::Baseline);
constexpr ImU32 kMet = colour(kpi::Colour::Met);
constexpr ImU32 kNotMet = colour(kpi::Colour::NotMet);
constexpr ImU32 kNoActual = colour(kpi::Colour::NoActual);
constexpr ImU32 kNoTarget = colour(kpi::Colour::NoTarget);
constexpr ImU32 kPage = colour(kpi::Colour::Page);
constexpr ImU32 kCard = colour(kpi::Colour::Card);
constexpr ImU32 kBorder = colour(kpi::Colour::Border);
constexpr ImU32 kControlBorder = colour(kpi::Colour::ControlBorder);
constexpr ImU32 kFocus = colour(kpi::Colour::Focus);
constexpr ImU32 kText = colour(kpi::Colour::Text);
constexpr ImU32 kMuted = colour(kpi::Colour::Muted);
constexpr ImU32 kAccent = colour(kpi::Colour::Accent);
constexpr ImU32 kAccentSoft = colour(kpi::Colour::AccentSoft);
constexpr ImU32 kOnAccent = colour(kpi::Colour::OnAccent);
constexpr ImU32 kGrid = colour(kpi::Colour::Grid);
constexpr ImU32 kError = colour(kpi::Colour::Error);
constexpr ImU32 kOnBarBadge = colour(kpi::Colour::OnBarBadge);
constexpr ImU32 kOnBarButton = colour(kpi::Colour::OnBarButton);
constexpr ImU32 kOnBarButtonHovered = colour(kpi::Colour::OnBarButtonHovered);
constexpr ImU32 kOnBarButtonActive = colour(kpi::Colour::OnBarButtonActive);
constexpr ImU32 kTrack = colour(kpi::Colour::Track);
constexpr ImU32 kScrim = colour(kpi::Colour::Scrim);
constexpr ImU32 kChartHighlight = colour(kpi::Colour::ChartHighlight);
constexpr ImU32 kPressed = colour(kpi::Colour::Pressed);
constexpr ImU32 kHeaderHovered = colour(kpi::Colour::HeaderHovered);
constexpr ImU32 kTableHeader = colour(kpi::Colour::TableHeader);
constexpr ImU32 kRowAlt = colour(kpi::Colour::RowAlt);
constexpr ImU32 kScrollbarGrab = colour(kpi::Colour::ScrollbarGrab);
constexpr ImU32 kModalDim = colour(kpi::Colour::ModalDim);

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
