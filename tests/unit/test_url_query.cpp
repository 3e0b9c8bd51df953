#include <doctest/doctest.h>

#include "core/url_query.h"

TEST_CASE("percent_decode") {
    CHECK(kpi::percent_decode("a%20b") == "a b");
    CHECK(kpi::percent_decode("a+b") == "a b");
    CHECK(kpi::percent_decode("%E6%9C%AD%e5%b9%8c") == "札幌");
    CHECK(kpi::percent_decode("100%") == "100%");
    CHECK(kpi::percent_decode("%zz%4") == "%zz%4");
    CHECK(kpi::percent_decode("%4") == "%4");
    CHECK(kpi::percent_decode("") == "");
}

TEST_CASE("parse_query") {
    const auto q = kpi::parse_query("?project=smart-city&kpi=2&&flag&q=%E3%81%99+a&kpi=3");
    REQUIRE(q.size() == 5);
    CHECK(q[0].first == "project");
    CHECK(q[0].second == "smart-city");
    CHECK(q[2].first == "flag");
    CHECK(q[2].second == "");
    CHECK(q[3].second == "す a");
    std::string v;
    CHECK(kpi::query_value(q, "kpi", v));
    CHECK(v == "2");  // the first one wins (as in decode_view and URLSearchParams.get)
    CHECK_FALSE(kpi::query_value(q, "lang", v));
    CHECK(kpi::parse_query("").empty());
    CHECK(kpi::parse_query("&&&").empty());
}
