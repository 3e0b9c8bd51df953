// Files for publish mode: the picker, and the file (picked or dropped) that web/glue.js has read
// and decoded. The bytes never leave the page.
#include "platform/platform.h"

#include <emscripten.h>

namespace {
std::function<void(const std::string&, const std::string&, const std::string&)> g_file_handler;
}

EM_JS(void, js_pick_file, (), { window.kpiGlue && window.kpiGlue.pickFile(); });

extern "C" EMSCRIPTEN_KEEPALIVE void kpi_file_opened(const char* name, const char* text, const char* encoding) {
    if (g_file_handler) g_file_handler(name ? name : "", text ? text : "", encoding ? encoding : "");
    platform::request_frame();
}

namespace platform {
void pick_file() { js_pick_file(); }
void on_file_opened(std::function<void(const std::string&, const std::string&, const std::string&)> handler) {
    g_file_handler = std::move(handler);
}
} // namespace platform
