// The loader's fast path (core/load_fast.cpp) against the oracle (load_dataset_dom): on inputs
// aimed at its edges (escapes, number forms, whitespace, duplicate and unknown keys, field order,
// empty arrays, null against absent) the loader that ships answers exactly what the oracle answers,
// model bit for bit; and the fast path really runs (does not give every file back) on Sapporo's
// data and on a generated nationwide-like file, and reads there every project itself.
//
// [SECTION] Helpers: a document around one project, the path an input took
// [SECTION] The fast path runs (Sapporo, a nationwide-like file)
// [SECTION] Edges: strings and escapes
// [SECTION] Edges: numbers (fixed forms, then random ones)
// [SECTION] Edges: structure (whitespace, order, duplicates, unknown fields, null, empty)
// [SECTION] The pre-checks' fast loop against a plain byte-by-byte scan
#include <doctest/doctest.h>

#include "core/load.h"
#include "core/load_fast.h"
#include "core/utf8.h"
#include "load_compare.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace kpi;

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Helpers: a document around one project, the path an input took
//-----------------------------------------------------------------------------

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A project with every field (the one the edge cases change, by text replacement).
const char* const kProject =
    R"({"id": "edge", "name": {"ja": "事業", "en": "Project"}, "application": "joint",)"
    R"( "partners": [{"ja": "北海道"}], "summary": {"ja": "概要\n二行目", "en": "Summary"},)"
    R"( "kpi_scope": {"ja": "全体"}, "notes": [{"ja": "※注"}],)"
    R"( "kpis": [{"no": 1, "name": {"ja": "利用者数"}, "unit": {"ja": "人", "en": "people"}, "decimals": 1,)"
    R"( "direction": "decrease", "baseline": {"plan": null, "actual": 100},)"
    R"( "years": [{"fy": 2019, "plan": 0, "actual": null}, {"fy": 2020, "plan": 150.5, "actual": 7}],)"
    R"( "notes": [{"ja": "※推計"}]}]})";

// A dataset whose second program's projects are `projects` (raw JSON text, items of an array).
std::string doc_with_projects(const std::string& projects) {
    return R"({"format": "kpi-report/1", "title": {"ja": "題"}, "publisher": {"ja": "市"}, "as_of": "2024-03-31",)"
           R"( "programs": [{"id": "r1", "adopted_fy": 2019, "name": {"ja": "交付金"}, "projects": [)"
           R"({"id": "first", "name": {"ja": "一"}, "application": "single", "summary": {"ja": "概要"}, "kpis": []}]},)"
           R"( {"id": "r2", "adopted_fy": 2020, "name": {"ja": "交付金"}, "projects": [)" +
           projects + "]}]}";
}

// kProject with `from` replaced by `to` (the first time it occurs; it must).
std::string project_with(const std::string& from, const std::string& to) {
    std::string p = kProject;
    const size_t at = p.find(from);
    REQUIRE(at != std::string::npos);
    p.replace(at, from.size(), to);
    return p;
}

// How the loader that ships answered: the fast path alone (every project its own), the fast path
// with some projects read as trees by the schema readers, or the streaming loader.
enum class Path { Fast, Tree, Stream };

const char* name_of(Path p) { return p == Path::Fast ? "fast" : p == Path::Tree ? "tree" : "stream"; }

Path path_of(const std::string& bytes) {
    load_fast::Stats stats;
    if (!load_fast::try_load(bytes, &stats)) return Path::Stream;
    return stats.projects_tree ? Path::Tree : Path::Fast;
}

// The loaders agree with the oracle on `bytes`, which took `expected` (the fast path must not be
// found to give up on what it is meant to read, nor to read itself what it is meant to pass on).
void check(const std::string& bytes, Path expected) {
    INFO("input: " << bytes.substr(0, 1500));
    CHECK(load_compare::difference(bytes) == "");
    load_fast::Stats stats;
    load_fast::try_load(bytes, &stats);
    INFO("the fast path gave up on: " << (stats.gave_up ? stats.gave_up : "(it did not)") << " at byte "
                                      << stats.gave_up_at);
    CHECK(std::string(name_of(path_of(bytes))) == name_of(expected));
}

void check_project(const std::string& project, Path expected) { check(doc_with_projects(project), expected); }

// A nationwide-like dataset (the shape of scripts/make-nationwide.mjs: programs of many projects,
// ja/en texts, nulls, joint applications, notes, long summaries), `cities` x 5 projects.
nlohmann::ordered_json nationwide_like(int cities) {
    using oj = nlohmann::ordered_json;
    std::mt19937 rng(4242);
    auto text = [](const std::string& ja, const std::string& en) { return oj{{"ja", ja}, {"en", en}}; };
    oj programs = oj::array();
    for (int fy = 2019; fy < 2024; ++fy)
        programs.push_back({{"id", "fy" + std::to_string(fy)}, {"adopted_fy", fy}, {"name", text("交付金", "Grant")},
                            {"funding", text("1/2国費", "Half")}, {"period", text("5年間", "5 years")},
                            {"notes", oj::array()}, {"projects", oj::array()}});
    int serial = 0;
    for (int c = 0; c < cities; ++c)
        for (int j = 0; j < 5; ++j) {
            oj& program = programs[static_cast<size_t>((c + j) % 5)];
            const int first_fy = program["adopted_fy"].get<int>();
            oj kpis = oj::array();
            for (int k = 1; k <= 3; ++k) {
                oj years = oj::array();
                const double base = 10 + rng() % 2000;
                for (int y = 0; y < 5; ++y) {
                    const double plan = std::round(base * (1 + 0.1 * (y + 1)));
                    oj p = rng() % 12 == 0 ? oj(nullptr) : oj(plan);
                    oj a = y == 4 && rng() % 2 ? oj(nullptr) : oj(std::round(plan * (0.6 + (rng() % 700) / 1000.0)));
                    years.push_back({{"fy", first_fy + y}, {"plan", p}, {"actual", a}});
                }
                kpis.push_back({{"no", k}, {"name", text("参加者数", "Participants")}, {"unit", text("人", "people")},
                                {"decimals", 0}, {"direction", "increase"},
                                {"baseline", {{"plan", nullptr}, {"actual", rng() % 3 ? oj(nullptr) : oj(55.5)}}},
                                {"years", years}, {"notes", oj::array()}});
            }
            const bool joint = rng() % 4 == 0;
            std::string summary = "市の取組により、地域の課題解決と活性化を図る。";
            if (rng() % 20 == 0)
                for (int r = 0; r < 3; ++r) summary += "関係機関と連携し、計画の進み具合を毎年度検証する。\n";
            program["projects"].push_back(
                {{"id", "c" + std::to_string(c) + "-p" + std::to_string(j) + "-" + std::to_string(++serial)},
                 {"name", text("市 事業 \"" + std::to_string(serial) + "\"", "City: project")},
                 {"application", joint ? "joint" : "single"},
                 {"partners", joint ? oj::array({text("隣町", "Next Town")}) : oj::array()},
                 {"summary", text(summary, "The city works on it.")},
                 {"notes", rng() % 10 == 0 ? oj::array({text("※ 実績は速報値", "* Preliminary")}) : oj::array()},
                 {"kpis", kpis}});
        }
    return {{"format", "kpi-report/1"}, {"title", text("全国", "Nationwide")}, {"publisher", text("全国", "All")},
            {"source", {{"title", text("生成", "Generated")}, {"url", ""}}}, {"as_of", "2026-03-31"},
            {"notes", oj::array({text("※ 合成データ", "* Synthetic")})}, {"programs", programs}};
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] The fast path runs (Sapporo, a nationwide-like file)
//-----------------------------------------------------------------------------

TEST_CASE("load fast: Sapporo's data is read by the fast path, every project by itself, as the oracle reads it") {
    const std::string bytes = read_file(std::filesystem::path(KPI_SOURCE_DIR) / "data/sapporo.json");
    load_fast::Stats stats;
    const std::optional<LoadResult> fast = load_fast::try_load(bytes, &stats);
    INFO("gave up on: " << (stats.gave_up ? stats.gave_up : "(it did not)") << " at byte " << stats.gave_up_at);
    REQUIRE(fast.has_value());
    REQUIRE(fast->ok());
    CHECK(stats.projects_tree == 0);
    CHECK(stats.projects_fast == fast->dataset->project_count());
    CHECK(stats.projects_fast >= 5);
    CHECK(load_compare::difference(*fast, load_dataset_dom(bytes)) == "");
    CHECK(load_compare::difference(bytes) == "");
}

TEST_CASE("load fast: a nationwide-like file (minified and indented) is read by the fast path") {
    const nlohmann::ordered_json doc = nationwide_like(60);
    for (const std::string& bytes : {doc.dump(), doc.dump(2), "\xEF\xBB\xBF" + doc.dump(1, '\t')}) {
        load_fast::Stats stats;
        const std::optional<LoadResult> fast = load_fast::try_load(bytes, &stats);
        INFO("gave up on: " << (stats.gave_up ? stats.gave_up : "(it did not)") << " at byte " << stats.gave_up_at);
        REQUIRE(fast.has_value());
        REQUIRE(fast->ok());
        CHECK(fast->warnings.empty());
        CHECK(stats.projects_fast == 300);
        CHECK(stats.projects_tree == 0);
        CHECK(load_compare::difference(*fast, load_dataset_dom(bytes)) == "");
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Edges: strings and escapes
//-----------------------------------------------------------------------------

TEST_CASE("load fast: escapes in strings decode as nlohmann decodes them, or the file goes to the other loaders") {
    struct Case {
        const char* summary;   // the summary's "ja" text, raw JSON string contents
        Path path;
    };
    const Case cases[] = {
        {R"(e\u00e9 \u00C9 \u3042 \u30A2)", Path::Fast},         // BMP, both hex cases
        {R"(smile \ud83d\ude00 \uD83D\uDE00)", Path::Fast},        // a surrogate pair
        {R"(\"quoted\" back\\slash sl\/ash)", Path::Fast},
        {R"(line\nbreak)", Path::Fast},                            // a summary may break lines
        {R"(a\u000Ab)", Path::Fast},                               // the same as \u
        {R"(\u007f)", Path::Stream},                               // DEL: a control character
        {R"(tab\there)", Path::Stream},
        {R"(\r\n)", Path::Stream},
        {R"(\b\f)", Path::Stream},
        {R"(nul\u0000)", Path::Stream},
        {R"(\u0085 C1)", Path::Stream},
        {R"(lone \ud800 high)", Path::Stream},                     // syntax errors
        {R"(lone \udc00 low)", Path::Stream},
        {R"(\ud800\u0041)", Path::Stream},
        {R"(\ud800)", Path::Stream},
        {R"(\x41)", Path::Stream},
        {R"(\u12)", Path::Stream},
        {R"(\u12g4)", Path::Stream},
        {"raw\ttab", Path::Stream},
        {"raw\x7f" "del", Path::Stream},
        {"\xE2\x80\xA8 U+2028 raw", Path::Fast},
        {R"(\u2028)", Path::Fast},
    };
    for (const Case& c : cases) {
        INFO("summary: " << c.summary);
        check_project(project_with(R"("概要\n二行目")", std::string("\"") + c.summary + "\""), c.path);
    }
    // In a one-line text (a name) a line break is an error.
    check_project(project_with(R"("事業")", R"("a\nb")"), Path::Stream);
    // Escapes in ids, enum names and language keys: an escaped value is read; an escaped key is
    // left to the tree.
    check_project(project_with(R"("edge")", R"("\u0065dge")"), Path::Fast);
    check_project(project_with(R"("joint")", R"("j\u006Fint")"), Path::Fast);
    check_project(project_with(R"("decrease")", R"("decr\u0065ase")"), Path::Fast);
    check_project(project_with(R"("id")", R"("\u0069d")"), Path::Tree);
    check_project(project_with(R"("ja": "事業")", R"("j\u0061": "事業")"), Path::Tree);
    check_project(project_with(R"("edge")", R"("Edge")"), Path::Stream);   // not a slug
    // An empty text for another language is dropped; an empty Japanese one is an error.
    check_project(project_with(R"("en": "Project")", R"("en": "")"), Path::Fast);
    check_project(project_with(R"("ja": "事業")", R"("ja": "")"), Path::Stream);
    check_project(project_with(R"({"ja": "事業", "en": "Project"})", R"({"en": "Project"})"), Path::Stream);
    check_project(project_with(R"({"ja": "事業", "en": "Project"})", R"({})"), Path::Stream);
    check_project(project_with(R"("en": "Project")", R"("zh-TW": "x", "ja-easy": "じぎょう", "ko": "")"), Path::Fast);
    check_project(project_with(R"("en": "Project")", R"("EN": "x")"), Path::Stream);
    // A text of exactly the limit in characters (3 bytes each), and one over it.
    std::string long_text;
    for (int i = 0; i < 10000; ++i) long_text += "あ";
    check_project(project_with(R"("概要\n二行目")", "\"" + long_text + "\""), Path::Fast);
    check_project(project_with(R"("概要\n二行目")", "\"" + long_text + "い\""), Path::Stream);
}

TEST_CASE("load fast: random strings with escapes decode as nlohmann decodes them") {
    std::mt19937 rng(7);
    const char* const pieces[] = {"a", "あ", "\\\"", "\\\\", "\\/", "\\n", "\\u00e9", "\\u3042", "\\uD83D\\uDE00",
                                  "\\ud83c\\udf38", "\\u0041", "\\u20ac", "😀", "\\uffff", "\\ufeff", " "};
    int fast = 0;
    for (int i = 0; i < 300; ++i) {
        std::string s;
        const int n = 1 + static_cast<int>(rng() % 12);
        for (int k = 0; k < n; ++k) s += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
        const std::string bytes = doc_with_projects(project_with(R"("概要\n二行目")", "\"" + s + "\""));
        INFO("summary: " << s);
        CHECK(load_compare::difference(bytes) == "");
        fast += path_of(bytes) == Path::Fast;
    }
    CHECK(fast == 300);
}

//-----------------------------------------------------------------------------
// [SECTION] Edges: numbers (fixed forms, then random ones)
//-----------------------------------------------------------------------------

TEST_CASE("load fast: number forms give nlohmann's double bit for bit, or go to the tree") {
    struct Case {
        const char* number;
        Path path;
    };
    const Case cases[] = {
        {"0", Path::Fast}, {"-0", Path::Fast}, {"-0.0", Path::Fast}, {"0.0", Path::Fast}, {"-0e0", Path::Fast},
        {"1e2", Path::Fast}, {"1E2", Path::Fast}, {"1e+2", Path::Fast}, {"100e-2", Path::Fast}, {"1.0", Path::Fast},
        {"150.5", Path::Fast}, {"0.1", Path::Fast}, {"0.3", Path::Fast}, {"-2.5", Path::Fast}, {"1.5e-3", Path::Fast},
        {"0.30000000000000004", Path::Tree},          // 17 digits: more than 2^53
        {"123456789012.345", Path::Fast},             // 15 digits
        {"999999999999999", Path::Fast}, {"1000000000000000", Path::Fast}, {"1e15", Path::Fast},
        {"-1e15", Path::Fast}, {"1e-22", Path::Fast}, {"4.35e-20", Path::Fast},
        {"9007199254740992", Path::Stream},           // > 1e15: over the limit (an error)
        {"123456789012345678", Path::Stream},         // 18 digits, an error
        {"1234567890123456789", Path::Stream},        // 19 digits: the tree, then an error
        {"0.000000000000000000001", Path::Tree},      // 22 digits
        {"1e-23", Path::Tree},                        // 10^23 is not exact
        {"1e16", Path::Stream}, {"1e400", Path::Stream}, {"-1e-400", Path::Tree},
        {"2.2250738585072014e-308", Path::Tree}, {"5e-324", Path::Tree},
        {"1.7976931348623157e308", Path::Stream},
        {"01", Path::Stream}, {"1.", Path::Stream}, {".5", Path::Stream}, {"+1", Path::Stream}, {"1e", Path::Stream},
        {"-", Path::Stream}, {"1e+", Path::Stream}, {"NaN", Path::Stream}, {"Infinity", Path::Stream},
        {"0x10", Path::Stream}, {"1_000", Path::Stream}, {"true", Path::Stream}, {"\"7\"", Path::Stream},
        {"[7]", Path::Stream}, {"{}", Path::Stream},
    };
    for (const Case& c : cases) {
        INFO("plan: " << c.number);
        check_project(project_with(R"("plan": 150.5)", std::string("\"plan\": ") + c.number), c.path);
    }
    // Integers where the format wants them: 2019.0 and 1e0 count, 2019.5 does not.
    check_project(project_with(R"("fy": 2020)", R"("fy": 2020.0)"), Path::Fast);
    check_project(project_with(R"("fy": 2020)", R"("fy": 2.02e3)"), Path::Fast);
    check_project(project_with(R"("fy": 2020)", R"("fy": 2020.5)"), Path::Stream);
    check_project(project_with(R"("fy": 2020)", R"("fy": 2201)"), Path::Stream);
    check_project(project_with(R"("no": 1)", R"("no": 1e0)"), Path::Fast);
    check_project(project_with(R"("no": 1)", R"("no": 0)"), Path::Stream);
    check_project(project_with(R"("decimals": 1)", R"("decimals": 6.0)"), Path::Fast);
    check_project(project_with(R"("decimals": 1)", R"("decimals": 7)"), Path::Stream);
    check_project(project_with(R"("actual": 100)", R"("actual": -0)"), Path::Fast);
    check_project(project_with(R"("actual": 100)", R"("actual": -0.0)"), Path::Fast);
}

TEST_CASE("load fast: random decimal numbers give nlohmann's double bit for bit") {
    std::mt19937 rng(20261207);
    int fast = 0, tree = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string n = rng() % 3 ? "" : "-";
        const int int_digits = static_cast<int>(rng() % 9);
        if (int_digits == 0) n += "0";
        else {
            n += static_cast<char>('1' + rng() % 9);
            for (int d = 1; d < int_digits; ++d) n += static_cast<char>('0' + rng() % 10);
        }
        if (rng() % 3) {
            n += '.';
            const int frac = 1 + static_cast<int>(rng() % 12);
            for (int d = 0; d < frac; ++d) n += static_cast<char>('0' + rng() % 10);
        }
        if (rng() % 4 == 0) n += (rng() % 2 ? "e" : "E") + std::string(rng() % 2 ? "-" : "") + std::to_string(rng() % 26);
        const std::string bytes = doc_with_projects(project_with(R"("plan": 150.5)", "\"plan\": " + n));
        INFO("plan: " << n);
        const std::string diff = load_compare::difference(bytes);
        CHECK(diff == "");
        if (!diff.empty()) break;
        const Path p = path_of(bytes);
        fast += p == Path::Fast;
        tree += p == Path::Tree;
    }
    MESSAGE("random numbers: fast " << fast << ", tree " << tree << ", other loaders (out of range) " << 3000 - fast - tree);
    CHECK(fast > 1500);
}

//-----------------------------------------------------------------------------
// [SECTION] Edges: structure (whitespace, order, duplicates, unknown fields, null, empty)
//-----------------------------------------------------------------------------

TEST_CASE("load fast: whitespace everywhere, fields in any order") {
    // Every token separated by all four whitespace characters.
    std::string spaced;
    bool in_string = false;
    for (size_t i = 0; kProject[i]; ++i) {
        const char c = kProject[i];
        if (c == '"' && (i == 0 || kProject[i - 1] != '\\')) in_string = !in_string;
        if (!in_string && (c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':')) spaced += " \t\r\n";
        spaced += c;
        if (!in_string && (c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':')) spaced += "\n\t \r";
    }
    check_project(spaced, Path::Fast);
    check(" \n\t\r" + doc_with_projects(kProject) + " \n\t\r", Path::Fast);
    check(doc_with_projects(kProject) + " x", Path::Stream);
    check(doc_with_projects(kProject) + "{}", Path::Stream);
    // Fields in reverse order, at every level of the project.
    nlohmann::ordered_json p = nlohmann::ordered_json::parse(kProject);
    std::function<nlohmann::ordered_json(const nlohmann::ordered_json&)> reversed = [&](const nlohmann::ordered_json& v) {
        if (v.is_array()) {
            nlohmann::ordered_json a = nlohmann::ordered_json::array();
            for (const auto& x : v) a.push_back(reversed(x));
            return a;
        }
        if (!v.is_object()) return v;
        nlohmann::ordered_json o = nlohmann::ordered_json::object();
        std::vector<std::string> keys;
        for (auto it = v.begin(); it != v.end(); ++it) keys.push_back(it.key());
        for (auto k = keys.rbegin(); k != keys.rend(); ++k) o[*k] = reversed(v[*k]);
        return o;
    };
    check_project(reversed(p).dump(), Path::Fast);
    // The root's and programs' own fields after "programs"/"projects".
    check(R"({"programs": [{"projects": [)" + std::string(kProject) +
              R"(], "notes": null, "name": {"ja": "交付金"}, "adopted_fy": 2019, "id": "r1"}],)"
              R"( "as_of": "2024-03-31", "publisher": {"ja": "市"}, "title": {"ja": "題"}, "format": "kpi-report/1"})",
          Path::Fast);
}

TEST_CASE("load fast: duplicate keys, unknown fields, null and absent, empty arrays") {
    // Duplicate keys inside a project: nlohmann keeps the last value (in the first one's place).
    check_project(project_with(R"("application": "joint",)", R"("application": "single", "application": "joint",)"), Path::Tree);
    check_project(project_with(R"("application": "joint",)", R"("application": 7, "application": "joint",)"), Path::Tree);
    check_project(project_with(R"("application": "joint",)", R"("application": "joint", "application": 7,)"), Path::Stream);
    check_project(project_with(R"("no": 1,)", R"("no": 1, "no": 2,)"), Path::Tree);
    check_project(project_with(R"("fy": 2019,)", R"("fy": 2019, "fy": 2018,)"), Path::Tree);
    check_project(project_with(R"("plan": null,)", R"("plan": 3, "plan": null,)"), Path::Tree);
    check_project(project_with(R"("en": "Project")", R"("en": "x", "en": "")"), Path::Tree);
    check_project(project_with(R"("en": "Project")", R"("en": "", "en": "Project")"), Path::Tree);
    check_project(project_with(R"("ja": "事業")", R"("ja": "", "ja": "事業")"), Path::Tree);
    check_project(project_with(R"("kpis": [)", R"("kpis": [], "kpis": [)"), Path::Tree);
    // Unknown fields: warnings (the tree reader's), at every level of a project.
    check_project(project_with(R"("application")", R"("partner": [], "application")"), Path::Tree);
    check_project(project_with(R"("decimals")", R"("Decimals": 2, "decimals")"), Path::Tree);
    check_project(project_with(R"("fy": 2019,)", R"("fy": 2019, "note": "x",)"), Path::Tree);
    check_project(project_with(R"("plan": null, "actual": 100})", R"("plan": null, "actual": 100, "x": 1})"), Path::Tree);
    check_project(project_with(R"("application")", R"("partner": [], "application")") + ", " + kProject, Path::Stream);   // (ids)
    // Null against absent.
    for (const char* field : {R"("partners": [{"ja": "北海道"}])", R"("kpi_scope": {"ja": "全体"})", R"("notes": [{"ja": "※注"}])",
                              R"("decimals": 1)", R"("direction": "decrease")", R"("baseline": {"plan": null, "actual": 100})",
                              R"("notes": [{"ja": "※推計"}])"}) {
        INFO(field);
        const std::string name = std::string(field).substr(0, std::string(field).find(':'));
        check_project(project_with(field, name + ": null"), Path::Fast);
        const std::string f = field;
        std::string absent = kProject;
        if (absent.find(f + ",") != std::string::npos) absent = project_with(f + ",", "");
        else absent = project_with(", " + f, "");
        check_project(absent, Path::Fast);
    }
    check_project(project_with(R"("baseline": {"plan": null, "actual": 100})", R"("baseline": {})"), Path::Fast);
    check_project(project_with(R"("baseline": {"plan": null, "actual": 100})", R"("baseline": {"actual": 100})"), Path::Fast);
    check_project(project_with(R"("baseline": {"plan": null, "actual": 100})", R"("baseline": [])"), Path::Stream);
    check_project(project_with(R"("plan": null,)", R"("plan": null, "plan": null,)"), Path::Tree);
    // Required fields: null or absent is an error.
    check_project(project_with(R"("summary": {"ja": "概要\n二行目", "en": "Summary"})", R"("summary": null)"), Path::Stream);
    check_project(project_with(R"("fy": 2019, "plan": 0,)", R"("fy": 2019,)"), Path::Stream);
    check_project(project_with(R"("plan": 0,)", R"("plan": null,)"), Path::Fast);
    check_project(project_with(R"("no": 1,)", ""), Path::Stream);
    check_project(project_with(R"("years": [)", R"("years": null, "x": [)"), Path::Stream);
    // Empty arrays.
    check_project(project_with(R"("partners": [{"ja": "北海道"}])", R"("partners": [])"), Path::Fast);
    check_project(project_with(R"("notes": [{"ja": "※推計"}])", R"("notes": [])"), Path::Fast);
    check_project(project_with(R"([{"fy": 2019, "plan": 0, "actual": null}, {"fy": 2020, "plan": 150.5, "actual": 7}])", "[]"), Path::Fast);
    check(doc_with_projects(""), Path::Fast);
    check_project(R"({"id": "e", "name": {"ja": "x"}, "application": "single", "summary": {"ja": "y"}, "kpis": []})", Path::Fast);
    // Trailing commas, missing colons: syntax errors.
    check_project(project_with(R"("kpi_scope": {"ja": "全体"},)", R"("kpi_scope": {"ja": "全体",},)"), Path::Stream);
    check_project(project_with(R"("no": 1,)", R"("no" 1,)"), Path::Stream);
    check_project(std::string(kProject) + ",", Path::Stream);
    // Duplicates across the file and within a project: errors.
    check_project(std::string(kProject) + "," + kProject, Path::Stream);
    check_project(project_with(R"("edge")", R"("first")"), Path::Stream);
    check_project(project_with(R"("fy": 2020)", R"("fy": 2019)"), Path::Stream);
    check_project(project_with(R"("fy": 2019)", R"("fy": 2021)"), Path::Stream);
    check_project(project_with(R"("notes": [{"ja": "※推計"}]}])", R"("notes": []}, {"no": 1, "name": {"ja": "a"}, "unit": {"ja": "b"}, "years": []}])"), Path::Stream);
    check_project(project_with(R"("notes": [{"ja": "※推計"}]}])", R"("notes": []}, {"no": 2, "name": {"ja": "a"}, "unit": {"ja": "b"}, "years": []}])"), Path::Fast);
    // The streamed levels: a repeated "programs" or "projects", items that are not objects.
    const std::string doc = doc_with_projects(kProject);
    check(std::string(doc).insert(1, R"("programs": [], )"), Path::Stream);
    check(std::string(doc).insert(1, R"("notes": [], "notes": null, )"), Path::Fast);
    check(std::string(doc).insert(1, R"("extra": {"a": [1, "]"]}, )"), Path::Fast);   // a root warning
    check(std::string(doc).insert(doc.find(R"("id": "r2")"), R"("projects": [], )"), Path::Stream);
    check(std::string(doc).insert(doc.find(R"("id": "r2")"), R"("id": "r0", )"), Path::Fast);
    check(std::string(doc).insert(doc.find(R"("id": "r2")"), R"("period": 2019, )"), Path::Stream);
    check(doc_with_projects("7"), Path::Stream);
    check(R"({"format": "kpi-report/1", "title": {"ja": "題"}, "publisher": {"ja": "市"}, "as_of": "2024-03-31", "programs": []})",
          Path::Stream);
    check(R"({"format": "kpi-report/1", "title": {"ja": "題"}, "publisher": {"ja": "市"}, "as_of": "2024-03-31", "programs": [3]})",
          Path::Stream);
    check(R"([])", Path::Stream);
    // A root warning and a project's, in document order (root first, then each program's).
    {
        std::string w = doc_with_projects(project_with(R"("application")", R"("partner": [], "application")"));
        w.insert(1, R"("zz": 1, )");
        check(w, Path::Tree);
        CHECK(load_dataset(w).warnings.size() == 2);
    }
}

TEST_CASE("load fast: it never answers for bytes the pre-checks refuse (it does their work as it reads)") {
    const std::string bad[] = {"\xE0\x80\x80", "\xED\xA0\x80", "\xC0\xAF", "\x80", "\xBF", "\xF4\x90\x80\x80",
                               "\xF5\x80\x80\x80", "\xFF", "\xE3\x81", "\xE3", "\xF0\x9F\x98", std::string(1, '\0')};
    const std::string doc = doc_with_projects(kProject);
    for (const std::string& b : bad) {
        INFO("bytes: " << utf8_printable(b));
        check_project(project_with(R"("概要\n二行目")", "\"概" + b + "要\""), Path::Stream);            // in a string
        check_project(project_with(R"("概要\n二行目")", "\"概要" + b + "\""), Path::Stream);            // before its end
        check_project(project_with(R"("application")", "\"x" + b + "\": 1, \"application\""), Path::Stream);   // a key
        check_project(project_with(R"("no": 1)", "\"no\": " + b + "1"), Path::Stream);               // between tokens
        check(std::string(doc).insert(1, "\"title\": {\"ja\": \"" + b + "\"}, "), Path::Stream);      // a root field
        check(std::string(doc).insert(1, "\"zz\": [\"" + b + "\"], "), Path::Stream);
        check(std::string(doc).insert(doc.find(R"("id": "r2")"), "\"x\": \"" + b + "\", "), Path::Stream);
        check(std::string(doc) + b, Path::Stream);
    }
    // Well-formed characters of every length, Table 3-7's edges included.
    for (const char* good : {"\xC2\x80", "\xC3\xA9", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80",
                             "\xEF\xBF\xBD", "\xF0\x90\x80\x80", "\xF0\x9F\x98\x80", "\xF3\xBF\xBF\xBF", "\xF4\x8F\xBF\xBF"}) {
        INFO("bytes: " << utf8_printable(good));
        const Path path = std::string(good) == "\xC2\x80" ? Path::Stream : Path::Fast;   // (U+0080 is a C1 control)
        check_project(project_with(R"("概要\n二行目")", "\"" + std::string(good) + "a\\n" + good + "\""), path);
        check_project(project_with(R"("application")", "\"x" + std::string(good) + "\": 1, \"application\""), Path::Tree);
    }
    // Nesting up to the limit (64 levels, the root's own object included) and one deeper: in a
    // root field, a program's field and a project's (all read as trees).
    auto nested = [](int levels) { return std::string(static_cast<size_t>(levels), '[') + std::string(static_cast<size_t>(levels), ']'); };
    check(std::string(doc).insert(1, "\"zz\": " + nested(63) + ", "), Path::Fast);
    check(std::string(doc).insert(1, "\"zz\": " + nested(64) + ", "), Path::Stream);
    check(std::string(doc).insert(doc.find(R"("id": "r2")"), "\"zz\": " + nested(61) + ", "), Path::Fast);
    check(std::string(doc).insert(doc.find(R"("id": "r2")"), "\"zz\": " + nested(62) + ", "), Path::Stream);
    check_project(project_with(R"("application")", "\"zz\": " + nested(59) + ", \"application\""), Path::Tree);
    check_project(project_with(R"("application")", "\"zz\": " + nested(60) + ", \"application\""), Path::Stream);
    check_project(project_with(R"("application")", "\"zz\": [\"[[[[\", " + nested(58) + "], \"application\""), Path::Tree);
    // A file over the size limit is never read, however good.
    const std::string big = std::string(doc).insert(1, "\"zz\": \"" + std::string(kMaxDatasetBytes, 'a') + "\", ");
    load_fast::Stats stats;
    CHECK_FALSE(load_fast::try_load(big, &stats).has_value());
    CHECK(load_dataset(big).error.has_value());
}

//-----------------------------------------------------------------------------
// [SECTION] The pre-checks' fast loop against a plain byte-by-byte scan
//-----------------------------------------------------------------------------

namespace {

// The pre-checks' rule spelled out one byte at a time (the loop load.cpp had before it skipped
// runs of plain ASCII and common 3-byte characters): the message of the first problem, or "".
std::string bytes_problem_plainly(std::string_view s) {
    std::string nesting;
    int depth = 0;
    bool in_string = false, escaped = false;
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0) return "NUL byte at byte offset " + std::to_string(i);
        if (c >= 0x80) {
            const char* why = "";
            const size_t len = utf8_sequence_length(s, i, &why);
            if (len == 0) return std::string("invalid UTF-8: ") + why + " at byte offset " + std::to_string(i);
            escaped = false;
            i += len;
            continue;
        }
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxNestingDepth && nesting.empty())
                nesting = "nesting deeper than " + std::to_string(kMaxNestingDepth) +
                          " levels of arrays/objects at byte offset " + std::to_string(i);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
        ++i;
    }
    return nesting;
}

} // namespace

TEST_CASE("load fast: the pre-checks find the first bad byte and the first too-deep bracket as a plain scan does") {
    std::mt19937 rng(99);
    const char* const pieces[] = {
        "a", " ", "\"", "\\", "[", "]", "{", "}", "あ", "漢", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEF\xBF\xBD",
        "\xC3\xA9", "\xF0\x9F\x98\x80", "\xF4\x8F\xBF\xBF", "\xE0\x80\x80", "\xED\xA0\x80", "\xE3\x81",
        "\xE3", "\x80", "\xBF", "\xC0\xAF", "\xF5\x80\x80\x80", "\xF4\x90\x80\x80", "\xFF", "\x7F", "\x01",
        "[[[[[[[[[[[[[[[[", "]]]]]]]]", "\"[[[[\"", "\\\"", "(a NUL byte)"};
    const size_t kinds = sizeof pieces / sizeof pieces[0];
    int problems = 0;
    for (int i = 0; i < 4000; ++i) {
        std::string body = "{\"a\": ";
        const int n = 1 + static_cast<int>(rng() % 60);
        for (int k = 0; k < n; ++k) {
            const size_t which = rng() % kinds;
            body += which + 1 == kinds ? std::string(1, '\0') : std::string(pieces[which]);
        }
        const std::string expected = bytes_problem_plainly(body);
        const LoadResult r = load_dataset(body);
        INFO("input (" << i << "): " << utf8_printable(body, 400));
        REQUIRE(r.error.has_value());
        if (expected.empty()) {
            CHECK(r.error->message.rfind("NUL byte", 0) == std::string::npos);
            CHECK(r.error->message.rfind("invalid UTF-8", 0) == std::string::npos);
            CHECK(r.error->message.rfind("nesting deeper", 0) == std::string::npos);
        } else {
            ++problems;
            CHECK(r.error->message == expected);
        }
    }
    CHECK(problems > 2000);
}
