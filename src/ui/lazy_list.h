// Long lists drawn only near the visible part of their scrolling window. An item outside it is not
// submitted to ImGui at all: the cursor skips its last measured height (or an estimate until it has
// been drawn once), so the scroll range stays right and a frame costs about the same with ten or ten
// thousand projects. Items within one screen above and below are drawn too, so the keyboard's next
// Tab stop and the focus ring's scroll target exist before they come into view.
// A list of at most kDrawAllUpTo projects (any one city's report) is drawn whole, as before: every
// card stays in the page's accessibility tree, where a screen reader can list them all.
//
//   LazyList list(app.ui.lists.overview, ListLayoutKey(app), 120, projects.size());   // in the scrolling window
//   for (const Project* p : projects) {
//       if (!list.Begin(p)) continue;    // skipped: its height was added to the cursor
//       ...draw the item...
//       list.End(p);                     // measures it
//   }
//   list.Flush();                        // before drawing anything that is not an item
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>

namespace ui {

// Measured heights of one list's items, kept across frames (in AppState). They hold while `key`
// holds: whatever changes an item's layout (width, text size, language, dataset) goes into it.
struct ListHeights {
    std::string key;
    std::unordered_map<const void*, float> height;
    double measured_sum = 0;   // for the estimate of items not yet drawn: their mean
};

// One frame's pass over a list. `key`: what its items lay out by (ListLayoutKey); `estimate`: the
// height of an item never drawn while none has been measured; `projects`: how many projects the
// list shows (it may have other items too, such as headings).
class LazyList {
public:
    static constexpr size_t kDrawAllUpTo = 200;
    LazyList(ListHeights& heights, const std::string& key, float estimate, size_t projects);
    ~LazyList() { Flush(); }
    LazyList(const LazyList&) = delete;
    LazyList& operator=(const LazyList&) = delete;

    bool Begin(const void* item);   // true: draw it, then End(item); false: its space was skipped
    void End(const void* item);
    void Flush();                   // lay out the space of the items skipped since the last drawn one

    int drawn() const { return drawn_; }

private:
    float HeightOf(const void* item) const;

    ListHeights& heights_;
    float estimate_;
    bool draw_all_;
    float band_top_, band_bottom_;   // screen y of what may be drawn
    float pending_ = 0;              // skipped height not yet laid out
    float item_top_ = 0;
    int drawn_ = 0;
};

} // namespace ui
