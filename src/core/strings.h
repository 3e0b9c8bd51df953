// The product's own words in Japanese, easy Japanese (やさしい日本語) and English: the viewer's (src/ui) and the document's
// (document.cpp, chart_svg.cpp: print, report page, no-WebGL page), one table so the printed page
// says what the screen says. Data texts come from the dataset (model.h's Text), not from here.
#pragma once

#include "lang.h"

#include <initializer_list>
#include <string>

namespace kpi {

enum class Str {
    AppName, Overview, Compare, Filters, ClearFilters, Close, Back, Language, YearDisplay, Search,
    SearchHint, GrantYear, Application, Single, Joint, Status, Unit, All, Met, NotMet, NoActual,
    NoTarget, Kpis, NoProjectsMatch, NoNewProjects, Plan, Actual, Baseline, Achievement, Partners,
    Period, Funding, Notes, Summary, LatestYear, KpiSummaryFmt, ShownProjectsFmt, LoadingData,
    DataErrorTitle, Retry, Source, AsOf, CompareTitle, CompareHint, NoRatioNoTarget,
    NoRatioNoActual, NoRatioPlanNotPositive, NoRatioActualNotPositive, AdoptedFmt, Share, Offline,
    ShowingLastGood, LinkPartlyUnused, Ok, CompareFootnote, OpenFullView, EraChip, WesternChip,
    KioskResume, KioskPause, KioskQrCaption, TouchToContinue, ResetInFmt, TableFy, TablePercent,
    TableStatus, NoValue, StatusRule, ShareTitle, CopyLink, ShareVia, QrCaption, DownloadCsv,
    SaveChartPng, SelectKpiForPng, ViewTabs, ChartOf, ChartSummaryFmt, KioskStart, OfflineNow,
    OnlineAgain, CompareYears, KioskPausedNote, IgnoredFieldsFmt, Verbatim, ProjectNotFoundFmt,
    KpiNotFoundFmt, FetchFailedFmt, LocatedErrorFmt, BadDatasetNameFmt, DataUpdatedFmt, LinkCopied,
    CopyFailed, CsvDownloaded, PublishTitle, PublishIntro, PublishPrivacy, PublishPublisher,
    PublishPublisherHint, PublishPick, PublishDropHint, PublishProblemsFmt, PublishReadyFmt, PublishSave,
    PublishLink, PublishNeedsPublisher, PublishAsOf, PublishAsOfHint, PublishPageTitle, PublishImporting, PublishImporterFailed, PickDatasetFmt, PickDatasetTitle, PickDatasetHint, PickDatasetCountFmt, OnlyInJapanese,
    GlanceTitleFmt, GlanceKpisFmt, ChipCountFmt,
    SectionCountsProjects, ExplainMet, ExplainNotMet, ExplainNoActual, ExplainNoTarget, ExplainAchievement,
    OutOfPeriod, ShortfallFmt, WhatStatusMeans, EmbedTitle, CopyEmbed, EmbedNeedsKpi,
    EmbedCopied, KioskTouchHint,
    ViewShownFmt, LanguageSwitched, Legend, CompareItemsFmt, ExplainOutOfPeriod, PointsFmt,
    StatusCountsProjects, SkipToContent, ProjectOfKpiFmt,
    SaveChartSvg, Print, TextVersionLink, LangName,
    // The document's own words (no view shows them): its table of contents, the online version's
    // address, the overview table's column headers, the compare footnote without "tap".
    DocCompareFootnote, OnlineVersion, OnlineVersionNote, OnlineVersionOpen, AboutReport, Terms,
    FiltersApplied, Project, Kpi, Grant, Adopted, ScanQr,
    // Punctuation, which differs by language too: lists, clauses, sentences, labels, asides.
    ListSep, ClauseSep, SentenceSep, LabelSep, InfoSep, ParenFmt, UnitFmt,
    // Marks drawn beside words.
    ActiveMark, CurrentMark, BackMark, SuggestsArrow, Ellipsis, PercentFullWidth, Count
};

// The text of `s` in `lang`, plain: easy Japanese without its readings (the words a screen reader,
// a name or a measurement take). A string with no easy version (publish mode, which is for staff;
// punctuation and marks) is the standard Japanese one.
const char* tr(Str s, Lang lang);
// The same with the readings of easy Japanese in their markup, 「事業{じぎょう}」 (core/ruby.h), for
// what draws them over the words; for Japanese and English, tr() itself.
const char* tr_marked(Str s, Lang lang);
// The marked text (with readings) of an easy string whose plain text is `plain`, or nullptr when
// `plain` is no such string: what draws text finds the readings of what it was given.
const char* easy_marked_for(std::string_view plain);
// The same for a text joined from strings of the table ("お金が きまった 年" + "（数は 事業の 数）")
// and glue without kanji (digits, spaces, punctuation) or the words of years and dates the code
// writes (2022年度（令和4年度）, 2026年3月31日): the joined marked text, or "" when `plain` is not
// made that way (a dataset text: the city's words get no readings) or has no reading.
std::string easy_marked_join(std::string_view plain);
// A format of the table whose only arguments are %d (KpiSummaryFmt takes five), filled with `n` in
// order (up to five; missing ones are 0): 「事業ごとの結果（5事業）」. A format with any other
// conversion is returned unfilled. tr_ints_marked: the same with easy Japanese's readings kept
// (tr_marked), for what draws or writes them.
std::string tr_ints(Str fmt, Lang lang, std::initializer_list<int> n);
std::string tr_ints_marked(Str fmt, Lang lang, std::initializer_list<int> n);
// A format with one %s (AdoptedFmt, ShortfallFmt, ParenFmt…) filled with `inner`; a format
// without %s is returned as it is.
std::string tr_fill(Str fmt, const std::string& inner, Lang lang);
// The same with the format's readings kept (tr_marked): `inner` is marked text too, or text with
// no readings (the city's words, numbers).
std::string tr_fill_marked(Str fmt, const std::string& inner, Lang lang);
// `inner` in the language's parentheses, after a word: 「（北海道）」 / " (Hokkaido)".
std::string tr_paren(const std::string& inner, Lang lang);
// A unit in parentheses on a line of its own (a chart's axis): 「（件）」 / "(cases)".
std::string tr_unit(const std::string& unit, Lang lang);

} // namespace kpi
