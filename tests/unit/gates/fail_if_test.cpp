// --fail-if expressions: what they mean, and the located message of a bad one.

#include <catch2/catch.hpp>

#include <corridor/error.hpp>
#include <corridor/gates/fail_if.hpp>

namespace corridor {
namespace {

using model::Bound;
using model::Metric;

std::string error_of(std::string_view expression) {
  try {
    (void)gates::parse_fail_if(expression);
  } catch (const ValidationError& e) {
    REQUIRE(e.issues().size() == 1);
    return format_issue(e.issues()[0]);
  }
  return "";
}

TEST_CASE("a --fail-if reads a line, a metric, a comparison and a limit", "[gates]") {
  auto f = gates::parse_fail_if("KHORGOS->VILNIUS_VIT.p95_days > 40");
  CHECK(f.check.demand == "KHORGOS->VILNIUS_VIT");
  CHECK(f.check.metric == Metric::p95_days);
  CHECK(f.check.bound == Bound::max);
  CHECK(f.check.limit == 40.0);
  CHECK(f.check.id == "KHORGOS->VILNIUS_VIT.p95_days > 40");
  f = gates::parse_fail_if("usd > +10%");
  CHECK(f.check.demand == "all");
  CHECK(f.check.metric == Metric::usd);
  CHECK(f.check.bound == Bound::max_increase_pct);
  CHECK(f.check.limit == 10.0);
  f = gates::parse_fail_if("on_time_share<0.9");
  CHECK(f.check.bound == Bound::min);
  CHECK(f.check.limit == 0.9);
  f = gates::parse_fail_if("line.v2.days > 3");  // a line id with a dot
  CHECK(f.check.demand == "line.v2");
  CHECK(f.check.metric == Metric::days);
}

TEST_CASE("a bad --fail-if is an error at its column", "[gates]") {
  CHECK(error_of("p95_day > 40") ==
        "error: --fail-if 'p95_day > 40': at column 1: unknown metric 'p95_day'\n"
        "  hint: did you mean 'p95_days'?");
  CHECK(error_of("A->B.days >= 3") ==
        "error: --fail-if 'A->B.days >= 3': at column 11: '>=' is not a comparison\n"
        "  hint: use > or <: the check fails when the value is beyond the limit");
  CHECK(error_of("usd < +5%") ==
        "error: --fail-if 'usd < +5%': at column 5: a relative limit fails on an increase: "
        "write > +N%\n"
        "  hint: write [LINE.]METRIC > LIMIT, [LINE.]METRIC < LIMIT or [LINE.]METRIC > +N%, e.g. "
        "'KHORGOS->VILNIUS_VIT.p95_days > 40' or 'usd > +10%'");
  CHECK(error_of("usd > ten")
            .starts_with("error: --fail-if 'usd > ten': at column 7: expected a number after '>'"));
  CHECK(error_of("usd").starts_with("error: --fail-if 'usd': at column 4: no comparison (> or <)"));
  CHECK(error_of("usd > 3 days")
            .starts_with("error: --fail-if 'usd > 3 days': at column 9: unexpected 'days'"));
}

}  // namespace
}  // namespace corridor
