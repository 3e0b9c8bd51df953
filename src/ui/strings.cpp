#include "ui/strings.h"

namespace {
struct Pair { const char* ja; const char* en; };

// Keep in the order of enum Str. scripts/make-site.sh reads the Japanese column to put every
// character it uses into the first-frame font subset.
const Pair kStrings[] = {
    {"KPI ビューア", "KPI viewer"},
    {"事業一覧", "Projects"},
    {"達成率の比較", "Compare"},
    {"絞り込み", "Filters"},
    {"条件をクリア", "Clear filters"},
    {"閉じる", "Close"},
    {"一覧に戻る", "Back to list"},
    {"English", "日本語"},
    {"和暦", "Japanese era"},
    {"西暦", "Western"},
    {"年度の表示", "Year format"},
    {"検索", "Search"},
    {"事業名・内容・KPI名で検索", "Search projects, descriptions, KPIs"},
    {"交付金の採択年度", "Grant year"},
    {"申請区分", "Application"},
    {"単独申請", "Single"},
    {"共同申請", "Joint"},
    {"KPIの状況", "KPI status"},
    {"単位", "Unit"},
    {"すべて", "All"},
    {"達成", "Met"},
    {"未達成", "Not met"},
    {"実績なし", "No actual yet"},
    {"目標なし", "No target"},
    {"KPI", "KPIs"},
    {"事業", "projects"},
    {"条件に合う事業はありません。", "No project matches these filters."},
    {"新規採択事業なし", "No newly adopted projects"},
    {"計画", "Plan"},
    {"実績", "Actual"},
    {"当初値", "Baseline"},
    {"達成率", "Achievement"},
    {"年度", "Fiscal year"},
    {"共同申請先", "Partners"},
    {"期間", "Period"},
    {"財源", "Funding"},
    {"注記", "Notes"},
    {"事業の概要", "About the project"},
    {"最新年度", "Latest year"},
    {"KPI %d件：達成 %d・未達成 %d・実績なし %d・目標なし %d",
     "%d KPIs: %d met, %d not met, %d no actual yet, %d no target"},
    {"%d件の事業を表示中（全%d件）", "Showing %d of %d projects"},
    {"データを読み込んでいます…", "Loading data…"},
    {"データを表示できません", "The data could not be shown"},
    {"再読み込み", "Retry"},
    {"出典", "Source"},
    {"データ時点", "Data as of"},
    {"KPIごとの達成率", "Achievement of every KPI"},
    {"実績÷計画。計画か実績がない年度は「—」。", "Actual ÷ plan. \"—\" where plan or actual is missing."},
    {"目標なし", "no target"},
    {"実績なし", "no actual yet"},
    {"計画値0", "plan is 0"},
    {"凡例", "Legend"},
    {"指定された事業は見つかりませんでした。一覧を表示します。", "That project was not found. Showing the list."},
    {"—", "—"},
    {"選択中のKPI", "Selected KPI"},
    {"%s採択", "Adopted %s"},
    {"%d件", "%d projects"},
    {"数値表", "Values"},
};
static_assert(sizeof(kStrings) / sizeof(kStrings[0]) == static_cast<int>(Str::Count),
              "kStrings must have one entry per Str");
} // namespace

const char* tr(Str s, std::string_view lang) {
    const Pair& p = kStrings[static_cast<int>(s)];
    return lang == "en" ? p.en : p.ja;
}
