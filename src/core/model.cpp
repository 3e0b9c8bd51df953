// Small lookups on the in-memory model (see model.h). No parsing here: that is load.cpp.
#include "model.h"

namespace kpi {

const std::string& Text::in(std::string_view lang) const {
    static const std::string kEmpty;
    auto it = by_lang.find(lang);
    if (it != by_lang.end())
        return it->second;
    it = by_lang.find("ja");
    return it != by_lang.end() ? it->second : kEmpty;
}

const Project* Dataset::find_project(std::string_view id) const {
    for (const Program& program : programs)
        for (const Project& project : program.projects)
            if (project.id == id)
                return &project;
    return nullptr;
}

const Program* Dataset::program_of(std::string_view project_id) const {
    for (const Program& program : programs)
        for (const Project& project : program.projects)
            if (project.id == project_id)
                return &program;
    return nullptr;
}

void Dataset::visit_texts(const std::function<void(const Text&)>& fn) const {
    auto all = [&](const std::vector<Text>& ts) { for (const Text& t : ts) fn(t); };
    fn(title);
    fn(publisher);
    fn(source.title);
    all(notes);
    for (const Program& g : programs) {
        fn(g.name); fn(g.funding); fn(g.period); all(g.notes);
        for (const Project& p : g.projects) {
            fn(p.name); fn(p.summary); fn(p.kpi_scope); all(p.partners); all(p.notes);
            for (const Kpi& k : p.kpis) { fn(k.name); fn(k.unit); all(k.notes); }
        }
    }
}

size_t Dataset::texts_missing(Lang lang) const {
    size_t n = 0;
    visit_texts([&](const Text& t) { n += !t.empty() && !t.by_lang.count(text_key(lang)); });
    return n;
}

size_t Dataset::kpi_count() const {
    size_t n = 0;
    for (const Program& program : programs)
        for (const Project& project : program.projects)
            n += project.kpis.size();
    return n;
}

size_t Dataset::project_count() const {
    size_t n = 0;
    for (const Program& program : programs)
        n += program.projects.size();
    return n;
}

const char* to_string(Application a) {
    switch (a) {
    case Application::Single: return "single";
    case Application::Joint: return "joint";
    }
    return "single";
}

} // namespace kpi
