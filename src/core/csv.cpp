#include "csv.h"

#include "achievement.h"
#include "format.h"

namespace kpi {
namespace {

std::string number_cell(std::optional<double> v, int decimals) {
    if (!v) return "";
    // Plain digits (no thousands separator) so spreadsheets read numbers as numbers.
    std::string s = format_number(v, decimals);
    std::string out;
    for (char c : s)
        if (c != ',') out += c;
    return out;
}

// Text from the dataset that a spreadsheet could take for a formula gets a leading '.
std::string text(const std::string& s) { return csv_text(s); }

void row(std::string& out, std::initializer_list<std::string> cells) {
    bool first = true;
    for (const auto& c : cells) {
        if (!first) out += ',';
        out += csv_field(c);
        first = false;
    }
    out += "\r\n";
}

} // namespace

std::string csv_field(std::string_view s) {
    const bool needs = s.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!s.empty() && (s.front() == ' ' || s.back() == ' '));
    if (!needs) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csv_text(std::string_view s) {
    if (!s.empty() && (s.front() == '=' || s.front() == '+' || s.front() == '-' || s.front() == '@' ||
                       s.front() == '\t' || s.front() == '\r'))
        return "'" + std::string(s);
    return std::string(s);
}

std::string export_csv(const Dataset& d, Lang lang,
                       const std::function<bool(const Project&)>& keep_project) {
    const bool ja = is_japanese(lang);
    std::string out = "\xEF\xBB\xBF";  // UTF-8 BOM: Excel in Japan needs it to read UTF-8
    // The last three columns carry what the screen shows besides the numbers, in the importer's
    // format (import_csv.cpp): partners joined by ・, notes one per line.
    if (ja)
        row(out, {"交付金採択年度", "交付金", "事業ID", "事業名", "申請区分", "KPI番号", "KPI",
                  "単位", "期間", "年度", "計画", "実績", "達成率(%)", "状況", "共同申請先", "事業注記", "KPI注記"});
    else
        row(out, {"adopted_fy", "grant", "project_id", "project", "application", "kpi_no", "kpi",
                  "unit", "period", "fiscal_year", "plan", "actual", "achievement_pct", "status", "partners",
                  "project_notes", "kpi_notes"});
    auto joined = [&](const std::vector<Text>& ts, const char* sep) {
        std::string s;
        for (const auto& t : ts) s += (s.empty() ? "" : sep) + t.in(lang);
        return text(s);
    };
    // The status in the header's language: 達成/未達成/実績なし/目標なし under the Japanese header.
    auto status_cell = [&](Status st) -> std::string {
        if (!ja) return to_string(st);
        switch (st) {
        case Status::Met: return "達成";
        case Status::NotMet: return "未達成";
        case Status::NoActual: return "実績なし";
        case Status::NoTarget: return "目標なし";
        }
        return "";
    };
    for (const auto& prog : d.programs) {
        for (const auto& p : prog.projects) {
            if (keep_project && !keep_project(p)) continue;
            const std::string app = ja ? (p.application == Application::Joint ? "共同申請" : "単独申請")
                                       : to_string(p.application);
            const std::string partners = joined(p.partners, ja ? "・" : ", ");
            const std::string project_notes = joined(p.notes, "\n");
            for (const auto& k : p.kpis) {
                const std::string kpi_notes = joined(k.notes, "\n");
                auto base = [&](const std::string& period, const std::string& fy,
                                std::optional<double> plan, std::optional<double> actual,
                                const std::string& pct, const std::string& status) {
                    row(out, {std::to_string(prog.adopted_fy), text(prog.name.in(lang)), text(p.id),
                              text(p.name.in(lang)), app, std::to_string(k.no), text(k.name.in(lang)),
                              text(k.unit.in(lang)), period, fy,
                              number_cell(plan, k.decimals), number_cell(actual, k.decimals), pct, status, partners,
                              project_notes, kpi_notes});
                };
                if (k.has_baseline)   // a report without 当初値 has no baseline row
                    base(ja ? "当初値" : "baseline", "", k.baseline_plan, k.baseline_actual, "", "");
                for (const auto& y : k.years) {
                    const auto ratio = achievement_ratio(k, y);
                    base(fy_long(y.fy, lang), std::to_string(y.fy), y.plan, y.actual,
                         ratio ? number_cell(*ratio * 100.0, 0) : "", status_cell(year_status(k, y)));   // whole %, as on screen
                }
            }
        }
    }
    return out;
}

} // namespace kpi
