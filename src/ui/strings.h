// UI strings in Japanese and English. Data texts come from the dataset; these are the app's own.
#pragma once

#include "core/lang.h"

#include <string>

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
    // Punctuation, which differs by language too: lists, clauses, sentences, labels, asides.
    ListSep, ClauseSep, SentenceSep, LabelSep, InfoSep, ParenFmt, UnitFmt,
    // Marks drawn beside words.
    ActiveMark, CurrentMark, BackMark, SuggestsArrow, Ellipsis, PercentFullWidth, Count
};

const char* tr(Str s, kpi::Lang lang);
// `inner` in the language's parentheses, after a word: 「（北海道）」 / " (Hokkaido)".
std::string tr_paren(const std::string& inner, kpi::Lang lang);
// A unit in parentheses on a line of its own (a chart's axis): 「（件）」 / "(cases)".
std::string tr_unit(const std::string& unit, kpi::Lang lang);
