// The product's own words in Japanese and English: the viewer's (src/ui) and the document's
// (document.cpp, chart_svg.cpp: print, report page, no-WebGL page), one table so the printed page
// says what the screen says. Data texts come from the dataset (model.h's Text), not from here.
#pragma once

#include "lang.h"

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
    PublishLink, PublishNeedsPublisher, PublishAsOf, PublishAsOfHint, PublishPageTitle, PickDatasetFmt, PickDatasetTitle, PickDatasetHint, PickDatasetCountFmt, OnlyInJapanese,
    GlanceTitleFmt, GlanceKpisFmt, ChipCountFmt,
    SectionCountsProjects, ExplainMet, ExplainNotMet, ExplainNoActual, ExplainNoTarget, ExplainAchievement,
    OutOfPeriod, ShortfallFmt, WhatStatusMeans, EmbedTitle, CopyEmbed, EmbedNeedsKpi,
    EmbedCopied, KioskTouchHint,
    ViewShownFmt, LanguageSwitched, Legend, CompareItemsFmt, ExplainOutOfPeriod, PointsFmt,
    StatusCountsProjects, SkipToContent, ProjectOfKpiFmt,
    SaveChartSvg, Print, TextVersionLink,
    // The document's own words (no view shows them): its table of contents, the online version's
    // address, the overview table's column headers, the compare footnote without "tap".
    DocCompareFootnote, OnlineVersion, OnlineVersionNote, OnlineVersionOpen, AboutReport, Terms,
    FiltersApplied, Project, Kpi, Grant, Adopted, ScanQr,
    // Punctuation, which differs by language too: lists, clauses, sentences, labels, asides.
    ListSep, ClauseSep, SentenceSep, LabelSep, InfoSep, ParenFmt, UnitFmt,
    // Marks drawn beside words.
    ActiveMark, CurrentMark, BackMark, SuggestsArrow, Ellipsis, PercentFullWidth, Count
};

const char* tr(Str s, Lang lang);
// A format with one %s (AdoptedFmt, ShortfallFmt, ParenFmt…) filled with `inner`; a format
// without %s is returned as it is.
std::string tr_fill(Str fmt, const std::string& inner, Lang lang);
// `inner` in the language's parentheses, after a word: 「（北海道）」 / " (Hokkaido)".
std::string tr_paren(const std::string& inner, Lang lang);
// A unit in parentheses on a line of its own (a chart's axis): 「（件）」 / "(cases)".
std::string tr_unit(const std::string& unit, Lang lang);

} // namespace kpi
