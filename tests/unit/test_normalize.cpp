#include <doctest/doctest.h>

#include "core/query.h"

#include <string>
#include <string_view>
#include <vector>

using kpi::normalize_for_search;
using kpi::query_words;

namespace {
// Whether `s` is well-formed UTF-8 (the output of normalize_for_search must always be).
bool valid_utf8(const std::string& s) {
    size_t i = 0;
    while (i < s.size()) {
        const unsigned char b = static_cast<unsigned char>(s[i]);
        size_t len = b < 0x80 ? 1 : (b >= 0xC2 && b <= 0xDF) ? 2 : (b >= 0xE0 && b <= 0xEF) ? 3
                   : (b >= 0xF0 && b <= 0xF4) ? 4 : 0;
        if (len == 0 || s.size() - i < len) return false;
        for (size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}
} // namespace

TEST_CASE("full-width ASCII folds to lower-case ASCII") {
    CHECK(normalize_for_search("ＫＰＩ") == "kpi");
    CHECK(normalize_for_search("KPI") == "kpi");
    CHECK(normalize_for_search("ＩｏＴ") == "iot");
    CHECK(normalize_for_search("２０２１年度") == "2021年度");
    CHECK(normalize_for_search("！＃（）＝＠［］｛｝") == "!#()=@[]{}");
    CHECK(normalize_for_search("abc-XYZ_09") == "abc-xyz_09");
}

TEST_CASE("tildes and wave dashes") {
    // U+FF5E is the last code point of the full-width ASCII block, so it folds like the rest;
    // the wave dash U+301C and the ASCII tilde are left as they are.
    CHECK(normalize_for_search("～") == "~");
    CHECK(normalize_for_search("~") == "~");
    CHECK(normalize_for_search("〜") == "〜");
    CHECK(normalize_for_search("R1〜R3") == "r1〜r3");
}

TEST_CASE("kana variants fold to full-width katakana") {
    CHECK(normalize_for_search("ｽﾏｰﾄ") == "スマート");
    CHECK(normalize_for_search("すまーと") == "スマート");
    CHECK(normalize_for_search("スマート") == "スマート");
    CHECK(normalize_for_search("ｽﾏｰﾄ") == normalize_for_search("すまーと"));
    CHECK(normalize_for_search("ﾃﾞｰﾀ") == "データ");
    CHECK(normalize_for_search("ｰ") == "ー");

    SUBCASE("half-width voiced marks combine with the previous kana") {
        CHECK(normalize_for_search("ｶﾞ") == "ガ");
        CHECK(normalize_for_search("ﾊﾟ") == "パ");
        CHECK(normalize_for_search("ｳﾞ") == "ヴ");
        CHECK(normalize_for_search("ｦﾞ") == "ヺ");
        CHECK(normalize_for_search("ﾜﾞ") == "ヷ");
        CHECK(normalize_for_search("カﾞ") == "ガ");   // full-width kana + half-width mark
        CHECK(normalize_for_search("かﾟ") == "カ゜");  // カ has no handakuten form
    }
    SUBCASE("a lone mark becomes the spacing mark") {
        CHECK(normalize_for_search("ﾞ") == "゛");
        CHECK(normalize_for_search("ﾟ") == "゜");
        CHECK(normalize_for_search("ｱﾞ") == "ア゛");
        CHECK(normalize_for_search("ｶﾞﾞ") == "ガ゛");
        CHECK(normalize_for_search("ｶ ﾞ") == "カ ゛");   // a space separates them
        CHECK(normalize_for_search("aﾞ") == "a゛");
    }
    SUBCASE("decomposed dakuten / handakuten combine") {
        CHECK(normalize_for_search("カ\u3099") == "ガ");
        CHECK(normalize_for_search("か\u3099") == "ガ");
        CHECK(normalize_for_search("ハ\u309A") == "パ");
        CHECK(normalize_for_search("ｳ\u3099") == "ヴ");
        CHECK(normalize_for_search("テ\u3099ータ") == "データ");
        CHECK(normalize_for_search("\u3099") == "゛");
        CHECK(normalize_for_search("ア\u309A") == "ア゜");
    }
    SUBCASE("whole rows agree between half-width, hiragana and katakana") {
        const std::string kata =
            "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨ"
            "ラリルレロワヲンァィゥェォャュョッ";
        CHECK(normalize_for_search(
                  "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯ") == kata);
        CHECK(normalize_for_search(
                  "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよ"
                  "らりるれろわをんぁぃぅぇぉゃゅょっ") == kata);
        const std::string voiced =
            "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポ";
        CHECK(normalize_for_search("ｶﾞｷﾞｸﾞｹﾞｺﾞｻﾞｼﾞｽﾞｾﾞｿﾞﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ") ==
              voiced);
        CHECK(normalize_for_search("がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ") == voiced);
    }
    SUBCASE("edges of the hiragana range and iteration marks") {
        CHECK(normalize_for_search("ぁ") == "ァ");      // U+3041
        CHECK(normalize_for_search("ゖ") == "ヶ");      // U+3096 -> U+30F6
        CHECK(normalize_for_search("ゝゞ") == "ヽヾ");
        CHECK(normalize_for_search("ヽ\u3099") == "ヾ");
    }
    SUBCASE("half-width punctuation") {
        CHECK(normalize_for_search("｡｢｣､･") == "。「」、・");
    }
}

TEST_CASE("other text is kept") {
    CHECK(normalize_for_search("地方創生推進交付金") == "地方創生推進交付金");
    CHECK(normalize_for_search("①") == "①");
    CHECK(normalize_for_search("😀") == "😀");   // 4-byte sequence
    CHECK(normalize_for_search("é") == "é");
}

TEST_CASE("whitespace runs fold to one space, trimmed") {
    CHECK(normalize_for_search("") == "");
    CHECK(normalize_for_search("   ") == "");
    CHECK(normalize_for_search("\u3000") == "");
    CHECK(normalize_for_search("a b") == "a b");
    CHECK(normalize_for_search("  a\t\r\n\u3000b  ") == "a b");
    CHECK(normalize_for_search("a\u3000\u3000b") == "a b");
    CHECK(normalize_for_search("\u3000データ\n") == "データ");
}

TEST_CASE("mixed strings") {
    CHECK(normalize_for_search("ＤＸ推進　ｽﾏｰﾄ  してぃ") == "dx推進 スマート シティ");
    CHECK(normalize_for_search("ﾃﾞｰﾀ連携ＡＰＩ（ｵｰﾌﾟﾝ）") == "データ連携api(オープン)");
    CHECK(normalize_for_search("令和３年度 Ｋｐｉ①") == "令和3年度 kpi①");
}

TEST_CASE("invalid UTF-8 bytes are dropped") {
    CHECK(normalize_for_search("\xff") == "");
    CHECK(normalize_for_search("a\xff" "b") == "ab");
    CHECK(normalize_for_search("\xe3\x81") == "");              // truncated あ
    CHECK(normalize_for_search("ア\xe3\x81") == "ア");
    CHECK(normalize_for_search("\xe3\x81" "a") == "a");          // truncated, then ASCII
    CHECK(normalize_for_search("\x80" "abc") == "abc");          // stray continuation byte
    CHECK(normalize_for_search("\xc0\xaf") == "");               // overlong '/'
    CHECK(normalize_for_search("\xe0\x80\xaf") == "");           // overlong '/'
    CHECK(normalize_for_search("\xed\xa0\x80") == "");           // surrogate U+D800
    CHECK(normalize_for_search("\xf4\x90\x80\x80") == "");       // above U+10FFFF
    CHECK(normalize_for_search("\xf0\x9f\x98") == "");           // truncated 4-byte
    // Truncated at the end of the view although the bytes after it would complete the sequence:
    // the decoder must not look past the end.
    CHECK(normalize_for_search(std::string_view("\xe3\x81\x82", 2)) == "");
    CHECK(normalize_for_search(std::string_view("a\xf0\x9f\x98\x80", 4)) == "a");
    CHECK(normalize_for_search("x\xfe\xfey") == "xy");
    CHECK(normalize_for_search(std::string("a\0b", 3)) == std::string("a\0b", 3));

    SUBCASE("every short byte string gives valid UTF-8 and is stable") {
        const unsigned char bytes[] = {0x00, 0x20, 0x41, 0x7f, 0x80, 0x81, 0xa0, 0xbf, 0xc0,
                                       0xc2, 0xdf, 0xe0, 0xe3, 0xed, 0xef, 0xf0, 0xf4, 0xf5,
                                       0xff, 0xbd, 0xbe, 0x9e, 0x9f};
        int checked = 0;
        bool all_ok = true;
        for (unsigned char a : bytes)
            for (unsigned char b : bytes)
                for (unsigned char c : bytes) {
                    const std::string in{static_cast<char>(a), static_cast<char>(b),
                                         static_cast<char>(c)};
                    const std::string out = normalize_for_search(in);
                    if (!valid_utf8(out) || normalize_for_search(out) != out) all_ok = false;
                    ++checked;
                }
        CHECK(all_ok);
        CHECK(checked == 23 * 23 * 23);
    }
}

TEST_CASE("normalisation is idempotent on sample text") {
    for (const char* s : {"ＫＰＩ", "ｽﾏｰﾄ", "すまーと", "ﾃﾞｰﾀ", "ｶﾞﾞ", "  a \u3000 b ", "～〜~",
                          "ﾊﾟｰｸ\u309A"}) {
        const std::string once = normalize_for_search(s);
        CHECK(normalize_for_search(once) == once);
    }
}

TEST_CASE("query words") {
    CHECK(query_words("") == std::vector<std::string>{});
    CHECK(query_words("   ") == std::vector<std::string>{});
    CHECK(query_words("kpi") == std::vector<std::string>{"kpi"});
    CHECK(query_words("スマート 農業") == std::vector<std::string>{"スマート", "農業"});
    CHECK(query_words("  a  b c ") == std::vector<std::string>{"a", "b", "c"});
    CHECK(query_words(normalize_for_search("　ｽﾏｰﾄ　ＤＸ　")) ==
          std::vector<std::string>{"スマート", "dx"});
}
