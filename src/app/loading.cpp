#include "app/loading.h"

#include "core/load.h"
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

void load_dataset(AppState& a, bool update, std::function<void()> loaded) {
    const bool en = a.view.lang == "en";
    if (!kpi::is_slug(a.data_name)) {   // only a misconfigured <meta name="kpi-dataset"> gets here
        a.phase = LoadPhase::Failed;
        a.data_error = "data/" + a.data_name + ".json: " + (en ? "not a valid dataset name" : "データ名が正しくありません");
        return;
    }
    if (!update) a.phase = LoadPhase::Loading;
    const std::string url = "data/" + a.data_name + ".json";
    AppState* app = &a;   // the one AppState outlives every callback
    platform::fetch(url, [app, url, update, loaded = std::move(loaded)](platform::FetchResult r) {
        AppState& a = *app;
        const bool en = a.view.lang == "en";
        if (!r.ok) {
            if (update) return;   // the copy on screen is still good
            a.phase = LoadPhase::Failed;
            const std::string why = r.http_status ? "HTTP " + std::to_string(r.http_status)
                                                  : (r.error.empty() ? std::string("network error") : r.error);
            a.data_error = en ? url + ": could not be fetched (" + why + ")" : url + " を取得できませんでした（" + why + "）";
            return;
        }
        kpi::LoadResult res = kpi::load_dataset(r.body);
        if (!res.ok()) {
            if (!update) a.phase = LoadPhase::Failed;
            a.data_error = url + ": " + res.error->describe();
            return;
        }
        a.dataset = std::move(*res.dataset);
        ++a.dataset_version;
        a.data_error.clear();
        a.phase = LoadPhase::Ready;
        if (update)
            a.data_updated_note = en ? "The data was updated (as of " + a.dataset->as_of + ")."
                                     : "データを更新しました（" + a.dataset->as_of + " 時点）";
        if (loaded) loaded();
    });
}

void load_ui_font(AppState& a, std::function<void()> ready) {
    AppState* app = &a;
    platform::fetch(kUiFontUrl, [app, ready = std::move(ready)](platform::FetchResult r) {
        ImFont* f = r.ok ? add_font(r.body) : nullptr;
        if (!f) {
            // Without our font the UI still works with ImGui's built-in (Latin-only) one.
            ImGui::GetIO().Fonts->AddFontDefault();
            if (app->data_error.empty())
                app->data_error = std::string(kUiFontUrl) + ": " + (r.error.empty() ? "invalid font" : r.error);
        }
        ready();
    });
}

void load_full_font(AppState& a) {
    AppState* app = &a;
    platform::fetch(kFullFontUrl, [app](platform::FetchResult r) {
        app->fonts_complete = true;
        if (!r.ok) return;   // keep the subset: everything in the data and the UI is in it
        if (ImFont* f = add_font(r.body)) ImGui::GetIO().FontDefault = f;
    });
}

} // namespace app
