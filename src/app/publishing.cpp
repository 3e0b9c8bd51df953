#include "app/publishing.h"

#include "core/import_answer.h"
#include "core/load.h"
#include "core/load_hints.h"
#include "platform/platform.h"
#include "ui/navigation.h"
#include "ui/strings.h"

#include <cctype>
#include <ctime>

namespace app {
namespace {

std::string today() {
    const std::time_t t = std::time(nullptr);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", std::localtime(&t));
    return buf;
}

// "Sapporo_Report 2026.txt" -> "sapporo-report-2026.json" (a dataset name: see core/view_url.h).
std::string save_name_for(const std::string& file) {
    std::string stem = file.substr(0, file.rfind('.'));
    std::string out;
    for (unsigned char c : stem) {
        if (std::isalnum(c) && c < 0x80) out += static_cast<char>(std::tolower(c));
        else if (!out.empty() && out.back() != '-') out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    if (out.size() > 64) out.resize(64);
    return (out.empty() ? "dataset" : out) + ".json";
}

bool looks_like_json(const AppState::Publish& p) {
    const std::string& n = p.file_name;
    if (n.size() >= 5 && n.compare(n.size() - 5, 5, ".json") == 0) return true;
    const size_t first = p.source.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    return first != std::string::npos && p.source[first] == '{';
}

// What a result was made with: a change of either imports the file again.
std::string inputs_of(const AppState::Publish& p) { return p.publisher + '\n' + p.as_of; }

// Shows `result` (a dataset, or none after errors) in the viewer below the panel.
void show_result(AppState& a, std::optional<kpi::Dataset> result) {
    if (!result) {
        // No old data under new errors: the preview below would look like this file's result.
        if (a.dataset) {
            a.dataset.reset();
            ++a.dataset_version;
        }
        return;
    }
    a.take_dataset(std::move(*result));
    a.data_error.clear();
    a.phase = LoadPhase::Ready;
    kpi::ViewState v = a.view;
    v.project.clear();
    v.kpi = 0;
    v.filters = kpi::Filters{};
    ui::GoTo(a, v);
}

// The importer module's answer for import number `seq` (a later import wins over an earlier one).
void take_answer(AppState& a, int seq, const platform::ImportRun& run) {
    AppState::Publish& p = a.publish;
    if (seq != p.import_seq) return;
    p.importing = false;
    if (!run.error.empty()) {
        p.problems.push_back(p.file_name + ": " + tr(Str::PublishImporterFailed, a.view.lang) + " (" + run.error + ")");
        show_result(a, std::nullopt);
        return;
    }
    kpi::ImportAnswer answer = kpi::parse_import_answer(run.answer);
    if (!answer.malformed.empty()) {
        p.problems.push_back(p.file_name + ": " + tr(Str::PublishImporterFailed, a.view.lang) + " (" + answer.malformed + ")");
        show_result(a, std::nullopt);
        return;
    }
    for (const auto& e : answer.errors) p.problems.push_back(e.describe(p.file_name));
    for (const auto& w : answer.warnings) p.warnings.push_back(w.describe(p.file_name));
    std::optional<kpi::Dataset> result;
    if (answer.dataset_json) {
        // The importer has loaded its own result already; the viewer reads the same text.
        kpi::LoadResult r = kpi::load_dataset(*answer.dataset_json);
        if (r.ok()) {
            p.json = std::move(*answer.dataset_json);
            result = std::move(r.dataset);
        } else {
            p.problems.push_back(p.file_name + ": " + r.error->describe());
        }
    }
    show_result(a, std::move(result));
}

void run_import(AppState& a) {
    AppState::Publish& p = a.publish;
    p.problems.clear();
    p.warnings.clear();
    p.hint = kpi::Text{};
    p.json.clear();
    p.imported_with = inputs_of(p);
    const int seq = ++p.import_seq;
    p.importing = false;
    std::optional<kpi::Dataset> result;
    if (!looks_like_json(p) && p.publisher.empty()) {
        // The importer's own message speaks of the CLI's --publisher; here it is the name field.
        p.problems.push_back(tr(Str::PublishNeedsPublisher, a.view.lang));
    } else if (looks_like_json(p)) {
        kpi::LoadResult r = kpi::load_dataset(p.source);
        if (!r.ok()) {
            p.problems.push_back(p.file_name + ": " + r.error->describe());
            p.hint = kpi::staff_hint(*r.error, p.source);
        }
        for (const auto& w : r.warnings) p.warnings.push_back(p.file_name + ": " + w.describe());
        if (r.ok()) {
            result = std::move(r.dataset);
            p.json = p.source;
        }
    } else {
        // The report's text: the importer module answers later (take_answer).
        p.importing = true;
        platform::import_report(p.source, p.publisher, p.as_of.empty() ? today() : p.as_of,
                                [&a, seq](platform::ImportRun run) { take_answer(a, seq, run); });
        return;
    }
    show_result(a, std::move(result));
}

} // namespace

void open_file(AppState& a, const std::string& name, const std::string& text, const std::string& encoding) {
    AppState::Publish& p = a.publish;
    if (!a.is(PageMode::Publish)) return;   // a file dropped on the ordinary viewer is not for us
    p.file_name = name;
    p.encoding = encoding;
    p.source = text;
    p.save_name = save_name_for(name);
    run_import(a);
}

void publishing_frame(AppState& a) {
    AppState::Publish& p = a.publish;
    if (a.is(PageMode::Publish) && p.as_of.empty()) p.as_of = today();
    if (a.is(PageMode::Publish) && !p.source.empty() && inputs_of(p) != p.imported_with) run_import(a);
}

} // namespace app
