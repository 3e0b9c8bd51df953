#include "import_answer.h"

#include <nlohmann/json.hpp>

namespace kpi {
namespace {

using json = nlohmann::json;

json issues_json(const std::vector<ImportIssue>& issues) {
    json a = json::array();
    for (const auto& i : issues) a.push_back({{"line", i.line}, {"message", i.message}});
    return a;
}

// The issues at `key`, or "" and the reason in `why`.
bool read_issues(const json& root, const char* key, std::vector<ImportIssue>& out, std::string& why) {
    const auto it = root.find(key);
    if (it == root.end() || !it->is_array()) {
        why = std::string("/") + key + ": expected an array";
        return false;
    }
    for (size_t i = 0; i < it->size(); ++i) {
        const json& e = (*it)[i];
        const std::string at = std::string("/") + key + "/" + std::to_string(i);
        if (!e.is_object() || !e.contains("line") || !e["line"].is_number_integer() || e["line"].get<long>() < 0 ||
            !e.contains("message") || !e["message"].is_string()) {
            why = at + ": expected {\"line\": a whole number ≥ 0, \"message\": a string}";
            return false;
        }
        out.push_back(ImportIssue{e["line"].get<long>(), e["message"].get<std::string>()});
    }
    return true;
}

} // namespace

std::string import_answer_json(const ImportResult& r) {
    json a;
    a["dataset"] = r.dataset ? json(dataset_to_json(*r.dataset)) : json(nullptr);
    a["errors"] = issues_json(r.errors);
    a["warnings"] = issues_json(r.warnings);
    return a.dump();
}

ImportAnswer parse_import_answer(std::string_view text) {
    ImportAnswer out;
    const json root = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded()) {
        out.malformed = "the importer's answer is not JSON";
        return out;
    }
    if (!root.is_object()) {
        out.malformed = "the importer's answer: expected an object";
        return out;
    }
    const auto ds = root.find("dataset");
    if (ds == root.end() || !(ds->is_null() || ds->is_string())) {
        out.malformed = "the importer's answer, /dataset: expected a string or null";
        return out;
    }
    std::string why;
    ImportAnswer read;
    if (!read_issues(root, "errors", read.errors, why) || !read_issues(root, "warnings", read.warnings, why)) {
        out.malformed = "the importer's answer, " + why;
        return out;
    }
    if (ds->is_string()) read.dataset_json = ds->get<std::string>();
    if (read.dataset_json && !read.errors.empty()) {
        out.malformed = "the importer's answer has a dataset and errors";
        return out;
    }
    if (!read.dataset_json && read.errors.empty()) {
        out.malformed = "the importer's answer has neither a dataset nor errors";
        return out;
    }
    return read;
}

} // namespace kpi
