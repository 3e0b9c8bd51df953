// Filters: grant year, application type, KPI status, unit, and a search box. Every choice shows
// how many projects it would leave; "clear" is one tap. A side panel on wide screens, a sheet on
// phones (see app_view.cpp).
#include "core/format.h"
#include "core/query.h"
#include "ui/strings.h"
#include "ui/theme.h"
#include "ui/views.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <cstdio>

namespace ui {
namespace {

// Chips flow onto new lines when they don't fit.
bool FlowChip(AppState& app, const std::string& label, bool selected, const char* id) {
    const float need = ImGui::CalcTextSize(label.c_str()).x + 28 * Scale();
    if (!FitsOnLine(need)) ImGui::NewLine();
    const bool pressed = Chip(label.c_str(), selected, id);
    Target(app, std::string("filter:") + id);
    ImGui::SameLine(0, 6 * Scale());
    return pressed;
}

std::string with_count(const std::string& label, int n) { return label + " (" + std::to_string(n) + ")"; }

void Section(const char* title) {
    VSpace(6);
    ImGui::TextColored(theme::to_vec4(theme::kMuted), "%s", title);
}

void SearchBox(AppState& app) {
    const std::string& lang = app.view.lang;
    const float s = Scale();
    ImGui::TextColored(theme::to_vec4(theme::kMuted), "%s", tr(Str::Search, lang));
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s", app.view.filters.query.c_str());
    ImGui::SetNextItemWidth(-1);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12 * s, (theme::kTouchTarget * s - ImGui::GetFontSize()) * 0.5f));
    if (ImGui::InputTextWithHint("##q", tr(Str::SearchHint, lang), buf, sizeof buf)) app.view.filters.query = buf;
    ImGui::PopStyleVar();
    Target(app, "search");
    if (ImGui::IsItemActive()) app.requests.text_input = true;   // raises the on-screen keyboard
}

} // namespace

void ShowFilterPanel(AppState& app) {
    const kpi::Dataset& d = *app.dataset;
    const std::string& lang = app.view.lang;
    kpi::Filters& f = app.view.filters;

    if (!app.kiosk.active) SearchBox(app);   // kiosk: no keyboard, so no text fields

    Section(tr(Str::GrantYear, lang));
    if (FlowChip(app, tr(Str::All, lang), !f.adopted_fy, "fy:all")) f.adopted_fy.reset();
    for (const auto& c : kpi::fy_choices(d, f)) {
        const std::string id = "fy:" + std::to_string(c.fy);
        if (FlowChip(app, with_count(kpi::fy_short(c.fy, app.view.era), c.count), f.adopted_fy == c.fy, id.c_str()))
            f.adopted_fy = (f.adopted_fy == c.fy) ? std::nullopt : std::optional<int>(c.fy);
    }
    ImGui::NewLine();

    Section(tr(Str::Application, lang));
    if (FlowChip(app, tr(Str::All, lang), !f.application, "app:all")) f.application.reset();
    for (const auto& c : kpi::app_choices(d, f)) {
        const char* label = c.app == kpi::Application::Joint ? tr(Str::Joint, lang) : tr(Str::Single, lang);
        if (FlowChip(app, with_count(label, c.count), f.application == c.app, (std::string("app:") + kpi::to_string(c.app)).c_str()))
            f.application = (f.application == c.app) ? std::nullopt : std::optional<kpi::Application>(c.app);
    }
    ImGui::NewLine();

    Section(tr(Str::Status, lang));
    if (FlowChip(app, tr(Str::All, lang), !f.status, "status:all")) f.status.reset();
    for (const auto& c : kpi::status_choices(d, f)) {
        if (FlowChip(app, with_count(status_label(c.status, lang), c.count), f.status == c.status, (std::string("status:") + kpi::to_string(c.status)).c_str()))
            f.status = (f.status == c.status) ? std::nullopt : std::optional<kpi::Status>(c.status);
    }
    ImGui::NewLine();

    Section(tr(Str::Unit, lang));
    if (FlowChip(app, tr(Str::All, lang), f.unit.empty(), "unit:all")) f.unit.clear();
    for (const auto& c : kpi::unit_choices(d, f)) {
        const std::string id = "unit:" + c.unit_ja;
        if (FlowChip(app, with_count(c.unit ? c.unit->in(lang) : c.unit_ja, c.count), f.unit == c.unit_ja, id.c_str()))
            f.unit = (f.unit == c.unit_ja) ? std::string() : c.unit_ja;
    }
    ImGui::NewLine();

    Section(tr(Str::YearDisplay, lang));
    if (FlowChip(app, tr(Str::EraChip, lang), app.view.era == kpi::EraStyle::Japanese, "era:ja"))
        app.view.era = kpi::EraStyle::Japanese;
    if (FlowChip(app, tr(Str::WesternChip, lang), app.view.era == kpi::EraStyle::Western, "era:western"))
        app.view.era = kpi::EraStyle::Western;
    ImGui::NewLine();

    VSpace(10);
    ImGui::BeginDisabled(f.empty());
    const bool clear = TouchButton(tr(Str::ClearFilters, lang), -1);
    Target(app, "filter:clear");
    if (clear) f = kpi::Filters{};
    ImGui::EndDisabled();
}

} // namespace ui
