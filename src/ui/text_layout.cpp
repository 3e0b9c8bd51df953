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
#include <cstring>
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
constexpr float kRubyRow = 1.1f;    // the readings' row, of the reading's size

struct RubyWord { kpi::LineSpan at; std::string reading; };

// The words of `text` (plain) that carry a reading in `marked`, at their byte offsets in `text`.
std::vector<RubyWord> ruby_words(const char* marked) {
    std::vector<RubyWord> words;
    size_t pos = 0;
    for (const kpi::RubySpan& r : kpi::parse_ruby(marked)) {
        if (!r.reading.empty()) words.push_back({{pos, pos + r.base.size()}, r.reading});
        pos += r.base.size();
    }
    return words;
}

float reading_width(const std::string& r) {
    return ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize() * kRubySize, FLT_MAX, 0.0f, r.c_str(), r.c_str() + r.size()).x;
}

// Readings drawn this frame, per draw list: the vertices of their glyphs and the box they take
// (CountRubyOverlaps looks for other glyphs inside it).
struct DrawnReading { const ImDrawList* dl; int vtx_begin, vtx_end; ImVec4 box; };
std::vector<DrawnReading> g_readings;

// One line of text[begin, end) at `o` (the top of the readings' row; the words start `rh` below
// it), each word with its reading centred over it. Returns the line's width.
float DrawRubyLine(ImDrawList* dl, ImVec2 o, ImU32 col, const char* text, size_t begin, size_t end,
                   const std::vector<RubyWord>& words, float rh) {
    ImFont* font = ImGui::GetFont();
    const float fs = ImGui::GetFontSize(), rs = fs * kRubySize;
    float x = o.x;
    size_t i = begin;
    while (i < end) {
        const RubyWord* here = nullptr;
        for (const RubyWord& w : words)
            if (w.at.begin == i && w.at.end <= end) here = &w;
        if (here) {
            const float bw = ImGui::CalcTextSize(text + here->at.begin, text + here->at.end).x;
            const float rw = reading_width(here->reading), uw = std::max(bw, rw);
            const int v0 = dl->VtxBuffer.Size;
            const ImVec2 at(x + (uw - rw) * 0.5f, o.y);
            dl->AddText(font, rs, at, col, here->reading.c_str(), here->reading.c_str() + here->reading.size());
            // The reading's ink: the box of its glyphs as drawn.
            ImVec4 box(FLT_MAX, FLT_MAX, -FLT_MAX, -FLT_MAX);
            for (int v = v0; v < dl->VtxBuffer.Size; ++v) {
                const ImVec2 q = dl->VtxBuffer[v].pos;
                box = ImVec4(std::min(box.x, q.x), std::min(box.y, q.y), std::max(box.z, q.x), std::max(box.w, q.y));
            }
            if (box.x < box.z) g_readings.push_back({dl, v0, dl->VtxBuffer.Size, box});
            dl->AddText(font, fs, ImVec2(x + (uw - bw) * 0.5f, o.y + rh), col, text + here->at.begin, text + here->at.end);
            x += uw;
            i = here->at.end;
            continue;
        }
        size_t next = end;
        for (const RubyWord& w : words)
            if (w.at.begin > i && w.at.begin < next) next = w.at.begin;
        dl->AddText(font, fs, ImVec2(x, o.y + rh), col, text + i, text + next);
        x += ImGui::CalcTextSize(text + i, text + next).x;
        i = next;
    }
    return x - o.x;
}

void RubyTextBlock(const char* text, const char* marked, float width) {
    const std::vector<RubyWord> words = ruby_words(marked);
    std::vector<kpi::LineSpan> whole;
    for (const RubyWord& w : words) whole.push_back(w.at);
    const auto word_at = [&](size_t b, size_t e) -> const RubyWord* {
        for (const RubyWord& w : words)
            if (w.at.begin == b && w.at.end == e) return &w;
        return nullptr;
    };
    const std::string_view all(text);
    const auto measure = [&](std::string_view piece) {
        float w = ImGui::CalcTextSize(piece.data(), piece.data() + piece.size()).x;
        const size_t b = static_cast<size_t>(piece.data() - text);
        if (const RubyWord* word = word_at(b, b + piece.size())) w = std::max(w, reading_width(word->reading));
        return w;
    };
    const auto lines = kpi::break_lines(all, width, measure, whole);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 col = ImGui::GetColorU32(ImGuiCol_Text);
    const float fs = ImGui::GetFontSize(), rs = fs * kRubySize;
    ImGui::BeginGroup();
    for (const auto& l : lines) {
        bool has = false;
        for (const RubyWord& w : words) has |= w.at.begin >= l.begin && w.at.end <= l.end;
        const float rh = has ? rs * kRubyRow : 0.0f;
        const ImVec2 o = ImGui::GetCursorScreenPos();
        const float x = DrawRubyLine(dl, o, col, text, l.begin, l.end, words, rh);
        ImGui::Dummy(ImVec2(std::max(1.0f, x), fs + rh));
    }
    ImGui::EndGroup();
}
} // namespace

const char* EasyMarked(const char* text) {
    if (g_text_lang != kpi::Lang::Easy) return nullptr;
    if (const char* marked = kpi::easy_marked_for(text)) return marked;
    // A text joined from strings of the table (a heading and its aside, a label and a year): its
    // readings too, cached per text.
    static std::unordered_map<std::string, std::string> joins;
    auto it = joins.find(text);
    if (it == joins.end()) {
        if (joins.size() > 4000) joins.clear();
        it = joins.emplace(text, kpi::easy_marked_join(text)).first;
    }
    return it->second.empty() ? nullptr : it->second.c_str();
}

namespace {
// One line of `plain` with the readings of `marked` (its marked form), at `pos`: the size it took.
ImVec2 marked_line_at(ImDrawList* dl, ImVec2 pos, ImU32 col, const char* plain, const char* marked) {
    if (!marked) {
        dl->AddText(pos, col, plain);
        return ImGui::CalcTextSize(plain);
    }
    const std::vector<RubyWord> words = ruby_words(marked);
    const float fs = ImGui::GetFontSize(), rh = fs * kRubySize * kRubyRow;
    const float w = DrawRubyLine(dl, pos, col, plain, 0, std::strlen(plain), words, rh);
    return ImVec2(w, fs + rh);
}

ImVec2 marked_line_size(const char* plain, const char* marked) {
    if (!marked) return ImGui::CalcTextSize(plain);
    float w = 0;
    size_t pos = 0;
    for (const RubyWord& word : ruby_words(marked)) {
        w += ImGui::CalcTextSize(plain + pos, plain + word.at.begin).x;
        w += std::max(ImGui::CalcTextSize(plain + word.at.begin, plain + word.at.end).x, reading_width(word.reading));
        pos = word.at.end;
    }
    w += ImGui::CalcTextSize(plain + pos).x;
    return ImVec2(w, ImGui::GetFontSize() * (1.0f + kRubySize * kRubyRow));
}

void marked_line(const char* plain, const char* marked, ImU32 colour) {
    if (!marked) {
        if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextUnformatted(plain);
        if (colour) ImGui::PopStyleColor();
        return;
    }
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 size = marked_line_at(ImGui::GetWindowDrawList(), p, colour ? colour : ImGui::GetColorU32(ImGuiCol_Text), plain, marked);
    ImGui::Dummy(ImVec2(std::max(1.0f, size.x), size.y));
}

// The marked text's readings, when it has any and this frame is in easy Japanese.
const char* readings_of(const std::string& marked) {
    return g_text_lang == kpi::Lang::Easy && kpi::has_ruby(marked) ? marked.c_str() : nullptr;
}
} // namespace

std::string MarkedOf(const std::string& text) {
    const char* m = EasyMarked(text.c_str());
    return m ? std::string(m) : text;
}

ImVec2 RubyTextSize(const char* text) { return marked_line_size(text, EasyMarked(text)); }
ImVec2 RubyTextAt(ImDrawList* dl, ImVec2 pos, ImU32 col, const char* text) { return marked_line_at(dl, pos, col, text, EasyMarked(text)); }
void RubyText(const char* text, ImU32 colour) { marked_line(text, EasyMarked(text), colour); }

void MarkedText(const std::string& marked, ImU32 colour) {
    const std::string plain = kpi::ruby_plain(marked);
    marked_line(plain.c_str(), readings_of(marked), colour);
}
ImVec2 MarkedTextSize(const std::string& marked) {
    const std::string plain = kpi::ruby_plain(marked);
    return marked_line_size(plain.c_str(), readings_of(marked));
}

void BeginRubyFrame() { g_readings.clear(); }
int RubyReadingsDrawn() { return static_cast<int>(g_readings.size()); }

int CountRubyOverlaps() {
    constexpr float kGlyphPad = 1.0f;
    const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;   // shapes sample this texel; glyphs do not
    int tris = 0;
    for (const DrawnReading& r : g_readings) {
        const ImDrawList* dl = r.dl;
        if (r.vtx_end > dl->VtxBuffer.Size) continue;   // (a list emptied since: not this frame's)
        // Glyphs of the same window, other than the reading's own, inside the box of the reading's
        // glyphs. A glyph's quad is its ink with a pixel of the atlas's padding round it: that pixel
        // does not count.
        const ImVec4 b(r.box.x + kGlyphPad, r.box.y + kGlyphPad, r.box.z - kGlyphPad, r.box.w - kGlyphPad);
        for (const ImDrawCmd& cmd : dl->CmdBuffer) {
            if (cmd.UserCallback || cmd.ElemCount == 0) continue;
            for (unsigned int i = 0; i + 3 <= cmd.ElemCount; i += 3) {
                const ImDrawIdx* idx = dl->IdxBuffer.Data + cmd.IdxOffset + i;
                const int v0 = static_cast<int>(cmd.VtxOffset + idx[0]);
                if (v0 >= r.vtx_begin && v0 < r.vtx_end) continue;
                const ImDrawVert& p0 = dl->VtxBuffer[v0];
                const ImDrawVert& p1 = dl->VtxBuffer[cmd.VtxOffset + idx[1]];
                const ImDrawVert& p2 = dl->VtxBuffer[cmd.VtxOffset + idx[2]];
                if (p0.uv.x == white.x && p0.uv.y == white.y) continue;
                if (p0.uv.y == p1.uv.y && p1.uv.y == p2.uv.y) continue;   // anti-aliased lines
                const float x0 = std::min({p0.pos.x, p1.pos.x, p2.pos.x}), x1 = std::max({p0.pos.x, p1.pos.x, p2.pos.x});
                const float y0 = std::min({p0.pos.y, p1.pos.y, p2.pos.y}), y1 = std::max({p0.pos.y, p1.pos.y, p2.pos.y});
                if (x1 - kGlyphPad > b.x && x0 + kGlyphPad < b.z && y1 - kGlyphPad > b.y && y0 + kGlyphPad < b.w) ++tris;
            }
        }
    }
    return (tris + 1) / 2;   // two triangles a glyph
}

void TextBlock(const char* text, ImU32 colour, float width, bool semantic) {
    width = std::max(1.0f, width > 0 ? width : ContentWidth());
    // A string of the strings table in easy Japanese has its readings drawn over its words; what a
    // screen reader gets is the plain text, each word once.
    const char* marked = EasyMarked(text);
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

void MarkedBlock(const std::string& marked, ImU32 colour, float width) {
    const std::string plain = kpi::ruby_plain(marked);
    const char* readings = readings_of(marked);
    if (!readings) {
        TextBlock(plain.c_str(), colour, width);
        return;
    }
    width = std::max(1.0f, width > 0 ? width : ContentWidth());
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
    RubyTextBlock(plain.c_str(), readings, width);
    if (colour) ImGui::PopStyleColor();
    SemanticContent(Role::Text, plain);
    SetLastNodeRuby(marked);
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
    RubyText(text.c_str(), colour);
    SemanticContent(Role::Text, text);
}

void MutedWrapped(const char* text) { TextBlock(text, theme::kMuted); }
void Wrapped(const char* text) { TextBlock(text, 0); }

} // namespace ui
