#include "line_break.h"

#include <cstdint>

namespace kpi {
namespace {

size_t utf8_len(unsigned char c) {
    if (c < 0x80) return 1;
    if ((c >> 5) == 0x6) return 2;
    if ((c >> 4) == 0xE) return 3;
    if ((c >> 3) == 0x1E) return 4;
    return 1;
}

uint32_t decode(std::string_view s, size_t i, size_t n) {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]) & 0x3Fu; };
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (n == 2 && i + 1 < s.size()) return ((c & 0x1Fu) << 6) | b(1);
    if (n == 3 && i + 2 < s.size()) return ((c & 0x0Fu) << 12) | (b(1) << 6) | b(2);
    if (n == 4 && i + 3 < s.size()) return ((c & 0x07u) << 18) | (b(1) << 12) | (b(2) << 6) | b(3);
    return c;
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
        size_t n = utf8_len(c);
        if (i + n > end) n = end - i;
        const uint32_t cp = decode(t, i, n);
        out.push_back({i, i + n, false, cp, cp});
        i += n;
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
                const size_t n = utf8_len(static_cast<unsigned char>(t[cut]));
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
