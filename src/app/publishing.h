// Publish mode (?publish=1): a file the page read (web/glue.js: picked or dropped, decoded from
// UTF-8 or Shift_JIS) is imported by the importer module (core/import_report.h compiled as its own
// wasm, src/tools/import_module.cpp: the viewer does not carry it) or loaded as JSON, and shown in
// the real viewer; its problems are listed with their lines. Nothing is uploaded.
#pragma once

#include "ui/app_state.h"

#include <string>

namespace app {

// A file the page read: remember it and import it.
void open_file(AppState& a, const std::string& name, const std::string& text, const std::string& encoding);
// Once per frame: import the file again when the publisher's name was changed.
void publishing_frame(AppState& a);

} // namespace app
