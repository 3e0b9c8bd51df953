// Filters over a dataset: which projects a citizen's choices leave visible, and for each filter
// value how many projects it would leave (shown beside every choice in the filter panel).
// Each facet is single-choice (empty = all), which keeps filters short in URLs and easy on touch.
#pragma once

#include "achievement.h"
#include "model.h"

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

// Visible projects in display order (programs in file order, projects in file order).
std::vector<const Project*> visible_projects(const Dataset& d, const Filters& f);
int count_visible(const Dataset& d, const Filters& f);

// Choices for each facet, in display order, with how many projects each would leave if chosen
// (the other facets as they are).
struct FyChoice { int fy; int count; };
struct AppChoice { Application app; int count; };
struct StatusChoice { Status status; int count; };
struct UnitChoice { std::string unit_ja; const Text* unit; int count; };
std::vector<FyChoice> fy_choices(const Dataset& d, const Filters& f);
std::vector<AppChoice> app_choices(const Dataset& d, const Filters& f);
std::vector<StatusChoice> status_choices(const Dataset& d, const Filters& f);
std::vector<UnitChoice> unit_choices(const Dataset& d, const Filters& f);

} // namespace kpi
