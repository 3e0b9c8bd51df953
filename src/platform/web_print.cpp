// Print and the document page (platform.h). The browser half is web/print.js: on `beforeprint` it
// asks the viewer for the current view as a document (kpi_print_document, src/app/main.cpp) and
// @media print shows only that (web/print.css), never the canvas; without WebGL that document is
// the page itself.
#include "platform/platform.h"

#include <emscripten.h>

// The JS is web/print.js's (window.kpiPrint); the dialog opens after the frame that asked.
EM_JS(void, js_print_page, (), { window.kpiPrint && window.kpiPrint.print(); });
EM_JS(void, js_show_document, (const char* html), { window.kpiPrint && window.kpiPrint.showDocument(UTF8ToString(html)); });

namespace platform {

void print_page() { js_print_page(); }
void show_document(const std::string& html) { js_show_document(html.c_str()); }

} // namespace platform
