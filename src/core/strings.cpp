#include "strings.h"

#include <cstddef>

namespace kpi {
namespace {
struct Entry { Str id; const char* ja; const char* en; };

// Each entry names its Str and stands at its position (checked below, entry by entry).
// scripts/make-site.sh (ui-subset-chars.py) reads this file to put every character of both columns into the first-frame
// font subset; tests/unit/test_strings.cpp checks that ja and en take the same printf arguments.
constexpr Entry kStrings[] = {
    {Str::AppName, "KPI ビューア", "KPI viewer"},
    {Str::Overview, "事業一覧", "Projects"},
    {Str::Compare, "達成率の比較", "Compare"},
    {Str::Filters, "絞り込み", "Filters"},
    {Str::ClearFilters, "条件をクリア", "Clear filters"},
    {Str::Close, "閉じる", "Close"},
    {Str::Back, "一覧に戻る", "Back to list"},
    {Str::Language, "English", "日本語"},
    {Str::YearDisplay, "年度の表示", "Year format"},
    {Str::Search, "検索", "Search"},
    {Str::SearchHint, "事業名・内容・KPI名で検索", "Project, text or KPI name"},
    {Str::GrantYear, "交付金の採択年度", "Grant year"},
    {Str::Application, "申請区分", "Application"},
    {Str::Single, "単独申請", "Single"},
    {Str::Joint, "共同申請", "Joint"},
    {Str::Status, "KPIの状況", "KPI status"},
    {Str::Unit, "単位", "Unit"},
    {Str::All, "すべて", "All"},
    {Str::Met, "達成", "Met"},
    {Str::NotMet, "未達成", "Not met"},
    {Str::NoActual, "実績なし", "No actual yet"},
    {Str::NoTarget, "目標なし", "No target"},
    {Str::Kpis, "KPI", "KPIs"},
    {Str::NoProjectsMatch, "条件に合う事業はありません。", "No project matches these filters."},
    {Str::NoNewProjects, "新規採択事業なし", "No newly adopted projects"},
    {Str::Plan, "計画", "Plan"},
    {Str::Actual, "実績", "Actual"},
    {Str::Baseline, "当初値", "Baseline"},
    {Str::Achievement, "達成率", "Achievement"},
    {Str::Partners, "共同申請先", "Partners"},
    {Str::Period, "期間", "Period"},
    {Str::Funding, "財源", "Funding"},
    {Str::Notes, "注記", "Notes"},
    {Str::Summary, "事業の概要", "About the project"},
    {Str::LatestYear, "最新年度", "Latest year"},
    {Str::KpiSummaryFmt, "KPI 全%d件の内訳：達成 %d件・未達成 %d件・実績なし %d件・目標なし %d件",
     "All %d KPIs: %d met, %d not met, %d no actual yet, %d no target"},
    {Str::ShownProjectsFmt, "%d件の事業を表示中（全%d件）", "Showing %d of %d projects"},
    {Str::LoadingData, "データを読み込んでいます…", "Loading data…"},
    {Str::DataErrorTitle, "データを表示できません", "The data could not be shown"},
    {Str::Retry, "再読み込み", "Retry"},
    {Str::Source, "出典", "Source"},
    {Str::AsOf, "データ時点", "Data as of"},
    {Str::CompareTitle, "KPIごとの達成率", "Achievement of every KPI"},
    {Str::CompareHint, "実績÷計画。計画か実績がない年度は「—」。", "Actual ÷ plan. \"—\" where plan or actual is missing."},
    {Str::NoRatioNoTarget, "目標なし", "no target"},
    {Str::NoRatioNoActual, "実績なし", "no actual yet"},
    {Str::NoRatioPlanNotPositive, "計画値0以下", "plan 0 or below"},
    {Str::NoRatioActualNotPositive, "実績値0以下", "actual 0 or below"},
    {Str::AdoptedFmt, "%s採択", "Adopted %s"},
    {Str::Share, "共有", "Share"},
    {Str::Offline, "オフライン", "Offline"},
    {Str::ShowingLastGood, "下には、前回正しく読み込めたデータを表示しています。", "The data shown below is the last version that loaded correctly."},
    {Str::LinkPartlyUnused, "リンクの一部が使えなかったため、既定の表示にしています：", "Part of the link could not be used, so the default is shown:"},
    {Str::Ok, "閉じる", "OK"},
    {Str::CompareFootnote, "縦線は100%。150%を超える棒は150%で止めています。KPIをタップするとグラフを開きます。", "The vertical line is 100 %. Bars stop at 150 %. Tap a KPI to open its chart."},
    {Str::OpenFullView, "KPIビューアで詳しく見る →", "Open the full view →"},
    {Str::EraChip, "和暦（R4）", "Era (R4)"},
    {Str::WesternChip, "西暦（2022）", "Western (2022)"},
    {Str::KioskResume, "自動めくりを再開", "Resume the tour"},
    {Str::KioskPause, "自動めくりを一時停止", "Pause the tour"},
    {Str::KioskQrCaption, "スマートフォンで読み取ると、この画面を持ち帰れます", "Scan to take this view to your phone"},
    {Str::TouchToContinue, "タッチで続ける", "Touch to continue"},
    {Str::ResetInFmt, "%d秒後に最初の画面に戻ります。", "Returning to the start in %d s."},
    {Str::TableFy, "年度", "FY"},
    {Str::TablePercent, "達成率", "%"},
    {Str::TableStatus, "状況", "Status"},
    {Str::NoValue, "値なし", "no value"},
    {Str::StatusRule, "各KPIの状況は、実績がある最新年度で判定しています。", "Status of each KPI in its latest year with data."},
    {Str::ShareTitle, "この表示を共有", "Share this view"},
    {Str::CopyLink, "リンクをコピー", "Copy link"},
    {Str::ShareVia, "アプリで共有…", "Share…"},
    {Str::QrCaption, "スマートフォンのカメラで読み取ると、この表示が開きます。", "Scan with a phone camera to open this view."},
    {Str::DownloadCsv, "CSVをダウンロード（表示中の事業）", "Download CSV (projects shown)"},
    {Str::SaveChartPng, "選択中のグラフをPNGで保存", "Save the selected chart as PNG"},
    {Str::SelectKpiForPng, "グラフを保存するには、KPIを選んでください。", "Select a KPI to save its chart."},
    {Str::ViewTabs, "表示の切り替え", "Views"},
    {Str::ChartOf, "グラフ：", "Chart:"},
    {Str::ChartSummaryFmt, "%s：計画 %s、実績 %s、達成率 %s、%s", "%s: plan %s, actual %s, achievement %s, %s"},
    {Str::KioskStart, "自動めくりを開始", "Start the tour"},
    {Str::OfflineNow, "オフラインです。保存済みのデータを表示しています。", "Offline. Showing the saved data."},
    {Str::OnlineAgain, "オンラインに戻りました。", "Back online."},
    {Str::CompareYears, "比較する年度", "Year to compare"},
    {Str::KioskPausedNote, "自動めくりは止まっています。", "The tour is paused."},
    {Str::IgnoredFieldsFmt, "このデータには、ビューアが使わない項目が%d件あります（例：%s）。", "This data has %d field(s) the viewer does not use (e.g. %s)."},
    {Str::Verbatim, "%s", "%s"},
    {Str::ProjectNotFoundFmt, "指定された事業は見つかりませんでした。一覧を表示します。 (%s)", "That project was not found. Showing the list. (%s)"},
    {Str::KpiNotFoundFmt, "kpi: %s は見つかりません", "kpi: %s not found"},
    {Str::FetchFailedFmt, "%s を取得できませんでした（%s）", "%s: could not be fetched (%s)"},
    {Str::LocatedErrorFmt, "%s: %s", "%s: %s"},
    {Str::BadDatasetNameFmt, "%s: データ名が正しくありません", "%s: not a valid dataset name"},
    {Str::DataUpdatedFmt, "データを更新しました（%s 時点）", "The data was updated (as of %s)."},
    {Str::LinkCopied, "リンクをコピーしました。", "Link copied."},
    {Str::CopyFailed, "コピーできませんでした。上のリンクを選んでコピーしてください。", "Could not copy. Select the link above and copy it."},
    {Str::CsvDownloaded, "CSVをダウンロードしました。", "CSV downloaded."},
    {Str::PublishTitle, "KPIデータの公開準備", "Prepare a KPI dataset"},
    {Str::PublishIntro, "毎年の報告書の表（PDFやExcelからコピーしたテキスト）、kpi-tool の CSV、または JSON ファイルを選ぶか、この画面にドロップしてください。問題があれば行番号つきで表示し、なければ下のビューアでそのまま確認できます。",
     "Choose or drop the report's table (text copied from the PDF or Excel), the CSV of kpi-tool, or a JSON file. Problems are listed with their line numbers; otherwise the viewer below shows the result."},
    {Str::PublishPrivacy, "ファイルはこのコンピュータの中だけで読み込まれ、どこにも送信されません。", "The file is read on this computer only and is never sent anywhere."},
    {Str::PublishPublisher, "自治体名（発行者）", "Municipality (publisher)"},
    {Str::PublishPublisherHint, "例：札幌市", "e.g. Sapporo City"},
    {Str::PublishPick, "ファイルを選ぶ…", "Choose a file…"},
    {Str::PublishDropHint, "ファイルをこの画面にドロップしても読み込めます（.txt・.csv・.json、UTF-8 または Shift_JIS）。", "You can also drop a file on this page (.txt, .csv, .json; UTF-8 or Shift_JIS)."},
    {Str::PublishProblemsFmt, "%s を読み込めませんでした（問題 %d件）", "%s could not be used (%d problems)"},
    {Str::PublishReadyFmt, "%s（%s）を読み込みました：事業 %d件・KPI %d件。下のビューアで確認してから保存してください。", "Read %s (%s): %d projects, %d KPIs. Check them in the viewer below, then save."},
    {Str::PublishSave, "JSONを保存", "Save JSON"},
    {Str::PublishLink, "データを公開する（自治体職員向け）", "Publish a dataset (for city staff)"},
    {Str::PublishNeedsPublisher, "上の「自治体名（発行者）」の欄に自治体名を入力してください。入力すると、このファイルをもう一度読み込みます。",
     "Type the municipality's name in the \"Municipality (publisher)\" field above; the file is then read again."},
    {Str::PublishAsOf, "データ時点（年-月-日）", "Data as of (year-month-day)"},
    {Str::PublishAsOfHint, "例：2026-03-31", "e.g. 2026-03-31"},
    {Str::PublishPageTitle, "公開用データの作成", "Prepare a dataset for publication"},
    {Str::PickDatasetFmt, "自治体を選ぶ（%d）", "Municipalities (%d)"},
    {Str::PickDatasetTitle, "自治体を選ぶ", "Choose a municipality"},
    {Str::PickDatasetHint, "自治体名で検索（例：おたる）", "Search by name (e.g. Otaru)"},
    {Str::PickDatasetCountFmt, "%d件（全%d件）", "%d of %d"},
    {Str::OnlyInJapanese, "", "Some texts of this report are published in Japanese only; they are shown in Japanese."},
    {Str::GlanceTitleFmt, "事業ごとの結果（%d事業）", "Outcome of each project (%d projects)"},
    {Str::GlanceKpisFmt, "KPI %d件：", "%d KPIs: "},
    {Str::ChipCountFmt, "%s (%d)", "%s (%d)"},
    {Str::SectionCountsProjects, "（数は事業数）", " (counts projects)"},
    {Str::ExplainMet, "その年度の実績が計画に届いた（減らすことが目標のKPIは、実績が計画以下になった）。",
     "The actual reached the plan that year (for a KPI meant to go down: the actual was at or below the plan)."},
    {Str::ExplainNotMet, "その年度の実績が計画に届かなかった。",
     "The actual fell short of the plan that year."},
    {Str::ExplainNoActual, "計画（目標）はあるが、実績がまだ報告されていない。",
     "There is a plan (target), but no actual has been reported yet."},
    {Str::ExplainNoTarget, "報告書で計画（目標）が「—」となっている。実績があっても達成かどうかは判定できない。",
     "The report gives no plan (target) — it shows \"—\". Even with an actual, whether it was met cannot be judged."},
    {Str::ExplainAchievement, "達成率＝実績÷計画。計画か実績が「—」の年度、計画が0以下の年度は「—」（負の計画では割り算の結果が意味を持たないため。達成かどうかは値を直接比べます）。",
     "Achievement = actual ÷ plan. \"—\" in years where the plan or the actual is \"—\", or the plan is 0 or below (a quotient of negative values means nothing; met or not is judged by comparing the values)."},
    {Str::OutOfPeriod, "期間外", "outside the project period"},
    {Str::ShortfallFmt, "計画まで あと %s", "%s short of plan"},
    {Str::WhatStatusMeans, "「%s」の説明", "What \"%s\" means"},
    {Str::EmbedTitle, "ウェブページに埋め込む（選択中のグラフ）", "Embed in a web page (the selected chart)"},
    {Str::CopyEmbed, "埋め込みコードをコピー", "Copy embed code"},
    {Str::EmbedNeedsKpi, "埋め込むには、KPIを選んでください。", "Select a KPI to embed its chart."},
    {Str::EmbedCopied, "埋め込みコードをコピーしました", "Embed code copied"},
    {Str::KioskTouchHint, "タッチして操作できます", "Touch the screen to explore"},
    {Str::ViewShownFmt, "%sを表示しています", "Now showing: %s"},
    {Str::LanguageSwitched, "日本語で表示しています", "Now in English"},
    {Str::Legend, "凡例（タップで説明）", "Legend (tap for an explanation)"},
    {Str::CompareItemsFmt, "%sの達成率", "Achievement in %s"},
    {Str::ExplainOutOfPeriod, "その年度は事業の期間に含まれない（報告書にその年度の計画も実績もない）。",
     "That year is not in the project's period (the report has no plan or actual for it)."},
    {Str::PointsFmt, "%sポイント", "%s points"},
    {Str::StatusCountsProjects, "（数は事業数：その状況のKPIが1つでもある事業）", " (counts projects with at least one such KPI)"},
    {Str::SkipToContent, "本文へ移動", "Skip to content"},
    {Str::ProjectOfKpiFmt, "事業：%s", "Project: %s"},
    {Str::SaveChartSvg, "選択中のグラフをSVGで保存", "Save the selected chart as SVG"},
    {Str::Print, "印刷", "Print"},
    {Str::TextVersionLink, "印刷用・テキスト版", "Text version"},
    {Str::DocCompareFootnote, "縦線は100%。150%を超える棒は150%で止めています。", "The vertical line is 100 %. Bars stop at 150 %."},
    {Str::OnlineVersion, "オンライン版", "Online version"},
    {Str::OnlineVersionNote, "最新のデータと操作できるグラフは、次のアドレスで見られます。",
     "The latest data and interactive charts are at this address."},
    {Str::OnlineVersionOpen, "最新のデータと操作できるグラフを開く", "Open the latest data and interactive charts"},
    {Str::AboutReport, "この資料について", "About this report"},
    {Str::Terms, "用語", "Terms"},
    {Str::FiltersApplied, "絞り込み条件", "Filters"},
    {Str::Project, "事業", "Project"},
    {Str::Kpi, "KPI", "KPI"},
    {Str::Grant, "交付金", "Grant"},
    {Str::Adopted, "採択年度", "Adopted"},
    {Str::ScanQr, "QRコードからも開けます。", "The QR code opens it too."},
    {Str::ListSep, "・", ", "},            // 北海道・東山町 / Hokkaido, Higashiyama
    {Str::ClauseSep, "、", ", "},
    {Str::SentenceSep, "。", ". "},
    {Str::LabelSep, "：", ": "},           // name：value
    {Str::InfoSep, " ・ ", " · "},         // source ・ as of
    {Str::ParenFmt, "（%s）", " (%s)"},
    {Str::UnitFmt, "（%s）", "(%s)"},
    {Str::ActiveMark, " ●", " ●"},          // filters are set
    {Str::CurrentMark, " ✓", " ✓"},         // the dataset shown now
    {Str::BackMark, "← ", "← "},
    {Str::SuggestsArrow, " → ", " → "},     // a field name → the one probably meant
    {Str::Ellipsis, "…", "…"},              // the end of a line cut short
    {Str::PercentFullWidth, "％", "％"},     // a unit written full-width (as "%")
};
constexpr size_t kCount = sizeof(kStrings) / sizeof(kStrings[0]);
static_assert(kCount == static_cast<size_t>(Str::Count), "kStrings must have one entry per Str");
constexpr bool in_enum_order() {
    for (size_t i = 0; i < kCount; ++i)
        if (static_cast<size_t>(kStrings[i].id) != i) return false;
    return true;
}
static_assert(in_enum_order(), "kStrings: every entry must stand at the position of its Str");
} // namespace

const char* tr(Str s, Lang lang) {
    const Entry& p = kStrings[static_cast<int>(s)];
    return lang == Lang::En ? p.en : p.ja;
}

std::string tr_fill(Str fmt_id, const std::string& inner, Lang lang) {
    const std::string fmt = tr(fmt_id, lang);
    const size_t at = fmt.find("%s");
    if (at == std::string::npos) return fmt;
    return fmt.substr(0, at) + inner + fmt.substr(at + 2);
}

std::string tr_paren(const std::string& inner, Lang lang) { return tr_fill(Str::ParenFmt, inner, lang); }
std::string tr_unit(const std::string& unit, Lang lang) { return tr_fill(Str::UnitFmt, unit, lang); }

} // namespace kpi
