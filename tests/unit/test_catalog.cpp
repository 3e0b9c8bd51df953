// The site's catalog (core/catalog.h): what `kpi-tool catalog` writes and the viewer reads back.
#include "core/catalog.h"
#include "core/load.h"

#include <doctest/doctest.h>

namespace {
kpi::CatalogEntry entry(const std::string& name, const std::string& pub_ja, const std::string& pub_en = "") {
    kpi::CatalogEntry e;
    e.name = name;
    e.publisher.by_lang["ja"] = pub_ja;
    if (!pub_en.empty()) e.publisher.by_lang["en"] = pub_en;
    e.title.by_lang["ja"] = pub_ja + " 地方創生関連交付金事業のKPI";
    e.as_of = "2026-11-29";
    e.projects = 5;
    e.kpis = 13;
    return e;
}
} // namespace

TEST_CASE("catalog: written sorted by name, read back equal") {
    const std::string json = kpi::catalog_json({entry("sapporo", "札幌市", "Sapporo City"), entry("otaru", "小樽市")});
    std::string err;
    const auto back = kpi::parse_catalog(json, &err);
    REQUIRE(back);
    REQUIRE(back->size() == 2);
    CHECK((*back)[0].name == "otaru");
    CHECK((*back)[1].publisher.in("en") == "Sapporo City");
    CHECK((*back)[1].kpis == 13);
    CHECK((*back)[1].as_of == "2026-11-29");
}

TEST_CASE("catalog: the entry of the bundled dataset") {
    const kpi::LoadResult r = kpi::load_dataset_file(std::string(KPI_DATA_DIR) + "/sapporo.json");
    REQUIRE(r.ok());
    const kpi::CatalogEntry e = kpi::catalog_entry("sapporo", *r.dataset);
    CHECK(e.projects == 5);
    CHECK(e.kpis == 13);
    CHECK(e.publisher.in("ja") == "札幌市");
}

TEST_CASE("catalog: not a catalog, or names that are not dataset names, are refused or skipped") {
    std::string err;
    CHECK_FALSE(kpi::parse_catalog("[1,2", &err));
    CHECK_FALSE(err.empty());
    CHECK_FALSE(kpi::parse_catalog(R"({"format":"kpi-report/1","programs":[]})"));
    const auto c = kpi::parse_catalog(R"({"format":"kpi-catalog/1","datasets":[{"name":"../x"},{"name":"ok-1"},{"nope":1}]})");
    REQUIRE(c);
    REQUIRE(c->size() == 1);
    CHECK((*c)[0].name == "ok-1");
}

TEST_CASE("catalog search: publisher or title, width- and kana-insensitive") {
    const std::vector<kpi::CatalogEntry> all = {entry("sapporo", "札幌市", "Sapporo City"), entry("otaru", "小樽市"),
                                                entry("niseko", "ニセコ町")};
    CHECK(kpi::search_catalog(all, "").size() == 3);
    auto r = kpi::search_catalog(all, "にせこ");
    REQUIRE(r.size() == 1);
    CHECK(r[0]->name == "niseko");
    r = kpi::search_catalog(all, "ｻｯﾎﾟﾛ");   // no kana in the data: nothing
    CHECK(r.empty());
    r = kpi::search_catalog(all, "SAPPORO");
    REQUIRE(r.size() == 1);
    r = kpi::search_catalog(all, "小樽");
    REQUIRE(r.size() == 1);
    CHECK(r[0]->name == "otaru");
}

TEST_CASE("catalog: report pages are listed by language, under the one name each can have") {
    CHECK(kpi::report_page_file("sapporo", kpi::Lang::Ja) == "sapporo.html");
    CHECK(kpi::report_page_file("sapporo", kpi::Lang::En) == "sapporo.en.html");
    kpi::CatalogEntry e = entry("sapporo", "札幌市");
    e.report = {kpi::Lang::Ja, kpi::Lang::En};
    const std::string json = kpi::catalog_json({e, entry("otaru", "小樽市")});
    CHECK(json.find("\"report\": {\n    \"en\": \"sapporo.en.html\",\n    \"ja\": \"sapporo.html\"\n   }") != std::string::npos);
    const auto back = kpi::parse_catalog(json);
    REQUIRE(back);
    CHECK((*back)[0].report.empty());   // otaru: no page, no field
    CHECK((*back)[1].report == std::vector<kpi::Lang>{kpi::Lang::Ja, kpi::Lang::En});
    // Tolerant reading: a field of the wrong type, an unknown language or another file name is ignored.
    const auto odd = kpi::parse_catalog(
        R"({"format":"kpi-catalog/1","datasets":[{"name":"a","report":"a.html"},)"
        R"({"name":"b","report":{"ja":"../evil.html","en":"b.en.html","fr":"b.fr.html"}},{"name":"c","report":{"ja":5}}]})");
    REQUIRE(odd);
    REQUIRE(odd->size() == 3);
    CHECK((*odd)[0].report.empty());
    CHECK((*odd)[1].report == std::vector<kpi::Lang>{kpi::Lang::En});
    CHECK((*odd)[2].report.empty());
}
