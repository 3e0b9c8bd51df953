// Hints a member of staff can act on (core/load_hints.h), for the mistakes people make by hand.
#include "core/load.h"
#include "core/load_hints.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

namespace {

std::string sapporo() {
    std::ifstream in(std::string(KPI_DATA_DIR) + "/sapporo.json", std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string replaced(std::string s, const std::string& from, const std::string& to) {
    const size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

kpi::Text hint_for(const std::string& bytes) {
    const kpi::LoadResult r = kpi::load_dataset(bytes);
    REQUIRE_FALSE(r.ok());
    return kpi::staff_hint(*r.error, bytes);
}

} // namespace

TEST_CASE("staff hints: what to change, in Japanese and English") {
    const std::string good = sapporo();
    REQUIRE(good.find("\"plan\": 23000") != std::string::npos);

    SUBCASE("a trailing comma: remove it, on the line it is") {
        const size_t end = good.rfind('}');
        const std::string bad = good.substr(0, good.find_last_not_of(" \n", end - 1) + 1) + ",\n}\n";
        const kpi::Text h = hint_for(bad);
        CHECK(h.in("en").find("Remove the comma at the end of line") != std::string::npos);
        CHECK(h.in("ja").find("行目の最後のカンマを消してください") != std::string::npos);
    }
    SUBCASE("thousands separators") {
        const kpi::Text h = hint_for(replaced(good, "\"plan\": 23000", "\"plan\": 23,000"));
        CHECK(h.in("en") == "Numbers have no thousands separators: write 23,000 as 23000.");
    }
    SUBCASE("full-width digits are named, not garbled") {
        const kpi::Text h = hint_for(replaced(good, "\"plan\": 23000", "\"plan\": ２３０００"));
        CHECK(h.in("ja").find("全角の数字「２」（U+FF12）") != std::string::npos);
    }
    SUBCASE("curly quotes") {
        const kpi::Text h = hint_for(replaced(good, "\"as_of\"", "“as_of”"));
        CHECK(h.in("en").find("U+201C") != std::string::npos);
    }
    SUBCASE("a dash where a number goes: write null; positions count from 0") {
        const kpi::Text h = hint_for(replaced(good, "\"plan\": 23000", "\"plan\": \"－\""));
        CHECK(h.in("ja").find("null と書いてください") != std::string::npos);
        CHECK(h.in("en").find("count from 0") != std::string::npos);
    }
    SUBCASE("Shift_JIS: save as UTF-8") {
        // 札 in CP932 is 0x8E 0x44: not UTF-8.
        const kpi::Text h = hint_for(replaced(good, "札幌市", "\x8E\x44\x96\x79\x8E\x73"));
        CHECK(h.in("en").find("Shift_JIS") != std::string::npos);
    }
}
