// KPI chart: plan vs actual per fiscal year as grouped bars.
//  - plan: light outlined bar; actual: solid dark bar (the same colours as the legend everywhere);
//  - a missing value is an explicit "—" in its slot, never a bar of height 0;
//  - an actual of 0 is a flat line at the axis labelled "0";
//  - the baseline (当初値) is a dashed horizontal line with its value;
//  - achievement % above each year that has one; tooltip on hover, and on tap for touch screens.
// [SECTION] geometry helpers
// [SECTION] chart
// [SECTION] table and legend
#include "core/achievement.h"
#include "core/axis.h"
#include "core/chart_layout.h"
#include "core/format.h"
#include "ui/status_terms.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace ui {
namespace {

// --- [SECTION] geometry helpers ----------------------------------------------------------------
// The chart's own geometry, CSS px at scale 1 (multiplied by ui::Scale() unless marked unscaled).
constexpr float kPlotTopLines = 1.6f;   // lines of text above the plot: the unit and half the top tick label...
constexpr float kPlotTopGap = 8;        // ... and this
constexpr float kPlotBottomGap = 10;    // above the bottom edge, with one line for the years
constexpr float kTickLabelRoom = 10;    // the plot starts this far right of the widest tick label...
constexpr float kTickLabelGap = 6;      // ... and the labels end this far left of it (right-aligned)
constexpr float kPlotRightGap = 6;
constexpr float kZeroMarkWidth = 3;     // the flat mark of a value of 0
constexpr float kHighlightRadius = 6;   // the hovered or tapped year's background
constexpr float kYearLabelGap = 6;      // between the plot's bottom and the year labels
constexpr float kTooltipDrop = 4;       // a pinned tooltip, below the plot's top
constexpr float kBaselineDash = 6;      // the dashed baseline: dash length and stroke theme::kStrokeMedium
// Unscaled: small offsets of the 0 and % labels and the highlight's inset.
constexpr float kMarkLabelGap = 4, kPercentTopGap = 2, kHighlightInset = 2, kMissingDash = 3;
// The legend above the chart.
constexpr float kSwatchSize = 14;
constexpr float kLegendItemGap = 18;    // between legend entries
constexpr float kSwatchLabelGap = 6;    // between a swatch and its label
constexpr float kSwatchTrail = 2;       // room right of a square swatch
constexpr float kDashSampleTrail = 8;   // how far the baseline's dashed sample reaches past a swatch's width
constexpr float kLegendDash = 4;
constexpr float kTableRowHeight = 30;   // the value table's rows

void DashedHLine(ImDrawList* dl, float x0, float x1, float y, ImU32 col, float dash, float thick) {
    for (float x = x0; x < x1; x += dash * 2) dl->AddLine(ImVec2(x, y), ImVec2(std::min(x + dash, x1), y), col, thick);
}

void CentredText(ImDrawList* dl, float cx, float y, ImU32 col, const std::string& s) {
    const ImVec2 ts = ImGui::CalcTextSize(s.c_str());
    dl->AddText(ImVec2(cx - ts.x * 0.5f, y), col, s.c_str());
}

void YearTooltip(const AppState& app, const kpi::Kpi& k, const kpi::YearValue& y) {
    const kpi::Lang lang = app.view.lang;
    ImGui::BeginTooltip();
    // In easy Japanese with their readings (the year's 年度・令和, the shortfall's 目標); the words
    // before the values are kana.
    RubyText(kpi::fy_both(y.fy, lang).c_str());
    ImGui::Separator();
    ImGui::Text("%s: %s", tr(Str::Plan, lang), kpi::format_value(y.plan, k, lang).c_str());
    ImGui::Text("%s: %s", tr(Str::Actual, lang), kpi::format_value(y.actual, k, lang).c_str());
    ImGui::Text("%s: %s", tr(Str::Achievement, lang), kpi::format_percent(kpi::achievement_ratio(k, y)).c_str());
    StatusBadge(kpi::year_status(k, y), lang);
    const std::string gap = kpi::shortfall_text(k, y, lang, true);
    if (!gap.empty()) MarkedText(gap, theme::kNotMet);
    ImGui::EndTooltip();
}

} // namespace

// --- [SECTION] chart ---------------------------------------------------------------------------
void ShowKpiChart(AppState& app, const kpi::Kpi& k, float height) {
    const kpi::Lang lang = app.view.lang;
    const float s = Scale();
    ImGui::PushID(&k);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ContentWidth();
    // True when a press on the chart is released on it (a tap or click, not a swipe: the platform
    // layer releases a swipe's press off the chart).
    const bool released_on_chart = ImGui::InvisibleButton("##chart", ImVec2(width, height));
    Semantic("chart:" + std::to_string(k.no), Role::Image, KpiChartSummary(app, k));
    if (app.view.kpi == k.no) app.frame.selected_chart = {origin.x, origin.y, width, height};
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();

    // Plot area: room on the left for tick labels, on top for the unit and % labels, below for years.
    // The geometry (axis with 0 on it, bars above and below the zero line, all inside the plot)
    // comes from core/chart_layout.h; this only draws it.
    const float fs = ImGui::GetFontSize();
    const float top = origin.y + fs * kPlotTopLines + kPlotTopGap * s;   // room for the unit and the top tick label
    const float bottom = origin.y + height - fs - kPlotBottomGap * s;
    const kpi::BarChartLayout L = kpi::layout_kpi_chart(k, bottom - top, 4);
    auto tick_label = [&](double t) { return kpi::format_number(t, t == std::floor(t) ? 0 : 1); };
    float label_w = 0;
    for (double t : L.axis.ticks) label_w = std::max(label_w, ImGui::CalcTextSize(tick_label(t).c_str()).x);
    const float left = origin.x + label_w + kTickLabelRoom * s;
    const float right = origin.x + width - kPlotRightGap * s;
    const float zero_y = top + L.zero_y;

    // Unit above the axis, ticks and grid (the zero line darker: bars stand on it or hang from it).
    const std::string unit = tr_unit(k.unit.in(lang), lang);
    dl->AddText(ImVec2(origin.x, origin.y), theme::kMuted, unit.c_str());
    for (size_t ti = 0; ti < L.axis.ticks.size(); ++ti) {
        const double t = L.axis.ticks[ti];
        const float y = top + L.tick_y[ti];
        if (t != 0) dl->AddLine(ImVec2(left, y), ImVec2(right, y), theme::kGrid, 1.0f);
        const std::string lbl = tick_label(t);
        const ImVec2 ts = ImGui::CalcTextSize(lbl.c_str());
        dl->AddText(ImVec2(left - kTickLabelGap * s - ts.x, y - ts.y * 0.5f), theme::kMuted, lbl.c_str());
    }

    // Groups of two bars per fiscal year, placed as the document's SVG places them (core/chart_layout.h).
    const int n = static_cast<int>(k.years.size());
    const kpi::BarColumns columns = kpi::layout_bar_columns(k.years.size(), right - left, s);
    const float group_w = columns.group_width;
    const float bar_w = columns.bar_width;
    ImGuiStorage* st = ImGui::GetStateStorage();
    const ImGuiID tapped_id = ImGui::GetID("##tapped");
    int tapped = st->GetInt(tapped_id, -1);
    // A pinned tooltip belongs to its chart: it closes when the chart moves (a scroll or swipe),
    // on the wheel, when a drag starts, and on a tap or click anywhere else. It never stays on the
    // screen while the page moves under it.
    const ImGuiID pin_y_id = ImGui::GetID("##pinned_y");
    {
        const ImGuiIO& io = ImGui::GetIO();
        const bool moved = std::fabs(st->GetFloat(pin_y_id, origin.y) - origin.y) > 0.5f;
        const bool released_elsewhere = ImGui::IsMouseReleased(0) && !released_on_chart;
        if (tapped >= 0 && (moved || io.MouseWheel != 0.0f || released_elsewhere || ImGui::IsMouseDragging(0))) {
            tapped = -1;
            st->SetInt(tapped_id, -1);
        }
    }
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    int hover_group = -1;
    int focused_group = -1;
    const std::string chart_id = "chart:" + std::to_string(k.no);
    for (int i = 0; i < n; ++i) {
        const kpi::YearValue& y = k.years[i];
        const float gx = left + columns.group_x(i);
        const float cx = left + columns.centre_x(i);
        const float px = left + columns.plan_x(i), ax = left + columns.actual_x(i);
        // Label rows from core/chart_layout.h (the % clears the marks' labels as well as the bars).
        const kpi::YearLabels labels = kpi::place_year_labels(L, static_cast<size_t>(i), fs, kMarkLabelGap, -fs - kPercentTopGap);
        // A flat mark with its "0" label at the zero line; a missing value's dashes with its "—".
        auto zero_mark = [&](float x, ImU32 col) {
            dl->AddLine(ImVec2(x, zero_y - 1), ImVec2(x + bar_w, zero_y - 1), col, kZeroMarkWidth * s);
            CentredText(dl, x + bar_w * 0.5f, top + labels.mark_y, col, "0");
        };
        auto missing_mark = [&](float x) {
            DashedHLine(dl, x, x + bar_w, zero_y - 1, theme::kNoActual, kMissingDash, theme::kStrokeMedium);
            CentredText(dl, x + bar_w * 0.5f, top + labels.mark_y, theme::kNoActual, kpi::kMissing);
        };
        if (hovered && mouse.x >= gx && mouse.x < gx + group_w) hover_group = i;
        if (hover_group == i || tapped == i)
            dl->AddRectFilled(ImVec2(gx + kHighlightInset, top), ImVec2(gx + group_w - kHighlightInset, bottom), theme::kChartHighlight,
                              kHighlightRadius * s);
        // Plan bar (a plan of 0 is a fact: a flat mark labelled "0", not an empty slot)
        const kpi::BarSpan& pb = L.plan[i];
        if (!pb.present) missing_mark(px);
        else if (pb.zero) zero_mark(px, theme::kPlanEdge);
        else {
            dl->AddRectFilled(ImVec2(px, top + pb.top), ImVec2(px + bar_w, top + pb.bottom), theme::kPlan);
            dl->AddRect(ImVec2(px, top + pb.top), ImVec2(px + bar_w, top + pb.bottom), theme::kPlanEdge, 0, 0, theme::kStrokeMedium);
        }
        // Actual bar
        const kpi::BarSpan& ab = L.actual[i];
        if (!ab.present) missing_mark(ax);
        else if (ab.zero) zero_mark(ax, theme::kActual);
        else dl->AddRectFilled(ImVec2(ax, top + ab.top), ImVec2(ax + bar_w, top + ab.bottom), theme::kActual);
        // Achievement % above the group.
        if (const auto ratio = kpi::achievement_ratio(k, y))
            CentredText(dl, cx, top + labels.percent_y, theme::status_colour(kpi::year_status(k, y)), kpi::format_percent(ratio));
        // Fiscal-year label.
        const std::string fy = kpi::fy_short(y.fy, app.view.era);
        CentredText(dl, cx, bottom + kYearLabelGap * s, theme::kText, fy);
        // Each year is a button for the keyboard and screen readers: it pins the year's tooltip,
        // as a tap does, and its name says what the tooltip says.
        ImGui::SetCursorScreenPos(ImVec2(gx, top));
        ImGui::Dummy(ImVec2(group_w, bottom - top + fs + kPlotBottomGap * s));
        char name[512];
        std::snprintf(name, sizeof name, tr(Str::ChartSummaryFmt, lang), kpi::fy_both(y.fy, lang).c_str(),
                      kpi::format_value(y.plan, k, lang).c_str(), kpi::format_value(y.actual, k, lang).c_str(),
                      kpi::format_percent(kpi::achievement_ratio(k, y)).c_str(), status_label(kpi::year_status(k, y), lang));
        const std::string id = chart_id + ":" + std::to_string(y.fy);
        std::string full_name = name;
        if (const std::string gap = kpi::shortfall_text(k, y, lang); !gap.empty()) full_name += tr(Str::ClauseSep, lang) + gap;
        if (Semantic(id, Role::Button, full_name, 0, kpi::kpi_title(k, lang))) {
            tapped = tapped == i ? -1 : i;
            st->SetInt(tapped_id, tapped);
            st->SetFloat(pin_y_id, origin.y);
        }
        if (IsFocused(id)) focused_group = i;
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
    ImGui::Dummy(ImVec2(0, 0));

    // Baseline: dashed line with its value.
    const auto baseline = k.baseline_actual ? k.baseline_actual : k.baseline_plan;
    if (baseline && L.baseline_y) {
        const float yb = top + *L.baseline_y;
        DashedHLine(dl, left, right, yb, theme::kBaseline, kBaselineDash * s, theme::kStrokeMedium * s);
        // Its value is in the legend above the chart, so no label covers the bars.
    }

    // A tap (press and release on the chart) pins the tooltip of a year; a second tap on it unpins.
    if (released_on_chart) {
        tapped = (hover_group == tapped) ? -1 : hover_group;
        st->SetInt(tapped_id, tapped);
        st->SetFloat(pin_y_id, origin.y);
    }
    // Escape closes the tooltip: a pinned one, and the focused year's until focus moves on.
    const std::string& closed = app.ui.tooltip_closed_for;
    if (tapped >= 0 && !closed.empty() && (closed == "-" || closed.rfind(chart_id + ":", 0) == 0)) {
        tapped = -1;
        st->SetInt(tapped_id, -1);
    }
    if (focused_group >= 0 && closed == chart_id + ":" + std::to_string(k.years[focused_group].fy)) focused_group = -1;
    const bool touch = ImGui::GetIO().MouseSource == ImGuiMouseSource_TouchScreen;
    const bool follow_mouse = hover_group >= 0 && !touch;
    int tip = follow_mouse ? hover_group : focused_group >= 0 ? focused_group : tapped;
    // Pinned or focused: beside its year's column (clear of the focus ring drawn around it), inside
    // the part of the page the chart is seen in; none once that column has scrolled out of sight.
    constexpr float kTooltipBeside = 12;   // between the column (and its focus ring) and the tooltip
    constexpr float kMinSeen = 20;         // the column must show at least this much of its height
    if (tip >= 0 && tip < n && !follow_mouse) {
        const ImRect bounds = ImGui::GetCurrentWindow()->ClipRect;
        const ImGuiViewport* vp = ImGui::GetMainViewport();
        const float gx0 = left + group_w * tip, gx1 = gx0 + group_w;
        const float seen = std::min(bottom, bounds.Max.y) - std::max(top, bounds.Min.y);
        if (seen < kMinSeen * s) {
            tip = -1;
        } else {
            ImVec2 size(0, 0);   // the tooltip's size as last drawn (an estimate the first time)
            if (ImGuiWindow* tw = ImGui::FindWindowByName("##Tooltip_00")) size = tw->SizeFull;
            if (size.x <= 0) size = ImVec2(ImGui::GetFontSize() * 10, ImGui::GetFontSize() * 8);
            const float gap = kTooltipBeside * s;
            const float vp_l = vp->Pos.x + gap * 0.5f, vp_r = vp->Pos.x + vp->Size.x - gap * 0.5f;
            float x = gx1 + gap;                                      // right of the column...
            if (x + size.x > vp_r) x = gx0 - gap - size.x;            // ... or left of it ...
            if (x < vp_l) x = std::max(vp_l, std::min(vp_r - size.x, gx1 + gap));   // ... or over it, inside the screen
            float y = std::max(top + kTooltipDrop * s, bounds.Min.y + gap * 0.5f);
            if (y + size.y > bounds.Max.y - gap * 0.5f) y = std::max(bounds.Min.y + gap * 0.5f, bounds.Max.y - gap * 0.5f - size.y);
            ImGui::SetNextWindowPos(ImVec2(x, y), ImGuiCond_Always);
        }
    }
    if (tip >= 0 && tip < n) {
        YearTooltip(app, k, k.years[tip]);
        ReportTooltip(chart_id + ":" + std::to_string(k.years[tip].fy));
    }
    ImGui::PopID();
}

// --- [SECTION] table and legend ------------------------------------------------------------------
void ShowKpiTable(const AppState& app, const kpi::Kpi& k) {
    const kpi::Lang lang = app.view.lang;
    ImGui::PushID(&k);
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersOuterH;
    // The text of every cell, once: it sizes the columns and is then drawn.
    struct Row { std::string cells[4]; std::optional<kpi::Status> status; };
    std::vector<Row> rows;
    if (k.baseline_plan || k.baseline_actual)
        rows.push_back({{tr(Str::Baseline, lang), kpi::format_number(k.baseline_plan, k.decimals),
                         kpi::format_number(k.baseline_actual, k.decimals), ""}, std::nullopt});
    for (const auto& y : k.years)
        rows.push_back({{kpi::fy_short(y.fy, app.view.era), kpi::format_number(y.plan, k.decimals),
                         kpi::format_number(y.actual, k.decimals), kpi::format_percent(kpi::achievement_ratio(k, y))},
                        kpi::year_status(k, y)});

    // Numbers are never cut: every column is at least as wide as its widest cell. When the status
    // column does not fit (phones), it is left out; the chart and its % labels still show it.
    const char* headers[] = {tr(Str::TableFy, lang), tr(Str::Plan, lang), tr(Str::Actual, lang), tr(Str::TablePercent, lang), tr(Str::TableStatus, lang)};
    float col_w[5] = {};
    for (int c = 0; c < 5; ++c) col_w[c] = ImGui::CalcTextSize(headers[c]).x;
    for (const Row& r : rows) {
        for (int c = 0; c < 4; ++c) col_w[c] = std::max(col_w[c], ImGui::CalcTextSize(r.cells[c].c_str()).x);
        if (r.status) col_w[4] = std::max(col_w[4], StatusBadgeWidth(*r.status, lang));
    }
    const float pad = ImGui::GetStyle().CellPadding.x * 2;
    float needed = 0;
    for (int c = 0; c < 5; ++c) needed += col_w[c] + pad;
    // Narrower still (easy Japanese's longer words at 320 px): the % column goes too, as the status
    // did; the chart's % labels show it.
    const int cols = needed <= ContentWidth() ? 5 : needed - col_w[4] - pad <= ContentWidth() ? 4 : 3;
    if (ImGui::BeginTable("##values", cols, flags)) {
        for (int c = 0; c < cols; ++c)
            ImGui::TableSetupColumn(headers[c], ImGuiTableColumnFlags_WidthStretch, col_w[c] + pad);
        ImGui::TableHeadersRow();
        for (const Row& r : rows) {
            ImGui::TableNextRow(ImGuiTableRowFlags_None, kTableRowHeight * Scale());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(r.cells[0].c_str());
            for (int c = 1; c < std::min(cols, 4); ++c) {   // numbers right-aligned
                ImGui::TableNextColumn();
                const float tw = ImGui::CalcTextSize(r.cells[c].c_str()).x;
                const float avail = ImGui::GetContentRegionAvail().x;
                if (avail > tw) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - tw);
                ImGui::TextUnformatted(r.cells[c].c_str());
            }
            if (cols == 5 && r.status) {
                ImGui::TableNextColumn();
                StatusBadge(*r.status, lang);
            }
        }
        ImGui::EndTable();
    }
    // The drawn table's twin for screen readers: a real <table> with every row and column (also
    // when the table is scrolled out of sight, so the reader can reach it).
    SemanticContent(Role::Table, kpi::kpi_title(k, lang), 0, KpiTableHtml(app, k));
    ImGui::PopID();
}

void ShowChartLegend(const AppState& app, const kpi::Kpi& k) {
    const kpi::Lang lang = app.view.lang;
    const float s = Scale();
    const float sw = kSwatchSize * s;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    bool first = true;
    // In easy Japanese 「数字が ない」 has its readings over it: the other items of its line stand
    // as much lower, so the words of a line share one baseline.
    const std::string missing = std::string(kpi::kMissing) + " = " + tr_marked(Str::NoValue, lang);
    const float rise = MarkedTextSize(missing).y - ImGui::GetFontSize();
    float line_top = 0;
    auto flow = [&](float w, bool has_readings = false) {
        if (!first) {
            ImGui::SameLine(0, kLegendItemGap * s);
            if (!FitsOnLine(w)) ImGui::NewLine();
        }
        const ImVec2 p = ImGui::GetCursorScreenPos();
        if (first || std::fabs(p.y - (line_top + rise)) > 0.5f) line_top = p.y;   // (a new line)
        first = false;
        if (rise > 0) ImGui::SetCursorScreenPos(ImVec2(p.x, line_top + (has_readings ? 0.0f : rise)));
    };
    auto swatch = [&](int kind, const std::string& label) {
        flow(sw + (kDashSampleTrail + kSwatchTrail + kSwatchLabelGap) * s + ImGui::CalcTextSize(label.c_str()).x);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float fh = ImGui::GetFontSize();
        const ImVec2 a(p.x, p.y + (fh - sw) * 0.5f), b(p.x + sw, p.y + (fh + sw) * 0.5f);
        if (kind == 0) { dl->AddRectFilled(a, b, theme::kPlan); dl->AddRect(a, b, theme::kPlanEdge, 0, 0, theme::kStrokeMedium); }
        if (kind == 1) dl->AddRectFilled(a, b, theme::kActual);
        if (kind == 2)
            DashedHLine(dl, a.x, b.x + kDashSampleTrail * s, (a.y + b.y) * 0.5f, theme::kBaseline, kLegendDash * s, theme::kStrokeMedium * s);
        ImGui::Dummy(ImVec2(sw + (kind == 2 ? (kDashSampleTrail + kSwatchTrail) * s : kSwatchTrail * s), fh));
        ImGui::SameLine(0, kSwatchLabelGap * s);
        ImGui::TextUnformatted(label.c_str());
    };
    swatch(0, tr(Str::Plan, lang));
    swatch(1, tr(Str::Actual, lang));
    const auto baseline = k.baseline_actual ? k.baseline_actual : k.baseline_plan;
    if (baseline) swatch(2, std::string(tr(Str::Baseline, lang)) + " " + kpi::format_number(baseline, k.decimals));
    flow(MarkedTextSize(missing).x, true);
    MarkedText(missing, theme::kNoActual);
}

} // namespace ui
