#include "ui/text_layout.h"

#include "ui/semantics.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace ui {

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

} // namespace ui
