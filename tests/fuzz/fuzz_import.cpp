// libFuzzer target for the report importer (text layout and CSV, as `kpi-tool import` and the
// browser's publish mode run it): whatever the text, import_report() returns normally with either a
// dataset or at least one error; every message is one line of valid UTF-8 with no control
// character (they are printed to terminals and shown on the page); a dataset it returns passes
// the loader again as JSON. Seeds: tests/data/import, tests/fuzz/seeds/import.
#include "core/import_report.h"
#include "core/load.h"
#include "core/utf8.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

void check_message(const kpi::ImportIssue& issue) {
    const std::string m = issue.describe("in.txt");
    if (issue.message.empty() || !kpi::utf8_valid(m) || kpi::utf8_printable(m) != m) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    kpi::ImportOptions opt;
    opt.publisher.by_lang["ja"] = "市";
    opt.as_of = "2026-03-31";
    const kpi::ImportResult r = kpi::import_report(text, opt);
    if (r.ok() == !r.errors.empty()) std::abort();
    for (const auto& e : r.errors) check_message(e);
    for (const auto& w : r.warnings) check_message(w);
    if (r.ok() && !kpi::load_dataset(kpi::dataset_to_json(*r.dataset)).ok()) std::abort();
    return 0;
}
