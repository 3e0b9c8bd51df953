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

TEST_CASE("a 1 MB word is cut into lines that fit, without recursion or rescanning") {
    const std::string word(1 << 20, 'a');
    size_t calls = 0, bytes_measured = 0;
    const auto lines = kpi::break_lines(word, 80, [&](std::string_view s) {
        ++calls;
        bytes_measured += s.size();
        return count_chars(s);
    });
    REQUIRE(lines.size() == (word.size() + 79) / 80);
    size_t expect = 0;
    for (const auto& l : lines) {
        CHECK(l.begin == expect);
        CHECK(count_chars(std::string_view(word).substr(l.begin, l.end - l.begin)) <= 80);
        expect = l.end;
    }
    CHECK(expect == word.size());
    // Linear: about one measure call per character plus one per unit, not one per line x rest.
    CHECK(calls <= word.size() + lines.size() + 2);
    CHECK(bytes_measured <= 3 * word.size());
}

TEST_CASE("long mixed text: every line fits and no byte is lost") {
    std::string t;
    for (int i = 0; i < 2000; ++i) t += "KPIの達成状況は、https://example.jp/" + std::string(300, 'x') + " です。";
    const auto lines = kpi::break_lines(t, 37, count_chars);
    size_t covered = 0;
    for (const auto& l : lines) {
        REQUIRE(l.begin >= covered);
        for (size_t i = covered; i < l.begin; ++i) REQUIRE(t[i] == ' ');   // only skipped spaces
        CHECK(count_chars(std::string_view(t).substr(l.begin, l.end - l.begin)) <= 38);  // 1 may hang (kinsoku)
        covered = l.end;
    }
    CHECK(covered == t.size());
}

TEST_CASE("an over-long word followed by text: the text after it is kept") {
    // Kerning-like measure: a run of more than 3 characters is one unit wider than its characters,
    // so the word is "too wide" as a whole but its characters fit (the old code then dropped the
    // rest of the paragraph).
    const auto measure = [](std::string_view s) {
        const float n = count_chars(s);
        return n > 3 ? n + 1 : n;
    };
    std::vector<std::string> out;
    const std::string t = "abcd efg";
    for (const auto& l : kpi::break_lines(t, 4, measure)) out.push_back(t.substr(l.begin, l.end - l.begin));
    REQUIRE(out.size() == 2);
    CHECK(out[0] == "abcd");
    CHECK(out[1] == "efg");
}

TEST_CASE("a word too wide for the line is cut even when 。 follows it") {
    const auto l = wrap("abcdefgh。", 4);
    REQUIRE(l.size() == 2);
    CHECK(l[0] == "abcd");
    CHECK(l[1] == "efgh。");
}

TEST_CASE("only a single character hangs past the line (found by fuzz_line_break)") {
    // ")below)." starts with a no-line-start character but is a whole word: it goes to the next
    // line instead of hanging its full length off this one.
    const auto l = wrap("ab )below).", 4);
    REQUIRE(l.size() == 3);
    CHECK(l[0] == "ab");
    CHECK(l[1] == ")bel");
    CHECK(l[2] == "ow).");
    CHECK(wrap("あいうえ）か", 4)[0] == "あいうえ）");   // a single ） still hangs
    // Not across a space: "e )" would be a line of 3 in a width of 2.
    const auto s = wrap("ab e )", 2);
    REQUIRE(s.size() == 3);
    CHECK(s[1] == "e");
    CHECK(s[2] == ")");
}

TEST_CASE("a word with its reading (ruby) is one unit: a line never breaks inside it") {
    const std::string t = "あいう事業所えお";   // 事業所 (bytes 9..18) carries a reading
    const std::vector<kpi::LineSpan> whole = {{9, 18}};
    for (float w : {4.0f, 5.0f}) {
        for (const auto& l : kpi::break_lines(t, w, count_chars, whole)) {
            CHECK_FALSE((l.begin > 9 && l.begin < 18));
            CHECK_FALSE((l.end > 9 && l.end < 18));
        }
    }
    // Without it the same width cuts the word.
    bool cut = false;
    for (const auto& l : kpi::break_lines(t, 4.0f, count_chars)) cut |= l.end > 9 && l.end < 18;
    CHECK(cut);
    // Its width may be the reading's (wider than the word): the unit moves to the next line whole.
    const auto wide = [](std::string_view s) { return s.size() == 9 ? 5.0f : count_chars(s); };
    const auto lines = kpi::break_lines(t, 7.0f, wide, whole);
    REQUIRE(lines.size() == 2);
    CHECK(t.substr(lines[1].begin, lines[1].end - lines[1].begin) == "事業所えお");
}
