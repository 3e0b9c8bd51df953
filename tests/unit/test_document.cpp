// The document renderer (core/document.h) and its SVG charts (core/chart_svg.h): the bars are
// chart_layout's, the report page holds every value of the report, nothing from a dataset gets
// through as markup, the page requests nothing, and the words are the viewer's.
#include "core/chart_layout.h"
#include "core/chart_svg.h"
#include "core/document.h"
#include "core/format.h"
#include "core/load.h"
#include "core/palette.h"
#include "sapporo_expected.h"
#include "../source/source_files.h"
#include "tool_runner.h"

#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <regex>
#include <set>
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using tool_test::run_tool;

namespace {

const kpi::Dataset& load(const std::string& path) {
    static std::map<std::string, kpi::LoadResult> cache;
    auto it = cache.find(path);
    if (it == cache.end()) it = cache.emplace(path, kpi::load_dataset_file(path)).first;
    REQUIRE_MESSAGE(it->second.ok(), path);
    return *it->second.dataset;
}
const kpi::Dataset& sapporo() { return load(KPI_DATA_DIR "/sapporo.json"); }
const kpi::Dataset& negative() { return load(KPI_SOURCE_DIR "/tests/e2e/fixtures/negative.json"); }

// The value of attribute `name` in one tag's text.
std::string attr(const std::string& tag, const std::string& name) {
    const std::regex re("\\s" + name + "=\"([^\"]*)\"");
    std::smatch m;
    return std::regex_search(tag, m, re) ? m[1].str() : std::string("(none)");
}
float fattr(const std::string& tag, const std::string& name) { return std::stof(attr(tag, name)); }

std::vector<std::string> tags(const std::string& text, const std::string& pattern) {
    std::vector<std::string> out;
    const std::regex re(pattern);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) out.push_back(it->str());
    return out;
}

// The SVG's drawn bars and marks against chart_layout's, year by year.
void check_chart_matches_layout(const kpi::Kpi& k, const std::string& where, int* negatives) {
    kpi::SvgChartOptions o;
    const std::string svg = kpi::kpi_chart_svg(k, "t", o);
    const kpi::SvgPlotFrame f = kpi::kpi_chart_frame(k, o);
    const kpi::BarChartLayout L = kpi::layout_kpi_chart(k, f.bottom - f.top, 4);
    const kpi::BarColumns cols = kpi::layout_bar_columns(k.years.size(), f.right - f.left);
    const auto bars = tags(svg, "<rect class=\"bar (plan|actual)\"[^>]*>");
    const auto zeros = tags(svg, "<rect class=\"zero (plan|actual)\"[^>]*>");
    const auto missing = tags(svg, "<line class=\"missing (plan|actual)\"[^>]*>");
    auto find = [&](const std::vector<std::string>& list, const std::string& which, int fy) -> std::string {
        std::string found;
        int n = 0;
        for (const auto& t : list)
            if (t.find("class=\"" + std::string(t.find("class=\"bar") != std::string::npos ? "bar " : t.find("class=\"zero") != std::string::npos ? "zero " : "missing ") + which + "\"") != std::string::npos &&
                attr(t, "data-fy") == std::to_string(fy)) {
                found = t;
                ++n;
            }
        CHECK_MESSAGE(n <= 1, where, " FY", fy, " ", which, ": drawn ", n, " times");
        return found;
    };
    size_t want_bars = 0, want_zeros = 0, want_missing = 0;
    for (size_t i = 0; i < k.years.size(); ++i) {
        const int fy = k.years[i].fy;
        for (const char* which : {"plan", "actual"}) {
            const bool plan = which[0] == 'p';
            const kpi::BarSpan& b = plan ? L.plan[i] : L.actual[i];
            const float x = f.left + (plan ? cols.plan_x(i) : cols.actual_x(i));
            INFO(where, " FY", fy, " ", which);
            if (!b.present) {
                ++want_missing;
                const std::string t = find(missing, which, fy);
                REQUIRE_MESSAGE(!t.empty(), "no missing mark");
                CHECK(fattr(t, "x1") == doctest::Approx(x).epsilon(0.001));
            } else if (b.zero) {
                ++want_zeros;
                const std::string t = find(zeros, which, fy);
                REQUIRE_MESSAGE(!t.empty(), "no zero mark");
                CHECK(fattr(t, "x") == doctest::Approx(x).epsilon(0.001));
            } else {
                ++want_bars;
                const std::string t = find(bars, which, fy);
                REQUIRE_MESSAGE(!t.empty(), "no bar");
                CHECK(fattr(t, "x") == doctest::Approx(x).epsilon(0.001));
                CHECK(fattr(t, "width") == doctest::Approx(cols.bar_width).epsilon(0.001));
                CHECK(std::fabs(fattr(t, "y") - (f.top + b.top)) < 0.01f);
                CHECK(std::fabs(fattr(t, "height") - (b.bottom - b.top)) < 0.011f);
                if (b.negative) {
                    ++*negatives;
                    CHECK(std::fabs(fattr(t, "y") - (f.top + L.zero_y)) < 0.01f);   // hangs from the zero line
                }
            }
        }
    }
    CHECK_MESSAGE(bars.size() == want_bars, where);
    CHECK_MESSAGE(zeros.size() == want_zeros, where);
    CHECK_MESSAGE(missing.size() == want_missing, where);
    // The axis: every tick of the layout is labelled, in the viewer's number format.
    const auto ticks = tags(svg, "<text class=\"tick\"[^>]*>[^<]*</text>");
    REQUIRE_MESSAGE(ticks.size() == L.axis.ticks.size(), where);
    for (size_t i = 0; i < ticks.size(); ++i) {
        const double t = L.axis.ticks[i];
        CHECK_MESSAGE(ticks[i].find(">" + kpi::format_number(t, t == std::floor(t) ? 0 : 1) + "<") != std::string::npos, where, " ", ticks[i]);
    }
    // The zero line where the layout has it; the achievement % of every year that has one.
    const auto zl = tags(svg, "<line class=\"zero-line\"[^>]*>");
    REQUIRE(zl.size() == 1);
    CHECK(std::fabs(fattr(zl[0], "y1") - (f.top + L.zero_y)) < 0.01f);
    size_t percents = 0;
    for (const auto& y : k.years)
        if (const auto r = kpi::achievement_ratio(k, y)) {
            ++percents;
            CHECK_MESSAGE(svg.find(">" + kpi::format_percent(r) + "</text>") != std::string::npos, where);
        }
    CHECK(tags(svg, "<text class=\"percent\"").size() == percents);
}

// Rows of the table inside the section with this id: each row's cells' text.
std::vector<std::vector<std::string>> table_rows(const std::string& html, const std::string& section_id) {
    const size_t at = html.find("<section class=\"kpi\" id=\"" + section_id + "\"");
    REQUIRE_MESSAGE(at != std::string::npos, section_id);
    const size_t end = html.find("</section>", at);
    const std::string sec = html.substr(at, end - at);
    const size_t tb = sec.find("<tbody>");
    REQUIRE(tb != std::string::npos);
    std::vector<std::vector<std::string>> rows;
    const std::regex row("<tr>(.*?)</tr>"), cell("<t[hd][^>]*>(.*?)</t[hd]>");
    const std::string body = sec.substr(tb);
    for (auto r = std::sregex_iterator(body.begin(), body.end(), row); r != std::sregex_iterator(); ++r) {
        const std::string inner = (*r)[1].str();
        std::vector<std::string> cells;
        for (auto c = std::sregex_iterator(inner.begin(), inner.end(), cell); c != std::sregex_iterator(); ++c) cells.push_back((*c)[1].str());
        rows.push_back(cells);
    }
    return rows;
}

// Heading levels in document order.
std::vector<int> heading_levels(const std::string& html) {
    std::vector<int> out;
    for (const auto& t : tags(html, "<h[1-6][ >]")) out.push_back(t[2] - '0');
    return out;
}

void check_heading_order(const std::string& html, const std::string& what) {
    const std::vector<int> h = heading_levels(html);
    REQUIRE_MESSAGE(!h.empty(), what);
    CHECK_MESSAGE(h.front() == 1, what);
    CHECK_MESSAGE(std::count(h.begin(), h.end(), 1) == 1, what, ": one h1");
    for (size_t i = 1; i < h.size(); ++i) CHECK_MESSAGE(h[i] <= h[i - 1] + 1, what, ": heading ", i, " skips from h", h[i - 1], " to h", h[i]);
}

} // namespace

TEST_CASE("document SVG: every seed KPI's bars, marks, ticks and % are chart_layout's, negatives included") {
    int negatives = 0, kpis = 0;
    for (const kpi::Dataset* d : {&sapporo(), &negative()})
        for (const auto& prog : d->programs)
            for (const auto& p : prog.projects)
                for (const auto& k : p.kpis) {
                    ++kpis;
                    check_chart_matches_layout(k, p.id + " KPI" + std::to_string(k.no), &negatives);
                }
    CHECK(kpis >= 26);
    CHECK(negatives > 0);   // negative.json's values hang below the zero line
}

TEST_CASE("document SVG: plan and actual differ without colour; a text alternative; palette colours only") {
    const kpi::Kpi& k = sapporo().find_project("smart-city")->kpis[1];
    kpi::SvgChartOptions o;
    o.id_prefix = "x7";
    const std::string svg = kpi::kpi_chart_svg(k, "KPI② title", o);
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    CHECK(svg.find("aria-labelledby=\"x7-t\" aria-describedby=\"x7-d\"") != std::string::npos);
    CHECK(svg.find("<title id=\"x7-t\">KPI② title</title>") != std::string::npos);
    CHECK(svg.find("<desc id=\"x7-d\">") != std::string::npos);
    CHECK(kpi::kpi_chart_description(k, kpi::Lang::Ja).find("令和4年度（2022）：計画 23,000件、実績 4,320件、達成率 19%、未達成") != std::string::npos);
    // Plan: hatched and outlined; actual: solid; the baseline dashed.
    for (const auto& t : tags(svg, "<rect class=\"bar plan\"[^>]*>")) {
        CHECK(attr(t, "fill") == "url(#x7-hatch)");
        CHECK(attr(t, "stroke") == kpi::css_hex(kpi::swatch(kpi::Colour::PlanEdge)));
    }
    for (const auto& t : tags(svg, "<rect class=\"bar actual\"[^>]*>")) CHECK(attr(t, "fill") == kpi::css_hex(kpi::swatch(kpi::Colour::Actual)));
    CHECK(tags(svg, "<line class=\"baseline\"[^>]*stroke-dasharray").size() == 1);
    // Every colour the SVG uses is one of the palette's.
    std::set<std::string> palette;
    for (const kpi::Swatch& s : kpi::kPalette) palette.insert(kpi::css_hex(s));
    for (const auto& c : tags(svg, "#[0-9a-f]{6}\\b")) CHECK_MESSAGE(palette.count(c), c);
    CHECK(kpi::kpi_chart_svg(k, "t", {}).find("xmlns") == std::string::npos);
    // Easy Japanese: SVG <text> cannot carry ruby, so the chart's own words are kana (the city's
    // unit and the title stay as written); no reading markup leaks.
    kpi::SvgChartOptions easy;
    easy.lang = kpi::Lang::Easy;
    const std::string easy_svg = kpi::kpi_chart_svg(k, "t", easy);
    CHECK(easy_svg.find("すうじが ない") != std::string::npos);
    CHECK(easy_svg.find("数字") == std::string::npos);
    CHECK(easy_svg.find("{") == std::string::npos);
    kpi::SvgChartOptions file;
    file.standalone = true;
    CHECK(kpi::kpi_chart_svg(k, "t", file).find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
}

TEST_CASE("chart file SVG (the viewer's download): says what it shows, its bars are the document chart's, long lines wrap") {
    const kpi::Kpi& k = sapporo().find_project("smart-city")->kpis[1];
    kpi::SvgChartOptions o;
    o.id_prefix = "dl";
    const std::string long_line(80, 'x');
    const std::string svg = kpi::kpi_chart_file_svg(k, "T<1>", {"KPI② & title", "件数・札幌市", long_line}, {"出典: 報告書", "データ時点: 2026-11-29"}, o);
    CHECK(svg.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK(svg.find("<title>T&lt;1&gt;</title>") != std::string::npos);
    for (const char* t : {">KPI② &amp; title</text>", ">件数・札幌市</text>", ">出典: 報告書</text>", ">データ時点: 2026-11-29</text>"})
        CHECK_MESSAGE(svg.find(t) != std::string::npos, t);
    // The 80 x's (48 em at 13 px: wider than 480) wrap onto two lines.
    CHECK(tags(svg, "<text [^>]*>x+</text>").size() == 2);
    std::string chart = kpi::kpi_chart_svg(k, "T<1>", o);
    chart.insert(5, "overflow=\"visible\" ");   // (its labels may use the sheet's margin)
    CHECK(chart.rfind("<svg overflow=\"visible\" class=\"kpi-chart\"", 0) == 0);
    CHECK(svg.find(chart) != std::string::npos);   // the document's chart itself, legend and unit included
    CHECK(tags(svg, "<rect class=\"bar (plan|actual)\"[^>]*>") == tags(chart, "<rect class=\"bar (plan|actual)\"[^>]*>"));
    std::set<std::string> palette;
    for (const kpi::Swatch& s : kpi::kPalette) palette.insert(kpi::css_hex(s));
    for (const auto& c : tags(svg, "#[0-9a-f]{6}\\b")) CHECK_MESSAGE(palette.count(c), c);
}

TEST_CASE("kpi-tool document-css: the document's stylesheet, for the viewer's print and no-WebGL page") {
    const tool_test::Run r = run_tool("document-css");
    CHECK(r.exit_code == 0);
    CHECK(r.output == kpi::document_css());
    CHECK(r.output.find("@media print") != std::string::npos);
    CHECK(run_tool("document-css --x").exit_code == 2);
}

TEST_CASE("no colour literal in the document's sources: its CSS uses the palette's names") {
    for (const char* rel : {"src/core/document.cpp", "src/core/chart_svg.cpp", "src/core/strings.cpp"}) {
        const std::string text = source_files::read(rel);
        const auto found = tags(text, "#[0-9a-fA-F]{3,8}\\b|\\b(rgba?|hsla?)\\(");
        CHECK_MESSAGE(found.empty(), rel, ": ", found.empty() ? "" : found.front());
    }
    std::set<std::string> names;
    for (const kpi::Swatch& s : kpi::kPalette) names.insert(s.name);
    const std::string css = kpi::document_css();
    int vars = 0;
    for (const auto& v : tags(css, "var\\(--kpi-[a-z-]+\\)")) {
        ++vars;
        CHECK_MESSAGE(names.count(v.substr(10, v.size() - 11)), v);
    }
    CHECK(vars > 10);
    CHECK(css.find(kpi::palette_css()) == 0);
}

TEST_CASE("kpi-tool html: the report page holds every value of the report under its KPI, in the viewer's format") {
    using namespace sapporo_expected;
    const tool_test::Run r = run_tool("html " KPI_DATA_DIR "/sapporo.json");
    REQUIRE(r.exit_code == 0);
    const std::string& html = r.output;
    int values = 0;
    for (const ExpProject& ep : expected_projects())
        for (const ExpKpi& ek : ep.kpis) {
            const std::string id = std::string("kpi-") + ep.id + "-" + std::to_string(ek.no);
            INFO(id);
            const auto rows = table_rows(html, id);
            const bool baseline = ek.baseline_plan || ek.baseline_actual;
            REQUIRE(rows.size() == ek.years.size() + (baseline ? 1 : 0));
            size_t r0 = 0;
            if (baseline) {
                REQUIRE(rows[0].size() == 5);
                CHECK(rows[0][0] == "当初値");
                CHECK(rows[0][1] == kpi::format_number(ek.baseline_plan, ek.decimals));
                CHECK(rows[0][2] == kpi::format_number(ek.baseline_actual, ek.decimals));
                r0 = 1;
            }
            values += 2;   // the baseline's two cells (both "—" when the report has none)
            for (size_t i = 0; i < ek.years.size(); ++i) {
                const auto& row = rows[r0 + i];
                const ExpYear& y = ek.years[i];
                REQUIRE(row.size() == 5);
                CHECK(row[0] == kpi::fy_both(y.fy, kpi::Lang::Ja));
                CHECK(row[1] == kpi::format_number(y.plan, ek.decimals));
                CHECK(row[2] == kpi::format_number(y.actual, ek.decimals));
                CHECK(!row[4].empty());   // the status, in words
                values += 2;
            }
            // The caption names the KPI and its unit.
            CHECK(html.find(std::string("<caption>KPI")) != std::string::npos);
            CHECK(html.find(std::string(ek.name) + "（単位：" + ek.unit + "）</caption>") != std::string::npos);
        }
    CHECK(values == 108);
    // Spot checks as a reader sees them: 31.20 %, 4,320 downloads, 19 % and 未達成.
    const auto share = table_rows(html, "kpi-smart-city-3");
    CHECK(share[0][1] == "31.20");
    const auto dl = table_rows(html, "kpi-smart-city-2");
    CHECK(dl[1][2] == "4,320");
    CHECK(dl[1][3] == "19%");
    CHECK(dl[1][4] == "未達成");
    CHECK(dl[2][2] == "—");
    CHECK(dl[2][4] == "実績なし");
}

TEST_CASE("kpi-tool html: one standalone page: lang, headings in order, no script, no request, the live link only") {
    const std::string live = "https://city.example.jp/kpi/?data=sapporo";
    const tool_test::Run r = run_tool("html " KPI_DATA_DIR "/sapporo.json --url '" + live + "'");
    REQUIRE(r.exit_code == 0);
    const std::string& html = r.output;
    CHECK(html.rfind("<!doctype html>\n<html lang=\"ja\">", 0) == 0);
    CHECK(tags(html, "(?:<|%3C|&#x?3c;?)\\s*script").empty());
    CHECK(tags(html, "<[Ss][Cc][Rr][Ii][Pp][Tt]").empty());
    for (const char* bad : {" src=", "<link", "<img", "<iframe", "<object", "<embed", "<base", "@import", "@font-face", "javascript:"})
        CHECK_MESSAGE(html.find(bad) == std::string::npos, bad);
    CHECK(tags(html, "<[a-zA-Z][a-zA-Z0-9-]*(\\s+[a-zA-Z:-]+(=\"[^\"]*\")?)*\\s+on[a-z]+=").empty());   // no event attribute
    for (const auto& u : tags(html, "url\\([^)]*\\)")) CHECK_MESSAGE(u.rfind("url(#", 0) == 0, u);
    // "http" only in the live link (its href and its written address).
    CHECK(tags(html, "http").size() == 2);
    CHECK(html.find("<a class=\"live\" href=\"" + live + "\">" + live + "</a>") != std::string::npos);
    check_heading_order(html, "overview");
    CHECK(html.find("<h1 class=\"doc-title\">札幌市 地方創生関連交付金事業のKPI</h1>") != std::string::npos);
    CHECK(html.find("札幌市") != std::string::npos);
    CHECK(html.find("<time datetime=\"2026-11-29\">2026年11月29日</time>") != std::string::npos);
    // Every KPI section: its chart, then its table; every table header has a scope.
    CHECK(tags(html, "<section class=\"kpi\"").size() == 13);
    CHECK(tags(html, "<svg class=\"kpi-chart\"").size() == 13);
    CHECK(tags(html, "<th(?=[\\s>])(?![^>]*scope=)[^>]*>").empty());
    CHECK(tags(html, "<th[\\s>]").size() > 80);
    CHECK(html.find("break-inside: avoid") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("新規採択事業なし") != std::string::npos);   // FY2021: a year with no new projects, with its note
    // Without --url: no http at all.
    const tool_test::Run bare = run_tool("html " KPI_DATA_DIR "/sapporo.json --lang en");
    REQUIRE(bare.exit_code == 0);
    CHECK(bare.output.find("http") == std::string::npos);
    CHECK(bare.output.rfind("<!doctype html>\n<html lang=\"en\">", 0) == 0);
    CHECK(bare.output.find("FY2022 (R4)") != std::string::npos);
    check_heading_order(bare.output, "overview en");
}

TEST_CASE("kpi-tool html: usage, errors and -o written only on success") {
    CHECK(run_tool("html").exit_code == 2);
    CHECK(run_tool("html " KPI_DATA_DIR "/sapporo.json --lang fr").exit_code == 2);
    CHECK(run_tool("html " KPI_DATA_DIR "/sapporo.json --lang").exit_code == 2);
    CHECK(run_tool("html " KPI_DATA_DIR "/sapporo.json --colour red").exit_code == 2);
    const tool_test::Run bad_url = run_tool("html " KPI_DATA_DIR "/sapporo.json --url 'javascript:alert(1)'");
    CHECK(bad_url.exit_code == 2);
    CHECK(bad_url.output.find("not a usable address") != std::string::npos);
    const std::string out = tool_test::temp_path("page.html");
    tool_test::temp_file("page.html", "previous");
    const std::string broken = tool_test::temp_file("broken.json", "{\"format\": \"kpi-report/1\"");
    const tool_test::Run fail = run_tool("html " + broken + " -o " + out);
    CHECK(fail.exit_code == 1);
    CHECK(fail.output.find("invalid") != std::string::npos);
    CHECK(tool_test::read_all(out) == "previous");                 // untouched
    CHECK(!std::filesystem::exists(out + ".tmp"));
    const std::string esc_name = tool_test::temp_file("bad\x1b[31m.json", "{");
    const tool_test::Run esc = run_tool("html '" + esc_name + "'");
    CHECK(esc.exit_code == 1);
    CHECK(esc.output.find('\x1b') == std::string::npos);          // the name is shown escaped
    const tool_test::Run ok = run_tool("html " KPI_DATA_DIR "/sapporo.json -o " + out);
    CHECK(ok.exit_code == 0);
    CHECK(ok.output.empty());
    CHECK(tool_test::read_all(out) == run_tool("html " KPI_DATA_DIR "/sapporo.json").output);
    CHECK(!std::filesystem::exists(out + ".tmp"));
}

TEST_CASE("document: a hostile dataset's texts are escaped in the HTML and in the SVG, in every view") {
    // Every text field carries markup, quotes, an ampersand, a control character and a closing tag.
    // (A control character is refused by the loader itself: tests/unit/test_kpi_tool.cpp.)
    const std::string evil = "<script>alert(1)</script>\\\" onmouseover=\\\"x\\\" ' & </svg><img src=x onerror=alert(2)>";
    auto t = [&](const std::string& tag) { return "{\"ja\": \"" + tag + evil + "\", \"en\": \"" + tag + evil + "\"}"; };
    const std::string json = R"({"format": "kpi-report/1", "title": )" + t("T") + R"(, "publisher": )" + t("P") +
                             R"(, "source": {"title": )" + t("S") + R"(, "url": ""}, "as_of": "2026-11-29", "notes": [)" + t("N") +
                             R"(], "programs": [{"id": "g", "adopted_fy": 2022, "name": )" + t("G") + R"(, "funding": )" + t("F") +
                             R"(, "period": )" + t("D") + R"(, "notes": [)" + t("GN") +
                             R"(], "projects": [{"id": "p", "name": )" + t("PN") + R"(, "application": "joint", "partners": [)" + t("PA") +
                             R"(], "summary": )" + t("SU") + R"(, "kpi_scope": )" + t("KS") + R"(, "notes": [)" + t("PNO") +
                             R"(], "kpis": [{"no": 1, "name": )" + t("KN") + R"(, "unit": )" + t("U") +
                             R"(, "baseline": {"plan": 1, "actual": null}, "years": [{"fy": 2022, "plan": 10, "actual": 4}, {"fy": 2023, "plan": 10, "actual": null}], "notes": [)" +
                             t("KNO") + R"(]}]}]}]})";
    const kpi::LoadResult r = kpi::load_dataset(json);
    REQUIRE_MESSAGE(r.ok(), (r.error ? r.error->describe() : ""));
    kpi::ViewState plain, project, one, compare, overview, en;
    project.project = "p";
    one.project = "p";
    one.kpi = 1;
    compare.mode = kpi::ViewMode::Compare;
    en.lang = kpi::Lang::En;
    overview.filters.query = "<script>";
    kpi::DocumentOptions opt;
    opt.live_url = "https://x.example/?q=\"><script>";   // not usable: left out
    for (const kpi::ViewState* v : {&plain, &project, &one, &compare, &overview, &en}) {
        for (bool page : {true, false}) {
            opt.whole_page = page;
            const std::string html = kpi::render_document(*r.dataset, *v, opt);
            INFO(html.substr(0, 2000));
            CHECK(html.find("<script") == std::string::npos);
            CHECK(html.find("<img") == std::string::npos);
            CHECK(html.find("onmouseover=\"") == std::string::npos);
            // No element with an event attribute (attribute values are skipped whole: quotes inside are escaped).
            CHECK(tags(html, "<[a-zA-Z][a-zA-Z0-9-]*(\\s+[a-zA-Z:-]+(=\"[^\"]*\")?)*\\s+on[a-z]+=").empty());
            CHECK(html.find('\x01') == std::string::npos);
            CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x&quot; &#39; &amp; &lt;/svg&gt;") != std::string::npos);
            // The markup that is there is ours: as many <svg as </svg>.
            CHECK(tags(html, "<svg").size() == tags(html, "</svg>").size());
            CHECK(html.find("x.example") == std::string::npos);
        }
    }
    // The SVG alone (a download): its title, unit and legend escaped too.
    const kpi::Kpi& k = r.dataset->programs[0].projects[0].kpis[0];
    kpi::SvgChartOptions so;
    so.standalone = true;
    so.id_prefix = "a\"b<";
    const std::string svg = kpi::kpi_chart_svg(k, k.name.in("ja"), so);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("<img") == std::string::npos);
    CHECK(svg.find("a\"b<") == std::string::npos);
    CHECK(svg.find("（U&lt;script&gt;") != std::string::npos);   // the unit above the axis
}

TEST_CASE("document views: a project, one KPI, compare and filters show what the viewer shows") {
    const kpi::Dataset& d = sapporo();
    kpi::ViewState v;
    v.project = "smart-city";
    std::string html = kpi::render_document(d, v, {});
    check_heading_order(html, "project");
    CHECK(html.find("<h1>地域のデジタル改革によるスマートシティ推進事業</h1>") != std::string::npos);
    CHECK(tags(html, "<section class=\"kpi\"").size() == 3);
    CHECK(html.find("<p class=\"doc-title\">札幌市 地方創生関連交付金事業のKPI</p>") != std::string::npos);
    CHECK(html.find("未達成</strong>（計画まで あと 18,680件）") != std::string::npos);

    v.kpi = 2;
    html = kpi::render_document(d, v, {});
    check_heading_order(html, "one KPI");
    CHECK(tags(html, "<section class=\"kpi\"").size() == 1);
    CHECK(html.find("<h1>KPI② スマートシティアプリのダウンロード数</h1>") != std::string::npos);

    v.era = kpi::EraStyle::Western;
    html = kpi::render_document(d, v, {});
    CHECK(html.find(">2022</text>") != std::string::npos);   // the chart's years follow the era
    CHECK(html.find(">R4</text>") == std::string::npos);

    kpi::ViewState missing;
    missing.project = "no-such-project";
    CHECK(tags(kpi::render_document(d, missing, {}), "<section class=\"kpi\"").size() == 13);   // the overview

    kpi::ViewState filtered;
    filtered.filters.application = kpi::Application::Joint;
    html = kpi::render_document(d, filtered, {});
    check_heading_order(html, "filtered");
    CHECK(html.find("絞り込み条件") != std::string::npos);
    CHECK(html.find("2件の事業を表示中（全5件）") != std::string::npos);
    CHECK(html.find("id=\"project-uij-turn\"") != std::string::npos);
    CHECK(html.find("id=\"project-ishikari-lifestyle\"") != std::string::npos);
    CHECK(html.find("id=\"project-smart-city\"") == std::string::npos);

    kpi::ViewState cmp;
    cmp.mode = kpi::ViewMode::Compare;
    CHECK(kpi::default_compare_fy(d) == 2022);
    html = kpi::render_document(d, cmp, {});
    check_heading_order(html, "compare");
    CHECK(html.find("<h1>KPIごとの達成率</h1>") != std::string::npos);
    CHECK(tags(html, "<svg class=\"compare-bar\"").size() == 13);
    CHECK(html.find("<span>19%</span>") != std::string::npos);
    CHECK(html.find("— 目標なし") != std::string::npos);   // UIJ: no plan
    CHECK(html.find("— 期間外") != std::string::npos);      // shin-sapporo starts in 2023

    kpi::DocumentOptions frag;
    frag.whole_page = false;
    html = kpi::render_document(d, v, frag);
    CHECK(html.rfind("<article class=\"kpi-doc\" lang=\"ja\">", 0) == 0);
    CHECK(html.find("<style") == std::string::npos);
    CHECK(html.find("<html") == std::string::npos);
    CHECK(html.find("<main") == std::string::npos);   // the host page has its own
    CHECK(tags(kpi::render_document(d, v, {}), "<main>").size() == 1);
}

TEST_CASE("document: the live view's address, written out when absolute, and its QR code") {
    CHECK(kpi::usable_live_url("https://city.example/kpi/?project=a&kpi=2"));
    CHECK(kpi::usable_live_url("../index.html?data=sapporo"));
    CHECK_FALSE(kpi::usable_live_url("javascript:alert(1)"));
    CHECK_FALSE(kpi::usable_live_url("data:text/html,x"));
    CHECK_FALSE(kpi::usable_live_url("https://a b"));
    CHECK_FALSE(kpi::usable_live_url("https://a\"b"));
    CHECK_FALSE(kpi::usable_live_url(""));
    kpi::DocumentOptions o;
    o.live_url = "../index.html?data=sapporo&lang=en";
    std::string html = kpi::render_document(sapporo(), {}, o);
    CHECK(html.find("<a class=\"live\" href=\"../index.html?data=sapporo&amp;lang=en\">最新のデータと操作できるグラフを開く</a>") != std::string::npos);
    o.live_url = "https://city.example/kpi/";
    o.qr.size = 21;
    o.qr.dark.assign(21 * 21, false);
    o.qr.dark[0] = o.qr.dark[22] = true;
    html = kpi::render_document(sapporo(), {}, o);
    CHECK(html.find("<svg class=\"qr\"") != std::string::npos);
    CHECK(html.find("QRコードからも開けます。") != std::string::npos);
    CHECK(kpi::compare_years(sapporo()) == std::vector<int>{2019, 2020, 2021, 2022, 2023, 2024, 2025});
    CHECK(html.find("M4 4h1v1h-1zM5 5h1v1h-1z") != std::string::npos);
}

TEST_CASE("kpi-tool catalog lists the report pages that lie beside each dataset") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(tool_test::temp_path("site-data"));
    fs::create_directories(dir);
    fs::copy_file(KPI_DATA_DIR "/sapporo.json", dir / "sapporo.json", fs::copy_options::overwrite_existing);
    const std::string json = (dir / "sapporo.json").string();
    tool_test::Run r = run_tool("catalog " + json);
    REQUIRE(r.exit_code == 0);
    CHECK(r.output.find("\"report\"") == std::string::npos);
    REQUIRE(run_tool("html " + json + " -o " + (dir / "sapporo.html").string()).exit_code == 0);
    r = run_tool("catalog " + json);
    REQUIRE(r.exit_code == 0);
    CHECK(r.output.find("\"report\": {\n    \"ja\": \"sapporo.html\"\n   }") != std::string::npos);
}

TEST_CASE("kpi-tool html --lang easy: easy Japanese with readings as <ruby>, <html lang=\"ja\">, the city's texts as published") {
    const tool_test::Run r = run_tool("html " KPI_DATA_DIR "/sapporo.json --lang easy");
    REQUIRE(r.exit_code == 0);
    const std::string& html = r.output;
    CHECK(html.find("<html lang=\"ja\">") != std::string::npos);
    // What 未達成 means, with its reading (hidden from screen readers: they read the word once).
    CHECK(html.find("<dt class=\"status status-not-met\">みたっせい</dt><dd>みたっせい（<ruby>未達成<rt aria-hidden=\"true\">みたっせい</rt></ruby>）は") != std::string::npos);
    CHECK(html.find("<dt><ruby>期間<rt aria-hidden=\"true\">きかん</rt></ruby></dt>") != std::string::npos);   // a label of the facts
    CHECK(html.find("2022年度（令和4年度）") != std::string::npos);   // 西暦 first, the era after it
    // The outcomes' heading and counts (count formats) and the as-of date have their readings too.
    CHECK(html.find("<h2><ruby>事業<rt aria-hidden=\"true\">じぎょう</rt></ruby>ごとの けっか（5<ruby>個<rt aria-hidden=\"true\">こ</rt></ruby>の ") !=
          std::string::npos);
    CHECK(html.find("<ruby>月<rt aria-hidden=\"true\">がつ</rt></ruby>") != std::string::npos);
    CHECK(html.find("地域のデジタル改革によるスマートシティ推進事業") != std::string::npos);   // dataset text as published
    // No reading markup leaks (the stylesheet has braces: look at the body only).
    const std::string body = html.substr(html.find("<body>"));
    CHECK(body.find("{") == std::string::npos);
    CHECK(body.find("目標まで あと 1.90ポイント") != std::string::npos);
}
