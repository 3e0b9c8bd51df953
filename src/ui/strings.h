// The strings table lives in core (core/strings.h: the viewer and the document share one table).
// The views say Str::… and tr(…) everywhere; this header brings those names into their scope so
// the ~20 files that include it read as before.
#pragma once

#include "core/strings.h"

using kpi::Str;
using kpi::tr;
using kpi::tr_fill;
using kpi::tr_marked;
using kpi::tr_paren;
using kpi::tr_unit;
