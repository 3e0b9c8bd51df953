// kpi-tool as a user runs it: exit codes and messages for good and bad files.
#include "tool_runner.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

using namespace tool_test;

const std::string kSapporo = std::string(KPI_DATA_DIR) + "/sapporo.json";

} // namespace

TEST_CASE("test files live in a private directory of their own") {
    const std::string a = temp_file("probe.json", "{}");
    CHECK(std::filesystem::path(a).parent_path().filename().string().rfind("kpi-tool-test-", 0) == 0);
    CHECK(std::filesystem::path(a).parent_path().filename().string() != "kpi-tool-test");
    CHECK(read_all(a) == "{}");
}

TEST_CASE("kpi-tool validate accepts the bundled dataset with a summary line") {
    const Run r = run_tool("validate " + kSapporo);
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("5 projects") != std::string::npos);
    CHECK(r.output.find("13 KPIs") != std::string::npos);
}

TEST_CASE("kpi-tool validate rejects bad files with exit 1 and a located error") {
    const std::string good = read_all(kSapporo);
    REQUIRE(good.size() > 1000);
    SUBCASE("empty") {
        const Run r = run_tool("validate " + temp_file("empty.json", ""));
        CHECK(r.exit_code == 1);
        CHECK(r.output.find("empty") != std::string::npos);
    }
    SUBCASE("truncated") {
        const Run r = run_tool("validate " + temp_file("trunc.json", good.substr(0, good.size() / 2)));
        CHECK(r.exit_code == 1);
        CHECK(r.output.find("line") != std::string::npos);
    }
    SUBCASE("not UTF-8 (Shift_JIS bytes)") {
        std::string bad = good;
        const size_t at = bad.find("札幌市");
        REQUIRE(at != std::string::npos);
        bad.replace(at, 3, "\x8E\x44");  // 札 in Shift_JIS
        const Run r = run_tool("validate " + temp_file("sjis.json", bad));
        CHECK(r.exit_code == 1);
        CHECK(r.output.find("UTF-8") != std::string::npos);
    }
    SUBCASE("very large") {
        const std::string big(17 * 1024 * 1024, ' ');
        const Run r = run_tool("validate " + temp_file("big.json", "[" + big + "]"));
        CHECK(r.exit_code == 1);
        CHECK(r.output.find("large") != std::string::npos);
    }
    SUBCASE("a wrong value names its JSON pointer") {
        std::string bad = good;
        const size_t at = bad.find("\"application\": \"single\"");
        REQUIRE(at != std::string::npos);
        bad.replace(at, 23, "\"application\": \"solo\"");
        const Run r = run_tool("validate " + temp_file("enum.json", bad));
        CHECK(r.exit_code == 1);
        CHECK(r.output.find("/programs/1/projects/0/application") != std::string::npos);
    }
    SUBCASE("missing file") {
        const Run r = run_tool("validate /nonexistent/nothing.json");
        CHECK(r.exit_code == 1);
        CHECK(r.output.find("/nonexistent/nothing.json") != std::string::npos);
    }
}

TEST_CASE("kpi-tool csv writes a BOM, a header and one row per KPI x period") {
    const Run r = run_tool("csv " + kSapporo);
    REQUIRE(r.exit_code == 0);
    REQUIRE(r.output.size() > 3);
    CHECK(r.output.substr(0, 3) == "\xEF\xBB\xBF");
    // 13 KPIs; rows = header + per KPI (baseline + its fiscal years). Count CRLF outside quotes.
    size_t rows = 0;
    bool quoted = false;
    for (size_t i = 0; i + 1 < r.output.size(); ++i) {
        if (r.output[i] == '"') quoted = !quoted;
        if (!quoted && r.output[i] == '\r' && r.output[i + 1] == '\n') ++rows;
    }
    // UIJ: 2 KPIs x (1+4); the other four projects: 11 KPIs x (1+3).
    CHECK(rows == 1 + 2 * 5 + 11 * 4);
    CHECK(r.output.find("smart-city") != std::string::npos);
    CHECK(r.output.find(",4320,") != std::string::npos);
    const Run en = run_tool("csv " + kSapporo + " --lang en");
    CHECK(en.output.find("adopted_fy") != std::string::npos);
    CHECK(run_tool("csv " + kSapporo + " --lang fr").exit_code == 2);
}

TEST_CASE("kpi-tool validate lists every unknown field with its pointer and a suggestion, exit 1") {
    std::string bad = read_all(kSapporo);
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"\"partners\":", "\"partner\":"},
                                   {"\"decimals\":", "\"decimal\":"}}) {
        const size_t at = bad.find(from);
        REQUIRE(at != std::string::npos);
        bad.replace(at, from.size(), to);
    }
    const size_t notes = bad.rfind("\"notes\":");
    REQUIRE(notes != std::string::npos);
    bad.replace(notes, 8, "\"note\":");
    const size_t title = bad.find("\"title\":");
    bad.insert(title, "\"remarks\": \"x\", ");
    const Run r = run_tool("validate " + temp_file("unknown.json", bad));
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("/partner: unknown field \"partner\" (did you mean \"partners\"?)") != std::string::npos);
    CHECK(r.output.find("/decimal: unknown field \"decimal\" (did you mean \"decimals\"?)") != std::string::npos);
    CHECK(r.output.find("/note: unknown field \"note\" (did you mean \"notes\"?)") != std::string::npos);
    CHECK(r.output.find("at /remarks: unknown field \"remarks\"\n") != std::string::npos);
    CHECK(r.output.find("4 unknown fields") != std::string::npos);
    CHECK(r.output.find(": ok:") == std::string::npos);
}

TEST_CASE("kpi-tool never writes control characters or escape sequences from the file raw") {
    std::string good = read_all(kSapporo);
    SUBCASE("in a name: refused by validate, and the message shows the character escaped") {
        const size_t at = good.find("札幌市\"");
        REQUIRE(at != std::string::npos);
        good.insert(at, "\\u001b[2J\\u001b]0;pwned\\u0007\\u009b");
        const Run r = run_tool("validate " + temp_file("esc.json", good));
        INFO(r.output);
        CHECK(r.exit_code == 1);
        CHECK(r.output.find("at /publisher/ja: expected text without control characters") != std::string::npos);
        CHECK(r.output.find("found \\x1b") != std::string::npos);
        CHECK(r.output.find('\x1b') == std::string::npos);
        CHECK(r.output.find('\x07') == std::string::npos);
        CHECK(r.output.find("\xC2\x9B") == std::string::npos);
    }
    SUBCASE("a line break is refused in a name, kept in a summary or a note") {
        std::string name = good;
        name.insert(name.find("札幌市\""), "\\n");
        CHECK(run_tool("validate " + temp_file("nl-name.json", name)).exit_code == 1);
        const size_t summary = good.find("東京圏からの移住者");
        REQUIRE(summary != std::string::npos);
        good.insert(summary, "一行目\\n");
        const Run r = run_tool("validate " + temp_file("nl-summary.json", good));
        INFO(r.output);
        CHECK(r.exit_code == 0);
    }
    SUBCASE("in a report cell given to import: every echoed text is escaped") {
        const std::string report = "R2年度地方創生推進交付金\n○事業\x1b[2J<単独申請>\n説明\n【KPI】\nKPI①\t指標\n"
                                   "\t当初値\tR2\t単位\n①計画\t—\t1\x1b]0;x\x07\t人\n①実績\t—\t1\t\n";
        const Run r = run_tool("import " + temp_file("esc-report.txt", report) + " --publisher 市");
        INFO(r.output);
        CHECK(r.exit_code == 1);
        CHECK(r.output.find('\x1b') == std::string::npos);
        CHECK(r.output.find('\x07') == std::string::npos);
        CHECK(r.output.find("\\x1b]0;x\\x07") != std::string::npos);
    }
    SUBCASE("in an error message (an unknown field named with an escape sequence)") {
        const size_t title = good.find("\"title\":");
        good.insert(title, "\"\\u001b[31mred\": 1, ");
        const Run r = run_tool("validate " + temp_file("esc-key.json", good));
        INFO(r.output);
        CHECK(r.exit_code == 1);
        CHECK(r.output.find('\x1b') == std::string::npos);
        CHECK(r.output.find("\\x1b[31mred") != std::string::npos);
    }
    SUBCASE("in a syntax error that quotes the file") {
        const Run r = run_tool("validate " + temp_file("esc-syntax.json", "{\"a\": \x1b[2J}"));
        CHECK(r.exit_code == 1);
        CHECK(r.output.find('\x1b') == std::string::npos);
    }
}

TEST_CASE("kpi-tool: usage with no arguments (exit 2) and --help (exit 0, on stdout)") {
    const Run none = run_tool("");
    CHECK(none.exit_code == 2);
    CHECK(none.output.find("usage: kpi-tool validate FILE") != std::string::npos);
    const Run help = run_tool("--help 2>/dev/null");
    CHECK(help.exit_code == 0);
    CHECK(help.output.find("usage: kpi-tool validate FILE") != std::string::npos);
}

TEST_CASE("kpi-tool catalog: data/*.json in a site's folder skips the schema and the catalog; -o writes only on success") {
    namespace fs = std::filesystem;
    const std::string dir = temp_path("site-data");
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy_file(kSapporo, dir + "/sapporo.json");
    fs::copy_file(std::string(KPI_DATA_DIR) + "/kpi-report.schema.json", dir + "/kpi-report.schema.json");
    const Run first = run_tool("catalog " + dir + "/*.json -o " + dir + "/index.json");
    INFO(first.output);
    CHECK(first.exit_code == 0);
    const std::string catalog = read_all(dir + "/index.json");
    CHECK(catalog.find("\"sapporo\"") != std::string::npos);
    // Again with the catalog now in the folder, and a broken dataset: exit 1, the old catalog kept.
    std::ofstream(dir + "/broken.json") << "{";
    const Run again = run_tool("catalog " + dir + "/*.json -o " + dir + "/index.json");
    CHECK(again.exit_code == 1);
    CHECK(again.output.find("broken.json: invalid") != std::string::npos);
    CHECK(read_all(dir + "/index.json") == catalog);
}
