// Checks evaluated on answers worked out by hand.

#include <catch2/catch.hpp>

#include <corridor/gates/evaluate.hpp>

namespace corridor {
namespace {

using model::Bound;
using model::Metric;

model::LineAnswer line(const std::string& id, std::optional<double> hours, double usd) {
  model::LineAnswer l;
  l.demand.id = id;
  l.demand.from = "A";
  l.demand.to = "C";
  if (hours) {
    model::Route r;
    r.totals.running = model::Hours(*hours);
    r.totals.tariff = model::Usd(usd);
    l.route = r;
  } else {
    l.unreachable = "avoid_countries: KZ";
  }
  return l;
}

model::ScenarioAnswers scenario(std::vector<model::LineAnswer> lines) {
  model::ScenarioAnswers s;
  s.name = "s";
  s.lines = std::move(lines);
  return s;
}

model::Check check(std::string demand, Metric metric, Bound bound, double limit) {
  return model::Check{"c", std::move(demand), metric, bound, limit};
}

const gates::CheckSource kSource{{"s.yaml", 12, 5}, "checks[0]"};

TEST_CASE("a value at the limit passes, beyond it fails", "[gates]") {
  const auto s = scenario({line("A->C", 72.0, 300.0), line("B->C", 48.0, 200.0)});
  // A->C: 72 h = 3 days.
  auto out = gates::evaluate(check("A->C", Metric::days, Bound::max, 3.0), kSource, s, nullptr);
  REQUIRE(out.size() == 1);
  CHECK(out[0].passed);
  CHECK(out[0].message == "days 3.00 <= max 3.00");
  CHECK(out[0].where.line == 12);
  out = gates::evaluate(check("A->C", Metric::days, Bound::max, 2.99), kSource, s, nullptr);
  CHECK_FALSE(out[0].passed);
  CHECK(out[0].message == "days 3.00 > max 2.99");
  out = gates::evaluate(check("all", Metric::usd, Bound::min, 250.0), kSource, s, nullptr);
  REQUIRE(out.size() == 2);
  CHECK(out[0].passed);
  CHECK_FALSE(out[1].passed);
  CHECK(out[1].line == "B->C");
  CHECK(out[1].message == "usd 200.00 < min 250.00");
}

TEST_CASE("a line without a route fails every check but reachable's", "[gates]") {
  const auto s = scenario({line("A->C", std::nullopt, 0.0)});
  auto out = gates::evaluate(check("all", Metric::days, Bound::min, 0.0), kSource, s, nullptr);
  CHECK_FALSE(out.at(0).passed);
  CHECK(out[0].message == "no route: avoid_countries: KZ");
  out = gates::evaluate(check("all", Metric::reachable, Bound::min, 1.0), kSource, s, nullptr);
  CHECK_FALSE(out.at(0).passed);
  CHECK(out[0].message == "reachable no < min yes");
  out = gates::evaluate(check("all", Metric::p95_days, Bound::max, 1e9), kSource,
                        scenario({line("A->C", 1.0, 1.0)}), nullptr);
  CHECK_FALSE(out.at(0).passed);
  CHECK(out[0].message == "p95_days was not simulated");
}

TEST_CASE("a relative check compares the line of the same id in the base", "[gates]") {
  const auto base = scenario({line("B->C", 48.0, 200.0), line("A->C", 72.0, 300.0)});
  const auto variant = scenario({line("A->C", 72.0, 330.0)});
  // 300 -> 330 USD is +10 %: passes at +10 %, fails at +9.9 %.
  auto out = gates::evaluate(check("all", Metric::usd, Bound::max_increase_pct, 10.0), kSource,
                             variant, &base);
  REQUIRE(out.size() == 1);
  CHECK(out[0].passed);
  CHECK(*out[0].base_value == 300.0);
  CHECK(out[0].message == "usd 300.00 \u2192 330.00 (+10.0%, at most +10.0%)");
  out = gates::evaluate(check("all", Metric::usd, Bound::max_increase_pct, 9.9), kSource, variant,
                        &base);
  CHECK_FALSE(out[0].passed);
  CHECK(out[0].message == "usd 300.00 \u2192 330.00 (+10.0%, more than +9.9%)");
  // Without a base (corridor check) it is skipped, and says why.
  out = gates::evaluate(check("all", Metric::usd, Bound::max_increase_pct, 10.0), kSource, variant,
                        nullptr);
  CHECK(out[0].skipped);
  CHECK(out[0].message == "relative to a base: evaluated by corridor compare");
  // A line the scenario lacks fails.
  out = gates::evaluate(check("B->C", Metric::usd, Bound::max, 1e9), kSource, variant, &base);
  REQUIRE(out.size() == 1);
  CHECK_FALSE(out[0].passed);
  CHECK(out[0].message == "scenario s has no demand line B->C");
}

}  // namespace
}  // namespace corridor
