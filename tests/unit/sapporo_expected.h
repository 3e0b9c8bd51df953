// The values of the source report (../shared/seeds/000_ecaba30364de66ae.txt), transcribed from the
// report itself, not from the JSON: test_sapporo_dataset.cpp checks data/sapporo.json against them,
// test_document.cpp checks that the report page `kpi-tool html` writes shows every one of them.
// A value the report shows as "—" is `kNone`.
#pragma once

#include "core/model.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace sapporo_expected {

using Opt = std::optional<double>;
inline const Opt kNone;  // "—" in the report

struct ExpYear {
    int fy;
    Opt plan;
    Opt actual;
};

struct ExpKpi {
    int no;
    const char* name;
    const char* unit;
    Opt baseline_plan;
    Opt baseline_actual;
    std::vector<ExpYear> years;
    int decimals = 0;
};

struct ExpProject {
    const char* id;
    const char* program_id;
    const char* name;
    kpi::Application application;
    size_t partners;
    std::vector<ExpKpi> kpis;
};

// ---- Transcribed from the report --------------------------------------------------------------
// R1=2019 … R7=2025. Column order in the report: 当初値, then the fiscal years.
inline const std::vector<ExpProject>& expected_projects() {
    static const std::vector<ExpProject> projects = {
        {"uij-turn", "fy2019-suishin", "UIJ ターン新規就業支援事業", kpi::Application::Joint, 1,
         {
             {1, "本移住支援事業に基づく移住就業者数", "人", kNone, kNone,
              {{2019, kNone, 0}, {2020, kNone, 6}, {2021, kNone, 9}, {2022, kNone, 6}}},
             {2, "本移住支援事業に基づく移住起業者数", "人", kNone, kNone,
              {{2019, kNone, 0}, {2020, kNone, 1}, {2021, kNone, 2}, {2022, kNone, 0}}},
         }},
        {"digital-innovation", "fy2020-suishin", "デジタル技術を活用したイノベーション創出事業",
         kpi::Application::Single, 0,
         {
             {1, "本事業によって創出した市内IT企業における新ビジネスの件数", "件", kNone, kNone,
              {{2020, 4, 2}, {2021, 9, 11}, {2022, 9, 16}}},
             {2, "本事業によって創出した市内IT企業と道内他産業企業の協業による新ビジネスの件数", "件",
              kNone, kNone, {{2020, 0, 0}, {2021, 5, 7}, {2022, 5, 11}}},
             {3, "本事業により首都圏から市内IT企業へ就職したエンジニアの数", "人", kNone, kNone,
              {{2020, 10, 8}, {2021, 10, 0}, {2022, 10, 5}}},
         }},
        {"ishikari-lifestyle", "fy2020-suishin", "いしかり・ライフ style 魅力発信・若者地元定着促進事業",
         kpi::Application::Joint, 1,
         {
             {1, "学生等の事業参加者数", "人", kNone, kNone,
              {{2020, kNone, 73}, {2021, kNone, 76}, {2022, kNone, 16}}},
             {2, "セミナー等事業参加企業数（3年累計）", "社", kNone, kNone,
              {{2020, kNone, 66}, {2021, kNone, 171}, {2022, kNone, 257}}},
         }},
        {"smart-city", "fy2022-suishin", "地域のデジタル改革によるスマートシティ推進事業",
         kpi::Application::Single, 0,
         {
             {1, "データ取引所におけるデータ取引件数", "件", kNone, kNone,
              {{2022, 10, 0}, {2023, 100, kNone}, {2024, 200, kNone}}},
             {2, "スマートシティアプリのダウンロード数", "件", 3000, 3000,
              {{2022, 23000, 4320}, {2023, 31000, kNone}, {2024, 67000, kNone}}},
             {3, "IT・コンテンツを活用して高付加価値をつけようと思っている企業の割合", "%", 31.20, 31.20,
              {{2022, 32.10, 30.2}, {2023, 32.60, kNone}, {2024, 33.00, kNone}},
              2},
         }},
        {"shin-sapporo", "fy2023-digiden",
         "“つなぐ、つむぐ、つくる” 共創型スマートシティ「新・さっぽろモデル」", kpi::Application::Single, 0,
         {
             {1, "タブレットのユーザー数", "人", kNone, kNone,
              {{2023, 600, kNone}, {2024, 800, kNone}, {2025, 1200, kNone}}},
             {2, "生活支援マッチングの成立件数", "件", kNone, kNone,
              {{2023, 300, kNone}, {2024, 19200, kNone}, {2025, 57600, kNone}}},
             {3, "地域情報の提供数", "件", kNone, kNone,
              {{2023, 600, kNone}, {2024, 20800, kNone}, {2025, 62400, kNone}}},
         }},
    };
    return projects;
}

struct ExpProgram {
    const char* id;
    int adopted_fy;
    const char* name;
    std::vector<const char*> project_ids;
};

inline const std::vector<ExpProgram>& expected_programs() {
    static const std::vector<ExpProgram> programs = {
        {"fy2019-suishin", 2019, "地方創生推進交付金", {"uij-turn"}},
        {"fy2020-suishin", 2020, "地方創生推進交付金", {"digital-innovation", "ishikari-lifestyle"}},
        {"fy2021-suishin", 2021, "地方創生推進交付金", {}},
        {"fy2022-suishin", 2022, "地方創生推進交付金", {"smart-city"}},
        {"fy2023-digiden", 2023, "デジタル田園都市国家構想推進交付金", {"shin-sapporo"}},
    };
    return programs;
}
// -----------------------------------------------------------------------------------------------

} // namespace sapporo_expected
