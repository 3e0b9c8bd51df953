// The project search's index (core/search_index.h, used by FilterIndex::evaluate) gives exactly
// what searching every project's text gives (project_matches, the plain scan): on a generated
// dataset of a few thousand projects whose names mix kanji, hiragana, katakana, half-width
// katakana (with separate voiced marks), full-width and half-width Latin and English, queries are
// typed one code point at a time (and deleted again) and every intermediate answer is compared.
#include <doctest/doctest.h>

#include "core/query.h"
#include "core/utf8.h"

#include <random>
#include <string>
#include <vector>

using namespace kpi;

namespace {

const char* const kPieces[] = {
    "スマート", "すまーと", "ｽﾏｰﾄ", "シティ", "ｼﾃｨ", "推進", "北海道", "札幌", "ガイド", "ｶﾞｲﾄﾞ", "がいど", "パーク", "ﾊﾟｰｸ",
    "ＫＰＩ", "KPI", "kpi", "Ｓｍａｒｔ", "Smart", "city", "DX", "ＤＸ", "観光", "移住", "子育て", "交通", "ヴィラ", "ｳﾞｨﾗ",
    "データ", "ﾃﾞｰﾀ", "　", " ", "・", "（", "）", "1", "１", "2024", "２０２４", "%", "％", "ー", "〜", "ﾞ", "ﾟ", "ヱ", "ゑ"};

std::string random_text(std::mt19937& rng, int pieces) {
    std::string s;
    for (int i = 0; i < pieces; ++i) s += kPieces[rng() % (sizeof kPieces / sizeof kPieces[0])];
    return s;
}

Text text(std::string ja, std::string en = "") {
    Text t;
    t.by_lang["ja"] = std::move(ja);
    if (!en.empty()) t.by_lang["en"] = std::move(en);
    return t;
}

Dataset generated(int programs, int projects_each) {
    std::mt19937 rng(25);
    Dataset d;
    d.format = kFormatId;
    d.title = text("全国");
    d.publisher = text("全国");
    for (int g = 0; g < programs; ++g) {
        Program prog;
        prog.id = "p" + std::to_string(g);
        prog.adopted_fy = 2019 + g % 3;
        prog.name = text(random_text(rng, 2), "Grant " + std::to_string(g));
        for (int i = 0; i < projects_each; ++i) {
            Project p;
            p.id = prog.id + "-" + std::to_string(i);
            p.name = text(random_text(rng, 3), rng() % 2 ? random_text(rng, 2) : "");
            p.summary = text(random_text(rng, 6));
            if (rng() % 3 == 0) p.partners.push_back(text(random_text(rng, 1)));
            if (rng() % 5 == 0) p.kpi_scope = text(random_text(rng, 1));
            for (int k = 0; k < 2; ++k) {
                Kpi kpi;
                kpi.no = k + 1;
                kpi.name = text(random_text(rng, 2));
                kpi.unit = text(k ? "人" : "%");
                kpi.years.push_back({2020, 10.0, rng() % 2 ? std::optional<double>(12.0) : std::nullopt});
                p.kpis.push_back(std::move(kpi));
            }
            prog.projects.push_back(std::move(p));
        }
        d.programs.push_back(std::move(prog));
    }
    return d;
}

// The plain scan: every project's own text searched (the rule the index must give).
std::vector<const Project*> plain_scan(const Dataset& d, const Filters& f) {
    std::vector<const Project*> out;
    for (const Program& g : d.programs)
        for (const Project& p : g.projects)
            if (project_matches(g, p, f)) out.push_back(&p);
    return out;
}

// The prefixes of `q` by code point, then back down to empty (typing, then deleting).
std::vector<std::string> keystrokes(const std::string& q) {
    std::vector<std::string> out;
    for (size_t i = 0; i < q.size();) {
        utf8_decode(q, i);
        out.push_back(q.substr(0, i));
    }
    for (size_t n = out.size(); n-- > 1;) out.push_back(out[n - 1]);
    out.push_back("");
    return out;
}

} // namespace

TEST_CASE("search index: typed keystroke by keystroke, the same projects as the plain scan") {
    const Dataset d = generated(4, 600);   // 2,400 projects
    const FilterIndex index(d);
    REQUIRE(index.project_count() == 2400);
    const char* const queries[] = {
        "スマートシティ", "すまーと", "ｽﾏｰﾄ ｼﾃｨ", "ＫＰＩ", "kpi 推進", "KPI", "ガイド", "ｶﾞｲﾄﾞ", "がいど", "ﾊﾟｰｸ", "ぱーく",
        "ｳﾞｨﾗ", "ヴぃら", "北海道 札幌", "smart city", "SMART", "Ｓｍａｒｔ", "ＤＸ推進", "２０２４", "2024％", "ゑ", "ヱ",
        "ー", "〜", "ﾞ", "ﾟ", "　スマート　", "・（", "x", "存在しない", "Grant 1", "grant", "人", "スマ ート"};
    int compared = 0, nonempty = 0;
    for (const char* q : queries)
        for (const std::string& typed : keystrokes(q)) {
            Filters f;
            f.query = typed;
            INFO("query: \"" << typed << "\"");
            const std::vector<const Project*> expected = plain_scan(d, f);
            const FilterResult& got = index.evaluate(f);
            CHECK(got.visible == expected);
            size_t in_programs = 0;
            for (const auto& list : got.by_program) in_programs += list.size();
            CHECK(in_programs == expected.size());
            ++compared;
            if (!expected.empty() && !typed.empty()) ++nonempty;
        }
    CHECK(compared > 150);
    CHECK(nonempty > 100);   // most answers are not empty: the comparison means something
}

TEST_CASE("search index: with other facets, and before the idle-time slices are done") {
    const Dataset d = generated(3, 200);
    const FilterIndex index(d);
    CHECK(index.prepare_search(50));   // a slice made, more to do
    Filters f;
    f.query = "ｽﾏ";                     // evaluate makes the rest first
    f.application = Application::Single;
    CHECK(index.evaluate(f).visible == plain_scan(d, f));
    CHECK_FALSE(index.prepare_search(50));
    f.adopted_fy = 2020;
    f.unit = "人";
    CHECK(index.evaluate(f).visible == plain_scan(d, f));
    CHECK(index.search_index().memory_bytes() > 0);
}
