// Wiring and the main loop: owns the one AppState, reads the page's link, starts the fetches, and
// draws frames when something happens (input, data, a timer) until the picture settles (frames
// by outcome: platform/web_loop.cpp, ui/frame_fingerprint.h). The pieces it wires:
//   url_sync.cpp     view <-> address bar        loading.cpp   dataset and fonts
//   kiosk_driver.cpp the kiosk's attract loop    requests.cpp  what the views asked of the browser
//   snapshot.cpp     window.kpiViewer.snapshot()
// [SECTION] state
// [SECTION] frame
// [SECTION] entry points for web/glue.js
// [SECTION] main
#include "app/kiosk_driver.h"
#include "app/loading.h"
#include "app/printing.h"
#include "app/publishing.h"
#include "app/requests.h"
#include "app/snapshot.h"
#include "app/url_sync.h"
#include "platform/web_backend.h"
#include "platform/platform.h"
#include "ui/announcer.h"
#include "ui/frame_fingerprint.h"
#include "ui/no_renderer.h"
#include "ui/theme.h"
#include "ui/views.h"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <cstdint>

namespace {

// --- [SECTION] state ------------------------------------------------------------------------------
AppState g_app;                 // the one AppState (see ui/app_state.h)
app::UrlSync g_url;
app::KioskDriver g_kiosk;
app::RequestHandler g_requests;
app::DocumentPage g_document;   // without WebGL: the page shows the current view as a document
std::string g_print;            // the last document kpi_print_document gave the page
ui::FrameInput g_in;            // what the browser layer reported for this frame
ui::FrameOutput g_out;          // the last frame's semantics (also what snapshot().targets lists)
ui::Announcer g_announcer;
bool g_html_only = false;      // no WebGL 2: the semantic layer is the page (see web/style.css)
bool g_font_ready = false;      // until then the HTML loading screen stays up
bool g_full_font_requested = false;
bool g_first_view_shown = false;   // the first data frame is on screen and the page is idle (glue.js)
std::string g_glyphs_checked;      // what needs_more_glyphs() last looked at
double g_last_frame_ms = 0;
std::uint64_t g_last_fingerprint = 0;   // what the last frame drew (ui/frame_fingerprint.h)
int g_search_prepared = 0;              // the dataset_version whose search texts are being made at idle
int g_laid_out_version = 0;             // the dataset_version whose first frame had its layout pass
std::string g_snapshot;
std::string g_page_base;        // origin + path of the page (only the query changes)

void on_dataset_loaded() { g_url.check_against_data(g_app); }

// Work the first picture does not need, done once it is on screen and the page is idle: the
// catalog, and the full font only if something to draw lacks a glyph (checked again when the data
// or typed text changes).
void after_first_view() {
    static bool once = false;
    if (!once) {
        once = true;
        if (!g_html_only && !platform::renderer_works()) {
            g_html_only = true;   // (the page shows its text version)
            platform::request_frame();
        }
        if (g_app.loads_catalog()) app::load_catalog(g_app);
    }
    // The search texts and their index (core/search_index.h), a slice per idle period (a nationwide
    // file's take a few hundred milliseconds), so that the first keystroke finds them made. Again for
    // each new dataset.
    if (g_app.dataset && g_search_prepared != g_app.dataset_version) {
        g_search_prepared = g_app.dataset_version;
        const int version = g_app.dataset_version;
        platform::run_when_idle([version] {
            if (!g_app.dataset || g_app.dataset_version != version) return false;
            // Small slices (a few milliseconds each): the page runs as many as the idle period
            // holds, so the texts and their index are made soon after the first picture with no
            // long task, well before a first keystroke.
            return g_app.filter_index().prepare_search(50);
        });
    }
    if (g_full_font_requested) return;
    const std::string key = std::to_string(g_app.dataset_version) + '\n' + g_app.view.filters.query + '\n' +
                            g_app.ui.picker_query + '\n' + g_app.publish.publisher + '\n' + std::to_string(g_app.catalog.size());
    if (key == g_glyphs_checked) return;
    g_glyphs_checked = key;
    if (app::needs_more_glyphs(g_app)) {
        g_full_font_requested = true;
        app::load_full_font(g_app);
    } else {
        g_app.fonts_complete = true;   // nothing more to fetch for now
    }
}


// A new dataset's first frame lays itself out without drawing until its picture stops changing
// (new cards size themselves over two or three ImGui frames): otherwise each of those frames would
// be a full paint (a long task at 3x pixel density) just after the first picture. Input stays for
// the real pass.
void layout_passes() {
    constexpr int kMaxPasses = 4;
    std::uint64_t last = 0;
    for (int i = 0; i < kMaxPasses; ++i) {
        ui::FrameInput none;
        ui::FrameOutput scratch;
        ImGui::NewFrame();
        ui::ShowApp(g_app, none, scratch);
        ImGui::Render();
        const std::uint64_t fingerprint = ui::FrameFingerprint(ImGui::GetDrawData());
        if (i > 0 && fingerprint == last) break;
        last = fingerprint;
    }
}

// A new dataset's first frame rasterises a few hundred glyphs, which at 2x+ pixel density fill a
// 1024x1024 atlas. Going there in one step saves that frame the atlas's grow-and-repack steps
// through smaller sizes. (Here, after the file was read, so the atlas's 1 MB (Alpha8) adds nothing
// to the memory peak of reading a large file.)
void size_glyph_atlas_for_first_view(const ImGuiIO& io) {
    constexpr int kDenseAtlas = 1024;
    ImFontAtlas* atlas = io.Fonts;
    if (io.DisplayFramebufferScale.x < 2.0f || !atlas->TexData) return;
    const int w = std::max(kDenseAtlas, atlas->TexData->Width), h = std::max(kDenseAtlas, atlas->TexData->Height);
    if (w != atlas->TexData->Width || h != atlas->TexData->Height) ImFontAtlasTextureRepack(atlas, w, h);
}

// --- [SECTION] frame --------------------------------------------------------------------------------

// True when the canvas's backing store was resized (and so cleared).
bool sync_display(ImGuiIO& io, int& fb_w, int& fb_h) {
    int css_w = 1, css_h = 1;
    const bool resized = platform::sync_canvas_size(css_w, css_h, fb_w, fb_h);
    // ImGui works in CSS pixels; the framebuffer scale makes text and lines crisp on high-DPI.
    io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
    io.DisplayFramebufferScale = ImVec2(fb_w / static_cast<float>(css_w), fb_h / static_cast<float>(css_h));
    // Kiosk: type for reading at 1-2 m (a 1920 px wide screen gets 1.5x).
    const float scale = g_app.is(PageMode::Kiosk) ? std::min(2.0f, std::max(1.0f, css_w / 1280.0f)) : 1.0f;
    if (scale != g_app.ui.scale) {
        g_app.ui.scale = scale;
        theme::apply(scale);
    }
    return resized;
}

bool frame() {
    if (!g_font_ready) return false;
    // Until the dataset (or an error) first arrives, the page's loading card covers the canvas. A
    // frame drawn under it is never seen, but its GPU work and read-back would delay the first
    // frame that is; the file's arrival asks for that frame (app/loading.cpp).
    if (g_app.phase == LoadPhase::Loading && g_app.perf.first_data_frame_ms < 0) return false;
    ImGuiIO& io = ImGui::GetIO();
    int fb_w = 1, fb_h = 1;
    const bool resized = sync_display(io, fb_w, fb_h);
    const double now = platform::now_ms();
    io.DeltaTime = g_last_frame_ms > 0 ? static_cast<float>(std::max(1.0, now - g_last_frame_ms) / 1000.0) : 1.0f / 60.0f;
    g_last_frame_ms = now;
    const bool flinging = platform::backend_new_frame(g_in);
    g_app.offline = !platform::is_online();
    g_app.reduced_motion = platform::prefers_reduced_motion();
    g_app.high_contrast = platform::prefers_high_contrast();
    if (g_app.retry_requested) {
        g_app.retry_requested = false;
        app::load_dataset(g_app, false, on_dataset_loaded);
    }

    const kpi::ViewState view_before = g_app.view;
    g_app.frame.now_ms = now;
    g_app.frame.share_url = g_page_base + kpi::encode_view(g_app.view, g_app.data_name, g_app.default_data);
    g_app.frame.requests = AppState::Requests{};
    if (g_app.dataset && g_app.dataset_version != g_laid_out_version) {
        g_laid_out_version = g_app.dataset_version;
        if (!g_html_only) size_glyph_atlas_for_first_view(io);
        layout_passes();
        io.DeltaTime = 0.001f;   // (the layout passes took this frame's time step)
    }
    ImGui::NewFrame();
    ui::ShowApp(g_app, g_in, g_out);
    ImGui::Render();
    ImDrawData* draw_data = ImGui::GetDrawData();
    const bool high_contrast = g_app.high_contrast;   // (read from the page at this frame's start)
    if (high_contrast && !g_html_only) theme::force_high_contrast(draw_data);
    // The same picture as the last frame's needs no GPU work: the canvas keeps showing it.
    const std::uint64_t fingerprint = ui::FrameFingerprint(draw_data);
    const bool picture_changed = fingerprint != g_last_fingerprint;
    g_last_fingerprint = fingerprint;
    const bool textures_pending = ui::TexturesPending(draw_data);
    if (g_html_only) {
        ui::AcceptTexturesWithoutRenderer();   // no WebGL: nothing is drawn
    } else if (picture_changed || resized || textures_pending || g_requests.reading_pixels()) {
        const ImVec4 bg = theme::to_vec4(high_contrast ? theme::kHighContrastPage : theme::kPage);
        const float clear_rgb[3] = {bg.x, bg.y, bg.z};
        platform::render_frame(draw_data, fb_w, fb_h, clear_rgb);
        ++g_app.perf.frames_painted;
    }
    ++g_app.perf.frames_rendered;

    // Kiosk: no address bar. Publish: the preview's views stay on the publish page.
    if (g_app.dataset && g_app.writes_url()) g_url.write_back(g_app);
    app::publishing_frame(g_app);
    g_requests.carry_out(g_app);
    if (g_html_only) g_document.frame(g_app);
    g_kiosk.frame(g_app, now);
    g_requests.after_frame(g_app);
    for (auto& a : g_announcer.update(g_app)) g_out.announcements.push_back(std::move(a));
    const bool semantics_changed = platform::backend_publish_semantics(g_out);
    const bool settled = g_app.phase != LoadPhase::Loading;
    if (settled && g_app.perf.first_data_frame_ms < 0) {
        g_app.perf.first_data_frame_ms = now;
        platform::first_data_frame_drawn();
    }
    if (g_first_view_shown) after_first_view();
    g_app.perf.record_frame(now, platform::now_ms());   // (make bench prints percentiles)
    // Draw again while the picture (or what the page mirrors of it) still changes, the view moved
    // on, or work is pending: input ImGui has queued for later frames (a tap's press and release
    // are spread over frames), a fling, a reload. (A KPI held in view needs no frames of its own:
    // while the layout moves, the picture changes.) Otherwise stop
    // (platform/web_loop.cpp).
    const bool input_queued = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
    return picture_changed || textures_pending || semantics_changed || g_app.view != view_before || input_queued || flinging ||
           g_app.ui.reset_scroll || g_app.retry_requested;
}

} // namespace

// --- [SECTION] entry points for web/glue.js -------------------------------------------------------
extern "C" {

EMSCRIPTEN_KEEPALIVE const char* kpi_snapshot() {
    g_snapshot = app::snapshot_json(g_app, g_out);
    return g_snapshot.c_str();
}

// The first data frame is on screen (the animation frame after it) and the page is idle.
EMSCRIPTEN_KEEPALIVE void kpi_after_first_view() {
    g_first_view_shown = true;
    after_first_view();   // fetches only; a frame follows when what they bring changes the picture
}

// The current view as a document to print (web/print.js asks on `beforeprint`): with the live
// view's address and its QR code; "" before the data is loaded.
EMSCRIPTEN_KEEPALIVE const char* kpi_print_document() {
    g_print = app::print_document(g_app, g_page_base + kpi::encode_view(g_app.view, g_app.data_name, g_app.default_data));
    return g_print.c_str();
}

// The service worker saw a newer dataset behind the cached one.
EMSCRIPTEN_KEEPALIVE void kpi_data_updated() {
    app::load_dataset(g_app, true, on_dataset_loaded);
    platform::request_frame();
}

} // extern "C"

// --- [SECTION] main ---------------------------------------------------------------------------------
int main() {
    g_app.default_data = platform::default_dataset();
    g_page_base = platform::page_base_url();
    g_app.can_web_share = platform::can_web_share();
    // Page options come from the first link only; the view also from Back/Forward later.
    const kpi::DecodedView page = g_url.apply(g_app, platform::query_string());
    g_app.data_name = page.data_name.empty() ? g_app.default_data : page.data_name;
    // One mode per page; a link asking for several gets the first of embed, kiosk, publish.
    g_app.mode = page.embed ? PageMode::Embed : page.kiosk ? PageMode::Kiosk : page.publish ? PageMode::Publish : PageMode::Normal;
    platform::on_file_opened([](const std::string& name, const std::string& text, const std::string& enc) {
        app::open_file(g_app, name, text, enc);
    });
    g_kiosk.configure(page.kiosk_options, g_app.view);
    platform::on_url_change([](const std::string& q) { g_url.apply(g_app, q); });

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigInputTextCursorBlink = false;   // a blinking caret would need frames while idle
    platform::backend_init();
    theme::apply(1.0f);
    if (g_app.is(PageMode::Kiosk)) platform::request_wake_lock();
    if (!platform::init_graphics()) {
        g_html_only = true;
        io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
    }

    app::load_ui_font(g_app, [] { g_font_ready = true; });
    // Publish mode previews the file staff open; it never shows the site's own dataset.
    if (g_app.is(PageMode::Publish)) g_app.phase = LoadPhase::Ready;
    else app::load_dataset(g_app, false, on_dataset_loaded);
    platform::run_event_driven(frame);
    return 0;
}
