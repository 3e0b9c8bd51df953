// Wiring and the main loop: owns the AppState, starts the fetches (dataset, fonts), feeds ImGui one
// frame at a time when something asks for a frame, and answers window.kpiViewer.snapshot().
// [SECTION] state and start-up
// [SECTION] data and fonts
// [SECTION] frame
// [SECTION] snapshot for tests
#include "app/snapshot.h"
#include "core/csv.h"
#include "core/kiosk.h"
#include "core/load.h"
#include "core/query.h"
#include "core/view_url.h"
#include "platform/platform.h"
#include "platform/web_input.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/views.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstring>
#include <tuple>
#include <string>

namespace {

// --- [SECTION] state and start-up ---------------------------------------------------------------
AppState g_app;                       // the one AppState (see ui/app_state.h)
kpi::ViewState g_url_view;            // the view the address bar shows
kpi::KioskLoop g_kiosk;               // ?kiosk=1: the attract loop (core/kiosk.h)
kpi::ViewState g_kiosk_home;          // the view the kiosk returns to after a reset
size_t g_kiosk_step = 0;
bool g_kiosk_started = false;
double g_kiosk_seen_input = 0;
bool g_replace_url = false;           // the next URL update corrects the link: no new history entry
bool g_font_ready = false;
bool g_full_font_requested = false;
std::string g_snapshot;
double g_last_frame_ms = 0;

const char* kUiFontUrl = "fonts/ui-subset.ttf";   // what the first frame needs (see scripts/make-site.sh)
const char* kFullFontUrl = "fonts/jis.ttf";       // all of JIS X 0208, loaded after the first frame

std::string data_url() { return "data/" + g_app.data_name + ".json"; }

// A link may name a project or KPI that this dataset does not have (renamed, removed): open the
// overview and say so, rather than showing nothing.
void check_view_against_data() {
    if (!g_app.dataset || g_app.view.project.empty()) return;
    const kpi::Project* p = g_app.dataset->find_project(g_app.view.project);
    if (!p) {
        g_app.notices.push_back(tr(Str::ProjectNotFound, g_app.view.lang) + std::string(" (") + g_app.view.project + ")");
        g_app.view.project.clear();
        g_app.view.kpi = 0;
        g_replace_url = true;
        return;
    }
    if (g_app.view.kpi == 0) return;
    for (const auto& k : p->kpis)
        if (k.no == g_app.view.kpi) return;
    g_app.notices.push_back("kpi: " + std::to_string(g_app.view.kpi) + (g_app.view.lang == "en" ? " not found" : " は見つかりません"));
    g_app.view.kpi = 0;
    g_replace_url = true;
}

// Opening a link, or Back/Forward: the URL decides the view.
void apply_url(const std::string& query, bool initial) {
    kpi::DecodedView d = kpi::decode_view(query);
    g_app.view = d.view;
    g_app.notices = std::move(d.notices);
    g_replace_url = !g_app.notices.empty();   // write the link back without the values we could not use
    if (initial) {
        g_app.data_name = d.data_name.empty() ? g_app.default_data : d.data_name;
        g_app.embed = d.embed;
        g_app.kiosk.active = d.kiosk && !d.embed;
        g_kiosk = kpi::KioskLoop({d.rotate_s, d.idle_s, 10.0});
        g_kiosk_home = g_app.view;
    }
    g_url_view = g_app.view;
    g_app.scroll_to_kpi = g_app.view.kpi != 0 ? 3 : 0;
    g_app.reset_scroll = g_app.view.kpi == 0;
    check_view_against_data();
}

// After every frame: show the current view in the address bar. Moving to another page pushes a
// history entry (so Back works); filters, language and such replace the current one.
void sync_url() {
    if (g_app.view == g_url_view && !g_replace_url) return;
    const bool push = !g_replace_url && kpi::is_navigation(g_url_view, g_app.view);
    platform::set_url_query(kpi::encode_view(g_app.view, g_app.data_name, g_app.default_data), push);
    g_url_view = g_app.view;
    g_replace_url = false;
}

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
            g_app.data_error = g_app.view.lang == "en" ? url + ": could not be fetched (" + why + ")"
                                                       : url + " を取得できませんでした（" + why + "）";
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
        check_view_against_data();
    });
}

// A newer dataset was published (the service worker saw a different file behind the cached one):
// fetch it again and show it; what is shown stays if the new file is broken.
void reload_updated_data() {
    const std::string url = data_url();
    platform::fetch(url, [url](platform::FetchResult r) {
        if (!r.ok) return;
        kpi::LoadResult res = kpi::load_dataset(r.body);
        if (!res.ok()) {
            g_app.data_error = url + ": " + res.error->describe();
            return;
        }
        g_app.dataset = std::move(*res.dataset);
        g_app.data_error.clear();
        g_app.data_updated_note = (g_app.view.lang == "en" ? "The data was updated (as of " : "データを更新しました（") +
                                  g_app.dataset->as_of + (g_app.view.lang == "en" ? ")." : " 時点）");
        check_view_against_data();
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
        g_app.fonts_complete = true;
        if (!r.ok) return;   // keep the subset: everything in the data and the UI is in it
        if (ImFont* f = add_font(r.body)) {
            g_app.font = f;
            ImGui::GetIO().FontDefault = f;
        }
    });
}

// --- [SECTION] kiosk --------------------------------------------------------------------------------
// The loop: the home view (overview), then each project page and each of its KPI charts.
void kiosk_show_step() {
    const auto steps = kpi::kiosk_steps(*g_app.dataset);
    const size_t n = steps.size() + 1;   // + the home view
    g_kiosk_step %= n;
    kpi::ViewState v = g_kiosk_home;
    v.project.clear();
    v.kpi = 0;
    v.mode = kpi::ViewMode::Overview;
    v.filters = kpi::Filters{};
    v.lang = g_app.view.lang;             // a visitor's language choice stays until the reset
    if (g_kiosk_step > 0) {
        v.project = steps[g_kiosk_step - 1].project;
        v.kpi = steps[g_kiosk_step - 1].kpi;
    }
    g_app.view = v;
    g_app.scroll_to_kpi = v.kpi != 0 ? 3 : 0;
    g_app.reset_scroll = v.kpi == 0;
}

void kiosk_frame(double now_ms) {
    if (!g_app.kiosk.active || !g_app.dataset) return;
    const double now = now_ms / 1000.0;
    if (!g_kiosk_started) {
        g_kiosk_started = true;
        g_kiosk.start(now);
    }
    if (g_app.requests.kiosk_toggle_pause) g_kiosk.toggle_pause(now);
    const double input = platform::last_input_ms();
    if (input > g_kiosk_seen_input) {
        g_kiosk_seen_input = input;
        g_kiosk.on_input(input / 1000.0);
    }
    const kpi::KioskLoop::Tick t = g_kiosk.tick(now);
    if (t.reset) {
        // Back to the start for the next visitor: home view, filters and language as the link had them.
        g_app.view = g_kiosk_home;
        g_app.filter_sheet_open = false;
        g_app.share_open = false;
        g_kiosk_step = 0;
        kiosk_show_step();
        g_app.view.lang = g_kiosk_home.lang;
    } else if (t.advance) {
        ++g_kiosk_step;
        kiosk_show_step();
    }
    g_app.kiosk.paused = g_kiosk.paused();
    g_app.kiosk.seconds_to_reset = g_kiosk.seconds_to_reset(now);
    g_app.kiosk.steps = g_kiosk.steps_taken();
    platform::wake_after(g_kiosk.next_deadline(now) * 1000.0 + 5.0);
}

// --- [SECTION] requests from the views -----------------------------------------------------------
int g_png_countdown = 0;   // frames to wait so the share panel is gone from the picture

void show_feedback(const std::string& text) {
    g_app.share_feedback = text;
    g_app.share_feedback_until_ms = platform::now_ms() + 2500;
    platform::wake_after(2600);
}

std::string file_stem() {
    return "kpi-" + g_app.data_name + (g_app.view.project.empty() ? "" : "-" + g_app.view.project);
}

void carry_out_requests() {
    const AppState::Requests r = g_app.requests;
    const bool en = g_app.view.lang == "en";
    platform::set_text_input_active(r.text_input);
    if (r.copy_link)
        platform::copy_text(g_app.share_url, [en](bool ok) {
            show_feedback(ok ? (en ? "Link copied." : "リンクをコピーしました。")
                             : (en ? "Could not copy. Select the link above and copy it." : "コピーできませんでした。上のリンクを選んでコピーしてください。"));
        });
    if (r.web_share && g_app.dataset) platform::web_share(g_app.dataset->title.in(g_app.view.lang), g_app.share_url);
    if (r.download_csv && g_app.dataset) {
        const kpi::Filters f = g_app.view.filters;
        const std::string only = g_app.view.project;
        const std::string csv = kpi::export_csv(*g_app.dataset, g_app.view.lang, [&](const kpi::Project& p) {
            if (!only.empty()) return p.id == only;
            const kpi::Program* prog = g_app.dataset->program_of(p.id);
            return prog && kpi::project_matches(*prog, p, f);
        });
        platform::download_bytes(file_stem() + ".csv", "text/csv;charset=utf-8", csv);
        show_feedback(en ? "CSV downloaded." : "CSVをダウンロードしました。");
    }
    if (r.save_chart_png) g_png_countdown = 2;
    if (r.open_full_view) {
        platform::open_in_new_tab(platform::page_base_url() + kpi::encode_view(g_app.view, g_app.data_name, g_app.default_data));
    }
}

void save_png_when_ready() {
    if (g_png_countdown <= 0) return;
    if (--g_png_countdown > 0) {
        platform::request_frames(2);
        return;
    }
    const AppState::Rect c = g_app.selected_chart;
    if (c.w > 0 && c.h > 0)
        platform::download_canvas_png(c.x, c.y, c.w, c.h, file_stem() + "-kpi" + std::to_string(g_app.view.kpi) + ".png");
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
    // Kiosk: type for reading at 1-2 m (a 1920 px wide screen gets 1.5x).
    const float scale = g_app.kiosk.active ? std::min(2.0f, std::max(1.0f, css_w / 1280.0f)) : 1.0f;
    if (scale != g_app.ui_scale) {
        g_app.ui_scale = scale;
        theme::apply(scale);
    }

    if (g_app.retry_requested) {
        g_app.retry_requested = false;
        load_data();
    }
    const kpi::ViewState before = g_app.view;
    const auto ui_state = [] {
        return std::make_tuple(g_app.filter_sheet_open, g_app.share_open, g_app.retry_requested, g_app.notices.size(),
                               g_app.kiosk.paused, g_app.requests.kiosk_toggle_pause, g_app.kiosk.seconds_to_reset >= 0);
    };
    const auto ui_before = ui_state();
    g_app.now_ms = now;
    g_app.share_url = platform::page_base_url() + kpi::encode_view(g_app.view, g_app.data_name, g_app.default_data);
    g_app.requests = AppState::Requests{};
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
    if (g_app.dataset && !g_app.embed && !g_app.kiosk.active) sync_url();   // kiosk: no address bar
    carry_out_requests();
    kiosk_frame(now);

    save_png_when_ready();
    const bool settled = g_app.phase != LoadPhase::Loading;
    if (settled && g_app.first_data_frame_ms < 0) {
        g_app.first_data_frame_ms = now;
        platform::first_data_frame_drawn();
    }
    if (settled && !g_full_font_requested) load_full_font();
    if (g_app.scroll_to_kpi > 0) --g_app.scroll_to_kpi;   // a few frames, whether or not the KPI exists
    // A changed view or panel needs a few frames: new windows size themselves over two frames, and
    // a tap may set a request (retry, close a sheet) that the next frame carries out.
    if (g_app.view != before || ui_state() != ui_before || g_app.scroll_to_kpi > 0 || g_app.reset_scroll ||
        g_app.retry_requested)
        platform::request_frames(4);
    return flinging;
}

} // namespace

// Is a text field drawn at (x, y) CSS px? (web/glue.js focuses the keyboard sink in the tap itself.)
extern "C" EMSCRIPTEN_KEEPALIVE int kpi_text_field_at(float x, float y) {
    for (const auto& t : g_app.targets)
        if (t.id == "search" && x >= t.x && x < t.x + t.w && y >= t.y && y < t.y + t.h) return 1;
    return 0;
}

extern "C" EMSCRIPTEN_KEEPALIVE void kpi_data_updated() {
    reload_updated_data();
    platform::request_frames(2);
}

extern "C" EMSCRIPTEN_KEEPALIVE void kpi_set_online(int online) {
    g_app.offline = online == 0;
    platform::request_frames(2);
}

// --- [SECTION] snapshot for tests -------------------------------------------------------------------
extern "C" EMSCRIPTEN_KEEPALIVE const char* kpi_snapshot() {
    g_snapshot = app::snapshot_json(g_app);
    return g_snapshot.c_str();
}

int main() {
    g_app.default_data = platform::default_dataset();
    g_app.can_web_share = platform::can_web_share();
    apply_url(platform::query_string(), true);
    platform::on_url_change([](const std::string& q) { apply_url(q, false); });

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigInputTextCursorBlink = false;   // a blinking caret would need frames while idle
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    theme::apply(1.0f);
    if (g_app.kiosk.active) platform::request_wake_lock();
    if (!platform::init_graphics()) return 0;   // web/glue.js has already shown a plain message
    ImGui_ImplOpenGL3_Init("#version 300 es");

    load_fonts();
    load_data();
    platform::run_event_driven(frame);
    return 0;
}
