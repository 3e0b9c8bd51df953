#include "ui/semantics.h"

#include "core/format.h"
#include "core/ruby.h"
#include "ui/text_layout.h"
#include "ui/theme.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace ui {
namespace {

const FrameInput kNoInput{};
const FrameInput* g_in = nullptr;
FrameOutput* g_out = nullptr;

struct Ring { bool show = false; ImVec2 a, b; ImVec4 clip; };
Ring g_ring;

// Where the last item is, and the part of it on screen. In a window that skips its items (a card
// scrolled far off-screen) the item was not laid out: the window's own rectangle stands in, which
// is enough to scroll it into view; the next frame has the item's real rectangle.
void last_item_rects(SemRect& rect, SemRect& visible, ImGuiWindow*& window) {
    window = ImGui::GetCurrentWindow();
    ImRect r = window->SkipItems ? window->Rect() : ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    rect = {r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight()};
    visible = {};
    if (window->SkipItems) return;
    ImRect v = r;
    v.ClipWith(window->ClipRect);
    if (v.GetWidth() >= 1 && v.GetHeight() >= 1) visible = {v.Min.x, v.Min.y, v.GetWidth(), v.GetHeight()};
}

bool fully_visible(const SemRect& r, const SemRect& v) {
    return v.w > 0 && v.y <= r.y + 0.5f && v.y + v.h >= r.y + r.h - 0.5f;
}

} // namespace

const char* role_name(Role r) {
    switch (r) {
    case Role::Button: return "button";
    case Role::Link: return "link";
    case Role::Tab: return "tab";
    case Role::Toggle: return "toggle";
    case Role::TextField: return "textfield";
    case Role::Heading: return "heading";
    case Role::Text: return "text";
    case Role::Table: return "table";
    case Role::Image: return "image";
    }
    return "text";
}

bool is_interactive(Role r) {
    return r == Role::Button || r == Role::Link || r == Role::Tab || r == Role::Toggle || r == Role::TextField;
}

const SemanticNode* FrameOutput::find(const std::string& id) const {
    for (const auto& n : nodes)
        if (n.id == id) return &n;
    return nullptr;
}

FrameScope::FrameScope(const FrameInput& in, FrameOutput& out) {
    g_in = &in;
    g_out = &out;
    g_ring = Ring{};
    out = FrameOutput{};
}

FrameScope::~FrameScope() {
    g_in = nullptr;
    g_out = nullptr;
}

const FrameInput& CurrentInput() { return g_in ? *g_in : kNoInput; }

void ReportTooltip(const std::string& id) {
    if (g_out) g_out->tooltip = id;
}

FrameOutput& CurrentOutput() {
    static FrameOutput scratch;   // outside a scope writes go nowhere
    return g_out ? *g_out : scratch;
}

bool IsFocused(const std::string& id) { return g_in && !id.empty() && g_in->focused == id; }

namespace {
// A node for the last ImGui item, placed where it was drawn.
SemanticNode NodeOfLastItem(Role role, const std::string& name, const std::string& value, ImGuiWindow*& window) {
    SemanticNode n;
    n.role = role;
    n.name = name;
    n.value = value;
    last_item_rects(n.rect, n.visible, window);
    return n;
}
} // namespace

bool Semantic(const std::string& id, Role role, const std::string& name, unsigned flags, const std::string& group,
              const std::string& value, const std::string& description) {
    if (!g_out) return false;
    ImGuiWindow* window = nullptr;
    SemanticNode n = NodeOfLastItem(role, name, value, window);
    n.id = id;
    n.description = description;
    n.group = group;
    n.flags = flags;
    if (IsFocused(id)) {
        // Only right after focus moved (a few frames while the layout settles): a reader who then
        // scrolls away with the wheel is not pulled back.
        if (g_in->bring_focus_into_view && !fully_visible(n.rect, n.visible)) {
            const ImRect r(n.rect.x, n.rect.y, n.rect.x + n.rect.w, n.rect.y + n.rect.h);
            ImGui::ScrollToRectEx(window, r, ImGuiScrollFlags_KeepVisibleEdgeY | ImGuiScrollFlags_KeepVisibleEdgeX);
            g_out->focus_pending = true;
        }
        g_out->focused = id;
        if (n.visible.w > 0) {
            g_ring.show = true;
            g_ring.a = ImVec2(n.rect.x, n.rect.y);
            g_ring.b = ImVec2(n.rect.x + n.rect.w, n.rect.y + n.rect.h);
            g_ring.clip = window->ClipRect.ToVec4();
        }
    }
    const bool activated = !(flags & kSemDisabled) && !id.empty() && g_in->activated == id;
    g_out->nodes.push_back(std::move(n));
    return activated;
}

namespace {
// Easy Japanese: a text or heading of the table's strings gets its readings in its DOM twin (the
// no-WebGL page shows them; a screen reader reads the word, not the hidden reading).
void add_ruby(SemanticNode& n) {
    if (n.role != Role::Text && n.role != Role::Heading) return;
    if (const char* marked = EasyMarked(n.name.c_str())) n.ruby = kpi::ruby_html(marked, kpi::html_escape);
}
} // namespace

void SemanticContent(Role role, const std::string& text, int level, const std::string& value) {
    if (!g_out || text.empty()) return;
    ImGuiWindow* window = nullptr;
    SemanticNode n = NodeOfLastItem(role, text, value, window);
    n.level = level;
    add_ruby(n);
    g_out->nodes.push_back(std::move(n));
}

void SemanticHeading(const std::string& id, const std::string& text, int level) {
    if (!g_out) return;
    Semantic(id, Role::Heading, text);
    g_out->nodes.back().level = level;
    add_ruby(g_out->nodes.back());
}

void SetLastNodeRuby(const std::string& marked) {
    if (!g_out || g_out->nodes.empty()) return;
    SemanticNode& n = g_out->nodes.back();
    if ((n.role == Role::Text || n.role == Role::Heading) && kpi::has_ruby(marked) && kpi::ruby_plain(marked) == n.name)
        n.ruby = kpi::ruby_html(marked, kpi::html_escape);
}

void MarkMainStart() {
    if (g_out) g_out->main_start = static_cast<int>(g_out->nodes.size());
}

void SetLastNodeLevel(int level) {
    if (g_out && !g_out->nodes.empty()) g_out->nodes.back().level = level;
}

void SetLastNodeLang(const std::string& lang) {
    if (g_out && !g_out->nodes.empty()) g_out->nodes.back().lang = lang;
}

void BeginDialog(const std::string& name, const std::string& opener) {
    if (!g_out) return;
    g_out->nodes.clear();   // what is behind a modal panel cannot be reached
    g_out->main_start = -1;
    g_out->dialog = name;
    g_out->dialog_id = opener;
    if (g_ring.show && !IsFocused(opener)) g_ring.show = false;
}

void Announce(const std::string& text) {
    if (g_out && !text.empty()) g_out->announcements.push_back(text);
}

void DrawFocusRing() {
    if (!g_ring.show) return;
    // Two rings: a dark one (>= 3:1 on the light page) around a white one (visible on the dark
    // top bar), so the focus shows on any background.
    // The white ring stands clear of the node's own edge (a white-bordered button on the dark top
    // bar gets a second, separate outline, not a border one pixel thicker).
    constexpr float kRingGap = 5;        // the outer ring's edge, outside the node's rectangle
    constexpr float kRingBleed = 8;      // how far the ring may reach past its window's clip rectangle
    constexpr float kOuterRadius = 8, kOuterWidth = 3;
    constexpr float kInnerInset = 2.5f, kInnerRadius = 6, kInnerWidth = 2;   // the white ring, inside the dark one
    const float s = ImGui::GetStyle().FontScaleMain;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const ImVec2 pad(kRingGap * s, kRingGap * s);
    const ImVec4 c = g_ring.clip;
    const float bleed = kRingBleed * s, inset = kInnerInset * s;
    dl->PushClipRect(ImVec2(c.x - bleed, c.y - bleed), ImVec2(c.z + bleed, c.w + bleed), false);
    const ImVec2 a(g_ring.a.x - pad.x, g_ring.a.y - pad.y), b(g_ring.b.x + pad.x, g_ring.b.y + pad.y);
    dl->AddRect(ImVec2(a.x + inset, a.y + inset), ImVec2(b.x - inset, b.y - inset), theme::kOnAccent, kInnerRadius * s, 0, kInnerWidth * s);
    dl->AddRect(a, b, theme::kFocus, kOuterRadius * s, 0, kOuterWidth * s);
    dl->PopClipRect();
}

int CountClippedText() {
    ImGuiContext& g = *GImGui;
    const ImVec2 white = g.IO.Fonts->TexUvWhitePixel;   // shapes sample this texel; glyphs do not
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float screen_l = vp->Pos.x, screen_r = vp->Pos.x + vp->Size.x;
    int clipped = 0;
    for (ImGuiWindow* w : g.Windows) {
        if (!w->Active || w->Hidden || !w->DrawList) continue;
        const ImDrawList* dl = w->DrawList;
        for (const ImDrawCmd& cmd : dl->CmdBuffer) {
            if (cmd.UserCallback || cmd.ElemCount == 0) continue;
            const float l = std::max(cmd.ClipRect.x, screen_l) - 1.0f, r = std::min(cmd.ClipRect.z, screen_r) + 1.0f;
            const float t = cmd.ClipRect.y, b = cmd.ClipRect.w;
            // Glyphs are two textured triangles each. Shapes sample the white texel; anti-aliased
            // lines drawn from the atlas sample one row of it (one v): neither counts.
            int tris = 0;
            for (unsigned int i = 0; i + 3 <= cmd.ElemCount; i += 3) {
                const ImDrawIdx* idx = dl->IdxBuffer.Data + cmd.IdxOffset + i;
                const ImDrawVert& p0 = dl->VtxBuffer[cmd.VtxOffset + idx[0]];
                const ImDrawVert& p1 = dl->VtxBuffer[cmd.VtxOffset + idx[1]];
                const ImDrawVert& p2 = dl->VtxBuffer[cmd.VtxOffset + idx[2]];
                if (p0.uv.x == white.x && p0.uv.y == white.y) continue;
                if (p0.uv.y == p1.uv.y && p1.uv.y == p2.uv.y) continue;
                const float x0 = std::min({p0.pos.x, p1.pos.x, p2.pos.x}), x1 = std::max({p0.pos.x, p1.pos.x, p2.pos.x});
                const float y0 = std::min({p0.pos.y, p1.pos.y, p2.pos.y}), y1 = std::max({p0.pos.y, p1.pos.y, p2.pos.y});
                if (y1 <= t || y0 >= b) continue;   // scrolled out of view (cut at the top or bottom): not counted
                if (x0 < l || x1 > r) ++tris;
            }
            clipped += (tris + 1) / 2;   // two triangles a glyph
        }
    }
    return clipped;
}

} // namespace ui
