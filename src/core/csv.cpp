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

std::string export_csv(const Dataset& d, std::string_view lang,
                       const std::function<bool(const Project&)>& keep_project) {
    const bool ja = lang == "ja";
    std::string out = "\xEF\xBB\xBF";  // UTF-8 BOM: Excel in Japan needs it to read UTF-8
    if (ja)
        row(out, {"交付金採択年度", "交付金", "事業ID", "事業名", "申請区分", "KPI番号", "KPI",
                  "単位", "期間", "年度", "計画", "実績", "達成率(%)", "状況"});
    else
        row(out, {"adopted_fy", "grant", "project_id", "project", "application", "kpi_no", "kpi",
                  "unit", "period", "fiscal_year", "plan", "actual", "achievement_pct", "status"});
    for (const auto& prog : d.programs) {
        for (const auto& p : prog.projects) {
            if (keep_project && !keep_project(p)) continue;
            const std::string app = ja ? (p.application == Application::Joint ? "共同申請" : "単独申請")
                                       : to_string(p.application);
            for (const auto& k : p.kpis) {
                auto base = [&](const std::string& period, const std::string& fy,
                                std::optional<double> plan, std::optional<double> actual,
                                const std::string& pct, const std::string& status) {
                    row(out, {std::to_string(prog.adopted_fy), text(prog.name.in(lang)), text(p.id),
                              text(p.name.in(lang)), app, std::to_string(k.no), text(k.name.in(lang)),
                              text(k.unit.in(lang)), period, fy,
                              number_cell(plan, k.decimals), number_cell(actual, k.decimals), pct, status});
                };
                base(ja ? "当初値" : "baseline", "", k.baseline_plan, k.baseline_actual, "", "");
                for (const auto& y : k.years) {
                    const auto ratio = achievement_ratio(k, y);
                    base(fy_long(y.fy, lang), std::to_string(y.fy), y.plan, y.actual,
                         ratio ? number_cell(*ratio * 100.0, 1) : "", to_string(year_status(k, y)));
                }
            }
        }
    }
    return out;
}

} // namespace kpi
