// The current view as a document (core/document.h), for print and for the page without WebGL, and
// the selected chart as an SVG file (core/chart_svg.h). The canvas plays no part in either: they
// work the same with no WebGL.
#pragma once

#include "ui/app_state.h"

#include <string>
#include <vector>

namespace app {

// The current view (overview with its filters, a project, a KPI, compare; language and era) as a
// document fragment for the page's print container: the dataset's header, the content as text,
// tables and SVG charts, and the live view's address `live_url` written out with its QR code.
// "" while no dataset is loaded. Asked synchronously by the page on `beforeprint`.
std::string print_document(const AppState& a, const std::string& live_url);

// Without WebGL: the page shows the document of the current view instead of the HTML twins
// (rendered again when the view or the dataset changes). Without data (loading, an error) and in
// publish mode the twins stay: they hold Retry and the file picker.
class DocumentPage {
public:
    void frame(const AppState& a);

private:
    std::string shown_;   // what the page shows: the view's link and the dataset version
};

// The selected KPI's chart as a standalone SVG download: `header` above it, `footer` below it.
void save_chart_svg(const AppState& a, const std::vector<std::string>& header, const std::vector<std::string>& footer,
                    const std::string& filename);

} // namespace app
