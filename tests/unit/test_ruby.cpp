// Furigana markup (core/ruby.h): 「漢字{かんじ}」 parsed once, the plain text for names and screen
// readers, HTML <ruby> for the document.
#include "core/ruby.h"

#include <doctest/doctest.h>

#include <string>

namespace {
std::string no_escape(std::string_view s) { return std::string(s); }
std::string amp_escape(std::string_view s) {
    std::string out;
    for (char c : s) out += c == '&' ? std::string("&amp;") : std::string(1, c);
    return out;
}
} // namespace

TEST_CASE("ruby: a reading belongs to the run of kanji right before it") {
    const auto spans = kpi::parse_ruby("事業{じぎょう}の 数{かず}です");
    REQUIRE(spans.size() == 4);
    CHECK(spans[0].base == "事業");
    CHECK(spans[0].reading == "じぎょう");
    CHECK(spans[1].base == "の ");
    CHECK(spans[1].reading.empty());
    CHECK(spans[2].base == "数");
    CHECK(spans[2].reading == "かず");
    CHECK(spans[3].base == "です");
    // Kana before the kanji stay outside the base: 「お金{かね}」 reads only 金.
    const auto okane = kpi::parse_ruby("お金{かね}");
    REQUIRE(okane.size() == 2);
    CHECK(okane[0].base == "お");
    CHECK(okane[1].base == "金");
    CHECK(kpi::parse_ruby("日々{ひび}")[0].base == "日々");
}

TEST_CASE("ruby: braces that are not a reading stay as text") {
    CHECK(kpi::ruby_plain("a{b}") == "a{b}");         // no kanji before
    CHECK(kpi::ruby_plain("漢字{かんじ") == "漢字{かんじ");   // not closed
    CHECK(kpi::ruby_plain("漢字{}") == "漢字{}");       // empty reading
    // Not kana: the city's words or a given name in a marked format stay as written.
    CHECK(kpi::ruby_plain("事業{A-1}の 目標{もくひょう}") == "事業{A-1}の 目標");
    CHECK(kpi::ruby_html("値{x}", [](std::string_view v) { return std::string(v); }) == "値{x}");
    CHECK_FALSE(kpi::has_ruby("北海道{札幌}"));
    CHECK(kpi::has_ruby("字{ジ}"));                      // katakana is kana
    CHECK_FALSE(kpi::has_ruby("a{b}"));
    CHECK(kpi::has_ruby("字{じ}"));
    CHECK(kpi::ruby_plain("") == "");
}

TEST_CASE("ruby: the plain text has each word once; HTML has <ruby><rt> (hidden from screen readers)") {
    CHECK(kpi::ruby_plain("目標{もくひょう}に とどいた") == "目標に とどいた");
    CHECK(kpi::ruby_html("目標{もくひょう}の 数字{すうじ}", no_escape) ==
          "<ruby>目標<rt aria-hidden=\"true\">もくひょう</rt></ruby>の <ruby>数字<rt aria-hidden=\"true\">すうじ</rt></ruby>");
    CHECK(kpi::ruby_html("A&B 字{じ}", amp_escape) == "A&amp;B <ruby>字<rt aria-hidden=\"true\">じ</rt></ruby>");
}

TEST_CASE("ruby: the text in kana has each word's reading in place of its kanji") {
    CHECK(kpi::ruby_kana("数字{すうじ}が ない") == "すうじが ない");
    CHECK(kpi::ruby_kana("目標{もくひょう}の 数字{すうじ}") == "もくひょうの すうじ");
    CHECK(kpi::ruby_kana("かな KPI") == "かな KPI");
    CHECK(kpi::ruby_kana("a{b}") == "a{b}");   // braces that are not a reading stay
}

TEST_CASE("ruby: kanji without a reading are found") {
    CHECK(kpi::kanji_without_reading("目標{もくひょう}の 数字{すうじ}").empty());
    const auto missing = kpi::kanji_without_reading("目標{もくひょう}の 数字");
    REQUIRE(missing.size() == 2);
    CHECK(missing[0] == "数");
    CHECK(missing[1] == "字");
    CHECK(kpi::kanji_without_reading("ひらがな カタカナ KPI 100%").empty());
    CHECK(kpi::is_kanji(U'々'));
    CHECK_FALSE(kpi::is_kanji(U'あ'));
    CHECK_FALSE(kpi::is_kanji(U'（'));
}
