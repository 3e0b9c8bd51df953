#include <doctest/doctest.h>

#include "core/line_break.h"

#include <string>

namespace {
// Every code point is 1 unit wide (ASCII and Japanese alike), so widths are character counts.
float count_chars(std::string_view s) {
    float n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) n += 1;
    return n;
}
std::vector<std::string> wrap(const std::string& t, float w) {
    std::vector<std::string> out;
    for (const auto& l : kpi::break_lines(t, w, count_chars)) out.push_back(t.substr(l.begin, l.end - l.begin));
    return out;
}
} // namespace

TEST_CASE("Japanese breaks between any two characters") {
    const auto l = wrap("あいうえおかきくけこ", 4);
    REQUIRE(l.size() == 3);
    CHECK(l[0] == "あいうえ");
    CHECK(l[1] == "おかきく");
    CHECK(l[2] == "けこ");
}

TEST_CASE("kinsoku: no line starts with 、 or ー, none ends with （") {
    const auto a = wrap("あいうえ、かき", 4);
    REQUIRE(a.size() == 2);
    CHECK(a[0] == "あいうえ、");   // hangs on the first line
    CHECK(a[1] == "かき");
    const auto b = wrap("あいう（えお）", 4);
    CHECK(b[0] == "あいう");
    CHECK(b[1] == "（えお）");
}

TEST_CASE("Latin words stay whole; spaces are not carried to a new line") {
    const auto l = wrap("plan vs actual", 9);
    REQUIRE(l.size() == 2);
    CHECK(l[0] == "plan vs");
    CHECK(l[1] == "actual");
    const auto m = wrap("ITを活用", 3);
    CHECK(m[0] == "ITを");
}

TEST_CASE("explicit newlines, empty text and over-long words") {
    const auto l = wrap("あい\nう", 10);
    REQUIRE(l.size() == 2);
    CHECK(l[1] == "う");
    CHECK(wrap("", 10).size() == 1);
    const auto u = wrap("abcdefghij", 4);
    REQUIRE(u.size() == 3);
    CHECK(u[0] == "abcd");
    CHECK(u[2] == "ij");
}
