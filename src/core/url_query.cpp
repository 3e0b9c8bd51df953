#include "url_query.h"

namespace kpi {
namespace {
int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
} // namespace

std::string percent_decode(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> parse_query(std::string_view q) {
    std::vector<std::pair<std::string, std::string>> out;
    if (!q.empty() && q.front() == '?') q.remove_prefix(1);
    size_t start = 0;
    while (start <= q.size()) {
        size_t end = q.find('&', start);
        if (end == std::string_view::npos) end = q.size();
        const std::string_view part = q.substr(start, end - start);
        if (!part.empty()) {
            const size_t eq = part.find('=');
            if (eq == std::string_view::npos) out.emplace_back(percent_decode(part), "");
            else out.emplace_back(percent_decode(part.substr(0, eq)), percent_decode(part.substr(eq + 1)));
        }
        start = end + 1;
    }
    return out;
}

bool query_value(const std::vector<std::pair<std::string, std::string>>& q, std::string_view key,
                 std::string& out) {
    for (const auto& kv : q)
        if (kv.first == key) {
            out = kv.second;
            return true;
        }
    return false;
}

} // namespace kpi
