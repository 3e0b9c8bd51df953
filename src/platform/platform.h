// The platform interface: everything the app needs from the browser. src/platform/web_*.cpp is the
// only code that knows it runs in a browser; ui/ and core/ never include emscripten headers, and
// views never call this (they leave requests in AppState for src/app to carry out).
//   web_loop.cpp     frames, timers, canvas, WebGL       web_platform.cpp  fetch, page, keyboard sink
//   web_renderer.cpp draws ImGui's lists with WebGL 2
//   web_history.cpp  address bar, Back/Forward           web_share.cpp     clipboard, share, downloads
//   web_backend.* input in, semantics out (the ImGui backend)   web_files.cpp  file picking and the importer (publish)
//   web_print.cpp    print, the document page without WebGL
#pragma once

#include <functional>
#include <string>
#include <vector>

struct ImDrawData;

namespace platform {

// --- frames, timers, canvas (web_loop.cpp) -------------------------------------------------------
// Frames by outcome: an event (input, data, a timer, a resize) asks for a frame with request_frame();
// the loop draws it and one more, then keeps drawing while `frame` returns true (its picture
// differed from the one before, or work is pending, such as a fling) and stops when it settles.
// The loop starts idle: the first event (the data or the font arriving) asks for the first frame;
// an animation frame requested before then would only cost the page a main-thread frame.
void run_event_driven(std::function<bool()> frame);
void request_frame();
// Wake the loop after `ms` (feedback messages, kiosk rotation); the earliest request wins.
void wake_after(double ms);
// Work for the browser's idle time, in slices (requestIdleCallback): `slice` runs as many times as
// an idle period holds (keep each one to a few milliseconds) and returns true while there is more.
// No frame is drawn for it. A new job replaces one still running.
void run_when_idle(std::function<bool()> slice);
double now_ms();                 // milliseconds since navigation start
// Create the WebGL2 context on the page's canvas and the renderer that draws on it (before any
// font is added: it sets the glyph atlas's format); false when the browser has none, and the page
// shows its text version.
bool init_graphics();
// The canvas's CSS size, and its backing store resized to that x devicePixelRatio (crisp text).
// True when the backing store was resized (which clears it: the frame must be drawn again). The
// page asks for a frame whenever the canvas's size or the pixel ratio changes (web_backend.js).
bool sync_canvas_size(int& css_w, int& css_h, int& fb_w, int& fb_h);

// --- drawing (web_renderer.cpp) -------------------------------------------------------------------
// Create or update the textures the frame uses, clear the canvas to `clear_rgb`, draw the lists.
void render_frame(ImDrawData* draw_data, int fb_w, int fb_h, const float clear_rgb[3]);
// Whether the renderer's shaders built; asked once after the first view (asking earlier would wait
// for the GPU). If not, the reason goes to the console and the page shows its text version.
bool renderer_works();

// --- fetch and the page (web_platform.cpp) --------------------------------------------------------
struct FetchResult {
    bool ok = false;         // transport succeeded and HTTP status was 2xx
    int http_status = 0;     // 0 when the request never got an answer (offline, blocked…)
    std::string body;        // raw bytes
    std::string error;       // human-readable reason when !ok
};
// Fetch a same-origin relative URL; the callback runs later, on the main thread. It asks for a
// frame itself when what arrived changes the picture (request_frame): a fetch alone draws nothing.
void fetch(const std::string& url, std::function<void(FetchResult)> done);
// The last copy of `url` that loaded correctly, kept by the page itself (Cache Storage, also
// offline), so that a broken publish never leaves the viewer without data.
void keep_good_copy(const std::string& url, const std::string& body);
void fetch_good_copy(const std::string& url, std::function<void(FetchResult)> done);
std::string query_string();      // the page's query string without the leading '?'
std::string page_base_url();     // origin + path of the page, no query
std::string default_dataset();   // the site's own dataset name (<meta name="kpi-dataset">)
// Hide the HTML loading screen once the first frame with data has been drawn.
void first_data_frame_drawn();
// Keep the screen on (kiosk); asked again whenever the page becomes visible.
void request_wake_lock();

// --- address bar (web_history.cpp) ----------------------------------------------------------------
// Show `query` ("?a=b" or "") in the address bar. push = a new history entry (Back returns to the
// previous view); otherwise the current entry is replaced.
void set_url_query(const std::string& query, bool push);
// Called with the new query string (without '?') when the user goes Back or Forward.
void on_url_change(std::function<void(const std::string&)> handler);
// Go to another page of the site ("?publish=1"): a new document, not a view change.
void navigate(const std::string& url);

// --- files (web_files.cpp): publish mode ------------------------------------------------------------
// Open the browser's file picker. A file picked, or dropped on the page, arrives at the handler
// as UTF-8 text (the page decodes UTF-8 or Shift_JIS and says which).
void pick_file();
void on_file_opened(std::function<void(const std::string& name, const std::string& text, const std::string& encoding)> handler);
// Import a report's text with the importer module (kpi_import.wasm, fetched the first time):
// `answer` is core/import_answer.h's JSON, or "" with `error` saying why the module could not run
// (it could not be fetched, or it failed). Always answers, once.
struct ImportRun {
    std::string answer;
    std::string error;
};
void import_report(const std::string& text, const std::string& publisher, const std::string& as_of,
                   std::function<void(ImportRun)> done);

// --- sharing and saving (web_share.cpp) -----------------------------------------------------------
void copy_text(const std::string& text, std::function<void(bool ok)> done);
bool can_web_share();
void web_share(const std::string& title, const std::string& url);
void download_bytes(const std::string& filename, const std::string& mime, const std::string& bytes);
// Crop a CSS-px rectangle of the canvas (as just drawn) and download it as PNG. `header` lines go
// above it (the first one large: the title), `footer` lines below it; a footer line that starts
// with a colour "#RRGGBB " gets a swatch of that colour (the legend). A picture that travels without
// the page must say what it shows.
void download_canvas_png(float x, float y, float w, float h, const std::string& filename,
                         const std::vector<std::string>& header = {}, const std::vector<std::string>& footer = {});
void open_in_new_tab(const std::string& url);

// --- print and the document page (web_print.cpp, web/print.js) -------------------------------------
// The browser's print dialog, after this frame. What prints is the current view as a document (the
// page asks kpi_print_document on `beforeprint`), never the canvas.
void print_page();
// Without WebGL: `html` (a document fragment, core/document.h) is shown as the page instead of the
// HTML twins; "" gives the twins back.
void show_document(const std::string& html);

} // namespace platform
