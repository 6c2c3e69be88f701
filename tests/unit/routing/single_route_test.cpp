// One route asked: the corridor search settles the distances that guide it only as far as it
// needs (routing/guide.hpp). It must find exactly the route it finds with every distance
// settled (the search as it was), ties included, on the property tests' random networks and on
// versions of them whose figures are whole numbers, where many routes cost exactly the same.

#include <memory>
#include <random>

#include <catch2/catch.hpp>

#include <corridor/network/network.hpp>
#include <corridor/routing/k_alternatives.hpp>
#include <corridor/routing/plan.hpp>

#include "routing/corridors.hpp"
#include "support/random_networks.hpp"
#include "support/reference_dijkstra.hpp"

namespace corridor {
namespace {

using model::Distribution;
using model::Fixed;

/// `s` with every duration, charge and distance rounded to whole numbers and a value of time of
/// 1 USD an hour: routes of equal price are common under every objective.
model::Scenario whole_numbers(model::Scenario s) {
  auto round = [](double x) { return std::round(x / 10.0); };
  for (auto& n : s.nodes) {
    if (n.handling) {
      n.handling->hours = Distribution(Fixed{round(n.handling->hours.mean())});
      n.handling->usd_per_teu = model::Usd(round(n.handling->usd_per_teu.value()));
    }
    if (n.dwell) {
      n.dwell->hours = Distribution(Fixed{round(n.dwell->hours.mean())});
      n.dwell->usd_per_teu = model::Usd(round(n.dwell->usd_per_teu.value()));
    }
  }
  for (auto& l : s.links) {
    l.hours = Distribution(Fixed{round(l.hours->mean())});
    l.tariff.usd_per_teu = model::Usd(round(l.tariff.usd_per_teu.value()));
    l.distance = model::Km(round(l.distance.value()) * 100.0);
  }
  s.cargo[0].value_of_time_usd_per_teu_day = model::Usd(24.0);
  return s;
}

void check_same(const model::Route& got, const model::Route& expected) {
  CHECK(got.objective_value == expected.objective_value);
  CHECK(got.corridor == expected.corridor);
  REQUIRE(got.steps.size() == expected.steps.size());
  for (std::size_t i = 0; i < got.steps.size(); ++i) {
    const auto& a = got.steps[i];
    const auto& b = expected.steps[i];
    CHECK(a.kind == b.kind);
    CHECK(a.link == b.link);
    CHECK(a.from == b.from);
    CHECK(a.to == b.to);
    CHECK(a.from_port == b.from_port);
    CHECK(a.to_port == b.to_port);
  }
}

/// Checks every origin-destination pair of `s` under one objective each (in turn) and every
/// constraint set; returns how many of those queries have two or more best routes.
int check_network(const model::Scenario& s, std::mt19937_64& rng) {
  const network::Network net(s);
  auto sets = test::constraint_sets(s, rng);
  sets.emplace_back().max_days = 3.0;
  int tied = 0;
  routing::Query q;
  for (std::size_t from = 0; from < s.nodes.size(); ++from) {
    for (std::size_t to = 0; to < s.nodes.size(); ++to) {
      if (from == to) continue;
      q.origin = model::NodeId::at(from);
      q.destination = model::NodeId::at(to);
      // One objective per pair, in turn (every objective on every network).
      q.objective = static_cast<model::Objective>((from * s.nodes.size() + to) % 4);
      for (const auto& constraints : sets) {
        q.constraints = constraints;
        INFO("from " << from << " to " << to << ", objective " << model::to_string(q.objective)
                     << ", via " << constraints.via.size() << ", max days "
                     << constraints.max_days.value_or(-1));
        const auto got = routing::k_alternatives(net, q, 1);
        const routing::detail::SearchSpace space(net, q, routing::detail::Weights::lower_bound);
        const auto guide = test::reference_distances_to(net, space.target(), space.weights());
        const auto expected = routing::detail::first_corridors(net, q, 1, &guide);
        CHECK(got.searches == expected.searches);
        CHECK(got.complete == expected.complete);
        REQUIRE(got.routes.size() == expected.routes.size());
        if (got.routes.empty()) continue;
        check_same(got.routes.front(), expected.routes.front());
        if (!constraints.empty()) continue;
        const auto all = test::Oracle(net, q).all(test::kRouteLimit);
        if (all && all->size() > 1 && (*all)[0].cost == (*all)[1].cost) ++tied;
      }
    }
  }
  return tied;
}

TEST_CASE("one route asked: the guide settled on demand finds the route of the complete guide",
          "[routing][property]") {
  int tied = 0;
  for (int seed = 1; seed <= 40; ++seed) {
    INFO("seed " << seed);
    std::mt19937_64 rng(static_cast<std::uint64_t>(seed));
    auto s = test::random_scenario(rng);
    if (seed % 2 == 0) {
      std::mt19937_64 decorations(static_cast<std::uint64_t>(seed) + 1000);
      test::add_places_and_timetables(s, decorations);
    }
    check_network(s, rng);
    tied += check_network(whole_numbers(s), rng);
  }
  // The whole-number networks do exercise ties: 33 queries without constraints have several
  // best routes.
  CHECK(tied >= 30);
}

TEST_CASE("a plan's lines share edge weights and get the routes they get alone", "[routing]") {
  std::mt19937_64 rng(7);
  auto s = test::random_scenario(rng);
  std::mt19937_64 decorations(1007);
  test::add_places_and_timetables(s, decorations);
  std::vector<model::Demand> demand;
  for (std::size_t from = 0; from < s.nodes.size(); ++from) {
    for (std::size_t to = 0; to < s.nodes.size(); ++to) {
      if (from == to) continue;
      model::Demand d;
      d.from = s.nodes[from].id;
      d.to = s.nodes[to].id;
      d.cargo = "box";
      d.teu_per_week = 1.0;
      demand.push_back(d);
    }
  }
  const network::Network net(s);
  model::Policy policy;
  policy.alternatives = 2;
  const auto run = routing::plan(net, policy, demand);
  REQUIRE(run.results.size() == demand.size());
  std::size_t routed = 0;
  for (std::size_t i = 0; i < demand.size(); ++i) {
    const auto alone = routing::plan_od(net, demand[i], policy);
    REQUIRE(run.results[i].routes.size() == alone.routes.size());
    for (std::size_t r = 0; r < alone.routes.size(); ++r)
      check_same(run.results[i].routes[r], alone.routes[r]);
    routed += alone.routes.empty() ? 0U : 1U;
  }
  CHECK(routed > demand.size() / 2);
}

}  // namespace
}  // namespace corridor
