// Event-driven frame loop: a requestAnimationFrame callback runs only while frames are requested
// (input, data arrival, animation, timers); with nothing to do the page draws nothing. Also the
// canvas and its WebGL2 context.
#include "platform/platform.h"

#include <emscripten.h>
#include <emscripten/html5.h>

namespace {
std::function<bool()> g_frame;
int g_frames_wanted = 0;
bool g_scheduled = false;

EM_BOOL on_animation_frame(double, void*) {
    g_scheduled = false;
    if (g_frames_wanted > 0) --g_frames_wanted;
    if (g_frame && g_frame()) g_frames_wanted = g_frames_wanted > 1 ? g_frames_wanted : 1;
    if (g_frames_wanted > 0) platform::request_frames(0);
    return EM_FALSE;
}
} // namespace

// One timer: the earliest wake-up asked for wins, so frequent requests do not pile up timers.
EM_JS(void, js_wake_after, (double ms), {
    const now = performance.now(), at = now + ms;
    if (window.kpiWakeAt && window.kpiWakeAt > now && window.kpiWakeAt <= at) return;
    clearTimeout(window.kpiWakeTimer);
    window.kpiWakeAt = at;
    window.kpiWakeTimer = setTimeout(() => { window.kpiWakeAt = 0; _kpi_wake(); }, ms);
});

EM_JS(void, js_canvas_css_size, (int* w, int* h), {
    const r = document.getElementById('canvas').getBoundingClientRect();
    HEAP32[w >> 2] = Math.max(1, Math.round(r.width));
    HEAP32[h >> 2] = Math.max(1, Math.round(r.height));
});

// Timers, resizes and page visibility (web/glue.js) wake the loop through here.
extern "C" EMSCRIPTEN_KEEPALIVE void kpi_wake() { platform::request_frames(2); }

namespace platform {

void run_event_driven(std::function<bool()> frame) {
    g_frame = std::move(frame);
    request_frames(2);
}

void request_frames(int frames) {
    if (frames > g_frames_wanted) g_frames_wanted = frames;
    if (!g_scheduled && g_frames_wanted > 0) {
        g_scheduled = true;
        emscripten_request_animation_frame(on_animation_frame, nullptr);
    }
}

void wake_after(double ms) { js_wake_after(ms); }
double now_ms() { return emscripten_get_now(); }

bool init_graphics() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.antialias = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    // No preserved buffer (a copy of a 3x phone canvas every frame): the PNG of a chart is read in
    // the same task that drew it (app/requests.cpp), while the buffer is still the frame's.
    attrs.preserveDrawingBuffer = EM_FALSE;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
    if (ctx <= 0) return false;
    return emscripten_webgl_make_context_current(ctx) == EMSCRIPTEN_RESULT_SUCCESS;
}

void sync_canvas_size(int& css_w, int& css_h, int& fb_w, int& fb_h) {
    js_canvas_css_size(&css_w, &css_h);
    const double dpr = emscripten_get_device_pixel_ratio();
    fb_w = static_cast<int>(css_w * dpr + 0.5);
    fb_h = static_cast<int>(css_h * dpr + 0.5);
    int cur_w = 0, cur_h = 0;
    emscripten_get_canvas_element_size("#canvas", &cur_w, &cur_h);
    if (cur_w != fb_w || cur_h != fb_h) emscripten_set_canvas_element_size("#canvas", fb_w, fb_h);
}

} // namespace platform
