#include <doctest/doctest.h>

#include "core/query.h"
#include "query_one_off.h"

#include <string>
#include <vector>

using kpi::Application;
using kpi::Dataset;
using kpi::Filters;
using kpi::Kpi;
using kpi::Program;
using kpi::Project;
using kpi::Status;
using kpi::Text;
using kpi::YearValue;

namespace {

Text ja(const char* s) { return Text{{{"ja", s}}}; }
Text ja_en(const char* j, const char* e) { return Text{{{"ja", j}, {"en", e}}}; }

Kpi make_kpi(int no, Text name, Text unit, std::vector<YearValue> years) {
    Kpi k;
    k.no = no;
    k.name = std::move(name);
    k.unit = std::move(unit);
    k.years = std::move(years);
    return k;
}

// Four projects in three programs (file order 2019, 2021 with no projects, 2020).
//   p1 2019 single  KPIs: 人 Met, 億円 NotMet, 人 Met
//   p2 2019 joint   KPIs: 人 NoActual
//   p3 2020 single  KPIs: 人 Met, 件 NoTarget (actual without plan); summary has English
//   p4 2020 joint   KPIs: 人 Met, 回 NoTarget (no years); half-width name in the data
Dataset sample() {
    Dataset d;
    d.format = "kpi-report/1";
    d.title = ja("地方創生関係交付金事業のKPI");

    Program a;
    a.id = "r1";
    a.adopted_fy = 2019;
    a.name = ja_en("地方創生推進交付金", "Regional Revitalization Promotion Grant");
    {
        Project p;
        p.id = "p1";
        p.name = ja("スマート農業推進事業");
        p.application = Application::Single;
        p.summary = ja("ＩｏＴを活用したデータ連携");
        p.kpis.push_back(make_kpi(1, ja("新規就農者数"), ja("人"), {{2019, 10.0, 12.0}}));
        p.kpis.push_back(make_kpi(2, ja("農業産出額"), ja("億円"), {{2019, 100.0, 80.0}}));
        // A second KPI in 人: the project still counts once for that unit.
        p.kpis.push_back(make_kpi(3, ja("新規雇用者数"), ja("人"), {{2019, 3.0, 4.0}}));
        a.projects.push_back(std::move(p));
    }
    {
        Project p;
        p.id = "p2";
        p.name = ja("観光ＤＸ事業");
        p.application = Application::Joint;
        p.partners.push_back(ja("北海道"));
        p.summary = ja("観光客の回遊促進");
        p.kpis.push_back(
            make_kpi(1, ja("観光客数"), ja("人"), {{2019, 1000.0, std::nullopt}}));
        a.projects.push_back(std::move(p));
    }

    Program c;
    c.id = "r3";
    c.adopted_fy = 2021;
    c.name = ja("地方創生推進交付金");
    c.notes.push_back(ja("新規採択事業なし"));

    Program b;
    b.id = "r2";
    b.adopted_fy = 2020;
    b.name = ja("地方創生拠点整備交付金");
    {
        Project p;
        p.id = "p3";
        p.name = ja("移住定住促進事業");
        p.application = Application::Single;
        p.summary = ja_en("移住相談窓口の設置", "Setting up a relocation help desk");
        p.kpi_scope = ja("（移住関連）");
        p.kpis.push_back(make_kpi(1, ja("移住者数"), ja("人"), {{2020, 5.0, 5.0}}));
        p.kpis.push_back(make_kpi(2, ja("相談件数"), ja("件"), {{2020, std::nullopt, 3.0}}));
        b.projects.push_back(std::move(p));
    }
    {
        Project p;
        p.id = "p4";
        p.name = ja("デジタル人材育成");
        p.application = Application::Joint;
        p.partners.push_back(ja_en("札幌市", "City of Sapporo"));
        p.summary = ja("講座の開催");
        p.kpis.push_back(make_kpi(1, ja("講座受講者数"), ja_en("人", "people"),
                                  {{2020, 30.0, 40.0}}));
        p.kpis.push_back(make_kpi(2, ja("ｾﾐﾅｰ開催回数"), ja("回"), {}));
        b.projects.push_back(std::move(p));
    }

    d.programs.push_back(std::move(a));
    d.programs.push_back(std::move(c));
    d.programs.push_back(std::move(b));
    return d;
}

std::vector<std::string> ids(const std::vector<const Project*>& ps) {
    std::vector<std::string> out;
    for (const Project* p : ps) out.push_back(p->id);
    return out;
}

std::vector<std::string> visible_ids(const Dataset& d, const Filters& f) {
    return ids(kpi::visible_projects(d, f));
}

Filters query(const char* q) {
    Filters f;
    f.query = q;
    return f;
}

} // namespace

TEST_CASE("sample dataset has the statuses the tests rely on") {
    const Dataset d = sample();
    REQUIRE(d.programs.size() == 3);
    const auto& p1 = d.programs[0].projects[0];
    const auto& p3 = d.programs[2].projects[0];
    const auto& p4 = d.programs[2].projects[1];
    CHECK(kpi::headline_status(p1.kpis[0]) == Status::Met);
    CHECK(kpi::headline_status(p1.kpis[1]) == Status::NotMet);
    CHECK(kpi::headline_status(d.programs[0].projects[1].kpis[0]) == Status::NoActual);
    CHECK(kpi::headline_status(p3.kpis[1]) == Status::NoTarget);
    CHECK(kpi::headline_status(p4.kpis[1]) == Status::NoTarget);
}

TEST_CASE("Filters::empty and equality") {
    Filters f;
    CHECK(f.empty());
    CHECK(f == Filters{});

    Filters g;
    g.adopted_fy = 2019;
    CHECK_FALSE(g.empty());
    CHECK_FALSE(g == f);
    Filters g2;
    g2.adopted_fy = 2020;
    CHECK_FALSE(g == g2);
    g2.adopted_fy = 2019;
    CHECK(g == g2);

    Filters h;
    h.application = Application::Joint;
    CHECK_FALSE(h.empty());
    CHECK_FALSE(h == f);

    Filters s;
    s.status = Status::NoTarget;
    CHECK_FALSE(s.empty());
    CHECK_FALSE(s == f);

    Filters u;
    u.unit = "人";
    CHECK_FALSE(u.empty());
    CHECK_FALSE(u == f);

    const Filters q = query("kpi");
    CHECK_FALSE(q.empty());
    CHECK_FALSE(q == f);
    CHECK(q == query("kpi"));
    CHECK_FALSE(q == query("KPI"));
}

TEST_CASE("no filters: every project, in file order") {
    const Dataset d = sample();
    CHECK(visible_ids(d, {}) == std::vector<std::string>{"p1", "p2", "p3", "p4"});
    CHECK(query_test::count_visible(d, {}) == 4);
    const auto vis = kpi::visible_projects(d, {});
    REQUIRE(vis.size() == 4);
    CHECK(vis[0] == &d.programs[0].projects[0]);   // pointers into the dataset
    CHECK(vis[3] == &d.programs[2].projects[1]);
}

TEST_CASE("project_matches, facet by facet") {
    const Dataset d = sample();
    const Program& a = d.programs[0];
    const Program& b = d.programs[2];
    const Project& p1 = a.projects[0];
    const Project& p2 = a.projects[1];
    const Project& p3 = b.projects[0];

    CHECK(kpi::project_matches(a, p1, {}));

    Filters f;
    f.adopted_fy = 2019;
    CHECK(kpi::project_matches(a, p1, f));
    CHECK_FALSE(kpi::project_matches(b, p3, f));

    Filters g;
    g.application = Application::Joint;
    CHECK(kpi::project_matches(a, p2, g));
    CHECK_FALSE(kpi::project_matches(a, p1, g));

    Filters s;
    s.status = Status::NotMet;
    CHECK(kpi::project_matches(a, p1, s));   // any KPI: p1 has one Met and one NotMet
    CHECK_FALSE(kpi::project_matches(b, p3, s));
    s.status = Status::Met;
    CHECK(kpi::project_matches(a, p1, s));
    CHECK_FALSE(kpi::project_matches(a, p2, s));

    Filters u;
    u.unit = "件";
    CHECK(kpi::project_matches(b, p3, u));
    CHECK_FALSE(kpi::project_matches(a, p1, u));
}

TEST_CASE("single facets") {
    const Dataset d = sample();
    Filters f;

    SUBCASE("adoption year") {
        f.adopted_fy = 2020;
        CHECK(visible_ids(d, f) == std::vector<std::string>{"p3", "p4"});
        f.adopted_fy = 2021;   // program without projects
        CHECK(query_test::count_visible(d, f) == 0);
        CHECK(kpi::visible_projects(d, f).empty());
        f.adopted_fy = 1999;   // no such program
        CHECK(query_test::count_visible(d, f) == 0);
    }
    SUBCASE("application") {
        f.application = Application::Single;
        CHECK(visible_ids(d, f) == std::vector<std::string>{"p1", "p3"});
        f.application = Application::Joint;
        CHECK(visible_ids(d, f) == std::vector<std::string>{"p2", "p4"});
    }
    SUBCASE("status: any KPI's headline status") {
        f.status = Status::Met;
        CHECK(visible_ids(d, f) == std::vector<std::string>{"p1", "p3", "p4"});
        f.status = Status::NotMet;
        CHECK(visible_ids(d, f) == std::vector<std::string>{"p1"});
        f.status = Status::NoActual;
        CHECK(visible_ids(d, f) == std::vector<std::string>{"p2"});
        f.status = Status::NoTarget;
        CHECK(visible_ids(d, f) == std::vector<std::string>{"p3", "p4"});
    }
    SUBCASE("unit by its Japanese text") {
        f.unit = "人";
        CHECK(query_test::count_visible(d, f) == 4);
        f.unit = "億円";
        CHECK(visible_ids(d, f) == std::vector<std::string>{"p1"});
        f.unit = "回";
        CHECK(visible_ids(d, f) == std::vector<std::string>{"p4"});
        f.unit = "people";   // English unit text is not a unit filter value
        CHECK(query_test::count_visible(d, f) == 0);
        f.unit = "ｹﾝ";
        CHECK(query_test::count_visible(d, f) == 0);
    }
}

TEST_CASE("facets combine") {
    const Dataset d = sample();
    Filters f;
    f.adopted_fy = 2019;
    f.application = Application::Joint;
    CHECK(visible_ids(d, f) == std::vector<std::string>{"p2"});
    f.status = Status::Met;
    CHECK(query_test::count_visible(d, f) == 0);

    Filters g;
    g.status = Status::NoTarget;
    g.unit = "件";
    CHECK(visible_ids(d, g) == std::vector<std::string>{"p3"});
    g.query = "移住";
    CHECK(visible_ids(d, g) == std::vector<std::string>{"p3"});
    g.query = "講座";
    CHECK(query_test::count_visible(d, g) == 0);
}

TEST_CASE("free-text search") {
    const Dataset d = sample();

    SUBCASE("width and kana variants") {
        CHECK(visible_ids(d, query("ｽﾏｰﾄ")) == std::vector<std::string>{"p1"});
        CHECK(visible_ids(d, query("すまーと")) == std::vector<std::string>{"p1"});
        CHECK(visible_ids(d, query("スマート")) == std::vector<std::string>{"p1"});
        CHECK(visible_ids(d, query("iot")) == std::vector<std::string>{"p1"});     // ＩｏＴ
        CHECK(visible_ids(d, query("IOT")) == std::vector<std::string>{"p1"});
        CHECK(visible_ids(d, query("ｄｘ")) == std::vector<std::string>{"p2"});    // ＤＸ
        CHECK(visible_ids(d, query("でーた")) == std::vector<std::string>{"p1"});  // データ
        CHECK(visible_ids(d, query("セミナー")) == std::vector<std::string>{"p4"}); // ｾﾐﾅｰ
        CHECK(visible_ids(d, query("せみなー")) == std::vector<std::string>{"p4"});
    }
    SUBCASE("every word must occur") {
        CHECK(visible_ids(d, query("すまーと 農業")) == std::vector<std::string>{"p1"});
        CHECK(visible_ids(d, query("　農業　ｽﾏｰﾄ　")) == std::vector<std::string>{"p1"});
        CHECK(query_test::count_visible(d, query("すまーと 観光")) == 0);
        CHECK(query_test::count_visible(d, query("ｽﾏｰﾄ 北海道")) == 0);
        CHECK(visible_ids(d, query("事業")) == std::vector<std::string>{"p1", "p2", "p3"});
    }
    SUBCASE("fields searched") {
        CHECK(visible_ids(d, query("回遊")) == std::vector<std::string>{"p2"});     // summary
        CHECK(visible_ids(d, query("就農")) == std::vector<std::string>{"p1"});     // KPI name
        CHECK(visible_ids(d, query("移住関連")) == std::vector<std::string>{"p3"}); // kpi_scope
        CHECK(visible_ids(d, query("北海道")) == std::vector<std::string>{"p2"});   // partner
        CHECK(visible_ids(d, query("拠点整備")) == std::vector<std::string>{"p3", "p4"}); // program
        CHECK(query_test::count_visible(d, query("交付金")) == 4);
        CHECK(query_test::count_visible(d, query("人")) == 1);   // units are not searched; 人材 is p4
        CHECK(query_test::count_visible(d, query("新規採択")) == 0);   // program notes are not searched
    }
    SUBCASE("texts in other languages are searched too") {
        CHECK(visible_ids(d, query("relocation")) == std::vector<std::string>{"p3"});
        CHECK(visible_ids(d, query("RELOCATION help")) == std::vector<std::string>{"p3"});
        CHECK(visible_ids(d, query("sapporo")) == std::vector<std::string>{"p4"});
        CHECK(visible_ids(d, query("札幌")) == std::vector<std::string>{"p4"});
        CHECK(visible_ids(d, query("promotion grant")) == std::vector<std::string>{"p1", "p2"});
    }
    SUBCASE("no match, and words never span two fields") {
        CHECK(query_test::count_visible(d, query("存在しない語")) == 0);
        CHECK(kpi::visible_projects(d, query("nonexistent")).empty());
        // p2: name 観光ＤＸ事業, summary 観光客…: "事業観光" would only match across the join.
        CHECK(query_test::count_visible(d, query("事業観光")) == 0);
        CHECK(query_test::count_visible(d, query("観光dx事業")) == 1);
    }
    SUBCASE("a blank query constrains nothing") {
        CHECK(query_test::count_visible(d, query("")) == 4);
        CHECK(query_test::count_visible(d, query(" \u3000\t")) == 4);
    }
}

TEST_CASE("facet counts with no filters") {
    const Dataset d = sample();
    const Filters f;

    const auto fy = query_test::fy_choices(d, f);
    REQUIRE(fy.size() == 3);
    CHECK(fy[0].fy == 2019);
    CHECK(fy[0].count == 2);
    CHECK(fy[1].fy == 2020);   // ascending although the file lists 2021 before 2020
    CHECK(fy[1].count == 2);
    CHECK(fy[2].fy == 2021);   // a program with no projects is still a choice
    CHECK(fy[2].count == 0);

    const auto app = query_test::app_choices(d, f);
    REQUIRE(app.size() == 2);
    CHECK(app[0].app == Application::Single);
    CHECK(app[0].count == 2);
    CHECK(app[1].app == Application::Joint);
    CHECK(app[1].count == 2);

    const auto st = query_test::status_choices(d, f);
    REQUIRE(st.size() == 4);
    CHECK(st[0].status == Status::Met);
    CHECK(st[0].count == 3);
    CHECK(st[1].status == Status::NotMet);
    CHECK(st[1].count == 1);
    CHECK(st[2].status == Status::NoActual);
    CHECK(st[2].count == 1);
    CHECK(st[3].status == Status::NoTarget);
    CHECK(st[3].count == 2);

    const auto un = query_test::unit_choices(d, f);
    REQUIRE(un.size() == 4);
    CHECK(un[0].unit_ja == "人");
    CHECK(un[0].count == 4);
    CHECK(un[0].unit == &d.programs[0].projects[0].kpis[0].unit);   // the first KPI's Text
    CHECK(un[1].unit_ja == "億円");
    CHECK(un[1].count == 1);
    CHECK(un[1].unit == &d.programs[0].projects[0].kpis[1].unit);
    CHECK(un[2].unit_ja == "件");
    CHECK(un[2].count == 1);
    CHECK(un[2].unit == &d.programs[2].projects[0].kpis[1].unit);
    CHECK(un[3].unit_ja == "回");
    CHECK(un[3].count == 1);
    CHECK(un[3].unit == &d.programs[2].projects[1].kpis[1].unit);
}

TEST_CASE("facet counts leave their own facet out and apply the others") {
    const Dataset d = sample();

    SUBCASE("status = Met") {
        Filters f;
        f.status = Status::Met;
        const auto fy = query_test::fy_choices(d, f);
        REQUIRE(fy.size() == 3);
        CHECK(fy[0].count == 1);   // p1
        CHECK(fy[1].count == 2);   // p3, p4
        CHECK(fy[2].count == 0);
        const auto app = query_test::app_choices(d, f);
        REQUIRE(app.size() == 2);
        CHECK(app[0].count == 2);  // p1, p3
        CHECK(app[1].count == 1);  // p4
        const auto st = query_test::status_choices(d, f);   // unchanged by its own facet
        REQUIRE(st.size() == 4);
        CHECK(st[0].count == 3);
        CHECK(st[1].count == 1);
        CHECK(st[2].count == 1);
        CHECK(st[3].count == 2);
        const auto un = query_test::unit_choices(d, f);
        REQUIRE(un.size() == 4);
        CHECK(un[0].count == 3);   // 人: p1, p3, p4 (p2 has no Met KPI)
        CHECK(un[1].count == 1);
        CHECK(un[2].count == 1);
        CHECK(un[3].count == 1);
    }
    SUBCASE("adoption year = 2020") {
        Filters f;
        f.adopted_fy = 2020;
        const auto fy = query_test::fy_choices(d, f);
        REQUIRE(fy.size() == 3);
        CHECK(fy[0].count == 2);
        CHECK(fy[1].count == 2);
        CHECK(fy[2].count == 0);
        const auto app = query_test::app_choices(d, f);
        CHECK(app[0].count == 1);
        CHECK(app[1].count == 1);
        const auto st = query_test::status_choices(d, f);
        REQUIRE(st.size() == 4);
        CHECK(st[0].count == 2);
        CHECK(st[1].count == 0);   // zero counts are still listed
        CHECK(st[2].count == 0);
        CHECK(st[3].count == 2);
        const auto un = query_test::unit_choices(d, f);
        REQUIRE(un.size() == 4);   // units of hidden projects are still choices
        CHECK(un[0].count == 2);
        CHECK(un[1].unit_ja == "億円");
        CHECK(un[1].count == 0);
        CHECK(un[2].count == 1);
        CHECK(un[3].count == 1);
    }
    SUBCASE("unit = 件") {
        Filters f;
        f.unit = "件";
        const auto un = query_test::unit_choices(d, f);   // unchanged by its own facet
        REQUIRE(un.size() == 4);
        CHECK(un[0].count == 4);
        CHECK(un[1].count == 1);
        CHECK(un[2].count == 1);
        CHECK(un[3].count == 1);
        const auto fy = query_test::fy_choices(d, f);
        REQUIRE(fy.size() == 3);
        CHECK(fy[0].count == 0);
        CHECK(fy[1].count == 1);   // p3
        const auto st = query_test::status_choices(d, f);
        CHECK(st[0].count == 1);   // p3 has a Met KPI and a NoTarget KPI
        CHECK(st[3].count == 1);
        CHECK(st[1].count + st[2].count == 0);
    }
    SUBCASE("query narrows every facet") {
        const Filters f = query("じんざい");   // 人材 is not kana: no match at all
        CHECK(query_test::count_visible(d, f) == 0);
        const Filters g = query("でじたる");   // p4 デジタル
        const auto fy = query_test::fy_choices(d, g);
        REQUIRE(fy.size() == 3);
        CHECK(fy[0].count == 0);
        CHECK(fy[1].count == 1);
        CHECK(fy[2].count == 0);
        const auto app = query_test::app_choices(d, g);
        CHECK(app[0].count == 0);
        CHECK(app[1].count == 1);
        const auto st = query_test::status_choices(d, g);
        CHECK(st[0].count == 1);
        CHECK(st[3].count == 1);
        CHECK(st[1].count + st[2].count == 0);
    }
}

TEST_CASE("every choice count equals count_visible with that choice set") {
    const Dataset d = sample();
    std::vector<Filters> cases(6);
    cases[5].unit = "億円";
    cases[1].status = Status::NoTarget;
    cases[2].application = Application::Joint;
    cases[2].unit = "人";
    cases[3].query = "事業";
    cases[4].adopted_fy = 2019;
    cases[4].status = Status::Met;
    int compared = 0;
    for (const Filters& base : cases) {
        CAPTURE(compared);
        for (const auto& c : query_test::fy_choices(d, base)) {
            Filters f = base;
            f.adopted_fy = c.fy;
            CHECK(c.count == query_test::count_visible(d, f));
            ++compared;
        }
        for (const auto& c : query_test::app_choices(d, base)) {
            Filters f = base;
            f.application = c.app;
            CHECK(c.count == query_test::count_visible(d, f));
            ++compared;
        }
        for (const auto& c : query_test::status_choices(d, base)) {
            Filters f = base;
            f.status = c.status;
            CHECK(c.count == query_test::count_visible(d, f));
            ++compared;
        }
        for (const auto& c : query_test::unit_choices(d, base)) {
            Filters f = base;
            f.unit = c.unit_ja;
            CHECK(c.count == query_test::count_visible(d, f));
            ++compared;
        }
        CHECK(query_test::count_visible(d, base) ==
              static_cast<int>(kpi::visible_projects(d, base).size()));
    }
    CHECK(compared == 6 * (3 + 2 + 4 + 4));
}

TEST_CASE("choices on an empty dataset and duplicate adoption years") {
    Dataset empty;
    CHECK(query_test::fy_choices(empty, {}).empty());
    CHECK(query_test::unit_choices(empty, {}).empty());
    CHECK(query_test::status_choices(empty, {}).size() == 4);
    CHECK(query_test::app_choices(empty, {}).size() == 2);
    CHECK(query_test::count_visible(empty, {}) == 0);

    Dataset d = sample();
    Program extra;
    extra.id = "r1b";
    extra.adopted_fy = 2019;   // a second program adopted the same year
    extra.name = ja("別の交付金");
    Project p;
    p.id = "p5";
    p.name = ja("追加事業");
    p.kpis.push_back(make_kpi(1, ja("件数"), Text{}, {}));   // no unit: offers no unit choice
    extra.projects.push_back(std::move(p));
    d.programs.push_back(std::move(extra));

    const auto fy = query_test::fy_choices(d, {});
    REQUIRE(fy.size() == 3);
    CHECK(fy[0].fy == 2019);
    CHECK(fy[0].count == 3);
    CHECK(query_test::unit_choices(d, {}).size() == 4);
    Filters f;
    f.adopted_fy = 2019;
    CHECK(visible_ids(d, f) == std::vector<std::string>{"p1", "p2", "p5"});
}

TEST_CASE("FilterIndex: one pass agrees with matching each project, per program, and remembers its last answer") {
    // Many projects (the sample repeated with distinct ids), so the index's flat records are tested
    // against the per-project rule over every facet and a query.
    Dataset d = sample();
    const std::vector<Program> programs = d.programs;
    for (int copy = 1; copy < 40; ++copy)
        for (Program prog : programs) {
            prog.id += "-" + std::to_string(copy);
            for (Project& p : prog.projects) p.id += "-" + std::to_string(copy);
            d.programs.push_back(std::move(prog));
        }
    const kpi::FilterIndex index(d);
    CHECK(index.project_count() == static_cast<int>(d.project_count()));
    // (The index counts the headline statuses in its own pass over the KPIs: the same as the model's count.)
    for (Status st : kpi::kAllStatuses) CHECK(index.headline().of(st) == kpi::count_headline(d).of(st));
    CHECK(index.headline().total() == kpi::count_headline(d).total());

    std::vector<Filters> cases(5);
    cases[1].application = Application::Joint;
    cases[2].status = Status::Met;
    cases[2].query = "ｽﾏｰﾄ";
    cases[3].unit = "人";
    cases[3].adopted_fy = 2020;
    cases[4].unit = "存在しない単位";
    for (const Filters& f : cases) {
        const kpi::FilterResult& r = index.evaluate(f);
        std::vector<const Project*> expected;
        size_t in_programs = 0;
        for (size_t i = 0; i < d.programs.size(); ++i) {
            std::vector<const Project*> here;
            for (const Project& p : d.programs[i].projects)
                if (kpi::project_matches(d.programs[i], p, f)) here.push_back(&p);
            CHECK(r.by_program[i] == here);
            in_programs += here.size();
            expected.insert(expected.end(), here.begin(), here.end());
        }
        CHECK(r.visible == expected);
        CHECK(in_programs == r.visible.size());
        CHECK(&index.evaluate(f) == &r);   // the same filters again: the remembered answer
    }
    CHECK(index.evaluate(cases[4]).visible.empty());
    CHECK(!index.evaluate(cases[0]).visible.empty());
}

TEST_CASE("FilterIndex: typing a query one character at a time, and deleting, gives what a fresh index gives") {
    const Dataset d = sample();
    const kpi::FilterIndex typed(d);
    for (const char* q : {"s", "sm", "sma", "smart", "smart x", "smart", "sm", "", "ス", "スマ", "スマート", "スマ", "すまーと"}) {
        Filters f;
        f.query = q;
        INFO(q);
        const std::vector<const Project*> got = typed.evaluate(f).visible;
        const kpi::FilterIndex fresh(d);
        CHECK(got == fresh.evaluate(f).visible);
        CHECK(typed.evaluate(f).app[1].count == fresh.evaluate(f).app[1].count);
    }
}
