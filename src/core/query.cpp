// Filters over a dataset and the per-choice counts of the filter panel (see query.h).
// A FilterIndex turns each project into a flat record once (normalised search text, statuses,
// units); one pass over the records then gives the visible projects and every facet's counts. The
// free-text part reads the search index (core/search_index.h) rather than every text.
//
// [SECTION] Filters
// [SECTION] Records: one project's keys
// [SECTION] Matching
// [SECTION] FilterIndex
// [SECTION] One-off forms
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

// [SECTION] Records: one project's keys


namespace {

using Record = FilterIndex::Record;

void append_text(std::string& s, const Text& t) {
    for (const auto& [lang, text] : t.by_lang) {
        (void)lang;
        s += text;
        s += '\n';
    }
}

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

int unit_index(const std::vector<std::string>& units_ja, const std::string& ja) {
    const auto it = std::find(units_ja.begin(), units_ja.end(), ja);
    return it == units_ja.end() ? -1 : static_cast<int>(it - units_ja.begin());
}

// A project's record (without its search text); units not yet in the table are added to it (with
// their Text in `units`), and each KPI's headline status to `headline` (the dataset's counts, made
// in the same pass: judging every KPI twice was a good part of a nationwide file's index).
Record make_record(const Program& program, int program_index, const Project& project,
                   std::vector<std::string>& units_ja, std::vector<const Text*>* units, StatusCounts* headline = nullptr) {
    Record r;
    r.project = &project;
    r.program_index = program_index;
    r.fy = program.adopted_fy;
    r.application = project.application;
    for (const Kpi& k : project.kpis) {
        const Status status = headline_status(k);
        r.statuses |= 1u << static_cast<int>(status);
        if (headline) headline->add(status);
        const std::string& ja = k.unit.in("ja");
        if (ja.empty()) continue;   // a KPI without a unit offers no choice
        int i = unit_index(units_ja, ja);
        if (i < 0) {
            i = static_cast<int>(units_ja.size());
            units_ja.push_back(ja);
            if (units) units->push_back(&k.unit);
        }
        if (std::find(r.units.begin(), r.units.end(), i) == r.units.end()) r.units.push_back(i);
    }
    return r;
}

// [SECTION] Matching

// The facets a project fails, as bits: it is visible when none fails, and it counts for a facet's
// choices when no other facet fails.
enum FacetBit : unsigned { kFy = 1, kApp = 2, kStatus = 4, kUnit = 8, kText = 16 };

struct Compiled {
    const Filters& f;
    int unit;                         // index of f.unit in the unit table (-1: no KPI has it)
    std::vector<std::string> words;   // the query, normalised and split
    // Per record, whether its text holds every word (worked out with the search index); when
    // null, each record's text is searched.
    const std::vector<char>* text_ok = nullptr;
};

Compiled compile(const Filters& f, const std::vector<std::string>& units_ja) {
    return Compiled{f, f.unit.empty() ? -1 : unit_index(units_ja, f.unit), query_words(normalize_for_search(f.query))};
}

unsigned failed_facets(const Record& r, const Compiled& c, size_t index = 0) {
    unsigned failed = 0;
    if (c.f.adopted_fy && r.fy != *c.f.adopted_fy) failed |= kFy;
    if (c.f.application && r.application != *c.f.application) failed |= kApp;
    if (c.f.status && !(r.statuses & (1u << static_cast<int>(*c.f.status)))) failed |= kStatus;
    if (!c.f.unit.empty() && std::find(r.units.begin(), r.units.end(), c.unit) == r.units.end()) failed |= kUnit;
    if (c.text_ok) return (*c.text_ok)[index] ? failed : failed | kText;
    for (const std::string& w : c.words)
        if (r.text.find(w) == std::string::npos) {
            failed |= kText;
            break;
        }
    return failed;
}

} // namespace

bool project_matches(const Program& program, const Project& project, const Filters& f) {
    std::vector<std::string> units_ja;
    Record r = make_record(program, 0, project, units_ja, nullptr);
    r.text = search_text(program, project);
    return failed_facets(r, compile(f, units_ja)) == 0;
}

// [SECTION] FilterIndex

FilterIndex::FilterIndex(const Dataset& d)
    : dataset_(&d), program_count_(d.programs.size()) {
    records_.reserve(d.project_count());
    for (size_t i = 0; i < d.programs.size(); ++i) {
        const Program& program = d.programs[i];
        if (std::find(fys_.begin(), fys_.end(), program.adopted_fy) == fys_.end()) fys_.push_back(program.adopted_fy);
        for (const Project& project : program.projects)
            records_.push_back(make_record(program, static_cast<int>(i), project, units_ja_, &units_, &headline_));
    }
    std::sort(fys_.begin(), fys_.end());
}

bool FilterIndex::prepare_search(size_t projects) const {
    const size_t end = std::min(records_.size(), texts_made_ + projects);
    for (; texts_made_ < end; ++texts_made_) {
        Record& r = records_[texts_made_];
        r.text = search_text(dataset_->programs[r.program_index], *r.project);
        search_.add(static_cast<uint32_t>(texts_made_), r.text);
    }
    if (texts_made_ < records_.size()) return true;
    if (!search_finished_) search_.finish();
    search_finished_ = true;
    return false;
}

// Per record, whether its search text holds every word: each word is searched for only in the
// texts the index says can hold it (those that hold all its code points), and not at all when
// the index's list is the answer (a word of one code point).
std::vector<char> FilterIndex::texts_holding(const std::vector<std::string>& words) const {
    std::vector<char> ok(records_.size(), 1);
    std::vector<char> hit;
    for (const std::string& w : words) {
        hit.assign(records_.size(), 0);
        bool exact = false;
        if (const std::vector<uint32_t>* candidates = search_.candidates(w, exact))
            for (const uint32_t i : *candidates)
                if (ok[i] && (exact || records_[i].text.find(w) != std::string::npos)) hit[i] = 1;
        ok.swap(hit);
    }
    return ok;
}

const FilterResult& FilterIndex::evaluate(const Filters& f) const {
    if (evaluated_ && f == last_filters_) return last_;
    if (!f.query.empty()) prepare_search(records_.size());
    FilterResult r;
    r.by_program.resize(program_count_);
    for (int fy : fys_) r.fy.push_back({fy, 0});
    r.app = {{Application::Single, 0}, {Application::Joint, 0}};
    for (Status s : kAllStatuses) r.status.push_back({s, 0});
    for (size_t i = 0; i < units_ja_.size(); ++i) r.unit.push_back({units_ja_[i], units_[i], 0});

    Compiled c = compile(f, units_ja_);
    const std::vector<char> text_ok = texts_holding(c.words);
    c.text_ok = &text_ok;
    for (size_t i = 0; i < records_.size(); ++i) {
        const Record& rec = records_[i];
        const unsigned failed = failed_facets(rec, c, i);
        if (failed == 0) {
            r.visible.push_back(rec.project);
            r.by_program[rec.program_index].push_back(rec.project);
        }
        if ((failed & ~kFy) == 0)
            for (auto& choice : r.fy)
                if (choice.fy == rec.fy) ++choice.count;
        if ((failed & ~kApp) == 0) ++r.app[rec.application == Application::Single ? 0 : 1].count;
        if ((failed & ~kStatus) == 0)
            for (auto& choice : r.status)
                if (rec.statuses & (1u << static_cast<int>(choice.status))) ++choice.count;
        if ((failed & ~kUnit) == 0)
            for (int u : rec.units) ++r.unit[u].count;
    }
    last_ = std::move(r);
    last_filters_ = f;
    evaluated_ = true;
    return last_;
}

// [SECTION] One-off forms

std::vector<const Project*> visible_projects(const Dataset& d, const Filters& f) { return FilterIndex(d).evaluate(f).visible; }

} // namespace kpi
