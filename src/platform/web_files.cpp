// Files for publish mode: the picker, the file (picked or dropped) that web/glue.js has read and
// decoded, and the importer module that web/glue.js fetches and runs on it. The bytes never leave
// the page.
#include "platform/platform.h"
#include "platform/web_pending.h"

#include <emscripten.h>

namespace {
std::function<void(const std::string&, const std::string&, const std::string&)> g_file_handler;
platform::Pending<platform::ImportRun> g_imports;
}

EM_JS(void, js_pick_file, (), { window.kpiGlue && window.kpiGlue.pickFile(); });
// The page answers through kpi_import_done (an answer, or "" and why not).
EM_JS(void, js_import_report, (int id, const char* text, const char* publisher, const char* as_of), {
    window.kpiGlue.importReport(id, UTF8ToString(text), UTF8ToString(publisher), UTF8ToString(as_of));
});

extern "C" EMSCRIPTEN_KEEPALIVE void kpi_import_done(int id, const char* answer, const char* error) {
    g_imports.finish(id, platform::ImportRun{answer ? answer : "", error ? error : ""});
    platform::request_frame();
}

extern "C" EMSCRIPTEN_KEEPALIVE void kpi_file_opened(const char* name, const char* text, const char* encoding) {
    if (g_file_handler) g_file_handler(name ? name : "", text ? text : "", encoding ? encoding : "");
    platform::request_frame();
}

namespace platform {
void pick_file() { js_pick_file(); }
void import_report(const std::string& text, const std::string& publisher, const std::string& as_of,
                   std::function<void(ImportRun)> done) {
    js_import_report(g_imports.add(std::move(done)), text.c_str(), publisher.c_str(), as_of.c_str());
}
void on_file_opened(std::function<void(const std::string&, const std::string&, const std::string&)> handler) {
    g_file_handler = std::move(handler);
}
} // namespace platform
