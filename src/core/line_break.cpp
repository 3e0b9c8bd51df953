#include "line_break.h"

#include "utf8.h"

#include <cstdint>

namespace kpi {
namespace {

// Bytes of the character at t[i] (an ill-formed byte is a character of its own).
size_t char_len(std::string_view t, size_t i) {
    const size_t n = utf8_sequence_length(t, i);
    return n == 0 ? 1 : n;
}

// Characters that must not start a line (行頭禁則) and must not end one (行末禁則).
bool no_line_start(uint32_t c) {
    static const char32_t kList[] = U"、。，．・：；？！ー）」』】〕〉》｝］〜…‥々ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ%),.:;!?]}";
    for (char32_t k : kList)
        if (k && k == c) return true;
    return false;
}
bool no_line_end(uint32_t c) {
    static const char32_t kList[] = U"（「『【〔〈《｛［([{";
    for (char32_t k : kList)
        if (k && k == c) return true;
    return false;
}

struct Unit { size_t begin, end; bool space; uint32_t first, last; };

// Units: a run of ASCII letters/digits (and their in-word punctuation), one space, or one
// other character.
std::vector<Unit> units_of(std::string_view t, size_t begin, size_t end, const std::vector<LineSpan>* whole) {
    std::vector<Unit> out;
    size_t i = begin;
    size_t w = 0;
    while (i < end) {
        while (whole && w < whole->size() && (*whole)[w].begin < i) ++w;
        if (whole && w < whole->size() && (*whole)[w].begin == i && (*whole)[w].end <= end && (*whole)[w].end > i) {
            const LineSpan r = (*whole)[w];
            size_t a = r.begin, z = r.begin, last = r.begin;
            const uint32_t first = utf8_decode(t, a);
            while (z < r.end) { last = z; utf8_decode(t, z); }
            size_t lz = last;
            out.push_back({r.begin, r.end, false, first, utf8_decode(t, lz)});
            i = r.end;
            continue;
        }
        const unsigned char c = static_cast<unsigned char>(t[i]);
        if (c == ' ') { out.push_back({i, i + 1, true, ' ', ' '}); ++i; continue; }
        if (c < 0x80 && c > ' ') {
            size_t j = i;
            while (j < end && static_cast<unsigned char>(t[j]) < 0x80 && t[j] > ' ') ++j;
            out.push_back({i, j, false, c, static_cast<unsigned char>(t[j - 1])});
            i = j;
            continue;
        }
        size_t next = i;
        const uint32_t cp = utf8_decode(t, next);   // a valid sequence never spans the '\n' at `end`
        if (next > end) next = end;
        out.push_back({i, next, false, cp, cp});
        i = next;
    }
    return out;
}

// Greedy line filling over the units of one paragraph, in one pass: no recursion, each unit is
// measured at most once, and a unit wider than the line (a long word or URL) is cut by characters,
// each character measured about once. So the work is linear in the paragraph, whatever its shape
// (a 1 MB word included), and the stack does not grow with the input.
void break_paragraph(std::string_view t, size_t begin, size_t end, float width,
                     const std::function<float(std::string_view)>& measure, std::vector<LineSpan>& lines,
                     const std::vector<LineSpan>* whole) {
    std::vector<Unit> u = units_of(t, begin, end, whole);
    const auto is_whole = [&](const Unit& x) {
        if (whole)
            for (const LineSpan& r : *whole)
                if (r.begin == x.begin && r.end == x.end) return true;
        return false;
    };
    if (u.empty()) { lines.push_back({begin, begin}); return; }
    std::vector<float> uw(u.size(), 0.0f);
    std::vector<bool> measured(u.size(), false);
    const auto width_of = [&](size_t j) {
        if (!measured[j]) {
            uw[j] = measure(t.substr(u[j].begin, u[j].end - u[j].begin));
            measured[j] = true;
        }
        return uw[j];
    };
    const size_t first_line = lines.size();
    size_t k = 0;
    while (k < u.size()) {
        // Leading spaces of a wrapped line are skipped.
        while (k < u.size() && u[k].space && lines.size() > first_line && lines.back().end != begin) ++k;
        if (k >= u.size()) break;

        if (u[k].end - u[k].begin > 1 && width_of(k) > width && !is_whole(u[k])) {
            // A unit wider than the whole line: full lines of its characters, then its rest (which
            // fits) continues as an ordinary unit that later units may join.
            size_t pos = u[k].begin;
            for (;;) {
                size_t cut = pos;
                float cw = 0;
                while (cut < u[k].end) {
                    const size_t n = char_len(t, cut);
                    const float chw = measure(t.substr(cut, n));
                    if (cw + chw > width && cut > pos) break;
                    cw += chw;
                    cut += n;
                }
                if (cut == u[k].end) {
                    size_t first = pos;
                    u[k].begin = pos;
                    u[k].first = utf8_decode(t, first);
                    uw[k] = cw;
                    break;
                }
                lines.push_back({pos, cut});
                pos = cut;
            }
        }

        const size_t line_begin = u[k].begin;
        float w = 0;
        size_t last = k;   // last unit index on this line (inclusive)
        size_t j = k;
        for (; j < u.size(); ++j) {
            const float w_j = width_of(j);
            if (w + w_j > width && j > k && !u[j].space) break;
            w += w_j;
            last = j;
        }
        if (j < u.size()) {
            // Kinsoku: pull a forbidden line-start character up onto this line (hanging), and push
            // a forbidden line-end character down to the next. Only a single character hangs, and
            // only onto the character before it: a word that merely starts with ')' would overflow
            // the line by its whole length, and after a space the line may simply end there.
            if (no_line_start(u[j].first) && char_len(t, u[j].begin) == u[j].end - u[j].begin &&
                !u[j - 1].space) {
                last = j;
            } else if (last > k && no_line_end(u[last].last)) {
                --last;
            }
        }
        // Trailing spaces are not part of the line.
        size_t e = last;
        while (e > k && u[e].space) --e;
        const size_t line_end = u[e].space ? u[e].begin : u[e].end;
        lines.push_back({line_begin, line_end});
        k = last + 1;
    }
}

} // namespace

std::vector<LineSpan> break_lines(std::string_view text, float width,
                                  const std::function<float(std::string_view)>& measure) {
    return break_lines(text, width, measure, {});
}

std::vector<LineSpan> break_lines(std::string_view text, float width,
                                  const std::function<float(std::string_view)>& measure,
                                  const std::vector<LineSpan>& whole) {
    std::vector<LineSpan> lines;
    size_t start = 0;
    while (start <= text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        break_paragraph(text, start, nl, width, measure, lines, whole.empty() ? nullptr : &whole);
        if (nl == text.size()) break;
        start = nl + 1;
    }
    return lines;
}

} // namespace kpi
