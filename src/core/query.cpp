// Filters over a dataset and the per-choice counts of the filter panel (see query.h).
// The search text of a project is normalised per call (no caches); the choice functions make one
// pass over the projects, so each costs about the same as one count_visible.
//
// [SECTION] Filters
// [SECTION] Matching
// [SECTION] Visible projects
// [SECTION] Facet choices
#include "query.h"

#include <algorithm>

namespace kpi {

// [SECTION] Filters

bool Filters::empty() const {
    return !adopted_fy && !application && !status && unit.empty() && query.empty();
}

bool Filters::operator==(const Filters& o) const {
    return adopted_fy == o.adopted_fy && application == o.application && status == o.status &&
           unit == o.unit && query == o.query;
}

// [SECTION] Matching

namespace {

enum class Facet { None, Fy, App, Status, Unit };

void append_text(std::string& s, const Text& t) {
    for (const auto& [lang, text] : t.by_lang) {
        (void)lang;
        s += text;
        s += '\n';
    }
}

// Everything a free-text query searches in, normalised.
std::string search_text(const Program& program, const Project& project) {
    std::string s;
    append_text(s, project.name);
    append_text(s, project.summary);
    for (const Kpi& k : project.kpis) append_text(s, k.name);
    append_text(s, project.kpi_scope);
    for (const Text& p : project.partners) append_text(s, p);
    append_text(s, program.name);
    return normalize_for_search(s);
}

bool has_status(const Project& project, Status s) {
    return std::any_of(project.kpis.begin(), project.kpis.end(),
                       [&](const Kpi& k) { return headline_status(k) == s; });
}

bool has_unit(const Project& project, const std::string& unit) {
    return std::any_of(project.kpis.begin(), project.kpis.end(),
                       [&](const Kpi& k) { return k.unit.in("ja") == unit; });
}

// A filter with its query split into normalised words once, for use over many projects.
class Matcher {
public:
    explicit Matcher(const Filters& f)
        : f_(f), words_(query_words(normalize_for_search(f.query))) {}

    // Whether the project passes every facet except `skip`.
    bool matches(const Program& program, const Project& project, Facet skip = Facet::None) const {
        if (skip != Facet::Fy && f_.adopted_fy && program.adopted_fy != *f_.adopted_fy)
            return false;
        if (skip != Facet::App && f_.application && project.application != *f_.application)
            return false;
        if (skip != Facet::Status && f_.status && !has_status(project, *f_.status))
            return false;
        if (skip != Facet::Unit && !f_.unit.empty() && !has_unit(project, f_.unit))
            return false;
        if (!words_.empty()) {
            const std::string text = search_text(program, project);
            for (const std::string& w : words_)
                if (text.find(w) == std::string::npos) return false;
        }
        return true;
    }

private:
    const Filters& f_;
    std::vector<std::string> words_;
};

} // namespace

bool project_matches(const Program& program, const Project& project, const Filters& f) {
    return Matcher(f).matches(program, project);
}

// [SECTION] Visible projects

std::vector<const Project*> visible_projects(const Dataset& d, const Filters& f) {
    const Matcher m(f);
    std::vector<const Project*> out;
    for (const Program& program : d.programs)
        for (const Project& project : program.projects)
            if (m.matches(program, project)) out.push_back(&project);
    return out;
}

int count_visible(const Dataset& d, const Filters& f) {
    const Matcher m(f);
    int n = 0;
    for (const Program& program : d.programs)
        for (const Project& project : program.projects)
            if (m.matches(program, project)) ++n;
    return n;
}

// [SECTION] Facet choices
// Each count is what count_visible would return with that facet set to the choice: a project
// counts for a choice when it passes the other facets and has the choice's value.

std::vector<FyChoice> fy_choices(const Dataset& d, const Filters& f) {
    std::vector<FyChoice> out;
    for (const Program& program : d.programs) {
        const bool seen = std::any_of(out.begin(), out.end(),
                                      [&](const FyChoice& c) { return c.fy == program.adopted_fy; });
        if (!seen) out.push_back({program.adopted_fy, 0});
    }
    std::sort(out.begin(), out.end(),
              [](const FyChoice& a, const FyChoice& b) { return a.fy < b.fy; });
    const Matcher m(f);
    for (const Program& program : d.programs) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const FyChoice& c) { return c.fy == program.adopted_fy; });
        for (const Project& project : program.projects)
            if (m.matches(program, project, Facet::Fy)) ++it->count;
    }
    return out;
}

std::vector<AppChoice> app_choices(const Dataset& d, const Filters& f) {
    std::vector<AppChoice> out{{Application::Single, 0}, {Application::Joint, 0}};
    const Matcher m(f);
    for (const Program& program : d.programs)
        for (const Project& project : program.projects)
            if (m.matches(program, project, Facet::App))
                ++out[project.application == Application::Single ? 0 : 1].count;
    return out;
}

std::vector<StatusChoice> status_choices(const Dataset& d, const Filters& f) {
    std::vector<StatusChoice> out;
    for (Status s : kAllStatuses) out.push_back({s, 0});
    const Matcher m(f);
    for (const Program& program : d.programs)
        for (const Project& project : program.projects) {
            if (!m.matches(program, project, Facet::Status)) continue;
            bool has[4] = {false, false, false, false};
            for (const Kpi& k : project.kpis) has[static_cast<int>(headline_status(k))] = true;
            for (auto& c : out)
                if (has[static_cast<int>(c.status)]) ++c.count;
        }
    return out;
}

std::vector<UnitChoice> unit_choices(const Dataset& d, const Filters& f) {
    std::vector<UnitChoice> out;
    const auto index_of = [&](const std::string& ja) -> size_t {
        for (size_t i = 0; i < out.size(); ++i)
            if (out[i].unit_ja == ja) return i;
        return out.size();
    };
    for (const Program& program : d.programs)
        for (const Project& project : program.projects)
            for (const Kpi& k : project.kpis) {
                const std::string& ja = k.unit.in("ja");
                // A KPI without a unit offers no choice: an empty Filters::unit means "all".
                if (!ja.empty() && index_of(ja) == out.size()) out.push_back({ja, &k.unit, 0});
            }

    const Matcher m(f);
    std::vector<char> counted(out.size());
    for (const Program& program : d.programs)
        for (const Project& project : program.projects) {
            if (!m.matches(program, project, Facet::Unit)) continue;
            std::fill(counted.begin(), counted.end(), 0);
            for (const Kpi& k : project.kpis) {
                const size_t i = index_of(k.unit.in("ja"));
                if (i < out.size() && !counted[i]) {
                    counted[i] = 1;
                    ++out[i].count;
                }
            }
        }
    return out;
}

} // namespace kpi
