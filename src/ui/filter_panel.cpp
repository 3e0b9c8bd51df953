// Filters: grant year, application type, KPI status, unit, and a search box. Every choice shows
// how many projects it would leave; "clear" is one tap. A side panel on wide screens, a sheet on
// phones (see app_view.cpp).
#include "core/format.h"
#include "core/query.h"
#include "ui/status_terms.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <cstdio>

namespace ui {
namespace {

// Chips flow onto new lines when they don't fit. `group` is the section's title: arrow keys move
// within it and screen readers announce it.
bool FlowChip(const std::string& label, bool selected, const std::string& id, const std::string& group) {
    if (!FitsOnLine(ChipWidth(label.c_str()))) ImGui::NewLine();
    const bool pressed = Chip(label.c_str(), selected, "filter:" + id, Role::Toggle, group);
    ImGui::SameLine(0, theme::kChipGap * Scale());
    return pressed;
}

// Every chip counts projects ("達成 (1)"), unlike the overview's KPI counts: each section's title
// (also the chips' group name, which screen readers say) says so.
std::string with_count(const std::string& label, int n, kpi::Lang lang) {
    char buf[256];
    std::snprintf(buf, sizeof buf, tr(Str::ChipCountFmt, lang), label.c_str(), n);
    return buf;
}

std::string counted(Str title, kpi::Lang lang) { return std::string(tr(title, lang)) + tr(Str::SectionCountsProjects, lang); }

void Section(const char* title) {
    VSpace(theme::kGapS);
    TextBlock(title, theme::kMuted, 0.0f, false);   // (wraps: said as the name of its chips' group)
}

void SearchBox(AppState& app) {
    const kpi::Lang lang = app.view.lang;
    TextField("search", tr(Str::Search, lang), tr(Str::SearchHint, lang), app.view.filters.query);
}

} // namespace

void ShowFilterPanel(AppState& app) {
    const kpi::Lang lang = app.view.lang;
    kpi::Filters& f = app.view.filters;

    if (app.has_text_fields()) SearchBox(app);   // kiosk: no keyboard, so no text fields

    std::string g = counted(Str::GrantYear, lang);
    Section(g.c_str());
    if (FlowChip(tr(Str::All, lang), !f.adopted_fy, "fy:all", g)) f.adopted_fy.reset();
    for (const auto& c : std::vector(app.filtered().fy)) {   // (a copy: a tap changes the filters)
        const std::string id = "fy:" + std::to_string(c.fy);
        if (FlowChip(with_count(kpi::fy_short(c.fy, app.view.era), c.count, lang), f.adopted_fy == c.fy, id, g))
            f.adopted_fy = (f.adopted_fy == c.fy) ? std::nullopt : std::optional<int>(c.fy);
    }
    ImGui::NewLine();

    g = counted(Str::Application, lang);
    Section(g.c_str());
    if (FlowChip(tr(Str::All, lang), !f.application, "app:all", g)) f.application.reset();
    for (const auto& c : std::vector(app.filtered().app)) {   // (a copy: a tap changes the filters)
        const char* label = c.app == kpi::Application::Joint ? tr(Str::Joint, lang) : tr(Str::Single, lang);
        if (FlowChip(with_count(label, c.count, lang), f.application == c.app, std::string("app:") + kpi::to_string(c.app), g))
            f.application = (f.application == c.app) ? std::nullopt : std::optional<kpi::Application>(c.app);
    }
    ImGui::NewLine();

    g = std::string(tr(Str::Status, lang)) + tr(Str::StatusCountsProjects, lang);   // a project counts under each status it has
    Section(g.c_str());
    if (FlowChip(tr(Str::All, lang), !f.status, "status:all", g)) f.status.reset();
    for (const auto& c : std::vector(app.filtered().status)) {   // (a copy: a tap changes the filters)
        if (FlowChip(with_count(status_label(c.status, lang), c.count, lang), f.status == c.status, std::string("status:") + kpi::to_string(c.status), g))
            f.status = (f.status == c.status) ? std::nullopt : std::optional<kpi::Status>(c.status);
    }
    ImGui::NewLine();

    g = counted(Str::Unit, lang);
    Section(g.c_str());
    if (FlowChip(tr(Str::All, lang), f.unit.empty(), "unit:all", g)) f.unit.clear();
    for (const auto& c : std::vector(app.filtered().unit)) {   // (a copy: a tap changes the filters)
        const std::string id = "unit:" + c.unit_ja;
        if (FlowChip(with_count(c.unit ? c.unit->in(lang) : c.unit_ja, c.count, lang), f.unit == c.unit_ja, id, g))
            f.unit = (f.unit == c.unit_ja) ? std::string() : c.unit_ja;
    }
    ImGui::NewLine();

    Section(tr(Str::YearDisplay, lang));
    g = tr(Str::YearDisplay, lang);
    if (FlowChip(tr(Str::EraChip, lang), app.view.era == kpi::EraStyle::Japanese, "era:ja", g))
        app.view.era = kpi::EraStyle::Japanese, app.view.era_chosen = true;
    if (FlowChip(tr(Str::WesternChip, lang), app.view.era == kpi::EraStyle::Western, "era:western", g))
        app.view.era = kpi::EraStyle::Western, app.view.era_chosen = true;
    ImGui::NewLine();

    VSpace(theme::kBlockGap);
    ImGui::BeginDisabled(f.empty());
    if (TouchButton(tr(Str::ClearFilters, lang), -1, "filter:clear")) f = kpi::Filters{};
    ImGui::EndDisabled();
}

} // namespace ui
