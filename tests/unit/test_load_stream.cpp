// The loader (load_dataset: the fast path, core/load_fast.cpp, or the streaming loader,
// core/load_stream.cpp) and the streaming loader alone (load_dataset_stream) answer exactly what
// the whole-document loader (load_dataset_dom, their oracle) answers: the same model, warnings and
// first error, on every dataset and fuzz seed the repository has, and on thousands of generated
// variations of them that break one or more rules at once, in any key order, with duplicate keys
// (where the order of checks and "the last value counts" matter most).
#include <doctest/doctest.h>

#include "core/load.h"
#include "core/load_fast.h"
#include "load_compare.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using nlohmann::ordered_json;
using namespace kpi;

namespace {

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Every file in the load fuzz target's seed folders (tests/fuzz/targets.txt: data, tests/e2e/fixtures).
std::vector<std::filesystem::path> seed_files() {
    std::vector<std::filesystem::path> out;
    for (const char* dir : {"data", "tests/e2e/fixtures"})
        for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(KPI_SOURCE_DIR) / dir))
            if (e.is_regular_file()) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

// A small document with every field of the format, two programs, ids that can be made to clash.
ordered_json small_doc() {
    return ordered_json::parse(R"({
      "format": "kpi-report/1",
      "title": {"ja": "地方創生関係交付金事業のKPI", "en": "KPIs"},
      "publisher": {"ja": "札幌市"},
      "source": {"title": {"ja": "効果検証"}, "url": "https://example.org/report.pdf"},
      "as_of": "2024-03-31",
      "notes": [{"ja": "※数値は速報値"}],
      "programs": [
        {"id": "r1", "adopted_fy": 2019, "name": {"ja": "推進交付金"}, "funding": {"ja": "1/2国費"},
         "period": {"ja": "3年間"}, "notes": [{"ja": "注"}],
         "projects": [
           {"id": "a", "name": {"ja": "事業A"}, "application": "joint", "partners": [{"ja": "北海道"}],
            "summary": {"ja": "概要\n二行目"}, "kpi_scope": {"ja": "全体"}, "notes": [{"ja": "※"}],
            "kpis": [
              {"no": 1, "name": {"ja": "利用者数"}, "unit": {"ja": "人", "en": "people"}, "decimals": 1,
               "direction": "decrease", "baseline": {"plan": null, "actual": 100},
               "years": [{"fy": 2019, "plan": 0, "actual": null}, {"fy": 2020, "plan": 150.5, "actual": 0}],
               "notes": [{"ja": "※推計"}]},
              {"no": 2, "name": {"ja": "件数"}, "unit": {"ja": "件"}, "years": []}]},
           {"id": "b", "name": {"ja": "事業B"}, "application": "single", "summary": {"ja": "概要"}, "kpis": []}]},
        {"id": "r3", "adopted_fy": 2021, "name": {"ja": "推進交付金"}, "notes": [{"ja": "なし"}], "projects": [
           {"id": "c", "name": {"ja": "事業C"}, "application": "single", "summary": {"ja": "概要"},
            "kpis": [{"no": 1, "name": {"ja": "数"}, "unit": {"ja": "人"}, "years": [{"fy": 2021, "plan": 1, "actual": 2}]}]}]}
      ]
    })");
}

// Values that break (or sometimes satisfy) the rules, for replacing any value with.
ordered_json junk(std::mt19937& rng) {
    static const char* const kJunk[] = {
        "null", "true", "false", "0", "-1", "1", "2", "3", "2019", "2019.5", "1e16", "1e15", "-0.0", "2200", "2201",
        "\"\"", "\"x\"", "\"a\"", "\"b\"", "\"r1\"", "\"Bad Id\"", "\"joint\"", "\"increase\"", "\"2024-02-30\"",
        "\"2024-02-29\"", "\"kpi-report/1\"", "\"ftp://x\"", "\"a\\u0000b\"", "\"line\\nbreak\"", "\"esc\\u001b\"",
        "[]", "[1]", "[{}]", "[{\"ja\": \"x\"}]", "{}", "{\"ja\": \"x\"}", "{\"en\": \"x\"}", "{\"ja\": \"\"}",
        "{\"ja\": \"x\", \"EN\": \"y\"}", "{\"ja\": 1}", "{\"fy\": 2020, \"plan\": 1, \"actual\": 1}",
        "{\"fy\": 2019, \"plan\": null, \"actual\": null, \"extra\": 1}", "{\"plan\": 1}"};
    return ordered_json::parse(kJunk[rng() % (sizeof kJunk / sizeof kJunk[0])]);
}

// Every value's location, as a path of keys and indexes.
using Path = std::vector<ordered_json>;   // string = key, number = index
void collect_paths(const ordered_json& v, Path& at, std::vector<Path>& out) {
    out.push_back(at);
    if (v.is_object())
        for (auto it = v.begin(); it != v.end(); ++it) {
            at.push_back(it.key());
            collect_paths(*it, at, out);
            at.pop_back();
        }
    else if (v.is_array())
        for (size_t i = 0; i < v.size(); ++i) {
            at.push_back(i);
            collect_paths(v[i], at, out);
            at.pop_back();
        }
}

ordered_json* at_path(ordered_json& root, const Path& p) {
    ordered_json* v = &root;
    for (const auto& step : p) v = step.is_string() ? &(*v)[step.get<std::string>()] : &(*v)[step.get<size_t>()];
    return v;
}

// A few random edits: replace a value, drop a member, add an unknown or duplicate one, copy one
// subtree over another (clashing ids, KPI numbers, years).
void mutate(ordered_json& doc, std::mt19937& rng) {
    std::vector<Path> paths;
    Path at;
    collect_paths(doc, at, paths);
    const Path& p = paths[rng() % paths.size()];
    ordered_json* v = at_path(doc, p);
    switch (rng() % 5) {
    case 0: *v = junk(rng); break;
    case 1:
        if (!p.empty()) {
            Path parent(p.begin(), p.end() - 1);
            ordered_json* c = at_path(doc, parent);
            if (p.back().is_string()) c->erase(p.back().get<std::string>());
            else c->erase(p.back().get<size_t>());
        }
        break;
    case 2:
        if (v->is_object()) (*v)[rng() % 2 ? "note" : "extra_field"] = junk(rng);
        break;
    case 3: {
        const Path& q = paths[rng() % paths.size()];
        ordered_json copy = *at_path(doc, q);
        *at_path(doc, p) = copy;
        break;
    }
    case 4:
        if (v->is_array() && !v->empty()) v->push_back((*v)[rng() % v->size()]);
        break;
    }
}

// The document as text with each object's keys in a random order, and sometimes a key written
// twice (a junk value first or last: the last one counts), so that the loader sees fields out of
// the format's order and duplicates at every level.
void write_shuffled(const ordered_json& v, std::mt19937& rng, int shuffle_percent, int duplicate_percent, std::string& out) {
    if (v.is_object()) {
        std::vector<ordered_json::const_iterator> members;
        for (auto it = v.begin(); it != v.end(); ++it) members.push_back(it);
        if (static_cast<int>(rng() % 100) < shuffle_percent) std::shuffle(members.begin(), members.end(), rng);
        out += '{';
        bool first = true;
        auto member = [&](const std::string& key, const ordered_json& value) {
            if (!first) out += ',';
            first = false;
            out += ordered_json(key).dump() + ':';
            write_shuffled(value, rng, shuffle_percent, duplicate_percent, out);
        };
        for (auto it : members) {
            const bool dup = static_cast<int>(rng() % 100) < duplicate_percent;
            const bool junk_first = rng() % 2;
            if (dup && junk_first) member(it.key(), rng() % 3 ? junk(rng) : *it);
            member(it.key(), *it);
            if (dup && !junk_first) member(it.key(), rng() % 3 ? junk(rng) : *it);
        }
        out += '}';
    } else if (v.is_array()) {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ',';
            write_shuffled(v[i], rng, shuffle_percent, duplicate_percent, out);
        }
        out += ']';
    } else {
        out += v.dump();
    }
}

void check_same(const std::string& bytes) {
    const std::string diff = load_compare::difference(bytes);
    INFO("input: " << bytes.substr(0, 3000));
    CHECK(diff == "");
}

} // namespace

TEST_CASE("load stream: every dataset and fuzz seed loads as the whole-document loader loads it") {
    const auto files = seed_files();
    REQUIRE(files.size() >= 5);
    for (const auto& f : files) {
        INFO(f.string());
        const std::string bytes = read_file(f);
        check_same(bytes);
        // Cut short at a few places: syntax errors, located the same way.
        for (size_t cut : {bytes.size() / 3, bytes.size() / 2, bytes.size() - 1})
            if (cut < bytes.size()) check_same(bytes.substr(0, cut));
    }
    const LoadResult sapporo = load_dataset(read_file(std::filesystem::path(KPI_SOURCE_DIR) / "data/sapporo.json"));
    CHECK(sapporo.ok());
}

TEST_CASE("load stream: generated variations (key order, duplicate keys, broken values)") {
    std::mt19937 rng(20250125);
    const std::vector<ordered_json> bases = {
        small_doc(), ordered_json::parse(read_file(std::filesystem::path(KPI_SOURCE_DIR) / "data/sapporo.json"))};
    int loaded = 0, refused = 0, fast = 0, fast_with_trees = 0;
    for (int i = 0; i < 3000; ++i) {
        ordered_json doc = bases[i % 7 == 0 ? 1 : 0];
        const int edits = static_cast<int>(rng() % 4);
        for (int e = 0; e < edits; ++e) mutate(doc, rng);
        std::string text;
        write_shuffled(doc, rng, i % 3 == 0 ? 0 : 60, i % 4 == 0 ? 0 : 8, text);
        const LoadResult r = load_dataset(text);
        (r.ok() ? loaded : refused)++;
        const LoadResult dom = load_dataset_dom(text);
        std::string diff = load_compare::difference(r, dom);
        if (diff.empty()) diff = load_compare::difference(load_dataset_stream(text), dom);
        load_fast::Stats stats;
        if (load_fast::try_load(text, &stats)) {
            ++fast;
            if (stats.projects_tree) ++fast_with_trees;
        }
        if (!diff.empty()) {
            INFO("variation " << i << ": " << text.substr(0, 4000));
            CHECK(diff == "");
            break;   // one shown is enough
        }
    }
    MESSAGE("variations loaded: " << loaded << ", refused: " << refused << "; answered by the fast path: " << fast
                                   << " (" << fast_with_trees << " with some projects read as trees)");
    CHECK(loaded > 100);   // the generator keeps enough documents valid to compare models
    CHECK(refused > 1000);
    CHECK(fast > 100);     // and enough of them take the fast path, some with a project it passes on
    CHECK(fast_with_trees > 20);
}

TEST_CASE("load stream: duplicate streamed arrays keep the last value, claims included") {
    ordered_json doc = small_doc();
    const std::string programs = doc["programs"].dump();
    std::string text = doc.dump();
    SUBCASE("programs twice: the second one counts (ids claimed by the first are free again)") {
        text.insert(1, "\"programs\":" + programs + ",");
        check_same(text);
        CHECK(load_dataset(text).ok());
    }
    SUBCASE("programs: an array, then a number") {
        text.insert(text.size() - 1, ",\"programs\":3");
        check_same(text);
        CHECK_FALSE(load_dataset(text).ok());
    }
    SUBCASE("projects twice in one program: the first one's ids do not clash") {
        const std::string projects = doc["programs"][0]["projects"].dump();
        const size_t at = text.find("\"id\":\"r1\"");
        text.insert(at, "\"projects\":" + projects + ",");
        check_same(text);
        CHECK(load_dataset(text).ok());
    }
    SUBCASE("projects: a broken array, then a good one") {
        const size_t at = text.find("\"id\":\"r1\"");
        text.insert(at, "\"projects\":[{\"id\":\"c\"},3],");
        check_same(text);
        CHECK(load_dataset(text).ok());
    }
}
