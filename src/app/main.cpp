// Wiring and the main loop: owns the AppState, starts the fetches (dataset, fonts), feeds ImGui one
// frame at a time when something asks for a frame, and answers window.kpiViewer.snapshot().
// [SECTION] state and start-up
// [SECTION] data and fonts
// [SECTION] frame
// [SECTION] snapshot for tests
#include "app/snapshot.h"
#include "core/load.h"
#include "core/url_query.h"
#include "platform/platform.h"
#include "platform/web_input.h"
#include "ui/theme.h"
#include "ui/views.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <cstring>
#include <string>

namespace {

// --- [SECTION] state and start-up ---------------------------------------------------------------
AppState g_app;                       // the one AppState (see ui/app_state.h)
bool g_font_ready = false;
bool g_full_font_requested = false;
std::string g_snapshot;
double g_last_frame_ms = 0;

const char* kUiFontUrl = "fonts/ui-subset.ttf";   // what the first frame needs (see scripts/make-site.sh)
const char* kFullFontUrl = "fonts/jis.ttf";       // all of JIS X 0208, loaded after the first frame

std::string data_url() { return "data/" + g_app.data_name + ".json"; }

// --- [SECTION] data and fonts ---------------------------------------------------------------------
void load_data() {
    g_app.phase = LoadPhase::Loading;
    if (!kpi::is_slug(g_app.data_name)) {
        g_app.phase = LoadPhase::Failed;
        g_app.data_error = "?data=" + g_app.data_name + ": " +
                           (g_app.view.lang == "en" ? "not a valid dataset name (use lower-case letters, digits and '-')"
                                                    : "データ名が正しくありません（英小文字・数字・ハイフンのみ）");
        return;
    }
    const std::string url = data_url();
    platform::fetch(url, [url](platform::FetchResult r) {
        if (!r.ok) {
            g_app.phase = LoadPhase::Failed;
            const std::string why = r.http_status ? "HTTP " + std::to_string(r.http_status)
                                                  : (r.error.empty() ? std::string("network error") : r.error);
            g_app.data_error = url + ": " + (g_app.view.lang == "en" ? "could not be fetched (" + why + ")"
                                                                      : "を取得できませんでした（" + why + "）");
            return;
        }
        kpi::LoadResult res = kpi::load_dataset(r.body);
        if (!res.ok()) {
            g_app.phase = LoadPhase::Failed;
            g_app.data_error = url + ": " + res.error->describe();
            return;
        }
        g_app.dataset = std::move(*res.dataset);
        g_app.data_error.clear();
        g_app.phase = LoadPhase::Ready;
    });
}

ImFont* add_font(const std::string& bytes) {
    if (bytes.size() < 12) return nullptr;
    void* mem = IM_ALLOC(bytes.size());   // the atlas takes ownership
    std::memcpy(mem, bytes.data(), bytes.size());
    ImFontConfig cfg;
    cfg.OversampleH = 1;   // the dynamic atlas renders at the framebuffer scale already
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(mem, static_cast<int>(bytes.size()), theme::kBaseFont, &cfg);
}

void load_fonts() {
    platform::fetch(kUiFontUrl, [](platform::FetchResult r) {
        ImFont* f = r.ok ? add_font(r.body) : nullptr;
        if (!f) {
            // Without our font the UI still works with ImGui's built-in (Latin-only) one.
            ImGui::GetIO().Fonts->AddFontDefault();
            if (g_app.data_error.empty()) g_app.data_error = std::string(kUiFontUrl) + ": " + (r.error.empty() ? "invalid font" : r.error);
        }
        g_app.font = f;
        g_font_ready = true;
    });
}

void load_full_font() {
    g_full_font_requested = true;
    platform::fetch(kFullFontUrl, [](platform::FetchResult r) {
        if (!r.ok) return;   // keep the subset: everything in the data and the UI is in it
        if (ImFont* f = add_font(r.body)) {
            g_app.font = f;
            ImGui::GetIO().FontDefault = f;
        }
    });
}

// --- [SECTION] frame --------------------------------------------------------------------------------
bool frame() {
    if (!g_font_ready) return false;     // the HTML loading screen is still up
    ImGuiIO& io = ImGui::GetIO();
    int fb_w = 1, fb_h = 1, css_w = 1, css_h = 1;
    platform::sync_canvas_size(fb_w, fb_h);
    platform::canvas_css_size(css_w, css_h);
    io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
    io.DisplayFramebufferScale = ImVec2(fb_w / static_cast<float>(css_w), fb_h / static_cast<float>(css_h));
    const double now = platform::now_ms();
    io.DeltaTime = g_last_frame_ms > 0 ? static_cast<float>(std::max(1.0, now - g_last_frame_ms) / 1000.0) : 1.0f / 60.0f;
    g_last_frame_ms = now;
    const bool flinging = platform::touch_inertia_step();

    if (g_app.retry_requested) {
        g_app.retry_requested = false;
        load_data();
    }
    const kpi::ViewState before = g_app.view;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ui::ShowApp(g_app);
    ImGui::Render();
    glViewport(0, 0, fb_w, fb_h);
    const ImVec4 bg = theme::to_vec4(theme::kPage);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++g_app.frames_rendered;

    const bool settled = g_app.phase != LoadPhase::Loading;
    if (settled && g_app.first_data_frame_ms < 0) {
        g_app.first_data_frame_ms = now;
        platform::first_data_frame_drawn();
    }
    if (settled && !g_full_font_requested) load_full_font();
    // A changed view needs a few frames: new child windows size themselves over two frames.
    if (g_app.view != before || g_app.scroll_to_kpi || g_app.reset_scroll) platform::request_frames(4);
    return flinging;
}

} // namespace

// --- [SECTION] snapshot for tests -------------------------------------------------------------------
extern "C" EMSCRIPTEN_KEEPALIVE const char* kpi_snapshot() {
    g_snapshot = app::snapshot_json(g_app);
    return g_snapshot.c_str();
}

int main() {
    const auto query = kpi::parse_query(platform::query_string());
    std::string v;
    if (kpi::query_value(query, "data", v)) g_app.data_name = v;
    if (kpi::query_value(query, "lang", v) && (v == "ja" || v == "en")) g_app.view.lang = v;

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigInputTextCursorBlink = false;   // a blinking caret would need frames while idle
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    theme::apply(1.0f);
    if (!platform::init_graphics()) return 0;   // web/glue.js has already shown a plain message
    ImGui_ImplOpenGL3_Init("#version 300 es");

    load_fonts();
    load_data();
    platform::run_event_driven(frame);
    return 0;
}
