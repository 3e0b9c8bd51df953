#include "document_words.h"

#include <cstddef>

namespace kpi {
namespace {

// Each entry stands at the position of its Word (checked below).
constexpr WordEntry kWords[] = {
    {Word::Plan, "Plan", "計画", "Plan"},
    {Word::Actual, "Actual", "実績", "Actual"},
    {Word::Baseline, "Baseline", "当初値", "Baseline"},
    {Word::Achievement, "Achievement", "達成率", "Achievement"},
    {Word::Partners, "Partners", "共同申請先", "Partners"},
    {Word::Period, "Period", "期間", "Period"},
    {Word::Funding, "Funding", "財源", "Funding"},
    {Word::Notes, "Notes", "注記", "Notes"},
    {Word::Summary, "Summary", "事業の概要", "About the project"},
    {Word::LatestYear, "LatestYear", "最新年度", "Latest year"},
    {Word::Met, "Met", "達成", "Met"},
    {Word::NotMet, "NotMet", "未達成", "Not met"},
    {Word::NoActual, "NoActual", "実績なし", "No actual yet"},
    {Word::NoTarget, "NoTarget", "目標なし", "No target"},
    {Word::Single, "Single", "単独申請", "Single"},
    {Word::Joint, "Joint", "共同申請", "Joint"},
    {Word::Application, "Application", "申請区分", "Application"},
    {Word::Source, "Source", "出典", "Source"},
    {Word::AsOf, "AsOf", "データ時点", "Data as of"},
    {Word::CompareTitle, "CompareTitle", "KPIごとの達成率", "Achievement of every KPI"},
    {Word::CompareHint, "CompareHint", "実績÷計画。計画か実績がない年度は「—」。", "Actual ÷ plan. \"—\" where plan or actual is missing."},
    {Word::NoRatioNoTarget, "NoRatioNoTarget", "目標なし", "no target"},
    {Word::NoRatioNoActual, "NoRatioNoActual", "実績なし", "no actual yet"},
    {Word::NoRatioPlanNotPositive, "NoRatioPlanNotPositive", "計画値0以下", "plan 0 or below"},
    {Word::NoRatioActualNotPositive, "NoRatioActualNotPositive", "実績値0以下", "actual 0 or below"},
    {Word::OutOfPeriod, "OutOfPeriod", "期間外", "outside the project period"},
    {Word::AdoptedFmt, "AdoptedFmt", "%s採択", "Adopted %s"},
    {Word::TableFy, "TableFy", "年度", "FY"},
    {Word::TablePercent, "TablePercent", "達成率", "%"},
    {Word::TableStatus, "TableStatus", "状況", "Status"},
    {Word::NoValue, "NoValue", "値なし", "no value"},
    {Word::StatusRule, "StatusRule", "各KPIの状況は、実績がある最新年度で判定しています。", "Status of each KPI in its latest year with data."},
    {Word::ChartOf, "ChartOf", "グラフ：", "Chart:"},
    {Word::ChartSummaryFmt, "ChartSummaryFmt", "%s：計画 %s、実績 %s、達成率 %s、%s", "%s: plan %s, actual %s, achievement %s, %s"},
    {Word::ShortfallFmt, "ShortfallFmt", "計画まで あと %s", "%s short of plan"},
    {Word::ExplainMet, "ExplainMet", "その年度の実績が計画に届いた（減らすことが目標のKPIは、実績が計画以下になった）。",
     "The actual reached the plan that year (for a KPI meant to go down: the actual was at or below the plan)."},
    {Word::ExplainNotMet, "ExplainNotMet", "その年度の実績が計画に届かなかった。", "The actual fell short of the plan that year."},
    {Word::ExplainNoActual, "ExplainNoActual", "計画（目標）はあるが、実績がまだ報告されていない。",
     "There is a plan (target), but no actual has been reported yet."},
    {Word::ExplainNoTarget, "ExplainNoTarget", "報告書で計画（目標）が「—」となっている。実績があっても達成かどうかは判定できない。",
     "The report gives no plan (target) — it shows \"—\". Even with an actual, whether it was met cannot be judged."},
    {Word::ExplainAchievement, "ExplainAchievement", "達成率＝実績÷計画。計画か実績が「—」の年度、計画が0以下の年度は「—」（負の計画では割り算の結果が意味を持たないため。達成かどうかは値を直接比べます）。",
     "Achievement = actual ÷ plan. \"—\" in years where the plan or the actual is \"—\", or the plan is 0 or below (a quotient of negative values means nothing; met or not is judged by comparing the values)."},
    {Word::GrantYear, "GrantYear", "交付金の採択年度", "Grant year"},
    {Word::Status, "Status", "KPIの状況", "KPI status"},
    {Word::Unit, "Unit", "単位", "Unit"},
    {Word::Search, "Search", "検索", "Search"},
    {Word::ShownProjectsFmt, "ShownProjectsFmt", "%d件の事業を表示中（全%d件）", "Showing %d of %d projects"},
    {Word::Kpis, "Kpis", "KPI", "KPIs"},
    {Word::NoProjectsMatch, "NoProjectsMatch", "条件に合う事業はありません。", "No project matches these filters."},
    {Word::GlanceTitleFmt, "GlanceTitleFmt", "事業ごとの結果（%d事業）", "Outcome of each project (%d projects)"},
    {Word::CompareFootnote, nullptr, "縦線は100%。150%を超える棒は150%で止めています。",
     "The vertical line is 100 %. Bars stop at 150 %."},
    {Word::ListSep, "ListSep", "・", ", "},
    {Word::ClauseSep, "ClauseSep", "、", ", "},
    {Word::SentenceSep, "SentenceSep", "。", ". "},
    {Word::LabelSep, "LabelSep", "：", ": "},
    {Word::ParenFmt, "ParenFmt", "（%s）", " (%s)"},
    {Word::UnitFmt, "UnitFmt", "（%s）", "(%s)"},
    {Word::OnlineVersion, nullptr, "オンライン版", "Online version"},
    {Word::OnlineVersionNote, nullptr, "最新のデータと操作できるグラフは、次のアドレスで見られます。",
     "The latest data and interactive charts are at this address."},
    {Word::OnlineVersionOpen, nullptr, "最新のデータと操作できるグラフを開く", "Open the latest data and interactive charts"},
    {Word::AboutReport, nullptr, "この資料について", "About this report"},
    {Word::Terms, nullptr, "用語", "Terms"},
    {Word::FiltersApplied, nullptr, "絞り込み条件", "Filters"},
    {Word::Project, nullptr, "事業", "Project"},
    {Word::Kpi, nullptr, "KPI", "KPI"},
    {Word::Grant, nullptr, "交付金", "Grant"},
    {Word::GlanceKpisFmt, "GlanceKpisFmt", "KPI %d件：", "%d KPIs: "},
    {Word::Adopted, nullptr, "採択年度", "Adopted"},
    {Word::ScanQr, nullptr, "QRコードからも開けます。", "The QR code opens it too."},
};
constexpr size_t kCount = sizeof(kWords) / sizeof(kWords[0]);
static_assert(kCount == static_cast<size_t>(Word::Count), "kWords must have one entry per Word");
constexpr bool in_order() {
    for (size_t i = 0; i < kCount; ++i)
        if (static_cast<size_t>(kWords[i].id) != i) return false;
    return true;
}
static_assert(in_order(), "kWords: every entry must stand at the position of its Word");

} // namespace

const WordEntry& word_entry(Word w) { return kWords[static_cast<size_t>(w)]; }

const char* word(Word w, Lang lang) {
    const WordEntry& e = word_entry(w);
    return lang == Lang::En ? e.en : e.ja;
}

std::string word_fill(Word fmt, const std::string& inner, Lang lang) {
    const std::string f = word(fmt, lang);
    const size_t at = f.find("%s");
    if (at == std::string::npos) return f;
    return f.substr(0, at) + inner + f.substr(at + 2);
}

} // namespace kpi
