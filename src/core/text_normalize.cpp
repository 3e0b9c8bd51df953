// Search normalisation (see query.h): fold the width and kana variants a citizen may type so that
// "ＫＰＩ" finds "KPI" and "すまーと" finds "ｽﾏｰﾄ". Works on UTF-8 by code point; invalid bytes are
// dropped one at a time, and the decoder never reads past the end of the input.
//
// [SECTION] UTF-8 decode / encode
// [SECTION] Character folding tables
// [SECTION] normalize_for_search
// [SECTION] query_words
#include "query.h"
#include "utf8.h"

#include <cstdint>

namespace kpi {
namespace {

// [SECTION] UTF-8 decode / encode

// Decoding and encoding are the project's one strict UTF-8 routine (utf8.h): an ill-formed byte
// decodes to kInvalidCodePoint (advancing one byte) and is dropped.
constexpr char32_t kInvalid = kInvalidCodePoint;
char32_t decode_one(std::string_view s, size_t& i) { return utf8_decode(s, i); }
void encode(char32_t cp, std::string& out) { utf8_encode(cp, out); }

// [SECTION] Character folding tables

// Half-width katakana block U+FF61..U+FF9F -> full-width forms (NFKC, without composition).
constexpr char16_t kHalfWidthKana[] = {
    0x3002, 0x300C, 0x300D, 0x3001, 0x30FB,                  // ｡ ｢ ｣ ､ ･
    0x30F2,                                                  // ｦ
    0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9,                  // ｧ ｨ ｩ ｪ ｫ
    0x30E3, 0x30E5, 0x30E7, 0x30C3,                          // ｬ ｭ ｮ ｯ
    0x30FC,                                                  // ｰ
    0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA,                  // ｱ ｲ ｳ ｴ ｵ
    0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3,                  // ｶ ｷ ｸ ｹ ｺ
    0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD,                  // ｻ ｼ ｽ ｾ ｿ
    0x30BF, 0x30C1, 0x30C4, 0x30C6, 0x30C8,                  // ﾀ ﾁ ﾂ ﾃ ﾄ
    0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE,                  // ﾅ ﾆ ﾇ ﾈ ﾉ
    0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB,                  // ﾊ ﾋ ﾌ ﾍ ﾎ
    0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2,                  // ﾏ ﾐ ﾑ ﾒ ﾓ
    0x30E4, 0x30E6, 0x30E8,                                  // ﾔ ﾕ ﾖ
    0x30E9, 0x30EA, 0x30EB, 0x30EC, 0x30ED,                  // ﾗ ﾘ ﾙ ﾚ ﾛ
    0x30EF, 0x30F3,                                          // ﾜ ﾝ
    0x309B, 0x309C,                                          // ﾞ ﾟ (lone marks)
};
static_assert(sizeof(kHalfWidthKana) / sizeof(kHalfWidthKana[0]) == 0xFF9F - 0xFF61 + 1,
              "one entry per code point of U+FF61..U+FF9F");

constexpr char32_t kVoicedMark = 0x309B;      // ゛ (spacing)
constexpr char32_t kSemiVoicedMark = 0x309C;  // ゜ (spacing)

// The katakana with dakuten for `k`, or 0 when it has none.
char32_t with_dakuten(char32_t k) {
    switch (k) {
    // カ..ト: the voiced form is the next code point.
    case 0x30AB: case 0x30AD: case 0x30AF: case 0x30B1: case 0x30B3:   // カキクケコ
    case 0x30B5: case 0x30B7: case 0x30B9: case 0x30BB: case 0x30BD:   // サシスセソ
    case 0x30BF: case 0x30C1: case 0x30C4: case 0x30C6: case 0x30C8:   // タチツテト
    case 0x30CF: case 0x30D2: case 0x30D5: case 0x30D8: case 0x30DB:   // ハヒフヘホ
    case 0x30FD:                                                       // ヽ -> ヾ
        return k + 1;
    case 0x30A6: return 0x30F4;   // ウ -> ヴ
    case 0x30EF: return 0x30F7;   // ワ -> ヷ
    case 0x30F0: return 0x30F8;   // ヰ -> ヸ
    case 0x30F1: return 0x30F9;   // ヱ -> ヹ
    case 0x30F2: return 0x30FA;   // ヲ -> ヺ
    default: return 0;
    }
}

// The katakana with handakuten for `k`, or 0 when it has none.
char32_t with_handakuten(char32_t k) {
    switch (k) {
    case 0x30CF: case 0x30D2: case 0x30D5: case 0x30D8: case 0x30DB:   // ハヒフヘホ
        return k + 2;
    default: return 0;
    }
}

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
           c == 0x00A0 || c == 0x3000;
}

// Folds one code point (width, kana, case). Voiced marks are returned as U+3099 / U+309A so the
// caller can combine them with the previous kana.
char32_t fold(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + ('a' - 'A');
    if (c >= 0xFF01 && c <= 0xFF5E) {                 // full-width ASCII
        const char32_t a = c - 0xFF01 + 0x21;
        return (a >= 'A' && a <= 'Z') ? a + ('a' - 'A') : a;
    }
    if (c == 0xFF9E) return 0x3099;                   // ﾞ
    if (c == 0xFF9F) return 0x309A;                   // ﾟ
    if (c >= 0xFF61 && c <= 0xFF9F) return kHalfWidthKana[c - 0xFF61];
    if (c >= 0x3041 && c <= 0x3096) return c + 0x60;  // hiragana -> katakana
    if (c == 0x309D || c == 0x309E) return c + 0x60;  // ゝゞ -> ヽヾ
    return c;
}

} // namespace

// [SECTION] normalize_for_search

std::string normalize_for_search(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    bool pending_space = false;   // a whitespace run seen after some output
    char32_t last = 0;            // last code point written (0 at start or after a space)
    size_t last_pos = 0;          // where `last` starts in `out`

    size_t i = 0;
    while (i < utf8.size()) {
        const char32_t raw = decode_one(utf8, i);
        if (raw == kInvalid) continue;
        if (is_space(raw)) {
            if (!out.empty()) pending_space = true;
            last = 0;
            continue;
        }
        char32_t c = fold(raw);
        if (c == 0x3099 || c == 0x309A) {
            const char32_t composed =
                (last != 0 && !pending_space)
                    ? (c == 0x3099 ? with_dakuten(last) : with_handakuten(last))
                    : 0;
            if (composed != 0) {
                out.resize(last_pos);
                encode(composed, out);
                last = composed;
                continue;
            }
            c = (c == 0x3099) ? kVoicedMark : kSemiVoicedMark;
        }
        if (pending_space) {
            out += ' ';
            pending_space = false;
        }
        last_pos = out.size();
        encode(c, out);
        last = c;
    }
    return out;
}

// [SECTION] query_words

std::vector<std::string> query_words(std::string_view query) {
    std::vector<std::string> words;
    size_t i = 0;
    const auto sep = [](char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f';
    };
    while (i < query.size()) {
        while (i < query.size() && sep(query[i])) ++i;
        const size_t start = i;
        while (i < query.size() && !sep(query[i])) ++i;
        if (i > start) words.emplace_back(query.substr(start, i - start));
    }
    return words;
}

} // namespace kpi
