// The viewer's language: Japanese (the report's own) or English. The one place where the codes
// "ja" / "en" are read and written for it (links, kpi-tool --lang, snapshot().lang, <html lang>).
// Dataset texts stay keyed by language code (model.h's Text): a file may hold more languages.
#pragma once

#include <optional>
#include <string_view>

namespace kpi {

enum class Lang { Ja, En };

inline constexpr Lang kLangs[] = {Lang::Ja, Lang::En};

// "ja" / "en" (BCP 47, as in links and <html lang>)
constexpr const char* to_string(Lang l) { return l == Lang::En ? "en" : "ja"; }

// The inverse of to_string; empty for anything else ("JA", "fr", "").
constexpr std::optional<Lang> lang_from_string(std::string_view s) {
    for (Lang l : kLangs)
        if (s == to_string(l)) return l;
    return std::nullopt;
}

} // namespace kpi
