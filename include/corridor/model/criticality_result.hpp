#pragma once
/// What `corridor criticality` computes: per closed element (or pair of elements), the demand
/// lines whose best route it breaks, their replacement routes, and the damage, ranked.

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include <corridor/model/distribution.hpp>
#include <corridor/model/ids.hpp>
#include <corridor/model/result.hpp>
#include <corridor/model/route.hpp>

namespace corridor::model {

/// A node or a link of the scenario.
struct Element {
  enum class Kind : std::uint8_t { node, link };
  Kind kind = Kind::node;
  std::uint32_t index = 0;  ///< into Scenario::nodes or Scenario::links

  [[nodiscard]] static Element of(NodeId id) { return {Kind::node, id.value()}; }
  [[nodiscard]] static Element of(LinkId id) { return {Kind::link, id.value()}; }
  [[nodiscard]] NodeId node() const { return NodeId(index); }  ///< Precondition: a node
  [[nodiscard]] LinkId link() const { return LinkId(index); }  ///< Precondition: a link

  friend auto operator<=>(const Element&, const Element&) = default;
};

/// What a closure does to one demand line whose best route passes a closed element.
struct LineImpact {
  std::size_t line = 0;              ///< index into CriticalityRun::base.results
  std::optional<Route> replacement;  ///< the best route left; none: the line is cut off
  /// False when the replacement search stopped at its path budget (see k_alternatives): a
  /// line reported cut off may then still have a route.
  bool complete = true;
  double delta_hours = 0.0;            ///< per TEU, replacement minus base (replacement only)
  double delta_usd = 0.0;              ///< per TEU, cash cost
  double delta_generalized_usd = 0.0;  ///< per TEU, cash cost + value of time
  /// With a simulated closure (CriticalityRun::closure): the mean extra hours per shipment of
  /// the line over the departure window, its shipments keeping their best route and waiting
  /// (closure minus no closure, common random numbers); none when either mean is infinite
  /// (journeys that never arrive).
  std::optional<double> closure_delay_hours;
  /// TEU-days of delay one closure costs the line: its TEU per week / 7 x the departure window
  /// in days x closure_delay_hours / 24.
  std::optional<double> closure_teu_days;
};

/// The damage one closure does, summed over the demand lines it affects.
struct ElementImpact {
  std::vector<Element> closed;  ///< one element, or two for the N-2 case
  std::size_t lines_cut = 0;    ///< affected lines left without a route
  double teu_per_week_cut = 0.0;
  /// Over the lines re-routed (not those cut off): sum of TEU per week x the change per TEU.
  double generalized_usd_per_week = 0.0;
  double usd_per_week = 0.0;
  double teu_days_per_week = 0.0;  ///< TEU per week x days of extra transit
  std::vector<LineImpact> lines;   ///< the affected lines, in demand order
  /// With a simulated closure: the sum of the lines' closure_teu_days (none if one has none).
  /// Reported beside the ranking; it does not change the order.
  std::optional<double> closure_teu_days;

  [[nodiscard]] std::size_t lines_affected() const { return lines.size(); }
};

/// Ranking order, most critical first: more lines cut, more TEU per week cut, larger increase
/// in generalized cost per week, more lines affected, then by the closed elements (nodes before
/// links, by index), so that the order is total and does not depend on evaluation order.
[[nodiscard]] inline bool more_critical(const ElementImpact& a, const ElementImpact& b) {
  if (a.lines_cut != b.lines_cut) return a.lines_cut > b.lines_cut;
  if (a.teu_per_week_cut != b.teu_per_week_cut) return a.teu_per_week_cut > b.teu_per_week_cut;
  if (a.generalized_usd_per_week != b.generalized_usd_per_week) {
    return a.generalized_usd_per_week > b.generalized_usd_per_week;
  }
  if (a.lines.size() != b.lines.size()) return a.lines.size() > b.lines.size();
  return a.closed < b.closed;
}

/// When a simulated closure starts (`corridor criticality --closure-at`).
enum class ClosureStart {
  uniform,  ///< at a uniform hour, drawn per journey, in the middle half of the departure window
  middle,   ///< centred in the departure window
};

/// "uniform" or "middle".
[[nodiscard]] constexpr const char* to_string(ClosureStart s) {
  return s == ClosureStart::middle ? "middle" : "uniform";
}

/// The Monte Carlo delay of closures (`corridor criticality --simulate HOURS|DISTRIBUTION`):
/// each closure (an element, or a pair) lasts a draw of `length` and starts by `start`, on top
/// of the scenario's own disruptions; every affected line's best route is simulated with and
/// without it, with the same seed. Each journey draws its own closure (docs/criticality.md).
struct ClosureSimulation {
  Distribution length;  ///< how long each closure lasts, hours
  ClosureStart start = ClosureStart::uniform;
  double hours = 0.0;          ///< the mean of `length`
  double longest_hours = 0.0;  ///< its largest value (log-normal: its 1 - 1e-9 quantile)
  double from_hours = 0.0;     ///< the earliest start, in simulation hours
  double until_hours = 0.0;    ///< the latest end (of a closure of longest_hours)
  double departure_window_days = 0.0;
  std::uint64_t replications = 0;
  std::uint64_t seed = 0;
};

struct CriticalityRun {
  RunResult base;  ///< every demand line's best route with nothing closed, and the network
  /// Whether origins and destinations of demand lines were candidates (closing one cuts its
  /// own lines off by definition).
  bool ends_included = false;
  std::vector<ElementImpact> ranking;  ///< every element examined, most critical first
  std::size_t pair_top = 0;            ///< the N-2 case covers pairs among this many top elements
  std::vector<ElementImpact> pairs;    ///< every such pair, most critical first
  std::optional<ClosureSimulation> closure;  ///< set when closures were simulated
};

}  // namespace corridor::model
