// The first screen as HTML, before the viewer's code has arrived: what a citizen opened the page
// for (each project's KPI outcome, the counts, the dataset's title, as-of date and source) as real
// elements, laid out like the canvas's first screen (web/first-screen.css) so that the canvas can
// take over without a jump. `make site` writes one per dataset, language and page (overview, each
// project) with `kpi-tool first-screen`; web/glue.js shows it only when the dataset it fetched is
// the one the screen was made from (its SHA-256), so a republished file never shows old numbers.
// A project's page is the document renderer's (document.h) under the same bar and tabs.
#pragma once

#include "model.h"
#include "view_state.h"

#include <string>

namespace kpi {

struct FirstScreenOptions {
    std::string data_name;        // the dataset's name in links (?data=NAME), "" for the default one
    std::string default_data;     // the site's default dataset (left out of links to it)
    std::string dataset_sha256;   // hex SHA-256 of the dataset file's bytes, as served
};

// One fragment: <div class="fs" …> with the bar, the view tabs and the view (overview, or the
// project of view.project). Links are the viewer's own (core/view_url.h), so they work before the
// viewer is there and mean the same after; each also names the control it becomes in the canvas
// (data-sem, a semantic id of ui/semantics.h) so focus can follow the hand-over.
std::string render_first_screen(const Dataset& d, const ViewState& view, const FirstScreenOptions& options);

} // namespace kpi
