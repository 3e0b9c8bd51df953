// The streaming loader (load_dataset) against its oracle, the whole-document loader
// (load_dataset_dom): the same model (compared as the writer's JSON), the same warnings, the same
// error (pointer, message, line, column). Used by test_load.cpp on every input it loads and by
// test_load_stream.cpp on generated variations.
#pragma once

#include "core/load.h"

#include <string>
#include <string_view>

namespace load_compare {

// "" when both loaders answer alike, else what differs.
inline std::string difference(const kpi::LoadResult& stream, const kpi::LoadResult& dom) {
    auto outcome = [](const kpi::LoadResult& r) {
        std::string s;
        if (r.error) s += "error: " + r.error->describe() + " [pointer " + r.error->pointer + "]\n";
        if (r.dataset) s += kpi::dataset_to_json(*r.dataset);
        for (const kpi::LoadWarning& w : r.warnings) s += "warning: " + w.describe() + "\n";
        return s;
    };
    const std::string a = outcome(stream), b = outcome(dom);
    if (a == b) return "";
    return "stream:\n" + a.substr(0, 2000) + "\ndom:\n" + b.substr(0, 2000);
}

inline std::string difference(std::string_view bytes) {
    return difference(kpi::load_dataset(bytes), kpi::load_dataset_dom(bytes));
}

} // namespace load_compare
