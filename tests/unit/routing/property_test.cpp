// Property tests: on hundreds of seeded random multimodal networks with corridor places and
// timetables, Yen's k best paths, the k best corridors at exact prices and the Pareto sets must
// agree with brute-force enumeration of every loopless route (tests/support/random_networks.hpp),
// with and without each kind of constraint.

#include <algorithm>
#include <array>
#include <memory>
#include <random>
#include <set>

#include <catch2/catch.hpp>

#include <corridor/io/validate.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/k_alternatives.hpp>
#include <corridor/routing/pareto.hpp>

#include "routing/k_best.hpp"
#include "routing/pareto_paths.hpp"
#include "support/random_networks.hpp"

namespace corridor {
namespace {

using network::EdgeId;
using test::Oracle;

/// The engine's corridors against brute force: the same prices in the same order, each listed
/// corridor with its own best price (corridors of equal price may come in either order), and
/// the first three always the first three of ten.
void check_corridors(const network::Network& net, const routing::Query& q,
                     const std::vector<Oracle::Route>& routes) {
  const auto expected = test::oracle_corridors(net, q, routes);
  const auto ten = routing::k_alternatives(net, q, 10);
  CHECK(ten.complete);
  REQUIRE(ten.routes.size() == std::min<std::size_t>(10, expected.size()));
  std::set<model::CorridorKey> listed;
  for (std::size_t i = 0; i < ten.routes.size(); ++i) {
    const auto& r = ten.routes[i];
    CHECK(r.objective_value == Approx(expected[i].price).epsilon(1e-9));
    CHECK(listed.insert(r.corridor).second);
    const auto same = std::find_if(expected.begin(), expected.end(),
                                   [&](const auto& c) { return c.key == r.corridor; });
    REQUIRE(same != expected.end());
    CHECK(same->price == Approx(r.objective_value).epsilon(1e-9));
  }
  const auto three = routing::k_alternatives(net, q, 3);
  REQUIRE(three.routes.size() == std::min<std::size_t>(3, ten.routes.size()));
  for (std::size_t i = 0; i < three.routes.size(); ++i) {
    CHECK(three.routes[i].corridor == ten.routes[i].corridor);
    CHECK(three.routes[i].objective_value == ten.routes[i].objective_value);
  }
}

/// The public Pareto options: the estimated front of the label setting (checked against brute
/// force) priced exactly, less the options slower than max_days or beaten by another one at
/// exact prices, sorted by exact (hours, USD, CO2e).
void check_pareto_options(const network::Network& net, const routing::Query& q,
                          const routing::detail::ParetoPaths& estimated) {
  std::vector<test::Criteria> front;
  for (const auto& p : estimated.paths) {
    const auto t = net.describe(p.edges, net.scenario().cargo[0]).totals;
    if (q.constraints.max_days && t.hours().value() > *q.constraints.max_days * 24.0) continue;
    front.push_back({t.hours().value(), t.usd().value(), t.co2e.value()});
  }
  std::sort(front.begin(), front.end());
  front.erase(std::unique(front.begin(), front.end()), front.end());
  std::vector<test::Criteria> kept;
  for (const auto& c : front) {
    if (std::none_of(kept.begin(), kept.end(),
                     [&](const auto& k) { return test::dominates(k, c); })) {
      kept.push_back(c);
    }
  }
  const auto options = routing::pareto_routes(net, q, 1'000'000);
  REQUIRE(options.options.size() == kept.size());
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const auto& t = options.options[i].route.totals;
    CHECK(t.hours().value() == kept[i][0]);
    CHECK(t.usd().value() == kept[i][1]);
    CHECK(t.co2e.value() == kept[i][2]);
  }
}

/// A time limit half way between two route times (so that rounding never decides), or none.
std::optional<double> median_days(const network::Network& net, const routing::Query& q) {
  const auto all = Oracle(net, q).all(test::kRouteLimit);
  std::vector<double> hours;
  for (const auto& r : *all)
    hours.push_back(net.describe(r.edges, net.scenario().cargo[0]).totals.hours().value());
  std::sort(hours.begin(), hours.end());
  hours.erase(std::unique(hours.begin(), hours.end()), hours.end());
  if (hours.size() < 2) return std::nullopt;
  const std::size_t i = hours.size() / 2;
  return (hours[i - 1] + hours[i]) / 48.0;
}

TEST_CASE("k best paths, corridors and Pareto sets match brute force", "[routing][property]") {
  const auto seed = GENERATE(range(1, 301));
  std::mt19937_64 rng(static_cast<std::uint64_t>(seed));
  // Draw networks until one has a brute-forceable number of unconstrained routes.
  model::Scenario s;
  std::unique_ptr<network::Network> network;
  routing::Query q;
  q.objective = static_cast<model::Objective>(seed % 4);
  do {
    s = test::random_scenario(rng);
    std::mt19937_64 decorations(static_cast<std::uint64_t>(seed) + 1000);
    test::add_places_and_timetables(s, decorations);
    network = std::make_unique<network::Network>(s);
    std::uniform_int_distribution<std::size_t> node(0, s.nodes.size() - 1);
    q.origin = model::NodeId::at(node(rng));
    do {
      q.destination = model::NodeId::at(node(rng));
    } while (q.destination == q.origin);
  } while (!Oracle(*network, q).all(test::kRouteLimit));
  REQUIRE(io::validate(s, io::SourceMap()).empty());
  const network::Network& net = *network;

  auto sets = test::constraint_sets(s, rng);
  if (const auto days = median_days(net, q)) sets.emplace_back().max_days = days;
  for (const auto& constraints : sets) {
    q.constraints = constraints;
    const auto all = Oracle(net, q).all(test::kRouteLimit);
    if (!all) continue;  // a via node can multiply the routes past the limit
    const auto& expected = *all;
    const routing::detail::SearchSpace space(net, q);
    INFO("seed " << seed << ", objective " << model::to_string(q.objective) << ", constraints "
                 << constraints.avoid_countries.size() << constraints.avoid_modes.size()
                 << constraints.avoid_links.size() << constraints.avoid_nodes.size()
                 << constraints.via.size() << constraints.max_transshipments.value_or(-1)
                 << constraints.max_gauge_changes.value_or(-1) << ", max days "
                 << constraints.max_days.value_or(-1) << ", routes " << expected.size());

    // Yen's k best (on the estimated waits): the k cheapest routes, each a real one, in order.
    constexpr std::size_t k = 8;
    const auto paths = routing::detail::k_best_paths(space, k);
    REQUIRE(paths.size() == std::min(k, expected.size()));
    std::set<std::vector<EdgeId>> all_routes;
    for (const auto& r : expected)
      all_routes.insert(r.edges);
    for (std::size_t i = 0; i < paths.size(); ++i) {
      CHECK(paths[i].cost == Approx(expected[i].cost).epsilon(1e-12));
      CHECK(all_routes.count(paths[i].edges) == 1);
    }

    // Corridors at exact prices.
    check_corridors(net, q, expected);

    // Pareto (on the estimated waits): exactly the non-dominated criteria vectors.
    std::set<test::Criteria> front;
    for (const auto& r : expected) {
      const bool beaten = std::any_of(expected.begin(), expected.end(), [&](const auto& o) {
        return test::dominates(o.criteria, r.criteria);
      });
      if (!beaten) front.insert(r.criteria);
    }
    const auto pareto = routing::detail::pareto_paths(space, 1'000'000);
    CHECK(pareto.complete);
    REQUIRE(pareto.paths.size() == front.size());
    auto it = front.begin();
    for (const auto& p : pareto.paths) {
      for (std::size_t c = 0; c < 3; ++c)
        CHECK(p.criteria[c] == Approx((*it)[c]).epsilon(1e-12));
      ++it;
    }
    // The public options: that front priced exactly.
    check_pareto_options(net, q, pareto);

    // A search stopped at its label budget lists exact options: the first ones of the front.
    for (const std::size_t budget :
         {std::size_t{1}, std::size_t{3}, std::size_t{10}, std::size_t{30}}) {
      const auto partial = routing::detail::pareto_paths(space, budget);
      REQUIRE(partial.paths.size() <= pareto.paths.size());
      if (partial.complete) CHECK(partial.paths.size() == pareto.paths.size());
      for (std::size_t i = 0; i < partial.paths.size(); ++i) {
        CHECK(partial.paths[i].criteria == pareto.paths[i].criteria);
        CHECK(partial.paths[i].edges == pareto.paths[i].edges);
      }
    }
  }
}

}  // namespace
}  // namespace corridor
