// The dataset writer: a Dataset as kpi-report/1 JSON, the inverse of the loader (load.cpp) — the
// importer writes its result with it and checks it by loading it back. Fields in the order of
// data/FORMAT.md; a KPI without a baseline (has_baseline false) has no "baseline" field.
#include "load.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>

namespace kpi {
namespace {

using ojson = nlohmann::ordered_json;

ojson text_json(const Text& t) {
    ojson o = ojson::object();
    if (auto it = t.by_lang.find("ja"); it != t.by_lang.end()) o["ja"] = it->second;
    for (const auto& [lang, s] : t.by_lang)
        if (lang != "ja") o[lang] = s;
    return o;
}

ojson texts_json(const std::vector<Text>& ts) {
    ojson a = ojson::array();
    for (const auto& t : ts) a.push_back(text_json(t));
    return a;
}

ojson number_json(std::optional<double> v) {
    if (!v) return nullptr;
    if (std::fabs(*v) < 9e15 && std::floor(*v) == *v) return static_cast<int64_t>(*v);
    return *v;
}

// One function per level of the file, in the order of data/FORMAT.md.
ojson kpi_json(const Kpi& k) {
    ojson kj;
    kj["no"] = k.no;
    kj["name"] = text_json(k.name);
    kj["unit"] = text_json(k.unit);
    kj["decimals"] = k.decimals;
    kj["direction"] = k.direction == Direction::Decrease ? "decrease" : "increase";
    if (k.has_baseline)
        kj["baseline"] = {{"plan", number_json(k.baseline_plan)}, {"actual", number_json(k.baseline_actual)}};
    ojson years = ojson::array();
    for (const auto& y : k.years)
        years.push_back({{"fy", y.fy}, {"plan", number_json(y.plan)}, {"actual", number_json(y.actual)}});
    kj["years"] = years;
    kj["notes"] = texts_json(k.notes);
    return kj;
}

ojson project_json(const Project& p) {
    ojson pj;
    pj["id"] = p.id;
    pj["name"] = text_json(p.name);
    pj["application"] = to_string(p.application);
    pj["partners"] = texts_json(p.partners);
    pj["summary"] = text_json(p.summary);
    if (!p.kpi_scope.empty()) pj["kpi_scope"] = text_json(p.kpi_scope);
    pj["notes"] = texts_json(p.notes);
    pj["kpis"] = ojson::array();
    for (const auto& k : p.kpis) pj["kpis"].push_back(kpi_json(k));
    return pj;
}

ojson program_json(const Program& prog) {
    ojson pg;
    pg["id"] = prog.id;
    pg["adopted_fy"] = prog.adopted_fy;
    pg["name"] = text_json(prog.name);
    if (!prog.funding.empty()) pg["funding"] = text_json(prog.funding);
    if (!prog.period.empty()) pg["period"] = text_json(prog.period);
    pg["notes"] = texts_json(prog.notes);
    pg["projects"] = ojson::array();
    for (const auto& p : prog.projects) pg["projects"].push_back(project_json(p));
    return pg;
}

} // namespace

std::string dataset_to_json(const Dataset& d) {
    ojson root;
    root["format"] = d.format.empty() ? std::string(kFormatId) : d.format;
    root["title"] = text_json(d.title);
    root["publisher"] = text_json(d.publisher);
    if (!d.source.title.empty()) root["source"] = {{"title", text_json(d.source.title)}, {"url", d.source.url}};
    root["as_of"] = d.as_of;
    root["notes"] = texts_json(d.notes);
    root["programs"] = ojson::array();
    for (const auto& prog : d.programs) root["programs"].push_back(program_json(prog));
    return root.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

} // namespace kpi
