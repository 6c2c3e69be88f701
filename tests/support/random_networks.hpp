#pragma once
// Test support for the routing property tests: seeded random multimodal networks, and an oracle
// that enumerates every route of a query by brute force.
//
// The oracle shares no code with the engine's searches: it walks the virtual network
// depth-first, applies the constraints from the scenario's own fields, and sorts.

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <corridor/cost/cost_model.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/query.hpp>

namespace corridor::test {

using network::EdgeId;
using network::EdgeKind;
using network::VertexId;

inline const std::array<std::string, 3> kCountries{"AA", "BB", "CC"};

inline model::Scenario random_scenario(std::mt19937_64& rng) {
  std::uniform_int_distribution<int> node_count(4, 7);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  model::Scenario s;
  s.name = "random";
  const int n = node_count(rng);
  for (int i = 0; i < n; ++i) {
    model::Node node;
    node.id = "N" + std::to_string(i);
    node.name = node.id;
    node.country = kCountries[static_cast<std::size_t>(i) % 3];
    node.source = "test";
    if (unit(rng) < 0.7) {
      model::Handling h;
      h.hours = model::Distribution(model::Fixed{1.0 + 9.0 * unit(rng)});
      h.usd_per_teu = model::Usd(10.0 + 90.0 * unit(rng));
      node.handling = h;
    }
    if (unit(rng) < 0.3) {
      node.dwell = model::Dwell{model::Distribution(model::Fixed{5.0 * unit(rng)}),
                                model::Usd(20.0 * unit(rng))};
    }
    s.nodes.push_back(node);
  }
  std::uniform_int_distribution<int> pick(0, n - 1);
  std::uniform_int_distribution<int> link_count(n, 2 * n + 2);
  const int m = link_count(rng);
  const std::array<model::Port, 4> ports{
      model::Port{model::Mode::rail, 1520}, model::Port{model::Mode::rail, 1435},
      model::Port{model::Mode::road, 0}, model::Port{model::Mode::sea, 0}};
  std::uniform_int_distribution<std::size_t> port(0, ports.size() - 1);
  for (int i = 0; i < m; ++i) {
    model::Link l;
    l.id = "L" + std::to_string(i);
    const int a = pick(rng);
    int b = pick(rng);
    while (b == a)
      b = pick(rng);
    l.from = s.nodes[static_cast<std::size_t>(a)].id;
    l.to = s.nodes[static_cast<std::size_t>(b)].id;
    const auto p = ports[port(rng)];
    l.mode = p.mode;
    if (p.mode == model::Mode::rail) l.gauge_mm = p.gauge_mm;
    l.distance = model::Km(50.0 + 950.0 * unit(rng));
    l.hours = model::Distribution(model::Fixed{1.0 + 49.0 * unit(rng)});
    l.tariff.usd_per_teu = model::Usd(50.0 + 450.0 * unit(rng));
    l.bidirectional = unit(rng) < 0.6;
    l.source = "test";
    if (unit(rng) < 0.15) l.transit_countries = {kCountries[port(rng) % 3]};
    s.links.push_back(l);
  }
  s.cargo.push_back({"box", model::Tonnes(10.0), model::Usd(50000.0), std::nullopt, "test"});
  s.emission_factors = model::default_emission_factors();
  return s;
}

/// Gives the network of random_scenario corridor places and timetables, drawn from `rng`: node
/// kinds (a fifth seaports, a fifth border posts), storage charges, a timetable on about a
/// third of the links (a headway of 6 to 48 h, or one to three weekly departures) and a
/// departure window of 1 to 7 days, not a whole number of periods in general.
inline void add_places_and_timetables(model::Scenario& s, std::mt19937_64& rng) {
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (auto& n : s.nodes) {
    const double kind = unit(rng);
    n.kind = kind < 0.2   ? model::NodeKind::seaport
             : kind < 0.4 ? model::NodeKind::border
                          : model::NodeKind::terminal;
    if (unit(rng) < 0.5) n.storage_usd_per_teu_day = model::Usd(50.0 * unit(rng));
  }
  const std::array<double, 4> headways{6.0, 12.0, 24.0, 48.0};
  for (auto& l : s.links) {
    const double draw = unit(rng);
    if (draw < 0.2) {
      const double every = headways[static_cast<std::size_t>(4.0 * unit(rng)) % 4];
      l.schedule = model::Schedule{model::Headway{every, every * unit(rng)}, std::nullopt};
    } else if (draw < 0.33) {
      model::Weekly weekly;
      const int count = 1 + static_cast<int>(3.0 * unit(rng)) % 3;
      for (int i = 0; i < count; ++i)
        weekly.hours_of_week.push_back(std::floor(168.0 * unit(rng)));
      std::sort(weekly.hours_of_week.begin(), weekly.hours_of_week.end());
      weekly.hours_of_week.erase(
          std::unique(weekly.hours_of_week.begin(), weekly.hours_of_week.end()),
          weekly.hours_of_week.end());
      l.schedule = model::Schedule{weekly, std::nullopt};
    }
  }
  s.simulation.departure_window_days = 1.0 + 6.0 * unit(rng);
}

/// Every loopless route of a query, by exhaustive depth-first search.
class Oracle {
 public:
  struct Route {
    std::vector<EdgeId> edges;
    double cost = 0.0;
    std::array<double, 3> criteria{};
  };

  Oracle(const network::Network& net, const routing::Query& q) : net_(net), q_(q) {
    const auto& sc = net.scenario();
    tonnes_ = sc.cargo[q.cargo.index()].tonnes_per_teu.value();
    weighting_ = {q.objective, tonnes_,
                  sc.value_of_time_usd_per_teu_hour(sc.cargo[q.cargo.index()])};
    for (std::size_t i = 0; i < q.constraints.via.size(); ++i) {
      via_bit_[net.find_node(q.constraints.via[i])->index()] = 1u << i;
    }
    full_ = (1u << q.constraints.via.size()) - 1u;
  }

  /// Every route, cheapest first; nullopt when there are more than `limit` (the enumeration
  /// is exponential, and a few random networks are dense).
  std::optional<std::vector<Route>> all(std::size_t limit) {
    routes_.clear();
    limit_ = limit;
    std::uint32_t mask = 0;
    if (auto it = via_bit_.find(q_.origin.index()); it != via_bit_.end()) mask |= it->second;
    Route r;
    walk(net_.origin(q_.origin), mask, 0, 0, r);
    if (routes_.size() > limit_) return std::nullopt;
    std::sort(routes_.begin(), routes_.end(), [](const Route& a, const Route& b) {
      return std::tie(a.cost, a.edges) < std::tie(b.cost, b.edges);
    });
    return routes_;
  }

 private:
  bool allowed(EdgeId id) const {
    const auto& sc = net_.scenario();
    const auto& c = q_.constraints;
    const auto& e = net_.edge(id);
    auto node_ok = [&](VertexId v) {
      const auto& node = sc.nodes[net_.vertex(v).node];
      return std::find(c.avoid_countries.begin(), c.avoid_countries.end(), node.country) ==
                 c.avoid_countries.end() &&
             std::find(c.avoid_nodes.begin(), c.avoid_nodes.end(), node.id) == c.avoid_nodes.end();
    };
    if (!node_ok(e.source) || !node_ok(e.target)) return false;
    if (e.kind != EdgeKind::leg) return true;
    const auto& link = sc.links[e.element];
    if (std::find(c.avoid_links.begin(), c.avoid_links.end(), link.id) != c.avoid_links.end())
      return false;
    if (std::find(c.avoid_modes.begin(), c.avoid_modes.end(), link.mode) != c.avoid_modes.end())
      return false;
    for (const auto& country : link.transit_countries) {
      if (std::find(c.avoid_countries.begin(), c.avoid_countries.end(), country) !=
          c.avoid_countries.end()) {
        return false;
      }
    }
    return true;
  }

  void walk(VertexId v, std::uint32_t mask, int transfers, int gauge_changes, Route& r) {
    const auto key = std::make_pair(v, mask);
    if (visited_.count(key) || routes_.size() > limit_) return;
    if (v == net_.destination(q_.destination)) {
      if (mask == full_) routes_.push_back(r);
      return;
    }
    visited_.insert(key);
    for (EdgeId id : net_.out_edges(v)) {
      if (!allowed(id)) continue;
      const auto& e = net_.edge(id);
      std::uint32_t m = mask;
      int t = transfers;
      int g = gauge_changes;
      if (e.kind == EdgeKind::leg) {
        if (auto it = via_bit_.find(net_.vertex(e.target).node); it != via_bit_.end())
          m |= it->second;
      }
      if (e.kind == EdgeKind::transfer) {
        ++t;
        if (e.gauge_change) ++g;
      }
      if (q_.constraints.max_transshipments && t > *q_.constraints.max_transshipments) continue;
      if (q_.constraints.max_gauge_changes && g > *q_.constraints.max_gauge_changes) continue;
      const double saved_cost = r.cost;
      const auto saved_criteria = r.criteria;
      const double co2 = e.co2e_kg(tonnes_);
      r.edges.push_back(id);
      r.cost += weighting_(e.hours, e.usd, co2);
      r.criteria = {r.criteria[0] + e.hours, r.criteria[1] + e.usd, r.criteria[2] + co2};
      walk(e.target, m, t, g, r);
      r.edges.pop_back();
      r.cost = saved_cost;
      r.criteria = saved_criteria;
    }
    visited_.erase(key);
  }

  const network::Network& net_;
  routing::Query q_;
  double tonnes_ = 0.0;
  cost::Weighting weighting_;
  std::map<std::size_t, std::uint32_t> via_bit_;
  std::uint32_t full_ = 0;
  std::set<std::pair<VertexId, std::uint32_t>> visited_;
  std::vector<Route> routes_;
  std::size_t limit_ = 0;
};

inline constexpr std::size_t kRouteLimit = 20000;

/// A route back at a node it left, with the same via nodes visited (computed independently of
/// the engine: the set of via nodes seen so far when each node is entered).
inline bool returns_to_a_node(const network::Network& net, const routing::Query& q,
                              const std::vector<EdgeId>& edges) {
  const auto& sc = net.scenario();
  std::set<std::string> seen_via;
  auto via_seen = [&](std::size_t node) {
    const auto& id = sc.nodes[node].id;
    if (std::find(q.constraints.via.begin(), q.constraints.via.end(), id) !=
        q.constraints.via.end()) {
      seen_via.insert(id);
    }
    return seen_via;
  };
  std::set<std::pair<std::size_t, std::set<std::string>>> visits{
      {q.origin.index(), via_seen(q.origin.index())}};
  for (EdgeId id : edges) {
    const auto& e = net.edge(id);
    if (e.kind != EdgeKind::leg) continue;
    const std::size_t node = net.vertex(e.target).node;
    if (!visits.emplace(node, via_seen(node)).second) return true;
  }
  return false;
}

/// (hours, USD, kg CO2e)
using Criteria = std::array<double, 3>;

inline bool dominates(const Criteria& a, const Criteria& b) {
  return a[0] <= b[0] && a[1] <= b[1] && a[2] <= b[2] && a != b;
}

/// Constraint sets tried on every random network: none, then each kind alone.
inline std::vector<model::Constraints> constraint_sets(const model::Scenario& s,
                                                       std::mt19937_64& rng) {
  std::uniform_int_distribution<std::size_t> node(0, s.nodes.size() - 1);
  std::uniform_int_distribution<std::size_t> link(0, s.links.size() - 1);
  std::vector<model::Constraints> out(8);
  out[1].avoid_countries = {kCountries[node(rng) % 3]};
  out[2].avoid_modes = {model::kAllModes[node(rng) % 3]};
  out[3].avoid_links = {s.links[link(rng)].id, s.links[link(rng)].id};
  out[4].avoid_nodes = {s.nodes[node(rng)].id};
  out[5].via = {s.nodes[node(rng)].id};
  out[6].max_transshipments = static_cast<int>(node(rng) % 3);
  out[7].max_gauge_changes = 0;
  return out;
}

}  // namespace corridor::test

namespace corridor::test {

/// A corridor as brute force finds it: its key and the exact price of its best route.
struct OracleCorridor {
  model::CorridorKey key;
  double price = 0.0;
};

/// The corridors of `routes` (every route of `q`), cheapest first: routes that do not come back
/// to a node they left (with the same via nodes visited) and are no slower than max_days, each
/// priced exactly by Network::describe under the query's objective.
inline std::vector<OracleCorridor> oracle_corridors(const network::Network& net,
                                                    const routing::Query& q,
                                                    const std::vector<Oracle::Route>& routes) {
  const auto& sc = net.scenario();
  const auto& cargo = sc.cargo[q.cargo.index()];
  const cost::Weighting weighting{q.objective, cargo.tonnes_per_teu.value(),
                                  sc.value_of_time_usd_per_teu_hour(cargo)};
  std::map<model::CorridorKey, double> best;
  for (const auto& r : routes) {
    if (returns_to_a_node(net, q, r.edges)) continue;
    const auto route = net.describe(r.edges, cargo);
    const auto& t = route.totals;
    if (q.constraints.max_days && t.hours().value() > *q.constraints.max_days * 24.0) continue;
    const double price = weighting(t.hours().value(), t.usd().value(), t.co2e.value());
    auto [it, inserted] = best.emplace(route.corridor, price);
    if (!inserted) it->second = std::min(it->second, price);
  }
  std::vector<OracleCorridor> out;
  for (const auto& [key, price] : best)
    out.push_back({key, price});
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.price < b.price; });
  return out;
}

}  // namespace corridor::test
