#include "load_hints.h"

#include "import_report.h"
#include "utf8.h"

#include <cstdio>
#include <string>

namespace kpi {
namespace {

// The first number written with a thousands separator in `s` ("23,000"), and how to write it
// ("23000"); both empty if there is none. (A scan rather than std::regex, which would bring
// libc++'s locale machinery into the viewer's download: about 37 KB of gzip.)
struct GroupedNumber {
    std::string written, fixed;
};

GroupedNumber find_grouped_number(std::string_view s) {
    const auto digit = [&](size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
    for (size_t i = 0; i < s.size();) {
        if (!digit(i)) {
            ++i;
            continue;
        }
        size_t j = i;
        while (digit(j)) ++j;   // the whole run of digits
        if (j < s.size() && s[j] == ',' && digit(j + 1) && digit(j + 2) && digit(j + 3))
            return {std::string(s.substr(i, j + 4 - i)), std::string(s.substr(i, j - i)) + std::string(s.substr(j + 1, 3))};
        i = j;
    }
    return {};
}

Text both(std::string ja, std::string en) {
    Text t;
    t.by_lang["ja"] = std::move(ja);
    t.by_lang["en"] = std::move(en);
    return t;
}

void append(Text& t, const Text& more) {
    for (const auto& [lang, s] : more.by_lang) t.by_lang[lang] += (t.by_lang[lang].empty() ? "" : " ") + s;
}

// Byte offset of (line, column), both 1-based; npos when outside the text.
size_t offset_of(std::string_view text, long line, long column) {
    size_t pos = 0;
    for (long l = 1; l < line; ++l) {
        pos = text.find('\n', pos);
        if (pos == std::string_view::npos) return pos;
        ++pos;
    }
    const size_t at = pos + static_cast<size_t>(column > 0 ? column - 1 : 0);
    return at <= text.size() ? at : std::string_view::npos;
}

long line_of(std::string_view text, size_t offset) {
    long line = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i)
        if (text[i] == '\n') ++line;
    return line;
}

std::string code_point_name(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

// A non-ASCII character that JSON does not accept where it stands, named and with its ASCII form.
Text foreign_character(std::string_view text, size_t at) {
    // Start of the character that holds `at` (nlohmann reports the byte after the bad one).
    size_t start = at;
    for (size_t back = 0; back < 4 && start > 0; ++back) {
        const unsigned char c = static_cast<unsigned char>(text[start > 0 ? start - 1 : 0]);
        if (c < 0x80) break;
        --start;
        if ((c & 0xC0) != 0x80) break;   // a lead byte: that is where it starts
    }
    size_t i = start;
    if (i >= text.size()) return {};
    const char32_t cp = utf8_decode(text, i);
    if (cp == kInvalidCodePoint || cp < 0x80) return {};
    const std::string ch(text.substr(start, i - start));
    const std::string name = code_point_name(cp);
    if (cp >= 0xFF10 && cp <= 0xFF19) {
        const std::string ascii(1, static_cast<char>('0' + (cp - 0xFF10)));
        return both("全角の数字「" + ch + "」（" + name + "）は使えません。半角の「" + ascii + "」で書いてください。",
                    "A full-width digit \"" + ch + "\" (" + name + ") cannot be used: write \"" + ascii + "\".");
    }
    if (cp == 0x201C || cp == 0x201D || cp == 0xFF02)
        return both("引用符「" + ch + "」（" + name + "）は使えません。半角の \" を使ってください（ワープロの自動変換に注意）。",
                    "The quote \"" + ch + "\" (" + name + ") cannot be used: use a plain \" (word processors change it).");
    if (cp == 0x3000)
        return both("全角スペース（U+3000）が文字列の外にあります。半角スペースにするか消してください。",
                    "A full-width space (U+3000) is outside a string: make it a plain space or remove it.");
    if (cp == 0xFF0C || cp == 0xFF1A || cp == 0xFF5B || cp == 0xFF5D)
        return both("全角の記号「" + ch + "」（" + name + "）は使えません。半角で書いてください。",
                    "The full-width sign \"" + ch + "\" (" + name + ") cannot be used: write its plain form.");
    return both("ここに「" + ch + "」（" + name + "）は書けません。文字は \"…\" の中に書いてください。",
                "\"" + ch + "\" (" + name + ") cannot stand here: text goes inside \"…\".");
}

} // namespace

Text staff_hint(const LoadError& e, std::string_view bytes) {
    Text hint;
    if (e.message.find("invalid UTF-8") != std::string::npos && detect_text_encoding(bytes) == TextEncoding::Cp932)
        return both("このファイルは UTF-8 ではありません（Shift_JIS で保存されているようです）。「UTF-8」を選んで保存し直してください。",
                    "This file is not UTF-8 (it looks like Shift_JIS): save it again choosing UTF-8.");
    if (e.line > 0) {
        const size_t at = offset_of(bytes, e.line, e.column);
        if (at != std::string_view::npos) {
            // The last character before the error that is not white space.
            size_t prev = at;
            while (prev > 0 && std::string_view(" \t\r\n").find(bytes[prev - 1]) != std::string_view::npos) --prev;
            const char before = prev > 0 ? bytes[prev - 1] : 0;
            if (before == ',' && (e.message.find("unexpected '}'") != std::string::npos ||
                                  e.message.find("unexpected ']'") != std::string::npos)) {
                const std::string l = std::to_string(line_of(bytes, prev - 1));
                return both(l + "行目の最後のカンマを消してください（} や ] の直前にカンマは書けません）。",
                            "Remove the comma at the end of line " + l + " (no comma before } or ]).");
            }
            // 23,000 written as a number: the comma made "000" a key.
            const std::string_view around = bytes.substr(prev > 12 ? prev - 12 : 0, 24);
            const GroupedNumber g = find_grouped_number(around);
            if (!g.written.empty() && e.message.find("number literal") != std::string::npos) {
                return both("数値に桁区切りのカンマは書けません：" + g.written + " は " + g.fixed + " と書いてください。",
                            "Numbers have no thousands separators: write " + g.written + " as " + g.fixed + ".");
            }
            Text f = foreign_character(bytes, at);
            if (!f.empty()) return f;
        }
    }
    if (e.message.find("got string") != std::string::npos && e.message.find("expected a number") != std::string::npos) {
        for (const char* dash : {"\"—\"", "\"－\"", "\"―\"", "\"-\"", "\"‐\"", "\"\"", "\"ー\""}) {
            if (e.message.find(dash) != std::string::npos) {
                append(hint, both("値がない（報告書で「—」）ときは null と書いてください（引用符なし）。0 とは違います。",
                                  "Where the report shows \"—\" (no value), write null (no quotes); it is not 0."));
                break;
            }
        }
        if (hint.empty())
            append(hint, both("数値は引用符なしで、半角・桁区切りなしで書いてください（例：23000）。",
                              "Write numbers without quotes or separators (e.g. 23000)."));
    }
    if (!e.pointer.empty() && e.pointer.find_first_of("0123456789") != std::string::npos)
        append(hint, both("場所の番号は 0 から数えます（/programs/0 が1つ目の交付金）。",
                          "Positions in the location count from 0 (/programs/0 is the first grant)."));
    return hint;
}

} // namespace kpi
