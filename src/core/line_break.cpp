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
std::vector<Unit> units_of(std::string_view t, size_t begin, size_t end) {
    std::vector<Unit> out;
    size_t i = begin;
    while (i < end) {
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

void break_paragraph(std::string_view t, size_t begin, size_t end, float width,
                     const std::function<float(std::string_view)>& measure, std::vector<LineSpan>& lines) {
    const std::vector<Unit> u = units_of(t, begin, end);
    if (u.empty()) { lines.push_back({begin, begin}); return; }
    size_t k = 0;
    while (k < u.size()) {
        while (k < u.size() && u[k].space && !lines.empty() && lines.back().end != begin) ++k;  // skip leading spaces
        if (k >= u.size()) break;
        const size_t line_begin = u[k].begin;
        float w = 0;
        size_t last = k;   // last unit index on this line (inclusive)
        size_t j = k;
        for (; j < u.size(); ++j) {
            const float uw = measure(t.substr(u[j].begin, u[j].end - u[j].begin));
            if (w + uw > width && j > k && !u[j].space) break;
            w += uw;
            last = j;
        }
        if (j < u.size()) {
            // Kinsoku: pull a forbidden line-start character up onto this line (hanging), and push
            // a forbidden line-end character down to the next.
            if (no_line_start(u[j].first)) {
                last = j;
            } else if (last > k && no_line_end(u[last].last)) {
                --last;
            }
        }
        if (j == k + 1 && last == k && measure(t.substr(u[k].begin, u[k].end - u[k].begin)) > width && u[k].end - u[k].begin > 1) {
            // A single unit wider than the line (a very long word or URL): cut it by characters.
            size_t cut = u[k].begin;
            float cw = 0;
            while (cut < u[k].end) {
                const size_t n = char_len(t, cut);
                const float chw = measure(t.substr(cut, n));
                if (cw + chw > width && cut > u[k].begin) break;
                cw += chw;
                cut += n;
            }
            lines.push_back({line_begin, cut});
            if (cut < u[k].end) {
                // Continue with the rest of the unit as its own unit.
                std::vector<LineSpan> rest;
                break_paragraph(t, cut, end, width, measure, rest);
                lines.insert(lines.end(), rest.begin(), rest.end());
            }
            return;
        }
        size_t line_end = u[last].end;
        // Trailing spaces are not part of the line.
        size_t e = last;
        while (e > k && u[e].space) --e;
        if (u[e].space) line_end = u[e].begin; else line_end = u[e].end;
        lines.push_back({line_begin, line_end});
        k = last + 1;
    }
}

} // namespace

std::vector<LineSpan> break_lines(std::string_view text, float width,
                                  const std::function<float(std::string_view)>& measure) {
    std::vector<LineSpan> lines;
    size_t start = 0;
    while (start <= text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        std::vector<LineSpan> para;
        break_paragraph(text, start, nl, width, measure, para);
        lines.insert(lines.end(), para.begin(), para.end());
        if (nl == text.size()) break;
        start = nl + 1;
    }
    return lines;
}

} // namespace kpi
