#pragma once
/// A priced route: the physical legs and node stops a shipment goes through, with totals.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <corridor/model/ids.hpp>
#include <corridor/model/mode.hpp>
#include <corridor/model/units.hpp>

namespace corridor::model {

/// One line of a route's breakdown.
struct Step {
  enum class Kind : std::uint8_t {
    leg,       ///< running on a link (including the wait for its departure)
    dwell,     ///< passing a node without changing port (border, inspection)
    transfer,  ///< changing mode and/or gauge at a node (includes the node's dwell)
  };
  Kind kind = Kind::leg;
  LinkId link;     ///< the link run on (leg only; invalid for a stop)
  NodeId from;     ///< where the leg starts; for a stop, the node itself
  NodeId to;       ///< where the leg ends; for a stop, the node itself
  Port from_port;  ///< leg: its port; transfer: the arriving port
  Port to_port;    ///< leg: its port; transfer: the departing port
  /// A leg whose end is a place of the route's corridor (CorridorKey): a seaport, a border post,
  /// or where the leg crosses into another country. Transfers always are; unused for dwells.
  bool reaches_place = false;
  Km km{0.0};
  Hours running{0.0};   ///< leg running time (mean)
  Hours waiting{0.0};   ///< expected wait for the link's next departure, timetables followed
  Hours handling{0.0};  ///< transshipment time at the node
  Hours dwell{0.0};     ///< border / inspection time at the node
  Usd tariff{0.0};
  Usd handling_usd{0.0};
  Usd fees_usd{0.0};     ///< dwell charges (border fees)
  Usd storage_usd{0.0};  ///< storage at `from` during the expected wait (leg)
  KgCo2e co2e{0.0};

  [[nodiscard]] Hours hours() const { return running + waiting + handling + dwell; }
  [[nodiscard]] Usd usd() const { return tariff + handling_usd + fees_usd + storage_usd; }
  [[nodiscard]] bool is_stop() const { return kind != Kind::leg; }
  [[nodiscard]] bool is_gauge_change() const {
    return kind == Kind::transfer && from_port.mode == Mode::rail && to_port.mode == Mode::rail;
  }
};

struct RouteTotals {
  Km km{0.0};
  Hours running{0.0};
  Hours waiting{0.0};
  Hours handling{0.0};
  Hours dwell{0.0};
  Usd tariff{0.0};
  Usd handling_usd{0.0};
  Usd fees_usd{0.0};
  Usd storage_usd{0.0};
  KgCo2e co2e{0.0};
  Usd time_value{0.0};  ///< value of time x hours (part of the generalized cost)

  [[nodiscard]] Hours hours() const { return running + waiting + handling + dwell; }
  [[nodiscard]] Usd usd() const { return tariff + handling_usd + fees_usd + storage_usd; }
  [[nodiscard]] Usd generalized() const { return usd() + time_value; }
};

/// What makes two routes the same corridor: the places that define it (origin, every
/// transshipment point, seaport and border post passed, the first node in another country
/// where a leg crosses a border away from border posts, its own origin or destination when it
/// passes them on the way, destination; a place repeated in a row counts once) and the port (mode
/// and gauge) between each two of them: a port changes only at a transshipment point, so one port
/// serves the whole stretch. Routes are told apart by these ids, never by display names, which two
/// places may share.
struct CorridorKey {
  std::vector<NodeId> nodes;
  std::vector<Port> ports;  ///< ports[i]: from nodes[i] to nodes[i + 1]

  friend auto operator<=>(const CorridorKey&, const CorridorKey&) = default;
  friend bool operator==(const CorridorKey&, const CorridorKey&) = default;
};

struct Route {
  std::vector<Step> steps;
  RouteTotals totals;
  int transshipments = 0;
  int gauge_changes = 0;
  CorridorKey corridor;
  double objective_value = 0.0;  ///< the searched-for quantity (USD, hours, kg or generalized USD)
  /// Whether the expected door-to-door days are within the demand line's deadline_days; unset
  /// when the line has no deadline.
  std::optional<bool> on_time;
};

/// Recomputes totals, transshipment counts from the steps.
void summarise(Route& route, double value_of_time_usd_per_teu_hour);

}  // namespace corridor::model
