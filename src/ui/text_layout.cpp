#include "ui/text_layout.h"

#include "core/ruby.h"
#include "core/strings.h"
#include "ui/semantics.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
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

namespace {
kpi::Lang g_text_lang = kpi::Lang::Ja;
} // namespace

void SetTextLanguage(kpi::Lang lang) { g_text_lang = lang; }

namespace {
// Readings over their words (easy Japanese, core/ruby.h): each word and its reading is one unit of
// line breaking, as wide as the wider of the two; a line holding a reading is taller by the
// reading's height, the others are not; the reading is centred over its word in a smaller size.
constexpr float kRubySize = 0.5f;   // of the text's size
void RubyTextBlock(const char* text, const char* marked, float width) {
    const std::vector<kpi::RubySpan> spans = kpi::parse_ruby(marked);
    struct Word { kpi::LineSpan at; std::string reading; };
    std::vector<Word> words;
    std::vector<kpi::LineSpan> whole;
    size_t pos = 0;
    for (const kpi::RubySpan& r : spans) {
        if (!r.reading.empty()) {
            words.push_back({{pos, pos + r.base.size()}, r.reading});
            whole.push_back(words.back().at);
        }
        pos += r.base.size();
    }
    ImFont* font = ImGui::GetFont();
    const float fs = ImGui::GetFontSize(), rs = fs * kRubySize;
    const auto reading_w = [&](const std::string& r) { return font->CalcTextSizeA(rs, FLT_MAX, 0.0f, r.c_str(), r.c_str() + r.size()).x; };
    const auto word_at = [&](size_t b, size_t e) -> const Word* {
        for (const Word& w : words)
            if (w.at.begin == b && w.at.end == e) return &w;
        return nullptr;
    };
    const std::string_view all(text);
    const auto measure = [&](std::string_view piece) {
        float w = ImGui::CalcTextSize(piece.data(), piece.data() + piece.size()).x;
        const size_t b = static_cast<size_t>(piece.data() - text);
        if (const Word* word = word_at(b, b + piece.size())) w = std::max(w, reading_w(word->reading));
        return w;
    };
    const auto lines = kpi::break_lines(all, width, measure, whole);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 col = ImGui::GetColorU32(ImGuiCol_Text);
    ImGui::BeginGroup();
    for (const auto& l : lines) {
        bool has = false;
        for (const Word& w : words) has |= w.at.begin >= l.begin && w.at.end <= l.end;
        const float rh = has ? rs * 1.1f : 0.0f;
        const ImVec2 o = ImGui::GetCursorScreenPos();
        float x = o.x;
        size_t i = l.begin;
        while (i < l.end) {
            const Word* here = nullptr;
            for (const Word& w : words)
                if (w.at.begin == i && w.at.end <= l.end) here = &w;
            if (here) {
                const float bw = ImGui::CalcTextSize(text + here->at.begin, text + here->at.end).x;
                const float rw = reading_w(here->reading), uw = std::max(bw, rw);
                dl->AddText(font, rs, ImVec2(x + (uw - rw) * 0.5f, o.y), col, here->reading.c_str(), here->reading.c_str() + here->reading.size());
                dl->AddText(font, fs, ImVec2(x + (uw - bw) * 0.5f, o.y + rh), col, text + here->at.begin, text + here->at.end);
                x += uw;
                i = here->at.end;
                continue;
            }
            size_t next = l.end;
            for (const Word& w : words)
                if (w.at.begin > i && w.at.begin < next) next = w.at.begin;
            dl->AddText(font, fs, ImVec2(x, o.y + rh), col, text + i, text + next);
            x += ImGui::CalcTextSize(text + i, text + next).x;
            i = next;
        }
        ImGui::Dummy(ImVec2(std::max(1.0f, x - o.x), fs + rh));
    }
    ImGui::EndGroup();
}
} // namespace

void TextBlock(const char* text, ImU32 colour, float width, bool semantic) {
    width = std::max(1.0f, width > 0 ? width : ContentWidth());
    // A string of the strings table in easy Japanese has its readings drawn over its words; what a
    // screen reader gets is the plain text, each word once.
    const char* marked = kpi::easy_marked_for(text);
    std::string joined;
    if (!marked && g_text_lang == kpi::Lang::Easy) {
        // A heading joined from two strings of the table: its readings too (cached per text).
        static std::unordered_map<std::string, std::string> joins;
        auto it = joins.find(text);
        if (it == joins.end()) {
            if (joins.size() > 4000) joins.clear();
            it = joins.emplace(text, kpi::easy_marked_join(text)).first;
        }
        if (!it->second.empty()) marked = it->second.c_str();
    }
    if (marked) {
        if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
        RubyTextBlock(text, marked, width);
        if (colour) ImGui::PopStyleColor();
        if (semantic) SemanticContent(Role::Text, text);
        return;
    }
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
