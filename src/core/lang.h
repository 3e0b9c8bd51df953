// The viewer's language: Japanese (the report's own), やさしい日本語 (easy Japanese, written to the
// guideline of 出入国在留管理庁・文化庁, with readings over kanji) or English. The one place where
// the codes are read and written for it: "ja" / "easy" / "en" in links, kpi-tool --lang and
// snapshot().lang; "ja" / "en" as BCP 47 in <html lang> and lang attributes (easy Japanese is
// Japanese); "ja" / "ja-easy" / "en" as the key of a dataset text (model.h's Text; a file may hold
// more languages).
#pragma once

#include <optional>
#include <string_view>

namespace kpi {

enum class Lang { Ja, En, Easy };

// In the order the language control offers them.
inline constexpr Lang kLangs[] = {Lang::Ja, Lang::Easy, Lang::En};

// "ja" / "easy" / "en" (as in links)
constexpr const char* to_string(Lang l) { return l == Lang::En ? "en" : l == Lang::Easy ? "easy" : "ja"; }

// "ja" / "en": the BCP 47 tag of <html lang> and of a lang attribute (easy Japanese is "ja").
constexpr const char* html_lang(Lang l) { return l == Lang::En ? "en" : "ja"; }

// "ja" / "ja-easy" / "en": the key of a dataset text in this language (Text::in falls back to "ja").
constexpr const char* text_key(Lang l) { return l == Lang::En ? "en" : l == Lang::Easy ? "ja-easy" : "ja"; }

// Japanese, standard or easy: Japanese word order, units and punctuation.
constexpr bool is_japanese(Lang l) { return l != Lang::En; }

// The inverse of to_string; empty for anything else ("JA", "fr", "ja-easy", "").
constexpr std::optional<Lang> lang_from_string(std::string_view s) {
    for (Lang l : kLangs)
        if (s == to_string(l)) return l;
    return std::nullopt;
}

} // namespace kpi
