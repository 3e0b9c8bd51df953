// The strings table (core/strings.*, the viewer's and the document's words): Japanese and English take the same printf arguments, in the same
// order, so a translated format can never read the wrong argument.
#include "core/strings.h"

#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

using kpi::Str;
using kpi::tr;

namespace {
std::vector<std::string> specifiers(const std::string& s) {
    static const std::regex re("%[-+ #0]*[0-9]*(?:\\.[0-9]+)?[a-zA-Z%]");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it) out.push_back(it->str());
    return out;
}
} // namespace

TEST_CASE("every string of the table: ja and en use the same format specifiers") {
    int formats = 0;
    for (int i = 0; i < static_cast<int>(Str::Count); ++i) {
        const std::string ja = tr(static_cast<Str>(i), kpi::Lang::Ja), en = tr(static_cast<Str>(i), kpi::Lang::En);
        INFO("Str #" << i << ": " << ja << " | " << en);
        CHECK_FALSE(en.empty());
        if (ja.empty()) continue;   // (an English-only remark: see Str::OnlyInJapanese)
        CHECK(specifiers(ja) == specifiers(en));
        formats += !specifiers(ja).empty();
    }
    CHECK(formats > 10);
    CHECK(specifiers("%d件（全%d件）") == std::vector<std::string>{"%d", "%d"});
    CHECK(specifiers("%s: %d") != specifiers("%d: %s"));
}
