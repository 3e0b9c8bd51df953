// Small reusable widgets with touch-sized hit areas: pills/chips, status badges, cards, headings.
#pragma once

#include "core/achievement.h"
#include "ui/app_state.h"
#include "ui/semantics.h"
#include "ui/theme.h"

#include <imgui.h>

#include "core/line_break.h"

#include <string>
#include <string_view>
#include <vector>

namespace ui {

// Every widget below that can be tapped takes a semantic id (see ui/semantics.h): it is recorded
// with its role and name, and returns true when tapped *or* activated from the keyboard or a
// screen reader.
// A pill button; `selected` draws it filled. Role Toggle (filters) or Tab (view tabs).
bool Chip(const char* label, bool selected, const std::string& id, Role role = Role::Toggle,
          const std::string& group = {});
// A one-line text field, full width, with its label above it. It is drawn here and typed into
// through its DOM twin, a real <input> placed over it (platform/web_backend.*): the IME, paste,
// undo and the phone keyboard are the browser's. The composing (IME) text is drawn underlined and
// does not reach `value` until it is committed. Returns true when `value` changed.
bool TextField(const std::string& id, const char* label, const char* hint, std::string& value);
// An underlined text link to `href` (another page of the site), at least 44 px high.
bool TextLink(const char* label, const std::string& id, const std::string& href);
// A full-width or fixed-width touch button (height >= 44 CSS px).
bool TouchButton(const char* label, float width, const std::string& id, unsigned flags = 0);
// A small coloured status tag with its word ("達成"); never colour alone.
void StatusBadge(kpi::Status s, kpi::Lang lang);
float StatusBadgeWidth(kpi::Status s, kpi::Lang lang);
// Terms a reader may not know: the four statuses and the achievement rate.
constexpr int kTermAchievement = 4;   // 0-3 are kpi::Status values
constexpr int kTermOutOfPeriod = 5;   // the compare view's 「期間外」
const char* term_label(int term, kpi::Lang lang);
const char* term_explanation(int term, kpi::Lang lang);
// A status badge (term 0-3) or the achievement-rate tag (kTermAchievement) that explains itself: a
// tap, Enter or Space opens (or closes) its short explanation, which StatusExplanation() draws
// where the caller puts it. `id` is its semantic id; ids of one place share a prefix (`scope`).
// `context` (a KPI's title) goes in front of its name; `group`: arrow keys move among its badges.
void TermBadge(AppState& app, int term, const std::string& id, const std::string& context = {}, const std::string& group = {});
// The open explanation, if it was opened from a badge whose id starts with `scope`.
void TermExplanation(AppState& app, const std::string& scope);
// The four status badges and the achievement-rate tag in a wrapping row, each a TermBadge with id
// scope + "met" / "not-met" / "no-actual" / "no-target" / "achievement"; then the open explanation.
// With `out_of_period`, also 「期間外」 (scope + "out-of-period").
void StatusLegend(AppState& app, const std::string& scope, bool out_of_period = false);
// A plain tag with border (e.g. 単独申請).
void Tag(const char* text, ImU32 text_col, ImU32 bg_col);
// Text helpers. Paragraphs break like Japanese typesetting (core/line_break.h), not ImGui's way.
// Each is also recorded as reading content for screen readers, unless `semantic` is false (the
// text is already the name of a control drawn over it).
void TextBlock(const char* text, ImU32 colour = 0, float width = 0.0f, bool semantic = true);  // width 0 = available
// Lines of `text` for `width` px in the current font (kpi::break_lines with ImGui's measure),
// cached per text, width, font and size (a frame lays out the same texts as the last one).
std::vector<kpi::LineSpan> BreakLines(std::string_view text, float width);
struct TextLayoutStats { long hits = 0, misses = 0; };
TextLayoutStats TextLayoutCacheStats();
// `id`: focus can be moved to it (a page's landing place); `name`: what screen readers get, if not `text`.
void Heading(const char* text, float size_factor = theme::kTypeSection, ImU32 colour = 0, int level = 2,
             const std::string& id = {}, const std::string& name = {});
// A dialog's first line: its title, and 「閉じる」 at the right end. True when Close was pressed.
bool DialogHeader(const char* title, kpi::Lang lang, const std::string& close_id);
void MutedWrapped(const char* text);
void Wrapped(const char* text);
// One line of small coloured text (labels, captions).
void Label(const std::string& text, ImU32 colour);
// Layout helpers
float ContentWidth();
bool FitsOnLine(float width);   // after SameLine: is there room for `width` more?
float Scale();   // current UI scale (kiosk may enlarge)
void VSpace(float css_px);
// Widths of a Chip(label) and a Tag(text) in the current font (to decide where a row wraps).
float ChipWidth(const char* label);
float TagWidth(const char* text);

// Cards: a white rounded child that grows to its content. A border colour (selected KPI, error)
// draws a thicker border in that colour; 0 = the ordinary thin grey one.
bool BeginCard(const char* id, ImU32 border = 0);
void EndCard();
// After EndCard: the whole card was tapped/clicked (released over it without dragging) or its
// node activated. It is a link to `href` named `name`. Also outlines a hovered card.
bool CardTapped(const std::string& id, const std::string& name, const std::string& href,
                const std::string& description = {});

// 「計画まで あと 18,680件」 / "18,680 short of plan" for a year whose target was missed, else "".
std::string ShortfallText(const kpi::Kpi& k, const kpi::YearValue& y, kpi::Lang lang);

// "KPI① name" as the report numbers its KPIs.
std::string KpiTitle(const kpi::Kpi& k, kpi::Lang lang);

// What the items of a long list lay out by besides their content (ui/lazy_list.h): the width
// available here, the text size, language, era, dataset and fonts.
std::string ListLayoutKey(const AppState& app);

const char* status_label(kpi::Status s, kpi::Lang lang);

} // namespace ui
