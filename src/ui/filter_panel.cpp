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

#include <algorithm>
#include <cstdio>

namespace ui {
namespace {

// Chips flow onto new lines when they don't fit. `group` is the section's title: arrow keys move
// within it and screen readers announce it.
bool FlowChip(const std::string& label, bool selected, const std::string& id, const std::string& group) {
    const float need = ImGui::CalcTextSize(label.c_str()).x + 28 * Scale();
    if (!FitsOnLine(need)) ImGui::NewLine();
    const bool pressed = Chip(label.c_str(), selected, "filter:" + id, Role::Toggle, group);
    ImGui::SameLine(0, 6 * Scale());
    return pressed;
}

// Every chip counts projects ("達成 (1)"), unlike the overview's KPI counts: each section's title
// (also the chips' group name, which screen readers say) says so.
std::string with_count(const std::string& label, int n, const std::string& lang) {
    char buf[256];
    std::snprintf(buf, sizeof buf, tr(Str::ChipCountFmt, lang), label.c_str(), n);
    return buf;
}

std::string counted(Str title, const std::string& lang) { return std::string(tr(title, lang)) + tr(Str::SectionCountsProjects, lang); }

void Section(const char* title) {
    VSpace(6);
    ImGui::TextColored(theme::to_vec4(theme::kMuted), "%s", title);
}

// The search field is drawn here and typed into through its DOM twin, a real <input> placed over
// it (platform/imgui_impl_web.*): the IME, paste, undo and the phone keyboard are the browser's.
// The composing (IME) text is drawn underlined and does not filter until it is committed.
void SearchBox(AppState& app) {
    const std::string& lang = app.view.lang;
    const float s = Scale();
    const std::string id = "search";
    ImGui::TextColored(theme::to_vec4(theme::kMuted), "%s", tr(Str::Search, lang));
    const FrameInput::Text& t = CurrentInput().text;
    // The DOM twin's last report: applied when it changed, and drawn while it still matches the
    // query (a query changed elsewhere, e.g. "clear", wins; the twin then follows it).
    std::string shown = app.view.filters.query;   // committed + composing text
    int comp_b = -1, comp_e = -1, caret = static_cast<int>(shown.size());
    if (t.id == id) {
        const int n = static_cast<int>(t.value.size());
        const bool composing = t.comp_begin >= 0 && t.comp_end > t.comp_begin && t.comp_end <= n;
        const std::string committed = composing ? t.value.substr(0, t.comp_begin) + t.value.substr(t.comp_end) : t.value;
        if (t.changed) app.view.filters.query = committed;
        if (committed == app.view.filters.query) {
            shown = t.value;
            caret = std::clamp(t.caret, 0, n);
            if (composing) {
                comp_b = t.comp_begin;
                comp_e = t.comp_end;
                CurrentOutput().preedit = shown.substr(comp_b, comp_e - comp_b);
            }
        }
    }
    const bool focused = IsFocused(id);

    const float h = theme::kTouchTarget * s;
    const float w = ContentWidth();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 b(p.x + w, p.y + h);
    dl->AddRectFilled(p, b, theme::kCard, 8 * s);
    dl->AddRect(p, b, focused ? theme::kAccent : theme::kControlBorder, 8 * s, 0, focused ? 2.0f * s : 1.0f * s);
    const float pad = 12 * s;
    const float ty = p.y + (h - ImGui::GetFontSize()) * 0.5f;
    const ImVec4 clip(p.x + pad, p.y, b.x - pad, b.y);
    dl->PushClipRect(ImVec2(clip.x, clip.y), ImVec2(clip.z, clip.w), true);
    if (shown.empty()) {
        dl->AddText(ImVec2(clip.x, ty), theme::kMuted, tr(Str::SearchHint, lang));
    } else {
        const char* txt = shown.c_str();
        // Keep the caret in view when the text is longer than the field.
        const float caret_x = ImGui::CalcTextSize(txt, txt + caret).x;
        const float shift = std::max(0.0f, caret_x - (clip.z - clip.x) + 4 * s);
        const float x0 = clip.x - shift;
        dl->AddText(ImVec2(x0, ty), theme::kText, txt);
        if (comp_b >= 0) {
            const float u0 = x0 + ImGui::CalcTextSize(txt, txt + comp_b).x;
            const float u1 = x0 + ImGui::CalcTextSize(txt, txt + comp_e).x;
            const float uy = ty + ImGui::GetFontSize() + 2 * s;
            dl->AddLine(ImVec2(u0, uy), ImVec2(u1, uy), theme::kText, 2.0f * s);
        }
        if (focused) {
            const float cx = x0 + caret_x;
            dl->AddLine(ImVec2(cx, ty - 2 * s), ImVec2(cx, ty + ImGui::GetFontSize() + 2 * s), theme::kText, 1.5f * s);
        }
    }
    if (shown.empty() && focused)
        dl->AddLine(ImVec2(clip.x, ty - 2 * s), ImVec2(clip.x, ty + ImGui::GetFontSize() + 2 * s), theme::kText, 1.5f * s);
    dl->PopClipRect();
    Semantic(id, Role::TextField, tr(Str::Search, lang), 0, {}, app.view.filters.query, tr(Str::SearchHint, lang));
}

} // namespace

void ShowFilterPanel(AppState& app) {
    const kpi::Dataset& d = *app.dataset;
    const std::string& lang = app.view.lang;
    kpi::Filters& f = app.view.filters;

    if (!app.kiosk.active) SearchBox(app);   // kiosk: no keyboard, so no text fields

    std::string g = counted(Str::GrantYear, lang);
    Section(g.c_str());
    if (FlowChip(tr(Str::All, lang), !f.adopted_fy, "fy:all", g)) f.adopted_fy.reset();
    for (const auto& c : kpi::fy_choices(d, f)) {
        const std::string id = "fy:" + std::to_string(c.fy);
        if (FlowChip(with_count(kpi::fy_short(c.fy, app.view.era), c.count, lang), f.adopted_fy == c.fy, id, g))
            f.adopted_fy = (f.adopted_fy == c.fy) ? std::nullopt : std::optional<int>(c.fy);
    }
    ImGui::NewLine();

    g = counted(Str::Application, lang);
    Section(g.c_str());
    if (FlowChip(tr(Str::All, lang), !f.application, "app:all", g)) f.application.reset();
    for (const auto& c : kpi::app_choices(d, f)) {
        const char* label = c.app == kpi::Application::Joint ? tr(Str::Joint, lang) : tr(Str::Single, lang);
        if (FlowChip(with_count(label, c.count, lang), f.application == c.app, std::string("app:") + kpi::to_string(c.app), g))
            f.application = (f.application == c.app) ? std::nullopt : std::optional<kpi::Application>(c.app);
    }
    ImGui::NewLine();

    g = counted(Str::Status, lang);
    Section(g.c_str());
    if (FlowChip(tr(Str::All, lang), !f.status, "status:all", g)) f.status.reset();
    for (const auto& c : kpi::status_choices(d, f)) {
        if (FlowChip(with_count(status_label(c.status, lang), c.count, lang), f.status == c.status, std::string("status:") + kpi::to_string(c.status), g))
            f.status = (f.status == c.status) ? std::nullopt : std::optional<kpi::Status>(c.status);
    }
    ImGui::NewLine();

    g = counted(Str::Unit, lang);
    Section(g.c_str());
    if (FlowChip(tr(Str::All, lang), f.unit.empty(), "unit:all", g)) f.unit.clear();
    for (const auto& c : kpi::unit_choices(d, f)) {
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

    VSpace(10);
    ImGui::BeginDisabled(f.empty());
    if (TouchButton(tr(Str::ClearFilters, lang), -1, "filter:clear")) f = kpi::Filters{};
    ImGui::EndDisabled();
}

} // namespace ui
