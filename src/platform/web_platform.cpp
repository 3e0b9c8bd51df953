// Browser implementation of the page side of platform.h: fetch and the last good copy, what the
// page says about itself (query, address, default dataset), the loading screen's end and the wake
// lock. The JS of each is web/glue.js's (window.kpiGlue); these are its calls.
// [SECTION] fetch
// [SECTION] the page
#include "platform/platform.h"
#include "platform/web_pending.h"

#include <emscripten.h>

#include <cstdlib>
#include <map>
#include <string>

// --- [SECTION] fetch ---------------------------------------------------------------------------
// web/glue.js fetches (taking over a start-up fetch of the same URL that the page began before the
// wasm arrived), writes the body into kpi_fetch_body's room and answers through kpi_fetch_done. good_copy: read the page's own last good copy
// (see keep_good_copy) instead of the network.
EM_JS(void, js_fetch, (int id, const char* url, int good_copy), { window.kpiGlue.fetchFile(id, UTF8ToString(url), !!good_copy); });
// The body is copied now: the C++ side's memory is not the page's once this returns.
EM_JS(void, js_keep_good_copy, (const char* url, const char* data, int len), {
    window.kpiGlue.keepGoodCopy(UTF8ToString(url), HEAPU8.slice(data, data + len));
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
// Strings the page gives (web/glue.js), copied into wasm memory: the caller frees them.
EM_JS(char*, js_query_string, (), { return allocateUTF8(window.kpiGlue.queryString()); });
EM_JS(char*, js_page_base_url, (), { return allocateUTF8(window.kpiGlue.pageBaseUrl()); });
EM_JS(char*, js_default_dataset, (), { return allocateUTF8(window.kpiGlue.defaultDataset()); });
EM_JS(void, js_first_data_frame, (), { window.kpiGlue && window.kpiGlue.firstDataFrame(); });
EM_JS(void, js_keep_screen_on, (), { window.kpiGlue && window.kpiGlue.keepScreenOn(); });

namespace {
std::string taken(char* p) {
    std::string s(p ? p : "");
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

std::string query_string() { return taken(js_query_string()); }
std::string page_base_url() { return taken(js_page_base_url()); }
std::string default_dataset() { return taken(js_default_dataset()); }
void first_data_frame_drawn() { js_first_data_frame(); }
void request_wake_lock() { js_keep_screen_on(); }

} // namespace platform
