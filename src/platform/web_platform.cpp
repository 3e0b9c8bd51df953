// Browser implementation of platform.h: fetch, URL, frame requests, canvas size.
// [SECTION] JS bridges (EM_JS)
// [SECTION] fetch
// [SECTION] frames and canvas
#include "platform/platform.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <map>

// --- [SECTION] JS bridges ----------------------------------------------------------------------
// The page may already have started a fetch of the same URL (web/index.html starts the dataset and
// the font before the wasm arrives); take that one instead of asking twice.
EM_JS(void, js_fetch, (int id, const char* url_c), {
    const url = UTF8ToString(url_c);
    const pre = (window.kpiPreload && window.kpiPreload[url]) || null;
    if (pre) delete window.kpiPreload[url];
    const req = pre || fetch(url, {cache: 'no-cache'}).then(async (r) => ({
        status: r.status, ok: r.ok, statusText: r.statusText,
        bytes: r.ok ? new Uint8Array(await r.arrayBuffer()) : new Uint8Array(0)}));
    req.then((res) => {
        const n = res.bytes.length;
        const p = _malloc(Math.max(n, 1));
        HEAPU8.set(res.bytes, p);
        const msg = res.ok ? "" : ('HTTP ' + res.status + ' ' + (res.statusText || ""));
        const m = lengthBytesUTF8(msg) + 1, mp = _malloc(m);
        stringToUTF8(msg, mp, m);
        _kpi_fetch_done(id, res.ok ? 1 : 0, res.status, p, n, mp);
        _free(p); _free(mp);
    }).catch((e) => {
        const msg = String((e && e.message) || e || 'network error');
        const m = lengthBytesUTF8(msg) + 1, mp = _malloc(m);
        stringToUTF8(msg, mp, m);
        _kpi_fetch_done(id, 0, 0, 0, 0, mp);
        _free(mp);
    });
});

EM_JS(char*, js_query_string, (), {
    const s = location.search.length > 1 ? location.search.substring(1) : "";
    const n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(double, js_now_ms, (), { return performance.now(); });

EM_JS(void, js_canvas_css_size, (int* w, int* h), {
    const c = document.getElementById('canvas');
    const r = c.getBoundingClientRect();
    HEAP32[w >> 2] = Math.max(1, Math.round(r.width));
    HEAP32[h >> 2] = Math.max(1, Math.round(r.height));
});

EM_JS(void, js_set_text_input_active, (int active), {
    if (window.kpiGlue) window.kpiGlue.setTextInputActive(!!active);
});

EM_JS(void, js_first_data_frame, (), {
    if (window.kpiGlue) window.kpiGlue.firstDataFrame();
});

// --- [SECTION] fetch ---------------------------------------------------------------------------
namespace {
std::map<int, std::function<void(platform::FetchResult)>>& pending_fetches() {
    static std::map<int, std::function<void(platform::FetchResult)>> m;
    return m;
}
int g_next_fetch_id = 1;
} // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void kpi_fetch_done(int id, int ok, int status, const char* data,
                                                     int len, const char* error) {
    auto& m = pending_fetches();
    auto it = m.find(id);
    if (it == m.end()) return;
    auto cb = std::move(it->second);
    m.erase(it);
    platform::FetchResult r;
    r.ok = ok != 0;
    r.http_status = status;
    if (data && len > 0) r.body.assign(data, static_cast<size_t>(len));
    r.error = error ? error : "";
    cb(std::move(r));
    platform::request_frames(2);
}

namespace platform {

void fetch(const std::string& url, std::function<void(FetchResult)> done) {
    const int id = g_next_fetch_id++;
    pending_fetches()[id] = std::move(done);
    js_fetch(id, url.c_str());
}

std::string query_string() {
    char* p = js_query_string();
    std::string s(p);
    free(p);
    return s;
}

double now_ms() { return js_now_ms(); }
float device_pixel_ratio() { return static_cast<float>(emscripten_get_device_pixel_ratio()); }
void canvas_css_size(int& w, int& h) { js_canvas_css_size(&w, &h); }
void set_text_input_active(bool active) { js_set_text_input_active(active ? 1 : 0); }
void first_data_frame_drawn() { js_first_data_frame(); }

} // namespace platform
