// Event-driven frame loop, by outcome: an event asks for a frame; the loop draws it and one more,
// and goes on only while each frame's picture differs from the one before (or work is pending). So
// nothing counts frames ahead, and with nothing happening the page draws nothing. Also the canvas
// and its WebGL2 context.
#include "platform/platform.h"
#include "platform/web_renderer.h"

#include <emscripten.h>
#include <emscripten/html5.h>

namespace {
std::function<bool()> g_frame;   // true: its picture changed (or work is pending)
bool g_requested = false;        // an event asked for a frame since the last one began
bool g_scheduled = false;
int g_changing = 0;              // frames in a row whose picture changed
// A picture that never settles (a bug) stops drawing after this many frames and says so once.
constexpr int kMaxChangingFrames = 240;

EM_JS(void, js_warn_unsettled, (int frames), { window.kpiGlue && window.kpiGlue.warnUnsettled(frames); });

EM_BOOL on_animation_frame(double, void*);

void schedule() {
    if (g_scheduled) return;
    g_scheduled = true;
    emscripten_request_animation_frame(on_animation_frame, nullptr);
}

EM_BOOL on_animation_frame(double, void*) {
    g_scheduled = false;
    const bool event = g_requested;
    g_requested = false;
    const bool changed = g_frame && g_frame();
    g_changing = changed ? g_changing + 1 : 0;
    if (g_changing == kMaxChangingFrames) js_warn_unsettled(g_changing);
    // The frame after an event is drawn whatever happens (it shows what the event's frame decided);
    // after that, only a changing picture asks for the next one. (g_requested may have been set
    // again during the frame: a request carried out after it, a fetch that finished.)
    if (event || g_requested || (changed && g_changing < kMaxChangingFrames)) schedule();
    return EM_FALSE;
}
} // namespace

// The JS of the loop's wake-ups, idle work and the page without graphics is web/glue.js's
// (window.kpiGlue); the canvas's size is web/web_backend.js's (window.kpiWeb).
// One timer: the earliest wake-up asked for wins (kpi_wake).
EM_JS(void, js_wake_after, (double ms), { window.kpiGlue.wakeAfter(ms); });
// The canvas's CSS size in whole pixels (at least 1), written to *w and *h.
EM_JS(void, js_canvas_css_size, (int* w, int* h), { window.kpiWeb.canvasCssSize(w, h); });
// No usable WebGL 2 here: the page shows the semantic layer as its text, and the console says why
// when there is more to say than that.
EM_JS(void, js_no_graphics, (const char* why), { window.kpiGlue && window.kpiGlue.noGraphics(UTF8ToString(why)); });

// Idle-time work (run_when_idle): slices while the idle period lasts (the browser's deadline, less
// a margin; one slice where there is no requestIdleCallback), until the job says it is done.
std::function<bool()> g_idle_job;
EM_JS(void, js_when_idle, (), { window.kpiGlue.whenIdle(); });   // (kpi_idle_slice)
// One slice; 1 when the job has more to do.
extern "C" EMSCRIPTEN_KEEPALIVE int kpi_idle_slice() {
    if (g_idle_job && g_idle_job()) return 1;
    g_idle_job = nullptr;
    return 0;
}

// Timers, resizes and page visibility (web/glue.js) wake the loop through here.
extern "C" EMSCRIPTEN_KEEPALIVE void kpi_wake() { platform::request_frame(); }

namespace platform {

void run_event_driven(std::function<bool()> frame) {
    g_frame = std::move(frame);   // (no frame yet: at start-up there is nothing to draw before the data and font arrive)
}

void request_frame() {
    g_requested = true;
    g_changing = 0;
    schedule();
}

void wake_after(double ms) { js_wake_after(ms); }

void run_when_idle(std::function<bool()> slice) {
    const bool running = static_cast<bool>(g_idle_job);
    g_idle_job = std::move(slice);
    if (!running) js_when_idle();
}
double now_ms() { return emscripten_get_now(); }

void show_text_version(const char* why) { js_no_graphics(why); }

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
    // Dear ImGui's renderer needs nothing beyond WebGL 2 itself; enabling every extension the
    // browser offers costs a round trip to the GPU process each (about 30 ms before the first frame).
    attrs.enableExtensionsByDefault = EM_FALSE;
    // The canvas gets its framebuffer size before it has a context: resizing it afterwards, in the
    // first frame, would allocate the drawing buffer twice (about 10 ms at 3x on a phone).
    int css_w = 1, css_h = 1, fb_w = 1, fb_h = 1;
    sync_canvas_size(css_w, css_h, fb_w, fb_h);
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
    if (ctx <= 0 || emscripten_webgl_make_context_current(ctx) != EMSCRIPTEN_RESULT_SUCCESS || !renderer_init()) {
        show_text_version("");
        return false;
    }
    return true;
}

bool sync_canvas_size(int& css_w, int& css_h, int& fb_w, int& fb_h) {
    js_canvas_css_size(&css_w, &css_h);
    const double dpr = emscripten_get_device_pixel_ratio();
    fb_w = static_cast<int>(css_w * dpr + 0.5);
    fb_h = static_cast<int>(css_h * dpr + 0.5);
    int cur_w = 0, cur_h = 0;
    emscripten_get_canvas_element_size("#canvas", &cur_w, &cur_h);
    if (cur_w == fb_w && cur_h == fb_h) return false;
    emscripten_set_canvas_element_size("#canvas", fb_w, fb_h);
    return true;
}

} // namespace platform
