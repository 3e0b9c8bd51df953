#include "catalog.h"

#include "query.h"
#include "view_url.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace kpi {
namespace {

nlohmann::json text_json(const Text& t) {
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [lang, s] : t.by_lang) j[lang] = s;
    return j;
}

Text text_of(const nlohmann::json& j) {
    Text t;
    if (j.is_object())
        for (auto it = j.begin(); it != j.end(); ++it)
            if (it.value().is_string()) t.by_lang[it.key()] = it.value().get<std::string>();
    return t;
}

} // namespace

CatalogEntry catalog_entry(const std::string& name, const Dataset& d) {
    return {name, d.publisher, d.title, d.as_of, static_cast<int>(d.project_count()), static_cast<int>(d.kpi_count())};
}

std::string catalog_json(std::vector<CatalogEntry> entries) {
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    nlohmann::json list = nlohmann::json::array();
    for (const auto& e : entries)
        list.push_back({{"name", e.name}, {"publisher", text_json(e.publisher)}, {"title", text_json(e.title)},
                        {"as_of", e.as_of}, {"projects", e.projects}, {"kpis", e.kpis}});
    return nlohmann::json{{"format", "kpi-catalog/1"}, {"datasets", list}}.dump(1) + "\n";
}

std::optional<std::vector<CatalogEntry>> parse_catalog(std::string_view json, std::string* error) {
    const nlohmann::json j = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    auto fail = [&](const char* why) -> std::optional<std::vector<CatalogEntry>> {
        if (error) *error = why;
        return std::nullopt;
    };
    if (j.is_discarded()) return fail("not JSON");
    if (!j.is_object() || j.value("format", "") != "kpi-catalog/1" || !j.contains("datasets") || !j["datasets"].is_array())
        return fail("expected {\"format\": \"kpi-catalog/1\", \"datasets\": [...]}");
    std::vector<CatalogEntry> out;
    for (const auto& e : j["datasets"]) {
        if (!e.is_object() || !e.contains("name") || !e["name"].is_string()) continue;
        CatalogEntry c;
        c.name = e["name"].get<std::string>();
        if (!is_dataset_name(c.name)) continue;   // never fetched: not a name the viewer accepts
        c.publisher = text_of(e.value("publisher", nlohmann::json()));
        c.title = text_of(e.value("title", nlohmann::json()));
        if (e.contains("as_of") && e["as_of"].is_string()) c.as_of = e["as_of"].get<std::string>();
        if (e.contains("projects") && e["projects"].is_number_integer()) c.projects = e["projects"].get<int>();
        if (e.contains("kpis") && e["kpis"].is_number_integer()) c.kpis = e["kpis"].get<int>();
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<const CatalogEntry*> search_catalog(const std::vector<CatalogEntry>& entries, std::string_view query) {
    const std::vector<std::string> words = query_words(normalize_for_search(query));
    std::vector<const CatalogEntry*> out;
    for (const auto& e : entries) {
        std::string hay;
        for (const Text* t : {&e.publisher, &e.title})
            for (const auto& [lang, s] : t->by_lang) hay += normalize_for_search(s) + "\n";
        hay += e.name;
        if (std::all_of(words.begin(), words.end(), [&](const std::string& w) { return hay.find(w) != std::string::npos; }))
            out.push_back(&e);
    }
    return out;
}

} // namespace kpi
