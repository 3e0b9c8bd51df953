// Query-string parsing for links: percent-decoding that survives apps which turn %20 into '+',
// never throws, and drops what is not valid UTF-8.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kpi {

// "%E6%9C%AD" -> "札", '+' -> ' '; malformed escapes are kept literally.
std::string percent_decode(std::string_view s);
// "a=1&b=x+y" -> {{"a","1"},{"b","x y"}}; keys without '=' get an empty value.
std::vector<std::pair<std::string, std::string>> parse_query(std::string_view query);
// The FIRST value of `key` into `out` (the rule of decode_view and of URLSearchParams.get());
// false, and `out` untouched, when the key is absent.
bool query_value(const std::vector<std::pair<std::string, std::string>>& q, std::string_view key,
                 std::string& out);

} // namespace kpi
