#include "app/loading.h"

#include "core/catalog.h"
#include "core/load.h"
#include "core/load_hints.h"
#include "core/utf8.h"
#include "platform/platform.h"
#include "ui/theme.h"

#include <imgui.h>

#include <cstring>

namespace app {
namespace {

const char* kUiFontUrl = "fonts/ui-subset.ttf";   // what the first frame needs (scripts/make-site.sh)
const char* kFullFontUrl = "fonts/jis.ttf";       // all of JIS X 0208

ImFont* add_font(const std::string& bytes) {
    if (bytes.size() < 12) return nullptr;
    void* mem = IM_ALLOC(bytes.size());   // the atlas takes ownership
    std::memcpy(mem, bytes.data(), bytes.size());
    ImFontConfig cfg;
    cfg.OversampleH = 1;   // the dynamic atlas renders at the framebuffer scale already
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(mem, static_cast<int>(bytes.size()), theme::kBaseFont, &cfg);
}

} // namespace

namespace {

// A dataset that loaded: show it, and keep it as the last good copy.
void take(AppState& a, kpi::LoadResult& res) {
    a.take_dataset(std::move(*res.dataset));
    a.data_warnings = std::move(res.warnings);
    a.phase = LoadPhase::Ready;
}

// Nothing is on screen and the file could not be used: show the last copy that loaded correctly
// (kept by the page, also offline) and say why the newer one was rejected.
void fall_back_to_good_copy(AppState* app, const std::string& url, int seq, const ui::Message& why,
                            std::function<void()> loaded) {
    platform::fetch_good_copy(url, [app, url, seq, why, loaded = std::move(loaded)](platform::FetchResult g) {
        AppState& a = *app;
        platform::request_frame();   // data or an error to show
        if (seq != a.dataset_request) return;   // a newer request owns the outcome
        kpi::LoadResult res = g.ok ? kpi::load_dataset(g.body) : kpi::LoadResult{};
        if (!g.ok || !res.ok()) {
            a.phase = LoadPhase::Failed;
            a.data_error = why;
            return;
        }
        take(a, res);
        a.data_error = why;   // the error panel adds that the data below is the last good copy
        if (loaded) loaded();
    });
}

} // namespace

void load_dataset(AppState& a, bool update, std::function<void()> loaded) {
    if (!kpi::is_slug(a.data_name)) {   // only a misconfigured <meta name="kpi-dataset"> gets here
        a.phase = LoadPhase::Failed;
        a.data_error = ui::Message(Str::BadDatasetNameFmt, {"data/" + a.data_name + ".json"});
        return;
    }
    if (!update) a.phase = LoadPhase::Loading;
    const std::string url = "data/" + a.data_name + ".json";
    AppState* app = &a;   // the one AppState outlives every callback
    // Requests can overlap (Retry while a background update runs): the newest one decides.
    const int seq = ++a.dataset_request;
    platform::fetch(url, [app, url, update, seq, loaded = std::move(loaded)](platform::FetchResult r) {
        AppState& a = *app;
        platform::request_frame();   // data or an error to show
        if (seq != a.dataset_request) return;
        ui::Message why;
        kpi::LoadResult res;
        a.data_error_hint = kpi::Text{};
        if (!r.ok) {
            if (update) return;   // the copy on screen is still good
            const std::string detail = r.http_status ? "HTTP " + std::to_string(r.http_status)
                                                     : (r.error.empty() ? std::string("network error") : r.error);
            why = ui::Message(Str::FetchFailedFmt, {url, detail});
        } else {
            a.perf.data_arrived_ms = platform::now_ms();
            res = kpi::load_dataset(r.body);
            a.perf.data_read_ms = platform::now_ms() - a.perf.data_arrived_ms;
            if (!res.ok()) why = ui::Message(Str::LocatedErrorFmt, {url, res.error->describe()});
            if (!res.ok()) a.data_error_hint = kpi::staff_hint(*res.error, r.body);
        }
        if (!why.empty()) {
            if (a.dataset) {   // what is shown stays; the panel says what went wrong
                a.data_error = why;
                a.phase = LoadPhase::Ready;
                return;
            }
            fall_back_to_good_copy(app, url, seq, why, loaded);
            return;
        }
        platform::keep_good_copy(url, r.body);
        std::string().swap(r.body);   // (the model is made: the file's bytes are free before anything else is)
        take(a, res);
        a.data_error.clear();
        if (update)
            a.data_updated_note = ui::Message(Str::DataUpdatedFmt, {a.dataset->as_of});
        if (loaded) loaded();
    });
}

void load_catalog(AppState& a) {
    AppState* app = &a;
    platform::fetch("data/index.json", [app](platform::FetchResult r) {
        if (!r.ok) return;
        if (auto c = kpi::parse_catalog(r.body)) app->catalog = std::move(*c);
        if (app->catalog.size() > 1) platform::request_frame();   // the picker appears; one dataset: nothing to draw
    });
}

void load_ui_font(AppState& a, std::function<void()> ready) {
    AppState* app = &a;
    platform::fetch(kUiFontUrl, [app, ready = std::move(ready)](platform::FetchResult r) {
        platform::request_frame();   // the first frame can be drawn
        ImFont* f = r.ok ? add_font(r.body) : nullptr;
        if (!f) {
            // Without our font the UI still works with ImGui's built-in (Latin-only) one.
            ImGui::GetIO().Fonts->AddFontDefault();
            if (app->data_error.empty())
                app->data_error = ui::Message(Str::LocatedErrorFmt, {kUiFontUrl, r.error.empty() ? "invalid font" : r.error});
        }
        ready();
    });
}

bool needs_more_glyphs(const AppState& a) {
    ImGuiIO& io = ImGui::GetIO();
    ImFont* font = io.FontDefault ? io.FontDefault : (io.Fonts->Fonts.empty() ? nullptr : io.Fonts->Fonts[0]);
    if (!font) return false;
    bool missing = false;
    auto check = [&](const std::string& s) {
        for (size_t i = 0; i < s.size() && !missing;) {
            const char32_t c = kpi::utf8_decode(s, i);
            if (c != kpi::kInvalidCodePoint && c >= 0x20 && c <= 0xFFFF && !font->IsGlyphInFont(static_cast<ImWchar>(c)))
                missing = true;
        }
    };
    if (a.dataset) a.dataset->visit_texts([&](const kpi::Text& t) { for (const auto& [lang, s] : t.by_lang) check(s); });
    for (const std::string* s : {&a.view.filters.query, &a.ui.picker_query, &a.publish.publisher}) check(*s);
    for (const auto& e : a.catalog) for (const auto& [lang, s] : e.publisher.by_lang) check(s);
    return missing;
}

void load_full_font(AppState& a) {
    AppState* app = &a;
    platform::fetch(kFullFontUrl, [app](platform::FetchResult r) {
        app->fonts_complete = true;
        if (!r.ok) return;   // keep the subset: everything in the data and the UI is in it
        if (ImFont* f = add_font(r.body)) {
            ImGui::GetIO().FontDefault = f;
            platform::request_frame();   // the glyphs that were missing can be drawn now
        }
    });
}

} // namespace app
