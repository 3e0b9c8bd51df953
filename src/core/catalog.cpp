#include "catalog.h"

#include "query.h"
#include "view_url.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

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

CatalogEntry catalog_entry(const std::string& name, const Dataset& d, std::vector<Lang> report) {
    return {name, d.publisher, d.title, d.as_of, static_cast<int>(d.project_count()), static_cast<int>(d.kpi_count()), std::move(report)};
}

std::string report_page_file(std::string_view name, Lang lang) {
    return std::string(name) + (lang == Lang::Ja ? "" : std::string(".") + to_string(lang)) + ".html";
}

std::vector<Lang> report_pages_beside(const std::string& json_path, std::string_view name) {
    const size_t slash = json_path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "" : json_path.substr(0, slash + 1);
    std::vector<Lang> out;
    for (Lang l : kLangs)
        if (std::ifstream(dir + report_page_file(name, l)).good()) out.push_back(l);
    return out;
}

std::string catalog_json(std::vector<CatalogEntry> entries) {
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    nlohmann::json list = nlohmann::json::array();
    for (const auto& e : entries) {
        nlohmann::json j = {{"name", e.name}, {"publisher", text_json(e.publisher)}, {"title", text_json(e.title)},
                            {"as_of", e.as_of}, {"projects", e.projects}, {"kpis", e.kpis}};
        if (!e.report.empty()) {
            nlohmann::json pages = nlohmann::json::object();
            for (Lang l : e.report) pages[to_string(l)] = report_page_file(e.name, l);
            j["report"] = pages;
        }
        list.push_back(std::move(j));
    }
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
        // Report pages: only a language we know whose file has the one name it can have.
        if (e.contains("report") && e["report"].is_object())
            for (Lang l : kLangs) {
                const auto it = e["report"].find(to_string(l));
                if (it != e["report"].end() && it->is_string() && it->get<std::string>() == report_page_file(c.name, l))
                    c.report.push_back(l);
            }
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<const CatalogEntry*> search_catalog(const std::vector<CatalogEntry>& entries, std::string_view query) {
    return CatalogSearch(entries).find(query);
}

CatalogSearch::CatalogSearch(const std::vector<CatalogEntry>& entries) : first_(entries.data()) {
    haystacks_.reserve(entries.size());
    for (const auto& e : entries) {
        std::string hay;
        for (const Text* t : {&e.publisher, &e.title})
            for (const auto& [lang, s] : t->by_lang) hay += normalize_for_search(s) + "\n";
        hay += e.name;
        haystacks_.push_back(std::move(hay));
    }
}

const std::vector<const CatalogEntry*>& CatalogSearch::find(std::string_view query) const {
    if (searched_ && query == last_query_) return last_;
    const std::vector<std::string> words = query_words(normalize_for_search(query));
    last_.clear();
    for (size_t i = 0; i < haystacks_.size(); ++i) {
        const std::string& hay = haystacks_[i];
        if (std::all_of(words.begin(), words.end(), [&](const std::string& w) { return hay.find(w) != std::string::npos; }))
            last_.push_back(first_ + i);
    }
    last_query_ = std::string(query);
    searched_ = true;
    return last_;
}

} // namespace kpi
