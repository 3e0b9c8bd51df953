// libFuzzer target for the dataset loader: whatever the bytes, load_dataset() must return
// normally with exactly one of a dataset or an error (no crash, no exception, no sanitizer report).
//
//   clang++ -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
//       tests/fuzz/fuzz_load.cpp src/core/load.cpp src/core/model.cpp -o fuzz_load
//   ./fuzz_load -max_len=4096 corpus/ data/
#include "core/load.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    kpi::LoadResult r = kpi::load_dataset(bytes);
    if (r.dataset.has_value() == r.error.has_value())
        std::abort();
    if (r.error && r.error->message.empty())
        std::abort();
    return 0;
}
