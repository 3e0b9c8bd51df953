// What a member of staff should change, for a dataset that did not load: the loader's located
// error (load.h) says what and where in JSON terms; the hint says it as an instruction, in Japanese
// and English, and shows the offending characters readably. Used by `kpi-tool validate` and the
// viewer's error panel (both publish mode and a site's broken file).
//   a Shift_JIS file          -> save it as UTF-8
//   a comma before } or ]     -> remove the comma after line N
//   1,020 unquoted            -> write numbers without thousands separators (1020)
//   full-width digits, curly quotes, a full-width space -> the character, named, and its ASCII form
//   "－" where a number goes  -> write null for a missing value
//   /programs/2               -> numbers in locations count from 0 (the third grant)
#pragma once

#include "load.h"
#include "model.h"

#include <string_view>

namespace kpi {

// `bytes`: the file that failed; `error`: what load_dataset said. Empty when there is nothing to add.
Text staff_hint(const LoadError& error, std::string_view bytes);

} // namespace kpi
