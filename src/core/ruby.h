// Furigana (ruby) in the product's own strings: a reading in braces right after a run of kanji,
// 「事業{じぎょう}の 数{かず}」. Parsed here once, purely: the views draw the reading above its
// word, the document writes <ruby>…<rt>…</rt></ruby>, and everything a screen reader or a search
// reads uses the plain text (the words only, each once). Only the easy-Japanese column of the
// strings table (strings.cpp) is written with readings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kpi {

// A piece of marked text: `base` alone (reading empty), or a run of kanji with its reading.
struct RubySpan {
    std::string base;
    std::string reading;
};

// The base of a reading is the run of kanji (CJK ideographs and 々) right before the '{'; the
// reading is kana. Braces with no kanji before them, with anything but kana in them, or with no
// closing '}', are plain text (so the city's words filled into a marked format stay as written).
std::vector<RubySpan> parse_ruby(std::string_view marked);

// The text without its readings: 「事業の 数」.
std::string ruby_plain(std::string_view marked);

// The text in kana: each word with a reading replaced by it, 「じぎょうの 数」 → 「じぎょうの かず」. For
// text that cannot carry ruby and is read by eye and by screen readers alike (an SVG chart's
// <text>: a reading in parentheses after its word would be read twice and lengthen the legend).
std::string ruby_kana(std::string_view marked);

// Does s hold a reading at all?
bool has_ruby(std::string_view s);

// The text as HTML: <ruby>事業<rt aria-hidden="true">じぎょう</rt></ruby>の…, every part escaped with
// `escape`. The reading is for the eye: a screen reader reads the word itself, once.
std::string ruby_html(std::string_view marked, std::string (*escape)(std::string_view));

// Is cp a kanji (CJK unified ideograph, extension A, compatibility ideograph, 々)?
bool is_kanji(char32_t cp);

// The kanji of marked text that carry no reading, in order (for the test that every kanji of an
// easy string has one).
std::vector<std::string> kanji_without_reading(std::string_view marked);

} // namespace kpi
