// The viewer's colours: the one list. A light civic theme; the data colours come from the Okabe–Ito
// palette, which stays distinguishable for the common colour-vision deficiencies, and every status
// is also written in words, never told by colour alone. No ImGui here: ui/theme.h makes ImGui
// colours of these, and `kpi-tool palette` prints them for what is not C++ —
//   --css   the page around the canvas (web/style.css uses var(--kpi-NAME); make-site.sh puts the
//           generated :root block in front of it)
//   --json  the site's images (scripts/make-images.py)
// Change a colour here and all three follow (tests/source/test_palette.cpp checks no copy is left).
#pragma once

#include <cstdint>
#include <string>

namespace kpi {

enum class Colour {
    Plan, PlanEdge, Actual, Baseline, Met, NotMet, NoActual, NoTarget,
    Page, Card, Border, ControlBorder, Focus, Text, Muted, Accent, AccentSoft, OnAccent, Grid, Error,
    OnBarBadge, OnBarButton, OnBarButtonHovered, OnBarButtonActive, Track, Scrim, ChartHighlight,
    Pressed, HeaderHovered, TableHeader, RowAlt, ScrollbarGrab, ModalDim, CardShadow,
    Count
};

struct Swatch {
    Colour id;
    const char* name;   // CSS custom property --kpi-NAME, JSON key
    std::uint8_t r, g, b, a;
};

inline constexpr Swatch kPalette[] = {
    // Data colours, the same everywhere (charts, badges, legend).
    {Colour::Plan, "plan", 0xA6, 0xC8, 0xE6, 255},              // light sky blue, outlined
    {Colour::PlanEdge, "plan-edge", 0x3A, 0x78, 0xB0, 255},
    {Colour::Actual, "actual", 0x00, 0x5A, 0x96, 255},          // Okabe–Ito blue, darkened for contrast
    {Colour::Baseline, "baseline", 0x33, 0x33, 0x33, 255},
    {Colour::Met, "met", 0x00, 0x80, 0x5E, 255},                // bluish green
    {Colour::NotMet, "not-met", 0xC4, 0x52, 0x00, 255},         // vermillion (darkened for text contrast)
    {Colour::NoActual, "no-actual", 0x5A, 0x61, 0x6C, 255},     // grey (>= 4.5:1 on its badge tint)
    {Colour::NoTarget, "no-target", 0x73, 0x5D, 0x00, 255},     // dark yellow (>= 4.5:1 on its badge tint)
    // Page colours
    {Colour::Page, "page", 0xF4, 0xF6, 0xF9, 255},
    {Colour::Card, "card", 0xFF, 0xFF, 0xFF, 255},
    {Colour::Border, "border", 0xD5, 0xDB, 0xE3, 255},                 // cards (decoration, not a control)
    {Colour::ControlBorder, "control-border", 0x6E, 0x77, 0x81, 255},  // buttons, chips, fields: >= 3:1
    {Colour::Focus, "focus", 0x1F, 0x4E, 0x79, 255},                   // the keyboard focus ring
    {Colour::Text, "text", 0x1D, 0x27, 0x33, 255},
    {Colour::Muted, "muted", 0x4F, 0x5B, 0x69, 255},
    {Colour::Accent, "accent", 0x1F, 0x4E, 0x79, 255},                 // top bar, headings, links
    {Colour::AccentSoft, "accent-soft", 0xE3, 0xEC, 0xF5, 255},
    {Colour::OnAccent, "on-accent", 0xFF, 0xFF, 0xFF, 255},   // text and borders on the accent bar, selected chips, solid badges
    {Colour::Grid, "grid", 0xE2, 0xE6, 0xEB, 255},
    {Colour::Error, "error", 0xB0, 0x1E, 0x1E, 255},
    // On the dark top bar: the offline badge and the buttons' fills (white over the accent).
    {Colour::OnBarBadge, "on-bar-badge", 255, 255, 255, 40},
    {Colour::OnBarButton, "on-bar-button", 255, 255, 255, 28},
    {Colour::OnBarButtonHovered, "on-bar-button-hovered", 255, 255, 255, 60},
    {Colour::OnBarButtonActive, "on-bar-button-active", 255, 255, 255, 90},
    {Colour::Track, "track", 0xF0, 0xF3, 0xF6, 255},                    // the empty part of a bar's track
    {Colour::Scrim, "scrim", 0x1D, 0x27, 0x33, 170},                    // behind the kiosk's countdown
    {Colour::ChartHighlight, "chart-highlight", 0x1F, 0x4E, 0x79, 18},  // the year under the finger or pointer
    // Controls and tables (ImGui style)
    {Colour::Pressed, "pressed", 0xC9, 0xDA, 0xEB, 255},               // a button or header held down
    {Colour::HeaderHovered, "header-hovered", 0xD3, 0xE1, 0xEF, 255},
    {Colour::TableHeader, "table-header", 0xEE, 0xF2, 0xF6, 255},
    {Colour::RowAlt, "row-alt", 0xF8, 0xFA, 0xFC, 255},                // every other table row
    {Colour::ScrollbarGrab, "scrollbar-grab", 0xB8, 0xC2, 0xCE, 255},
    {Colour::ModalDim, "modal-dim", 0x1A, 0x26, 0x33, 89},             // behind a dialog
    {Colour::CardShadow, "card-shadow", 0x00, 0x00, 0x00, 15},         // the page's loading/error card
};

constexpr size_t kPaletteSize = sizeof(kPalette) / sizeof(kPalette[0]);
static_assert(kPaletteSize == static_cast<size_t>(Colour::Count), "kPalette must have one entry per Colour");
constexpr bool palette_in_enum_order() {
    for (size_t i = 0; i < kPaletteSize; ++i)
        if (static_cast<size_t>(kPalette[i].id) != i) return false;
    return true;
}
static_assert(palette_in_enum_order(), "kPalette: every entry must stand at the position of its Colour");

constexpr const Swatch& swatch(Colour c) { return kPalette[static_cast<size_t>(c)]; }

// "#1f4e79", or "#ffffff28" when not opaque (CSS Color 4 hex with alpha).
std::string css_hex(const Swatch& s);
// ":root {\n  --kpi-plan: #a6c8e6;\n …}\n", with a do-not-edit header.
std::string palette_css();
// {"plan": [166, 200, 230, 255], …} in palette order.
std::string palette_json();

} // namespace kpi
