// Small reusable widgets with touch-sized hit areas: pills/chips, status badges, cards, headings.
#pragma once

#include "core/achievement.h"
#include "ui/app_state.h"

#include <imgui.h>

#include "core/line_break.h"

#include <string>
#include <string_view>
#include <vector>

namespace ui {

// A pill button; `selected` draws it filled. Returns true when tapped.
bool Chip(const char* label, bool selected, const char* id_suffix = nullptr);
// A full-width or fixed-width touch button (height >= 44 CSS px).
bool TouchButton(const char* label, float width = 0.0f);
// A small coloured status tag with its word ("達成"); never colour alone.
void StatusBadge(kpi::Status s, const std::string& lang);
float StatusBadgeWidth(kpi::Status s, const std::string& lang);
// A plain tag with border (e.g. 単独申請).
void Tag(const char* text, ImU32 text_col, ImU32 bg_col);
// Text helpers. Paragraphs break like Japanese typesetting (core/line_break.h), not ImGui's way.
void TextBlock(const char* text, ImU32 colour = 0, float width = 0.0f);  // width 0 = available
// Lines of `text` for `width` px in the current font (kpi::break_lines with ImGui's measure).
std::vector<kpi::LineSpan> BreakLines(std::string_view text, float width);
void Heading(const char* text, float size_factor = 1.35f, ImU32 colour = 0);
void MutedWrapped(const char* text);
void Wrapped(const char* text);
// Layout helpers
float ContentWidth();
bool FitsOnLine(float width);   // after SameLine: is there room for `width` more?
float Scale();   // current UI scale (kiosk may enlarge)
void VSpace(float css_px);

// Cards: a white rounded child that grows to its content. A border colour (selected KPI, error)
// draws a thicker border in that colour; 0 = the ordinary thin grey one.
bool BeginCard(const char* id, ImU32 border = 0);
void EndCard();
// After EndCard: the whole card was tapped/clicked (released over it without dragging). Also
// outlines a hovered card and shows the hand cursor.
bool CardTapped();

// Records the last item as a tap target named `id` when it is visible (see AppState::targets).
void Target(AppState& app, const std::string& id);

// "KPI① name" as the report numbers its KPIs.
std::string KpiTitle(const kpi::Kpi& k, const std::string& lang);

const char* status_label(kpi::Status s, const std::string& lang);

} // namespace ui
