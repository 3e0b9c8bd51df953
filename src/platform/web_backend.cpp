// The browser backend (see web_backend.h): input from web/web_backend.js into Dear ImGui's IO
// queue and into the FrameInput of the views, and each frame's semantics back out to the page.
// Touches are reported as ImGuiMouseSource_TouchScreen. A touch that moves more than a few pixels
// becomes a scroll: the press is cancelled (released off-item, so nothing is clicked) and the
// finger's movement is sent as wheel motion to the window under it, then continues with inertia
// (none when the reader asked for reduced motion).
// [SECTION] touch scrolling
// [SECTION] semantic events and text from the DOM twins
// [SECTION] backend API
// [SECTION] exported entry points
#include "platform/web_backend.h"

#include "platform/platform.h"
#include "platform/web_protocol.h"

#include <emscripten.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <cfloat>
#include <cmath>
#include <string>

namespace {

using platform::protocol::PointerKind;
using platform::protocol::PointerType;
using platform::protocol::Preference;
using platform::protocol::SemanticEvent;

// --- [SECTION] touch scrolling ---------------------------------------------------------------
struct TouchScroll {
    bool down = false;
    bool scrolling = false;
    float start_x = 0, start_y = 0, last_x = 0, last_y = 0;
    double last_t = 0;
    float velocity = 0;      // CSS px per ms, for inertia after release
    double inertia_t = 0;
};
TouchScroll g_touch;
double g_last_input_ms = 0;
constexpr float kScrollThreshold = 8.0f;   // CSS px before a touch counts as a drag
constexpr int kBringIntoViewFrames = 6;    // frames a newly focused node is kept in view (the layout may settle)

// CSS px that one wheel unit scrolls: ImGui scrolls wheel * 5 * font size (for windows taller than that).
float wheel_step_px() { return 5.0f * ImGui::GetStyle().FontSizeBase * ImGui::GetStyle().FontScaleMain; }

void send_scroll_pixels(float dy_px) {
    const float step = wheel_step_px();
    if (step > 0) ImGui::GetIO().AddMouseWheelEvent(0.0f, dy_px / step);
}

ImGuiMouseSource source_of(PointerType type) {
    return type == PointerType::touch ? ImGuiMouseSource_TouchScreen
                                      : type == PointerType::pen ? ImGuiMouseSource_Pen : ImGuiMouseSource_Mouse;
}

// --- [SECTION] semantic events and text from the DOM twins ---------------------------------------
struct SemanticPending {
    std::string activated;
    std::string focused;
    bool escape = false;
    float scroll_by = 0;
    int bring_into_view = 0;          // frames left to keep the focused node in view
    ui::FrameInput::Text text;        // the text field twin's last report (changed = new since last frame)
};
SemanticPending g_sem;
bool g_prefs[3] = {false, false, true};   // indexed by Preference
std::string g_last_semantics;             // what the page shows now (sent only when it changes)
// Until the first picture is on screen nothing is mirrored: building the HTML twins (and laying
// out their Japanese text) would delay that picture. glue.js releases them (kpi_release_semantics).
bool g_semantics_held = true;

} // namespace

namespace platform {
double last_input_ms() { return g_last_input_ms; }
bool prefers_reduced_motion() { return g_prefs[static_cast<int>(Preference::reduced_motion)]; }
bool prefers_high_contrast() { return g_prefs[static_cast<int>(Preference::high_contrast)]; }
bool is_online() { return g_prefs[static_cast<int>(Preference::online)]; }
} // namespace platform

namespace {
bool touch_inertia_step() {
    if (g_touch.down || g_touch.velocity == 0.0f) return false;
    if (platform::prefers_reduced_motion()) {   // no fling
        g_touch.velocity = 0.0f;
        return false;
    }
    const double now = platform::now_ms();
    const double dt = now - g_touch.inertia_t;
    g_touch.inertia_t = now;
    send_scroll_pixels(g_touch.velocity * static_cast<float>(dt));
    g_touch.velocity *= std::pow(0.995f, static_cast<float>(dt));   // ~ -40 % per 100 ms
    if (std::fabs(g_touch.velocity) < 0.02f) g_touch.velocity = 0.0f;
    return g_touch.velocity != 0.0f;
}

nlohmann::json rect_json(const ui::SemRect& r) {
    auto q = [](float v) { return std::round(v * 10.0f) / 10.0f; };
    return nlohmann::json::array({q(r.x), q(r.y), q(r.w), q(r.h)});
}

EM_JS(void, js_render_semantics, (const char* json), { window.kpiWeb && window.kpiWeb.semantics(UTF8ToString(json)); });
EM_JS(void, js_announce, (const char* text), { window.kpiWeb && window.kpiWeb.announce(UTF8ToString(text)); });
EM_JS(void, js_pointer_cursor, (int on), { window.kpiWeb && window.kpiWeb.pointerCursor(!!on); });
} // namespace

// --- [SECTION] backend API --------------------------------------------------------------------------
void platform::backend_init() {
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "kpi-viewer web_backend";
}

bool platform::backend_new_frame(ui::FrameInput& in) {
    in.activated = std::move(g_sem.activated);
    g_sem.activated.clear();
    in.focused = g_sem.focused;
    in.escape = g_sem.escape;
    g_sem.escape = false;
    in.scroll_by = g_sem.scroll_by;
    g_sem.scroll_by = 0;
    in.bring_focus_into_view = g_sem.bring_into_view > 0;
    if (g_sem.bring_into_view > 0) --g_sem.bring_into_view;
    in.text = g_sem.text;
    g_sem.text.changed = false;
    return touch_inertia_step();
}

bool platform::backend_publish_semantics(const ui::FrameOutput& out) {
    using nlohmann::json;
    if (g_semantics_held) {
        for (const auto& a : out.announcements) js_announce(a.c_str());
        return false;
    }
    json nodes = json::array();
    for (const auto& n : out.nodes) {
        json j = {{"role", ui::role_name(n.role)}, {"name", n.name}, {"rect", rect_json(n.rect)}, {"vis", rect_json(n.visible)}};
        if (!n.id.empty()) j["id"] = n.id;
        if (!n.description.empty()) j["desc"] = n.description;
        if (!n.group.empty()) j["group"] = n.group;
        if (!n.value.empty()) j["value"] = n.value;
        if (n.level) j["level"] = n.level;
        if (!n.lang.empty()) j["lang"] = n.lang;
        if (!n.ruby.empty()) j["ruby"] = n.ruby;
        if (n.flags & ui::kSemSelected) j["selected"] = true;
        if (n.flags & ui::kSemDisabled) j["disabled"] = true;
        if (n.flags & ui::kSemHasPopup) j["popup"] = true;
        if (n.flags & ui::kSemExpanded) j["expanded"] = true;
        if (n.flags & ui::kSemExpandable) j["expandable"] = true;
        nodes.push_back(std::move(j));
    }
    const json page = {{"nodes", nodes}, {"dialog", out.dialog}, {"dialogOpener", out.dialog_id}, {"lang", out.lang},
                       {"title", out.title}, {"view", out.view}, {"landing", out.landing}, {"mainStart", out.main_start},
                       {"skip", out.skip_label}};
    std::string s = page.dump(-1, ' ', false, json::error_handler_t::replace);
    const bool changed = s != g_last_semantics;
    if (changed) {
        g_last_semantics = std::move(s);
        js_render_semantics(g_last_semantics.c_str());
    }
    for (const auto& a : out.announcements) js_announce(a.c_str());
    if (out.focus_pending && g_sem.bring_into_view > 0) platform::request_frame();
    // The mouse cursor over the canvas, as the views asked ImGui for it (a hand over what can be
    // pressed), passed on only when it changes.
    static int last_cursor = -1;
    if (static_cast<int>(out.pointer_cursor) != last_cursor) {
        last_cursor = out.pointer_cursor;
        js_pointer_cursor(last_cursor);
    }
    return changed;
}

// --- [SECTION] exported entry points ---------------------------------------------------------
extern "C" {

// The first picture is on screen: mirror what the next frame draws (it is asked for here).
EMSCRIPTEN_KEEPALIVE void kpi_release_semantics() {
    g_semantics_held = false;
    platform::request_frame();
}

// The protocol table for the JS side (see web_protocol.h).
// (Written out directly: it runs at start-up, before the first frame, and nlohmann's builder would
// cost that start a few milliseconds for four small tables of names and numbers.)
EMSCRIPTEN_KEEPALIVE const char* kpi_protocol() {
    static std::string json;
    if (json.empty()) {
        std::string table;
        const auto entry = [&table](const char* name, int value) {
            table += (table.empty() ? "\"" : ",\"") + std::string(name) + "\":" + std::to_string(value);
        };
        const auto close = [&table](const char* name) {
            json += (json.empty() ? "{\"" : ",\"") + std::string(name) + "\":{" + table + "}";
            table.clear();
        };
#define KPI_TABLE_ENTRY(name, value) entry(#name, value);
        KPI_WEB_POINTER_KINDS(KPI_TABLE_ENTRY) close("pointerKind");
        KPI_WEB_POINTER_TYPES(KPI_TABLE_ENTRY) close("pointerType");
        KPI_WEB_SEMANTIC_EVENTS(KPI_TABLE_ENTRY) close("semanticEvent");
        KPI_WEB_PREFERENCES(KPI_TABLE_ENTRY) close("preference");
#undef KPI_TABLE_ENTRY
        json += "}";
    }
    return json.c_str();
}

EMSCRIPTEN_KEEPALIVE void kpi_pointer(int kind_code, int type_code, float x, float y, int button) {
    if (!ImGui::GetCurrentContext()) return;
    ImGuiIO& io = ImGui::GetIO();
    const auto kind = static_cast<PointerKind>(kind_code);
    const auto type = static_cast<PointerType>(type_code);
    using K = PointerKind;
    const bool touch = type == PointerType::touch;
    // A tap counts as input when it ends (so a control it pressed can act first); a scroll counts.
    if (kind == K::up || (touch && kind == K::move && g_touch.scrolling)) g_last_input_ms = platform::now_ms();
    io.AddMouseSourceEvent(source_of(type));
    const int b = button == 2 ? 1 : button == 1 ? 2 : 0;
    if (!touch) {
        if (kind == K::leave) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        else io.AddMousePosEvent(x, y);
        if (kind == K::down) io.AddMouseButtonEvent(b, true);
        if (kind == K::up || kind == K::cancel) io.AddMouseButtonEvent(b, false);
        platform::request_frame();
        return;
    }
    const double now = platform::now_ms();
    switch (kind) {
    case K::down:
        g_touch = TouchScroll{};
        g_touch.down = true;
        g_touch.start_x = g_touch.last_x = x;
        g_touch.start_y = g_touch.last_y = y;
        g_touch.last_t = now;
        io.AddMousePosEvent(x, y);
        io.AddMouseButtonEvent(0, true);
        break;
    case K::move:
        if (!g_touch.down) break;
        if (!g_touch.scrolling && std::hypot(x - g_touch.start_x, y - g_touch.start_y) > kScrollThreshold) {
            g_touch.scrolling = true;
            io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);   // release off-item: the press clicks nothing
            io.AddMouseButtonEvent(0, false);
            io.AddMousePosEvent(x, y);
        }
        if (g_touch.scrolling) {
            const float dy = y - g_touch.last_y;
            send_scroll_pixels(dy);
            const double dt = now - g_touch.last_t;
            if (dt > 0) g_touch.velocity = 0.8f * (dy / static_cast<float>(dt)) + 0.2f * g_touch.velocity;
        } else {
            io.AddMousePosEvent(x, y);
        }
        g_touch.last_x = x;
        g_touch.last_y = y;
        g_touch.last_t = now;
        break;
    case K::up:
    case K::cancel:
        if (!g_touch.down) break;
        g_touch.down = false;
        if (!g_touch.scrolling) {
            io.AddMousePosEvent(x, y);
            io.AddMouseButtonEvent(0, false);
            g_touch.velocity = 0;
        } else if (kind == K::cancel || now - g_touch.last_t > 80) {
            g_touch.velocity = 0;   // finger rested before lifting: no fling
        }
        g_touch.inertia_t = now;
        // A finger leaves no hover behind.
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        break;
    default: break;
    }
    platform::request_frame();
}

EMSCRIPTEN_KEEPALIVE void kpi_wheel(float dx, float dy) {
    if (!ImGui::GetCurrentContext()) return;
    ImGuiIO& io = ImGui::GetIO();
    g_last_input_ms = platform::now_ms();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    const float step = wheel_step_px();
    io.AddMouseWheelEvent(-dx / step, -dy / step);
    platform::request_frame();
}

EMSCRIPTEN_KEEPALIVE void kpi_semantic_event(int event, const char* id) {
    const std::string node = id ? id : "";
    switch (static_cast<SemanticEvent>(event)) {
    case SemanticEvent::activate: g_sem.activated = node; g_last_input_ms = platform::now_ms(); break;
    case SemanticEvent::focus:
        if (g_sem.focused != node) g_sem.bring_into_view = kBringIntoViewFrames;
        g_sem.focused = node;
        g_last_input_ms = platform::now_ms();
        break;
    case SemanticEvent::focus_quiet:
        if (g_sem.focused != node) g_sem.bring_into_view = kBringIntoViewFrames;
        g_sem.focused = node;
        break;
    case SemanticEvent::blur: g_sem.focused.clear(); break;
    case SemanticEvent::escape: g_sem.escape = true; g_last_input_ms = platform::now_ms(); break;
    case SemanticEvent::input_seen: g_last_input_ms = platform::now_ms(); break;
    }
    platform::request_frame();
}

// The text field twin's state: its value (with any composing text), the caret and the composing
// range as UTF-8 byte offsets (-1 when not composing).
EMSCRIPTEN_KEEPALIVE void kpi_text_state(const char* id, const char* value, int caret, int comp_begin, int comp_end) {
    g_sem.text.changed = true;
    g_sem.text.id = id ? id : "";
    g_sem.text.value = value ? value : "";
    g_sem.text.caret = caret;
    g_sem.text.comp_begin = comp_begin;
    g_sem.text.comp_end = comp_end;
    g_last_input_ms = platform::now_ms();
    platform::request_frame();
}

// Keyboard scrolling of the content column (the wheel goes to whatever is under the mouse).
EMSCRIPTEN_KEEPALIVE void kpi_scroll_content(float dy) {
    g_sem.scroll_by += dy;
    g_last_input_ms = platform::now_ms();
    platform::request_frame();
}

EMSCRIPTEN_KEEPALIVE void kpi_set_preference(int which, int on) {
    if (which >= 0 && which < 3) g_prefs[which] = on != 0;
    platform::request_frame();
}

} // extern "C"
