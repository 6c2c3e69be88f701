// Property test: re-planning only the lines whose best route passes a closed element (the
// shortcut criticality takes, proved in corridor/criticality/criticality.hpp) gives what
// re-planning every line with the elements avoided gives, on the random networks of the routing
// property test, for single closures and pairs, under each objective and several constraints.

#include <random>

#include <catch2/catch.hpp>

#include <corridor/criticality/criticality.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/plan.hpp>

#include "support/random_networks.hpp"

namespace corridor {
namespace {

std::vector<model::Demand> random_demand(const model::Scenario& s, std::mt19937_64& rng) {
  std::uniform_int_distribution<std::size_t> node(0, s.nodes.size() - 1);
  std::vector<model::Demand> out;
  for (int i = 0; i < 3; ++i) {
    model::Demand d;
    d.from = s.nodes[node(rng)].id;
    do {
      d.to = s.nodes[node(rng)].id;
    } while (d.to == d.from);
    d.cargo = s.cargo.front().id;
    d.teu_per_week = 1.0 + static_cast<double>(i);
    out.push_back(d);
  }
  return out;
}

model::Policy random_policy(const model::Scenario& s, int seed, std::mt19937_64& rng) {
  std::uniform_int_distribution<std::size_t> node(0, s.nodes.size() - 1);
  model::Policy p;
  p.objective = static_cast<model::Objective>(seed % 4);
  switch (seed % 4) {
    case 1:
      p.constraints.avoid_countries = {test::kCountries[node(rng) % 3]};
      break;
    case 2:
      p.constraints.max_transshipments = static_cast<int>(node(rng) % 3);
      break;
    case 3:
      p.constraints.via = {s.nodes[node(rng)].id};
      break;
    default:
      break;
  }
  return p;
}

/// The policy with `closed` added to its avoid lists: what a full re-plan searches.
model::Policy closed_policy(model::Policy p, const model::Scenario& s,
                            const std::vector<model::Element>& closed) {
  for (const auto& e : closed) {
    if (e.kind == model::Element::Kind::node) {
      p.constraints.avoid_nodes.push_back(s.nodes[e.index].id);
    } else {
      p.constraints.avoid_links.push_back(s.links[e.index].id);
    }
  }
  return p;
}

struct Tally {
  std::size_t rerouted = 0;
  std::size_t cut = 0;
  std::size_t untouched = 0;
  std::size_t same_route = 0;
};

void check_against_full_replan(const network::Network& net, const model::Policy& policy,
                               const model::CriticalityRun& run, const model::ElementImpact& impact,
                               Tally& tally) {
  const auto& s = net.scenario();
  const auto replan = closed_policy(policy, s, impact.closed);
  std::size_t next = 0;  // impact.lines is in demand order
  for (std::size_t line = 0; line < run.base.results.size(); ++line) {
    const auto& base = run.base.results[line];
    const auto full = routing::plan_od(net, base.demand, replan);
    const bool affected = next < impact.lines.size() && impact.lines[next].line == line;
    INFO("line " << line << ", closed " << impact.closed.size() << " element(s), first "
                 << impact.closed.front().index);
    if (!affected) {
      // Untouched: the full re-plan finds a route exactly as good as the base one.
      REQUIRE(full.routes.empty() == base.routes.empty());
      if (!base.routes.empty()) {
        CHECK(full.routes.front().objective_value == base.routes.front().objective_value);
      }
      ++tally.untouched;
      continue;
    }
    const auto& li = impact.lines[next++];
    REQUIRE_FALSE(base.routes.empty());
    REQUIRE(full.routes.empty() == !li.replacement.has_value());
    if (!li.replacement) {
      ++tally.cut;
      continue;
    }
    const auto& mine = *li.replacement;
    const auto& theirs = full.routes.front();
    CHECK(mine.objective_value == theirs.objective_value);
    if (mine.corridor == theirs.corridor) {
      ++tally.same_route;
      CHECK(li.delta_generalized_usd ==
            Approx((theirs.totals.generalized() - base.routes.front().totals.generalized()).value())
                .margin(1e-9));
    }
    ++tally.rerouted;
  }
  CHECK(next == impact.lines.size());
}

TEST_CASE("re-planning only the affected lines equals re-planning every line",
          "[criticality][property]") {
  Tally tally;
  for (int seed = 1; seed <= 200; ++seed) {
    std::mt19937_64 rng(static_cast<std::uint64_t>(seed) * 7919u);
    auto s = test::random_scenario(rng);
    // Half the networks have timetables, whose exact route prices are not sums over edges.
    if (seed % 2 == 0) test::add_places_and_timetables(s, rng);
    const network::Network net(s);
    const auto demand = random_demand(s, rng);
    const auto policy = random_policy(s, seed, rng);
    criticality::Options options;
    options.selection.ends = true;
    options.pair_top = 5;
    options.threads = 1;
    const auto run = criticality::analyse(net, policy, demand, options);
    INFO("seed " << seed);
    REQUIRE(run.ranking.size() == s.nodes.size() + s.links.size());
    // The base plan is routing's plan, route for route.
    for (std::size_t line = 0; line < demand.size(); ++line) {
      const auto planned = routing::plan_od(net, demand[line], policy);
      const auto& base = run.base.results[line];
      REQUIRE(base.routes.size() == planned.routes.size());
      if (!planned.routes.empty()) {
        CHECK(base.routes.front().corridor == planned.routes.front().corridor);
        CHECK(base.routes.front().objective_value == planned.routes.front().objective_value);
      }
      CHECK(base.unreachable.has_value() == planned.unreachable.has_value());
    }
    for (const auto& impact : run.ranking)
      check_against_full_replan(net, policy, run, impact, tally);
    for (const auto& impact : run.pairs)
      check_against_full_replan(net, policy, run, impact, tally);
  }
  // The comparison is not vacuous: every outcome occurs many times.
  CHECK(tally.rerouted > 500);
  CHECK(tally.cut > 500);
  CHECK(tally.untouched > 1000);
  CHECK(tally.same_route > tally.rerouted * 9 / 10);
}

}  // namespace
}  // namespace corridor
