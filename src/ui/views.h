// One function per view. Each reads and updates the AppState; none talks to the browser.
#pragma once

#include "ui/app_state.h"

namespace ui {

void ShowApp(AppState& app);             // root: layout by width, routes to the views below

void ShowTopBar(AppState& app, bool wide);
void ShowOverview(AppState& app, bool wide);
void ShowProject(AppState& app, const kpi::Project& project, bool wide);
void ShowCompare(AppState& app, bool wide);
void ShowFilterPanel(AppState& app, bool as_sheet);
void ShowDataError(AppState& app);       // error panel over whatever is shown
void ShowLoading(AppState& app);

// KPI chart (grouped plan/actual bars, baseline, gaps) and the table of the plotted numbers.
void ShowKpiChart(const AppState& app, const kpi::Kpi& kpi, float height);
void ShowKpiTable(const AppState& app, const kpi::Kpi& kpi);
void ShowChartLegend(const AppState& app, const kpi::Kpi& kpi);

} // namespace ui
