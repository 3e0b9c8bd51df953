// Filters over a dataset: which projects a citizen's choices leave visible, and for each filter
// value how many projects it would leave (shown beside every choice in the filter panel).
// Each facet is single-choice (empty = all), which keeps filters short in URLs and easy on touch.
#pragma once

#include "achievement.h"
#include "model.h"
#include "search_index.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpi {

struct Filters {
    std::optional<int> adopted_fy;            // grant program by its adoption year
    std::optional<Application> application;   // single / joint
    std::optional<Status> status;             // kept if ANY KPI has this headline status
    std::string unit;                         // Japanese unit text (e.g. "人"); kept if any KPI uses it
    std::string query;                        // free text; every word must occur (normalised)

    bool empty() const;
    bool operator==(const Filters& o) const;
};

// Search normalisation: NFKC-like width folding (full-width ASCII -> ASCII, half-width katakana ->
// full-width katakana, combining the half-width voiced marks), hiragana -> katakana,
// ASCII lower-case, all whitespace (incl. U+3000) collapsed to one space. Invalid UTF-8 bytes are
// dropped. So "ＫＰＩ" == "kpi", "ｽﾏｰﾄ" == "スマート" == "すまーと".
std::string normalize_for_search(std::string_view utf8);

// Splits a normalised query on spaces; empty words removed.
std::vector<std::string> query_words(std::string_view query);

bool project_matches(const Program& program, const Project& project, const Filters& f);

// Choices for each facet, in display order, with how many projects each would leave if chosen
// (the other facets as they are).
struct FyChoice { int fy; int count; };
struct AppChoice { Application app; int count; };
struct StatusChoice { Status status; int count; };
struct UnitChoice { std::string unit_ja; const Text* unit; int count; };

// What a set of filters leaves of a dataset, with every facet's counts, from one pass.
struct FilterResult {
    std::vector<const Project*> visible;                 // display order (programs, then projects, in file order)
    std::vector<std::vector<const Project*>> by_program; // the same, per program (index as in Dataset::programs)
    std::vector<FyChoice> fy;
    std::vector<AppChoice> app;
    std::vector<StatusChoice> status;
    std::vector<UnitChoice> unit;
};

// Everything filtering needs of a dataset, worked out once per load: each project's normalised
// search text, headline statuses, units and program; and the dataset's headline counts. evaluate()
// then costs one pass over flat records and keeps its last answer for the same filters; a query's
// words are looked up in a code-point index of the search texts (core/search_index.h), so only the
// texts that can hold a word are searched (the first keystroke over a nationwide file reads one
// list). The results are exactly those of searching every text (project_matches).
// The search texts and their index (most of the building time on a big file) are made in slices
// after the first picture, with prepare_search(); evaluate() makes any still missing when a query
// needs them.
// Holds pointers to the dataset's projects: build a new index whenever another dataset is taken.
class FilterIndex {
public:
    explicit FilterIndex(const Dataset& d);
    const FilterResult& evaluate(const Filters& f) const;
    const SearchIndex& search_index() const { return search_; }
    // Makes the search texts (and their index entries) of up to `projects` more projects; false
    // once all are made.
    bool prepare_search(size_t projects) const;
    const StatusCounts& headline() const { return headline_; }   // count_headline of the whole dataset
    int project_count() const { return static_cast<int>(records_.size()); }
    const Dataset* dataset() const { return dataset_; }

    // One project's keys, worked out when the index is built.
    struct Record {
        const Project* project = nullptr;
        int program_index = 0;
        int fy = 0;
        Application application = Application::Single;
        unsigned statuses = 0;     // bit static_cast<int>(Status) set when any KPI has it as its headline
        std::vector<int> units;    // the project's KPI units, as indexes into the unit table, each once
        std::string text;          // everything a free-text query searches in, normalised
    };

private:
    std::vector<char> texts_holding(const std::vector<std::string>& words) const;

    const Dataset* dataset_;   // for the search texts made later (it must not move: AppState keeps it in place)
    size_t program_count_;
    mutable std::vector<Record> records_;   // (search texts filled in by prepare_search)
    mutable size_t texts_made_ = 0;         // records_[0, texts_made_) have their search text
    std::vector<std::string> units_ja_;   // every KPI unit (Japanese), in first-seen order
    std::vector<const Text*> units_;
    std::vector<int> fys_;                // adoption years, ascending
    StatusCounts headline_;
    mutable SearchIndex search_;            // over records_[0, texts_made_)'s texts
    mutable bool search_finished_ = false;
    mutable Filters last_filters_;
    mutable FilterResult last_;
    mutable bool evaluated_ = false;
};

// The one-off form of FilterIndex::evaluate (it builds an index: for a single question, such as
// the document renderer's list of what a view shows).
std::vector<const Project*> visible_projects(const Dataset& d, const Filters& f);

} // namespace kpi
