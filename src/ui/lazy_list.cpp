#include "ui/lazy_list.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace ui {

LazyList::LazyList(ListHeights& heights, const std::string& key, float estimate, size_t items)
    : heights_(heights), estimate_(estimate), draw_all_(items <= kDrawAllUpTo) {
    if (heights_.key != key) {   // laid out differently now: measure again
        heights_.key = key;
        heights_.height.clear();
        heights_.measured_sum = 0;
    }
    // The scrolling window this list is in: a card (a child that does not scroll) lies inside it.
    ImGuiWindow* w = ImGui::GetCurrentWindow();
    while (w->ParentWindow && (w->Flags & ImGuiWindowFlags_NoScrollWithMouse)) w = w->ParentWindow;
    const float screen = w->ClipRect.GetHeight();
    band_top_ = w->ClipRect.Min.y - screen;
    band_bottom_ = w->ClipRect.Max.y + screen;
}

float LazyList::HeightOf(const void* item) const {
    const auto it = heights_.height.find(item);
    if (it != heights_.height.end()) return it->second;
    return heights_.height.empty() ? estimate_ : static_cast<float>(heights_.measured_sum / heights_.height.size());
}

bool LazyList::Begin(const void* item) {
    const float top = ImGui::GetCursorScreenPos().y + pending_;
    const float h = HeightOf(item);
    if (!draw_all_ && (top + h < band_top_ || top > band_bottom_)) {
        pending_ += h;
        return false;
    }
    Flush();
    item_top_ = ImGui::GetCursorScreenPos().y;
    ++drawn_;
    return true;
}

void LazyList::End(const void* item) {
    const float h = ImGui::GetCursorScreenPos().y - item_top_;
    auto [it, added] = heights_.height.emplace(item, h);
    if (!added) heights_.measured_sum -= it->second;
    it->second = h;
    heights_.measured_sum += h;
}

void LazyList::Flush() {
    if (pending_ <= 0) return;
    // Dummy advances the cursor by its height plus the item spacing.
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    ImGui::Dummy(ImVec2(0.0f, std::max(0.0f, pending_ - spacing)));
    pending_ = 0;
}

} // namespace ui
