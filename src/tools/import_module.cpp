// The report importer as its own small wasm module (kpi_import.js + kpi_import.wasm), fetched by
// web/glue.js only when publish mode imports a file: the viewer that citizens download carries none
// of the importer's code. One call: the decoded text and the two fields staff type in, and back the
// answer as JSON (core/import_answer.h), which src/app/publishing.cpp reads.
#include "core/import_answer.h"
#include "core/import_report.h"

#include <emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>

// Returns a malloc'd UTF-8 JSON text (the caller frees it with _free).
extern "C" EMSCRIPTEN_KEEPALIVE char* kpi_import_run(const char* text, const char* publisher, const char* as_of) {
    kpi::ImportOptions opt;
    opt.publisher.by_lang["ja"] = publisher ? publisher : "";
    opt.as_of = as_of ? as_of : "";
    const std::string answer = kpi::import_answer_json(kpi::import_report(text ? text : "", opt));
    char* out = static_cast<char*>(std::malloc(answer.size() + 1));
    if (out) std::memcpy(out, answer.c_str(), answer.size() + 1);
    return out;
}
