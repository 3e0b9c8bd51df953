// Input from web/glue.js (pointer events, wheel, keys, text) into Dear ImGui's IO queue.
// Touches are reported as ImGuiMouseSource_TouchScreen. A touch that moves more than a few pixels
// becomes a scroll: the press is cancelled (released off-item, so nothing is clicked) and the
// finger's movement is sent as wheel motion to the window under it, then continues with inertia.
// [SECTION] touch scrolling
// [SECTION] exported entry points
#include "platform/platform.h"
#include "platform/web_input.h"

#include <emscripten.h>
#include <imgui.h>

#include <cfloat>
#include <cmath>

namespace {

enum PointerKind { Down = 0, Move = 1, Up = 2, Cancel = 3, Leave = 4 };
enum PointerType { Mouse = 0, Touch = 1, Pen = 2 };

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

void send_scroll_pixels(float dy_px) {
    ImGuiIO& io = ImGui::GetIO();
    // ImGui scrolls wheel * 5 * font size pixels per wheel unit (for windows taller than that).
    const float step = 5.0f * ImGui::GetStyle().FontSizeBase * ImGui::GetStyle().FontScaleMain;
    if (step > 0) io.AddMouseWheelEvent(0.0f, dy_px / step);
}

ImGuiMouseSource source_of(int type) {
    return type == Touch ? ImGuiMouseSource_TouchScreen
                         : type == Pen ? ImGuiMouseSource_Pen : ImGuiMouseSource_Mouse;
}

ImGuiKey key_of(int code) {
    switch (code) {
    case 1: return ImGuiKey_Backspace; case 2: return ImGuiKey_Delete; case 3: return ImGuiKey_Enter;
    case 4: return ImGuiKey_Escape; case 5: return ImGuiKey_Tab; case 6: return ImGuiKey_LeftArrow;
    case 7: return ImGuiKey_RightArrow; case 8: return ImGuiKey_UpArrow; case 9: return ImGuiKey_DownArrow;
    case 10: return ImGuiKey_Home; case 11: return ImGuiKey_End; case 12: return ImGuiKey_PageUp;
    case 13: return ImGuiKey_PageDown;
    default:
        if (code >= 100 + 'a' && code <= 100 + 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (code - 100 - 'a'));
        return ImGuiKey_None;
    }
}

} // namespace

namespace platform {

double last_input_ms() { return g_last_input_ms; }

bool touch_inertia_step() {
    if (g_touch.down || g_touch.velocity == 0.0f) return false;
    const double now = now_ms();
    const double dt = now - g_touch.inertia_t;
    g_touch.inertia_t = now;
    send_scroll_pixels(g_touch.velocity * static_cast<float>(dt));
    g_touch.velocity *= std::pow(0.995f, static_cast<float>(dt));   // ~ -40 % per 100 ms
    if (std::fabs(g_touch.velocity) < 0.02f) g_touch.velocity = 0.0f;
    return g_touch.velocity != 0.0f;
}

} // namespace platform

// --- [SECTION] exported entry points ---------------------------------------------------------
extern "C" {

EMSCRIPTEN_KEEPALIVE void kpi_pointer(int kind, int type, float x, float y, int button) {
    if (!ImGui::GetCurrentContext()) return;
    ImGuiIO& io = ImGui::GetIO();
    // A tap counts as input when it ends (so a control it pressed can act first); a scroll counts.
    if (kind == Up || (type == Touch && kind == Move && g_touch.scrolling)) g_last_input_ms = platform::now_ms();
    io.AddMouseSourceEvent(source_of(type));
    const int b = button == 2 ? 1 : button == 1 ? 2 : 0;
    if (type != Touch) {
        if (kind == Leave) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        else io.AddMousePosEvent(x, y);
        if (kind == Down) io.AddMouseButtonEvent(b, true);
        if (kind == Up || kind == Cancel) io.AddMouseButtonEvent(b, false);
        platform::request_frames(3);
        return;
    }
    const double now = platform::now_ms();
    switch (kind) {
    case Down:
        g_touch = TouchScroll{};
        g_touch.down = true;
        g_touch.start_x = g_touch.last_x = x;
        g_touch.start_y = g_touch.last_y = y;
        g_touch.last_t = now;
        io.AddMousePosEvent(x, y);
        io.AddMouseButtonEvent(0, true);
        break;
    case Move:
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
    case Up:
    case Cancel:
        if (!g_touch.down) break;
        g_touch.down = false;
        if (!g_touch.scrolling) {
            io.AddMousePosEvent(x, y);
            io.AddMouseButtonEvent(0, false);
            g_touch.velocity = 0;
        } else if (kind == Cancel || now - g_touch.last_t > 80) {
            g_touch.velocity = 0;   // finger rested before lifting: no fling
        }
        g_touch.inertia_t = now;
        // A finger leaves no hover behind.
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
        break;
    default: break;
    }
    platform::request_frames(3);
}

EMSCRIPTEN_KEEPALIVE void kpi_wheel(float dx, float dy) {
    if (!ImGui::GetCurrentContext()) return;
    ImGuiIO& io = ImGui::GetIO();
    g_last_input_ms = platform::now_ms();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    const float step = 5.0f * ImGui::GetStyle().FontSizeBase * ImGui::GetStyle().FontScaleMain;
    io.AddMouseWheelEvent(-dx / step, -dy / step);
    platform::request_frames(3);
}

EMSCRIPTEN_KEEPALIVE void kpi_key(int code, int down, int mods) {
    if (!ImGui::GetCurrentContext()) return;
    ImGuiIO& io = ImGui::GetIO();
    g_last_input_ms = platform::now_ms();
    io.AddKeyEvent(ImGuiMod_Ctrl, (mods & 1) || (mods & 4));
    io.AddKeyEvent(ImGuiMod_Shift, (mods & 2) != 0);
    const ImGuiKey k = key_of(code);
    if (k != ImGuiKey_None) io.AddKeyEvent(k, down != 0);
    platform::request_frames(3);
}

EMSCRIPTEN_KEEPALIVE void kpi_text_input(const char* utf8) {
    if (!ImGui::GetCurrentContext() || !utf8) return;
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    platform::request_frames(3);
}

} // extern "C"
