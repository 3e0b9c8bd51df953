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
// One line of small coloured text (labels, captions); in easy Japanese with its readings.
void Label(const std::string& text, ImU32 colour);

// Easy Japanese's readings for text drawn outside paragraphs (labels, tooltips, a chart's words):
// the same drawing as TextBlock's, on one line. In easy Japanese, a text that is a string of the
// table, or joined from them (core/strings.h easy_marked_join), gets its readings over its words
// and is taller by their row; any other text (the city's words, numbers) is drawn as it is.
// The marked text of `text` in this frame's language, or nullptr (cached per text).
const char* EasyMarked(const char* text);
// The same, or `text` itself when it has no readings (to fill a marked format with: tr_fill_marked).
std::string MarkedOf(const std::string& text);
// What ImGui::TextUnformatted does (colour 0: the current text colour), with the readings.
void RubyText(const char* text, ImU32 colour = 0);
// Into a draw list at `pos` (the top of the readings' row): the size it took.
ImVec2 RubyTextAt(ImDrawList* dl, ImVec2 pos, ImU32 col, const char* text);
// What RubyText will take.
ImVec2 RubyTextSize(const char* text);
// A text already marked (a format of the table filled at the call site, tr_fill_marked: the
// city's words in it stay as they are), drawn as RubyText draws; in Japanese and English, as it is.
void MarkedText(const std::string& marked, ImU32 colour = 0);
ImVec2 MarkedTextSize(const std::string& marked);
// TextBlock of a text already marked (its plain text is what a screen reader gets).
void MarkedBlock(const std::string& marked, ImU32 colour = 0, float width = 0.0f);
// For the check that no reading overlaps other text (the test API's snapshot: rubyOverlaps):
// readings are recorded as they are drawn, from BeginRubyFrame; CountRubyOverlaps, after the frame
// is drawn (its draw lists are kept until the next one), counts glyphs of other text inside a
// reading's box.
void BeginRubyFrame();
int CountRubyOverlaps();
int RubyReadingsDrawn();   // readings drawn this frame (so a check of none overlapping means something)

} // namespace ui
