// Line breaking for mixed Japanese/Latin text. Dear ImGui wraps only at spaces and a few
// punctuation marks, which leaves Japanese paragraphs ragged; here a line may break between any
// two Japanese characters, Latin words stay whole, and the basic kinsoku rules hold (no line starts
// with 、。）」ー… and none ends with （「…).
#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace kpi {

struct LineSpan { size_t begin, end; };   // byte offsets into the text, end exclusive

// measure(s) returns the width of s. Explicit '\n' always breaks. Leading spaces of a wrapped line
// are skipped. A unit wider than the whole line is cut by characters.
std::vector<LineSpan> break_lines(std::string_view text, float width,
                                  const std::function<float(std::string_view)>& measure);
// The same, where each of `whole` (sorted, not overlapping, within one paragraph) is one unit that
// a line never breaks inside: a word with its reading over it (ruby, core/ruby.h). measure() gets
// each of them as one piece (and may answer the reading's width when that is wider).
std::vector<LineSpan> break_lines(std::string_view text, float width,
                                  const std::function<float(std::string_view)>& measure,
                                  const std::vector<LineSpan>& whole);

} // namespace kpi
