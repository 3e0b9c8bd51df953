// Checks data/sapporo.json value by value against the source report
// (../shared/seeds/000_ecaba30364de66ae.txt). The expected table (sapporo_expected.h) was transcribed from the
// report itself, not from the JSON, so a slip in either shows up here. A value the report shows
// as "—" is `kNone` and must load as an empty optional: a null that became 0 fails.
#include <doctest/doctest.h>

#include "core/load.h"
#include "core/model.h"
#include "sapporo_expected.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#ifndef KPI_DATA_DIR
#error "KPI_DATA_DIR must be defined by the build as the absolute path of data/"
#endif

namespace {

using namespace sapporo_expected;

const kpi::Dataset& sapporo() {
    static const kpi::LoadResult result = kpi::load_dataset_file(KPI_DATA_DIR "/sapporo.json");
    if (!result.ok()) {
        FAIL("data/sapporo.json did not load: "
             << (result.error ? result.error->describe() : std::string("(no error given)")));
    }
    return *result.dataset;
}

std::string ja(const kpi::Text& t) {
    auto it = t.by_lang.find("ja");
    return it == t.by_lang.end() ? std::string() : it->second;
}

bool contains(const std::string& hay, const char* needle) {
    return hay.find(needle) != std::string::npos;
}

bool any_note_contains(const std::vector<kpi::Text>& notes, const char* needle) {
    for (const auto& n : notes)
        if (contains(ja(n), needle)) return true;
    return false;
}

// A missing value must load as missing, a number as that number (never one for the other).
void check_value(const Opt& got, const Opt& want, const std::string& what) {
    INFO(what);
    if (!want) {
        CHECK_MESSAGE(!got.has_value(), what << " must be null (— in the report), got " << got.value_or(0));
    } else {
        REQUIRE_MESSAGE(got.has_value(), what << " must be " << *want << ", got null");
        CHECK(*got == doctest::Approx(*want));
    }
}

const kpi::Project* find_project(const kpi::Dataset& d, const std::string& id) {
    for (const auto& prog : d.programs)
        for (const auto& p : prog.projects)
            if (p.id == id) return &p;
    return nullptr;
}

} // namespace

TEST_CASE("sapporo.json: header") {
    const kpi::Dataset& d = sapporo();
    CHECK(d.format == "kpi-report/1");
    CHECK(ja(d.title) == "札幌市 地方創生関連交付金事業のKPI");
    CHECK(ja(d.publisher) == "札幌市");
    CHECK(d.source.url.empty());  // unknown: must not be invented
    CHECK(d.as_of == "2026-11-29");
}

TEST_CASE("sapporo.json: programs, grant names and project placement") {
    const kpi::Dataset& d = sapporo();
    const auto& want = expected_programs();
    REQUIRE(d.programs.size() == want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        const kpi::Program& p = d.programs[i];
        INFO("program " << want[i].id);
        CHECK(p.id == want[i].id);
        CHECK(p.adopted_fy == want[i].adopted_fy);
        CHECK(ja(p.name) == want[i].name);
        REQUIRE(p.projects.size() == want[i].project_ids.size());
        for (size_t j = 0; j < p.projects.size(); ++j) CHECK(p.projects[j].id == want[i].project_ids[j]);
    }

    // Funding and period as printed in the report headings.
    CHECK(ja(d.programs[0].funding) == "1/2国費");
    CHECK(ja(d.programs[0].period) == "R1年度から3年間(一部は6年間)実施");
    CHECK(ja(d.programs[1].funding) == "1/2国費");
    CHECK(ja(d.programs[1].period) == "R2年度から3年間実施");
    CHECK(d.programs[2].funding.empty());
    CHECK(d.programs[2].period.empty());
    CHECK(ja(d.programs[3].funding) == "1/2国費");
    CHECK(ja(d.programs[3].period) == "R4年度から3年間実施");
    CHECK(ja(d.programs[4].funding) == "1/2国費");
    CHECK(ja(d.programs[4].period) == "R5年度※1");

    // FY2021: no new projects, shown with its note.
    CHECK(d.programs[2].projects.empty());
    CHECK(any_note_contains(d.programs[2].notes, "新規採択事業なし"));

    CHECK(d.project_count() == 5);
    CHECK(d.kpi_count() == 13);
}

TEST_CASE("sapporo.json: every KPI value matches the report") {
    const kpi::Dataset& d = sapporo();
    size_t kpis_seen = 0;
    for (const ExpProject& ep : expected_projects()) {
        INFO("project " << ep.id);
        const kpi::Project* p = find_project(d, ep.id);
        REQUIRE(p != nullptr);
        CHECK(ja(p->name) == ep.name);
        CHECK(p->application == ep.application);
        CHECK(p->partners.size() == ep.partners);
        if (ep.partners == 1) CHECK(ja(p->partners[0]) == "北海道");
        const kpi::Program* prog = d.program_of(ep.id);
        REQUIRE(prog != nullptr);
        CHECK(prog->id == ep.program_id);

        REQUIRE(p->kpis.size() == ep.kpis.size());
        for (size_t k = 0; k < ep.kpis.size(); ++k) {
            const ExpKpi& ek = ep.kpis[k];
            const kpi::Kpi& got = p->kpis[k];
            const std::string where = std::string(ep.id) + " KPI" + std::to_string(ek.no);
            INFO(where);
            ++kpis_seen;
            CHECK(got.no == ek.no);
            CHECK(ja(got.name) == ek.name);
            CHECK(ja(got.unit) == ek.unit);
            CHECK(got.decimals == ek.decimals);
            CHECK(got.direction == kpi::Direction::Increase);
            check_value(got.baseline_plan, ek.baseline_plan, where + " baseline plan");
            check_value(got.baseline_actual, ek.baseline_actual, where + " baseline actual");
            REQUIRE(got.years.size() == ek.years.size());
            for (size_t y = 0; y < ek.years.size(); ++y) {
                const std::string at = where + " FY" + std::to_string(ek.years[y].fy);
                CHECK_MESSAGE(got.years[y].fy == ek.years[y].fy, at);
                check_value(got.years[y].plan, ek.years[y].plan, at + " plan");
                check_value(got.years[y].actual, ek.years[y].actual, at + " actual");
            }
        }
    }
    CHECK(kpis_seen == 13);
}

TEST_CASE("sapporo.json: the values that are easy to get wrong") {
    const kpi::Dataset& d = sapporo();
    const kpi::Project* sc = find_project(d, "smart-city");
    REQUIRE(sc != nullptr);
    REQUIRE(sc->kpis.size() == 3);
    const kpi::Kpi& share = sc->kpis[2];
    CHECK(share.decimals == 2);
    REQUIRE(share.baseline_plan.has_value());
    CHECK(*share.baseline_plan == doctest::Approx(31.2));
    REQUIRE(share.years.size() == 3);
    REQUIRE(share.years[0].plan.has_value());
    CHECK(*share.years[0].plan == doctest::Approx(32.1));
    REQUIRE(share.years[0].actual.has_value());
    CHECK(*share.years[0].actual == doctest::Approx(30.2));
    REQUIRE(share.years[1].plan.has_value());
    CHECK(*share.years[1].plan == doctest::Approx(32.6));
    REQUIRE(share.years[2].plan.has_value());
    CHECK(*share.years[2].plan == doctest::Approx(33));
    CHECK_FALSE(share.years[1].actual.has_value());
    CHECK_FALSE(share.years[2].actual.has_value());

    // A real 0 stays 0 (plan 0 of digital-innovation KPI②, actual 0 of smart-city KPI① in R4)…
    const kpi::Project* di = find_project(d, "digital-innovation");
    REQUIRE(di != nullptr);
    REQUIRE(di->kpis.size() == 3);
    REQUIRE(di->kpis[1].years[0].plan.has_value());
    CHECK(*di->kpis[1].years[0].plan == 0);
    REQUIRE(sc->kpis[0].years[0].actual.has_value());
    CHECK(*sc->kpis[0].years[0].actual == 0);
    // …and a "—" stays missing (UIJ plans, all FY2023 project actuals).
    const kpi::Project* uij = find_project(d, "uij-turn");
    REQUIRE(uij != nullptr);
    for (const auto& k : uij->kpis)
        for (const auto& y : k.years) CHECK_FALSE(y.plan.has_value());
    const kpi::Project* ss = find_project(d, "shin-sapporo");
    REQUIRE(ss != nullptr);
    for (const auto& k : ss->kpis)
        for (const auto& y : k.years) CHECK_FALSE(y.actual.has_value());
}

TEST_CASE("sapporo.json: every ※ note of the report is present where it belongs") {
    const kpi::Dataset& d = sapporo();
    REQUIRE(d.programs.size() == 5);

    // Dataset level: the FY2022 change of grant system.
    CHECK(any_note_contains(d.notes, "R4年度制度変更により"));
    CHECK(any_note_contains(d.notes, "デジタル田園都市国家構想推進交付金"));

    // FY2021 program.
    CHECK(any_note_contains(d.programs[2].notes, "R3年度地方創生推進交付金については新規採択事業なし"));

    // FY2023 program: ※1 (period) and ※2 (KPI scope).
    CHECK(any_note_contains(d.programs[4].notes, "※1"));
    CHECK(any_note_contains(d.programs[4].notes, "事業期間としては3か年計画で申請している"));
    CHECK(any_note_contains(d.programs[4].notes, "※2"));
    CHECK(any_note_contains(d.programs[4].notes, "コアサービスの生活支援サービスに係る"));

    const kpi::Project* uij = find_project(d, "uij-turn");
    const kpi::Project* ishikari = find_project(d, "ishikari-lifestyle");
    const kpi::Project* ss = find_project(d, "shin-sapporo");
    REQUIRE(uij != nullptr);
    REQUIRE(ishikari != nullptr);
    REQUIRE(ss != nullptr);
    CHECK(any_note_contains(uij->notes, "R6年度まで6年間実施予定"));
    CHECK(any_note_contains(uij->notes, "札幌市の実績値のみ記載"));
    CHECK(any_note_contains(ishikari->notes, "札幌市の実績値のみ記載"));
    CHECK(ja(ss->kpi_scope) == "生活支援サービス※2");

    // The summaries keep their list items.
    CHECK(contains(ja(uij->summary), "①直近5年以上東京23区に在住"));
    CHECK(contains(ja(uij->summary), "②道のマッチングサイト"));
    CHECK(contains(ja(ishikari->summary), "④大学生等の地元理解の促進"));
    CHECK(contains(ja(find_project(d, "smart-city")->summary), "観光MaaS事業"));
}

TEST_CASE("sapporo.json: every text has Japanese and English") {
    const kpi::Dataset& d = sapporo();
    int texts = 0;
    auto check_text = [&](const kpi::Text& t, const std::string& where, bool optional) {
        if (optional && t.empty()) return;
        ++texts;
        INFO(where);
        auto jt = t.by_lang.find("ja");
        auto en = t.by_lang.find("en");
        CHECK_MESSAGE((jt != t.by_lang.end() && !jt->second.empty()), where << ": ja missing");
        CHECK_MESSAGE((en != t.by_lang.end() && !en->second.empty()), where << ": en missing");
    };
    auto check_all = [&](const std::vector<kpi::Text>& v, const std::string& where) {
        for (size_t i = 0; i < v.size(); ++i) check_text(v[i], where + "/" + std::to_string(i), false);
    };
    check_text(d.title, "/title", false);
    check_text(d.publisher, "/publisher", false);
    check_text(d.source.title, "/source/title", false);
    check_all(d.notes, "/notes");
    for (const auto& prog : d.programs) {
        const std::string pw = "program " + prog.id;
        check_text(prog.name, pw + " name", false);
        check_text(prog.funding, pw + " funding", true);
        check_text(prog.period, pw + " period", true);
        check_all(prog.notes, pw + " notes");
        for (const auto& p : prog.projects) {
            const std::string w = "project " + p.id;
            check_text(p.name, w + " name", false);
            check_text(p.summary, w + " summary", false);
            check_text(p.kpi_scope, w + " kpi_scope", true);
            check_all(p.partners, w + " partners");
            check_all(p.notes, w + " notes");
            for (const auto& k : p.kpis) {
                const std::string kw = w + " KPI" + std::to_string(k.no);
                check_text(k.name, kw + " name", false);
                check_text(k.unit, kw + " unit", false);
                check_all(k.notes, kw + " notes");
            }
        }
    }
    CHECK(texts > 50);
}
