// libFuzzer target for the dataset loader: whatever the bytes, load_dataset() must return
// normally with exactly one of a dataset or an error (no crash, no exception, no sanitizer report),
// and every message it produces must be valid UTF-8 (the viewer serialises them to JSON); and the
// loader (its fast path, or the streaming loader) and the streaming loader alone must answer exactly
// what the whole-document loader (their oracle) answers, the model compared bit for bit.
// Built by CMake with -DKPI_FUZZ=ON (see `make fuzz`); seeds: data/*.json, tests/e2e/fixtures/.
#include "core/load.h"
#include "core/utf8.h"
#include "../unit/load_compare.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    kpi::LoadResult r = kpi::load_dataset(bytes);
    if (r.dataset.has_value() == r.error.has_value())
        std::abort();
    if (r.error && (r.error->message.empty() || !kpi::utf8_valid(r.error->describe())))
        std::abort();
    // load_dataset is the fast path's answer whenever it gives one; the streaming loader alone too.
    const kpi::LoadResult dom = kpi::load_dataset_dom(bytes);
    if (!load_compare::difference(r, dom).empty())
        std::abort();
    if (!load_compare::difference(kpi::load_dataset_stream(bytes), dom).empty())
        std::abort();
    return 0;
}
