// Import: the CSV that `kpi-tool csv` writes (Japanese header), after editing in a spreadsheet.
// Columns are found by their header name, so their order does not matter and extra columns
// (the extended set in data/FORMAT.md: 交付金ID, 財源, 実施期間, 交付金注記, 共同申請先, 事業概要,
// KPI見出し補足, 事業注記, 小数桁数, 方向, KPI注記) carry what the basic export leaves out.
// 期間, 達成率(%) and 状況 are computed by the export and ignored here.
#include "import_internal.h"
#include "load.h"

#include <algorithm>

namespace kpi::import_detail {
namespace {

struct Record {
    long line = 0;
    std::vector<std::string> fields;
};

// RFC 4180: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF.
std::vector<Record> parse_csv(std::string_view s, std::vector<ImportIssue>& errors) {
    std::vector<Record> out;
    long line = 1;
    size_t i = 0;
    while (i < s.size()) {
        Record rec;
        rec.line = line;
        std::string field;
        bool end_of_record = false;
        while (!end_of_record) {
            field.clear();
            if (i < s.size() && s[i] == '"') {
                ++i;
                const long open_line = line;
                while (true) {
                    if (i >= s.size()) {
                        errors.push_back({open_line, "expected a closing quote (\") for the field opened here, found the end of the file"});
                        return out;
                    }
                    if (s[i] == '"') {
                        if (i + 1 < s.size() && s[i + 1] == '"') { field += '"'; i += 2; continue; }
                        ++i;
                        break;
                    }
                    if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') { ++i; continue; }
                    if (s[i] == '\n') ++line;
                    field += s[i++];
                }
                if (i < s.size() && s[i] != ',' && s[i] != '\r' && s[i] != '\n') {
                    errors.push_back({line, "expected a comma or the end of the line after a quoted field, found " +
                                                shown(s.substr(i, 10))});
                    while (i < s.size() && s[i] != ',' && s[i] != '\n') ++i;
                }
            } else {
                while (i < s.size() && s[i] != ',' && s[i] != '\r' && s[i] != '\n') field += s[i++];
            }
            rec.fields.push_back(field);
            if (i < s.size() && s[i] == ',') { ++i; continue; }
            if (i < s.size() && s[i] == '\r') ++i;
            if (i < s.size() && s[i] == '\n') { ++i; ++line; }
            end_of_record = true;
        }
        // A blank line, or a row of empty cells (Excel saves ",,,,," for rows it once touched).
        bool blank = true;
        for (const auto& f : rec.fields) blank = blank && trim(f).empty();
        if (!blank) out.push_back(std::move(rec));
    }
    return out;
}

// Several texts in one cell: one per line.
std::vector<Text> texts_of(const std::string& cell, bool split_dots) {
    std::vector<Text> out;
    std::string s = cell;
    if (split_dots) {
        size_t at;
        while ((at = s.find("・")) != std::string::npos) s.replace(at, 3, "\n");
    }
    size_t start = 0;
    while (start <= s.size()) {
        size_t end = s.find('\n', start);
        std::string t = fold_text(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (!t.empty()) out.push_back(ja(t));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return out;
}

std::string join(const std::vector<Text>& ts) {
    std::string s;
    for (const auto& t : ts) s += (s.empty() ? "" : "\n") + t.in("ja");
    return s;
}

struct KpiState {
    long line = 0;
    bool baseline_seen = false;
    int decimals = 0;
    bool decimals_given = false;
    int numbers = 0, three_decimals = 0;   // values read, and of those written with 3 decimals
    std::vector<std::pair<long, std::string>> ambiguous;   // "1.200" cells: line, cell
};

} // namespace

ImportResult import_csv(std::string_view utf8, const ImportOptions& opt) {
    ImportResult r;
    auto error = [&](long line, std::string msg) { r.errors.push_back({line, std::move(msg)}); };
    std::vector<Record> recs = parse_csv(utf8, r.errors);
    if (recs.empty()) {
        error(1, "expected the CSV header (交付金採択年度,交付金,事業ID,…), found nothing");
        return r;
    }
    const Record& head = recs.front();
    std::map<std::string, size_t> col;
    for (size_t c = 0; c < head.fields.size(); ++c) {
        const std::string name = fold_text(head.fields[c]);
        if (col.count(name)) error(head.line, "expected each column once, found " + shown(name) + " twice");
        col[name] = c;
    }
    if (col.count("adopted_fy")) {
        error(head.line, "expected the Japanese header of `kpi-tool csv` (交付金採択年度,…), found the English one "
                         "(its texts are English; the dataset needs the Japanese texts)");
        return r;
    }
    for (const char* need : {"交付金採択年度", "交付金", "事業名", "申請区分", "KPI番号", "KPI", "単位", "年度", "計画", "実績"})
        if (!col.count(need))
            error(head.line, std::string("expected a column ") + need + " in the header, found none / 見出しに「" + need +
                                 "」の列が必要です");
    if (!r.errors.empty()) return r;
    const bool has_summary = col.count("事業概要") > 0;
    if (!has_summary)
        r.warnings.push_back({head.line, "no 事業概要 (summary) column: each project's summary is set to its name; "
                                         "add the column or edit the JSON"});

    Dataset ds;
    struct ProgKey { std::string key; size_t index; };
    std::vector<std::pair<std::string, size_t>> programs;               // key -> index
    std::map<std::string, std::pair<size_t, size_t>> projects;          // project key -> (prog, proj)
    std::map<std::string, long> first_line;                              // project key -> line
    std::map<std::string, std::pair<std::string, long>> first_value;    // owner/column -> value, line
    std::map<std::pair<size_t, size_t>, long> project_line;             // (program, project) -> first line
    std::map<std::tuple<size_t, size_t, size_t>, KpiState> kstate;

    for (size_t ri = 1; ri < recs.size(); ++ri) {
        const Record& rec = recs[ri];
        const long line = rec.line;
        if (rec.fields.size() != head.fields.size()) {
            error(line, "expected " + std::to_string(head.fields.size()) + " columns as in the header, found " +
                            std::to_string(rec.fields.size()) + " / この行のセル数が見出しと違います（見出し " +
                            std::to_string(head.fields.size()) + "、この行 " + std::to_string(rec.fields.size()) +
                            "）。値の中のカンマは \"…\" で囲んでください");
            continue;
        }
        auto get = [&](const char* name) -> std::string {
            auto it = col.find(name);
            return it == col.end() ? std::string() : fold_text(rec.fields[it->second]);
        };
        auto raw = [&](const char* name) -> std::string {
            auto it = col.find(name);
            return it == col.end() ? std::string() : rec.fields[it->second];
        };
        // The same field must hold the same value on every row of its program/project/KPI: the
        // first row that gives it sets it; a row that disagrees is refused, naming both lines.
        auto agree = [&](const std::string& value, const std::string& owner, const char* column) -> bool {
            if (value.empty()) return false;
            auto [it, fresh] = first_value.try_emplace(owner + "/" + column, value, line);
            if (!fresh && it->second.first != value)
                error(line, std::string("expected the same ") + column + " as on line " +
                                std::to_string(it->second.second) + " (" + shown(it->second.first) + "), found " +
                                shown(value) + " / " + column + " が " + std::to_string(it->second.second) +
                                "行目と違います（同じ事業・KPIの行はすべて同じ値にしてください）");
            return fresh;
        };
        auto same = [&](Text& into, const std::string& value, const std::string& owner, const char* column) {
            if (agree(value, owner, column)) into = ja(value);
        };

        // Program.
        std::string why;
        auto fy = parse_fiscal_year(get("交付金採択年度"), &why);
        if (!fy) {
            error(line, why.empty() ? "expected a fiscal year in 交付金採択年度 (2022 or R4), found " + shown(get("交付金採択年度"))
                                    : why);
            continue;
        }
        const std::string grant = get("交付金");
        if (grant.empty()) { error(line, "expected the grant's name in 交付金, found nothing"); continue; }
        const std::string gid = get("交付金ID");
        if (!gid.empty() && !is_slug(gid)) {
            error(line, "expected a slug (a-z, 0-9, single hyphens) in 交付金ID, found " + shown(gid));
            continue;
        }
        const std::string pkey = gid.empty() ? std::to_string(*fy) + "/" + grant : "#" + gid;
        auto pit = std::find_if(programs.begin(), programs.end(), [&](const auto& e) { return e.first == pkey; });
        size_t pi;
        if (pit == programs.end()) {
            Program pg;
            pg.id = gid;
            pg.adopted_fy = *fy;
            pg.name = ja(grant);
            ds.programs.push_back(std::move(pg));
            pi = ds.programs.size() - 1;
            programs.push_back({pkey, pi});
        } else {
            pi = pit->second;
            if (ds.programs[pi].adopted_fy != *fy || ds.programs[pi].name.in("ja") != grant)
                error(line, "expected 交付金ID " + gid + " to keep the year and name of its first row, found " +
                                std::to_string(*fy) + " " + shown(grant));
        }
        Program& prog = ds.programs[pi];
        same(prog.funding, get("財源"), pkey, "財源");
        same(prog.period, get("実施期間"), pkey, "実施期間");
        if (col.count("交付金注記")) {
            const std::string notes = join(texts_of(raw("交付金注記"), false));
            if (agree(notes, pkey, "交付金注記")) prog.notes = texts_of(notes, false);
        }

        // Project.
        const std::string name = get("事業名");
        const std::string id = get("事業ID");
        if (name.empty() && id.empty()) {
            if (!get("KPI番号").empty() || !get("計画").empty() || !get("実績").empty())
                error(line, "expected 事業名 for a row with KPI values, found nothing");
            continue;   // a grant-only row (a year with no new projects)
        }
        if (name.empty()) { error(line, "expected the project's name in 事業名, found nothing"); continue; }
        if (!id.empty() && !is_slug(id)) {
            error(line, "expected a slug (a-z, 0-9, single hyphens) in 事業ID, found " + shown(id));
            continue;
        }
        // A project is joined by its id; a row whose 事業ID is blank joins the project of the same
        // grant and name (never a silent second project holding one value).
        const std::string nkey = "name:" + pkey + "/" + name;
        std::string jkey = id.empty() ? nkey : "id:" + id;
        if (!id.empty() && !projects.count(jkey)) {
            if (auto named = projects.find(nkey); named != projects.end()) {
                Project& before = ds.programs[named->second.first].projects[named->second.second];
                if (!before.id.empty() && before.id != id) {
                    error(line, "expected one 事業ID for the project " + shown(name) + ", found " + shown(id) +
                                    " here and " + shown(before.id) + " on line " + std::to_string(first_line[nkey]) +
                                    " / 同じ事業名に2つの事業IDがあります（" + std::to_string(first_line[nkey]) + "行目）");
                    continue;
                }
                before.id = id;   // rows before this one left the id blank
                projects[jkey] = named->second;
                first_line[jkey] = first_line[nkey];
            }
        } else if (id.empty()) {
            if (auto named = projects.find(nkey); named != projects.end() && !ds.programs[named->second.first]
                                                                                   .projects[named->second.second]
                                                                                   .id.empty())
                jkey = "id:" + ds.programs[named->second.first].projects[named->second.second].id;
        }
        size_t qi;
        if (auto it = projects.find(jkey); it == projects.end()) {
            Project p;
            p.id = id;
            p.name = ja(name);
            prog.projects.push_back(std::move(p));
            qi = prog.projects.size() - 1;
            projects[jkey] = {pi, qi};
            projects.try_emplace(nkey, pi, qi);
            project_line[{pi, qi}] = line;
            first_line[jkey] = line;
            first_line.try_emplace(nkey, line);
        } else {
            if (it->second.first != pi) {
                error(line, "expected project " + shown(id.empty() ? name : id) + " under the grant of line " +
                                std::to_string(first_line[jkey]) + ", found it under another grant");
                continue;
            }
            qi = it->second.second;
        }
        Project& p = prog.projects[qi];
        if (p.name.in("ja") != name)
            error(line, "expected the 事業名 of line " + std::to_string(first_line[jkey]) + " (" + shown(p.name.in("ja")) +
                            ") for 事業ID " + id + ", found " + shown(name));
        const std::string owner = "project@" + std::to_string(pi) + "/" + std::to_string(qi);
        const std::string app = get("申請区分");
        std::optional<Application> a;
        if (app == "単独申請" || app == "single") a = Application::Single;
        else if (app == "共同申請" || app == "joint") a = Application::Joint;
        if (!a) error(line, "expected 単独申請 or 共同申請 in 申請区分, found " + shown(app) + " / 申請区分は 単独申請 か 共同申請 です");
        else if (agree(to_string(*a), owner, "申請区分")) p.application = *a;
        if (col.count("共同申請先")) {
            const std::string partners = join(texts_of(raw("共同申請先"), true));
            if (agree(partners, owner, "共同申請先")) p.partners = texts_of(partners, false);
        }
        if (col.count("事業概要")) {
            std::string s;
            for (const auto& t : texts_of(raw("事業概要"), false)) s += (s.empty() ? "" : "\n") + t.in("ja");
            same(p.summary, s, owner, "事業概要");
        }
        same(p.kpi_scope, get("KPI見出し補足"), owner, "KPI見出し補足");
        if (col.count("事業注記")) {
            const std::string notes = join(texts_of(raw("事業注記"), false));
            if (agree(notes, owner, "事業注記")) p.notes = texts_of(notes, false);
        }

        // KPI.
        const std::string kno = get("KPI番号");
        size_t len = 0;
        auto no = parse_kpi_marker(kno, &len);
        if (!no || len != kno.size() || *no < 1 || *no > 999) {
            error(line, "expected a KPI number 1-999 in KPI番号, found " + shown(kno));
            continue;
        }
        auto kit = std::find_if(p.kpis.begin(), p.kpis.end(), [&](const Kpi& k) { return k.no == *no; });
        if (kit == p.kpis.end()) {
            Kpi k;
            k.no = *no;
            p.kpis.push_back(std::move(k));
            kit = p.kpis.end() - 1;
        }
        Kpi& k = *kit;
        const std::string kkey = owner + "/kpi" + std::to_string(*no);
        KpiState& ks = kstate[{pi, qi, static_cast<size_t>(kit - p.kpis.begin())}];
        if (ks.line == 0) ks.line = line;
        if (get("KPI").empty()) error(line, "expected the KPI's name in KPI, found nothing");
        same(k.name, get("KPI"), kkey, "KPI");
        if (get("単位").empty()) error(line, "expected the unit in 単位, found nothing");
        same(k.unit, get("単位"), kkey, "単位");
        if (const std::string d = get("小数桁数"); !d.empty()) {
            if (d.size() != 1 || d[0] < '0' || d[0] > '6') error(line, "expected 0-6 in 小数桁数, found " + shown(d));
            else if (ks.decimals_given && ks.decimals != d[0] - '0')
                error(line, "expected the 小数桁数 of line " + std::to_string(ks.line) + ", found " + shown(d));
            else { ks.decimals_given = true; ks.decimals = d[0] - '0'; }
        }
        if (const std::string dir = get("方向"); !dir.empty()) {
            if (dir == "減少" || dir == "decrease") k.direction = Direction::Decrease;
            else if (dir == "増加" || dir == "increase") k.direction = Direction::Increase;
            else error(line, "expected 増加 or 減少 in 方向, found " + shown(dir));
        }
        if (col.count("KPI注記")) {
            const std::string notes = join(texts_of(raw("KPI注記"), false));
            if (agree(notes, kkey, "KPI注記")) k.notes = texts_of(notes, false);
        }

        // Values.
        auto number = [&](const char* column) -> std::optional<double> {
            const std::string cell = get(column);
            std::string why;
            auto n = parse_number(cell, &why);
            if (!n) {
                error(line, std::string("expected a number or an empty cell in ") + column + ", found " + shown(cell) +
                                ": " + why);
                return std::nullopt;
            }
            std::string notice;
            if (const std::string bad = check_suffix(*n, cell, get("単位"), &notice); !bad.empty()) error(line, bad);
            else if (!notice.empty()) r.warnings.push_back({line, notice});
            if (n->value) {
                ++ks.numbers;
                ks.three_decimals += n->decimals == 3;
                if (n->ambiguous_point) ks.ambiguous.push_back({line, cell});
            }
            if (!ks.decimals_given) ks.decimals = std::max(ks.decimals, n->decimals);
            return n->value;
        };
        const std::string year = get("年度");
        const auto plan = number("計画");
        const auto actual = number("実績");
        if (year.empty()) {
            if (ks.baseline_seen) {
                error(line, "expected one 当初値 row (empty 年度) per KPI, found a second");
                continue;
            }
            ks.baseline_seen = true;
            k.baseline_plan = plan;
            k.baseline_actual = actual;
            continue;
        }
        why.clear();
        auto yfy = parse_fiscal_year(year, &why);
        if (!yfy) {
            error(line, why.empty() ? "expected a fiscal year in 年度 (2022 or R4), found " + shown(year) : why);
            continue;
        }
        if (!k.years.empty() && *yfy <= k.years.back().fy) {
            error(line, "expected fiscal years in ascending order for KPI " + std::to_string(*no) + ", found " +
                            std::to_string(*yfy) + " after " + std::to_string(k.years.back().fy));
            continue;
        }
        k.years.push_back({*yfy, plan, actual});
    }
    for (auto& [key, ks] : kstate) {
        auto [pi, qi, ki] = key;
        Kpi& k = ds.programs[pi].projects[qi].kpis[ki];
        if (ks.decimals > 6) error(ks.line, "expected at most 6 decimals, found " + std::to_string(ks.decimals));
        k.decimals = std::min(ks.decimals, 6);
        k.has_baseline = ks.baseline_seen;
        // "1.200" is read as a decimal only when every value of its KPI has three decimals.
        if (!(ks.numbers > 1 && ks.three_decimals == ks.numbers))
            for (const auto& [at, cell] : ks.ambiguous) error(at, ambiguous_point_message(cell));
    }
    for (size_t pi = 0; pi < ds.programs.size(); ++pi)
        for (size_t qi = 0; qi < ds.programs[pi].projects.size(); ++qi)
            if (Project& p = ds.programs[pi].projects[qi]; p.summary.empty()) {
                if (has_summary)
                    r.warnings.push_back({project_line[{pi, qi}],
                                          "empty 事業概要 for " + shown(p.name.in("ja")) + ": summary set to its name"});
                p.summary = p.name;
            }
    finish(std::move(ds), opt, {}, r);
    return r;
}

} // namespace kpi::import_detail
