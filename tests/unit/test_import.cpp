// The importer (src/core/import_report.h): the published report's text layout and the CSV of
// `kpi-tool csv`, their variants (CRLF, CP932, full width), and one test per kind of bad input;
// then its answer to publish mode (core/import_answer.h): what the importer found arrives
// unchanged, and an answer that is not the agreed shape is refused whole, never half-read.
#include "tool_runner.h"

#include <doctest/doctest.h>

#include "core/csv.h"
#include "core/import_answer.h"
#include "core/import_report.h"
#include "core/load.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iconv.h>
#include <iterator>
#include <string>
#include <sys/wait.h>

namespace {

using tool_test::read_all;

const std::string kSeed = std::string(KPI_TESTDATA_DIR) + "/import/sapporo_report.txt";
const std::string kSapporo = std::string(KPI_DATA_DIR) + "/sapporo.json";

kpi::ImportOptions sapporo_options() {
    kpi::ImportOptions o;
    o.publisher.by_lang["ja"] = "札幌市";
    o.as_of = "2026-11-29";
    return o;
}

std::string convert(const std::string& in, const char* to, const char* from) {
    iconv_t cd = iconv_open(to, from);
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string out(in.size() * 4 + 16, '\0');
    char* src = const_cast<char*>(in.data());
    size_t src_left = in.size();
    char* dst = out.data();
    size_t dst_left = out.size();
    const size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    iconv_close(cd);
    REQUIRE(r != static_cast<size_t>(-1));
    out.resize(out.size() - dst_left);
    return out;
}

std::string to_cp932(const std::string& utf8) { return convert(utf8, "CP932", "UTF-8"); }
std::string from_cp932(const std::string& sjis) { return convert(sjis, "UTF-8", "CP932"); }

// As the CLI does: detect, convert CP932, import.
kpi::ImportResult import_bytes(const std::string& bytes, const kpi::ImportOptions& opt = sapporo_options()) {
    const bool sjis = kpi::detect_text_encoding(bytes) == kpi::TextEncoding::Cp932;
    return kpi::import_report(sjis ? from_cp932(bytes) : bytes, opt);
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
    return s;
}

// ASCII letters and digits -> full width (Ｒ２, １２３), and the number cells' "," and "." too.
std::string full_width(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        const bool in_number = (c == ',' || c == '.') && i > 0 && i + 1 < s.size() && s[i - 1] >= '0' &&
                               s[i - 1] <= '9' && s[i + 1] >= '0' && s[i + 1] <= '9';
        if (alnum || in_number) {
            const unsigned cp = 0xFEE0 + static_cast<unsigned char>(c);
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += c;
        }
    }
    return out;
}

void check_texts(const kpi::Text& got, const kpi::Text& want, const std::string& where) {
    INFO(where);
    CHECK(got.in("ja") == want.in("ja"));
}

void check_notes(const std::vector<kpi::Text>& got, const std::vector<kpi::Text>& want, const std::string& where) {
    INFO(where);
    REQUIRE(got.size() == want.size());
    for (size_t i = 0; i < got.size(); ++i) check_texts(got[i], want[i], where + "/notes/" + std::to_string(i));
}

void check_number(std::optional<double> got, std::optional<double> want, const std::string& where) {
    INFO(where);
    REQUIRE(got.has_value() == want.has_value());
    if (want) CHECK(*got == doctest::Approx(*want));
}

// Every Japanese text and every number of `want`, ids and other languages aside.
void check_same_report(const kpi::Dataset& got, const kpi::Dataset& want) {
    check_texts(got.title, want.title, "title");
    check_texts(got.publisher, want.publisher, "publisher");
    CHECK(got.as_of == want.as_of);
    check_notes(got.notes, want.notes, "");
    REQUIRE(got.programs.size() == want.programs.size());
    for (size_t i = 0; i < want.programs.size(); ++i) {
        const auto &g = got.programs[i], &w = want.programs[i];
        const std::string at = "/programs/" + std::to_string(i);
        CHECK(g.adopted_fy == w.adopted_fy);
        check_texts(g.name, w.name, at + "/name");
        check_texts(g.funding, w.funding, at + "/funding");
        check_texts(g.period, w.period, at + "/period");
        check_notes(g.notes, w.notes, at);
        REQUIRE(g.projects.size() == w.projects.size());
        for (size_t j = 0; j < w.projects.size(); ++j) {
            const auto &gp = g.projects[j], &wp = w.projects[j];
            const std::string pat = at + "/projects/" + std::to_string(j);
            check_texts(gp.name, wp.name, pat + "/name");
            CHECK(gp.application == wp.application);
            REQUIRE(gp.partners.size() == wp.partners.size());
            for (size_t k = 0; k < wp.partners.size(); ++k) check_texts(gp.partners[k], wp.partners[k], pat + "/partners");
            check_texts(gp.summary, wp.summary, pat + "/summary");
            check_texts(gp.kpi_scope, wp.kpi_scope, pat + "/kpi_scope");
            check_notes(gp.notes, wp.notes, pat);
            REQUIRE(gp.kpis.size() == wp.kpis.size());
            for (size_t k = 0; k < wp.kpis.size(); ++k) {
                const auto &gk = gp.kpis[k], &wk = wp.kpis[k];
                const std::string kat = pat + "/kpis/" + std::to_string(k);
                CHECK(gk.no == wk.no);
                check_texts(gk.name, wk.name, kat + "/name");
                check_texts(gk.unit, wk.unit, kat + "/unit");
                CHECK(gk.decimals == wk.decimals);
                CHECK(gk.direction == wk.direction);
                check_number(gk.baseline_plan, wk.baseline_plan, kat + "/baseline/plan");
                check_number(gk.baseline_actual, wk.baseline_actual, kat + "/baseline/actual");
                check_notes(gk.notes, wk.notes, kat);
                REQUIRE(gk.years.size() == wk.years.size());
                for (size_t y = 0; y < wk.years.size(); ++y) {
                    const std::string yat = kat + "/years/" + std::to_string(y);
                    CHECK(gk.years[y].fy == wk.years[y].fy);
                    check_number(gk.years[y].plan, wk.years[y].plan, yat + "/plan");
                    check_number(gk.years[y].actual, wk.years[y].actual, yat + "/actual");
                }
            }
        }
    }
}

std::string error_text(const kpi::ImportResult& r) {
    std::string s;
    for (const auto& e : r.errors) s += e.describe("in.txt") + "\n";
    return s;
}

// A bad input fails, and one of its messages names `line` and holds `needle`.
void check_fails_at(const std::string& input, long line, const std::string& needle) {
    const kpi::ImportResult r = kpi::import_report(input, sapporo_options());
    INFO(error_text(r));
    CHECK_FALSE(r.ok());
    bool found = false;
    for (const auto& e : r.errors)
        if (e.line == line && e.message.find(needle) != std::string::npos) found = true;
    CHECK(found);
}

// A small report in the text layout; bad-input tests break one line of it.
const std::string kSmall =
    "R2年度地方創生推進交付金<1/2国費>【R2年度から3年間実施】\n"  // 1
    "○テスト事業<A町・B村と共同申請>\n"                            // 2
    "説明文。\n"                                                    // 3
    "【KPI】\n"                                                     // 4
    "KPI①\t指標A\n"                                                 // 5
    "KPI②\t指標B\n"                                                 // 6
    "\t当初値\tR2\tR3\t単位\n"                                      // 7
    "①計画\t—\t10\t20\t人\n"                                        // 8
    "①実績\t—\t5\t\t\n"                                             // 9
    "②計画\t－\t△5\t1,000.5\t件\n"                                  // 10
    "②実績\t-\t▲0.25\t―\n";                                         // 11

std::string with_line(const std::string& text, int line, const std::string& replacement) {
    std::string out;
    size_t pos = 0;
    for (int n = 1; pos < text.size(); ++n) {
        const size_t nl = text.find('\n', pos);
        out += n == line ? replacement : text.substr(pos, nl - pos);
        out += '\n';
        pos = nl + 1;
    }
    return out;
}

} // namespace

TEST_CASE("import: the seed report reproduces every Japanese text and number of data/sapporo.json") {
    const std::string seed = read_all(kSeed);
    REQUIRE(seed.size() > 1000);
    const kpi::ImportResult r = kpi::import_report(seed, sapporo_options());
    INFO(error_text(r));
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    const kpi::LoadResult want = kpi::load_dataset_file(kSapporo);
    REQUIRE(want.ok());
    check_same_report(*r.dataset, *want.dataset);
    // The output passes the loader as JSON, too.
    const kpi::LoadResult again = kpi::load_dataset(kpi::dataset_to_json(*r.dataset));
    REQUIRE(again.ok());
    check_same_report(*again.dataset, *want.dataset);
    // Generated ids follow the documented rule.
    CHECK(r.dataset->programs[0].id == "fy2019-suishin");
    CHECK(r.dataset->programs[4].id == "fy2023-digiden");
    CHECK(r.dataset->programs[0].projects[0].id.rfind("uij-", 0) == 0);
    CHECK(kpi::is_slug(r.dataset->programs[3].projects[0].id));
}

TEST_CASE("import: CRLF, CP932 and full-width variants of the seed give the same dataset") {
    const std::string seed = read_all(kSeed);
    const kpi::ImportResult plain = kpi::import_report(seed, sapporo_options());
    REQUIRE(plain.ok());
    const std::string expected = kpi::dataset_to_json(*plain.dataset);
    auto same = [&](const std::string& bytes) {
        const kpi::ImportResult r = import_bytes(bytes);
        INFO(error_text(r));
        REQUIRE(r.ok());
        CHECK(kpi::dataset_to_json(*r.dataset) == expected);
    };
    SUBCASE("CRLF") { same(replace_all(seed, "\n", "\r\n")); }
    SUBCASE("UTF-8 with BOM") { same("\xEF\xBB\xBF" + seed); }
    SUBCASE("CP932") {
        const std::string sjis = to_cp932(seed);
        CHECK(kpi::detect_text_encoding(sjis) == kpi::TextEncoding::Cp932);
        CHECK(std::string(kpi::encoding_label(kpi::TextEncoding::Cp932)) == "shift_jis");
        same(sjis);
    }
    SUBCASE("CP932 with CRLF") { same(to_cp932(replace_all(seed, "\n", "\r\n"))); }
    SUBCASE("full-width letters and digits") {
        const std::string wide = full_width(seed);
        REQUIRE(wide.find("Ｒ２") != std::string::npos);
        REQUIRE(wide.find("２３，０００") != std::string::npos);
        same(wide);
    }
    SUBCASE("a space inside every era year (R 4) and 令和 spelled out in the table header") {
        std::string s = replace_all(seed, "\tR", "\tR ");
        s = replace_all(s, "\tR 1\t", "\t令和元\t");
        same(s);
    }
}

TEST_CASE("import: csv -> import -> csv is byte-identical for sapporo (UTF-8 and CP932)") {
    const kpi::LoadResult d = kpi::load_dataset_file(kSapporo);
    REQUIRE(d.ok());
    const std::string csv = kpi::export_csv(*d.dataset, kpi::Lang::Ja);
    auto round_trip = [&](const std::string& bytes) {
        CHECK(kpi::detect_import_format(kpi::detect_text_encoding(bytes) == kpi::TextEncoding::Cp932 ? from_cp932(bytes)
                                                                                                     : bytes) ==
              kpi::ImportFormat::Csv);
        const kpi::ImportResult r = import_bytes(bytes);
        INFO(error_text(r));
        REQUIRE(r.ok());
        CHECK(kpi::export_csv(*r.dataset, kpi::Lang::Ja) == csv);
        // Today's columns carry no summary: it is set to the name, with a warning.
        CHECK(r.warnings.size() == 1);
        // The CSV has no row for FY2021 (no projects), so that grant is not in the result.
        CHECK(r.dataset->programs.size() == 4);
        CHECK(r.dataset->programs[2].projects[0].id == "smart-city");
    };
    SUBCASE("UTF-8 with BOM, as exported") { round_trip(csv); }
    SUBCASE("CP932, as Excel saves it") { round_trip(to_cp932(csv.substr(3))); }
    SUBCASE("LF line ends") { round_trip(replace_all(csv, "\r\n", "\n")); }
}

TEST_CASE("import: the extended CSV columns carry summary, partners, notes, scope and decimals") {
    const std::string csv =
        "交付金採択年度,交付金,交付金ID,財源,実施期間,交付金注記,事業ID,事業名,申請区分,共同申請先,事業概要,"
        "KPI見出し補足,事業注記,KPI番号,KPI,単位,小数桁数,方向,KPI注記,期間,年度,計画,実績\r\n"
        "2021,地方創生推進交付金,,,,※新規採択事業なし。,,,,,,,,,,,,,,,,,\r\n"
        "2022,地方創生推進交付金,,1/2国費,R4年度から3年間実施,,town,町の事業,共同申請,北海道・A町,\"一行目\n二行目\","
        "範囲※1,※注1,1,待機児童数,人,1,減少,※KPI注,当初値,,12,12\r\n"
        "2022,地方創生推進交付金,,1/2国費,R4年度から3年間実施,,town,町の事業,共同申請,北海道・A町,\"一行目\n二行目\","
        "範囲※1,※注1,1,待機児童数,人,1,減少,※KPI注,令和4年度,2022,10,△3\r\n";
    const kpi::ImportResult r = kpi::import_report(csv, sapporo_options());
    INFO(error_text(r));
    REQUIRE(r.ok());
    CHECK(r.warnings.empty());
    const kpi::Dataset& d = *r.dataset;
    REQUIRE(d.programs.size() == 2);
    CHECK(d.programs[0].projects.empty());
    REQUIRE(d.programs[0].notes.size() == 1);
    const kpi::Project& p = d.programs[1].projects[0];
    CHECK(d.programs[1].funding.in("ja") == "1/2国費");
    CHECK(p.id == "town");
    CHECK(p.application == kpi::Application::Joint);
    REQUIRE(p.partners.size() == 2);
    CHECK(p.partners[1].in("ja") == "A町");
    CHECK(p.summary.in("ja") == "一行目\n二行目");
    CHECK(p.kpi_scope.in("ja") == "範囲※1");
    REQUIRE(p.notes.size() == 1);
    const kpi::Kpi& k = p.kpis[0];
    CHECK(k.decimals == 1);
    CHECK(k.direction == kpi::Direction::Decrease);
    CHECK(k.notes.size() == 1);
    CHECK(*k.years[0].actual == -3);
}

TEST_CASE("import: 平成 and 元年, negatives, missing marks, decimals, several partners, notes") {
    const std::string text =
        "※報告全体の注記\n"
        "H30年度地方創生推進交付金<1/2国費>\n"
        "○平成の事業<A町・B村と共同申請>\n"
        "説明。\n"
        "【KPI】\n"
        "KPI①\t指標※1\n"
        "KPI②\t指標B\n"
        "※ KPI②だけの注記\n"
        "\t当初値\tH30\t令和元\tR2\t単位\n"
        "①計画\t—\t1\t2\t3\t人\n"
        "①実績\t△1\t▲2.5\t－\t―\n"
        "②計画\t‐\t-\t1,234\t31.20\t%\n"
        "②実績\t\t30.2\t-4\t\n"
        "※1 KPI①の注記\n"
        "※事業の注記\n"
        "令和元年度地方創生推進交付金\n"
        "※新規採択事業なし。\n";
    const kpi::ImportResult r = kpi::import_report(text, sapporo_options());
    INFO(error_text(r));
    REQUIRE(r.ok());
    const kpi::Dataset& d = *r.dataset;
    REQUIRE(d.notes.size() == 1);
    CHECK(d.programs[0].adopted_fy == 2018);
    CHECK(d.programs[1].adopted_fy == 2019);
    REQUIRE(d.programs[1].notes.size() == 1);
    const kpi::Project& p = d.programs[0].projects[0];
    REQUIRE(p.partners.size() == 2);
    CHECK(p.partners[0].in("ja") == "A町");
    CHECK(p.partners[1].in("ja") == "B村");
    REQUIRE(p.notes.size() == 1);
    CHECK(p.notes[0].in("ja") == "※事業の注記");
    const kpi::Kpi &k1 = p.kpis[0], &k2 = p.kpis[1];
    REQUIRE(k1.notes.size() == 1);
    CHECK(k1.notes[0].in("ja") == "※1 KPI①の注記");
    REQUIRE(k2.notes.size() == 1);
    CHECK(k2.notes[0].in("ja") == "※ KPI②だけの注記");
    REQUIRE(k1.years.size() == 3);
    CHECK(k1.years[0].fy == 2018);
    CHECK(k1.years[1].fy == 2019);
    CHECK(*k1.baseline_actual == -1);
    CHECK(*k1.years[0].actual == -2.5);
    CHECK_FALSE(k1.years[1].actual.has_value());
    CHECK_FALSE(k1.years[2].actual.has_value());   // a missing cell at the end of the row
    CHECK_FALSE(k2.baseline_plan.has_value());
    CHECK_FALSE(k2.baseline_actual.has_value());    // blank
    CHECK_FALSE(k2.years[0].plan.has_value());      // "-" alone is a missing value
    CHECK(*k2.years[1].plan == 1234);
    CHECK(*k2.years[1].actual == -4);               // "-4" is a negative number
    CHECK(*k2.years[0].actual == doctest::Approx(30.2));
    // Decimals are per KPI: the most printed in any of its cells (31.20 -> 2; 30.2 shows as 30.20).
    CHECK(k1.decimals == 1);
    CHECK(k2.decimals == 2);
    CHECK(k2.unit.in("ja") == "%");
}

TEST_CASE("import: an id map keeps links stable; report fields come from the options") {
    kpi::ImportOptions o = sapporo_options();
    const std::string err = kpi::parse_import_map(
        R"({"programs": {"fy2022-suishin": "suishin-2022"},
            "projects": {"地域のデジタル改革によるスマートシティ推進事業": "smart-city"},
            "report": {"title": "題名", "as_of": "2027-01-31", "notes": ["※全体"]}})",
        o);
    REQUIRE(err.empty());
    const kpi::ImportResult r = kpi::import_report(read_all(kSeed), o);
    INFO(error_text(r));
    REQUIRE(r.ok());
    CHECK(r.dataset->programs[3].id == "suishin-2022");
    CHECK(r.dataset->programs[3].projects[0].id == "smart-city");
    CHECK(r.dataset->title.in("ja") == "題名");
    CHECK(r.dataset->as_of == "2027-01-31");
    CHECK(r.dataset->notes.size() == 2);
    kpi::ImportOptions bad;
    CHECK_FALSE(kpi::parse_import_map(R"({"projects": {"x": "Not A Slug"}})", bad).empty());
    CHECK_FALSE(kpi::parse_import_map("[1,2]", bad).empty());
}

TEST_CASE("import: the small report imports (baseline of the bad-input tests)") {
    const kpi::ImportResult r = kpi::import_report(kSmall, sapporo_options());
    INFO(error_text(r));
    REQUIRE(r.ok());
    CHECK(*r.dataset->programs[0].projects[0].kpis[1].years[1].plan == 1000.5);
}

TEST_CASE("import: a row with the wrong number of columns") {
    check_fails_at(with_line(kSmall, 8, "①計画\t—\t10\t20\t30\t人"), 8, "expected 5 tab-separated cells");
}

TEST_CASE("import: years out of order") {
    check_fails_at(with_line(kSmall, 7, "\t当初値\tR3\tR2\t単位"), 7, "ascending order");
}

TEST_CASE("import: text where a number belongs") {
    check_fails_at(with_line(kSmall, 9, "①実績\t—\t五\t\t"), 9, "expected a number or — for 2020 in ①実績, found \"五\"");
}

TEST_CASE("import: an unknown era") {
    check_fails_at(with_line(kSmall, 1, "Q2年度地方創生推進交付金<1/2国費>"), 1, "expected an era R (令和)");
    check_fails_at(with_line(kSmall, 7, "\t当初値\tX2\tR3\t単位"), 7, "expected an era");
}

TEST_CASE("import: a duplicated KPI number") {
    check_fails_at(with_line(kSmall, 6, "KPI①\t指標B"), 6, "found KPI① again (first at line 5)");
}

TEST_CASE("import: a table with no unit") {
    check_fails_at(with_line(kSmall, 7, "\t当初値\tR2\tR3"), 7, "expected a 単位 (unit) column");
    check_fails_at(with_line(kSmall, 8, "①計画\t—\t10\t20\t"), 8, "expected the unit of KPI①");
}

TEST_CASE("import: a 実績 row without its 計画 row") {
    check_fails_at(with_line(kSmall, 8, ""), 9, "expected a ①計画 row before ①実績");
}

TEST_CASE("import: other bad text-layout inputs name their line") {
    check_fails_at(with_line(kSmall, 2, "○テスト事業"), 2, "expected <単独申請> or <…と共同申請>");
    check_fails_at(with_line(kSmall, 10, "③計画\t—\t1\t2\t件"), 10, "expected a row of a KPI listed above");
    check_fails_at(with_line(kSmall, 11, "②計画\t—\t1\t2\t件"), 11, "found a second");
    check_fails_at("題名\nこの行は何でもない\n" + kSmall, 2, "expected a grant line");
    // Every problem is reported, not only the first.
    std::string two = with_line(with_line(kSmall, 7, "\t当初値\tR3\tR2\t単位"), 9, "①実績\t—\tx\t\t");
    const kpi::ImportResult r = kpi::import_report(two, sapporo_options());
    CHECK(r.errors.size() >= 2);
}

TEST_CASE("import: bad CSV inputs name their line") {
    const kpi::LoadResult d = kpi::load_dataset_file(kSapporo);
    REQUIRE(d.ok());
    const std::string csv = kpi::export_csv(*d.dataset, kpi::Lang::Ja);
    // Record 3 is the first year row of uij-turn KPI 1. Its project notes (事業注記, one per line)
    // make each of its records two lines long, so that record starts on line 4 and the next on 6.
    auto line3 = [&](const std::string& from, const std::string& to) {
        const size_t a = csv.find("\r\n", csv.find("\r\n") + 2) + 2;
        const size_t b = csv.find("\r\n", a);
        std::string row = csv.substr(a, b - a);
        REQUIRE(row.find(from) != std::string::npos);
        return csv.substr(0, a) + replace_all(row, from, to) + csv.substr(b);
    };
    check_fails_at(line3(",2019,,0,", ",2019,,0,,"), 4, "expected 17 columns");
    check_fails_at(line3(",2019,,0,", ",2019,,abc,"), 4, "expected a number or an empty cell in 実績");
    check_fails_at(line3(",2019,,0,", ",2023,,0,"), 6, "ascending order");
    check_fails_at(line3(",人,", ",件,"), 4, "expected the same 単位 as on line 2");
    check_fails_at(line3("共同申請", "?"), 4, "expected 単独申請 or 共同申請");
    kpi::ImportResult en = kpi::import_report(kpi::export_csv(*d.dataset, kpi::Lang::En), sapporo_options());
    CHECK_FALSE(en.ok());
}

TEST_CASE("import: the publisher is required") {
    const kpi::ImportResult r = kpi::import_report(kSmall, kpi::ImportOptions{});
    CHECK_FALSE(r.ok());
    CHECK(error_text(r).find("publisher") != std::string::npos);
}

namespace {

using namespace tool_test;

} // namespace

TEST_CASE("kpi-tool import: JSON on stdout or -o, CP932 input, output passes validate") {
    const std::string out = temp_path("seed.json");
    std::filesystem::remove(out);
    const Run r = run_tool("import " + temp_file("seed-sjis.txt", to_cp932(read_all(kSeed))) +
                           " --publisher 札幌市 --as-of 2026-11-29 -o " + out);
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(r.output.empty());
    const Run v = run_tool("validate " + out);
    CHECK(v.exit_code == 0);
    const Run s = run_tool("import " + kSeed + " --publisher 札幌市 --as-of 2026-11-29");
    CHECK(s.exit_code == 0);
    CHECK(s.output == read_all(out));
    const std::string map = temp_file("map.json", R"({"report": {"publisher": "札幌市"}, "projects": {"UIJ ターン新規就業支援事業": "uij-turn"}})");
    const Run m = run_tool("import " + kSeed + " --ids " + map);
    CHECK(m.exit_code == 0);
    CHECK(m.output.find("\"id\": \"uij-turn\"") != std::string::npos);
}

TEST_CASE("kpi-tool import: bad input -> exit 1, FILE:LINE per problem, nothing written") {
    const std::string bad = temp_file("bad.txt", with_line(with_line(kSmall, 7, "\t当初値\tR3\tR2\t単位"), 9, "①実績\t—\tx\t\t"));
    const std::string out = temp_path("bad.json");
    std::filesystem::remove(out);
    const Run r = run_tool("import " + bad + " --publisher 市 -o " + out);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find(bad + ":7: expected fiscal years in ascending order") != std::string::npos);
    CHECK(r.output.find(bad + ":9: expected a number or —") != std::string::npos);
    CHECK(r.output.find("2 problems; nothing was written.") != std::string::npos);
    CHECK(r.output.find("問題が2件あります。何も書き出していません。") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));
    const Run nopub = run_tool("import " + kSeed);
    CHECK(nopub.exit_code == 1);
    CHECK(nopub.output.find("publisher") != std::string::npos);
}

TEST_CASE("import: encoding detection") {
    CHECK(kpi::detect_text_encoding("abc") == kpi::TextEncoding::Utf8);
    CHECK(kpi::detect_text_encoding("\xEF\xBB\xBF札幌") == kpi::TextEncoding::Utf8Bom);
    CHECK(kpi::detect_text_encoding("\x8E\x44\x96\x79") == kpi::TextEncoding::Cp932);  // 札幌 in CP932
    CHECK(std::string(kpi::encoding_label(kpi::TextEncoding::Utf8Bom)) == "utf-8");
}

TEST_CASE("an imported report has no English; the viewer's texts fall back to Japanese and it can tell") {
    kpi::Dataset d;
    d.title.by_lang["ja"] = "小樽市のKPI";
    d.publisher.by_lang["ja"] = "小樽市";
    CHECK(d.title.in("en") == "小樽市のKPI");
    CHECK(d.texts_missing(kpi::Lang::En) == 2);
    CHECK(d.texts_missing(kpi::Lang::Ja) == 0);
}

// ---- Issue 21: a value is only ever read from its own cell; the staff's path without traps -----

namespace {

// The small report with a three-year table (line 7 header, lines 8-11 rows).
const std::string kThreeYears =
    "R2年度地方創生推進交付金<1/2国費>\n"    // 1
    "○テスト事業<単独申請>\n"                 // 2
    "説明文。\n"                              // 3
    "【KPI】\n"                               // 4
    "KPI①\t指標A\n"                           // 5
    "KPI②\t指標B\n"                           // 6
    "\t当初値\tR2\tR3\tR4\t単位\n"            // 7
    "①計画\t—\t4\t9\t9\t件\n"                 // 8
    "①実績\t—\t2\t11\t16\t\n"                 // 9
    "②計画\t—\t10.0\t20.0\t30.0\t%\n"         // 10
    "②実績\t—\t5.5\t\t\t\n";                  // 11

const kpi::Kpi& kpi_of(const kpi::ImportResult& r, int i) { return r.dataset->programs[0].projects[0].kpis[i]; }

std::string warnings_text(const kpi::ImportResult& r) {
    std::string s;
    for (const auto& w : r.warnings) s += w.describe("in.txt") + "\n";
    return s;
}

} // namespace

TEST_CASE("import 21: the three-year report imports as written (baseline of the cases below)") {
    const kpi::ImportResult r = kpi::import_report(kThreeYears, sapporo_options());
    INFO(error_text(r));
    REQUIRE(r.ok());
    CHECK(*kpi_of(r, 0).years[1].actual == 11);
    CHECK(*kpi_of(r, 0).years[2].actual == 16);
    CHECK_FALSE(kpi_of(r, 1).years[2].actual.has_value());
}

TEST_CASE("import 21: a space inside a number cell is refused, never deleted (cells would merge)") {
    // 「2 11」 was read as 211 in R2 and moved 16 into R3.
    for (const char* cell : {"2 11", "2\xE3\x80\x80" "11", "2\xC2\xA0" "11", "1 2 3", "1,2 00"}) {
        INFO(cell);
        check_fails_at(with_line(kThreeYears, 9, std::string("①実績\t—\t") + cell + "\t16\t"), 9, "a space inside one cell");
    }
    // Spaces around a value are not inside it.
    const kpi::ImportResult r = kpi::import_report(with_line(kThreeYears, 9, "①実績\t —\t 2 \t11\xC2\xA0\t16\t"), sapporo_options());
    INFO(error_text(r));
    REQUIRE(r.ok());
    CHECK(*kpi_of(r, 0).years[1].actual == 11);
}

TEST_CASE("import 21: a row whose cell count differs from its header is refused with both counts") {
    // A cell lost in the middle of the row: 2, 16 would have become R2 and R3.
    check_fails_at(with_line(kThreeYears, 9, "①実績\t—\t2\t16"), 9, "expected 6 tab-separated cells as in the table header on line 7");
    check_fails_at(with_line(kThreeYears, 9, "①実績\t—\t2\t16"), 9, "found 4 in ①実績");
    // A 実績 row whose last years are empty and have no TABs left either: which years are empty cannot be known.
    check_fails_at(with_line(kThreeYears, 11, "②実績\t—\t5.5"), 11, "found 3 in ②実績");
    // A 計画 row needs its 単位 cell; a row with a cell too many is refused.
    check_fails_at(with_line(kThreeYears, 8, "①計画\t—\t4\t9\t9"), 8, "found 5 in ①計画");
    check_fails_at(with_line(kThreeYears, 8, "①計画\t—\t4\t9\t9\t9\t件"), 8, "found 7 in ①計画");
    // A 実績 row may leave out 単位 (5 cells), and empty cells after 単位 do not count.
    const kpi::ImportResult r = kpi::import_report(
        with_line(with_line(kThreeYears, 9, "①実績\t—\t2\t11\t16"), 8, "①計画\t—\t4\t9\t9\t件\t\t"), sapporo_options());
    INFO(error_text(r));
    CHECK(r.ok());
}

TEST_CASE("import 21: text after a number is read only when it is the KPI's unit, and said so") {
    const kpi::ImportResult r = kpi::import_report(
        with_line(with_line(kThreeYears, 9, "①実績\t—\t2件\t11\t16\t"), 11, "②実績\t—\t5.5%\t\t\t"), sapporo_options());
    INFO(error_text(r));
    REQUIRE(r.ok());
    CHECK(*kpi_of(r, 0).years[0].actual == 2);
    CHECK(*kpi_of(r, 1).years[0].actual == 5.5);
    const std::string w = warnings_text(r);
    CHECK(w.find("in.txt:9: read \"2件\" as the number before its unit \"件\"") != std::string::npos);
    CHECK(w.find("in.txt:11: read \"5.5%\"") != std::string::npos);
    // A different unit, or words, are refused.
    check_fails_at(with_line(kThreeYears, 9, "①実績\t—\t120人\t11\t16\t"), 9, "which is not the KPI's unit \"件\"");
    check_fails_at(with_line(kThreeYears, 9, "①実績\t—\t12a3\t11\t16\t"), 9, "expected a number or — for 2020");
}

TEST_CASE("import 21: 1.200 is refused as ambiguous unless the KPI's other values have three decimals") {
    check_fails_at(with_line(kThreeYears, 9, "①実績\t—\t1.200\t11\t16\t"), 9, "cannot be misread");
    const kpi::ImportResult r = kpi::import_report(
        with_line(with_line(kThreeYears, 8, "①計画\t—\t0.500\t1.000\t1.500\t件"), 9, "①実績\t—\t1.200\t0.980\t—\t"),
        sapporo_options());
    INFO(error_text(r));
    REQUIRE(r.ok());
    CHECK(*kpi_of(r, 0).years[0].actual == doctest::Approx(1.2));
    CHECK(kpi_of(r, 0).decimals == 3);
    // 0.125 and 1,200.5 are not ambiguous.
    const kpi::ImportResult ok = kpi::import_report(with_line(kThreeYears, 9, "①実績\t—\t0.125\t1,200.5\t16\t"), sapporo_options());
    INFO(error_text(ok));
    CHECK(ok.ok());
}

TEST_CASE("import 21: real-report layouts: title line, wrapped note, H31/R1, 令和　6, trailing no-break space") {
    const std::string text =
        "札幌市 地方創生関連交付金事業のKPI（令和6年度）\n"                         // 1: title
        "※この報告は、各事業のKPIの計画と実績を示すもので\n"                     // 2: a note ...
        "す。\n"                                                                  // 3: ... wrapped
        "H31年度地方創生推進交付金<1/2国費>\n"                                    // 4
        "○テスト事業<単独申請>\xC2\xA0\n"                                         // 5
        "説明文。\n"                                                              // 6
        "【KPI】\n"                                                               // 7
        "KPI①\t指標A\n"                                                           // 8
        "\t当初値\tH30\tH31/R1\t令和\xE3\x80\x80" "2\tR3\t単位\n"                 // 9
        "①計画\t—\t1\t2\t3\t4\t件\n"                                              // 10
        "①実績\t—\t1\t2\t3\t4\xC2\xA0\t\n";                                       // 11
    const kpi::ImportResult r = kpi::import_report(text, sapporo_options());
    INFO(error_text(r));
    REQUIRE(r.ok());
    const kpi::Dataset& d = *r.dataset;
    CHECK(d.title.in("ja") == "札幌市 地方創生関連交付金事業のKPI（令和6年度）");
    REQUIRE(d.notes.size() == 1);
    CHECK(d.notes[0].in("ja") == "※この報告は、各事業のKPIの計画と実績を示すものです。");
    const kpi::Kpi& k = d.programs[0].projects[0].kpis[0];
    REQUIRE(k.years.size() == 4);
    CHECK(k.years[1].fy == 2019);
    CHECK(k.years[2].fy == 2020);
    CHECK(*k.years[3].actual == 4);
    const std::string w = warnings_text(r);
    CHECK(w.find("in.txt:1: read") != std::string::npos);
    CHECK(w.find("in.txt:3: read as the rest of the note on line 2") != std::string::npos);
    // H31(R1) as well; two different years in one column are refused.
    CHECK(kpi::import_report(replace_all(text, "H31/R1", "H31(R1)"), sapporo_options()).ok());
    check_fails_at(replace_all(text, "H31/R1", "H30/R1"), 9, "are different years");
    // A --title wins over the title line.
    kpi::ImportOptions o = sapporo_options();
    o.title.by_lang["ja"] = "別の題名";
    CHECK(kpi::import_report(text, o).dataset->title.in("ja") == "別の題名");
}

TEST_CASE("import 21: what cannot be read for certain is explained: 目標値 column, spaces for TABs, JSON") {
    check_fails_at(with_line(kSmall, 7, "\t当初値\tR2\tR3\t目標値(R6)\t単位"), 7, "a target column is not read");
    check_fails_at(with_line(kSmall, 8, "①計画  —  10  20  人"), 8, "expected table cells separated by TABs");
    const kpi::ImportResult j = kpi::import_report(read_all(kSapporo), sapporo_options());
    CHECK_FALSE(j.ok());
    REQUIRE(j.errors.size() == 1);
    CHECK(j.errors[0].message.find("found JSON") != std::string::npos);
}

TEST_CASE("import 21: program ids do not depend on how the grant's name is spelled; no 当初値, no baseline") {
    const std::string spaced = with_line(kSmall, 1, "R2年度 地方創生\xE3\x80\x80推進交付金<1/2国費>");
    const kpi::ImportResult a = kpi::import_report(kSmall, sapporo_options());
    const kpi::ImportResult b = kpi::import_report(spaced, sapporo_options());
    INFO(error_text(b));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.dataset->programs[0].id == "fy2020-suishin");
    CHECK(b.dataset->programs[0].id == "fy2020-suishin");
    const std::string no_baseline = with_line(with_line(with_line(with_line(with_line(kSmall,
        7, "\tR2\tR3\t単位"), 8, "①計画\t10\t20\t人"), 9, "①実績\t5\t\t"), 10, "②計画\t△5\t1,000.5\t件"), 11, "②実績\t▲0.25\t―");
    const kpi::ImportResult c = kpi::import_report(no_baseline, sapporo_options());
    INFO(error_text(c));
    REQUIRE(c.ok());
    const std::string json = kpi::dataset_to_json(*c.dataset);
    CHECK(json.find("\"baseline\"") == std::string::npos);
    CHECK(kpi::dataset_to_json(*a.dataset).find("\"baseline\"") != std::string::npos);
    // The CSV of such a dataset has no 当初値 row, and reads back without a baseline.
    const std::string csv = kpi::export_csv(*c.dataset, kpi::Lang::Ja);
    CHECK(csv.find("当初値") == std::string::npos);
    const kpi::ImportResult back = kpi::import_report(csv, sapporo_options());
    INFO(error_text(back));
    REQUIRE(back.ok());
    CHECK_FALSE(back.dataset->programs[0].projects[0].kpis[0].has_baseline);
}

TEST_CASE("import 21: a problem the loader finds in text input points at its line, not a JSON pointer") {
    const kpi::ImportResult r = kpi::import_report(with_line(kSmall, 6, "KPI②\t指標\x1b[2JB"), sapporo_options());
    INFO(error_text(r));
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].line == 6);
    CHECK(r.errors[0].message.find("control characters") != std::string::npos);
    CHECK(r.errors[0].message.find("/programs") == std::string::npos);
}

TEST_CASE("import 21: CSV rows join their project by id, or by grant + name when the id is blank") {
    const kpi::LoadResult d = kpi::load_dataset_file(kSapporo);
    REQUIRE(d.ok());
    const std::string csv = kpi::export_csv(*d.dataset, kpi::Lang::Ja);
    const kpi::ImportResult plain = kpi::import_report(csv, sapporo_options());
    REQUIRE(plain.ok());
    // Blank the 事業ID of one year row of smart-city: same project, same numbers, same id.
    const size_t at = csv.find(",smart-city,", csv.find(",smart-city,", csv.find(",smart-city,") + 1) + 1);
    REQUIRE(at != std::string::npos);
    const std::string blank = csv.substr(0, at) + ",," + csv.substr(at + std::string(",smart-city,").size());
    const kpi::ImportResult r = kpi::import_report(blank, sapporo_options());
    INFO(error_text(r));
    REQUIRE(r.ok());
    CHECK(kpi::export_csv(*r.dataset, kpi::Lang::Ja) == kpi::export_csv(*plain.dataset, kpi::Lang::Ja));
    CHECK(r.dataset->project_count() == plain.dataset->project_count());
    // The same with every id blank: one project per grant + name.
    const kpi::ImportResult none = kpi::import_report(replace_all(csv, ",smart-city,", ",,"), sapporo_options());
    INFO(error_text(none));
    REQUIRE(none.ok());
    CHECK(none.dataset->project_count() == plain.dataset->project_count());
}

TEST_CASE("import 21: CSV rows of one project that disagree are refused, naming both lines") {
    const std::string head = "交付金採択年度,交付金,事業ID,事業名,申請区分,共同申請先,KPI番号,KPI,単位,年度,計画,実績\n";
    const std::string row1 = "2022,地方創生推進交付金,town,町の事業,共同申請,北海道,1,指標,人,2022,10,5\n";
    check_fails_at(head + row1 + "2022,地方創生推進交付金,town,町の事業,単独申請,北海道,1,指標,人,2023,10,5\n", 3,
                   "expected the same 申請区分 as on line 2");
    check_fails_at(head + row1 + "2022,地方創生推進交付金,town,町の事業,共同申請,A町,1,指標,人,2023,10,5\n", 3,
                   "expected the same 共同申請先 as on line 2");
    check_fails_at(head + row1 + "2022,地方創生推進交付金,town,町の事業,共同申請,北海道,1,指標,件,2023,10,5\n", 3,
                   "expected the same 単位 as on line 2");
    check_fails_at(head + row1 + "2022,地方創生推進交付金,,町の事業,単独申請,北海道,1,指標,人,2023,10,5\n", 3,
                   "expected the same 申請区分 as on line 2");
    check_fails_at(head + row1 + "2022,地方創生推進交付金,other,町の事業,共同申請,北海道,1,指標,人,2023,10,5\n", 3,
                   "expected one 事業ID for the project");
    // Spaces in a CSV number cell, Excel's empty rows at the end.
    check_fails_at(head + "2022,地方創生推進交付金,town,町の事業,共同申請,北海道,1,指標,人,2022,2 11,5\n", 2,
                   "a space inside one cell");
    const kpi::ImportResult r = kpi::import_report(head + row1 + ",,,,,,,,,,,\r\n,,,,,,,,,,,\r\n", sapporo_options());
    INFO(error_text(r));
    CHECK(r.ok());
}

TEST_CASE("import answer: the seed report's dataset arrives as the JSON the importer wrote") {
    const kpi::ImportResult r = kpi::import_report(read_all(kSeed), sapporo_options());
    REQUIRE(r.ok());
    const kpi::ImportAnswer a = kpi::parse_import_answer(kpi::import_answer_json(r));
    CHECK(a.malformed.empty());
    REQUIRE(a.dataset_json.has_value());
    CHECK(*a.dataset_json == kpi::dataset_to_json(*r.dataset));
    CHECK(a.errors.empty());
    const kpi::LoadResult loaded = kpi::load_dataset(*a.dataset_json);
    REQUIRE(loaded.ok());
    CHECK(loaded.dataset->project_count() == r.dataset->project_count());
    CHECK(loaded.dataset->kpi_count() == r.dataset->kpi_count());
}

TEST_CASE("import answer: every error keeps its line and message, in order") {
    std::string report = read_all(kSeed);
    report += "\nこの行は表の形ではありません\t1\t2\n";
    const kpi::ImportResult r = kpi::import_report(report, kpi::ImportOptions{});   // no publisher, a stray line
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors.size() >= 1);
    const kpi::ImportAnswer a = kpi::parse_import_answer(kpi::import_answer_json(r));
    CHECK(a.malformed.empty());
    CHECK_FALSE(a.dataset_json.has_value());
    REQUIRE(a.errors.size() == r.errors.size());
    for (size_t i = 0; i < r.errors.size(); ++i) {
        CHECK(a.errors[i].line == r.errors[i].line);
        CHECK(a.errors[i].message == r.errors[i].message);
        CHECK(a.errors[i].describe("f.txt") == r.errors[i].describe("f.txt"));
    }
    REQUIRE(a.warnings.size() == r.warnings.size());
}

TEST_CASE("import answer: a malformed answer is refused whole, saying where") {
    struct Case { const char* answer; const char* says; };
    const Case cases[] = {
        {"", "not JSON"},
        {"{\"dataset\": null, \"errors\": [{\"line\": 3, \"message\": \"x\"}]", "not JSON"},   // cut short
        {"[]", "expected an object"},
        {"{\"errors\": [], \"warnings\": []}", "/dataset"},
        {"{\"dataset\": 5, \"errors\": [], \"warnings\": []}", "/dataset"},
        {"{\"dataset\": null, \"warnings\": []}", "/errors: expected an array"},
        {"{\"dataset\": null, \"errors\": [{\"line\": 1, \"message\": \"a\"}, {\"line\": -2, \"message\": \"b\"}], \"warnings\": []}", "/errors/1"},
        {"{\"dataset\": null, \"errors\": [{\"line\": 1}], \"warnings\": []}", "/errors/0"},
        {"{\"dataset\": null, \"errors\": [{\"line\": 1, \"message\": \"a\"}], \"warnings\": [3]}", "/warnings/0"},
        {"{\"dataset\": \"{}\", \"errors\": [{\"line\": 1, \"message\": \"a\"}], \"warnings\": []}", "a dataset and errors"},
        {"{\"dataset\": null, \"errors\": [], \"warnings\": []}", "neither"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.answer);
        const kpi::ImportAnswer a = kpi::parse_import_answer(c.answer);
        CHECK(a.malformed.find(c.says) != std::string::npos);
        CHECK_FALSE(a.dataset_json.has_value());
        CHECK(a.errors.empty());
        CHECK(a.warnings.empty());
    }
}
