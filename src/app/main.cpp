// Wiring and the main loop: owns the one AppState (in `Viewer`, the loop's state), reads the page's
// link, starts the fetches, and draws frames when something happens (input, data, a timer) until
// the picture settles (platform/web_loop.cpp, ui/frame_fingerprint.h). frame() is five steps:
// begin_frame → draw → paint_if_changed → carry_out_requests → another_frame_needed. The pieces it wires:
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
// Everything the loop keeps from one frame to the next. One instance (`v`), owned here.
struct Viewer {
    AppState app;                   // the one AppState (see ui/app_state.h)
    // The pieces wired to it.
    app::UrlSync url;
    app::KioskDriver kiosk;
    app::RequestHandler requests;
    app::DocumentPage document;     // without WebGL: the page shows the current view as a document
    ui::Announcer announcer;
    ui::FrameInput in;              // what the browser layer reported for this frame
    ui::FrameOutput out;            // the last frame's semantics (also what snapshot().targets lists)
    std::string page_base;          // origin + path of the page (only the query changes)
    bool html_only = false;         // no WebGL 2: the semantic layer is the page (see web/style.css)
    // Start-up: what has arrived and what was done once the first picture was up.
    struct Startup {
        bool font_ready = false;            // until then the HTML loading screen stays up
        bool first_view_shown = false;      // the first data frame is on screen and the page is idle (glue.js)
        bool idle_work_started = false;     // the no-WebGL check and the catalog (once)
        bool full_font_requested = false;
        std::string glyphs_checked;         // what needs_more_glyphs() last looked at
        int search_prepared = 0;            // the dataset_version whose search texts are made at idle
    } startup;
    // The picture: the last frame's time and fingerprint (ui/frame_fingerprint.h).
    double last_frame_ms = 0;
    std::uint64_t last_fingerprint = 0;
    // A new dataset's layout passes (see layout_pass): which dataset_version they are for, how many
    // have run, the last one's fingerprint, and the version whose passes are done.
    struct Layout {
        int done = 0;
        int version = 0;
        int passes = 0;
        std::uint64_t last = 0;
    } layout;
    // Text handed to glue.js must outlive the call that returns it.
    std::string snapshot, print;
};
Viewer v;

void on_dataset_loaded() { v.url.check_against_data(v.app); }

// Work the first picture does not need, done once it is on screen and the page is idle: the
// catalog, and the full font only if something to draw lacks a glyph (checked again when the data
// or typed text changes).
void after_first_view() {
    AppState& app = v.app;
    if (!v.startup.idle_work_started) {
        v.startup.idle_work_started = true;
        if (!v.html_only && !platform::renderer_works()) {
            v.html_only = true;   // (the page shows its text version)
            platform::request_frame();
        }
        if (app.loads_catalog()) app::load_catalog(app);
    }
    // The search texts and their index (core/search_index.h), a slice per idle period (a nationwide
    // file's take a few hundred milliseconds), so that the first keystroke finds them made. Again for
    // each new dataset.
    if (app.dataset && v.startup.search_prepared != app.dataset_version) {
        v.startup.search_prepared = app.dataset_version;
        const int version = app.dataset_version;
        platform::run_when_idle([version] {
            if (!v.app.dataset || v.app.dataset_version != version) return false;
            // Small slices (a few milliseconds each): the page runs as many as the idle period
            // holds, so the texts and their index are made soon after the first picture with no
            // long task, well before a first keystroke.
            return v.app.filter_index().prepare_search(50);
        });
    }
    if (v.startup.full_font_requested) return;
    const std::string key = std::to_string(app.dataset_version) + '\n' + app.view.filters.query + '\n' +
                            app.ui.picker_query + '\n' + app.publish.publisher + '\n' + std::to_string(app.catalog.size());
    if (key == v.startup.glyphs_checked) return;
    v.startup.glyphs_checked = key;
    if (app::needs_more_glyphs(app)) {
        v.startup.full_font_requested = true;
        app::load_full_font(app);
    } else {
        app.fonts_complete = true;   // nothing more to fetch for now
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
// A frame, in the manner of Dear ImGui's example loops: begin (display, clock, input) → draw the
// views → paint if the picture changed → carry out what the views asked → does another frame need
// to come? platform/web_loop.cpp calls frame() while it answers yes, and again on the next event.

// What begin_frame() found.
struct FrameStart {
    double now = 0;
    int fb_w = 1, fb_h = 1;     // the canvas's backing store, in device pixels
    bool resized = false;       // the backing store was resized (and so cleared)
    bool flinging = false;      // a touch fling still scrolls
    kpi::ViewState view_before; // the view as the frame began (did it move on?)
};

// Nothing is drawn before the UI font, nor under the page's loading card: until the dataset (or an
// error) first arrives, a frame drawn under it is never seen, but its GPU work and read-back would
// delay the frame that is. The file's arrival asks for that frame (app/loading.cpp).
bool may_draw() {
    return v.startup.font_ready && !(v.app.phase == LoadPhase::Loading && v.app.perf.first_data_frame_ms < 0);
}

// The canvas's size in CSS pixels (ImGui's units) and device pixels (crisp text on high-DPI); the
// kiosk's larger type (a 1920 px wide screen gets 1.5x, for reading at 1-2 m).
void sync_display(FrameStart& f) {
    ImGuiIO& io = ImGui::GetIO();
    int css_w = 1, css_h = 1;
    f.resized = platform::sync_canvas_size(css_w, css_h, f.fb_w, f.fb_h);
    io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
    io.DisplayFramebufferScale = ImVec2(f.fb_w / static_cast<float>(css_w), f.fb_h / static_cast<float>(css_h));
    const float scale = v.app.is(PageMode::Kiosk) ? std::min(2.0f, std::max(1.0f, css_w / 1280.0f)) : 1.0f;
    if (scale != v.app.ui.scale) {
        v.app.ui.scale = scale;
        theme::apply(scale);
    }
}

// Display, clock, the browser's input and the page's preferences; a retry the last frame asked for.
FrameStart begin_frame() {
    AppState& app = v.app;
    FrameStart f;
    sync_display(f);
    f.now = platform::now_ms();
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = v.last_frame_ms > 0 ? static_cast<float>(std::max(1.0, f.now - v.last_frame_ms) / 1000.0) : 1.0f / 60.0f;
    v.last_frame_ms = f.now;
    f.flinging = platform::backend_new_frame(v.in);
    app.offline = !platform::is_online();
    app.reduced_motion = platform::prefers_reduced_motion();
    app.high_contrast = platform::prefers_high_contrast();
    if (app.retry_requested) {
        app.retry_requested = false;
        app::load_dataset(app, false, on_dataset_loaded);
    }
    f.view_before = app.view;
    app.frame.now_ms = f.now;
    app.frame.share_url = v.page_base + kpi::encode_view(app.view, app.data_name, app.default_data);
    app.frame.requests = AppState::Requests{};
    return f;
}

// A new dataset's first frame lays itself out without drawing until its picture stops changing
// (new cards size themselves over two or three ImGui frames): otherwise each of those frames would
// be a full paint (a long task at 3x pixel density) just after the first picture. One pass per
// animation frame, so each is a task of its own: together (the first one also rasterises the
// glyphs) they were one long task. Input stays for the real pass, and so does the clock: these
// passes take no time (ImGui needs a step above 0). True while a pass ran (nothing is painted).
bool layout_pass() {
    constexpr int kMaxPasses = 4;
    constexpr float kNoTime = 0.001f;
    AppState& app = v.app;
    if (!app.dataset || app.dataset_version == v.layout.done) return false;
    ImGuiIO& io = ImGui::GetIO();
    FrameStart display;
    sync_display(display);
    if (v.layout.version != app.dataset_version) {
        v.layout = Viewer::Layout{v.layout.done, app.dataset_version, 0, 0};
        if (!v.html_only) size_glyph_atlas_for_first_view(io);
    }
    const float real_step = io.DeltaTime;
    io.DeltaTime = kNoTime;
    ui::FrameInput none;
    ui::FrameOutput scratch;
    ImGui::NewFrame();
    ui::ShowApp(app, none, scratch);
    ImGui::Render();
    io.DeltaTime = real_step;
    const std::uint64_t fingerprint = ui::FrameFingerprint(ImGui::GetDrawData());
    const bool settled = v.layout.passes > 0 && fingerprint == v.layout.last;
    v.layout.last = fingerprint;
    if (settled || ++v.layout.passes >= kMaxPasses) v.layout.done = app.dataset_version;
    return true;
}

// The views, as ImGui draw lists.
ImDrawData* draw() {
    AppState& app = v.app;
    ImGui::NewFrame();
    ui::ShowApp(app, v.in, v.out);
    ImGui::Render();
    return ImGui::GetDrawData();
}

// What paint_if_changed() found.
struct Picture {
    bool changed = false;            // it differs from the last frame's
    bool textures_pending = false;   // glyphs still to upload
};

// The same picture as the last frame's needs no GPU work: the canvas keeps showing it. A frame is
// painted anyway after a resize (the backing store was cleared) and when a PNG is read from it.
Picture paint_if_changed(ImDrawData* draw_data, const FrameStart& f) {
    AppState& app = v.app;
    const bool high_contrast = app.high_contrast;   // (read from the page at this frame's start)
    if (high_contrast && !v.html_only) theme::force_high_contrast(draw_data);
    Picture pic;
    const std::uint64_t fingerprint = ui::FrameFingerprint(draw_data);
    pic.changed = fingerprint != v.last_fingerprint;
    v.last_fingerprint = fingerprint;
    pic.textures_pending = ui::TexturesPending(draw_data);
    if (v.html_only) {
        ui::AcceptTexturesWithoutRenderer();   // no WebGL: nothing is drawn
    } else if (pic.changed || f.resized || pic.textures_pending || v.requests.reading_pixels()) {
        const ImVec4 bg = theme::to_vec4(high_contrast ? theme::kHighContrastPage : theme::kPage);
        const float clear_rgb[3] = {bg.x, bg.y, bg.z};
        platform::render_frame(draw_data, f.fb_w, f.fb_h, clear_rgb);
        ++app.perf.frames_painted;
    }
    ++app.perf.frames_rendered;
    return pic;
}

// What the views asked for and what follows from the new view: the address bar (not in the kiosk,
// nor on the publish page, whose preview's views stay there), publishing, the browser's requests,
// the no-WebGL document, the kiosk's loop, the live region.
void carry_out_requests(double now) {
    AppState& app = v.app;
    if (app.dataset && app.writes_url()) v.url.write_back(app);
    app::publishing_frame(app);
    v.requests.carry_out(app);
    if (v.html_only) v.document.frame(app);
    v.kiosk.frame(app, now);
    v.requests.after_frame(app);
    for (auto& a : v.announcer.update(app)) v.out.announcements.push_back(std::move(a));
}

// The first frame with data (or its error) tells the page (glue.js lifts the loading card); the
// work that waits for the first picture follows once it is up.
void after_frame(double now) {
    AppState& app = v.app;
    if (app.phase != LoadPhase::Loading && app.perf.first_data_frame_ms < 0) {
        app.perf.first_data_frame_ms = now;
        platform::first_data_frame_drawn();
    }
    if (v.startup.first_view_shown) after_first_view();
    app.perf.record_frame(now, platform::now_ms());   // (make bench prints percentiles)
}

// Draw again while the picture (or what the page mirrors of it) still changes, the view moved on,
// or work is pending: input ImGui has queued for later frames (a tap's press and release are
// spread over frames), a fling, a reload. (A KPI held in view needs no frames of its own: while
// the layout moves, the picture changes.) Otherwise the loop stops until the next event.
bool another_frame_needed(const FrameStart& f, const Picture& pic, bool semantics_changed) {
    const AppState& app = v.app;
    const bool input_queued = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
    const bool still_changing = pic.changed || pic.textures_pending || semantics_changed || app.view != f.view_before;
    const bool work_pending = input_queued || f.flinging || app.ui.reset_scroll || app.retry_requested;
    return still_changing || work_pending;
}

bool frame() {
    if (!may_draw()) return false;
    if (layout_pass()) return true;   // (the next frame: another pass, or the real one)
    const FrameStart f = begin_frame();
    ImDrawData* draw_data = draw();
    const Picture pic = paint_if_changed(draw_data, f);
    carry_out_requests(f.now);
    const bool semantics_changed = platform::backend_publish_semantics(v.out);
    after_frame(f.now);
    return another_frame_needed(f, pic, semantics_changed);
}

} // namespace

// --- [SECTION] entry points for web/glue.js -------------------------------------------------------
extern "C" {

EMSCRIPTEN_KEEPALIVE const char* kpi_snapshot() {
    v.snapshot = app::snapshot_json(v.app, v.out);
    return v.snapshot.c_str();
}

// The first data frame is on screen (the animation frame after it) and the page is idle.
EMSCRIPTEN_KEEPALIVE void kpi_after_first_view() {
    v.startup.first_view_shown = true;
    after_first_view();   // fetches only; a frame follows when what they bring changes the picture
}

// The current view as a document to print (web/print.js asks on `beforeprint`): with the live
// view's address and its QR code; "" before the data is loaded.
EMSCRIPTEN_KEEPALIVE const char* kpi_print_document() {
    v.print = app::print_document(v.app, v.page_base + kpi::encode_view(v.app.view, v.app.data_name, v.app.default_data));
    return v.print.c_str();
}

// The service worker saw a newer dataset behind the cached one.
EMSCRIPTEN_KEEPALIVE void kpi_data_updated() {
    app::load_dataset(v.app, true, on_dataset_loaded);
    platform::request_frame();
}

} // extern "C"

// --- [SECTION] main ---------------------------------------------------------------------------------
int main() {
    v.app.default_data = platform::default_dataset();
    v.page_base = platform::page_base_url();
    v.app.can_web_share = platform::can_web_share();
    // Page options come from the first link only; the view also from Back/Forward later.
    const kpi::DecodedView page = v.url.apply(v.app, platform::query_string());
    v.app.data_name = page.data_name.empty() ? v.app.default_data : page.data_name;
    // One mode per page; a link asking for several gets the first of embed, kiosk, publish.
    v.app.mode = page.embed ? PageMode::Embed : page.kiosk ? PageMode::Kiosk : page.publish ? PageMode::Publish : PageMode::Normal;
    platform::on_file_opened([](const std::string& name, const std::string& text, const std::string& enc) {
        app::open_file(v.app, name, text, enc);
    });
    v.kiosk.configure(page.kiosk_options, v.app.view);
    platform::on_url_change([](const std::string& q) { v.url.apply(v.app, q); });

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigInputTextCursorBlink = false;   // a blinking caret would need frames while idle
    platform::backend_init();
    theme::apply(1.0f);
    if (v.app.is(PageMode::Kiosk)) platform::request_wake_lock();
    if (!platform::init_graphics()) {
        v.html_only = true;
        io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
    }

    app::load_ui_font(v.app, [] { v.startup.font_ready = true; });
    // Publish mode previews the file staff open; it never shows the site's own dataset.
    if (v.app.is(PageMode::Publish)) v.app.phase = LoadPhase::Ready;
    else app::load_dataset(v.app, false, on_dataset_loaded);
    platform::run_event_driven(frame);
    return 0;
}
