// The report as a document: a dataset and a view (overview, one project, one KPI, compare; with its
// filters, language and era) -> semantic HTML. Headings in order, each KPI's numbers as a real
// table (<caption>, <th scope>, units, "—" for no value, status in words), notes, partners,
// period, funding, the dataset's title, publisher, as-of date and source; each chart as inline SVG
// from chart_svg.h (laid out by chart_layout.h, as the canvas is). No UI, no browser, like csv.h.
// Used by `kpi-tool html` (the standalone report page make site publishes beside each dataset);
// made to serve the viewer's print (the current view) and its no-WebGL page too.
//
// The language and the era are the view's (ViewState::lang, ::era): what is printed is what is
// shown. Every text of the dataset is escaped; the page has no script and requests nothing (inline
// CSS and SVG, the reader's own fonts), so it opens from file:// and prints on A4.
#pragma once

#include "model.h"
#include "view_state.h"

#include <string>
#include <string_view>
#include <vector>

namespace kpi {

// A QR code's modules (core has no QR encoder; the viewer has one): size x size, row by row,
// true = dark. Drawn as SVG beside the written address of the live view.
struct QrModules {
    int size = 0;
    std::vector<bool> dark;
};

struct DocumentOptions {
    // The live viewer's address for this view ("" = none). An absolute http(s) address is also
    // written out in full (a printed page leads back to it); a relative one ("../?data=x") is a
    // link only. Anything else (another scheme, spaces, control characters) is left out.
    std::string live_url;
    QrModules qr;               // optional: the QR code of live_url
    // true: a whole page (<!doctype html>, <html lang>, <head> with the inline CSS incl. @media
    // print and A4 page breaks). false: one <article class="kpi-doc" lang="…"> for a page that
    // already holds document_css() (the viewer, whose CSP allows no inline style).
    bool whole_page = true;
};

// Does render_document use this live_url (see DocumentOptions::live_url)?
bool usable_live_url(std::string_view url);

std::string render_document(const Dataset& d, const ViewState& view, const DocumentOptions& options = {});

// The document's stylesheet (colours as var(--kpi-NAME) from core/palette.h, whose :root block
// it starts with): for the page's <style>, or a host page's stylesheet when rendering fragments.
std::string document_css();

// The fiscal years of every KPI, ascending, and the compare view's default: the latest year in
// which some KPI has both a plan and an actual (0 when none has).
std::vector<int> compare_years(const Dataset& d);
int default_compare_fy(const Dataset& d);

// Anchors of the document's sections ("project-smart-city", "kpi-smart-city-2").
std::string project_anchor(const Project& p);
std::string kpi_anchor(const Project& p, const Kpi& k);

} // namespace kpi
