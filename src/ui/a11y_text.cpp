// Text for assistive technology that the canvas shows as pictures: a KPI's numbers as a real HTML
// table (the screen-reader twin of the drawn table) and one sentence that says what a chart shows.
// Both carry exactly the numbers the report publishes, formatted as on screen.
#include "core/achievement.h"
#include "core/format.h"
#include "ui/status_terms.h"
#include "ui/strings.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <cstdio>

namespace ui {
namespace {

std::string esc(const std::string& s) { return kpi::html_escape(s); }

} // namespace

std::string KpiTableHtml(const AppState& app, const kpi::Kpi& k) {
    const kpi::Lang lang = app.view.lang;
    std::string h = "<table><caption>" + esc(kpi::kpi_title(k, lang)) + " (" + esc(k.unit.in(lang)) + ")</caption><tr>";
    for (Str s : {Str::TableFy, Str::Plan, Str::Actual, Str::TablePercent, Str::TableStatus})
        h += "<th scope=\"col\">" + esc(tr(s, lang)) + "</th>";
    h += "</tr>";
    if (k.baseline_plan || k.baseline_actual)
        h += "<tr><th scope=\"row\">" + esc(tr(Str::Baseline, lang)) + "</th><td>" + esc(kpi::format_number(k.baseline_plan, k.decimals)) +
             "</td><td>" + esc(kpi::format_number(k.baseline_actual, k.decimals)) + "</td><td></td><td></td></tr>";
    for (const auto& y : k.years)
        h += "<tr><th scope=\"row\">" + esc(kpi::fy_both(y.fy, lang)) + "</th><td>" + esc(kpi::format_number(y.plan, k.decimals)) +
             "</td><td>" + esc(kpi::format_number(y.actual, k.decimals)) + "</td><td>" +
             esc(kpi::format_percent(kpi::achievement_ratio(k, y))) + "</td><td>" +
             esc(status_label(kpi::year_status(k, y), lang)) + "</td></tr>";
    return h + "</table>";
}

std::string KpiChartSummary(const AppState& app, const kpi::Kpi& k) {
    const kpi::Lang lang = app.view.lang;
    std::string s = std::string(tr(Str::ChartOf, lang)) + " " + kpi::kpi_title(k, lang);
    if (const kpi::YearValue* y = kpi::headline_year(k)) {
        char buf[512];
        std::snprintf(buf, sizeof buf, tr(Str::ChartSummaryFmt, lang), kpi::fy_both(y->fy, lang).c_str(),
                      kpi::format_value(y->plan, k, lang).c_str(), kpi::format_value(y->actual, k, lang).c_str(),
                      kpi::format_percent(kpi::achievement_ratio(k, *y)).c_str(), status_label(kpi::year_status(k, *y), lang));
        s += tr(Str::SentenceSep, lang);
        s += buf;
    }
    return s;
}

} // namespace ui
