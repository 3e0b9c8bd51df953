// Browser implementation of the page side of platform.h: fetch, what the page says about itself
// (query, address, default dataset), the keyboard sink, the loading screen, wake lock and the
// screen-reader mirror.
// [SECTION] fetch
// [SECTION] the page
#include "platform/platform.h"
#include "platform/web_pending.h"

#include <emscripten.h>

#include <cstdlib>
#include <map>
#include <string>

// --- [SECTION] fetch ---------------------------------------------------------------------------
// The page may already have started a fetch of the same URL (web/glue.js starts the dataset and
// the font before the wasm arrives); take that one instead of asking twice.
// good_copy: read the page's own last good copy (see keep_good_copy) instead of the network.
EM_JS(void, js_fetch, (int id, const char* url_c, int good_copy), {
    const url = UTF8ToString(url_c);
    const pre = (!good_copy && window.kpiPreload && window.kpiPreload[url]) || null;
    if (pre) delete window.kpiPreload[url];
    const saved = () => (self.caches ? caches.open("kpi-last-good").then((c) => c.match(url + "?last-good")) : Promise.resolve(null))
        .then(async (r) => (r ? {status: 200, ok: true, statusText: "", bytes: new Uint8Array(await r.arrayBuffer())}
                              : {status: 0, ok: false, statusText: "no saved copy", bytes: new Uint8Array(0)}));
    const req = pre || (good_copy ? saved() : fetch(url, {cache: 'no-cache'}).then(async (r) => ({
        status: r.status, ok: r.ok, statusText: r.statusText,
        bytes: r.ok ? new Uint8Array(await r.arrayBuffer()) : new Uint8Array(0)})));
    // The body goes straight into the std::string the C++ side hands over (one copy in wasm
    // memory: a 13 MB dataset is not held twice while it is read).
    const finish = (ok, status, bytes, msg) => {
        const m = lengthBytesUTF8(msg) + 1, mp = _malloc(m);
        stringToUTF8(msg, mp, m);
        const p = _kpi_fetch_body(id, bytes.length);
        HEAPU8.set(bytes, p);
        _kpi_fetch_done(id, ok ? 1 : 0, status, mp);
        _free(mp);
    };
    req.then((res) => finish(res.ok, res.status, res.bytes, res.ok ? "" : ('HTTP ' + res.status + ' ' + (res.statusText || ""))))
       .catch((e) => finish(false, 0, new Uint8Array(0), String((e && e.message) || e || 'network error')));
});

EM_JS(void, js_keep_good_copy, (const char* url_c, const char* data, int len), {
    if (!self.caches) return;
    // Both copied now: the C++ side's memory is not ours once this returns.
    const key = UTF8ToString(url_c) + "?last-good";
    const body = HEAPU8.slice(data, data + len);
    caches.open("kpi-last-good")
        .then((c) => c.put(key, new Response(body, {headers: {"content-type": "application/json"}})))
        .catch((e) => console.warn("could not keep the last good copy:", e));
});

namespace {
platform::Pending<platform::FetchResult> g_fetches;
std::map<int, std::string> g_bodies;   // fetch id -> its body, filled by the page before kpi_fetch_done
}

// Room for the body of fetch `id` (`len` bytes), which the page writes there.
extern "C" EMSCRIPTEN_KEEPALIVE char* kpi_fetch_body(int id, int len) {
    std::string& body = g_bodies[id];
    body.resize(static_cast<size_t>(len > 0 ? len : 0));
    return body.data();
}

extern "C" EMSCRIPTEN_KEEPALIVE void kpi_fetch_done(int id, int ok, int status, const char* error) {
    platform::FetchResult r;
    r.ok = ok != 0;
    r.http_status = status;
    if (auto it = g_bodies.find(id); it != g_bodies.end()) {
        r.body = std::move(it->second);
        g_bodies.erase(it);
    }
    r.error = error ? error : "";
    g_fetches.finish(id, std::move(r));   // the callback asks for frames if the picture changes
}

// --- [SECTION] the page --------------------------------------------------------------------------
// 0: query string without '?'; 1: origin + path; 2: <meta name="kpi-dataset">. Caller frees.
EM_JS(char*, js_page_info, (int what), {
    const meta = document.querySelector('meta[name="kpi-dataset"]');
    const s = what === 0 ? location.search.substring(1)
            : what === 1 ? location.origin + location.pathname
            : ((meta && meta.content) || 'default');
    const n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(void, js_glue, (int what, int flag), {
    const g = window.kpiGlue;
    if (!g) return;
    if (what === 1) g.firstDataFrame();
    else if (what === 2) g.keepScreenOn();
});


namespace {
std::string page_info(int what) {
    char* p = js_page_info(what);
    std::string s(p);
    free(p);
    return s;
}
} // namespace

namespace platform {

void fetch(const std::string& url, std::function<void(FetchResult)> done) {
    js_fetch(g_fetches.add(std::move(done)), url.c_str(), 0);
}

void keep_good_copy(const std::string& url, const std::string& body) {
    js_keep_good_copy(url.c_str(), body.data(), static_cast<int>(body.size()));
}

void fetch_good_copy(const std::string& url, std::function<void(FetchResult)> done) {
    js_fetch(g_fetches.add(std::move(done)), url.c_str(), 1);
}

std::string query_string() { return page_info(0); }
std::string page_base_url() { return page_info(1); }
std::string default_dataset() { return page_info(2); }
void first_data_frame_drawn() { js_glue(1, 0); }
void request_wake_lock() { js_glue(2, 0); }

} // namespace platform
