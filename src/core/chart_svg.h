// Charts as SVG text, drawn from core/chart_layout.h: the same axis, ticks, bars, missing and zero
// marks, negatives below the zero line, achievement % and year labels as the canvas
// (ui/kpi_chart.cpp), in vector form for the document (document.h), print and downloads.
// Colours are the palette's (core/palette.h). Legible in black and white: the plan bar is outlined
// and hatched, the actual bar solid, the baseline dashed, a missing value a dashed mark with "—".
// Every text from the dataset is escaped (element content and attributes).
#pragma once

#include "achievement.h"
#include "chart_layout.h"
#include "format.h"
#include "model.h"
#include "palette.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpi {

struct SvgChartOptions {
    Lang lang = Lang::Ja;
    EraStyle era = EraStyle::Japanese;
    float width = 480;          // user units = CSS px at 100 % (the SVG scales to its box)
    float height = 270;
    float font_size = 13;
    std::string id_prefix = "c";   // prefix of the ids the SVG defines (pattern, title): unique per page
    bool standalone = false;       // a file of its own: xmlns and an XML declaration
};

// Where a KPI chart's plot sits in the SVG (what layout_kpi_chart is given): x from the left,
// y from the top; plot_bottom - plot_top is the layout's plot_height.
struct SvgPlotFrame {
    float left = 0, right = 0, top = 0, bottom = 0;
    float legend_height = 0;   // the legend's lines above the unit
};
SvgPlotFrame kpi_chart_frame(const Kpi& k, const SvgChartOptions& o);

// The KPI's bar chart with its legend, as an <svg role="img"> named by its <title> (`title`, the
// caller's words, e.g. "グラフ： KPI① …") and described by its <desc>: year by year, what the bars show.
std::string kpi_chart_svg(const Kpi& k, const std::string& title, const SvgChartOptions& o);

// The KPI's chart as a file of its own (the viewer's SVG download): `header` lines above it (the
// first one large: the title), the chart with its legend and unit (kpi_chart_svg at o.width x
// o.height, so its bars are the document's), `footer` lines below it (source, date of the data), on
// a card-coloured sheet. Long lines wrap. A picture that travels without the page says what it shows.
std::string kpi_chart_file_svg(const Kpi& k, const std::string& title, const std::vector<std::string>& header,
                               const std::vector<std::string>& footer, const SvgChartOptions& o);

// The sentence a KPI chart's <desc> holds: every year's plan, actual, achievement and status.
std::string kpi_chart_description(const Kpi& k, Lang lang);

// One achievement bar of the compare view (compare_axis / compare_bar), decorative (aria-hidden):
// the % and the status are written beside it in the document's table.
std::string compare_bar_svg(const CompareAxis& axis, std::optional<double> ratio, Status status, float height);

// Text from anywhere (a dataset, a URL) for HTML or SVG/XML, as element content or a quoted
// attribute: & < > " ' escaped; the control characters XML forbids (C0 other than TAB, LF, CR) and DEL
// left out.
std::string markup_text(std::string_view s);

// The palette colour of a status (as ui/theme.h's status_colour).
Colour status_colour(Status s);
// A status in words ("達成" / "Met"), as the viewer's badges say it.
const char* status_words(Status s, Lang lang);

} // namespace kpi
