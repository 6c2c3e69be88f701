#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include <corridor/routing/unreachable.hpp>

#include "routing/corridors.hpp"
#include "routing/search.hpp"

namespace corridor::routing {

namespace {

bool reachable(const network::Network& net, const Query& query) {
  if (const auto& max_days = query.constraints.max_days) {
    const auto fastest = detail::fastest_route(net, query);
    return fastest && fastest->totals.hours().value() <= *max_days * model::kHoursPerDay;
  }
  const detail::SearchSpace space(net, query);
  detail::AStar astar(space, detail::potentials(space));
  return astar.run(space.source(), space.start_layer(), 0.0, {}).has_value();
}

std::string list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items)
    out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string list(const std::vector<model::Mode>& modes) {
  std::vector<std::string> names;
  for (auto m : modes)
    names.emplace_back(model::to_string(m));
  return list(names);
}

/// `value` with up to `digits` significant digits, no trailing zeros ("40", "12.5").
std::string number(double value, int digits) {
  std::array<char, 32> text{};
  std::snprintf(text.data(), text.size(), "%.*g", digits, value);
  return text.data();
}

/// The sentence on max_days when it is among the constraints to blame: how fast the fastest
/// route that obeys the others is.
std::string fastest_note(const network::Network& net, const Query& query,
                         const std::vector<std::string>& blocked_by) {
  const bool blamed = std::any_of(blocked_by.begin(), blocked_by.end(), [](const std::string& b) {
    return b.rfind("max_days:", 0) == 0;
  });
  if (!blamed) return "";
  const auto fastest = detail::fastest_route(net, query);
  if (!fastest) return "";
  std::array<char, 32> days{};
  std::snprintf(days.data(), days.size(), "%.1f", model::to_days(fastest->totals.hours()));
  return " (the fastest route takes " + std::string(days.data()) + " days)";
}

/// One kind of constraint: its name as reported, and how to drop it from a query.
struct Relaxation {
  std::string description;
  std::function<void(model::Constraints&)> drop;
};

std::vector<Relaxation> relaxations(const model::Constraints& c) {
  std::vector<Relaxation> out;
  if (!c.avoid_countries.empty()) {
    out.push_back({"avoid_countries: " + list(c.avoid_countries),
                   [](model::Constraints& x) { x.avoid_countries.clear(); }});
  }
  if (!c.avoid_modes.empty()) {
    out.push_back({"avoid_modes: " + list(c.avoid_modes),
                   [](model::Constraints& x) { x.avoid_modes.clear(); }});
  }
  if (!c.avoid_links.empty()) {
    out.push_back({"avoid_links: " + list(c.avoid_links),
                   [](model::Constraints& x) { x.avoid_links.clear(); }});
  }
  if (!c.avoid_nodes.empty()) {
    out.push_back({"avoid_nodes: " + list(c.avoid_nodes),
                   [](model::Constraints& x) { x.avoid_nodes.clear(); }});
  }
  if (!c.via.empty()) {
    out.push_back({"via: " + list(c.via), [](model::Constraints& x) { x.via.clear(); }});
  }
  if (c.max_transshipments) {
    out.push_back({"max_transshipments: " + std::to_string(*c.max_transshipments),
                   [](model::Constraints& x) { x.max_transshipments.reset(); }});
  }
  if (c.max_gauge_changes) {
    out.push_back({"max_gauge_changes: " + std::to_string(*c.max_gauge_changes),
                   [](model::Constraints& x) { x.max_gauge_changes.reset(); }});
  }
  if (c.max_days) {
    out.push_back(
        {"max_days: " + number(*c.max_days, 6), [](model::Constraints& x) { x.max_days.reset(); }});
  }
  return out;
}

}  // namespace

model::Unreachable diagnose_unreachable(const network::Network& net, const Query& query) {
  const auto& sc = net.scenario();
  const std::string od =
      sc.nodes[query.origin.index()].id + " to " + sc.nodes[query.destination.index()].id;
  Query free = query;
  free.constraints = {};
  if (!reachable(net, free)) {
    std::size_t closed = 0;
    for (const auto& l : sc.links)
      closed += l.open ? 0 : 1;
    std::string reason = "the network has no connection from " + od;
    if (closed > 0) {
      reason +=
          " (" + std::to_string(closed) + (closed == 1 ? " link is" : " links are") + " closed)";
    }
    return {reason, {}};
  }
  model::Unreachable out;
  const auto all = relaxations(query.constraints);
  for (const auto& r : all) {
    Query relaxed = query;
    r.drop(relaxed.constraints);
    if (reachable(net, relaxed)) out.blocked_by.push_back(r.description);
  }
  if (out.blocked_by.size() == 1) {
    out.reason = "every route from " + od + " breaks " + out.blocked_by.front() +
                 fastest_note(net, query, out.blocked_by);
  } else if (!out.blocked_by.empty()) {
    out.reason = "every route from " + od + " breaks one of: " + list(out.blocked_by) +
                 fastest_note(net, query, out.blocked_by);
  } else {
    for (const auto& r : all)
      out.blocked_by.push_back(r.description);
    out.reason =
        "no route from " + od + " meets all constraints together (" + list(out.blocked_by) + ")";
  }
  return out;
}

}  // namespace corridor::routing
