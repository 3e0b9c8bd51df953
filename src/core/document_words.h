// The words of the document renderer (document.h, chart_svg.h) in Japanese and English.
// Most are the viewer's own words, spelled exactly as src/ui/strings.cpp spells them (the entry
// names the Str it copies; tests/unit/test_document.cpp checks each is identical), so the printed
// page says what the screen says. The rest (ui = nullptr) exist only on paper: a table of contents,
// the online version's address, the column headers of the overview table.
// Core cannot include src/ui: when the viewer's words move into core, these become those.
#pragma once

#include "lang.h"

#include <string>

namespace kpi {

enum class Word {
    // The viewer's words (same text as ui/strings.cpp)
    Plan, Actual, Baseline, Achievement, Partners, Period, Funding, Notes, Summary, LatestYear,
    Met, NotMet, NoActual, NoTarget, Single, Joint, Application, Source, AsOf, CompareTitle, CompareHint,
    NoRatioNoTarget, NoRatioNoActual, NoRatioPlanNotPositive, NoRatioActualNotPositive, OutOfPeriod, AdoptedFmt, TableFy, TablePercent,
    TableStatus, NoValue, StatusRule, ChartOf, ChartSummaryFmt, ShortfallFmt, ExplainMet, ExplainNotMet,
    ExplainNoActual, ExplainNoTarget, ExplainAchievement, GrantYear, Status, Unit, Search, ShownProjectsFmt,
    Kpis, NoProjectsMatch, GlanceTitleFmt, CompareFootnote,
    ListSep, ClauseSep, SentenceSep, LabelSep, ParenFmt, UnitFmt,
    // The document's own
    OnlineVersion, OnlineVersionNote, OnlineVersionOpen, AboutReport, Terms, FiltersApplied, Project, Kpi, Grant,
    GlanceKpisFmt, Adopted, ScanQr,
    Count
};

struct WordEntry {
    Word id;
    const char* ui;   // the name of the Str in src/ui/strings.cpp it copies, or nullptr
    const char* ja;
    const char* en;
};

const char* word(Word w, Lang lang);
const WordEntry& word_entry(Word w);
// A printf format with one %s (AdoptedFmt, ShortfallFmt, ParenFmt, UnitFmt…) filled with `inner`.
std::string word_fill(Word fmt, const std::string& inner, Lang lang);

} // namespace kpi
