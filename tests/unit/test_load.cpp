// Tests for the dataset loader (src/core/load.cpp): a valid document maps onto the model, and
// every validation rule has an input that breaks it, checked for the JSON pointer it reports and
// a key word of its message.
#include <doctest/doctest.h>

#include "core/load.h"
#include "load_compare.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using nlohmann::json;
using namespace kpi;

namespace {

// A small document that uses every field of the format once.
json valid_doc() {
    return json::parse(R"({
      "format": "kpi-report/1",
      "title": {"ja": "地方創生関係交付金事業のKPI", "en": "KPIs of regional revitalisation grants"},
      "publisher": {"ja": "札幌市"},
      "source": {"title": {"ja": "交付金事業の効果検証"}, "url": "https://example.org/report.pdf"},
      "as_of": "2024-03-31",
      "notes": [{"ja": "※数値は速報値"}],
      "programs": [
        {"id": "r1-suishin", "adopted_fy": 2019, "name": {"ja": "地方創生推進交付金"},
         "funding": {"ja": "1/2国費"}, "period": {"ja": "R1年度から3年間実施"},
         "projects": [
           {"id": "smart-city", "name": {"ja": "スマートシティ推進事業"}, "application": "joint",
            "partners": [{"ja": "北海道"}], "summary": {"ja": "データ活用基盤の構築"},
            "kpi_scope": {"ja": "全体"}, "notes": [{"ja": "※共同申請"}],
            "kpis": [
              {"no": 1, "name": {"ja": "利用者数"}, "unit": {"ja": "人", "en": "people"},
               "baseline": {"plan": null, "actual": 100},
               "years": [{"fy": 2019, "plan": 0, "actual": null},
                         {"fy": 2020, "plan": 150.5, "actual": 0}]},
              {"no": 2, "name": {"ja": "削減量"}, "unit": {"ja": "t"}, "decimals": 1,
               "direction": "decrease", "years": [], "notes": [{"ja": "※推計"}]}
            ]},
           {"id": "tourism", "name": {"ja": "観光振興事業"}, "application": "single",
            "summary": {"ja": "観光客の誘致"}, "kpis": []}
         ]},
        {"id": "r3-suishin", "adopted_fy": 2021, "name": {"ja": "地方創生推進交付金"},
         "notes": [{"ja": "新規採択事業なし"}], "projects": []}
      ]
    })");
}

const char* const kKpi0 = "/programs/0/projects/0/kpis/0";
const char* const kYear1 = "/programs/0/projects/0/kpis/0/years/1";

std::string ptr(const std::string& base, const std::string& rest) { return base + rest; }

// The valid document with the value at `pointer` replaced (or added).
std::string with(const std::string& pointer, const json& value) {
    json doc = valid_doc();
    doc[json::json_pointer(pointer)] = value;
    return doc.dump();
}

// The valid document without the member at `pointer`.
std::string without(const std::string& pointer) {
    json doc = valid_doc();
    json::json_pointer p(pointer);
    doc[p.parent_pointer()].erase(p.back());
    return doc.dump();
}

// The valid document with the value at `pointer` replaced by raw JSON text (for text that
// nlohmann would not produce itself: NaN, 1e999, invalid UTF-8…).
std::string with_raw(const std::string& pointer, const std::string& raw) {
    const std::string marker = "\"@@MARK@@\"";
    std::string text = with(pointer, "@@MARK@@");
    text.replace(text.find(marker), marker.size(), raw);
    return text;
}

LoadError error_of(std::string_view bytes) {
    LoadResult r = load_dataset(bytes);
    CHECK(load_compare::difference(bytes) == "");   // the oracle agrees (fast path and streaming loader)
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.error.has_value());
    return *r.error;
}

// Loading fails at `pointer` with a message that contains `word`.
void check_error(std::string_view bytes, const std::string& pointer, const std::string& word) {
    LoadError e = error_of(bytes);
    INFO("got: " << e.describe());
    CHECK(e.pointer == pointer);
    CHECK(e.message.find(word) != std::string::npos);
}

Dataset load_ok(std::string_view bytes) {
    LoadResult r = load_dataset(bytes);
    CHECK(load_compare::difference(bytes) == "");   // the oracle agrees (fast path and streaming loader)
    INFO("error: " << (r.error ? r.error->describe() : std::string("(none)")));
    REQUIRE(r.ok());
    CHECK_FALSE(r.error.has_value());
    return *r.dataset;
}

} // namespace

TEST_CASE("load: a valid document maps onto the model") {
    Dataset ds = load_ok(valid_doc().dump(2));
    CHECK(ds.format == "kpi-report/1");
    CHECK(ds.title.in("ja") == "地方創生関係交付金事業のKPI");
    CHECK(ds.title.in("en") == "KPIs of regional revitalisation grants");
    CHECK(ds.publisher.in("en") == "札幌市");  // falls back to Japanese
    CHECK(ds.source.title.in("ja") == "交付金事業の効果検証");
    CHECK(ds.source.url == "https://example.org/report.pdf");
    CHECK(ds.as_of == "2024-03-31");
    REQUIRE(ds.notes.size() == 1);
    CHECK(ds.notes[0].in("ja") == "※数値は速報値");

    REQUIRE(ds.programs.size() == 2);
    const Program& p0 = ds.programs[0];
    CHECK(p0.id == "r1-suishin");
    CHECK(p0.adopted_fy == 2019);
    CHECK(p0.funding.in("ja") == "1/2国費");
    CHECK(p0.period.in("ja") == "R1年度から3年間実施");
    CHECK(p0.notes.empty());  // missing notes -> empty
    REQUIRE(p0.projects.size() == 2);

    const Project& sc = p0.projects[0];
    CHECK(sc.id == "smart-city");
    CHECK(sc.application == Application::Joint);
    REQUIRE(sc.partners.size() == 1);
    CHECK(sc.partners[0].in("ja") == "北海道");
    CHECK(sc.summary.in("ja") == "データ活用基盤の構築");
    CHECK(sc.kpi_scope.in("ja") == "全体");
    REQUIRE(sc.notes.size() == 1);
    REQUIRE(sc.kpis.size() == 2);

    const Kpi& k1 = sc.kpis[0];
    CHECK(k1.no == 1);
    CHECK(k1.unit.in("en") == "people");
    CHECK(k1.decimals == 0);  // default
    CHECK(k1.direction == Direction::Increase);  // default
    CHECK_FALSE(k1.baseline_plan.has_value());  // null stays null
    REQUIRE(k1.baseline_actual.has_value());
    CHECK(*k1.baseline_actual == 100);
    REQUIRE(k1.years.size() == 2);
    CHECK(k1.years[0].fy == 2019);
    REQUIRE(k1.years[0].plan.has_value());  // 0 is a value, not "missing"
    CHECK(*k1.years[0].plan == 0);
    CHECK_FALSE(k1.years[0].actual.has_value());
    CHECK(*k1.years[1].plan == doctest::Approx(150.5));
    REQUIRE(k1.years[1].actual.has_value());
    CHECK(*k1.years[1].actual == 0);
    CHECK(k1.notes.empty());

    const Kpi& k2 = sc.kpis[1];
    CHECK(k2.decimals == 1);
    CHECK(k2.direction == Direction::Decrease);
    CHECK(k2.years.empty());
    REQUIRE(k2.notes.size() == 1);

    const Project& tour = p0.projects[1];
    CHECK(tour.application == Application::Single);
    CHECK(tour.partners.empty());
    CHECK(tour.kpi_scope.empty());
    CHECK(tour.kpis.empty());

    const Program& p1 = ds.programs[1];
    CHECK(p1.projects.empty());  // a program without projects is valid
    CHECK(p1.funding.empty());
    REQUIRE(p1.notes.size() == 1);
}

TEST_CASE("load: model lookups") {
    Dataset ds = load_ok(valid_doc().dump());
    CHECK(ds.project_count() == 2);
    CHECK(ds.kpi_count() == 2);
    REQUIRE(ds.find_project("tourism") != nullptr);
    CHECK(ds.find_project("tourism")->id == "tourism");
    CHECK(ds.find_project("nope") == nullptr);
    REQUIRE(ds.program_of("smart-city") != nullptr);
    CHECK(ds.program_of("smart-city")->id == "r1-suishin");
    CHECK(ds.program_of("nope") == nullptr);
    CHECK(std::string(to_string(Application::Single)) == "single");
    CHECK(std::string(to_string(Application::Joint)) == "joint");
    Text none;
    CHECK(none.in("ja").empty());
    CHECK(none.in("en").empty());
}

TEST_CASE("load: accepted variations") {
    SUBCASE("UTF-8 BOM is skipped") {
        Dataset ds = load_ok("\xEF\xBB\xBF" + valid_doc().dump());
        CHECK(ds.publisher.in("ja") == "札幌市");
    }
    SUBCASE("unknown keys are ignored everywhere") {
        json doc = valid_doc();
        doc["future"] = {{"anything", json::array({1, 2, 3})}};
        doc["programs"][0]["projects"][0]["kpis"][0]["chart"] = "bar";
        doc["programs"][0]["projects"][0]["kpis"][0]["years"][0]["estimate"] = true;
        load_ok(doc.dump());
    }
    SUBCASE("optional fields may be absent or null") {
        json doc = valid_doc();
        doc.erase("source");
        doc.erase("notes");
        doc["programs"][0]["funding"] = nullptr;
        doc["programs"][0]["projects"][0].erase("partners");
        doc["programs"][0]["projects"][0]["kpis"][0].erase("baseline");
        Dataset ds = load_ok(doc.dump());
        CHECK(ds.notes.empty());
        CHECK(ds.source.url.empty());
        CHECK(ds.programs[0].funding.empty());
        CHECK_FALSE(ds.programs[0].projects[0].kpis[0].baseline_plan.has_value());
    }
    SUBCASE("a missing baseline key means null") {
        Dataset ds = load_ok(with(ptr(kKpi0, "/baseline"), {{"plan", 5}}));
        const Kpi& k = ds.programs[0].projects[0].kpis[0];
        REQUIRE(k.baseline_plan.has_value());
        CHECK(*k.baseline_plan == 5);
        CHECK_FALSE(k.baseline_actual.has_value());
    }
    SUBCASE("other languages, empty translations fall back to Japanese") {
        Dataset ds = load_ok(with("/publisher", {{"ja", "札幌市"}, {"en", ""}, {"zh-TW", "札幌市"}}));
        CHECK(ds.publisher.in("en") == "札幌市");
        CHECK(ds.publisher.by_lang.count("en") == 0);
        CHECK(ds.publisher.by_lang.count("zh-TW") == 1);
    }
    SUBCASE("an easy-Japanese text (ja-easy) is shown in easy Japanese; without one, the Japanese text") {
        Dataset ds = load_ok(with("/publisher", {{"ja", "札幌市"}, {"ja-easy", "さっぽろし"}}));
        CHECK(ds.publisher.in(kpi::Lang::Easy) == "さっぽろし");
        CHECK(ds.publisher.in(kpi::Lang::Ja) == "札幌市");
        CHECK(ds.publisher.in(kpi::Lang::En) == "札幌市");
        CHECK(ds.title.in(kpi::Lang::Easy) == ds.title.in(kpi::Lang::Ja));
    }
    SUBCASE("integral floats are integers; magnitude limit is inclusive") {
        Dataset ds = load_ok(with_raw(ptr(kYear1, "/fy"), "2020.0"));
        CHECK(ds.programs[0].projects[0].kpis[0].years[1].fy == 2020);
        load_ok(with(ptr(kYear1, "/plan"), 1e15));
        load_ok(with(ptr(kYear1, "/actual"), -1e15));
    }
    SUBCASE("leap day") { load_ok(with("/as_of", "2024-02-29")); }
    SUBCASE("nesting inside strings is not counted") {
        load_ok(with("/title/en", std::string(10000, '[')));
    }
    SUBCASE("load_dataset_file reads a file") {
        std::string path = "/tmp/kpi_test_load_" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + ".json";
        {
            std::ofstream out(path, std::ios::binary);
            out << valid_doc().dump();
        }
        LoadResult r = load_dataset_file(path);
        std::remove(path.c_str());
        REQUIRE(r.ok());
        CHECK(r.dataset->project_count() == 2);
    }
}

TEST_CASE("load: pre-checks on raw bytes") {
    SUBCASE("empty") { check_error("", "", "empty"); }
    SUBCASE("only a BOM") { check_error("\xEF\xBB\xBF", "", "empty"); }
    SUBCASE("too large") {
        std::string big(kMaxDatasetBytes + 1, ' ');
        check_error(big, "", "too large");
    }
    SUBCASE("UTF-16") { check_error(std::string("\xFF\xFE{\0}\0", 6), "", "UTF-16"); }
    SUBCASE("invalid UTF-8 byte, position in bytes, lines and code points") {
        std::string text = "{\n  \"日本\": \"\xff\"}";
        LoadError e = error_of(text);
        CHECK(e.pointer == "");
        CHECK(e.message.find("UTF-8") != std::string::npos);
        CHECK(e.message.find("byte offset 15") != std::string::npos);
        CHECK(e.line == 2);
        CHECK(e.column == 10);
        CHECK(e.describe().find("line 2, column 10") != std::string::npos);
    }
    SUBCASE("byte offset counts the BOM") {
        LoadError e = error_of("\xEF\xBB\xBF{\"a\":\"\xff\"}");
        CHECK(e.message.find("byte offset 9") != std::string::npos);
        CHECK(e.line == 1);
        CHECK(e.column == 7);
    }
    SUBCASE("invalid UTF-8 in a value of a real document") {
        check_error(with_raw("/title/ja", "\"ab\xff\""), "", "UTF-8");
    }
    SUBCASE("overlong encoding") { check_error(with_raw("/title/ja", "\"\xc0\xaf\""), "", "overlong"); }
    SUBCASE("overlong 3-byte encoding") { check_error("\"\xe0\x80\xaf\"", "", "overlong"); }
    SUBCASE("encoded surrogate") { check_error(with_raw("/title/ja", "\"\xed\xa0\x80\""), "", "surrogate"); }
    SUBCASE("above U+10FFFF") { check_error("\"\xf4\x90\x80\x80\"", "", "U+10FFFF"); }
    SUBCASE("lone continuation byte") { check_error("\"\x80\"", "", "continuation"); }
    SUBCASE("truncated sequence") { check_error("\"\xe6\x97\"", "", "truncated"); }
    SUBCASE("truncated sequence at end of input") { check_error("\"\xe6\x97", "", "truncated"); }
    SUBCASE("NUL byte") {
        std::string text("{\"a\":\0}", 7);
        LoadError e = error_of(text);
        CHECK(e.message.find("NUL") != std::string::npos);
        CHECK(e.message.find("byte offset 5") != std::string::npos);
        CHECK(e.column == 6);
    }
    SUBCASE("10000-deep nesting returns quickly with an error") {
        auto start = std::chrono::steady_clock::now();
        LoadError e = error_of(std::string(10000, '['));
        auto elapsed = std::chrono::steady_clock::now() - start;
        CHECK(e.message.find("nesting") != std::string::npos);
        CHECK(e.message.find("byte offset 64") != std::string::npos);
        CHECK(elapsed < std::chrono::seconds(1));
        std::string objects;
        for (int i = 0; i < 10000; ++i) objects += "{\"a\":";
        check_error(objects, "", "nesting");
    }
    SUBCASE("exactly kMaxNestingDepth levels pass the pre-check") {
        std::string nested = std::string(kMaxNestingDepth, '[') + std::string(kMaxNestingDepth, ']');
        check_error(nested, "", "object");  // schema error, not a nesting error
        std::string deeper = "[" + nested + "]";
        check_error(deeper, "", "nesting");
    }
}

TEST_CASE("load: JSON syntax errors carry line and column") {
    SUBCASE("truncated") {
        std::string text = valid_doc().dump();
        text.resize(text.rfind("\"years\""));  // cut before a key, on a character boundary
        LoadError e = error_of(text);
        CHECK(e.pointer == "");
        CHECK(e.message.find("invalid JSON") != std::string::npos);
        CHECK(e.message.find("end of input") != std::string::npos);
        CHECK(e.line == 1);
        CHECK(e.column > 1);
    }
    SUBCASE("truncated inside a string") {
        std::string text = valid_doc().dump();
        text.resize(text.rfind("\"years\"") + 3);
        check_error(text, "", "missing closing quote");
    }
    SUBCASE("line and column of a bad token") {
        LoadError e = error_of("{\n  \"a\": tru\n}");
        CHECK(e.line == 2);
        CHECK(e.column >= 8);
        CHECK(e.message.find("invalid JSON") != std::string::npos);
    }
    SUBCASE("whitespace only") { check_error("  \n ", "", "invalid JSON"); }
    SUBCASE("trailing garbage") { check_error(valid_doc().dump() + " x", "", "invalid JSON"); }
    SUBCASE("NaN") { check_error(with_raw(ptr(kYear1, "/plan"), "NaN"), "", "invalid JSON"); }
    SUBCASE("Infinity") { check_error(with_raw(ptr(kYear1, "/plan"), "Infinity"), "", "invalid JSON"); }
    SUBCASE("-Infinity") { check_error(with_raw(ptr(kYear1, "/plan"), "-Infinity"), "", "invalid JSON"); }
    SUBCASE("1e999 overflows") {
        std::string text = with_raw(ptr(kYear1, "/plan"), "1e999");
        LoadError e = error_of(text);
        CHECK(e.message.find("overflow") != std::string::npos);
        CHECK(e.line == 1);
        CHECK(e.column > 1);
        LoadError small = error_of("{\"a\": 1e999}");
        CHECK(small.column == 7);  // the number's first character
        CHECK(small.message.find("byte offset 6") != std::string::npos);
    }
    SUBCASE("-1e999 overflows") { check_error(with_raw(ptr(kYear1, "/actual"), "-1e999"), "", "overflow"); }
    SUBCASE("comments are not JSON") { check_error("// x\n{}", "", "invalid JSON"); }
}

TEST_CASE("load: top level") {
    SUBCASE("root must be an object") { check_error("[]", "", "object"); }
    SUBCASE("root scalar") { check_error("42", "", "object"); }
    SUBCASE("format missing") { check_error(without("/format"), "", "\"format\""); }
    SUBCASE("format wrong") { check_error(with("/format", "kpi-report/2"), "/format", "kpi-report/1"); }
    SUBCASE("format wrong type") { check_error(with("/format", 1), "/format", "kpi-report/1"); }
    SUBCASE("title missing") { check_error(without("/title"), "", "\"title\""); }
    SUBCASE("title wrong type") { check_error(with("/title", "x"), "/title", "text object"); }
    SUBCASE("publisher missing") { check_error(without("/publisher"), "", "\"publisher\""); }
    SUBCASE("source wrong type") { check_error(with("/source", json::array()), "/source", "object"); }
    SUBCASE("source title missing") { check_error(without("/source/title"), "/source", "\"title\""); }
    SUBCASE("source url wrong type") { check_error(with("/source/url", 3), "/source/url", "string"); }
    SUBCASE("source url not http") {
        check_error(with("/source/url", "javascript:alert(1)"), "/source/url", "https://");
    }
    SUBCASE("as_of missing") { check_error(without("/as_of"), "", "\"as_of\""); }
    SUBCASE("as_of month 13") { check_error(with("/as_of", "2024-13-01"), "/as_of", "month"); }
    SUBCASE("as_of month 00") { check_error(with("/as_of", "2024-00-01"), "/as_of", "month"); }
    SUBCASE("as_of day 32") { check_error(with("/as_of", "2024-01-32"), "/as_of", "day"); }
    SUBCASE("as_of day 00") { check_error(with("/as_of", "2024-01-00"), "/as_of", "day"); }
    SUBCASE("as_of Feb 30") { check_error(with("/as_of", "2024-02-30"), "/as_of", "day"); }
    SUBCASE("as_of Feb 29 of a common year") { check_error(with("/as_of", "2023-02-29"), "/as_of", "day"); }
    SUBCASE("as_of shape") { check_error(with("/as_of", "2024/03/31"), "/as_of", "YYYY-MM-DD"); }
    SUBCASE("as_of letters") { check_error(with("/as_of", "2024-0a-31"), "/as_of", "YYYY-MM-DD"); }
    SUBCASE("as_of number") { check_error(with("/as_of", 20240331), "/as_of", "YYYY-MM-DD"); }
    SUBCASE("notes not an array") { check_error(with("/notes", {{"ja", "x"}}), "/notes", "array"); }
    SUBCASE("note not a text") { check_error(with("/notes/0", "x"), "/notes/0", "text object"); }
    SUBCASE("programs missing") { check_error(without("/programs"), "", "\"programs\""); }
    SUBCASE("programs not an array") { check_error(with("/programs", json::object()), "/programs", "array"); }
    SUBCASE("programs empty") { check_error(with("/programs", json::array()), "/programs", "non-empty"); }
}

TEST_CASE("load: text objects") {
    SUBCASE("ja missing") { check_error(with("/title", {{"en", "x"}}), "/title", "\"ja\""); }
    SUBCASE("ja empty") { check_error(with("/title/ja", ""), "/title/ja", "non-empty"); }
    SUBCASE("ja wrong type") { check_error(with("/title/ja", 1), "/title/ja", "string"); }
    SUBCASE("other language wrong type") { check_error(with("/title/en", nullptr), "/title/en", "string"); }
    SUBCASE("bad language key") { check_error(with("/title/JA!", "x"), "/title/JA!", "language"); }
    SUBCASE("easy Japanese is ja-easy only") { check_error(with("/title/en-easy", "x"), "/title/en-easy", "language"); }
    SUBCASE("language key lower-case region") { check_error(with("/title/en-us", "x"), "/title/en-us", "language"); }
    SUBCASE("language key with a slash is escaped in the pointer") {
        check_error(with("/title", {{"ja", "x"}, {"e/n", "y"}}), "/title/e~1n", "language");
    }
    SUBCASE("NUL character from an escape") {
        check_error(with_raw("/publisher/ja", "\"a\\u0000b\""), "/publisher/ja", "NUL");
    }
    SUBCASE("empty text object") { check_error(with("/publisher", json::object()), "/publisher", "\"ja\""); }
}

TEST_CASE("load: programs") {
    const std::string p = "/programs/0";
    SUBCASE("not an object") { check_error(with(p, 1), p, "object"); }
    SUBCASE("id missing") { check_error(without(p + "/id"), p, "\"id\""); }
    SUBCASE("id wrong type") { check_error(with(p + "/id", 7), p + "/id", "slug"); }
    SUBCASE("bad slugs") {
        for (const char* bad : {"Smart City", "a/b", "", "x--y", "日本", "-a", "a-", "A"}) {
            INFO("slug: " << bad);
            check_error(with(p + "/id", bad), p + "/id", "slug");
        }
    }
    SUBCASE("duplicate program id") {
        check_error(with("/programs/1/id", "r1-suishin"), "/programs/1/id", "duplicate");
        LoadError e = error_of(with("/programs/1/id", "r1-suishin"));
        CHECK(e.message.find("/programs/0/id") != std::string::npos);  // where it was first used
    }
    SUBCASE("adopted_fy missing") { check_error(without(p + "/adopted_fy"), p, "\"adopted_fy\""); }
    SUBCASE("adopted_fy too small") { check_error(with(p + "/adopted_fy", 1899), p + "/adopted_fy", "integer"); }
    SUBCASE("adopted_fy too large") { check_error(with(p + "/adopted_fy", 2201), p + "/adopted_fy", "integer"); }
    SUBCASE("adopted_fy fractional") { check_error(with(p + "/adopted_fy", 2019.5), p + "/adopted_fy", "integer"); }
    SUBCASE("adopted_fy string") { check_error(with(p + "/adopted_fy", "2019"), p + "/adopted_fy", "integer"); }
    SUBCASE("adopted_fy huge") {
        check_error(with_raw(p + "/adopted_fy", "99999999999999999999999"), p + "/adopted_fy", "integer");
    }
    SUBCASE("name missing") { check_error(without(p + "/name"), p, "\"name\""); }
    SUBCASE("funding wrong type") { check_error(with(p + "/funding", "1/2"), p + "/funding", "text object"); }
    SUBCASE("period wrong type") { check_error(with(p + "/period", 3), p + "/period", "text object"); }
    SUBCASE("notes wrong type") { check_error(with("/programs/1/notes/0", {{"en", "x"}}), "/programs/1/notes/0", "\"ja\""); }
    SUBCASE("projects missing") { check_error(without(p + "/projects"), p, "\"projects\""); }
    SUBCASE("projects wrong type") { check_error(with(p + "/projects", {{"a", 1}}), p + "/projects", "array"); }
}

TEST_CASE("load: projects") {
    const std::string p = "/programs/0/projects/0";
    SUBCASE("not an object") { check_error(with(p, json::array()), p, "object"); }
    SUBCASE("id missing") { check_error(without(p + "/id"), p, "\"id\""); }
    SUBCASE("bad slugs") {
        const std::vector<std::string> bads = {"Smart City", "a/b", "", "x--y", "日本", std::string(65, 'a')};
        for (const std::string& bad : bads) {
            INFO("slug: " << bad);
            check_error(with(p + "/id", bad), p + "/id", "slug");
        }
    }
    SUBCASE("duplicate project id within a program") {
        check_error(with("/programs/0/projects/1/id", "smart-city"), "/programs/0/projects/1/id", "duplicate");
    }
    SUBCASE("duplicate project id across programs") {
        json doc = valid_doc();
        json copy = doc["programs"][0]["projects"][1];
        doc["programs"][1]["projects"].push_back(copy);
        check_error(doc.dump(), "/programs/1/projects/0/id", "duplicate");
    }
    SUBCASE("a program id may equal a project id") { load_ok(with("/programs/1/id", "tourism")); }
    SUBCASE("name missing") { check_error(without(p + "/name"), p, "\"name\""); }
    SUBCASE("application missing") { check_error(without(p + "/application"), p, "\"application\""); }
    SUBCASE("application unknown") {
        LoadError e = error_of(with(p + "/application", "both"));
        CHECK(e.pointer == p + "/application");
        CHECK(e.message.find("\"single\"") != std::string::npos);
        CHECK(e.message.find("\"joint\"") != std::string::npos);
        CHECK(e.message.find("\"both\"") != std::string::npos);
    }
    SUBCASE("application wrong type") { check_error(with(p + "/application", true), p + "/application", "single"); }
    SUBCASE("partners wrong type") { check_error(with(p + "/partners", {{"ja", "北海道"}}), p + "/partners", "array"); }
    SUBCASE("partner not a text") { check_error(with(p + "/partners/0", "北海道"), p + "/partners/0", "text object"); }
    SUBCASE("summary missing") { check_error(without(p + "/summary"), p, "\"summary\""); }
    SUBCASE("kpi_scope wrong type") { check_error(with(p + "/kpi_scope", "全体"), p + "/kpi_scope", "text object"); }
    SUBCASE("notes wrong type") { check_error(with(p + "/notes", "x"), p + "/notes", "array"); }
    SUBCASE("kpis missing") { check_error(without(p + "/kpis"), p, "\"kpis\""); }
    SUBCASE("kpis wrong type") { check_error(with(p + "/kpis", nullptr), p + "/kpis", "array"); }
}

TEST_CASE("load: kpis") {
    const std::string k = kKpi0;
    SUBCASE("not an object") { check_error(with(k, "x"), k, "object"); }
    SUBCASE("no missing") { check_error(without(k + "/no"), k, "\"no\""); }
    SUBCASE("no zero") { check_error(with(k + "/no", 0), k + "/no", "integer"); }
    SUBCASE("no too large") { check_error(with(k + "/no", 1000), k + "/no", "integer"); }
    SUBCASE("no fractional") { check_error(with(k + "/no", 1.5), k + "/no", "integer"); }
    SUBCASE("duplicate no") {
        check_error(with("/programs/0/projects/0/kpis/1/no", 1), "/programs/0/projects/0/kpis/1/no", "duplicate");
    }
    SUBCASE("name missing") { check_error(without(k + "/name"), k, "\"name\""); }
    SUBCASE("unit missing") { check_error(without(k + "/unit"), k, "\"unit\""); }
    SUBCASE("unit wrong type") { check_error(with(k + "/unit", "人"), k + "/unit", "text object"); }
    SUBCASE("decimals too large") { check_error(with(k + "/decimals", 7), k + "/decimals", "integer"); }
    SUBCASE("decimals negative") { check_error(with(k + "/decimals", -1), k + "/decimals", "integer"); }
    SUBCASE("decimals string") { check_error(with(k + "/decimals", "2"), k + "/decimals", "integer"); }
    SUBCASE("direction unknown") {
        check_error(with(k + "/direction", "up"), k + "/direction", "\"increase\", \"decrease\"");
    }
    SUBCASE("baseline wrong type") { check_error(with(k + "/baseline", 5), k + "/baseline", "object"); }
    SUBCASE("baseline plan wrong type") {
        check_error(with(k + "/baseline/plan", "5"), k + "/baseline/plan", "number or null");
    }
    SUBCASE("baseline actual too large") {
        check_error(with(k + "/baseline/actual", 1e16), k + "/baseline/actual", "1e15");
    }
    SUBCASE("years missing") { check_error(without(k + "/years"), k, "\"years\""); }
    SUBCASE("years wrong type") { check_error(with(k + "/years", {{"fy", 2019}}), k + "/years", "array"); }
    SUBCASE("notes wrong type") { check_error(with(k + "/notes", 1), k + "/notes", "array"); }
}

TEST_CASE("load: years") {
    const std::string y = kYear1;
    SUBCASE("not an object") { check_error(with(y, json::array()), y, "object"); }
    SUBCASE("fy missing") { check_error(without(y + "/fy"), y, "\"fy\""); }
    SUBCASE("fy fractional") { check_error(with(y + "/fy", 2019.5), y + "/fy", "integer"); }
    SUBCASE("fy out of range") { check_error(with(y + "/fy", 2300), y + "/fy", "integer"); }
    SUBCASE("fy wrong type") { check_error(with(y + "/fy", nullptr), y + "/fy", "integer"); }
    SUBCASE("duplicate fy") {
        check_error(with(y + "/fy", 2019), y + "/fy", "duplicate");
        LoadError e = error_of(with(y + "/fy", 2019));
        CHECK(e.message.find(std::string(kKpi0) + "/years/0/fy") != std::string::npos);
    }
    SUBCASE("fy not ascending") { check_error(with(y + "/fy", 2018), y + "/fy", "ascending"); }
    SUBCASE("plan missing") { check_error(without(y + "/plan"), y, "\"plan\""); }
    SUBCASE("actual missing") { check_error(without(y + "/actual"), y, "\"actual\""); }
    SUBCASE("plan wrong type") {
        LoadError e = error_of(with(y + "/plan", "12"));
        CHECK(e.pointer == y + "/plan");
        CHECK(e.message.find("expected a number or null, got string") != std::string::npos);
        CHECK(e.describe() == "at " + y + "/plan: " + e.message);
    }
    SUBCASE("actual boolean") { check_error(with(y + "/actual", false), y + "/actual", "number or null"); }
    SUBCASE("plan too large") { check_error(with(y + "/plan", 1e16), y + "/plan", "1e15"); }
    SUBCASE("actual too small") { check_error(with(y + "/actual", -1e16), y + "/actual", "1e15"); }
    SUBCASE("plan huge integer") {
        check_error(with_raw(y + "/plan", "99999999999999999999999"), y + "/plan", "1e15");
    }
}

TEST_CASE("load: the first error in document order is reported") {
    json doc = valid_doc();
    doc["programs"][0]["projects"][0]["kpis"][0]["years"][0]["plan"] = "bad";
    doc["programs"][1]["id"] = "Bad Id";
    check_error(doc.dump(), std::string(kKpi0) + "/years/0/plan", "number");
    // The same input gives the same error every time.
    CHECK(error_of(doc.dump()).describe() == error_of(doc.dump()).describe());
}

TEST_CASE("load: is_slug") {
    CHECK(is_slug("a"));
    CHECK(is_slug("smart-city"));
    CHECK(is_slug("r1-2019-x"));
    CHECK(is_slug(std::string(64, 'a')));
    CHECK_FALSE(is_slug(std::string(65, 'a')));
    for (const char* bad : {"", "Smart City", "a/b", "x--y", "日本", "-a", "a-", "A", "a_b", "a b", "a.b"}) {
        INFO("slug: " << bad);
        CHECK_FALSE(is_slug(bad));
    }
}

TEST_CASE("load: LoadError::describe") {
    LoadError syntax{"", "invalid JSON: x", 3, 7};
    CHECK(syntax.describe() == "line 3, column 7: invalid JSON: x");
    LoadError schema{"/programs/0/id", "expected a slug", 0, 0};
    CHECK(schema.describe() == "at /programs/0/id: expected a slug");
    LoadError plain{"", "the file is empty", 0, 0};
    CHECK(plain.describe() == "the file is empty");
}

TEST_CASE("load: load_dataset_file errors name the path") {
    const std::string missing = "/nonexistent-dir/kpi-missing.json";
    LoadResult r = load_dataset_file(missing);
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.error.has_value());
    CHECK(r.error->message.find(missing) != std::string::npos);

    LoadResult dir = load_dataset_file("/tmp");
    REQUIRE_FALSE(dir.ok());
    CHECK(dir.error->message.find("/tmp") != std::string::npos);
}

TEST_CASE("load: unknown fields are ignored but listed with their pointer and a did-you-mean") {
    json doc = valid_doc();
    doc["programs"][0]["projects"][0]["partner"] = json::array({{{"ja", "北海道"}}});
    doc["programs"][0]["projects"][0]["kpis"][1]["note"] = json::array({{{"ja", "※"}}});
    doc["programs"][0]["projects"][0]["kpis"][1]["decimal"] = 2;
    doc["programs"][1]["remarks"] = "x";
    doc["source"]["URL"] = "https://example.org/";
    doc["programs"][0]["projects"][0]["kpis"][0]["years"][0]["estimate"] = true;
    const LoadResult r = load_dataset(doc.dump());
    REQUIRE(r.ok());
    REQUIRE(r.warnings.size() == 6);
    auto find = [&](const std::string& pointer) -> const LoadWarning* {
        for (const auto& w : r.warnings)
            if (w.pointer == pointer) return &w;
        return nullptr;
    };
    const LoadWarning* partner = find("/programs/0/projects/0/partner");
    REQUIRE(partner);
    CHECK(partner->field == "partner");
    CHECK(partner->suggestion == "partners");
    CHECK(partner->describe() ==
          "at /programs/0/projects/0/partner: unknown field \"partner\" (did you mean \"partners\"?)");
    REQUIRE(find("/programs/0/projects/0/kpis/1/note"));
    CHECK(find("/programs/0/projects/0/kpis/1/note")->suggestion == "notes");
    REQUIRE(find("/programs/0/projects/0/kpis/1/decimal"));
    CHECK(find("/programs/0/projects/0/kpis/1/decimal")->suggestion == "decimals");
    REQUIRE(find("/programs/1/remarks"));
    CHECK(find("/programs/1/remarks")->suggestion.empty());
    CHECK(find("/programs/1/remarks")->describe() == "at /programs/1/remarks: unknown field \"remarks\"");
    REQUIRE(find("/source/URL"));
    CHECK(find("/source/URL")->suggestion == "url");
    REQUIRE(find("/programs/0/projects/0/kpis/0/years/0/estimate"));
    // The valid document has none; texts' language keys are not fields.
    CHECK(load_dataset(valid_doc().dump()).warnings.empty());
}

TEST_CASE("load: a text is at most 10,000 characters") {
    std::string ok;
    for (int i = 0; i < 10000; ++i) ok += "あ";   // 10,000 characters, 30,000 bytes
    CHECK(load_dataset(with("/programs/0/projects/0/summary/ja", ok)).ok());
    check_error(with("/programs/0/projects/0/summary/ja", ok + "a"), "/programs/0/projects/0/summary/ja",
                "at most 10000 characters");
    check_error(with("/title/en", std::string(10001, 'a')), "/title/en", "10001 characters");
    check_error(with("/source/url", "https://example.org/" + std::string(10000, 'a')), "/source/url",
                "at most 10000");
}
