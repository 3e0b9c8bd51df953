// Import: the report's text layout (as in the published report, tab-separated table cells).
// One line at a time; each line is classified by how it starts:
//   ※…                       a note (attached as described in data/FORMAT.md)
//   ○… / ◯…                  a project line, ending in <単独申請> or <…と共同申請>
//   R2年度…交付金<…>【…】     a grant (program) line: era + year + 年度 + name + funding + period
//   【KPI】（…）               the KPI heading, optionally with a scope remark
//   KPI①<TAB>name             a KPI
//   cells with TABs            the KPI table: a header (当初値, years, 単位) and rows ①計画, ①実績…
//   anything else             a line of the project's description
#include "import_internal.h"

#include <algorithm>

namespace kpi::import_detail {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool contains(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }

std::string circled(int no) {
    if (no >= 1 && no <= 20) {
        const uint32_t cp = 0x2460 + no - 1;
        std::string s;
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
        return s;
    }
    return std::to_string(no);
}

struct RowDraft {
    long line = 0;
    std::vector<Number> values;   // baseline (if the table has one) then one per year
    std::vector<std::string> cells;   // the value cells as written (for messages)
    std::string unit;
};

struct KpiDraft {
    long line = 0;
    std::optional<RowDraft> plan, actual;
};

struct TableDraft {
    long line = 0;
    bool baseline = false;
    std::vector<int> years;
    size_t columns = 0;           // label + baseline + years + unit
};

struct Parser {
    explicit Parser(ImportResult& result) : r(result) {}
    ImportResult& r;
    Dataset ds;

    int prog = -1, proj = -1;             // indices into ds
    long proj_line = 0;
    enum class Stage { Description, Kpis, Table } stage = Stage::Description;
    int last_kpi_line_kpi = -1;           // index of the KPI whose name line came just before
    std::vector<KpiDraft> drafts;         // parallel to the current project's kpis
    std::optional<TableDraft> table;
    SourceLines lines;                    // JSON pointer -> input line (see finish())
    Text* open_note = nullptr;            // the note on the previous non-blank line (it may go on)
    long open_note_line = 0;
    bool title_seen = false;

    std::string pointer_of_project() const {
        return "/programs/" + std::to_string(prog) + "/projects/" + std::to_string(proj);
    }

    void error(long line, std::string msg) { r.errors.push_back({line, std::move(msg)}); }
    Program* program() { return prog < 0 ? nullptr : &ds.programs[prog]; }
    Project* project() { return proj < 0 ? nullptr : &ds.programs[prog].projects[proj]; }

    void close_project() {
        Project* p = project();
        if (!p) return;
        if (p->summary.empty()) error(proj_line, "expected a description below the project line, found none");
        if (!p->kpis.empty() && !table)
            error(drafts.front().line, "expected a KPI table (当初値, years, 単位) after the KPI lines, found none");
        for (size_t i = 0; i < p->kpis.size() && table; ++i) {
            Kpi& k = p->kpis[i];
            const KpiDraft& d = drafts[i];
            const std::string m = circled(k.no);
            if (!d.plan && d.actual) {
                error(d.actual->line, "expected a " + m + "計画 row before " + m + "実績, found none / " + m + "実績の前に" + m + "計画の行が必要です");
                continue;
            }
            if (!d.plan) {
                error(d.line, "expected " + m + "計画 and " + m + "実績 rows in the table for KPI" + m + ", found none");
                continue;
            }
            if (!d.actual) {
                error(d.plan->line, "expected a " + m + "実績 row after " + m + "計画, found none / " + m + "計画の後に" + m + "実績の行が必要です");
                continue;
            }
            const std::string kat = pointer_of_project() + "/kpis/" + std::to_string(i);
            lines[kat] = d.line;
            lines[kat + "/unit"] = d.plan->line;
            lines[kat + "/baseline/plan"] = d.plan->line;
            lines[kat + "/baseline/actual"] = d.actual->line;
            for (size_t y = 0; y < table->years.size(); ++y) {
                lines[kat + "/years/" + std::to_string(y) + "/plan"] = d.plan->line;
                lines[kat + "/years/" + std::to_string(y) + "/actual"] = d.actual->line;
            }
            if (!d.actual->unit.empty() && d.actual->unit != d.plan->unit)
                error(d.actual->line, "expected the unit " + shown(d.plan->unit) + " of " + m + "計画, found " +
                                          shown(d.actual->unit));
            k.unit = ja(d.plan->unit);
            check_cells(*d.plan, *d.actual, d.plan->unit);
            int decimals = 0;
            for (const auto* row : {&*d.plan, &*d.actual})
                for (const auto& v : row->values) decimals = std::max(decimals, v.decimals);
            if (decimals > 6) error(d.plan->line, "expected at most 6 decimals, found " + std::to_string(decimals));
            k.decimals = std::min(decimals, 6);
            size_t j = 0;
            if (!table->baseline) k.has_baseline = false;
            if (table->baseline) {
                k.baseline_plan = d.plan->values[0].value;
                k.baseline_actual = d.actual->values[0].value;
                j = 1;
            }
            for (size_t y = 0; y < table->years.size(); ++y)
                k.years.push_back({table->years[y], d.plan->values[j + y].value, d.actual->values[j + y].value});
        }
        if (table && p->kpis.empty()) error(table->line, "expected KPI lines (KPI①<TAB>name) before the table, found none");
        proj = -1;
        drafts.clear();
        table.reset();
        last_kpi_line_kpi = -1;
    }

    // The cells of one KPI's two rows, once its unit is known: text after a number is accepted
    // only when it is the unit (with a warning); "1.200" only when the KPI's other values are all
    // written with three decimals (else it may be a thousands separator).
    void check_cells(const RowDraft& plan, const RowDraft& actual, const std::string& unit) {
        int others = 0, three = 0;
        for (const RowDraft* row : {&plan, &actual})
            for (const Number& n : row->values)
                if (n.value) { ++others; three += n.decimals == 3; }
        for (const RowDraft* row : {&plan, &actual})
            for (size_t i = 0; i < row->values.size(); ++i) {
                const Number& n = row->values[i];
                std::string notice;
                const std::string bad = check_suffix(n, row->cells[i], unit, &notice);
                if (!bad.empty()) error(row->line, bad);
                else if (!notice.empty()) r.warnings.push_back({row->line, notice});
                if (n.ambiguous_point && !(others > 1 && three == others))
                    error(row->line, ambiguous_point_message(row->cells[i]));
            }
    }

    // Adds a note where it belongs (data/FORMAT.md) and returns it (it may go on on the next line).
    Text* note(long line, const std::string& text) {
        Text t = ja(text);
        // A numbered note (※1) goes to the KPI whose name carries its marker, else to the grant.
        std::string marker = "※";
        size_t i = 3;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') marker += text[i++];
        if (marker.size() > 3) {
            if (Program* pg = program()) {
                for (auto& p : pg->projects)
                    for (auto& k : p.kpis) {
                        const std::string& name = k.name.in("ja");
                        size_t at = name.find(marker);
                        while (at != std::string::npos) {
                            const size_t end = at + marker.size();
                            if (end >= name.size() || name[end] < '0' || name[end] > '9') {
                                k.notes.push_back(t);
                                return &k.notes.back();
                            }
                            at = name.find(marker, end);
                        }
                    }
                pg->notes.push_back(t);
                return &pg->notes.back();
            }
            ds.notes.push_back(t);
            return &ds.notes.back();
        }
        (void)line;
        std::vector<Text>* into = &ds.notes;
        if (Project* p = project()) into = last_kpi_line_kpi >= 0 ? &p->kpis[last_kpi_line_kpi].notes : &p->notes;
        else if (Program* pg = program()) into = &pg->notes;
        into->push_back(t);
        return &into->back();
    }

    // A line the layout has no place for. Three cases are common in real reports and are read
    // (with a warning) or explained; anything else is an error.
    void unplaced(long line, std::string_view raw, const std::string& f) {
        // Table cells separated by spaces (a copy that lost its TABs). Splitting at spaces would be
        // a guess (names hold spaces; a lost empty cell would move values into other years).
        const size_t space = f.find_first_of(" \t");
        const std::string first_word = f.substr(0, space);
        const bool looks_like_row = row_label(first_word).has_value() || f.find("当初値") != std::string::npos ||
                                    (f.find("単位") != std::string::npos && f.find(' ') != std::string::npos);
        if (raw.find('\t') == std::string_view::npos && looks_like_row && space != std::string::npos) {
            error(line, "expected table cells separated by TABs, found " + shown(f) +
                            " with spaces between its cells: separate the cells with TABs (spaces are not read as "
                            "cell boundaries) / 表のセルがタブではなく空白で区切られています。セルはタブで区切ってください");
            return;
        }
        // A ※ note wrapped onto a second line (as a PDF copy does): the line goes on the note.
        if (open_note) {
            open_note->by_lang["ja"] += f;
            r.warnings.push_back({line, "read as the rest of the note on line " + std::to_string(open_note_line) +
                                            " / " + std::to_string(open_note_line) + "行目の注記の続きとして読みました"});
            return;
        }
        // A title line before the first grant: the report's title (unless one is given).
        if (!program() && !title_seen) {
            title_seen = true;
            ds.title = ja(f);
            r.warnings.push_back({line, "read " + shown(f) + " as the report's title (--title or report.title in the "
                                            "map replaces it) / 報告書の題名として読みました"});
            return;
        }
        if (!program())
            error(line, "expected a grant line (such as R2年度地方創生推進交付金<1/2国費>) or a note (※…), found " +
                            shown(f) + " / 交付金の行（例：R2年度地方創生推進交付金<1/2国費>）か注記（※…）があるはずの所です");
        else if (!project())
            error(line, "expected a project line (○…<単独申請>) or a note (※…) after the grant line, found " +
                            shown(f) + " / 交付金の行の後には事業の行（○…<単独申請>）か注記（※…）を書いてください");
        else
            error(line, "expected a KPI line, a table row, a note (※…), a project (○…) or a grant line, found " +
                            shown(f) + " / KPIの行、表の行（セルはタブ区切り）、注記（※…）、事業（○…）、交付金の行のどれでもありません");
    }

    void grant(long line, int fy, std::string rest) {
        close_project();
        Program pg;
        pg.adopted_fy = fy;
        std::string_view v = rest;
        const size_t cut = std::min({v.find('<'), v.find("＜"), v.find("【")});
        pg.name = ja(trim(v.substr(0, cut)));
        if (pg.name.empty()) error(line, "expected the grant's name after the year, found nothing");
        v = cut == std::string_view::npos ? std::string_view{} : v.substr(cut);
        while (!v.empty()) {
            auto take = [&](std::string_view open, std::string_view close_ascii, std::string_view close_wide,
                            Text& into, const char* what) {
                v.remove_prefix(open.size());
                size_t end = v.find(close_ascii);
                size_t len = close_ascii.size();
                if (!close_wide.empty() && v.find(close_wide) < end) { end = v.find(close_wide); len = close_wide.size(); }
                if (end == std::string_view::npos) {
                    error(line, std::string("expected ") + what + " to be closed, found " + shown(v));
                    v = {};
                    return;
                }
                into = ja(trim(v.substr(0, end)));
                v.remove_prefix(end + len);
                while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
            };
            if (starts_with(v, "<")) take("<", ">", "＞", pg.funding, "the funding share <…>");
            else if (starts_with(v, "＜")) take("＜", "＞", ">", pg.funding, "the funding share <…>");
            else if (starts_with(v, "【")) take("【", "】", "", pg.period, "the period 【…】");
            else {
                error(line, "expected <funding> or 【period】 after the grant's name, found " + shown(v));
                break;
            }
        }
        ds.programs.push_back(std::move(pg));
        prog = static_cast<int>(ds.programs.size()) - 1;
        lines["/programs/" + std::to_string(prog)] = line;
    }

    void project_line(long line, std::string_view text) {
        close_project();
        if (!program()) {
            error(line, "expected a grant line (such as R2年度地方創生推進交付金<1/2国費>) before the first project, found " +
                            shown(text));
            return;
        }
        Project p;
        std::string s = trim(text);
        std::string app;
        const bool wide = s.size() >= 3 && s.compare(s.size() - 3, 3, "＞") == 0;
        if (wide || (!s.empty() && s.back() == '>')) {
            const size_t close = wide ? s.size() - 3 : s.size() - 1;
            size_t open = std::max(s.rfind('<') == std::string::npos ? 0 : s.rfind('<') + 1,
                                   s.rfind("＜") == std::string::npos ? 0 : s.rfind("＜") + 3);
            if (open > 0 && open <= close) {
                app = trim(s.substr(open, close - open));
                s = trim(s.substr(0, open - (s.compare(open - 1, 1, "<") == 0 ? 1 : 3)));
            }
        }
        p.name = ja(s);
        if (s.empty()) error(line, "expected the project's name after ○, found nothing");
        const std::string joint = "と共同申請";
        if (app == "単独申請") {
            p.application = Application::Single;
        } else if (app == "共同申請") {
            p.application = Application::Joint;
        } else if (app.size() > joint.size() && app.compare(app.size() - joint.size(), joint.size(), joint) == 0) {
            p.application = Application::Joint;
            std::string who = app.substr(0, app.size() - joint.size());
            for (const char* sep : {"、", "，", ",", "及び", "および"}) {
                size_t at;
                while ((at = who.find(sep)) != std::string::npos) who.replace(at, std::string(sep).size(), "・");
            }
            size_t start = 0;
            while (start <= who.size()) {
                size_t end = who.find("・", start);
                std::string name = trim(who.substr(start, end == std::string::npos ? std::string::npos : end - start));
                if (name == "道") name = "北海道";
                if (name == "都") name = "東京都";
                if (!name.empty()) p.partners.push_back(ja(name));
                if (end == std::string::npos) break;
                start = end + 3;
            }
        } else {
            error(line, "expected <単独申請> or <…と共同申請> at the end of the project line, found " +
                            (app.empty() ? std::string("none") : shown(app)) +
                            " / 事業の行の最後に <単独申請> か <…と共同申請> を書いてください");
        }
        program()->projects.push_back(std::move(p));
        proj = static_cast<int>(program()->projects.size()) - 1;
        proj_line = line;
        lines[pointer_of_project()] = line;
        stage = Stage::Description;
    }

    void kpi_line(long line, std::string_view after_kpi) {
        Project* p = project();
        size_t len = 0;
        auto no = parse_kpi_marker(after_kpi, &len);
        if (!p) {
            error(line, "expected a project line (○…) before the KPI, found " + shown(after_kpi));
            return;
        }
        if (table) {
            error(line, "expected the KPI lines before the table, found a KPI line after it");
            return;
        }
        if (!no || *no < 1 || *no > 999) {
            error(line, "expected a KPI number such as KPI① or KPI1, found " + shown("KPI" + std::string(after_kpi)));
            return;
        }
        std::string name = std::string(after_kpi.substr(len));
        for (const char* sep : {"：", ":", ".", "．"})
            if (starts_with(trim(name), sep)) name = trim(name).substr(std::string(sep).size());
        name = trim(name);
        for (size_t i = 0; i < p->kpis.size(); ++i)
            if (p->kpis[i].no == *no) {
                error(line, "expected a new KPI number, found KPI" + circled(*no) + " again (first at line " +
                                std::to_string(drafts[i].line) + ") / KPIの番号が" + std::to_string(drafts[i].line) +
                                "行目と重なっています");
                return;
            }
        if (name.empty()) error(line, "expected the KPI's name after KPI" + circled(*no) + ", found nothing");
        Kpi k;
        k.no = *no;
        k.name = ja(name);
        p->kpis.push_back(std::move(k));
        drafts.push_back({line, {}, {}});
        stage = Stage::Kpis;
        last_kpi_line_kpi = static_cast<int>(p->kpis.size()) - 1;
    }

    // "①計画" -> (1, plan); nullopt when the cell is not a row label.
    static std::optional<std::pair<int, bool>> row_label(std::string_view cell) {
        size_t len = 0;
        auto no = parse_kpi_marker(cell, &len);
        if (!no) return std::nullopt;
        std::string rest = trim(cell.substr(len));
        if (rest == "計画" || rest == "目標") return std::make_pair(*no, true);
        if (rest == "実績") return std::make_pair(*no, false);
        return std::nullopt;
    }

    void header(long line, const std::vector<std::string>& cells) {
        TableDraft t;
        t.line = line;
        t.columns = cells.size();
        bool unit = false;
        for (size_t c = 1; c < cells.size(); ++c) {
            const std::string& cell = cells[c];
            if (unit) {
                error(line, "expected 単位 to be the last column of the table header, found " + shown(cell) + " after it");
                break;
            }
            if (cell == "当初値" || cell == "基準値") {
                if (c != 1) error(line, "expected 当初値 right after the label column, found it in column " + std::to_string(c + 1));
                t.baseline = true;
                continue;
            }
            if (cell == "単位") { unit = true; continue; }
            if (cell.rfind("目標", 0) == 0 || cell.rfind("最終目標", 0) == 0) {
                error(line, "expected fiscal years, 当初値 and 単位 in the table header, found " + shown(cell) +
                                ": a target column is not read (which year it belongs to cannot be known for "
                                "certain). Put each year's target in the 計画 row under its year, and the final "
                                "target in a note (※…) / 目標値の列は読み込みません。各年度の目標は計画の行のその年度の列に、"
                                "最終目標は注記（※…）に書いてください");
                continue;
            }
            std::string why;
            auto fy = parse_fiscal_year(cell, &why);
            if (!fy) {
                error(line, why.empty() ? "expected a fiscal year (R5, H30, 令和元, 2023), 当初値 or 単位 in the table header, found " +
                                              shown(cell)
                                        : why);
                continue;
            }
            if (!t.years.empty() && *fy <= t.years.back()) {
                error(line, "expected fiscal years in ascending order, found " + shown(cell) + " (" + std::to_string(*fy) +
                                ") after " + std::to_string(t.years.back()) + " / 年度は古い順に並べてください");
                continue;
            }
            t.years.push_back(*fy);
        }
        if (!unit) error(line, "expected a 単位 (unit) column at the end of the table header, found none / 表の見出しの最後に「単位」の列が必要です");
        if (t.years.empty()) error(line, "expected at least one fiscal year column in the table header, found none");
        table = t;
    }

    void table_line(long line, std::string_view raw) {
        Project* p = project();
        std::vector<std::string> cells = split_all_cells(raw);
        if (!table || !row_label(cells.empty() ? "" : cells[0])) cells = split_cells(raw);
        auto label = cells.empty() ? std::nullopt : row_label(cells[0]);
        if (!p) {
            error(line, "expected a project (○…) before a table, found " + shown(raw));
            return;
        }
        if (!label) {
            if (table) {
                error(line, "expected a row such as ①計画 or ①実績, found " + shown(cells.empty() ? "" : cells[0]) +
                            " / 表の行は ①計画 や ①実績 で始めてください");
                return;
            }
            header(line, cells);
            stage = Stage::Table;
            last_kpi_line_kpi = -1;
            return;
        }
        last_kpi_line_kpi = -1;
        if (!table) {
            error(line, "expected the table header (当初値, years, 単位) before the first row, found " + shown(cells[0]));
            return;
        }
        const auto [no, is_plan] = *label;
        const std::string row = circled(no) + (is_plan ? "計画" : "実績");
        size_t idx = p->kpis.size();
        for (size_t i = 0; i < p->kpis.size(); ++i)
            if (p->kpis[i].no == no) idx = i;
        if (idx == p->kpis.size()) {
            std::string listed;
            for (const auto& k : p->kpis) listed += (listed.empty() ? "KPI" : ", KPI") + circled(k.no);
            error(line, "expected a row of a KPI listed above (" + (listed.empty() ? std::string("none") : listed) +
                            "), found " + shown(row));
            return;
        }
        // Every cell counts, empty ones too: a value lost in the middle of a row must not move the
        // later values into earlier years. Only empty cells after the 単位 column are ignored, and a
        // 実績 row may leave out the 単位 column itself.
        const size_t ncols = table->columns;
        while (cells.size() > ncols && cells.back().empty()) cells.pop_back();
        const bool unit_left_out = !is_plan && cells.size() + 1 == ncols;
        if (cells.size() != ncols && !unit_left_out) {
            const std::string years = std::to_string(table->years.size());
            error(line, "expected " + std::to_string(ncols) + " tab-separated cells as in the table header on line " +
                            std::to_string(table->line) + " (label, " + (table->baseline ? "当初値, " : "") + years +
                            " years, 単位" + (is_plan ? "" : "; or " + std::to_string(ncols - 1) + " without 単位") +
                            "), found " + std::to_string(cells.size()) + " in " + row +
                            ": write — in the cell of a year with no value, so that each value stays in its year / "
                            "表の見出し（" + std::to_string(table->line) + "行目）のセル数は" + std::to_string(ncols) +
                            "、この行は" + std::to_string(cells.size()) +
                            "です。値のない年度のセルには — を書き、各値が自分の年度の列に入るようにしてください");
            return;
        }
        RowDraft d;
        d.line = line;
        const size_t base = table->baseline ? 1 : 0;
        const size_t nvalues = base + table->years.size();   // header cells that were not valid are skipped
        for (size_t j = 0; j < nvalues; ++j) {
            const size_t col = j + 1;
            const std::string cell = col < cells.size() ? cells[col] : "";
            std::string why;
            auto n = parse_number(cell, &why);
            if (!n) {
                const std::string what = j < base ? std::string("当初値") : std::to_string(table->years[j - base]);
                error(line, "expected a number or — for " + what + " in " + row + ", found " + shown(cell) + ": " + why);
                n = Number{};
            }
            d.values.push_back(*n);
            d.cells.push_back(cell);
        }
        d.unit = ncols - 1 < cells.size() ? cells[ncols - 1] : "";
        if (is_plan && d.unit.empty())
            error(line, "expected the unit of KPI" + circled(no) + " in the 単位 column of " + row + ", found nothing / " + row +
                            "の行の単位の列に単位（人、件など）を書いてください");
        auto& slot = is_plan ? drafts[idx].plan : drafts[idx].actual;
        if (slot) {
            error(line, "expected one " + row + " row, found a second (first at line " + std::to_string(slot->line) + ")");
            return;
        }
        slot = std::move(d);
    }

    void run(std::string_view text) {
        long line_no = 0;
        size_t pos = 0;
        while (pos <= text.size()) {
            size_t nl = text.find('\n', pos);
            std::string_view raw = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
            pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
            ++line_no;
            if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
            const std::string f = fold_text(raw);
            if (f.empty()) continue;
            if (starts_with(f, "※")) {
                open_note = note(line_no, f);
                open_note_line = line_no;
                continue;
            }
            Text* const note_before = open_note;
            open_note = nullptr;
            last_kpi_line_kpi = starts_with(f, "KPI") ? last_kpi_line_kpi : -1;
            if (starts_with(f, "○") || starts_with(f, "◯")) {
                project_line(line_no, std::string_view(f).substr(3));
                continue;
            }
            std::string rest, why;
            auto fy = parse_fy_prefix(f, &rest, &why);
            if ((fy || !why.empty()) && contains(rest, "交付金")) {
                if (!fy) {
                    error(line_no, why);
                    grant(line_no, 0, rest);
                    continue;
                }
                grant(line_no, *fy, rest);
                continue;
            }
            if (starts_with(f, "【KPI】")) {
                if (!project()) {
                    error(line_no, "expected a project line (○…) before 【KPI】, found none");
                    continue;
                }
                std::string scope = trim(std::string_view(f).substr(std::string("【KPI】").size()));
                for (auto [o, c] : {std::pair<std::string, std::string>{"（", "）"}, {"(", ")"}})
                    if (starts_with(scope, o) && scope.size() >= o.size() + c.size() &&
                        scope.compare(scope.size() - c.size(), c.size(), c) == 0)
                        scope = trim(scope.substr(o.size(), scope.size() - o.size() - c.size()));
                project()->kpi_scope = ja(scope);
                stage = Stage::Kpis;
                continue;
            }
            size_t len = 0;
            if (starts_with(f, "KPI") && parse_kpi_marker(std::string_view(f).substr(3), &len) &&
                (stage != Stage::Description || raw.find('\t') != std::string_view::npos)) {
                kpi_line(line_no, std::string_view(f).substr(3));
                continue;
            }
            if (project() && stage == Stage::Description) {
                std::string line = f;
                std::replace(line.begin(), line.end(), '\t', ' ');
                Text& s = project()->summary;
                if (s.empty()) s = ja(line);
                else s.by_lang["ja"] += "\n" + line;
                continue;
            }
            if (raw.find('\t') != std::string_view::npos && project()) {
                table_line(line_no, raw);
                continue;
            }
            open_note = note_before;
            unplaced(line_no, raw, f);
            if (open_note) continue;   // a continued note may go on over more lines
        }
        close_project();
        if (ds.programs.empty() && r.errors.empty())
            error(0, "expected at least one grant line (such as R2年度地方創生推進交付金<1/2国費>), found none");
    }
};

} // namespace

ImportResult import_text_layout(std::string_view utf8, const ImportOptions& opt) {
    ImportResult r;
    Parser p(r);
    p.run(utf8);
    finish(std::move(p.ds), opt, p.lines, r);
    return r;
}

} // namespace kpi::import_detail
