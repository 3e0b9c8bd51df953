// Colours and sizes for the views. The colours are core/palette.h's (the one list, shared with the
// page's CSS and the site's images), as ImGui colours under the names the views use.
#pragma once

#include "core/achievement.h"
#include "core/palette.h"

#include <imgui.h>

namespace theme {

constexpr ImU32 colour(kpi::Colour c) {
    const kpi::Swatch& s = kpi::swatch(c);
    return IM_COL32(s.r, s.g, s.b, s.a);
}

constexpr ImU32 kPlan = colour(kpi::Colour::Plan);
constexpr ImU32 kPlanEdge = colour(kpi::Colour::PlanEdge);
constexpr ImU32 kActual = colour(kpi::Colour::Actual);
constexpr ImU32 kBaseline = colour(kpi::Colour::Baseline);
constexpr ImU32 kMet = colour(kpi::Colour::Met);
constexpr ImU32 kNotMet = colour(kpi::Colour::NotMet);
constexpr ImU32 kNoActual = colour(kpi::Colour::NoActual);
constexpr ImU32 kNoTarget = colour(kpi::Colour::NoTarget);
constexpr ImU32 kPage = colour(kpi::Colour::Page);
constexpr ImU32 kCard = colour(kpi::Colour::Card);
constexpr ImU32 kBorder = colour(kpi::Colour::Border);
constexpr ImU32 kControlBorder = colour(kpi::Colour::ControlBorder);
constexpr ImU32 kFocus = colour(kpi::Colour::Focus);
constexpr ImU32 kText = colour(kpi::Colour::Text);
constexpr ImU32 kMuted = colour(kpi::Colour::Muted);
constexpr ImU32 kAccent = colour(kpi::Colour::Accent);
constexpr ImU32 kAccentSoft = colour(kpi::Colour::AccentSoft);
constexpr ImU32 kOnAccent = colour(kpi::Colour::OnAccent);
constexpr ImU32 kGrid = colour(kpi::Colour::Grid);
constexpr ImU32 kError = colour(kpi::Colour::Error);
constexpr ImU32 kOnBarBadge = colour(kpi::Colour::OnBarBadge);
constexpr ImU32 kOnBarButton = colour(kpi::Colour::OnBarButton);
constexpr ImU32 kOnBarButtonHovered = colour(kpi::Colour::OnBarButtonHovered);
constexpr ImU32 kOnBarButtonActive = colour(kpi::Colour::OnBarButtonActive);
constexpr ImU32 kTrack = colour(kpi::Colour::Track);
constexpr ImU32 kScrim = colour(kpi::Colour::Scrim);
constexpr ImU32 kChartHighlight = colour(kpi::Colour::ChartHighlight);
constexpr ImU32 kPressed = colour(kpi::Colour::Pressed);
constexpr ImU32 kHeaderHovered = colour(kpi::Colour::HeaderHovered);
constexpr ImU32 kTableHeader = colour(kpi::Colour::TableHeader);
constexpr ImU32 kRowAlt = colour(kpi::Colour::RowAlt);
constexpr ImU32 kScrollbarGrab = colour(kpi::Colour::ScrollbarGrab);
constexpr ImU32 kModalDim = colour(kpi::Colour::ModalDim);

ImU32 status_colour(kpi::Status s);
ImVec4 to_vec4(ImU32 c);
// A status badge's background for the outlined ("cannot judge") statuses: the colour at 12 %.
ImU32 badge_tint(ImU32 c);
// WCAG 2.x contrast ratio of two opaque colours (1 to 21), and `over` at its alpha on `under`.
double contrast_ratio(ImU32 a, ImU32 b);
ImU32 blend(ImU32 over, ImU32 under);

// --- [SECTION] metrics -----------------------------------------------------------------------
// Sizes in CSS pixels at scale 1 (ImGui works in CSS px; the framebuffer scale handles high-DPI).
// Views multiply them by ui::Scale() (the kiosk enlarges everything) and write no pixel number of
// their own (tests/source/test_metrics.cpp): a spacing scale, a few named layout sizes, a type scale.
// One-off geometry of a single drawing (a chart's tick gap, the focus ring) is a named constexpr at
// the top of its file or function instead. The ImGui style's own paddings are in theme.cpp apply().
constexpr float kBaseFont = 16.0f;
constexpr float kTouchTarget = 44.0f;   // minimum height of anything tappable
constexpr float kWideLayout = 900.0f;   // from this width: side panel for filters

// Spacing scale: gaps between items (VSpace, SameLine) and small insets.
constexpr float kGap2xs = 2.0f;    // a label and its value; a heading and what follows
constexpr float kGapXs = 4.0f;     // after a card; between blocks of one card
constexpr float kGapS = 6.0f;      // between rows of a list; before a group of chips
constexpr float kGapM = 8.0f;      // between a badge and its text; after a panel or notice
constexpr float kGapL = 12.0f;     // between words of a status line; margin of the top bar's buttons and the share panel
constexpr float kGapXl = 16.0f;    // the top bar's title: its inset and the room before the buttons
constexpr float kBlockGap = 10.0f;     // before a block of its own (KPI list, "clear filters")
constexpr float kSectionGap = 14.0f;   // between the overview's grant programs
constexpr float kPageEndGap = 40.0f;   // below the last item of the page; above "loading"

// Containers.
constexpr float kCardPaddingX = 16.0f, kCardPaddingY = 14.0f;     // cards (also the kiosk card)
constexpr float kPanelPaddingX = 18.0f, kPanelPaddingY = 16.0f;   // side panel, filter sheet
constexpr float kDialogPaddingX = 20.0f, kDialogPaddingY = 18.0f; // share panel, dataset picker
constexpr float kEmbedPaddingX = 14.0f, kEmbedPaddingY = 12.0f;   // ?embed=1 page
constexpr float kFloatingRadius = 12.0f;   // corners of a floating panel (share, kiosk card)
constexpr float kCloseButtonExtra = 40.0f; // a dialog's Close button: its text's width plus this

// Controls.
constexpr float kControlPaddingX = 14.0f;   // text inset of a chip and of a top-bar button
constexpr float kChipInsetY = 4.0f;         // a chip's pill inside its kTouchTarget-high hit area
constexpr float kChipGap = 6.0f;            // between chips (tabs, filters, years)
constexpr float kTagPaddingX = 8.0f, kTagPaddingY = 3.0f;   // tags and status badges
constexpr float kTagRadius = 4.0f;
constexpr float kFieldPaddingX = 12.0f;     // text inside a text field
constexpr float kFieldRadius = 8.0f;        // = the style's FrameRounding

// Layout sizes.
constexpr float kTopBarHeight = 60.0f;
constexpr float kSidePanelWidth = 320.0f;   // filters, wide screens
constexpr float kColumnMaxWidth = 960.0f;   // the content column
constexpr float kColumnGutter = 16.0f;      // at least this much page either side of the column
constexpr float kChartHeight = 220.0f;      // a KPI chart on a phone
constexpr float kChartHeightWide = 260.0f;  // ... from kWideLayout
constexpr float kSharePanelWidth = 440.0f;  // wide screens (phones: the whole screen)
constexpr float kLanguagePanelWidth = 260.0f;  // the language control's choice of three
constexpr float kPickerMaxWidth = 640.0f;   // the dataset picker
constexpr float kQrSize = 240.0f;           // share panel's QR code: scannable from a print
constexpr float kKioskCardWidth = 300.0f;   // kiosk: the QR card in the bottom-right corner
constexpr float kKioskCardMargin = 16.0f;   // ... its distance from the screen's edges

// Strokes (line widths).
constexpr float kStrokeThin = 1.0f;     // a link's underline; an unfocused field's border
constexpr float kStrokeMedium = 1.5f;   // caret, dashed baselines; unscaled: plan bars' edges, the 100 % line
constexpr float kStrokeBold = 2.0f;     // a focused field's border; the IME underline

// Type scale: heading and text sizes as multiples of kBaseFont (ui::Heading's factor).
constexpr float kTypePageTitle = 1.45f;    // a project's name on its page
constexpr float kTypeViewTitle = 1.3f;     // compare view, filter sheet; the top bar on wide screens
constexpr float kTypeDialogTitle = 1.25f;  // share panel, dataset picker, publish panel
constexpr float kTypeSection = 1.2f;       // a grant program; "KPIs" on a project page
constexpr float kTypeCardTitle = 1.15f;    // a project card's name; side panel and error titles
constexpr float kTypeLead = 1.1f;          // the summary line, a KPI card's title, list headings

void apply(float ui_scale);  // ImGui style for the light theme at a given scale

// High contrast (forced-colors: active, prefers-contrast: more): every colour of the frame's draw
// lists becomes black or white by its luminance, so text, marks and control borders are black on
// white and filled controls white on black (status words keep the meaning). Also the page colour.
void force_high_contrast(ImDrawData* draw_data);
constexpr ImU32 kHighContrastPage = IM_COL32_WHITE;

} // namespace theme
