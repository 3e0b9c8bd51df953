// The importer module's answer (core/import_answer.h): what the importer found reaches publish mode
// unchanged (the dataset's numbers, every problem with its line), and an answer that is not the
// agreed shape is refused whole, never half-read.
#include "tool_runner.h"

#include <doctest/doctest.h>

#include "core/import_answer.h"
#include "core/import_report.h"
#include "core/load.h"

#include <string>

namespace {

const std::string kSeed = std::string(KPI_TESTDATA_DIR) + "/import/sapporo_report.txt";

kpi::ImportOptions sapporo_options() {
    kpi::ImportOptions o;
    o.publisher.by_lang["ja"] = "札幌市";
    o.as_of = "2026-11-29";
    return o;
}

} // namespace

TEST_CASE("import answer: the seed report's dataset arrives as the JSON the importer wrote") {
    const kpi::ImportResult r = kpi::import_report(tool_test::read_all(kSeed), sapporo_options());
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
    std::string report = tool_test::read_all(kSeed);
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
