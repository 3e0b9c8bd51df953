#include "app/snapshot.h"

#include "core/query.h"
#include "ui/text_layout.h"

#include <nlohmann/json.hpp>

#include <emscripten/heap.h>
#include <malloc.h>

namespace app {

std::string snapshot_json(const AppState& a, const ui::FrameOutput& frame) {
    using nlohmann::json;
    json j;
    j["ready"] = a.dataset.has_value() && a.perf.first_data_frame_ms >= 0 && a.phase != LoadPhase::Loading;
    const kpi::Lang lang = a.view.lang;
    j["dataError"] = a.data_error.empty() ? json(nullptr) : json(a.data_error.in(lang));
    j["dataErrorHint"] = a.data_error_hint.empty() ? json(nullptr) : json(a.data_error_hint.in(lang));
    j["lang"] = kpi::to_string(a.view.lang);
    j["url"] = a.frame.share_url.empty() ? json(nullptr) : json(a.frame.share_url);   // the link of this view (what the QR carries)
    j["framesRendered"] = a.perf.frames_rendered;
    j["framesPainted"] = a.perf.frames_painted;
    j["timings"] = {{"firstDataFrameMs", a.perf.first_data_frame_ms >= 0 ? json(a.perf.first_data_frame_ms) : json(nullptr)},
                    {"dataArrivedMs", a.perf.data_arrived_ms >= 0 ? json(a.perf.data_arrived_ms) : json(nullptr)},
                    {"dataReadMs", a.perf.data_read_ms >= 0 ? json(a.perf.data_read_ms) : json(nullptr)},
                    {"frameMs", a.perf.frame_ms_oldest_first()}, {"frameStartMs", a.perf.frame_start_ms_oldest_first()}, {"lastFrameEndMs", a.perf.last_frame_end_ms}};
    json visible = json::array();
    json selection = {{"project", nullptr}, {"kpi", nullptr}};
    json chart = nullptr;
    if (a.dataset) {
        for (const kpi::Project* p : a.filtered().visible) visible.push_back(p->id);
        if (const kpi::Project* p = a.view.project.empty() ? nullptr : a.dataset->find_project(a.view.project)) {
            selection["project"] = p->id;
            for (const auto& k : p->kpis) {
                if (k.no != a.view.kpi) continue;
                selection["kpi"] = k.no;
                json rows = json::array();
                auto num = [](const std::optional<double>& v) { return v ? json(*v) : json(nullptr); };
                for (const auto& y : k.years) rows.push_back({{"fy", y.fy}, {"plan", num(y.plan)}, {"actual", num(y.actual)}});
                chart = {{"project", p->id}, {"kpi", k.no}, {"rows", rows}};
            }
        }
    }
    j["visibleProjects"] = visible;
    j["selection"] = selection;
    j["chart"] = chart;
    // targets: the nodes with an id that are on screen (where a person would tap), in CSS px.
    json targets = json::array();
    for (const auto& n : frame.nodes) {
        if (n.id.empty() || n.visible.w <= 0) continue;
        targets.push_back({{"id", n.id}, {"role", ui::role_name(n.role)}, {"name", n.name},
                           {"x", n.visible.x}, {"y", n.visible.y}, {"w", n.visible.w}, {"h", n.visible.h}});
    }
    j["targets"] = targets;
    j["title"] = frame.title;
    j["dialog"] = frame.dialog.empty() ? json(nullptr) : json(frame.dialog);
    j["reducedMotion"] = a.reduced_motion;
    j["highContrast"] = a.high_contrast;
    // Bytes malloc has handed out and not had back (the heap's size never shrinks; this does).
    j["publish"] = {{"active", a.is(PageMode::Publish)}, {"file", a.publish.file_name}, {"encoding", a.publish.encoding},
                    {"problems", a.publish.problems}, {"warnings", a.publish.warnings},
                    {"hint", a.publish.hint.empty() ? json(nullptr) : json(a.publish.hint.in(lang))},
                    {"ready", !a.publish.json.empty()}, {"saveName", a.publish.save_name},
                    {"importing", a.publish.importing}};
    j["heapUsedBytes"] = static_cast<double>(mallinfo().uordblks);
    j["wasmMemoryBytes"] = static_cast<double>(emscripten_get_heap_size());   // the wasm memory's size (it never shrinks)
    j["focus"] = frame.focused.empty() ? json(nullptr) : json(frame.focused);
    j["preedit"] = frame.preedit;
    j["pngCaption"] = a.perf.last_png_caption;
    j["clippedText"] = frame.clipped_text;   // texts drawn cut off at an edge: must stay 0
    // Easy Japanese's readings in the last frame, and glyphs of other text inside a reading's box
    // (must stay 0). Counted here, when asked, from the frame's draw lists (still as drawn).
    j["rubyReadings"] = ui::RubyReadingsDrawn();
    j["rubyOverlaps"] = ui::CountRubyOverlaps();
    j["tooltip"] = frame.tooltip.empty() ? json(nullptr) : json(frame.tooltip);
    j["filterSheetOpen"] = a.ui.filter_sheet_open;
    json notices = json::array();
    for (const auto& n : a.notices) notices.push_back(n.in(lang));
    j["notices"] = notices;
    j["dataName"] = a.data_name;
    j["offline"] = a.offline;
    j["fontsComplete"] = a.fonts_complete;
    j["asOf"] = a.dataset ? json(a.dataset->as_of) : json(nullptr);
    j["dataUpdatedNote"] = a.data_updated_note.empty() ? json(nullptr) : json(a.data_updated_note.in(lang));
    j["kiosk"] = {{"active", a.is(PageMode::Kiosk)}, {"paused", a.kiosk.paused},
                  {"secondsToReset", a.kiosk.seconds_to_reset >= 0 ? json(a.kiosk.seconds_to_reset) : json(nullptr)},
                  {"steps", a.kiosk.steps}};
    j["mode"] = a.view.mode == kpi::ViewMode::Compare ? "compare" : "overview";
    return j.dump();
}

} // namespace app
