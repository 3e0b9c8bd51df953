#include "ruby.h"

#include "utf8.h"

namespace kpi {

bool is_kanji(char32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0x20000 && cp <= 0x2FA1F) || cp == 0x3005;
}

namespace {
// Byte offset where the run of kanji that ends `text` begins (text.size() when it ends otherwise).
size_t kanji_run_start(std::string_view text) {
    size_t start = text.size();
    size_t i = 0, run = std::string_view::npos;
    while (i < text.size()) {
        const size_t at = i;
        const char32_t cp = utf8_decode(text, i);
        if (is_kanji(cp)) {
            if (run == std::string_view::npos) run = at;
        } else {
            run = std::string_view::npos;
        }
    }
    if (run != std::string_view::npos) start = run;
    return start;
}

// A reading is kana (hiragana, katakana, ー): braces around anything else are text, so the city's
// words or a given name put into a marked format ("事業{A}") never read as markup.
bool is_kana_reading(std::string_view r) {
    size_t i = 0;
    while (i < r.size()) {
        const char32_t cp = utf8_decode(r, i);
        if (!(cp >= 0x3041 && cp <= 0x30FF)) return false;
    }
    return !r.empty();
}
} // namespace

std::vector<RubySpan> parse_ruby(std::string_view s) {
    std::vector<RubySpan> out;
    std::string plain;
    size_t i = 0;
    while (i < s.size()) {
        if (s[i] == '{') {
            const size_t close = s.find('}', i + 1);
            const size_t base_at = kanji_run_start(plain);
            if (close != std::string_view::npos && close > i + 1 && base_at < plain.size() &&
                is_kana_reading(s.substr(i + 1, close - i - 1))) {
                std::string base = plain.substr(base_at);
                plain.resize(base_at);
                if (!plain.empty()) out.push_back({std::move(plain), {}});
                plain.clear();
                out.push_back({std::move(base), std::string(s.substr(i + 1, close - i - 1))});
                i = close + 1;
                continue;
            }
        }
        plain += s[i++];
    }
    if (!plain.empty()) out.push_back({std::move(plain), {}});
    return out;
}

std::string ruby_plain(std::string_view s) {
    if (!has_ruby(s)) return std::string(s);
    std::string out;
    for (const RubySpan& r : parse_ruby(s)) out += r.base;
    return out;
}

std::string ruby_kana(std::string_view s) {
    std::string out;
    for (const RubySpan& r : parse_ruby(s)) out += r.reading.empty() ? r.base : r.reading;
    return out;
}

bool has_ruby(std::string_view s) {
    for (const RubySpan& r : parse_ruby(s))
        if (!r.reading.empty()) return true;
    return false;
}

std::string ruby_html(std::string_view s, std::string (*escape)(std::string_view)) {
    std::string out;
    for (const RubySpan& r : parse_ruby(s)) {
        if (r.reading.empty()) out += escape(r.base);
        else out += "<ruby>" + escape(r.base) + "<rt aria-hidden=\"true\">" + escape(r.reading) + "</rt></ruby>";
    }
    return out;
}

std::vector<std::string> kanji_without_reading(std::string_view s) {
    std::vector<std::string> out;
    for (const RubySpan& r : parse_ruby(s)) {
        if (!r.reading.empty()) continue;
        size_t i = 0;
        while (i < r.base.size()) {
            const size_t at = i;
            if (is_kanji(utf8_decode(r.base, i))) out.push_back(r.base.substr(at, i - at));
        }
    }
    return out;
}

} // namespace kpi
