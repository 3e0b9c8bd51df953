#include "strings.h"

#include "ruby.h"
#include "utf8.h"

#include <array>
#include <unordered_map>
#include <vector>

#include <cstddef>
#include <cstdio>

namespace kpi {
namespace {
struct Entry {
    Str id;
    const char* ja;
    const char* en;
    // やさしい日本語, written to 出入国在留管理庁・文化庁「在留支援のためのやさしい日本語ガイドライン」:
    // one idea a sentence, です・ます, everyday words (or the term and what it means), numbers in
    // digits, words spaced apart; every kanji with its reading 「漢字{かんじ}」 (tests/unit/
    // test_strings.cpp checks). Labels drawn as chips, buttons and tags are kana only (short, and
    // a reading over a 44 px control would crowd it). nullptr: the same as `ja` (publish mode is
    // for staff; punctuation and marks).
    const char* easy = nullptr;
};

// Each entry names its Str and stands at its position (checked below, entry by entry).
// scripts/make-site.sh (ui-subset-chars.py) reads this file to put every character of both columns into the first-frame
// font subset; tests/unit/test_strings.cpp checks that ja and en take the same printf arguments.
constexpr Entry kStrings[] = {
    {Str::AppName, "KPI ビューア", "KPI viewer",
     "KPI ビューア"},
    {Str::Overview, "事業一覧", "Projects",
     "しごとの リスト"},
    {Str::Compare, "達成率の比較", "Compare",
     "くらべる"},
    {Str::Filters, "絞り込み", "Filters",
     "えらぶ"},
    {Str::ClearFilters, "条件をクリア", "Clear filters",
     "えらんだ ものを けす"},
    {Str::Close, "閉じる", "Close",
     "とじる"},
    {Str::Back, "一覧に戻る", "Back to list",
     "リストに もどる"},
    {Str::Language, "言語", "日本語",   // en: named for who needs it on an English page (and as wide as before)
    
     "ことば"},
    {Str::YearDisplay, "年度の表示", "Year format",
     "年{ねん}の 書{か}き方{かた}"},
    {Str::Search, "検索", "Search",
     "さがす"},
    {Str::SearchHint, "事業名・内容・KPI名で検索", "Project, text or KPI name",
     "ことばで さがす"},
    {Str::GrantYear, "交付金の採択年度", "Grant year",
     "お金{かね}が きまった 年{とし}"},
    {Str::Application, "申請区分", "Application",
     "もうしこみの しかた"},
    {Str::Single, "単独申請", "Single",
     "ひとりで もうしこみ"},
    {Str::Joint, "共同申請", "Joint",
     "いっしょに もうしこみ"},
    {Str::Status, "KPIの状況", "KPI status",
     "たっせいの ようす"},
    {Str::Unit, "単位", "Unit",
     "たんい"},
    {Str::All, "すべて", "All",
     "ぜんぶ"},
    {Str::Met, "達成", "Met",
     "たっせい"},
    {Str::NotMet, "未達成", "Not met",
     "みたっせい"},
    {Str::NoActual, "実績なし", "No actual yet",
     "けっか まだ"},
    {Str::NoTarget, "目標なし", "No target",
     "もくひょう なし"},
    {Str::Kpis, "KPI", "KPIs",
     "目標{もくひょう}の 数字{すうじ}"},
    {Str::NoProjectsMatch, "条件に合う事業はありません。", "No project matches these filters.",
     "あう 事業{じぎょう}は ありません。"},
    {Str::NoNewProjects, "新規採択事業なし", "No newly adopted projects",
     "新{あたら}しい 事業{じぎょう}は ありません"},
    {Str::Plan, "計画", "Plan",
     "もくひょう"},
    {Str::Actual, "実績", "Actual",
     "けっか"},
    {Str::Baseline, "当初値", "Baseline",
     "はじめ"},
    {Str::Achievement, "達成率", "Achievement",
     "たっせいりつ"},
    {Str::Partners, "共同申請先", "Partners",
     "いっしょに 申{もう}し込{こ}んだ ところ"},
    {Str::Period, "期間", "Period",
     "期間{きかん}"},
    {Str::Funding, "財源", "Funding",
     "お金{かね}の 出{で}どころ"},
    {Str::Notes, "注記", "Notes",
     "注意{ちゅうい}"},
    {Str::Summary, "事業の概要", "About the project",
     "事業{じぎょう}の 内容{ないよう}"},
    {Str::LatestYear, "最新年度", "Latest year",
     "いちばん 新{あたら}しい 年{とし}"},
    {Str::KpiSummaryFmt, "KPI 全%d件の内訳：達成 %d件・未達成 %d件・実績なし %d件・目標なし %d件",
     "All %d KPIs: %d met, %d not met, %d no actual yet, %d no target",
     "目標{もくひょう}の 数字{すうじ}は %d個{こ}です。たっせい %d個{こ}、みたっせい %d個{こ}、けっか まだ %d個{こ}、もくひょう なし %d個{こ}です。"},
    {Str::ShownProjectsFmt, "%d件の事業を表示中（全%d件）", "Showing %d of %d projects",
     "事業{じぎょう}を %d個{こ} 見{み}せています（ぜんぶで %d個{こ}）。"},
    {Str::LoadingData, "データを読み込んでいます…", "Loading data…",
     "データを 読{よ}んでいます…"},
    {Str::DataErrorTitle, "データを表示できません", "The data could not be shown",
     "データを 見{み}せることが できません"},
    {Str::Retry, "再読み込み", "Retry",
     "もういちど よむ"},
    {Str::Source, "出典", "Source",
     "どこの 資料{しりょう}か"},
    {Str::AsOf, "データ時点", "Data as of",
     "データの 日{ひ}"},
    {Str::CompareTitle, "KPIごとの達成率", "Achievement of every KPI",
     "目標{もくひょう}の 数字{すうじ}の たっせいりつ"},
    {Str::CompareHint, "実績÷計画。計画か実績がない年度は「—」。", "Actual ÷ plan. \"—\" where plan or actual is missing.",
     "結果{けっか}÷目標{もくひょう}です。数字{すうじ}が ない 年{とし}は「—」です。"},
    {Str::NoRatioNoTarget, "目標なし", "no target",
     "もくひょう なし"},
    {Str::NoRatioNoActual, "実績なし", "no actual yet",
     "けっか まだ"},
    {Str::NoRatioPlanNotPositive, "計画値0以下", "plan 0 or below",
     "もくひょうが 0か マイナス"},   // kana: a short label in a compare row, as the other no-ratio words
    {Str::NoRatioActualNotPositive, "実績値0以下", "actual 0 or below",
     "けっかが 0か マイナス"},
    {Str::AdoptedFmt, "%s採択", "Adopted %s",
     "%sに 決{き}まった"},
    {Str::Share, "共有", "Share",
     "おくる"},
    {Str::Offline, "オフライン", "Offline",
     "ネット なし"},
    {Str::ShowingLastGood, "下には、前回正しく読み込めたデータを表示しています。", "The data shown below is the last version that loaded correctly.",
     "下{した}は、前{まえ}に 読{よ}めた データです。"},
    {Str::LinkPartlyUnused, "リンクの一部が使えなかったため、既定の表示にしています：", "Part of the link could not be used, so the default is shown:",
     "リンクの 一部{いちぶ}が 使{つか}えません。はじめの 画面{がめん}を 見{み}せます："},
    {Str::Ok, "閉じる", "OK",
     "とじる"},
    {Str::CompareFootnote, "縦線は100%。150%を超える棒は150%で止めています。KPIをタップするとグラフを開きます。", "The vertical line is 100 %. Bars stop at 150 %. Tap a KPI to open its chart.",
     "たての 線{せん}は 100%です。150%より 長{なが}い ぼうは 150%で 止{と}めています。さわると グラフが 開{ひら}きます。"},
    {Str::OpenFullView, "KPIビューアで詳しく見る →", "Open the full view →",
     "くわしく みる →"},
    {Str::EraChip, "和暦（R4）", "Era (R4)",
     "われき（R4）"},
    {Str::WesternChip, "西暦（2022）", "Western (2022)",
     "せいれき（2022）"},
    {Str::KioskResume, "自動めくりを再開", "Resume the tour",
     "じどうで めくる"},
    {Str::KioskPause, "自動めくりを一時停止", "Pause the tour",
     "じどうの めくりを とめる"},
    {Str::KioskQrCaption, "スマートフォンで読み取ると、この画面を持ち帰れます", "Scan to take this view to your phone",
     "スマートフォンで 読{よ}むと、この 画面{がめん}を 持{も}って 帰{かえ}れます"},
    {Str::TouchToContinue, "タッチで続ける", "Touch to continue",
     "さわると つづきます"},
    {Str::ResetInFmt, "%d秒後に最初の画面に戻ります。", "Returning to the start in %d s.",
     "%d秒{びょう}で はじめの 画面{がめん}に もどります。"},
    {Str::TableFy, "年度", "FY",
     "とし"},
    {Str::TablePercent, "達成率", "%",
     "%"},
    {Str::TableStatus, "状況", "Status",
     "ようす"},
    {Str::NoValue, "値なし", "no value",
     "数字{すうじ}が ない"},
    {Str::StatusRule, "各KPIの状況は、実績がある最新年度で判定しています。", "Status of each KPI in its latest year with data.",
     "けっかは、結果{けっか}が ある いちばん 新{あたら}しい 年{とし}で 決{き}めています。"},
    {Str::ShareTitle, "この表示を共有", "Share this view",
     "この 画面{がめん}を 送{おく}る"},
    {Str::CopyLink, "リンクをコピー", "Copy link",
     "リンクを コピー"},
    {Str::ShareVia, "アプリで共有…", "Share…",
     "アプリで おくる…"},
    {Str::QrCaption, "スマートフォンのカメラで読み取ると、この表示が開きます。", "Scan with a phone camera to open this view.",
     "スマートフォンの カメラで 読{よ}むと、この 画面{がめん}が 開{ひら}きます。"},
    {Str::DownloadCsv, "CSVをダウンロード（表示中の事業）", "Download CSV (projects shown)",
     "CSVを ダウンロード（みている じぎょう）"},
    {Str::SaveChartPng, "選択中のグラフをPNGで保存", "Save the selected chart as PNG",
     "グラフを PNGで ほぞん"},
    {Str::SelectKpiForPng, "グラフを保存するには、KPIを選んでください。", "Select a KPI to save its chart.",
     "グラフを 保存{ほぞん}するには、目標{もくひょう}の 数字{すうじ}を 1つ えらんでください。"},
    {Str::ViewTabs, "表示の切り替え", "Views",
     "画面{がめん}の 切{き}り替{か}え"},
    {Str::ChartOf, "グラフ：", "Chart:",
     "グラフ："},
    {Str::ChartSummaryFmt, "%s：計画 %s、実績 %s、達成率 %s、%s", "%s: plan %s, actual %s, achievement %s, %s",
     "%s：目標{もくひょう} %s、結果{けっか} %s、たっせいりつ %s、%s"},
    {Str::KioskStart, "自動めくりを開始", "Start the tour",
     "じどうで めくる"},
    {Str::OfflineNow, "オフラインです。保存済みのデータを表示しています。", "Offline. Showing the saved data.",
     "インターネットに つながっていません。保存{ほぞん}した データを 見{み}せています。"},
    {Str::OnlineAgain, "オンラインに戻りました。", "Back online.",
     "インターネットに つながりました。"},
    {Str::CompareYears, "比較する年度", "Year to compare",
     "くらべる 年{とし}"},
    {Str::KioskPausedNote, "自動めくりは止まっています。", "The tour is paused.",
     "じどうの めくりは 止{と}まっています。"},
    {Str::IgnoredFieldsFmt, "このデータには、ビューアが使わない項目が%d件あります（例：%s）。", "This data has %d field(s) the viewer does not use (e.g. %s).",
     "この データには、使{つか}わない 項目{こうもく}が %d個{こ} あります（例{れい}：%s）。"},
    {Str::Verbatim, "%s", "%s"},
    {Str::ProjectNotFoundFmt, "指定された事業は見つかりませんでした。一覧を表示します。 (%s)", "That project was not found. Showing the list. (%s)",
     "その 事業{じぎょう}は ありませんでした。リストを 見{み}せます。(%s)"},
    {Str::KpiNotFoundFmt, "kpi: %s は見つかりません", "kpi: %s not found",
     "kpi: %s は ありません"},
    {Str::FetchFailedFmt, "%s を取得できませんでした（%s）", "%s: could not be fetched (%s)",
     "%s を 読{よ}むことが できませんでした（%s）"},
    {Str::LocatedErrorFmt, "%s: %s", "%s: %s"},
    {Str::BadDatasetNameFmt, "%s: データ名が正しくありません", "%s: not a valid dataset name",
     "%s: データの 名前{なまえ}が ちがいます"},
    {Str::DataUpdatedFmt, "データを更新しました（%s 時点）", "The data was updated (as of %s).",
     "データが 新{あたら}しく なりました（%s の データ）"},
    {Str::LinkCopied, "リンクをコピーしました。", "Link copied.",
     "リンクを コピーしました。"},
    {Str::CopyFailed, "コピーできませんでした。上のリンクを選んでコピーしてください。", "Could not copy. Select the link above and copy it.",
     "コピーが できませんでした。上{うえ}の リンクを えらんで コピーしてください。"},
    {Str::CsvDownloaded, "CSVをダウンロードしました。", "CSV downloaded.",
     "CSVを ダウンロードしました。"},
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
    {Str::PublishLink, "データを公開する（自治体職員向け）", "Publish a dataset (for city staff)",
     "データを こうかいする（しょくいん むけ）"},   // a link on the citizens' pages; the page it opens is for staff
    {Str::PublishNeedsPublisher, "上の「自治体名（発行者）」の欄に自治体名を入力してください。入力すると、このファイルをもう一度読み込みます。",
     "Type the municipality's name in the \"Municipality (publisher)\" field above; the file is then read again."},
    {Str::PublishAsOf, "データ時点（年-月-日）", "Data as of (year-month-day)"},
    {Str::PublishAsOfHint, "例：2026-03-31", "e.g. 2026-03-31"},
    {Str::PublishPageTitle, "公開用データの作成", "Prepare a dataset for publication"},
    {Str::PublishImporting, "ファイルを読み込んでいます…", "Reading the file…"},
    {Str::PublishImporterFailed, "読み込みのプログラムを動かせませんでした。ネットワークを確かめて、ファイルをもう一度選んでください",
     "the importer could not run. Check the network and choose the file again"},
    {Str::PickDatasetFmt, "自治体を選ぶ（%d）", "Municipalities (%d)",
     "しちょうそんを えらぶ（%d）"},
    {Str::PickDatasetTitle, "自治体を選ぶ", "Choose a municipality",
     "市町村{しちょうそん}を えらぶ"},
    {Str::PickDatasetHint, "自治体名で検索（例：おたる）", "Search by name (e.g. Otaru)",
     "なまえで さがす（れい：おたる）"},   // kana: a search field's placeholder, drawn inside the field
    {Str::PickDatasetCountFmt, "%d件（全%d件）", "%d of %d",
     "%d個{こ}（ぜんぶで %d個{こ}）"},
    {Str::OnlyInJapanese, "", "Some texts of this report are published in Japanese only; they are shown in Japanese.",
     "事業{じぎょう}の 名前{なまえ}などは、市{し}が 書{か}いた ままの 言葉{ことば}です。"},
    {Str::GlanceTitleFmt, "事業ごとの結果（%d事業）", "Outcome of each project (%d projects)",
     "事業{じぎょう}ごとの けっか（%d個{こ}の 事業{じぎょう}）"},
    {Str::GlanceKpisFmt, "KPI %d件：", "%d KPIs: ",
     "目標{もくひょう}の 数字{すうじ} %d個{こ}："},
    {Str::ChipCountFmt, "%s (%d)", "%s (%d)"},
    {Str::SectionCountsProjects, "（数は事業数）", " (counts projects)",
     "（数{かず}は 事業{じぎょう}の 数{かず}）"},
    {Str::ExplainMet, "その年度の実績が計画に届いた（減らすことが目標のKPIは、実績が計画以下になった）。",
     "The actual reached the plan that year (for a KPI meant to go down: the actual was at or below the plan).",
     "たっせい（達成{たっせい}）は、目標{もくひょう}に とどいた という 意味{いみ}です。へらすことが 目標{もくひょう}の ときは、目標{もくひょう}より 少{すく}なく なりました。"},
    {Str::ExplainNotMet, "その年度の実績が計画に届かなかった。",
     "The actual fell short of the plan that year.",
     "みたっせい（未達成{みたっせい}）は、目標{もくひょう}に とどかなかった という 意味{いみ}です。"},
    {Str::ExplainNoActual, "計画（目標）はあるが、実績がまだ報告されていない。",
     "There is a plan (target), but no actual has been reported yet.",
     "けっか まだ（実績{じっせき}なし）は、目標{もくひょう}は ありますが、結果{けっか}が まだ 出{で}ていない という 意味{いみ}です。"},
    {Str::ExplainNoTarget, "報告書で計画（目標）が「—」となっている。実績があっても達成かどうかは判定できない。",
     "The report gives no plan (target) — it shows \"—\". Even with an actual, whether it was met cannot be judged.",
     "もくひょう なし（目標{もくひょう}なし）は、資料{しりょう}に 目標{もくひょう}が 書{か}いていない という 意味{いみ}です。目標{もくひょう}が ないので、たっせいか どうか わかりません。"},
    {Str::ExplainAchievement, "達成率＝実績÷計画。計画か実績が「—」の年度、計画が0以下の年度は「—」（負の計画では割り算の結果が意味を持たないため。達成かどうかは値を直接比べます）。",
     "Achievement = actual ÷ plan. \"—\" in years where the plan or the actual is \"—\", or the plan is 0 or below (a quotient of negative values means nothing; met or not is judged by comparing the values).",
     "たっせいりつ（達成率{たっせいりつ}）は、結果{けっか}÷目標{もくひょう}です。目標{もくひょう}か 結果{けっか}が「—」の 年{とし}は「—」です。目標{もくひょう}が 0か 0より 下{した}の 年{とし}も「—」です。"},
    {Str::OutOfPeriod, "期間外", "outside the project period",
     "きかんの そと"},
    {Str::ShortfallFmt, "計画まで あと %s", "%s short of plan",
     "目標{もくひょう}まで あと %s"},
    {Str::WhatStatusMeans, "「%s」の説明", "What \"%s\" means",
     "「%s」の 意味{いみ}"},
    {Str::EmbedTitle, "ウェブページに埋め込む（選択中のグラフ）", "Embed in a web page (the selected chart)",
     "ウェブページに 入{い}れる（えらんだ グラフ）"},
    {Str::CopyEmbed, "埋め込みコードをコピー", "Copy embed code",
     "いれるための コードを コピー"},
    {Str::EmbedNeedsKpi, "埋め込むには、KPIを選んでください。", "Select a KPI to embed its chart.",
     "入{い}れるには、目標{もくひょう}の 数字{すうじ}を 1つ えらんでください。"},
    {Str::EmbedCopied, "埋め込みコードをコピーしました", "Embed code copied",
     "入{い}れるための コードを コピーしました"},
    {Str::KioskTouchHint, "タッチして操作できます", "Touch the screen to explore",
     "画面{がめん}を さわって ください"},
    {Str::ViewShownFmt, "%sを表示しています", "Now showing: %s",
     "%sを 見{み}せています"},
    {Str::LanguageSwitched, "日本語で表示しています", "Now in English",
     "やさしい 日本語{にほんご}で 見{み}せています"},
    {Str::Legend, "凡例（タップで説明）", "Legend (tap for an explanation)",
     "ことばの 意味{いみ}（さわると 説明{せつめい}）"},
    {Str::CompareItemsFmt, "%sの達成率", "Achievement in %s",
     "%sの たっせいりつ"},
    {Str::ExplainOutOfPeriod, "その年度は事業の期間に含まれない（報告書にその年度の計画も実績もない）。",
     "That year is not in the project's period (the report has no plan or actual for it).",
     "その 年{とし}は、事業{じぎょう}の 期間{きかん}では ありません。目標{もくひょう}も 結果{けっか}も ありません。"},
    {Str::PointsFmt, "%sポイント", "%s points",
     "%sポイント"},
    {Str::StatusCountsProjects, "（数は事業数：その状況のKPIが1つでもある事業）", " (counts projects with at least one such KPI)",
     "（数{かず}は、その けっかが 1つでも ある 事業{じぎょう}の 数{かず}）"},
    {Str::SkipToContent, "本文へ移動", "Skip to content",
     "ないようへ いく"},
    {Str::ProjectOfKpiFmt, "事業：%s", "Project: %s",
     "事業{じぎょう}：%s"},
    {Str::SaveChartSvg, "選択中のグラフをSVGで保存", "Save the selected chart as SVG",
     "グラフを SVGで ほぞん"},
    {Str::Print, "印刷", "Print",
     "いんさつ"},
    {Str::TextVersionLink, "印刷用・テキスト版", "Text version",
     "いんさつ・もじだけの ページ"},
    {Str::LangName, "日本語", "English",
     "やさしい にほんご"},   // each language's own name, in the language control
    {Str::DocCompareFootnote, "縦線は100%。150%を超える棒は150%で止めています。", "The vertical line is 100 %. Bars stop at 150 %.",
     "たての 線{せん}は 100%です。150%より 長{なが}い ぼうは 150%で 止{と}めています。"},
    {Str::OnlineVersion, "オンライン版", "Online version",
     "インターネットの ページ"},
    {Str::OnlineVersionNote, "最新のデータと操作できるグラフは、次のアドレスで見られます。",
     "The latest data and interactive charts are at this address.",
     "新{あたら}しい データと グラフは、この アドレスで 見{み}ることが できます。"},
    {Str::OnlineVersionOpen, "最新のデータと操作できるグラフを開く", "Open the latest data and interactive charts",
     "新{あたら}しい データと グラフを 開{ひら}く"},
    {Str::AboutReport, "この資料について", "About this report",
     "この 資料{しりょう}に ついて"},
    {Str::Terms, "用語", "Terms",
     "ことばの 意味{いみ}"},
    {Str::FiltersApplied, "絞り込み条件", "Filters",
     "えらんだ もの"},
    {Str::Project, "事業", "Project",
     "事業{じぎょう}"},
    {Str::Kpi, "KPI", "KPI",
     "目標{もくひょう}の 数字{すうじ}"},
    {Str::Grant, "交付金", "Grant",
     "国{くに}の お金{かね}"},
    {Str::Adopted, "採択年度", "Adopted",
     "決{き}まった 年{とし}"},
    {Str::ScanQr, "QRコードからも開けます。", "The QR code opens it too.",
     "QRコードでも 開{ひら}くことが できます。"},
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

const char* tr_marked(Str s, Lang lang) {
    const Entry& p = kStrings[static_cast<int>(s)];
    if (lang == Lang::En) return p.en;
    return lang == Lang::Easy && p.easy ? p.easy : p.ja;
}

const char* tr(Str s, Lang lang) {
    if (lang != Lang::Easy) return tr_marked(s, lang);
    // The easy column without its readings, made once.
    static const std::array<std::string, kCount> plain = [] {
        std::array<std::string, kCount> out;
        for (size_t i = 0; i < kCount; ++i) out[i] = ruby_plain(tr_marked(static_cast<Str>(i), Lang::Easy));
        return out;
    }();
    return plain[static_cast<size_t>(s)].c_str();
}

const char* easy_marked_for(std::string_view text) {
    static const std::unordered_map<std::string_view, const char*> marked = [] {
        std::unordered_map<std::string_view, const char*> out;
        for (size_t i = 0; i < kCount; ++i) {
            const Str s = static_cast<Str>(i);
            if (has_ruby(tr_marked(s, Lang::Easy))) out.emplace(tr(s, Lang::Easy), tr_marked(s, Lang::Easy));
        }
        return out;
    }();
    const auto it = marked.find(text);
    return it == marked.end() ? nullptr : it->second;
}

namespace {
// A format of the table whose only arguments are %d, matched at text[i]: each %d takes a run of
// digits (and thousands commas). On a match, `marked` gets the marked format filled with them and
// the length matched is returned; else 0.
size_t match_int_format(std::string_view fmt, std::string_view marked_fmt, std::string_view text, size_t i, std::string& marked) {
    std::vector<std::string> args;
    size_t t = i, f = 0;
    while (f < fmt.size()) {
        if (fmt.compare(f, 2, "%d") == 0) {
            const size_t start = t;
            while (t < text.size() && ((text[t] >= '0' && text[t] <= '9') || (text[t] == ',' && t > start))) ++t;
            if (t == start) return 0;
            args.emplace_back(text.substr(start, t - start));
            f += 2;
            continue;
        }
        if (fmt[f] == '%') return 0;   // another conversion: not handled here
        if (t >= text.size() || text[t] != fmt[f]) return 0;
        ++t;
        ++f;
    }
    size_t a = 0;
    for (size_t k = 0; k < marked_fmt.size(); ++k) {
        if (marked_fmt.compare(k, 2, "%d") == 0 && a < args.size()) {
            marked += args[a++];
            ++k;
        } else {
            marked += marked_fmt[k];
        }
    }
    return t - i;
}
} // namespace

namespace {
// The words of years and dates that the code writes around numbers (core/format.cpp fy_long,
// format_date), with their readings: found in a joined text like the table's strings.
constexpr const char* kYearWords[] = {"年度{ねんど}", "令和{れいわ}", "平成{へいせい}", "昭和{しょうわ}", "大正{たいしょう}",
                                      "明治{めいじ}", "元{がん}", "年{ねん}", "月{がつ}", "日{にち}"};
} // namespace

std::string easy_marked_join(std::string_view text) {
    // Longest-first: from each place, the longest string of the table that starts there, else one
    // character that is not a kanji. Any kanji left over: not a join of table strings.
    std::string out;
    bool any = false;
    size_t i = 0;
    while (i < text.size()) {
        size_t best = 0;
        Str best_s = Str::Count;
        for (size_t k = 0; k < kCount; ++k) {
            const Str s = static_cast<Str>(k);
            const std::string_view p = tr(s, Lang::Easy);
            if (p.size() > best && text.compare(i, p.size(), p) == 0 && has_ruby(tr_marked(s, Lang::Easy))) {
                best = p.size();
                best_s = s;
            }
        }
        // A count sentence (%d formats: 「事業ごとの けっか（5個の 事業）」), filled with its numbers.
        std::string filled;
        for (size_t k = 0; k < kCount; ++k) {
            const Str s = static_cast<Str>(k);
            const std::string_view m = tr_marked(s, Lang::Easy);
            if (m.find("%d") == std::string_view::npos || !has_ruby(m)) continue;
            std::string one;
            if (const size_t n = match_int_format(tr(s, Lang::Easy), m, text, i, one); n > best) {
                best = n;
                filled = std::move(one);
            }
        }
        if (!best && !filled.size()) {
            for (const char* w : kYearWords) {
                const std::string base = ruby_plain(w);
                if (text.compare(i, base.size(), base) == 0) {
                    out += w;
                    any = true;
                    i += base.size();
                    best = 1;
                    break;
                }
            }
            if (best) continue;
        }
        if (!filled.empty()) {
            out += filled;
            any = true;
            i += best;
            continue;
        }
        if (best) {
            out += tr_marked(best_s, Lang::Easy);
            any = true;
            i += best;
            continue;
        }
        size_t next = i;
        const char32_t cp = utf8_decode(text, next);
        if (is_kanji(cp) || text[i] == '{') return {};
        out.append(text.substr(i, next - i));
        i = next;
    }
    return any ? out : std::string();
}

namespace {
std::string fill_ints(const char* fmt, std::initializer_list<int> n) {
    for (const char* c = fmt; *c; ++c)
        if (*c == '%' && c[1] != 'd' && c[1] != '%') return fmt;   // (only %d: the arguments are ints)
        else if (*c == '%') ++c;
    int a[5] = {};
    size_t i = 0;
    for (int v : n)
        if (i < 5) a[i++] = v;
    char buf[512];
    std::snprintf(buf, sizeof buf, fmt, a[0], a[1], a[2], a[3], a[4]);
    return buf;
}
} // namespace

std::string tr_ints(Str fmt, Lang lang, std::initializer_list<int> n) { return fill_ints(tr(fmt, lang), n); }
std::string tr_ints_marked(Str fmt, Lang lang, std::initializer_list<int> n) { return fill_ints(tr_marked(fmt, lang), n); }

std::string tr_fill(Str fmt_id, const std::string& inner, Lang lang) {
    const std::string fmt = tr(fmt_id, lang);
    const size_t at = fmt.find("%s");
    if (at == std::string::npos) return fmt;
    return fmt.substr(0, at) + inner + fmt.substr(at + 2);
}

std::string tr_fill_marked(Str fmt_id, const std::string& inner, Lang lang) {
    const std::string fmt = tr_marked(fmt_id, lang);
    const size_t at = fmt.find("%s");
    if (at == std::string::npos) return fmt;
    return fmt.substr(0, at) + inner + fmt.substr(at + 2);
}

std::string tr_paren(const std::string& inner, Lang lang) { return tr_fill(Str::ParenFmt, inner, lang); }
std::string tr_unit(const std::string& unit, Lang lang) { return tr_fill(Str::UnitFmt, unit, lang); }

} // namespace kpi
