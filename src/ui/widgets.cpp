#include "ui/widgets.h"

#include "core/format.h"
#include "ui/strings.h"
#include "ui/theme.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <cstdio>

namespace ui {

float Scale() { return ImGui::GetStyle().FontScaleMain; }
float ContentWidth() { return ImGui::GetContentRegionAvail().x; }
bool FitsOnLine(float width) { return ImGui::GetContentRegionAvail().x >= width; }
void VSpace(float px) { ImGui::Dummy(ImVec2(1, px * Scale())); }
float ChipWidth(const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x + 2 * theme::kControlPaddingX * Scale(); }
float TagWidth(const char* text) { return ImGui::CalcTextSize(text).x + theme::kTagPaddingX * Scale() * 2; }

bool Chip(const char* label, bool selected, const std::string& id, Role role, const std::string& group) {
    ImGui::PushID(id.c_str());
    const float h = theme::kTouchTarget * Scale();
    const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
    const ImVec2 size(text.x + 2 * theme::kControlPaddingX * Scale(), h);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton("##chip", size);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad_y = theme::kChipInsetY * Scale();
    const ImVec2 a(p.x, p.y + pad_y), b(p.x + size.x, p.y + size.y - pad_y);
    const float r = (b.y - a.y) * 0.5f;
    if (selected) {
        dl->AddRectFilled(a, b, theme::kAccent, r);
    } else {
        dl->AddRectFilled(a, b, hovered ? theme::kAccentSoft : theme::kCard, r);
        dl->AddRect(a, b, theme::kControlBorder, r, 0, 1.0f);
    }
    dl->AddText(ImVec2(p.x + theme::kControlPaddingX * Scale(), p.y + (size.y - text.y) * 0.5f),
                selected ? theme::kOnAccent : theme::kText, label, ImGui::FindRenderedTextEnd(label));
    ImGui::PopID();
    const bool activated = Semantic(id, role, std::string(label, ImGui::FindRenderedTextEnd(label)),
                                    selected ? kSemSelected : 0, group);
    return pressed || activated;
}

bool TextField(const std::string& id, const char* label, const char* hint, std::string& value) {
    constexpr float kCaretRise = 2;     // the caret reaches this far above and below the text
    constexpr float kCaretMargin = 4;   // room kept right of the caret when the text scrolls
    constexpr float kUnderlineGap = 2;  // the IME underline, below the text
    const float s = Scale();
    ImGui::TextColored(theme::to_vec4(theme::kMuted), "%s", label);
    const FrameInput::Text& t = CurrentInput().text;
    // The DOM twin's last report: applied when it changed, and drawn while it still matches the
    // value (a value changed elsewhere, e.g. "clear", wins; the twin then follows it).
    const std::string before = value;
    std::string shown = value;   // committed + composing text
    int comp_b = -1, comp_e = -1, caret = static_cast<int>(shown.size());
    if (t.id == id) {
        const int n = static_cast<int>(t.value.size());
        const bool composing = t.comp_begin >= 0 && t.comp_end > t.comp_begin && t.comp_end <= n;
        const std::string committed = composing ? t.value.substr(0, t.comp_begin) + t.value.substr(t.comp_end) : t.value;
        if (t.changed) value = committed;
        if (committed == value) {
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
    dl->AddRectFilled(p, b, theme::kCard, theme::kFieldRadius * s);
    dl->AddRect(p, b, focused ? theme::kAccent : theme::kControlBorder, theme::kFieldRadius * s, 0,
                focused ? theme::kStrokeBold * s : theme::kStrokeThin * s);
    const float pad = theme::kFieldPaddingX * s;
    const float ty = p.y + (h - ImGui::GetFontSize()) * 0.5f;
    const ImVec4 clip(p.x + pad, p.y, b.x - pad, b.y);
    const float caret_h = ImGui::GetFontSize() + 2 * kCaretRise * s;
    dl->PushClipRect(ImVec2(clip.x, clip.y), ImVec2(clip.z, clip.w), true);
    if (shown.empty()) {
        dl->AddText(ImVec2(clip.x, ty), theme::kMuted, hint);
        if (focused) dl->AddLine(ImVec2(clip.x, ty - kCaretRise * s), ImVec2(clip.x, ty - kCaretRise * s + caret_h), theme::kText,
                                theme::kStrokeMedium * s);
    } else {
        const char* txt = shown.c_str();
        // Keep the caret in view when the text is longer than the field.
        const float caret_x = ImGui::CalcTextSize(txt, txt + caret).x;
        const float shift = std::max(0.0f, caret_x - (clip.z - clip.x) + kCaretMargin * s);
        const float x0 = clip.x - shift;
        dl->AddText(ImVec2(x0, ty), theme::kText, txt);
        if (comp_b >= 0) {
            const float u0 = x0 + ImGui::CalcTextSize(txt, txt + comp_b).x;
            const float u1 = x0 + ImGui::CalcTextSize(txt, txt + comp_e).x;
            const float uy = ty + ImGui::GetFontSize() + kUnderlineGap * s;
            dl->AddLine(ImVec2(u0, uy), ImVec2(u1, uy), theme::kText, theme::kStrokeBold * s);
        }
        if (focused) dl->AddLine(ImVec2(x0 + caret_x, ty - kCaretRise * s), ImVec2(x0 + caret_x, ty - kCaretRise * s + caret_h),
                                theme::kText, theme::kStrokeMedium * s);
    }
    dl->PopClipRect();
    Semantic(id, Role::TextField, label, 0, {}, value, hint);
    return value != before;
}

bool TextLink(const char* label, const std::string& id, const std::string& href) {
    const float s = Scale();
    const ImVec2 ts = ImGui::CalcTextSize(label);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = std::max(ts.y, theme::kTouchTarget * s);
    ImGui::PushID(id.c_str());
    const bool pressed = ImGui::InvisibleButton("##link", ImVec2(ts.x, h));
    ImGui::PopID();
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float ty = p.y + (h - ts.y) * 0.5f;
    dl->AddText(ImVec2(p.x, ty), theme::kAccent, label);
    constexpr float kUnderlineGap = 1;   // below the text, unscaled
    dl->AddLine(ImVec2(p.x, ty + ts.y + kUnderlineGap), ImVec2(p.x + ts.x, ty + ts.y + kUnderlineGap), theme::kAccent,
                theme::kStrokeThin * s);
    return Semantic(id, Role::Link, label, 0, {}, href) || pressed;
}

bool TouchButton(const char* label, float width, const std::string& id, unsigned flags) {
    const float h = theme::kTouchTarget * Scale();
    ImGui::PushStyleColor(ImGuiCol_Border, theme::kControlBorder);
    const bool pressed = ImGui::Button(label, ImVec2(width, h));
    ImGui::PopStyleColor();
    const bool activated = Semantic(id, Role::Button, std::string(label, ImGui::FindRenderedTextEnd(label)),
                                    flags | (ImGui::GetItemFlags() & ImGuiItemFlags_Disabled ? kSemDisabled : 0));
    return pressed || activated;
}

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

void Tag(const char* text, ImU32 text_col, ImU32 bg_col) {
    const ImVec2 ts = ImGui::CalcTextSize(text);
    const ImVec2 pad(theme::kTagPaddingX * Scale(), theme::kTagPaddingY * Scale());
    const ImVec2 size(ts.x + pad.x * 2, ts.y + pad.y * 2);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), bg_col, theme::kTagRadius * Scale());
    dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), text_col, text);
    ImGui::Dummy(size);
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

const char* term_label(int term, kpi::Lang lang) {
    if (term == kTermAchievement) return tr(Str::Achievement, lang);
    if (term == kTermOutOfPeriod) return tr(Str::OutOfPeriod, lang);
    return status_label(static_cast<kpi::Status>(term), lang);
}

const char* term_explanation(int term, kpi::Lang lang) {
    switch (term) {
    case static_cast<int>(kpi::Status::Met): return tr(Str::ExplainMet, lang);
    case static_cast<int>(kpi::Status::NotMet): return tr(Str::ExplainNotMet, lang);
    case static_cast<int>(kpi::Status::NoActual): return tr(Str::ExplainNoActual, lang);
    case static_cast<int>(kpi::Status::NoTarget): return tr(Str::ExplainNoTarget, lang);
    case kTermAchievement: return tr(Str::ExplainAchievement, lang);
    case kTermOutOfPeriod: return tr(Str::ExplainOutOfPeriod, lang);
    }
    return "";
}

void TermBadge(AppState& app, int term, const std::string& id, const std::string& context, const std::string& group) {
    const kpi::Lang lang = app.view.lang;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (term == kTermAchievement || term == kTermOutOfPeriod) {
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
            app.ui.explain_term = -1;
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
        app.ui.explain_term = -1;
    }
    EndCard();
    ImGui::PopStyleColor();
}

void StatusLegend(AppState& app, const std::string& scope, bool out_of_period) {
    const kpi::Lang lang = app.view.lang;
    const float s = Scale();
    const std::string group = tr(Str::Legend, lang);
    bool first = true;
    auto item = [&](int term, const std::string& key) {
        const float w = term >= kTermAchievement ? TagWidth((std::string(term_label(term, lang)) + " ?").c_str())
                                                 : StatusBadgeWidth(static_cast<kpi::Status>(term), lang);
        if (!first) {
            ImGui::SameLine(0, theme::kGapM * s);
            if (!FitsOnLine(w)) ImGui::NewLine();
        }
        first = false;
        TermBadge(app, term, scope + key, {}, group);
    };
    for (kpi::Status st : kpi::kAllStatuses) item(static_cast<int>(st), kpi::to_string(st));
    item(kTermAchievement, "achievement");
    if (out_of_period) item(kTermOutOfPeriod, "out-of-period");
    VSpace(theme::kGap2xs);
    TermExplanation(app, scope);
}

// Line breaking measures every character of a text, every frame: the result is kept per text,
// width, font and size, and reused. A cache, not state: emptied when it grows past kMaxEntries (a
// national dataset's visible texts fit many times over).
namespace {
struct LayoutCache {
    std::unordered_map<std::string, std::vector<kpi::LineSpan>> lines;
    TextLayoutStats stats;
};
LayoutCache& layout_cache() {
    static LayoutCache c;
    return c;
}
constexpr size_t kMaxEntries = 20000;
} // namespace

std::vector<kpi::LineSpan> BreakLines(std::string_view text, float width) {
    LayoutCache& c = layout_cache();
    char head[64];
    std::snprintf(head, sizeof head, "%p|%.1f|%.1f|", static_cast<const void*>(ImGui::GetFont()), ImGui::GetFontSize(),
                  std::floor(width * 2.0f) / 2.0f);
    std::string key = head;
    key.append(text.data(), text.size());
    if (auto it = c.lines.find(key); it != c.lines.end()) {
        ++c.stats.hits;
        return it->second;
    }
    ++c.stats.misses;
    auto lines = kpi::break_lines(text, width, [](std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; });
    if (c.lines.size() >= kMaxEntries) c.lines.clear();
    c.lines.emplace(std::move(key), lines);
    return lines;
}

TextLayoutStats TextLayoutCacheStats() { return layout_cache().stats; }

void TextBlock(const char* text, ImU32 colour, float width, bool semantic) {
    width = std::max(1.0f, width > 0 ? width : ContentWidth());
    const auto lines = BreakLines(text, width);
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::BeginGroup();
    for (const auto& l : lines) ImGui::TextUnformatted(text + l.begin, text + l.end);
    ImGui::EndGroup();
    if (colour) ImGui::PopStyleColor();
    if (semantic) SemanticContent(Role::Text, text);
}

void Heading(const char* text, float f, ImU32 colour, int level, const std::string& id, const std::string& name) {
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * f);
    TextBlock(text, colour ? colour : theme::kText, 0.0f, false);
    ImGui::PopFont();
    const std::string& said = name.empty() ? std::string(text) : name;
    if (id.empty()) SemanticContent(Role::Heading, said, level);
    else SemanticHeading(id, said, level);
}

void Label(const std::string& text, ImU32 colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    SemanticContent(Role::Text, text);
}

void MutedWrapped(const char* text) { TextBlock(text, theme::kMuted); }
void Wrapped(const char* text) { TextBlock(text, 0); }

bool BeginCard(const char* id, ImU32 border) {
    ImGui::PushStyleColor(ImGuiCol_Border, border ? border : theme::kBorder);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, border ? 2.0f : 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme::kCardPaddingX * Scale(), theme::kCardPaddingY * Scale()));
    const bool open = ImGui::BeginChild(id, ImVec2(0, 0),
                                        ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY |
                                            ImGuiChildFlags_AlwaysUseWindowPadding,
                                        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    return open;
}

void EndCard() {
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

std::string ShortfallText(const kpi::Kpi& k, const kpi::YearValue& y, kpi::Lang lang) {
    const auto gap = kpi::shortfall(k, y);
    if (!gap) return {};
    // Japanese with its unit (件); English as the plain number ("18,680 short of plan"). A KPI in
    // per cent falls short by percentage points: 「あと 1.90ポイント」.
    const bool percent = k.unit.in(kpi::Lang::Ja) == "%" || k.unit.in(kpi::Lang::Ja) == tr(Str::PercentFullWidth, kpi::Lang::Ja);
    std::string amount = lang == kpi::Lang::En || percent ? kpi::format_number(gap, k.decimals) : kpi::format_value(gap, k, lang);
    if (percent) {
        char pts[128];
        std::snprintf(pts, sizeof pts, tr(Str::PointsFmt, lang), amount.c_str());
        amount = pts;
    }
    char buf[256];
    std::snprintf(buf, sizeof buf, tr(Str::ShortfallFmt, lang), amount.c_str());
    return buf;
}

std::string KpiTitle(const kpi::Kpi& k, kpi::Lang lang) {
    static const char* const kCircled[] = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"};
    const std::string no = (k.no >= 1 && k.no <= 10) ? kCircled[k.no - 1] : std::to_string(k.no);
    return "KPI" + no + " " + k.name.in(lang);
}

bool CardTapped(const std::string& id, const std::string& name, const std::string& href, const std::string& description) {
    const bool activated = Semantic(id, Role::Link, name, 0, {}, href, description);
    if (!ImGui::IsItemHovered()) return activated;
    ImGuiIO& io = ImGui::GetIO();
    if (io.MouseSource != ImGuiMouseSource_TouchScreen) {
        ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), theme::kAccent,
                                            ImGui::GetStyle().ChildRounding, 0, 2.0f);
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    constexpr float kTapSlop = 8;   // a press that moved less than this is a tap, not a swipe
    const float slop = kTapSlop * Scale();
    return activated || (ImGui::IsMouseReleased(0) && io.MouseDragMaxDistanceSqr[0] < slop * slop);
}

bool DialogHeader(const char* title, kpi::Lang lang, const std::string& close_id) {
    Heading(title, theme::kTypeDialogTitle, theme::kAccent);
    ImGui::SameLine();
    const char* close = tr(Str::Close, lang);
    const float cw = ImGui::CalcTextSize(close).x + theme::kCloseButtonExtra * Scale();
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - cw);
    return TouchButton(close, cw, close_id);
}

std::string ListLayoutKey(const AppState& app) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%.1f|%.2f|%s|%d|%d|%d", ContentWidth(), ImGui::GetFontSize(), kpi::to_string(app.view.lang),
                  static_cast<int>(app.view.era), app.dataset_version, app.fonts_complete ? 1 : 0);
    return buf;
}

} // namespace ui
