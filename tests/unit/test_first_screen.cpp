// The first screen (core/first_screen.h): each project's outcome equals count_headline, every link
// is the viewer's own link (encode_view) and names the control it becomes, the dataset's hash is
// stamped on it, and nothing from a dataset gets through as markup.
#include "core/achievement.h"
#include "core/chart_svg.h"
#include "core/first_screen.h"
#include "core/load.h"
#include "core/view_url.h"

#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

namespace {

const std::string kHash(64, 'a');

kpi::FirstScreenOptions options() {
    kpi::FirstScreenOptions o;
    o.data_name = "sapporo";
    o.default_data = "sapporo";
    o.dataset_sha256 = kHash;
    return o;
}

const kpi::Dataset& sapporo() {
    static const kpi::LoadResult r = kpi::load_dataset_file(KPI_DATA_DIR "/sapporo.json");
    REQUIRE(r.ok());
    return *r.dataset;
}

std::vector<std::smatch> all(const std::string& text, const std::regex& re) {
    std::vector<std::smatch> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) out.push_back(*it);
    return out;
}

std::string unescape(std::string s) {
    for (auto [from, to] : {std::pair{"&amp;", "&"}, {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&#39;", "'"}}) {
        for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) s.replace(at, std::string(from).size(), to);
    }
    return s;
}

} // namespace

TEST_CASE("first screen: each project's outcome in report order, as count_headline counts it, linked as the viewer links it") {
    const kpi::Dataset& d = sapporo();
    for (kpi::Lang lang : kpi::kLangs) {
        kpi::ViewState v;
        v.lang = lang;
        v.era = kpi::default_era(lang);
        const std::string html = kpi::render_first_screen(d, v, options());
        CHECK(html.find("data-dataset-sha256=\"" + kHash + "\"") != std::string::npos);
        const std::regex row("<li><a class=\"fs-project\" href=\"([^\"]*)\" data-sem=\"glance:([^\"]*)\">([^<]*)</a><p class=\"fs-outcome\">(.*?)</p></li>");
        const auto rows = all(html, row);
        std::vector<const kpi::Project*> projects;
        for (const auto& prog : d.programs)
            for (const auto& p : prog.projects) projects.push_back(&p);
        REQUIRE(rows.size() == projects.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            const kpi::Project& p = *projects[i];
            INFO(p.id);
            CHECK(rows[i][2] == p.id);
            CHECK(unescape(rows[i][3]) == p.name.in(lang));
            kpi::ViewState to = v;
            to.project = p.id;
            CHECK(unescape(rows[i][1]) == kpi::encode_view(to, "sapporo", "sapporo"));
            // The outcome: every status that occurs, with its count, in the status order.
            const kpi::StatusCounts c = kpi::count_headline(p);
            const std::string outcome = rows[i][4];
            size_t last = 0;
            for (kpi::Status st : kpi::kAllStatuses) {
                const std::string want = std::string(kpi::status_words(st, lang)) + " " + std::to_string(c.of(st));
                const size_t at = outcome.find(std::string("status-") + kpi::to_string(st) + "\">" + want + "<");
                if (c.of(st)) {
                    CHECK(at != std::string::npos);
                    CHECK(at >= last);
                    last = at;
                } else {
                    CHECK(outcome.find(std::string("status-") + kpi::to_string(st) + "\"") == std::string::npos);
                }
            }
        }
    }
}

TEST_CASE("first screen: a project's page is the document's, under the bar, with a link back to the list") {
    kpi::ViewState v;
    v.project = "smart-city";
    const std::string html = kpi::render_first_screen(sapporo(), v, options());
    CHECK(html.find("data-sem=\"back\"") != std::string::npos);
    CHECK(html.find("id=\"kpi-smart-city-2\"") != std::string::npos);   // the KPI a link can point at
    CHECK(html.find("<svg") != std::string::npos);
    CHECK(html.find("fs-glance") == std::string::npos);
    CHECK(html.find("23,000") != std::string::npos);   // KPI②'s R4 plan, from the document's table
}

TEST_CASE("first screen: a hostile dataset's texts are escaped") {
    const std::string evil = "<script>alert(1)</script>\\\" onmouseover=\\\"x\\\" &";
    auto t = [&](const std::string& tag) { return "{\"ja\": \"" + tag + evil + "\", \"en\": \"" + tag + evil + "\"}"; };
    const std::string json = R"({"format": "kpi-report/1", "title": )" + t("T") + R"(, "publisher": )" + t("P") +
                             R"(, "source": {"title": )" + t("S") + R"(, "url": ""}, "as_of": "2026-11-29", "programs": [{"id": "g", "adopted_fy": 2022, "name": )" +
                             t("G") + R"(, "projects": [{"id": "p", "name": )" + t("PN") +
                             R"(, "application": "single", "summary": )" + t("SU") + R"(, "kpis": [{"no": 1, "name": )" + t("KN") + R"(, "unit": )" + t("U") +
                             R"(, "years": [{"fy": 2022, "plan": 10, "actual": 4}]}]}]}]})";
    const kpi::LoadResult r = kpi::load_dataset(json);
    REQUIRE_MESSAGE(r.ok(), (r.error ? r.error->describe() : ""));
    kpi::FirstScreenOptions o = options();
    o.dataset_sha256 = "\"><script>";
    for (const std::string project : {"", "p"}) {
        kpi::ViewState v;
        v.project = project;
        const std::string html = kpi::render_first_screen(*r.dataset, v, o);
        INFO(html.substr(0, 1500));
        CHECK(html.find("<script") == std::string::npos);
        CHECK(html.find("onmouseover=\"") == std::string::npos);
        CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x&quot; &amp;") != std::string::npos);
    }
}

TEST_CASE("first screen in easy Japanese: readings as <ruby> hidden from screen readers; controls' names plain") {
    kpi::ViewState v;
    v.lang = kpi::Lang::Easy;
    const std::string html = kpi::render_first_screen(sapporo(), v, options());
    // The heading, the counts and the rule: each kanji word with its reading, <rt aria-hidden> (read once).
    CHECK(html.find("<h1 class=\"fs-heading\"><ruby>事業<rt aria-hidden=\"true\">じぎょう</rt></ruby>ごとの けっか") != std::string::npos);
    CHECK(html.find("<ruby>目標<rt aria-hidden=\"true\">もくひょう</rt></ruby>の <ruby>数字<rt aria-hidden=\"true\">すうじ</rt></ruby>") !=
          std::string::npos);
    CHECK(html.find("<dt>データの <ruby>日<rt aria-hidden=\"true\">ひ</rt></ruby></dt>") != std::string::npos);
    CHECK(html.find("<rt aria-hidden=\"true\">がつ</rt>") != std::string::npos);   // the as-of date: 月{がつ}
    // No reading markup leaks; an accessible name has no <ruby> in it.
    CHECK(html.find('{') == std::string::npos);
    CHECK(html.find("aria-label=\"画面の 切り替え\"") != std::string::npos);
    // Standard Japanese: no ruby at all.
    kpi::ViewState ja;
    CHECK(kpi::render_first_screen(sapporo(), ja, options()).find("<ruby>") == std::string::npos);
}

TEST_CASE("first screen: the note that the city's texts are in Japanese only, where the canvas says it") {
    const kpi::Dataset& d = sapporo();
    for (kpi::Lang lang : {kpi::Lang::Ja, kpi::Lang::Easy, kpi::Lang::En}) {
        CAPTURE(kpi::to_string(lang));
        kpi::ViewState v;
        v.lang = lang;
        const std::string html = kpi::render_first_screen(d, v, options());
        const bool said = html.find("<p class=\"fs-note\">") != std::string::npos &&
                          html.find("<p class=\"fs-note\">") < html.find("<h1 class=\"fs-heading\">");
        CHECK(said == (lang != kpi::Lang::Ja && d.texts_missing(lang) > 0));
    }
    CHECK(d.texts_missing(kpi::Lang::Easy) > 0);   // (Sapporo's file has no "ja-easy" texts: the case is tested)
}
