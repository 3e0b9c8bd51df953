// The strings table (core/strings.*, the viewer's and the document's words): Japanese, easy Japanese and English take the same printf arguments, in the same
// order, so a translated format can never read the wrong argument.
#include "core/ruby.h"
#include "core/strings.h"
#include "../source/source_files.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <regex>
#include <set>
#include <string>
#include <vector>

using kpi::Str;
using kpi::tr;

namespace {
std::vector<std::string> specifiers(const std::string& s) {
    static const std::regex re("%[-+ #0]*[0-9]*(?:\\.[0-9]+)?[a-zA-Z%]");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it) out.push_back(it->str());
    return out;
}
} // namespace

TEST_CASE("every string of the table: ja and en use the same format specifiers") {
    int formats = 0;
    for (int i = 0; i < static_cast<int>(Str::Count); ++i) {
        const std::string ja = tr(static_cast<Str>(i), kpi::Lang::Ja), en = tr(static_cast<Str>(i), kpi::Lang::En);
        INFO("Str #" << i << ": " << ja << " | " << en);
        CHECK_FALSE(en.empty());
        if (ja.empty()) continue;   // (an English-only remark: see Str::OnlyInJapanese)
        CHECK(specifiers(ja) == specifiers(en));
        formats += !specifiers(ja).empty();
    }
    CHECK(formats > 10);
    CHECK(specifiers("%d件（全%d件）") == std::vector<std::string>{"%d", "%d"});
    CHECK(specifiers("%s: %d") != specifiers("%d: %s"));
}

TEST_CASE("easy Japanese: same printf arguments as English, every kanji with its reading, no markup in tr()") {
    // Strings with no easy version are the standard Japanese ones, by design: publish mode is for
    // city staff (the issue allows it), punctuation, marks and verbatim formats are the same words.
    const std::set<std::string> same_as_ja = {
        "PublishTitle", "PublishIntro", "PublishPrivacy", "PublishPublisher", "PublishPublisherHint", "PublishPick",
        "PublishDropHint", "PublishProblemsFmt", "PublishReadyFmt", "PublishSave", "PublishNeedsPublisher",
        "PublishAsOf", "PublishAsOfHint", "PublishPageTitle", "PublishImporting", "PublishImporterFailed", "Verbatim", "LocatedErrorFmt", "ChipCountFmt",
        "ListSep", "ClauseSep", "SentenceSep", "LabelSep", "InfoSep", "ParenFmt", "UnitFmt", "ActiveMark", "CurrentMark",
        "BackMark", "SuggestsArrow", "Ellipsis", "PercentFullWidth",
        // the same words in easy Japanese (katakana, a mark)
        "AppName", "ChartOf", "PointsFmt"};
    const std::string src = source_files::read("src/core/strings.cpp");
    std::vector<std::string> names;
    const std::regex entry("\\{Str::(\\w+),");
    for (auto it = std::sregex_iterator(src.begin(), src.end(), entry); it != std::sregex_iterator(); ++it) names.push_back((*it)[1].str());
    REQUIRE(names.size() == static_cast<size_t>(Str::Count));
    int easy = 0;
    for (int i = 0; i < static_cast<int>(Str::Count); ++i) {
        const Str s = static_cast<Str>(i);
        const std::string marked = kpi::tr_marked(s, kpi::Lang::Easy), ja = tr(s, kpi::Lang::Ja), en = tr(s, kpi::Lang::En);
        INFO("Str::" << names[i] << ": " << marked);
        if (marked == ja) CHECK_MESSAGE(same_as_ja.count(names[i]), "no easy version");
        if (marked != ja) ++easy;
        if (!same_as_ja.count(names[i])) CHECK(kpi::kanji_without_reading(marked).empty());
        if (!ja.empty()) CHECK(specifiers(marked) == specifiers(en));
        const std::string plain = tr(s, kpi::Lang::Easy);
        CHECK(plain == kpi::ruby_plain(marked));
        CHECK(plain.find("{") == std::string::npos);
    }
    CHECK(easy > 120);
    // Readings are really there: a kanji word in an explanation carries one.
    CHECK(std::string(kpi::tr_marked(Str::ExplainNotMet, kpi::Lang::Easy)).find("未達成{みたっせい}") != std::string::npos);
    CHECK(std::string(tr(Str::ExplainNotMet, kpi::Lang::Easy)).find("未達成") != std::string::npos);
    // A string with no kanji in Japanese or English is its own plain text.
    CHECK(std::string(kpi::tr_marked(Str::Plan, kpi::Lang::En)) == "Plan");
}

TEST_CASE("easy Japanese: a text joined from strings of the table finds their readings; a dataset text does not") {
    const std::string heading = std::string(tr(Str::GrantYear, kpi::Lang::Easy)) + tr(Str::SectionCountsProjects, kpi::Lang::Easy);
    CHECK(kpi::easy_marked_join(heading) == std::string(kpi::tr_marked(Str::GrantYear, kpi::Lang::Easy)) +
                                                kpi::tr_marked(Str::SectionCountsProjects, kpi::Lang::Easy));
    CHECK(kpi::easy_marked_join(std::string(tr(Str::Period, kpi::Lang::Easy)) + " 2") == std::string(kpi::tr_marked(Str::Period, kpi::Lang::Easy)) + " 2");
    CHECK(kpi::easy_marked_join("地域のデジタル改革によるスマートシティ推進事業").empty());   // the city's words
    CHECK(kpi::easy_marked_join("ぜんぶ").empty());                                         // no reading in it
    CHECK(kpi::easy_marked_for(tr(Str::ExplainNotMet, kpi::Lang::Easy)) == std::string(kpi::tr_marked(Str::ExplainNotMet, kpi::Lang::Easy)));
    CHECK(kpi::easy_marked_for("ぜんぶ") == nullptr);
    // A count sentence: its numbers filled into the marked format.
    char buf[256];
    std::snprintf(buf, sizeof buf, tr(Str::GlanceTitleFmt, kpi::Lang::Easy), 5);
    std::string want = kpi::tr_marked(Str::GlanceTitleFmt, kpi::Lang::Easy);
    want.replace(want.find("%d"), 2, "5");
    CHECK(kpi::easy_marked_join(buf) == want);
    std::snprintf(buf, sizeof buf, tr(Str::ShownProjectsFmt, kpi::Lang::Easy), 3, 1234);
    CHECK(kpi::ruby_plain(kpi::easy_marked_join(buf)) == buf);
    CHECK(kpi::has_ruby(kpi::easy_marked_join(buf)));
}

TEST_CASE("tr_ints: a %d format of the table filled with its numbers, plain or with its readings") {
    CHECK(kpi::tr_ints(Str::GlanceTitleFmt, kpi::Lang::Ja, {5}) == "事業ごとの結果（5事業）");
    CHECK(kpi::tr_ints(Str::ShownProjectsFmt, kpi::Lang::En, {3, 12}) == "Showing 3 of 12 projects");
    CHECK(kpi::tr_ints(Str::KpiSummaryFmt, kpi::Lang::Ja, {13, 5, 4, 3, 1}) ==
          "KPI 全13件の内訳：達成 5件・未達成 4件・実績なし 3件・目標なし 1件");
    CHECK(kpi::tr_ints(Str::GlanceKpisFmt, kpi::Lang::Ja, {}) == "KPI 0件：");   // missing numbers are 0
    const std::string marked = kpi::tr_ints_marked(Str::GlanceTitleFmt, kpi::Lang::Easy, {5});
    CHECK(marked == "事業{じぎょう}ごとの けっか（5個{こ}の 事業{じぎょう}）");
    CHECK(kpi::ruby_plain(marked) == kpi::tr_ints(Str::GlanceTitleFmt, kpi::Lang::Easy, {5}));
    // Only %d formats are filled: one with %s comes back as it is (never read as an int).
    CHECK(kpi::tr_ints(Str::AdoptedFmt, kpi::Lang::Ja, {1}) == tr(Str::AdoptedFmt, kpi::Lang::Ja));
}

TEST_CASE("easy Japanese: years and dates the code writes get their readings; a format filled at the call site keeps its") {
    // 2022年度（令和4年度）, as fy_long writes it in easy Japanese: 年度 and the era with readings.
    CHECK(kpi::easy_marked_join("2022年度（令和4年度）") == "2022年度{ねんど}（令和{れいわ}4年度{ねんど}）");
    CHECK(kpi::easy_marked_join("2019年度（令和元年度）") == "2019年度{ねんど}（令和{れいわ}元{がん}年度{ねんど}）");
    CHECK(kpi::easy_marked_join("2026年3月31日") == "2026年{ねん}3月{がつ}31日{にち}");
    // A label of the table with a year after it: the label's own readings, then the year's.
    const std::string latest = std::string(tr(Str::LatestYear, kpi::Lang::Easy)) + " R4:";
    CHECK(kpi::easy_marked_join(latest) == std::string(kpi::tr_marked(Str::LatestYear, kpi::Lang::Easy)) + " R4:");
    // Every year word has its reading (the same check as the table's strings).
    CHECK(kpi::kanji_without_reading(kpi::easy_marked_join("1989年度（平成元年度）1926年度（昭和元年度）1912年度（大正元年度）明治")).empty());
    // The city's words still get none.
    CHECK(kpi::easy_marked_join("2022年度 地域の事業").empty());
    // tr_fill_marked: the format's readings kept, the inner text as it is; in Japanese, tr_fill.
    CHECK(kpi::tr_fill_marked(Str::ShortfallFmt, "1,234件", kpi::Lang::Easy) == "目標{もくひょう}まで あと 1,234件");
    CHECK(kpi::tr_fill_marked(Str::ShortfallFmt, "1,234件", kpi::Lang::Ja) == kpi::tr_fill(Str::ShortfallFmt, "1,234件", kpi::Lang::Ja));
}
