#include <doctest/doctest.h>

#include "core/csv.h"

#include <sstream>

namespace {

kpi::Dataset tiny_dataset() {
    kpi::Dataset d;
    d.format = "kpi-report/1";
    kpi::Program prog;
    prog.id = "fy2020";
    prog.adopted_fy = 2020;
    prog.name.by_lang = {{"ja", "交付金"}, {"en", "Grant"}};
    kpi::Project p;
    p.id = "quoted";
    p.name.by_lang = {{"ja", "名前, \"引用\"付き"}, {"en", "Name, with \"quotes\""}};
    p.application = kpi::Application::Joint;
    kpi::Kpi k;
    k.no = 2;
    k.name.by_lang = {{"ja", "行\n2行目"}, {"en", "Line\nbreak"}};
    k.unit.by_lang = {{"ja", "件"}, {"en", "cases"}};
    k.baseline_plan = 3000;
    k.years = {{2020, 4.0, 2.0}, {2021, 1000.0, std::nullopt}, {2022, std::nullopt, 6.0}};
    p.kpis.push_back(k);
    prog.projects.push_back(p);
    d.programs.push_back(prog);
    return d;
}

std::vector<std::string> lines(const std::string& csv) {
    std::vector<std::string> out;
    size_t start = 0;
    bool quoted = false;
    for (size_t i = 0; i < csv.size(); ++i) {
        if (csv[i] == '"') quoted = !quoted;
        if (!quoted && csv[i] == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            out.push_back(csv.substr(start, i - start));
            start = i + 2;
            ++i;
        }
    }
    return out;
}

} // namespace

TEST_CASE("csv_field quotes only when needed") {
    CHECK(kpi::csv_field("plain") == "plain");
    CHECK(kpi::csv_field("") == "");
    CHECK(kpi::csv_field("a,b") == "\"a,b\"");
    CHECK(kpi::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(kpi::csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(kpi::csv_field("cr\rhere") == "\"cr\rhere\"");
    CHECK(kpi::csv_field(" padded") == "\" padded\"");
    CHECK(kpi::csv_field("日本語") == "日本語");
}

TEST_CASE("export_csv: BOM, header, one row per KPI x period, empty cells for missing") {
    const std::string csv = kpi::export_csv(tiny_dataset(), kpi::Lang::En);
    REQUIRE(csv.size() > 3);
    CHECK(csv.substr(0, 3) == "\xEF\xBB\xBF");
    const auto rows = lines(csv.substr(3));
    REQUIRE(rows.size() == 1 + 1 + 3);  // header, baseline, three fiscal years
    CHECK(rows[0].rfind("adopted_fy,grant,project_id,project,application,kpi_no,kpi,unit,period,", 0) == 0);
    CHECK(rows[1] == "2020,Grant,quoted,\"Name, with \"\"quotes\"\"\",joint,2,\"Line\nbreak\",cases,baseline,,3000,,,,,,");
    CHECK(rows[2] == "2020,Grant,quoted,\"Name, with \"\"quotes\"\"\",joint,2,\"Line\nbreak\",cases,FY2020,2020,4,2,50,not-met,,,");
    CHECK(rows[3].find(",FY2021,2021,1000,,,no-actual,,,") != std::string::npos);
    CHECK(rows[4].find(",FY2022,2022,,6,,no-target,,,") != std::string::npos);
}

TEST_CASE("export_csv in Japanese and with a project filter") {
    const kpi::Dataset d = tiny_dataset();
    const std::string ja = kpi::export_csv(d, kpi::Lang::Ja);
    CHECK(ja.find("交付金採択年度") != std::string::npos);
    CHECK(ja.find("共同申請") != std::string::npos);
    CHECK(ja.find("令和2年度") != std::string::npos);
    const std::string none = kpi::export_csv(d, kpi::Lang::En, [](const kpi::Project&) { return false; });
    CHECK(lines(none.substr(3)).size() == 1);  // header only
}

TEST_CASE("csv_text defuses formulas in text cells") {
    CHECK(kpi::csv_text("=1+2") == "'=1+2");
    CHECK(kpi::csv_text("+81 11") == "'+81 11");
    CHECK(kpi::csv_text("-5") == "'-5");
    CHECK(kpi::csv_text("@SUM(A1)") == "'@SUM(A1)");
    CHECK(kpi::csv_text("\tx") == "'\tx");
    CHECK(kpi::csv_text("\rx") == "'\rx");
    CHECK(kpi::csv_text("人") == "人");
    CHECK(kpi::csv_text("a=b") == "a=b");
    CHECK(kpi::csv_text("") == "");
}

TEST_CASE("export_csv: text cells from the data cannot become formulas; numbers stay numbers") {
    kpi::Dataset d = tiny_dataset();
    auto& prog = d.programs[0];
    prog.name.by_lang["ja"] = "@交付金";
    auto& p = prog.projects[0];
    p.name.by_lang["ja"] = "=HYPERLINK(\"http://evil.example/\",\"click\")";
    auto& k = p.kpis[0];
    k.name.by_lang["ja"] = "+1 増加";
    k.unit.by_lang["ja"] = "-";
    k.years = {{2020, -5.0, -2.5}};
    k.decimals = 1;
    const auto l = lines(kpi::export_csv(d, kpi::Lang::Ja));
    REQUIRE(l.size() == 3);
    const std::string& y = l[2];
    INFO(y);
    CHECK(y.find(",'@交付金,") != std::string::npos);
    CHECK(y.find(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\",") != std::string::npos);
    CHECK(y.find(",'+1 増加,'-,") != std::string::npos);
    CHECK(y.find(",-5.0,-2.5,") != std::string::npos);   // numeric columns: plain numbers
    CHECK(y.find("'-5") == std::string::npos);
}

TEST_CASE("export_csv: columns follow the language; whole percent as on screen; partners and notes") {
    kpi::Dataset d = tiny_dataset();
    kpi::Project& p = d.programs[0].projects[0];
    p.partners = {kpi::Text{{{"ja", "南川村"}, {"en", "Minamikawa"}}}, kpi::Text{{{"ja", "東山町"}, {"en", "Higashiyama"}}}};
    p.notes = {kpi::Text{{{"ja", "※1 注記"}}}, kpi::Text{{{"ja", "※2 注記"}}}};
    p.kpis[0].notes = {kpi::Text{{{"ja", "=KPI注"}}}};
    const std::string ja = kpi::export_csv(d, kpi::Lang::Ja);
    CHECK(lines(ja.substr(3))[0].find(",達成率(%),状況,共同申請先,事業注記,KPI注記") != std::string::npos);
    CHECK(ja.find(",50,未達成,南川村・東山町,\"※1 注記\n※2 注記\",'=KPI注\r\n") != std::string::npos);
    CHECK(ja.find(",実績なし,") != std::string::npos);
    CHECK(ja.find(",目標なし,") != std::string::npos);
    CHECK(ja.find("not-met") == std::string::npos);
    const std::string en = kpi::export_csv(d, kpi::Lang::En);
    CHECK(en.find(",50,not-met,\"Minamikawa, Higashiyama\",") != std::string::npos);
}

TEST_CASE("export_csv: a plan <= 0 writes no achievement %, only the status (plan -10, actual -15 is not 150)") {
    kpi::Dataset d = tiny_dataset();
    d.programs[0].projects[0].kpis[0].years = {{2020, -10.0, -15.0}, {2021, 0.0, 4.0}};
    const std::string ja = kpi::export_csv(d, kpi::Lang::Ja);
    CHECK(ja.find(",-10,-15,,未達成,") != std::string::npos);
    CHECK(ja.find(",0,4,,達成,") != std::string::npos);
    CHECK(ja.find(",150,") == std::string::npos);
}
