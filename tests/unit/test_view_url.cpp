#include <doctest/doctest.h>

#include "core/view_url.h"

#include <random>

using kpi::ViewState;

TEST_CASE("default view encodes to nothing and decodes back") {
    const ViewState v;
    CHECK(kpi::encode_view(v) == "");
    const auto d = kpi::decode_view("");
    CHECK(d.view == v);
    CHECK(d.notices.empty());
    CHECK(d.data_name.empty());
}

TEST_CASE("every field round-trips") {
    ViewState v;
    v.lang = kpi::Lang::En;
    v.era = kpi::EraStyle::Western;
    v.mode = kpi::ViewMode::Compare;
    v.project = "smart-city";
    v.kpi = 2;
    v.compare_fy = 2022;
    v.filters.adopted_fy = 2020;
    v.filters.application = kpi::Application::Joint;
    v.filters.status = kpi::Status::NoActual;
    v.filters.unit = "人";
    v.filters.query = "すまーと & 100% \"a+b\"";
    const std::string q = kpi::encode_view(v, "otaru", "sapporo");
    CHECK(q.rfind("?data=otaru&project=smart-city&kpi=2&view=compare&fy=2022&grant=2020&app=joint&status=no-actual&unit=", 0) == 0);
    CHECK(q.find(' ') == std::string::npos);
    CHECK(q.find('+') == std::string::npos);
    const auto d = kpi::decode_view(q);
    CHECK(d.notices.empty());
    CHECK(d.data_name == "otaru");
    CHECK(d.view == v);
    CHECK(kpi::encode_view(v, "sapporo", "sapporo").find("data=") == std::string::npos);
}

TEST_CASE("links rewritten by apps still open the same view") {
    // '+' for spaces, lower-case escapes, a leading '?', tracking parameters appended
    const auto d = kpi::decode_view("?project=smart-city&q=%e3%81%99+a&utm_source=line&fbclid=XYZ&lang=en");
    CHECK(d.notices.empty());
    CHECK(d.view.project == "smart-city");
    CHECK(d.view.filters.query == "す a");
    CHECK(d.view.lang == kpi::Lang::En);
}

TEST_CASE("language: one parse/format pair, codes round-trip, anything else is rejected") {
    CHECK(std::string(kpi::to_string(kpi::Lang::Ja)) == "ja");
    CHECK(std::string(kpi::to_string(kpi::Lang::En)) == "en");
    CHECK(std::string(kpi::to_string(kpi::Lang::Easy)) == "easy");
    // Easy Japanese is Japanese to the browser; its dataset texts are keyed "ja-easy".
    CHECK(std::string(kpi::html_lang(kpi::Lang::Easy)) == "ja");
    CHECK(std::string(kpi::text_key(kpi::Lang::Easy)) == "ja-easy");
    CHECK(kpi::decode_view("lang=easy").view.lang == kpi::Lang::Easy);
    CHECK(kpi::encode_view([] { ViewState v; v.lang = kpi::Lang::Easy; return v; }()).find("lang=easy") != std::string::npos);
    CHECK(kpi::default_era(kpi::Lang::Easy) == kpi::EraStyle::Western);
    for (kpi::Lang l : kpi::kLangs) {
        CHECK(kpi::lang_from_string(kpi::to_string(l)) == l);
        ViewState v;
        v.lang = l;
        CHECK(kpi::decode_view(kpi::encode_view(v)).view.lang == l);
    }
    for (const char* bad : {"", "JA", "En", "fr", "ja-JP", "en ", "jaen", "ja-easy", "Easy"})
        CHECK_FALSE(kpi::lang_from_string(bad));
    CHECK(kpi::encode_view(ViewState{}).find("lang") == std::string::npos);   // ja is the default
    const auto fr = kpi::decode_view("lang=fr");
    CHECK(fr.view.lang == kpi::Lang::Ja);
    REQUIRE(fr.notices.size() == 1);
    CHECK(fr.notices[0].find("lang") == 0);
}

TEST_CASE("invalid values fall back to defaults with a notice") {
    const auto d = kpi::decode_view("project=Smart%20City&kpi=abc&lang=fr&era=x&view=map&fy=99999&grant=-1&app=solo&"
                                    "status=done&unit=&q=%FF%FE&data=../etc");
    CHECK(d.view == ViewState{});
    CHECK(d.notices.size() == 12);
    CHECK(d.data_name.empty());
    const auto k = kpi::decode_view("kpi=2");
    CHECK(k.view.kpi == 0);
    CHECK(k.notices.size() == 1);
}

TEST_CASE("hostile and random strings never crash and always give a valid view") {
    std::mt19937 rng(12345);
    const std::string alphabet = "abcz09-_=&%+?#;/\\\"' \t\n\x01\x7f\xc3\xa9\xe3\x81\x82\xff\xfe%2%zz%E3%81";
    for (int i = 0; i < 5000; ++i) {
        std::string s;
        const int n = static_cast<int>(rng() % 80);
        for (int k = 0; k < n; ++k) s += alphabet[rng() % alphabet.size()];
        const auto d = kpi::decode_view(s);
        // Whatever came in, what we hold encodes and decodes to itself.
        const auto again = kpi::decode_view(kpi::encode_view(d.view, d.data_name));
        REQUIRE(again.notices.empty());
        REQUIRE(again.view == d.view);
    }
}

TEST_CASE("randomised states round-trip") {
    std::mt19937 rng(7);
    const char* projects[] = {"", "uij-turn", "smart-city", "a", "x-1-y"};
    const char* units[] = {"", "人", "件", "%", "社"};
    const char* queries[] = {"", "KPI", "ｽﾏｰﾄ", "a b", "100%", "&=?#", "改行\tなし"};
    for (int i = 0; i < 2000; ++i) {
        ViewState v;
        v.lang = rng() % 2 ? kpi::Lang::Ja : kpi::Lang::En;
        v.era = rng() % 2 ? kpi::EraStyle::Japanese : kpi::EraStyle::Western;
        v.mode = rng() % 2 ? kpi::ViewMode::Overview : kpi::ViewMode::Compare;
        v.project = projects[rng() % 5];
        v.kpi = v.project.empty() ? 0 : static_cast<int>(rng() % 4);
        if (rng() % 2) v.compare_fy = 2019 + static_cast<int>(rng() % 8);
        if (rng() % 2) v.filters.adopted_fy = 2019 + static_cast<int>(rng() % 5);
        if (rng() % 3 == 1) v.filters.application = kpi::Application::Single;
        if (rng() % 3 == 2) v.filters.application = kpi::Application::Joint;
        if (rng() % 2) v.filters.status = static_cast<kpi::Status>(rng() % 4);
        v.filters.unit = units[rng() % 5];
        v.filters.query = queries[rng() % 7];
        if (v.filters.query.find('\t') != std::string::npos) v.filters.query = "改行なし";
        const std::string url = kpi::encode_view(v);
        const auto d = kpi::decode_view(url);
        INFO(url);
        REQUIRE(d.notices.empty());
        REQUIRE(d.view == v);
    }
}

TEST_CASE("embed is a page option, not part of the view") {
    const auto d = kpi::decode_view("?embed=1&project=smart-city&kpi=1");
    CHECK(d.embed);
    CHECK(d.view.project == "smart-city");
    CHECK(kpi::encode_view(d.view).find("embed") == std::string::npos);
    CHECK_FALSE(kpi::decode_view("embed=0").embed);
    CHECK(kpi::decode_view("embed=yes").notices.size() == 1);
}

TEST_CASE("kiosk options") {
    const auto d = kpi::decode_view("kiosk=1&rotate=5&idle=60&project=uij-turn");
    CHECK(d.kiosk);
    CHECK(d.kiosk_options.rotate_s == doctest::Approx(5));
    CHECK(d.kiosk_options.idle_s == doctest::Approx(60));
    CHECK(d.notices.empty());
    const auto bad = kpi::decode_view("kiosk=1&rotate=0&idle=abc");
    CHECK(bad.kiosk_options.rotate_s == doctest::Approx(kpi::KioskOptions{}.rotate_s));
    CHECK(bad.kiosk_options.idle_s == doctest::Approx(kpi::KioskOptions{}.idle_s));
    CHECK(bad.kiosk_options.countdown_s >= 20);   // WCAG 2.2.1
    CHECK(bad.notices.size() == 2);
    CHECK(kpi::encode_view(d.view).find("kiosk") == std::string::npos);
}

TEST_CASE("navigation vs tweak") {
    ViewState a, b;
    b.filters.query = "x";
    CHECK_FALSE(kpi::is_navigation(a, b));
    b.lang = kpi::Lang::En;
    CHECK_FALSE(kpi::is_navigation(a, b));
    b.project = "smart-city";
    CHECK(kpi::is_navigation(a, b));
}

TEST_CASE("over-long search text is cut at a character boundary") {
    std::string q;
    for (int i = 0; i < 100; ++i) q += "あ";   // 300 bytes
    const auto d = kpi::decode_view("q=" + kpi::percent_encode(q));
    CHECK(d.view.filters.query.size() == 198);   // 66 characters, not a broken 200-byte cut
    CHECK(d.view.filters.query == q.substr(0, 198));
}

TEST_CASE("repeated keys: the first occurrence decides, once-per-key notice") {
    const auto d = kpi::decode_view("?data=sapporo&data=other&lang=en&lang=ja&lang=fr&utm_source=a&utm_source=b");
    CHECK(d.data_name == "sapporo");
    CHECK(d.view.lang == kpi::Lang::En);
    REQUIRE(d.notices.size() == 2);
    CHECK(d.notices[0] == "data: repeated, the first value is used");
    CHECK(d.notices[1] == "lang: repeated, the first value is used");
    // An invalid first value falls back to the default; the later valid one is not used.
    const auto e = kpi::decode_view("?data=../x&data=otaru");
    CHECK(e.data_name.empty());
    CHECK(e.notices.size() == 2);
}

TEST_CASE("dataset names: one rule (slug, at most 64 characters)") {
    CHECK(kpi::is_dataset_name("sapporo"));
    CHECK(kpi::is_dataset_name("otaru-2024"));
    CHECK(kpi::is_dataset_name(std::string(64, 'a')));
    CHECK_FALSE(kpi::is_dataset_name(std::string(65, 'a')));
    for (const char* bad : {"", "Sapporo", "../x", "a/b", "a.json", "-a", "a-", "a--b", "a b", "a%2Fb", "札幌"})
        CHECK_FALSE(kpi::is_dataset_name(bad));
    CHECK(kpi::decode_view("data=" + std::string(64, 'a')).data_name == std::string(64, 'a'));
    CHECK(kpi::decode_view("data=" + std::string(65, 'a')).data_name.empty());
}

TEST_CASE("publish option: a page option, never written back") {
    const auto d = kpi::decode_view("publish=1&lang=en");
    CHECK(d.publish);
    CHECK(d.notices.empty());
    CHECK(kpi::encode_view(d.view) == "?lang=en");
    CHECK_FALSE(kpi::decode_view("lang=en").publish);
    const auto bad = kpi::decode_view("publish=yes");
    CHECK_FALSE(bad.publish);
    CHECK(bad.notices.size() == 1);
}

TEST_CASE("the year style follows the language unless the link says era=") {
    CHECK(kpi::decode_view("").view.era == kpi::EraStyle::Japanese);
    CHECK(kpi::decode_view("lang=en").view.era == kpi::EraStyle::Western);
    CHECK(kpi::decode_view("lang=en&era=japanese").view.era == kpi::EraStyle::Japanese);
    CHECK(kpi::decode_view("era=japanese&lang=en").view.era == kpi::EraStyle::Japanese);
    CHECK(kpi::decode_view("era=western").view.era == kpi::EraStyle::Western);
    CHECK(kpi::decode_view("lang=en&era=x").view.era == kpi::EraStyle::Western);   // bad value: the default
    for (kpi::Lang lang : kpi::kLangs)
        for (auto era : {kpi::EraStyle::Japanese, kpi::EraStyle::Western}) {
            ViewState v;
            v.lang = lang;
            v.era = era;
            const std::string q = kpi::encode_view(v);
            INFO(q);
            CHECK((q.find("era=") != std::string::npos) == (era != kpi::default_era(lang)));
            CHECK(kpi::decode_view(q).view == v);
            v.era_chosen = true;   // chosen: kept in the link even when it is the language's default
            const std::string chosen = kpi::encode_view(v);
            CHECK(chosen.find("era=") != std::string::npos);
            const auto back = kpi::decode_view(chosen).view;
            CHECK(back == v);
            CHECK(back.era_chosen);
            CHECK(kpi::encode_view(back) == chosen);
        }
    ViewState en;
    en.lang = kpi::Lang::En;
    en.era = kpi::EraStyle::Western;
    CHECK(kpi::encode_view(en) == "?lang=en");
}

TEST_CASE("embed code: an iframe of the same view with embed=1 and an escaped title") {
    const std::string a = kpi::iframe_snippet("https://example.org/kpi/?project=smart-city&kpi=2&lang=en", "KPI② \"Visits\" <R4> & more");
    CHECK(a.rfind("<iframe src=\"https://example.org/kpi/?project=smart-city&amp;kpi=2&amp;lang=en&amp;embed=1\"", 0) == 0);
    CHECK(a.find("title=\"KPI② &quot;Visits&quot; &lt;R4&gt; &amp; more\"") != std::string::npos);
    CHECK(a.find("width=\"640\" height=\"420\"") != std::string::npos);
    CHECK(a.find("></iframe>") != std::string::npos);
    CHECK(kpi::iframe_snippet("https://example.org/", "t").find("src=\"https://example.org/?embed=1\"") != std::string::npos);
    // The link's view, decoded from the snippet's src, is the same view, as an embed.
    const auto d = kpi::decode_view("project=smart-city&kpi=2&lang=en&embed=1");
    CHECK(d.embed);
    CHECK(d.view.project == "smart-city");
}
