// One function per view. Each reads and updates the AppState; none talks to the browser.
#pragma once

#include "ui/app_state.h"

namespace ui {

void ShowApp(AppState& app);             // root: layout by width, routes to the views below

void ShowTopBar(AppState& app, bool wide);
void ShowOverview(AppState& app, bool wide);
void ShowProject(AppState& app, const kpi::Project& project, bool wide);
void ShowCompare(AppState& app, bool wide);
void ShowFilterPanel(AppState& app);   // side panel (wide) or sheet (phones)
void ShowDataError(AppState& app);
void ShowSharePanel(AppState& app, bool wide);   // link, copy, Web Share, QR code, downloads
void ShowEmbed(AppState& app);                   // ?embed=1: one chart and a link to the full view
void ShowKioskOverlay(AppState& app);            // kiosk: QR card, pause/resume, reset countdown
constexpr float kKioskCardWidth = 300.0f;        // CSS px at scale 1
// A QR code of `text`, `size` CSS px square including its quiet zone. False if it cannot encode.
bool DrawQrCode(const std::string& text, float size);
// The current view as plain, escaped HTML for screen readers (web/glue.js shows it in <main>).
std::string AccessibleHtml(const AppState& app);       // error panel over whatever is shown
void ShowLoading(AppState& app);

// KPI chart (grouped plan/actual bars, baseline, gaps) and the table of the plotted numbers.
void ShowKpiChart(AppState& app, const kpi::Kpi& kpi, float height);
void ShowKpiTable(const AppState& app, const kpi::Kpi& kpi);
void ShowChartLegend(const AppState& app, const kpi::Kpi& kpi);

} // namespace ui
