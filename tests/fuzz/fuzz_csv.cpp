// libFuzzer target for CSV writing: a dataset built from the fuzz input (any bytes in every text,
// any numbers) goes through export_csv(); the result is parsed back as RFC 4180 and must have as
// many cells in every row as in its header, text cells equal to csv_text(original) (no formula can
// start a cell), and numeric cells that are plain numbers. Columns are found by their header name,
// so a new column does not break the harness. Seeds: tests/fuzz/seeds/csv.
#include "core/csv.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

std::vector<std::vector<std::string>> parse_csv(const std::string& s, size_t from) {
    std::vector<std::vector<std::string>> rows(1);
    std::string cell;
    bool quoted = false, was_quoted = false;
    for (size_t i = from; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') { cell += '"'; ++i; }
            else if (c == '"') quoted = false;
            else cell += c;
        } else if (c == '"') {
            if (!cell.empty()) std::abort();   // a quote inside an unquoted cell
            quoted = was_quoted = true;
        } else if (c == ',') {
            rows.back().push_back(cell);
            cell.clear();
            was_quoted = false;
        } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
            rows.back().push_back(cell);
            cell.clear();
            was_quoted = false;
            rows.emplace_back();
            ++i;
        } else {
            if (c == '\r' || c == '\n') std::abort();   // a line break outside quotes
            cell += c;
        }
    }
    if (quoted) std::abort();
    (void)was_quoted;
    if (!rows.back().empty() || !cell.empty()) std::abort();   // every row ends with CRLF
    rows.pop_back();
    return rows;
}

kpi::Text text(FuzzedDataProvider& in) {
    kpi::Text t;
    t.by_lang["ja"] = in.ConsumeRandomLengthString(64);
    return t;
}

std::optional<double> number(FuzzedDataProvider& in) {
    if (in.ConsumeBool()) return std::nullopt;
    return in.ConsumeFloatingPointInRange(-1e15, 1e15) * (in.ConsumeBool() ? 1e-300 : 1.0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzedDataProvider in(data, size);
    kpi::Dataset d;
    kpi::Program prog;
    prog.id = "p";
    prog.adopted_fy = in.ConsumeIntegralInRange(1900, 2200);
    prog.name = text(in);
    kpi::Project p;
    p.id = "x";
    p.name = text(in);
    p.application = in.ConsumeBool() ? kpi::Application::Joint : kpi::Application::Single;
    kpi::Kpi k;
    k.no = in.ConsumeIntegralInRange(1, 999);
    k.name = text(in);
    k.unit = text(in);
    k.decimals = in.ConsumeIntegralInRange(0, 6);
    k.direction = in.ConsumeBool() ? kpi::Direction::Decrease : kpi::Direction::Increase;
    k.has_baseline = in.ConsumeBool();
    k.baseline_plan = number(in);
    k.baseline_actual = number(in);
    const int years = in.ConsumeIntegralInRange(0, 4);
    for (int y = 0; y < years; ++y) k.years.push_back({2019 + y, number(in), number(in)});
    p.kpis.push_back(k);
    prog.projects.push_back(p);
    d.programs.push_back(prog);

    const std::string csv = kpi::export_csv(d, kpi::Lang::Ja);
    if (csv.compare(0, 3, "\xEF\xBB\xBF") != 0) std::abort();
    const auto rows = parse_csv(csv, 3);
    if (rows.size() != 1 + (k.has_baseline ? 1 : 0) + k.years.size()) std::abort();
    auto column = [&](const char* name) -> size_t {
        const auto& head = rows[0];
        const auto it = std::find(head.begin(), head.end(), name);
        if (it == head.end()) std::abort();
        return static_cast<size_t>(it - head.begin());
    };
    const size_t grant = column("交付金"), project = column("事業名"), kpi = column("KPI"), unit = column("単位");
    const size_t numbers[] = {column("計画"), column("実績"), column("達成率(%)")};
    for (size_t r = 1; r < rows.size(); ++r) {
        const auto& c = rows[r];
        if (c.size() != rows[0].size()) std::abort();
        if (c[grant] != kpi::csv_text(prog.name.in("ja")) || c[project] != kpi::csv_text(p.name.in("ja")) ||
            c[kpi] != kpi::csv_text(k.name.in("ja")) || c[unit] != kpi::csv_text(k.unit.in("ja")))
            std::abort();
        for (size_t col : {grant, project, kpi, unit})
            if (!c[col].empty() && std::string("=+-@\t\r").find(c[col][0]) != std::string::npos) std::abort();
        for (size_t col : numbers) {   // plan, actual, achievement: empty or a plain number
            if (c[col].empty()) continue;
            char* end = nullptr;
            const double v = std::strtod(c[col].c_str(), &end);
            if (*end != '\0' || !std::isfinite(v)) std::abort();
        }
    }
    return 0;
}
