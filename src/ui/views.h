// One function per view. Each reads and updates the AppState; none talks to the browser.
#pragma once

#include "core/document.h"   // QrModules

#include "ui/app_state.h"
#include "ui/semantics.h"

namespace ui {

// Root: layout by width, routes to the views below. `in` is what the browser layer reported
// (activations, focus, Escape, text); `out` receives this frame's semantics (ui/semantics.h).
void ShowApp(AppState& app, const FrameInput& in, FrameOutput& out);
std::string PageTitle(const AppState& app);   // "<view> | <dataset title>"

void ShowTopBar(AppState& app, bool wide);
void ShowOverview(AppState& app, bool wide);
void ShowProject(AppState& app, const kpi::Project& project, bool wide);
void ShowCompare(AppState& app, bool wide);
void ShowFilterPanel(AppState& app);   // side panel (wide) or sheet (phones)
void ShowDataError(AppState& app);
void ShowSharePanel(AppState& app, bool wide);   // link, copy, Web Share, QR code, downloads
void ShowEmbed(AppState& app);                   // ?embed=1: one chart and a link to the full view
void ShowKioskOverlay(AppState& app);            // kiosk: QR card, pause/resume, reset countdown
// A QR code of `text`, `size` CSS px square including its quiet zone. False if it cannot encode.
bool DrawQrCode(const std::string& text, float size);
// The modules of `text`'s QR code (size 0 when it is too long for any QR version), for the document.
kpi::QrModules QrModulesOf(const std::string& text);
// A KPI's numbers as an HTML table (escaped) for the screen-reader twin of the drawn table.
std::string KpiTableHtml(const AppState& app, const kpi::Kpi& k);
// One sentence for a KPI chart: its latest year with data, plan, actual, % and status.
std::string KpiChartSummary(const AppState& app, const kpi::Kpi& k);
void ShowLoading(AppState& app);
void ShowPublishPanel(AppState& app);            // ?publish=1: open a report, see problems, save JSON
// Sites with several datasets (data/index.json): the button that opens the picker, and the picker.
bool ShowDatasetPickerButton(AppState& app);     // true when pressed
void ShowDatasetPicker(AppState& app);

// KPI chart (grouped plan/actual bars, baseline, gaps) and the table of the plotted numbers.
void ShowKpiChart(AppState& app, const kpi::Kpi& kpi, float height);
void ShowKpiTable(const AppState& app, const kpi::Kpi& kpi);
void ShowChartLegend(const AppState& app, const kpi::Kpi& kpi);

} // namespace ui
