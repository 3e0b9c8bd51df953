// What the viewer fetches: the dataset (data/NAME.json) and the two fonts. Every failure becomes
// a message in AppState::data_error; what was shown before stays.
#pragma once

#include "ui/app_state.h"

#include <functional>

namespace app {

// Fetch and validate the dataset. `update`: a newer file was published (the service worker saw
// it); swap it in quietly and say so, rather than showing the loading state. `loaded` runs after
// a dataset was taken.
void load_dataset(AppState& a, bool update, std::function<void()> loaded);

// The site's catalog (data/index.json); none (a single-dataset site) is not an error.
void load_catalog(AppState& a);

// The first-frame font subset; `ready` runs when there is a font to draw with (ours or, if it
// could not be had, ImGui's built-in Latin one).
void load_ui_font(AppState& a, std::function<void()> ready);
// All of JIS X 0208 (1.4 MB gzip), fetched only when something to draw has a character the
// first-frame subset lacks: another dataset, or typed text. Sapporo's views never need it.
void load_full_font(AppState& a);
// Does anything the views can show now (the dataset, typed text) need a glyph the loaded font lacks?
bool needs_more_glyphs(const AppState& a);

} // namespace app
