// The search index of a FilterIndex (core/query.h): for each code point, the projects whose
// normalised search text holds it, in ascending order. A query word can only occur in a text
// that holds every code point of the word, so the shortest of those lists names every project the
// word can match, and only those texts are searched; a word of one code point needs no search at
// all (UTF-8 is self-synchronising: the bytes of a whole code point occur in valid UTF-8 only
// where that code point does). The answer is the plain scan's, only from fewer texts: the first
// keystroke of a search over a nationwide file (8,705 projects, ~4 MB of text, most of which holds
// a common kana) reads a list instead of every text.
// Built a slice at a time with the search texts (FilterIndex::prepare_search), after the first
// picture, so it never delays the first data frame.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kpi {

class SearchIndex {
public:
    // Adds the code points of record `record`'s text; records come in ascending order.
    void add(uint32_t record, std::string_view normalized_text);
    // Every record was added: trims the lists' spare capacity.
    void finish();

    // The records that can hold `word` (a normalised query word, not empty): nullptr when none
    // can (a code point no text has). `exact` is set when every record listed does hold it.
    const std::vector<uint32_t>* candidates(std::string_view word, bool& exact) const;

    size_t memory_bytes() const;   // (for the benchmark's figures)

private:
    std::unordered_map<char32_t, std::vector<uint32_t>> lists_;
};

} // namespace kpi
