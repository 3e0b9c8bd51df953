// The one strict UTF-8 routine (src/core/utf8.h) and the places that use it.
#include <doctest/doctest.h>

#include "core/line_break.h"
#include "core/load.h"
#include "core/query.h"
#include "core/utf8.h"
#include "core/view_url.h"

#include <nlohmann/json.hpp>

#include <string>

using namespace std::string_literals;

TEST_CASE("utf8: well-formed sequences decode, ill-formed ones are rejected") {
    CHECK(kpi::utf8_valid(""));
    CHECK(kpi::utf8_valid("abc"));
    CHECK(kpi::utf8_valid("札幌 é 😀"));
    CHECK(kpi::utf8_valid("\xF4\x8F\xBF\xBF"));          // U+10FFFF
    CHECK(kpi::utf8_valid("\xED\x9F\xBF"));              // U+D7FF
    CHECK_FALSE(kpi::utf8_valid("\xC0\x80"));            // overlong NUL
    CHECK_FALSE(kpi::utf8_valid("\xC1\xBF"));            // overlong
    CHECK_FALSE(kpi::utf8_valid("\xE0\x80\xAF"));        // overlong '/'
    CHECK_FALSE(kpi::utf8_valid("\xF0\x80\x80\xAF"));    // overlong
    CHECK_FALSE(kpi::utf8_valid("\xED\xA0\x80"));        // U+D800 (surrogate)
    CHECK_FALSE(kpi::utf8_valid("\xED\xBF\xBF"));        // U+DFFF
    CHECK_FALSE(kpi::utf8_valid("\xF4\x90\x80\x80"));    // U+110000
    CHECK_FALSE(kpi::utf8_valid("\xF5\x80\x80\x80"));
    CHECK_FALSE(kpi::utf8_valid("\xE6\x9C"));            // truncated 札
    CHECK_FALSE(kpi::utf8_valid("\x80"));                // stray continuation
    CHECK_FALSE(kpi::utf8_valid("\xFF"));
    CHECK(kpi::utf8_first_invalid("ab\xE6\x9C") == 2);

    std::string s = "a\xE6\x9C\xAD\xFF";
    size_t i = 0;
    CHECK(kpi::utf8_decode(s, i) == U'a');
    CHECK(kpi::utf8_decode(s, i) == U'札');
    CHECK(i == 4);
    CHECK(kpi::utf8_decode(s, i) == kpi::kInvalidCodePoint);
    CHECK(i == 5);
    std::string enc;
    kpi::utf8_encode(U'😀', enc);
    kpi::utf8_encode(0xD800, enc);   // not a scalar value: U+FFFD
    CHECK(enc == "😀\xEF\xBF\xBD");
}

TEST_CASE("utf8: floor, length and printable text") {
    const std::string a = "あいう";   // 9 bytes
    CHECK(kpi::utf8_floor(a, 4) == 3);
    CHECK(kpi::utf8_floor(a, 6) == 6);
    CHECK(kpi::utf8_floor(a, 100) == 9);
    CHECK(kpi::utf8_length(a) == 3);
    CHECK(kpi::utf8_printable("a\x1b[31mb") == "a\\x1b[31mb");
    CHECK(kpi::utf8_printable("\xC0\x80x") == "\\xc0\\x80x");
    CHECK(kpi::utf8_printable("l1\nl2\t", std::string::npos, true) == "l1\nl2\t");
    CHECK(kpi::utf8_printable("l1\n") == "l1\\x0a");
    CHECK(kpi::utf8_printable("\xC2\x9B" "2J") == "\\u009b2J");   // C1 CSI
    CHECK(kpi::utf8_printable(a, 2) == "あい…");
    CHECK(kpi::utf8_valid(kpi::utf8_printable("\xED\xA0\x80\xF4\x90\x80\x80", 3)));
}

TEST_CASE("the loader, search and line breaking agree with utf8_valid") {
    const std::string bad[] = {"\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE6\x9C"};
    for (const auto& b : bad) {
        const auto r = kpi::load_dataset("{\"format\": \"" + b + "\"}");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error->message.find("invalid UTF-8") != std::string::npos);
        // Search normalisation drops ill-formed bytes (it used to decode some of them).
        CHECK(kpi::utf8_valid(kpi::normalize_for_search("a" + b + "b")));
        CHECK(kpi::normalize_for_search("a" + b + "b") == "ab");
        // Line breaking keeps every byte exactly once, in order.
        const std::string t = "x" + b + "y";
        const auto lines = kpi::break_lines(t, 100, [](std::string_view s) { return float(s.size()); });
        REQUIRE(lines.size() == 1);
        CHECK(lines[0].begin == 0);
        CHECK(lines[0].end == t.size());
    }
}

TEST_CASE("links with ill-formed UTF-8 fall back with a readable notice that serialises") {
    for (const char* q : {"?lang=%C0%80", "?project=%ED%A0%80", "?unit=%ED%A0%80", "?q=%ED%A0%80",
                          "?data=%F4%90%80%80", "?unit=%E6%9C", "?q=%C0%AF", "?era=%FF"}) {
        INFO(q);
        const auto d = kpi::decode_view(q);
        CHECK(d.view == kpi::ViewState{});
        REQUIRE(d.notices.size() == 1);
        CHECK(kpi::utf8_valid(d.notices[0]));
        nlohmann::json j;
        j["notices"] = d.notices;
        j["url"] = kpi::encode_view(d.view, d.data_name);
        j["query"] = d.view.filters.query;
        j["unit"] = d.view.filters.unit;
        CHECK_NOTHROW((void)j.dump());
    }
    const auto d = kpi::decode_view("?project=%ED%A0%80");
    CHECK(d.notices[0] == "project: \"\\xed\\xa0\\x80\" is not a project id");
}

TEST_CASE("a long Japanese unit is judged by characters and shown cut at a character boundary") {
    std::string unit;
    for (int i = 0; i < 20; ++i) unit += "件";   // 20 characters, 60 bytes: a fine unit
    CHECK(kpi::decode_view("unit=" + kpi::percent_encode(unit)).view.filters.unit == unit);
    std::string too_long;
    for (int i = 0; i < 70; ++i) too_long += "件";
    const auto d = kpi::decode_view("unit=" + kpi::percent_encode(too_long));
    CHECK(d.view.filters.unit.empty());
    REQUIRE(d.notices.size() == 1);
    std::string shown;
    for (int i = 0; i < 40; ++i) shown += "件";
    CHECK(d.notices[0] == "unit: \"" + shown + "…\" is not a unit");
}

TEST_CASE("a JSON syntax error message is valid UTF-8 even when the parser cut a character (fuzz_load)") {
    // nlohmann reports "last read: '\"札\"<first byte of 地>'": the message must not carry that byte.
    const auto r = kpi::load_dataset("{\"title\": \"札\"地方\"}");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error->line == 1);
    CHECK(kpi::utf8_valid(r.error->describe()));
    CHECK_NOTHROW((void)nlohmann::json(r.error->describe()).dump());
}
