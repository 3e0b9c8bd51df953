#include "ui/status_terms.h"

#include "core/format.h"
#include "ui/app_state.h"
#include "ui/semantics.h"
#include "ui/strings.h"
#include "ui/text_layout.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace ui {

const char* status_label(kpi::Status s, kpi::Lang lang) {
    switch (s) {
    case kpi::Status::Met: return tr(Str::Met, lang);
    case kpi::Status::NotMet: return tr(Str::NotMet, lang);
    case kpi::Status::NoActual: return tr(Str::NoActual, lang);
    case kpi::Status::NoTarget: return tr(Str::NoTarget, lang);
    }
    return "";
}

float StatusBadgeWidth(kpi::Status s, kpi::Lang lang) {
    return TagWidth(status_label(s, lang));
}


void StatusBadge(kpi::Status s, kpi::Lang lang) {
    const ImU32 c = theme::status_colour(s);
    // Solid colour with white text for met / not met; outlined for the two "cannot judge" states.
    if (s == kpi::Status::Met || s == kpi::Status::NotMet) {
        Tag(status_label(s, lang), theme::kOnAccent, c);
    } else {
        Tag(status_label(s, lang), c, theme::badge_tint(c));
    }
}

const char* term_label(Term term, kpi::Lang lang) {
    if (term == Term::Achievement) return tr(Str::Achievement, lang);
    if (term == Term::OutOfPeriod) return tr(Str::OutOfPeriod, lang);
    return status_label(static_cast<kpi::Status>(term), lang);
}

const char* term_explanation(Term term, kpi::Lang lang) {
    switch (term) {
    case Term::Met: return tr(Str::ExplainMet, lang);
    case Term::NotMet: return tr(Str::ExplainNotMet, lang);
    case Term::NoActual: return tr(Str::ExplainNoActual, lang);
    case Term::NoTarget: return tr(Str::ExplainNoTarget, lang);
    case Term::Achievement: return tr(Str::ExplainAchievement, lang);
    case Term::OutOfPeriod: return tr(Str::ExplainOutOfPeriod, lang);
    }
    return "";
}

void TermBadge(AppState& app, Term term, const std::string& id, const std::string& context, const std::string& group) {
    const kpi::Lang lang = app.view.lang;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (!is_status(term)) {
        const std::string label = std::string(term_label(term, lang)) + " ?";
        Tag(label.c_str(), theme::kAccent, theme::kAccentSoft);
    } else {
        StatusBadge(static_cast<kpi::Status>(term), lang);
    }
    const ImVec2 size = ImGui::GetItemRectSize();
    const bool open = app.ui.explain_id == id;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // A dotted underline says "there is more here" (colour alone would not). Unscaled hairline dots.
    constexpr float kDotInset = 3, kDotPitch = 4, kDotLength = 2, kDotDrop = 1;
    const float dot_y = p.y + size.y + kDotDrop;
    for (float x = p.x + kDotInset; x < p.x + size.x - kDotInset; x += kDotPitch)
        dl->AddLine(ImVec2(x, dot_y), ImVec2(std::min(x + kDotLength, p.x + size.x - kDotInset), dot_y), theme::kMuted, 1.0f);
    ImGui::SetCursorScreenPos(p);
    ImGui::PushID(id.c_str());
    bool pressed = ImGui::InvisibleButton("##term", size);
    ImGui::PopID();
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    char name[256];
    std::snprintf(name, sizeof name, tr(Str::WhatStatusMeans, lang), term_label(term, lang));
    const std::string full = context.empty() ? std::string(name) : context + tr(Str::LabelSep, lang) + name;
    pressed |= Semantic(id, Role::Button, full, kSemExpandable | (open ? kSemExpanded : 0), group);
    if (pressed) {
        if (open) {
            app.ui.explain_id.clear();
        } else {
            app.ui.explain_id = id;
            app.ui.explain_term = term;
        }
    }
}

void TermExplanation(AppState& app, const std::string& scope) {
    if (app.ui.explain_id.empty() || app.ui.explain_id.rfind(scope, 0) != 0) return;
    const kpi::Lang lang = app.view.lang;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kAccentSoft);
    BeginCard(("##explain" + scope).c_str(), theme::kAccent);
    TextBlock(term_label(app.ui.explain_term, lang), theme::kAccent);
    Wrapped(term_explanation(app.ui.explain_term, lang));
    // The close button belongs to the badge that opened the explanation.
    if (TouchButton(tr(Str::Close, lang), 0.0f, app.ui.explain_id + ":close")) {
        app.ui.explain_id.clear();
    }
    EndCard();
    ImGui::PopStyleColor();
}

void StatusLegend(AppState& app, const std::string& scope, bool out_of_period) {
    const kpi::Lang lang = app.view.lang;
    const float s = Scale();
    const std::string group = tr(Str::Legend, lang);
    bool first = true;
    auto item = [&](Term term, const std::string& key) {
        const float w = !is_status(term) ? TagWidth((std::string(term_label(term, lang)) + " ?").c_str())
                                                 : StatusBadgeWidth(static_cast<kpi::Status>(term), lang);
        if (!first) {
            ImGui::SameLine(0, theme::kGapM * s);
            if (!FitsOnLine(w)) ImGui::NewLine();
        }
        first = false;
        TermBadge(app, term, scope + key, {}, group);
    };
    for (kpi::Status st : kpi::kAllStatuses) item(term_of(st), kpi::to_string(st));
    item(Term::Achievement, "achievement");
    if (out_of_period) item(Term::OutOfPeriod, "out-of-period");
    VSpace(theme::kGap2xs);
    TermExplanation(app, scope);
}

} // namespace ui
