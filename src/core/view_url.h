// View state <-> URL query string. Short readable keys, ids rather than Japanese text:
//   project=<id>  kpi=<n>  lang=en  era=western  view=compare  fy=<compare year>
//   grant=<adoption year>  app=single|joint  status=met|not-met|no-actual|no-target
//   unit=<unit as written in Japanese, <= 64 characters>  q=<search text, <= 200 bytes>  data=<dataset name>
// Page options (not part of the view, never written back): embed=1, kiosk=1, publish=1, rotate=<s>, idle=<s>
// Defaults are left out, so the overview in Japanese is just "?" (or "" ). Decoding never throws:
// unknown keys are ignored, invalid values fall back to the default with a short notice.
//
// Rules the JS glue (web/) mirrors, so both sides read a link the same way:
//  - Repeated keys: the FIRST occurrence decides (as URLSearchParams.get() does); later ones are
//    ignored, with one notice per repeated known key ("data: repeated, the first value is used").
//    When the first value is invalid it falls back to the default; a later valid one is not used.
//  - Dataset names: see is_dataset_name().
#pragma once

#include "kiosk.h"
#include "view_state.h"

#include <string>
#include <string_view>
#include <vector>

namespace kpi {

struct DecodedView {
    ViewState view;
    std::string data_name;               // "" = the default dataset
    bool embed = false;                  // embed=1: one chart without the app chrome (a page option)
    bool kiosk = false;                  // kiosk=1: attract loop, large type, touch only (page option)
    bool publish = false;                // publish=1: import a city's report file and preview it (page option)
    KioskOptions kiosk_options;          // kiosk: rotate= and idle= over the defaults of core/kiosk.h
    std::vector<std::string> notices;    // e.g. "kpi: \"x\" is not a KPI number" (English, short)
};

// The one rule for a dataset name (?data=NAME, the file data/NAME.json, <meta name="kpi-dataset">):
// a slug of 1-64 characters: a-z, 0-9 and single hyphens between them. In JS:
//   /^(?=.{1,64}$)[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)
// Nothing else (no dots, slashes, upper case or %) ever reaches a fetch URL.
bool is_dataset_name(std::string_view name);

// Query string (with or without the leading '?') -> view. Values may use %XX and '+' for spaces.
DecodedView decode_view(std::string_view query);
// The embed code for a page link (absolute, as shared): an <iframe> of `link` with embed=1 added,
// `title` as its title attribute (HTML-escaped, as is the src), a sensible size and no border.
std::string iframe_snippet(std::string_view link, std::string_view title, int width = 640, int height = 420);

// The year style a language shows when the link has no era=: Japanese years (R4) in Japanese,
// Western years (2022 (R4)) in English. decode_view applies it when the link has no era=;
// encode_view writes era= when the era was chosen or differs from it.
EraStyle default_era(Lang lang);

// View -> query string starting with '?', or "" when everything is default. Deterministic order.
// data_name is left out when it equals default_data (the site's own dataset).
std::string encode_view(const ViewState& v, std::string_view data_name = "", std::string_view default_data = "");

// Percent-encoding for a query value: unreserved characters stay, everything else is %XX
// (spaces too, so the link survives apps that treat '+' differently).
std::string percent_encode(std::string_view s);

// Is the change from a to b a navigation (pushState: Back returns to a) rather than a tweak of the
// same page such as a filter or the language (replaceState)?
bool is_navigation(const ViewState& a, const ViewState& b);

} // namespace kpi
