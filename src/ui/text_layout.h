// Text laid out as Japanese typesetting breaks it (core/line_break.h), not ImGui's way: paragraphs,
// headings and labels, each also recorded as reading content for screen readers, and the cache of
// line breaks they share.
#pragma once

#include "core/lang.h"
#include "core/line_break.h"
#include "ui/theme.h"

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace ui {

// Each is also recorded as reading content for screen readers, unless `semantic` is false (the
// text is already the name of a control drawn over it).
void TextBlock(const char* text, ImU32 colour = 0, float width = 0.0f, bool semantic = true);  // width 0 = available
// Lines of `text` for `width` px in the current font (kpi::break_lines with ImGui's measure),
// cached per text, width, font and size (a frame lays out the same texts as the last one).
std::vector<kpi::LineSpan> BreakLines(std::string_view text, float width);
struct TextLayoutStats { long hits = 0, misses = 0; };
// The language of this frame's texts (ShowApp sets it): in easy Japanese, a text joined from
// strings of the table is drawn with their readings too.
void SetTextLanguage(kpi::Lang lang);
TextLayoutStats TextLayoutCacheStats();
// `id`: focus can be moved to it (a page's landing place); `name`: what screen readers get, if not `text`.
void Heading(const char* text, float size_factor = theme::kTypeSection, ImU32 colour = 0, int level = 2,
             const std::string& id = {}, const std::string& name = {});
void MutedWrapped(const char* text);
void Wrapped(const char* text);
// One line of small coloured text (labels, captions).
void Label(const std::string& text, ImU32 colour);

} // namespace ui
