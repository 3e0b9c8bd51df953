// [SECTION] text and numbers
// [SECTION] KPI chart
// [SECTION] compare bar
#include "chart_svg.h"

#include "ruby.h"
#include "strings.h"
#include "line_break.h"
#include "utf8.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kpi {

// --- [SECTION] text and numbers ------------------------------------------------------------------
std::string markup_text(std::string_view s) {
    std::string o;
    o.reserve(s.size());
    for (char ch : s) {
        const unsigned char c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '&': o += "&amp;"; break;
        case '<': o += "&lt;"; break;
        case '>': o += "&gt;"; break;
        case '"': o += "&quot;"; break;
        case '\'': o += "&#39;"; break;
        default:
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) break;
            o += ch;
        }
    }
    return o;
}

Colour status_colour(Status s) {
    switch (s) {
    case Status::Met: return Colour::Met;
    case Status::NotMet: return Colour::NotMet;
    case Status::NoActual: return Colour::NoActual;
    case Status::NoTarget: return Colour::NoTarget;
    }
    return Colour::Text;
}

const char* status_words(Status s, Lang lang) {
    switch (s) {
    case Status::Met: return tr(Str::Met, lang);
    case Status::NotMet: return tr(Str::NotMet, lang);
    case Status::NoActual: return tr(Str::NoActual, lang);
    case Status::NoTarget: return tr(Str::NoTarget, lang);
    }
    return "";
}

namespace {

std::string hex(Colour c) { return css_hex(swatch(c)); }

// A coordinate: two decimals, no "-0.00".
std::string num(float v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", std::fabs(v) < 0.005f ? 0.0f : v);
    return buf;
}

// How wide a text is drawn, near enough to place it: CJK and other wide characters one em, ASCII
// 0.6 em (the SVG's font is the page's; this only keeps labels from running into each other).
float text_width(std::string_view s, float fs) {
    float w = 0;
    for (size_t i = 0; i < s.size();) {
        const char32_t cp = utf8_decode(s, i);
        w += cp < 0x80 ? 0.6f : cp < 0x2E80 && cp != 0x2014 ? 0.8f : 1.0f;
    }
    return w * fs;
}

std::string tick_label(double t) { return format_number(t, t == std::floor(t) ? 0 : 1); }

struct LegendItem {
    int kind;   // 0 plan, 1 actual, 2 baseline, 3 the missing mark's meaning
    std::string label;
};

constexpr float kSwatch = 14, kSwatchGap = 6, kLegendGap = 18, kDashTrail = 8;
constexpr float kPlotTopGap = 8, kPlotBottomGap = 10, kTickRoom = 10, kTickGap = 6, kRightGap = 6;
constexpr float kYearGap = 6, kMarkGap = 4, kPercentTopGap = 2, kZeroMark = 3, kStroke = 1.5f;

// A word the chart shows. SVG <text> cannot carry ruby: in easy Japanese the word is written in
// kana (its readings in place of its kanji, core/ruby.h ruby_kana), as the canvas's chips are.
std::string shown_word(Str s, Lang lang) { return lang == Lang::Easy ? ruby_kana(tr_marked(s, lang)) : tr(s, lang); }

std::vector<LegendItem> legend_items(const Kpi& k, Lang lang) {
    std::vector<LegendItem> items = {{0, shown_word(Str::Plan, lang)}, {1, shown_word(Str::Actual, lang)}};
    const auto baseline = k.baseline_actual ? k.baseline_actual : k.baseline_plan;
    if (baseline) items.push_back({2, shown_word(Str::Baseline, lang) + " " + format_number(baseline, k.decimals)});
    items.push_back({3, std::string(kMissing) + " = " + shown_word(Str::NoValue, lang)});
    return items;
}

float item_width(const LegendItem& it, float fs) {
    const float sample = it.kind == 3 ? 0 : kSwatch + (it.kind == 2 ? kDashTrail : 0) + kSwatchGap;
    return sample + text_width(it.label, fs);
}

float line_height(float fs) { return fs * 1.4f; }

} // namespace

// --- [SECTION] KPI chart -------------------------------------------------------------------------
SvgPlotFrame kpi_chart_frame(const Kpi& k, const SvgChartOptions& o) {
    SvgPlotFrame f;
    const float fs = o.font_size;
    // Legend lines: items flow left to right and wrap.
    int lines = 1;
    float x = 0;
    for (const LegendItem& it : legend_items(k, o.lang)) {
        const float w = item_width(it, fs);
        if (x > 0 && x + w > o.width) { ++lines; x = 0; }
        x += w + kLegendGap;
    }
    f.legend_height = lines * line_height(fs) + kPlotTopGap;
    // As the canvas: room for the unit and half the top tick label above the plot, the years below.
    f.top = f.legend_height + fs * 1.6f + kPlotTopGap;
    f.bottom = o.height - fs - kPlotBottomGap;
    const BarChartLayout axis_only = layout_kpi_chart(k, std::max(1.0f, f.bottom - f.top), 4);
    float label_w = 0;
    for (double t : axis_only.axis.ticks) label_w = std::max(label_w, text_width(tick_label(t), fs));
    f.left = label_w + kTickRoom;
    f.right = o.width - kRightGap;
    return f;
}

std::string kpi_chart_description(const Kpi& k, Lang lang) {
    std::string s;
    const std::string sep = tr(Str::SentenceSep, lang);
    if (k.baseline_plan || k.baseline_actual) {
        s += std::string(tr(Str::Baseline, lang)) + tr(Str::LabelSep, lang) + tr(Str::Plan, lang) + " " +
             format_value(k.baseline_plan, k, lang) + tr(Str::ClauseSep, lang) + tr(Str::Actual, lang) + " " +
             format_value(k.baseline_actual, k, lang) + sep;
    }
    for (const YearValue& y : k.years) {
        char buf[1024];
        std::snprintf(buf, sizeof buf, tr(Str::ChartSummaryFmt, lang), fy_both(y.fy, lang).c_str(),
                      format_value(y.plan, k, lang).c_str(), format_value(y.actual, k, lang).c_str(),
                      format_percent(achievement_ratio(k, y)).c_str(), status_words(year_status(k, y), lang));
        s += std::string(buf) + sep;
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

std::string kpi_chart_svg(const Kpi& k, const std::string& title, const SvgChartOptions& o) {
    const float fs = o.font_size;
    const SvgPlotFrame f = kpi_chart_frame(k, o);
    const BarChartLayout L = layout_kpi_chart(k, f.bottom - f.top, 4);
    const std::string P = markup_text(o.id_prefix);
    const float W = o.width, H = o.height;
    auto Y = [&](float plot_y) { return num(f.top + plot_y); };
    auto text = [&](float x, float top, const std::string& s, Colour c, const char* anchor, const char* cls) {
        // `top`: the top of the text, as chart_layout places labels; the baseline sits 0.85 em lower.
        return std::string("<text class=\"") + cls + "\" x=\"" + num(x) + "\" y=\"" + num(top + fs * 0.85f) +
               "\" text-anchor=\"" + anchor + "\" fill=\"" + hex(c) + "\">" + markup_text(s) + "</text>";
    };

    std::string out;
    if (o.standalone) out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<svg";
    if (o.standalone) out += " xmlns=\"http://www.w3.org/2000/svg\"";
    out += " class=\"kpi-chart\" viewBox=\"0 0 " + num(W) + " " + num(H) + "\" width=\"" + num(W) + "\" height=\"" + num(H) +
           "\" role=\"img\" aria-labelledby=\"" + P + "-t\" aria-describedby=\"" + P + "-d\" font-size=\"" + num(fs) + "\"";
    if (o.standalone) out += " font-family=\"BIZ UDPGothic, Noto Sans CJK JP, sans-serif\"";
    out += ">\n<title id=\"" + P + "-t\">" + markup_text(title) + "</title>\n<desc id=\"" + P + "-d\">" +
           markup_text(kpi_chart_description(k, o.lang)) + "</desc>\n";
    // The plan's hatching: light fill with dark diagonal lines, so plan and actual differ without colour.
    out += "<defs><pattern id=\"" + P + "-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
           "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"" + hex(Colour::Plan) +
           "\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"" + hex(Colour::PlanEdge) +
           "\" stroke-width=\"2\"/></pattern></defs>\n";
    // Legend
    {
        float x = 0, y = 0;
        const float lh = line_height(fs);
        for (const LegendItem& it : legend_items(k, o.lang)) {
            const float w = item_width(it, fs);
            if (x > 0 && x + w > W) { x = 0; y += lh; }
            const float sy = y + (lh - kSwatch) * 0.5f;
            float tx = x;
            if (it.kind == 0)
                out += "<rect class=\"legend plan\" x=\"" + num(x) + "\" y=\"" + num(sy) + "\" width=\"" + num(kSwatch) + "\" height=\"" +
                       num(kSwatch) + "\" fill=\"url(#" + P + "-hatch)\" stroke=\"" + hex(Colour::PlanEdge) + "\" stroke-width=\"" +
                       num(kStroke) + "\"/>";
            if (it.kind == 1)
                out += "<rect class=\"legend actual\" x=\"" + num(x) + "\" y=\"" + num(sy) + "\" width=\"" + num(kSwatch) +
                       "\" height=\"" + num(kSwatch) + "\" fill=\"" + hex(Colour::Actual) + "\"/>";
            if (it.kind == 2)
                out += "<line class=\"legend baseline\" x1=\"" + num(x) + "\" x2=\"" + num(x + kSwatch + kDashTrail) + "\" y1=\"" +
                       num(y + lh * 0.5f) + "\" y2=\"" + num(y + lh * 0.5f) + "\" stroke=\"" + hex(Colour::Baseline) +
                       "\" stroke-width=\"" + num(kStroke) + "\" stroke-dasharray=\"4 4\"/>";
            if (it.kind != 3) tx += kSwatch + (it.kind == 2 ? kDashTrail : 0) + kSwatchGap;
            out += text(tx, y + (lh - fs) * 0.5f - fs * 0.05f, it.label, Colour::Text, "start", "legend-label") + "\n";
            x += w + kLegendGap;
        }
    }
    // Unit above the axis, grid and tick labels.
    out += text(0, f.legend_height, tr_fill(Str::UnitFmt, k.unit.in(o.lang), o.lang), Colour::Muted, "start", "unit") + "\n";
    for (size_t ti = 0; ti < L.axis.ticks.size(); ++ti) {
        const double t = L.axis.ticks[ti];
        if (t != 0)
            out += "<line class=\"grid\" x1=\"" + num(f.left) + "\" x2=\"" + num(f.right) + "\" y1=\"" + Y(L.tick_y[ti]) + "\" y2=\"" +
                   Y(L.tick_y[ti]) + "\" stroke=\"" + hex(Colour::Grid) + "\" stroke-width=\"1\"/>";
        out += text(f.left - kTickGap, f.top + L.tick_y[ti] - fs * 0.5f, tick_label(t), Colour::Muted, "end", "tick") + "\n";
    }
    // Bars, marks and labels per fiscal year (x from core's columns, y from core's layout).
    const BarColumns cols = layout_bar_columns(k.years.size(), f.right - f.left);
    for (size_t i = 0; i < k.years.size(); ++i) {
        const YearValue& y = k.years[i];
        const std::string fy = std::to_string(y.fy);
        const YearLabels labels = place_year_labels(L, i, fs, kMarkGap, -fs - kPercentTopGap);
        const float cx = f.left + cols.centre_x(i);
        auto bar = [&](const BarSpan& b, float x, const char* which) {
            const bool plan = which[0] == 'p';
            if (!b.present) {
                out += "<line class=\"missing " + std::string(which) + "\" data-fy=\"" + fy + "\" x1=\"" + num(x) + "\" x2=\"" +
                       num(x + cols.bar_width) + "\" y1=\"" + Y(L.zero_y - 1) + "\" y2=\"" + Y(L.zero_y - 1) + "\" stroke=\"" +
                       hex(Colour::NoActual) + "\" stroke-width=\"" + num(kStroke) + "\" stroke-dasharray=\"3 3\"/>";
                out += text(x + cols.bar_width * 0.5f, f.top + labels.mark_y, kMissing, Colour::NoActual, "middle", "mark") + "\n";
            } else if (b.zero) {
                out += "<rect class=\"zero " + std::string(which) + "\" data-fy=\"" + fy + "\" x=\"" + num(x) + "\" y=\"" +
                       Y(L.zero_y - 1 - kZeroMark * 0.5f) + "\" width=\"" + num(cols.bar_width) + "\" height=\"" + num(kZeroMark) +
                       "\" fill=\"" + hex(plan ? Colour::PlanEdge : Colour::Actual) + "\"/>";
                out += text(x + cols.bar_width * 0.5f, f.top + labels.mark_y, "0", plan ? Colour::PlanEdge : Colour::Actual, "middle", "mark") + "\n";
            } else {
                out += "<rect class=\"bar " + std::string(which) + "\" data-fy=\"" + fy + "\" x=\"" + num(x) + "\" y=\"" + Y(b.top) +
                       "\" width=\"" + num(cols.bar_width) + "\" height=\"" + num(b.bottom - b.top) + "\"";
                out += plan ? " fill=\"url(#" + P + "-hatch)\" stroke=\"" + hex(Colour::PlanEdge) + "\" stroke-width=\"" + num(kStroke) + "\"/>\n"
                            : " fill=\"" + hex(Colour::Actual) + "\"/>\n";
            }
        };
        bar(L.plan[i], f.left + cols.plan_x(i), "plan");
        bar(L.actual[i], f.left + cols.actual_x(i), "actual");
        if (const auto ratio = achievement_ratio(k, y))
            out += text(cx, f.top + labels.percent_y, format_percent(ratio), status_colour(year_status(k, y)), "middle", "percent") + "\n";
        out += text(cx, f.bottom + kYearGap, fy_short(y.fy, o.era), Colour::Text, "middle", "year") + "\n";
    }
    // The zero line (bars stand on it or hang from it) and the baseline, dashed.
    out += "<line class=\"zero-line\" x1=\"" + num(f.left) + "\" x2=\"" + num(f.right) + "\" y1=\"" + Y(L.zero_y) + "\" y2=\"" +
           Y(L.zero_y) + "\" stroke=\"" + hex(Colour::Muted) + "\" stroke-width=\"1\"/>\n";
    if (L.baseline_y)
        out += "<line class=\"baseline\" x1=\"" + num(f.left) + "\" x2=\"" + num(f.right) + "\" y1=\"" + Y(*L.baseline_y) + "\" y2=\"" +
               Y(*L.baseline_y) + "\" stroke=\"" + hex(Colour::Baseline) + "\" stroke-width=\"" + num(kStroke) +
               "\" stroke-dasharray=\"6 6\"/>\n";
    return out + "</svg>";
}

std::string kpi_chart_file_svg(const Kpi& k, const std::string& title, const std::vector<std::string>& header,
                               const std::vector<std::string>& footer, const SvgChartOptions& o) {
    const float fs = o.font_size, big = fs * 1.3f, pad = fs * 1.25f;
    const float W = o.width + 2 * pad;
    std::string lines;
    float y = pad;
    // Each line wrapped to the chart's width; the first header line large and bold.
    auto write = [&](const std::string& s, float size, Colour c, bool bold) {
        const auto spans = break_lines(s, o.width, [&](std::string_view t) { return text_width(t, size); });
        for (const LineSpan& sp : spans) {
            lines += "<text x=\"" + num(pad) + "\" y=\"" + num(y + size * 0.85f) + "\" font-size=\"" + num(size) + "\" fill=\"" + hex(c) +
                     "\"" + (bold ? " font-weight=\"bold\"" : "") + ">" + markup_text(std::string_view(s).substr(sp.begin, sp.end - sp.begin)) +
                     "</text>\n";
            y += size * 1.4f;
        }
    };
    for (size_t i = 0; i < header.size(); ++i) write(header[i], i == 0 ? big : fs, i == 0 ? Colour::Text : Colour::Muted, i == 0);
    y += fs * 0.5f;
    SvgChartOptions inner = o;
    inner.standalone = false;
    // The chart's tick labels are placed by an estimate of their width: the sheet's margin may take
    // what a wide font needs beyond it (a nested <svg> would clip it).
    std::string chart = kpi_chart_svg(k, title, inner);
    const std::string open = "<svg class=\"kpi-chart\"";
    if (chart.compare(0, open.size(), open) == 0) chart.insert(5, "overflow=\"visible\" ");
    const float chart_y = y;
    y += o.height + fs * 0.75f;
    for (const std::string& f : footer) write(f, fs, Colour::Muted, false);
    const float H = y + pad - fs * 0.4f;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(W) + " " + num(H) +
           "\" width=\"" + num(W) + "\" height=\"" + num(H) + "\" font-family=\"BIZ UDPGothic, Noto Sans CJK JP, sans-serif\" font-size=\"" +
           num(fs) + "\">\n<title>" + markup_text(title) + "</title>\n<rect class=\"sheet\" width=\"" + num(W) + "\" height=\"" + num(H) +
           "\" fill=\"" + hex(Colour::Card) + "\"/>\n" + lines + "<g transform=\"translate(" + num(pad) + " " + num(chart_y) + ")\">\n" +
           chart + "\n</g>\n</svg>\n";
}

// --- [SECTION] compare bar -----------------------------------------------------------------------
std::string compare_bar_svg(const CompareAxis& axis, std::optional<double> ratio, Status status, float height) {
    const float w = axis.track_width, h = height;
    std::string out = "<svg class=\"compare-bar\" viewBox=\"0 0 " + num(w) + " " + num(h) +
                      "\" width=\"" + num(w) + "\" height=\"" + num(h) + "\" aria-hidden=\"true\" focusable=\"false\">";
    out += "<rect class=\"track\" x=\"0\" y=\"0\" width=\"" + num(w) + "\" height=\"" + num(h) + "\" fill=\"" + hex(Colour::Track) +
           "\" stroke=\"" + hex(Colour::Border) + "\" stroke-width=\"1\"/>";
    const HBar b = compare_bar(axis, ratio);
    if (b.present)
        out += "<rect class=\"bar\" x=\"" + num(b.x0) + "\" y=\"2\" width=\"" + num(b.x1 - b.x0) + "\" height=\"" + num(h - 4) +
               "\" fill=\"" + hex(status_colour(status)) + "\"/>";
    if (axis.lo < 0)
        out += "<line class=\"zero-line\" x1=\"" + num(axis.zero_x) + "\" x2=\"" + num(axis.zero_x) + "\" y1=\"0\" y2=\"" + num(h) +
               "\" stroke=\"" + hex(Colour::Muted) + "\" stroke-width=\"1\"/>";
    out += "<line class=\"hundred\" x1=\"" + num(axis.hundred_x) + "\" x2=\"" + num(axis.hundred_x) + "\" y1=\"0\" y2=\"" + num(h) +
           "\" stroke=\"" + hex(Colour::Text) + "\" stroke-width=\"" + num(kStroke) + "\"/>";
    return out + "</svg>";
}

} // namespace kpi
