// Browser history: the URL is the single source of truth for "where am I" (see core/view_url.h).
#include "platform/platform.h"

#include <emscripten.h>

namespace {
std::function<void(const std::string&)> g_url_handler;
}

// The JS is web/glue.js's (window.kpiGlue): the address without a reload, a new document, and
// Back/Forward (kpi_url_changed).
EM_JS(void, js_set_url_query, (const char* q, int push), { window.kpiGlue.setUrlQuery(UTF8ToString(q), !!push); });
EM_JS(void, js_navigate, (const char* url), { window.kpiGlue.navigate(UTF8ToString(url)); });
EM_JS(void, js_listen_popstate, (), { window.kpiGlue.listenPopstate(); });

// Back or Forward: the handler reads the new query.
extern "C" EMSCRIPTEN_KEEPALIVE void kpi_url_changed() {
    if (g_url_handler) g_url_handler(platform::query_string());
    platform::request_frame();
}

namespace platform {

void set_url_query(const std::string& query, bool push) { js_set_url_query(query.c_str(), push ? 1 : 0); }
void navigate(const std::string& url) { js_navigate(url.c_str()); }

void on_url_change(std::function<void(const std::string&)> handler) {
    const bool first = !g_url_handler;
    g_url_handler = std::move(handler);
    if (first) js_listen_popstate();
}

} // namespace platform
