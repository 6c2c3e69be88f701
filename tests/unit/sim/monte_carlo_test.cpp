#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include <catch2/catch.hpp>

#include <corridor/model/distribution.hpp>
#include <corridor/sim/journey.hpp>
#include <corridor/sim/monte_carlo.hpp>
#include <corridor/sim/statistics.hpp>

#include "line_scenario.hpp"

namespace corridor::sim {
namespace {

using model::Distribution;
using test::LineScenario;

MonteCarloOptions options(std::uint64_t replications, int threads = 2) {
  MonteCarloOptions o;
  o.replications = replications;
  o.seed = 2025;
  o.threads = threads;
  return o;
}

bool same_bits(double a, double b) {
  return std::memcmp(&a, &b, sizeof a) == 0;
}

bool same_summary(const model::Summary& a, const model::Summary& b) {
  return same_bits(a.mean, b.mean) && same_bits(a.sd, b.sd) && same_bits(a.min, b.min) &&
         same_bits(a.max, b.max) && same_bits(a.p5, b.p5) && same_bits(a.p50, b.p50) &&
         same_bits(a.p90, b.p90) && same_bits(a.p95, b.p95) && same_bits(a.p99, b.p99);
}

bool same_histogram(const model::Histogram& a, const model::Histogram& b) {
  return same_bits(a.lower, b.lower) && same_bits(a.width, b.width) && a.counts == b.counts;
}

/// Every field of two simulations, bit for bit.
void require_identical(const model::RouteSimulation& a, const model::RouteSimulation& b) {
  REQUIRE(a.replications == b.replications);
  REQUIRE(same_summary(a.days, b.days));
  REQUIRE(same_summary(a.usd, b.usd));
  REQUIRE(same_summary(a.generalized_usd, b.generalized_usd));
  REQUIRE(a.on_time_probability.has_value() == b.on_time_probability.has_value());
  if (a.on_time_probability) REQUIRE(same_bits(*a.on_time_probability, *b.on_time_probability));
  REQUIRE(same_histogram(a.days_histogram, b.days_histogram));
  REQUIRE(same_histogram(a.usd_histogram, b.usd_histogram));
  REQUIRE(a.steps.size() == b.steps.size());
  for (std::size_t k = 0; k < a.steps.size(); ++k) {
    REQUIRE(same_bits(a.steps[k].mean_hours, b.steps[k].mean_hours));
    REQUIRE(same_bits(a.steps[k].p95_hours, b.steps[k].p95_hours));
    REQUIRE(same_bits(a.steps[k].mean_wait_hours, b.steps[k].mean_wait_hours));
  }
}

/// A route with every kind of step, timetable, closure and distribution family.
LineScenario busy_line() {
  LineScenario line(4);
  line.link(0).hours = Distribution(model::Triangular{10.0, 20.0, 40.0});
  line.link(1).hours = Distribution::lognormal_from_median_p95(24.0, 60.0, 2.0);
  line.link(1).schedule = model::Schedule{model::Weekly{{34.0, 114.0}}, std::nullopt};
  line.link(2).hours = Distribution(model::Pert{5.0, 6.0, 12.0, 4.0});
  line.link(2).schedule = model::Schedule{model::Headway{12.0, 1.0}, std::nullopt};
  line.link(3).hours = Distribution(model::EmpiricalQuantiles{{0.0, 0.5, 1.0}, {3.0, 4.0, 9.0}});
  line.node(1).storage_usd_per_teu_day = model::Usd(30.0);
  line.node(2).handling = model::Handling{
      Distribution(model::EmpiricalSamples{{2.0, 3.0, 7.0}}), model::Usd(150.0), {}, {}};
  line.node(2).dwell = model::Dwell{Distribution(model::Uniform{0.5, 1.5}), model::Usd(20.0)};
  line.node(3).dwell = model::Dwell{Distribution(model::Fixed{1.0}), model::Usd(5.0)};
  model::Disruption storms;
  storms.links = {"L1"};
  storms.monthly_probability.fill(0.3);
  storms.duration_hours = Distribution::lognormal_from_median_p95(48.0, 120.0);
  model::Disruption works;
  works.nodes = {"N3"};
  works.windows = {{500.0, 900.0}};
  line.scenario.disruptions = {storms, works};
  line.scenario.simulation.departure_window_days = 60.0;
  return line;
}

TEST_CASE("results are identical for any thread count", "[sim][monte_carlo]") {
  const LineScenario line = busy_line();
  const model::Route route = line.route();
  // 9000 replications make five chunks, so four threads really share them.
  const auto one = simulate_route(line.scenario, route, line.cargo, 9.0, options(9000, 1));
  const auto four = simulate_route(line.scenario, route, line.cargo, 9.0, options(9000, 4));
  require_identical(one, four);
  CHECK(one.steps.size() == route.steps.size());
  CHECK(one.days.min < one.days.p5);
}

TEST_CASE("results are pinned to the bit", "[sim][monte_carlo]") {
  // The same on every machine, compiler, optimisation level and instruction set (checked with
  // GCC 12 -O0/-O3, baseline/AVX2/AVX-512, and Clang 14). A change here means the random
  // streams or a sampling algorithm changed, and with them every published result: make such
  // a change on purpose, and update these values with it.
  const LineScenario line = busy_line();
  const auto sim = simulate_route(line.scenario, line.route(), line.cargo, 9.0, options(2000));
  CHECK(sim.days.mean == 0x1.db17bf32025dcp+2);
  CHECK(sim.days.p95 == 0x1.3697213fa30dep+4);
  CHECK(sim.usd.p50 == 0x1.c8c281171cd07p+7);
  CHECK(sim.generalized_usd.sd == 0x1.0a73c792a775cp+6);
  CHECK(sim.steps[1].mean_wait_hours == 0x1.636f1e960fbc7p+5);
}

TEST_CASE("percentile selection by re-simulation equals the stored sample's",
          "[sim][monte_carlo]") {
  const LineScenario line = busy_line();
  const model::Route route = line.route();
  MonteCarloOptions stored = options(5000);
  MonteCarloOptions streamed = options(5000);
  streamed.max_stored_values = 0;
  require_identical(simulate_route(line.scenario, route, line.cargo, 9.0, stored),
                    simulate_route(line.scenario, route, line.cargo, 9.0, streamed));
}

TEST_CASE("percentile selection through pilot windows equals the stored sample's",
          "[sim][monte_carlo]") {
  // busy_line has atoms (waits of zero, empirical samples) on several windows' edges.
  const LineScenario line = busy_line();
  const model::Route route = line.route();
  for (const std::uint64_t n : {std::uint64_t{5000}, std::uint64_t{20000}}) {
    INFO(n << " replications");
    MonteCarloOptions whole = options(n);
    MonteCarloOptions windowed = options(n);
    windowed.store_whole_values = 0;
    MonteCarloOptions streamed = options(n);
    streamed.max_stored_values = 0;
    const auto reference = simulate_route(line.scenario, route, line.cargo, 9.0, whole);
    require_identical(reference, simulate_route(line.scenario, route, line.cargo, 9.0, windowed));
    require_identical(reference, simulate_route(line.scenario, route, line.cargo, 9.0, streamed));
  }
}

TEST_CASE("summaries are those of the journeys", "[sim][monte_carlo]") {
  const LineScenario line = busy_line();
  const model::Route route = line.route();
  const auto sim = simulate_route(line.scenario, route, line.cargo, 9.0, options(3000));
  // Oracle: every journey, sorted, and numpy-style percentiles.
  const JourneyModel model(line.scenario, route, line.cargo);
  JourneyBlock block;
  model.run(2025, 0, 3000, block);
  std::vector<double> days;
  for (const double h : block.hours())
    days.push_back(h / 24.0);
  std::vector<double> last_step(block.step_hours(route.steps.size() - 1).begin(),
                                block.step_hours(route.steps.size() - 1).end());
  const auto on_time = std::count_if(days.begin(), days.end(), [](double d) { return d <= 9.0; });
  std::sort(days.begin(), days.end());
  std::sort(last_step.begin(), last_step.end());
  CHECK(sim.days.min == days.front());
  CHECK(sim.days.max == days.back());
  CHECK(sim.days.p5 == percentile_of_sorted(days, 0.05));
  CHECK(sim.days.p50 == percentile_of_sorted(days, 0.50));
  CHECK(sim.days.p99 == percentile_of_sorted(days, 0.99));
  CHECK(sim.steps.back().p95_hours == percentile_of_sorted(last_step, 0.95));
  CHECK(sim.days.mean == Approx(Moments::of(days).mean).epsilon(1e-14));
  CHECK(*sim.on_time_probability == static_cast<double>(on_time) / 3000.0);
  std::uint64_t total = 0;
  for (const auto c : sim.days_histogram.counts)
    total += c;
  CHECK(total == 3000);
  CHECK(sim.days_histogram.counts.size() == 30);
  CHECK(sim.days_histogram.lower == days.front());
}

TEST_CASE("zero variance: the simulation is the deterministic route", "[sim][monte_carlo]") {
  LineScenario line(3);
  line.link(0).hours = Distribution(model::Fixed{22.1});
  line.link(1).hours = Distribution(model::Fixed{30.7});
  line.link(2).hours = Distribution(model::Fixed{0.3});
  line.link(1).tariff.usd_per_teu = model::Usd(870.1);
  line.node(1).handling =
      model::Handling{Distribution(model::Fixed{12.2}), model::Usd(99.9), {}, {}};
  const model::Route route = line.route();
  const auto sim = simulate_route(line.scenario, route, line.cargo, 3.0, options(1000));
  const double days = route.totals.hours().value() / 24.0;
  for (const double v : {sim.days.mean, sim.days.min, sim.days.max, sim.days.p5, sim.days.p50,
                         sim.days.p90, sim.days.p95, sim.days.p99}) {
    CHECK(v == days);
  }
  CHECK(sim.days.sd == 0.0);
  CHECK(sim.usd.mean == route.totals.usd().value());
  CHECK(sim.usd.p99 == route.totals.usd().value());
  CHECK(sim.generalized_usd.p50 == route.totals.generalized().value());
  CHECK(sim.generalized_usd.mean == route.totals.generalized().value());
  CHECK(*sim.on_time_probability == 1.0);  // 65.3 h < 3 days
  for (std::size_t k = 0; k < route.steps.size(); ++k) {
    CHECK(sim.steps[k].mean_hours == route.steps[k].hours().value());
    CHECK(sim.steps[k].p95_hours == route.steps[k].hours().value());
    CHECK(sim.steps[k].mean_wait_hours == 0.0);
  }
  CHECK(sim.days_histogram.counts[0] == 1000);
}

TEST_CASE("moments of a sum of known distributions", "[sim][monte_carlo]") {
  LineScenario line(4);
  const std::vector<Distribution> legs{Distribution(model::Uniform{10.0, 20.0}),
                                       Distribution(model::Triangular{5.0, 10.0, 30.0}),
                                       Distribution::lognormal_from_median_p95(24.0, 48.0),
                                       Distribution(model::Pert{10.0, 20.0, 40.0, 4.0})};
  double mean = 0.0;
  double variance = 0.0;
  for (std::size_t i = 0; i < legs.size(); ++i) {
    line.link(i).hours = legs[i];
    mean += legs[i].mean();
    variance += legs[i].variance();
  }
  constexpr std::uint64_t kN = 100000;
  const auto sim =
      simulate_route(line.scenario, line.route(), line.cargo, std::nullopt, options(kN));
  // Independent legs: means and variances add. Days = hours / 24. Tolerances are 5 standard
  // errors: sd / sqrt(n) for the mean, sd^2 sqrt((excess kurtosis + 2) / n) for the variance,
  // with the sum's excess kurtosis below 1 (a sum of four mild terms).
  const double sd_days = std::sqrt(variance) / 24.0;
  CHECK(std::abs(sim.days.mean - mean / 24.0) < 5.0 * sd_days / std::sqrt(double{kN}));
  CHECK(std::abs(sim.days.sd * sim.days.sd - sd_days * sd_days) <
        5.0 * sd_days * sd_days * std::sqrt(3.0 / double{kN}));
  for (std::size_t k = 0; k < legs.size(); ++k) {
    CHECK(std::abs(sim.steps[k].mean_hours - legs[k].mean()) <
          5.0 * std::sqrt(legs[k].variance() / double{kN}));
  }
  CHECK_FALSE(sim.on_time_probability);
}

TEST_CASE("on-time probability of two uniform legs", "[sim][monte_carlo]") {
  LineScenario line(2);
  line.link(0).hours = Distribution(model::Uniform{0.0, 24.0});
  line.link(1).hours = Distribution(model::Uniform{0.0, 24.0});
  constexpr std::uint64_t kN = 40000;
  // Days = U1 + U2 with U uniform on [0, 1): the CDF of the sum is d^2/2 below 1 and
  // 1 - (2 - d)^2 / 2 above. Tolerance: 5 binomial standard errors sqrt(p (1 - p) / n).
  for (const auto& [deadline, p] :
       std::vector<std::pair<double, double>>{{0.5, 0.125}, {1.0, 0.5}, {1.5, 0.875}}) {
    const auto sim = simulate_route(line.scenario, line.route(), line.cargo, deadline, options(kN));
    INFO("deadline " << deadline);
    CHECK(std::abs(*sim.on_time_probability - p) < 5.0 * std::sqrt(p * (1.0 - p) / double{kN}));
  }
}

TEST_CASE("timetable waits converge to the expected wait", "[sim][monte_carlo]") {
  constexpr std::uint64_t kN = 40000;
  SECTION("headway H: H/2") {
    LineScenario line(1);
    line.link(0).hours = Distribution(model::Fixed{5.0});
    line.link(0).schedule = model::Schedule{model::Headway{24.0, 0.0}, std::nullopt};
    const auto sim =
        simulate_route(line.scenario, line.route(), line.cargo, std::nullopt, options(kN));
    // Wait uniform on [0, 24): sd 24 / sqrt(12); tolerance 5 standard errors of the mean.
    CHECK(std::abs(sim.steps[0].mean_wait_hours - 12.0) <
          5.0 * (24.0 / std::sqrt(12.0)) / std::sqrt(double{kN}));
    CHECK(sim.steps[0].mean_hours == Approx(sim.steps[0].mean_wait_hours + 5.0));
  }
  SECTION("weekly: sum(gap^2) / (2 * 168)") {
    LineScenario line(1);
    line.link(0).hours = Distribution(model::Fixed{5.0});
    const model::Schedule s{model::Weekly{{34.0, 114.0}}, std::nullopt};
    line.link(0).schedule = s;
    line.node(0).storage_usd_per_teu_day = model::Usd(48.0);
    const auto sim =
        simulate_route(line.scenario, line.route(), line.cargo, std::nullopt, options(kN));
    // The wait is uniform within a gap: E[w^2] = sum(gap^3) / (3 * 168) bounds its spread.
    const double second_moment = (80.0 * 80.0 * 80.0 + 88.0 * 88.0 * 88.0) / (3.0 * 168.0);
    const double sd = std::sqrt(second_moment - s.expected_wait_hours() * s.expected_wait_hours());
    CHECK(std::abs(sim.steps[0].mean_wait_hours - s.expected_wait_hours()) <
          5.0 * sd / std::sqrt(double{kN}));
    // Storage at 2 USD per hour of waiting; the route priced the expected wait the same way.
    CHECK(sim.usd.mean == Approx(2.0 * sim.steps[0].mean_wait_hours).epsilon(1e-12));
    CHECK(line.route().totals.storage_usd.value() == Approx(2.0 * s.expected_wait_hours()));
  }
}

TEST_CASE("progress is reported from the calling thread up to the total", "[sim][monte_carlo]") {
  LineScenario line(1);
  line.link(0).hours = Distribution(model::Uniform{1.0, 2.0});
  MonteCarloOptions o = options(20000);
  std::vector<std::pair<std::uint64_t, std::uint64_t>> calls;
  o.progress = [&](std::uint64_t done, std::uint64_t total) { calls.emplace_back(done, total); };
  (void)simulate_route(line.scenario, line.route(), line.cargo, std::nullopt, o);
  REQUIRE_FALSE(calls.empty());
  CHECK(calls.back().first == calls.back().second);
  CHECK(calls.back().second == 20000);
  for (std::size_t i = 1; i < calls.size(); ++i)
    CHECK(calls[i].first >= calls[i - 1].first);
}

TEST_CASE("invalid options are rejected", "[sim][monte_carlo]") {
  LineScenario line(1);
  CHECK_THROWS_AS(simulate_route(line.scenario, line.route(), line.cargo, std::nullopt, options(0)),
                  std::invalid_argument);
  MonteCarloOptions o = options(10);
  o.histogram_bins = 0;
  CHECK_THROWS_AS(simulate_route(line.scenario, line.route(), line.cargo, std::nullopt, o),
                  std::invalid_argument);
  const auto settings = options_from(line.scenario.simulation);
  CHECK(settings.replications == 10000);
  CHECK(settings.seed == 42);
}

}  // namespace
}  // namespace corridor::sim
