#include "utf8.h"

#include <cstdio>

namespace kpi {

size_t utf8_sequence_length(std::string_view s, size_t i, const char** why) {
    const char* dummy = nullptr;
    if (!why) why = &dummy;
    auto byte = [&](size_t k) -> int {
        return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : -1;
    };
    auto in = [](int b, int lo, int hi) { return b >= lo && b <= hi; };
    const int b0 = byte(0);
    if (b0 < 0) { *why = "the end of the text"; return 0; }
    if (b0 < 0x80) return 1;
    if (in(b0, 0x80, 0xBF)) { *why = "a continuation byte where a character should start"; return 0; }
    if (b0 == 0xC0 || b0 == 0xC1) { *why = "an overlong encoding"; return 0; }
    if (b0 >= 0xF5) { *why = "a byte that never appears in UTF-8"; return 0; }

    const size_t len = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
    int lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
    const int b1 = byte(1);
    if (in(b1, 0x80, 0xBF) && !in(b1, lo, hi)) {
        *why = b0 == 0xED ? "an encoded UTF-16 surrogate (U+D800..U+DFFF)"
             : b0 == 0xF4 ? "a code point above U+10FFFF"
                          : "an overlong encoding";
        return 0;
    }
    for (size_t k = 1; k < len; ++k)
        if (!in(byte(k), 0x80, 0xBF)) { *why = "a truncated multi-byte sequence"; return 0; }
    return len;
}

char32_t utf8_decode(std::string_view s, size_t& i) {
    const size_t len = utf8_sequence_length(s, i);
    if (len == 0) {
        ++i;
        return kInvalidCodePoint;
    }
    const auto b = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
    char32_t cp;
    switch (len) {
    case 1: cp = b(0); break;
    case 2: cp = ((b(0) & 0x1F) << 6) | (b(1) & 0x3F); break;
    case 3: cp = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F); break;
    default: cp = ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F); break;
    }
    i += len;
    return cp;
}

void utf8_encode(char32_t cp, std::string& out) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

size_t utf8_first_invalid(std::string_view s, const char** why) {
    for (size_t i = 0; i < s.size();) {
        const size_t len = utf8_sequence_length(s, i, why);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

bool utf8_valid(std::string_view s) { return utf8_first_invalid(s) == std::string_view::npos; }

size_t utf8_length(std::string_view s) {
    size_t n = 0;
    for (size_t i = 0; i < s.size(); ++n) utf8_decode(s, i);
    return n;
}

size_t utf8_floor(std::string_view s, size_t max_bytes) {
    if (max_bytes >= s.size()) return s.size();
    size_t i = 0;
    while (i < max_bytes) {
        const size_t len = utf8_sequence_length(s, i);
        const size_t step = len == 0 ? 1 : len;
        if (i + step > max_bytes) break;
        i += step;
    }
    return i;
}

std::string utf8_printable(std::string_view s, size_t max_chars, bool keep_newlines) {
    std::string out;
    size_t chars = 0;
    char buf[16];
    for (size_t i = 0; i < s.size();) {
        if (chars == max_chars) {
            out += "\xE2\x80\xA6";  // …
            break;
        }
        ++chars;
        const size_t at = i;
        const char32_t cp = utf8_decode(s, i);
        if (cp == kInvalidCodePoint) {
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(s[at]));
            out += buf;
        } else if (keep_newlines && (cp == '\n' || cp == '\t')) {
            out += static_cast<char>(cp);
        } else if (cp < 0x20 || cp == 0x7F) {
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
            out += buf;
        } else if (cp >= 0x80 && cp <= 0x9F) {
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
            out += buf;
        } else {
            out.append(s.substr(at, i - at));
        }
    }
    return out;
}

} // namespace kpi
