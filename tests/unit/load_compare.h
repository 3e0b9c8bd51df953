// The loader that ships (load_dataset: the fast path, or the streaming loader when the fast path
// gives the file back) and the streaming loader alone (load_dataset_stream) against their oracle,
// the whole-document loader (load_dataset_dom): the same model, the same warnings, the same error
// (pointer, message, line, column). The model is compared twice: as the writer's JSON (what the
// tests always compared) and field by field with every number bit for bit (the writer prints -0.0
// as 0, and 0.1 + a few ulps could in principle print alike). Used by test_load.cpp on every input
// it loads, by test_load_stream.cpp / test_load_fast.cpp on generated inputs and by the fuzz target.
#pragma once

#include "core/load.h"

#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace load_compare {

// --- the model, field by field ("" when equal, else the first field that differs) ---

inline bool same_number(const std::optional<double>& a, const std::optional<double>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || std::memcmp(&*a, &*b, sizeof(double)) == 0;
}

inline std::string text_difference(const kpi::Text& a, const kpi::Text& b, const std::string& at) {
    return a.by_lang == b.by_lang ? "" : at + " (text)";
}

inline std::string texts_difference(const std::vector<kpi::Text>& a, const std::vector<kpi::Text>& b,
                                    const std::string& at) {
    if (a.size() != b.size()) return at + " (number of texts)";
    for (size_t i = 0; i < a.size(); ++i)
        if (std::string d = text_difference(a[i], b[i], at + "/" + std::to_string(i)); !d.empty()) return d;
    return "";
}

inline std::string kpi_difference(const kpi::Kpi& a, const kpi::Kpi& b, const std::string& at) {
    if (a.no != b.no) return at + "/no";
    if (std::string d = text_difference(a.name, b.name, at + "/name"); !d.empty()) return d;
    if (std::string d = text_difference(a.unit, b.unit, at + "/unit"); !d.empty()) return d;
    if (a.decimals != b.decimals) return at + "/decimals";
    if (a.direction != b.direction) return at + "/direction";
    if (a.has_baseline != b.has_baseline) return at + "/baseline (present)";
    if (!same_number(a.baseline_plan, b.baseline_plan)) return at + "/baseline/plan";
    if (!same_number(a.baseline_actual, b.baseline_actual)) return at + "/baseline/actual";
    if (a.years.size() != b.years.size()) return at + "/years (count)";
    for (size_t i = 0; i < a.years.size(); ++i) {
        const std::string y = at + "/years/" + std::to_string(i);
        if (a.years[i].fy != b.years[i].fy) return y + "/fy";
        if (!same_number(a.years[i].plan, b.years[i].plan)) return y + "/plan";
        if (!same_number(a.years[i].actual, b.years[i].actual)) return y + "/actual";
    }
    return texts_difference(a.notes, b.notes, at + "/notes");
}

inline std::string project_difference(const kpi::Project& a, const kpi::Project& b, const std::string& at) {
    if (a.id != b.id) return at + "/id";
    if (std::string d = text_difference(a.name, b.name, at + "/name"); !d.empty()) return d;
    if (a.application != b.application) return at + "/application";
    if (std::string d = texts_difference(a.partners, b.partners, at + "/partners"); !d.empty()) return d;
    if (std::string d = text_difference(a.summary, b.summary, at + "/summary"); !d.empty()) return d;
    if (std::string d = text_difference(a.kpi_scope, b.kpi_scope, at + "/kpi_scope"); !d.empty()) return d;
    if (std::string d = texts_difference(a.notes, b.notes, at + "/notes"); !d.empty()) return d;
    if (a.kpis.size() != b.kpis.size()) return at + "/kpis (count)";
    for (size_t i = 0; i < a.kpis.size(); ++i)
        if (std::string d = kpi_difference(a.kpis[i], b.kpis[i], at + "/kpis/" + std::to_string(i)); !d.empty()) return d;
    return "";
}

inline std::string model_difference(const kpi::Dataset& a, const kpi::Dataset& b) {
    if (a.format != b.format) return "/format";
    if (std::string d = text_difference(a.title, b.title, "/title"); !d.empty()) return d;
    if (std::string d = text_difference(a.publisher, b.publisher, "/publisher"); !d.empty()) return d;
    if (std::string d = text_difference(a.source.title, b.source.title, "/source/title"); !d.empty()) return d;
    if (a.source.url != b.source.url) return "/source/url";
    if (a.as_of != b.as_of) return "/as_of";
    if (std::string d = texts_difference(a.notes, b.notes, "/notes"); !d.empty()) return d;
    if (a.programs.size() != b.programs.size()) return "/programs (count)";
    for (size_t i = 0; i < a.programs.size(); ++i) {
        const kpi::Program& p = a.programs[i];
        const kpi::Program& q = b.programs[i];
        const std::string at = "/programs/" + std::to_string(i);
        if (p.id != q.id) return at + "/id";
        if (p.adopted_fy != q.adopted_fy) return at + "/adopted_fy";
        if (std::string d = text_difference(p.name, q.name, at + "/name"); !d.empty()) return d;
        if (std::string d = text_difference(p.funding, q.funding, at + "/funding"); !d.empty()) return d;
        if (std::string d = text_difference(p.period, q.period, at + "/period"); !d.empty()) return d;
        if (std::string d = texts_difference(p.notes, q.notes, at + "/notes"); !d.empty()) return d;
        if (p.projects.size() != q.projects.size()) return at + "/projects (count)";
        for (size_t j = 0; j < p.projects.size(); ++j)
            if (std::string d = project_difference(p.projects[j], q.projects[j], at + "/projects/" + std::to_string(j));
                !d.empty())
                return d;
    }
    return "";
}

// --- whole answers ---

// "" when both loaders answer alike, else what differs.
inline std::string difference(const kpi::LoadResult& stream, const kpi::LoadResult& dom) {
    auto outcome = [](const kpi::LoadResult& r) {
        std::string s;
        if (r.error) s += "error: " + r.error->describe() + " [pointer " + r.error->pointer + "]\n";
        if (r.dataset) s += kpi::dataset_to_json(*r.dataset);
        for (const kpi::LoadWarning& w : r.warnings) s += "warning: " + w.describe() + "\n";
        return s;
    };
    const std::string a = outcome(stream), b = outcome(dom);
    if (a != b) return "stream:\n" + a.substr(0, 2000) + "\ndom:\n" + b.substr(0, 2000);
    if (stream.dataset && dom.dataset)
        if (std::string d = model_difference(*stream.dataset, *dom.dataset); !d.empty())
            return "the models differ (not in the writer's JSON) at " + d;
    return "";
}

// Both the loader that ships and the streaming loader alone, against the oracle.
inline std::string difference(std::string_view bytes) {
    const kpi::LoadResult dom = kpi::load_dataset_dom(bytes);
    std::string d = difference(kpi::load_dataset(bytes), dom);
    if (!d.empty()) return "load_dataset: " + d;
    d = difference(kpi::load_dataset_stream(bytes), dom);
    if (!d.empty()) return "load_dataset_stream: " + d;
    return "";
}

} // namespace load_compare
