// Small reusable widgets with touch-sized hit areas: chips, text fields, links, buttons, tags, cards,
// a dialog's header. Text: ui/text_layout.h; status badges and their explanations: ui/status_terms.h.
#pragma once

#include "ui/app_state.h"
#include "ui/semantics.h"
#include "ui/text_layout.h"
#include "ui/theme.h"

#include <imgui.h>

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
// A dialog's first line: its title, and 「閉じる」 at the right end. True when Close was pressed.
bool DialogHeader(const char* title, kpi::Lang lang, const std::string& close_id);
// A plain tag with border (e.g. 単独申請).
void Tag(const char* text, ImU32 text_col, ImU32 bg_col);
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

// What the items of a long list lay out by besides their content (ui/lazy_list.h): the width
// available here, the text size, language, era, dataset and fonts.
std::string ListLayoutKey(const AppState& app);

} // namespace ui
