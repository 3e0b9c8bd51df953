// Browser history: the URL is the single source of truth for "where am I" (see core/view_url.h).
#include "platform/platform.h"

#include <emscripten.h>

#include <cstdlib>

namespace {
std::function<void(const std::string&)> g_url_handler;
}

EM_JS(void, js_set_url_query, (const char* q, int push), {
    const query = UTF8ToString(q);
    const url = location.pathname + query + location.hash;
    if (url === location.pathname + location.search + location.hash) return;
    if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
});

EM_JS(void, js_listen_popstate, (), {
    window.addEventListener('popstate', () => {
        const s = location.search.length > 1 ? location.search.substring(1) : "";
        const n = lengthBytesUTF8(s) + 1, p = _malloc(n);
        stringToUTF8(s, p, n);
        _kpi_url_changed(p);
        _free(p);
    });
});

EM_JS(char*, js_default_dataset, (), {
    const m = document.querySelector('meta[name="kpi-dataset"]');
    const s = (m && m.content) || 'default';
    const n = lengthBytesUTF8(s) + 1, p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

extern "C" EMSCRIPTEN_KEEPALIVE void kpi_url_changed(const char* query) {
    if (g_url_handler) g_url_handler(query ? query : "");
    platform::request_frames(3);
}

namespace platform {

void set_url_query(const std::string& query, bool push) { js_set_url_query(query.c_str(), push ? 1 : 0); }

void on_url_change(std::function<void(const std::string&)> handler) {
    const bool first = !g_url_handler;
    g_url_handler = std::move(handler);
    if (first) js_listen_popstate();
}

std::string default_dataset() {
    char* p = js_default_dataset();
    std::string s(p);
    free(p);
    return s;
}

} // namespace platform
