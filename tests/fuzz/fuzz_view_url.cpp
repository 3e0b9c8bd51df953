// libFuzzer target for the link decoder: decode_view() on any query string, then what it decoded
// must serialise back to a URL that decodes to the same view without notices, and to JSON (as the
// viewer's snapshot does) without nlohmann throwing: every string it holds is valid UTF-8.
// Seeds: tests/fuzz/seeds/view_url (real links).
#include "core/utf8.h"
#include "core/view_url.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view query(reinterpret_cast<const char*>(data), size);
    const kpi::DecodedView d = kpi::decode_view(query);
    const std::string url = kpi::encode_view(d.view, d.data_name);
    const kpi::DecodedView again = kpi::decode_view(url);
    if (!again.notices.empty() || again.view != d.view || again.data_name != d.data_name) std::abort();
    if (!d.data_name.empty() && !kpi::is_dataset_name(d.data_name)) std::abort();

    nlohmann::json j;
    j["url"] = url;
    j["lang"] = kpi::to_string(d.view.lang);
    j["project"] = d.view.project;
    j["kpi"] = d.view.kpi;
    j["unit"] = d.view.filters.unit;
    j["q"] = d.view.filters.query;
    j["data"] = d.data_name;
    j["notices"] = d.notices;
    std::string out;
    try {
        out = j.dump();
    } catch (...) {
        std::abort();
    }
    if (!kpi::utf8_valid(out)) std::abort();
    return 0;
}
