// The code-point index of the project search (see search_index.h).
#include "search_index.h"

#include "utf8.h"

namespace kpi {

void SearchIndex::add(uint32_t record, std::string_view text) {
    for (size_t i = 0; i < text.size();) {
        const char32_t cp = utf8_decode(text, i);
        if (cp == kInvalidCodePoint || cp == U' ') continue;   // (no query word holds a space)
        std::vector<uint32_t>& list = lists_[cp];
        if (list.empty() || list.back() != record) list.push_back(record);
    }
}

void SearchIndex::finish() {
    for (auto& entry : lists_) entry.second.shrink_to_fit();
}

const std::vector<uint32_t>* SearchIndex::candidates(std::string_view word, bool& exact) const {
    const std::vector<uint32_t>* shortest = nullptr;
    size_t code_points = 0;
    for (size_t i = 0; i < word.size();) {
        const char32_t cp = utf8_decode(word, i);
        ++code_points;
        const auto it = lists_.find(cp);
        if (it == lists_.end()) return nullptr;   // no text holds this code point
        if (!shortest || it->second.size() < shortest->size()) shortest = &it->second;
    }
    exact = code_points == 1;
    return shortest;
}

size_t SearchIndex::memory_bytes() const {
    size_t n = lists_.bucket_count() * sizeof(void*);
    for (const auto& entry : lists_) n += sizeof(entry) + entry.second.capacity() * sizeof(uint32_t);
    return n;
}

} // namespace kpi
