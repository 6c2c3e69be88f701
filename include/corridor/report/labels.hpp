#pragma once
/// Names for people: routes, corridors and steps as reports print them. Results identify
/// places by id; only this layer turns them into display names.

#include <span>
#include <string>
#include <vector>

#include <corridor/model/network_view.hpp>
#include <corridor/model/result.hpp>
#include <corridor/model/route.hpp>

namespace corridor::report {

/// The places a route passes that tell what it does, by name, joined by en dashes
/// ("Khorgos–Aktau–Alat (Baku)–Poti"): its origin and destination, every node where it changes
/// mode or gauge, passes a seaport or border post, or crosses into another country (the places
/// of its corridor, model::CorridorKey), and every node it turns back at or passes more than
/// once, at each pass ("…–Kaunas KIT–Klaipeda–Kaunas KIT"). A node repeated in a row is named
/// once. O(steps).
[[nodiscard]] std::string corridor_label(const model::Route& route, const model::NetworkView& net);

/// The modes in travel order: "rail → sea → rail"; when the route changes rail gauge, each
/// rail stretch with its gauge: "rail 1435 → rail 1520 → sea → rail 1520".
[[nodiscard]] std::string modes_label(const model::Route& route);

/// Where a step happens, by node id: "KHORGOS → AKTAU_PORT" for a leg, "KHORGOS" for a stop.
[[nodiscard]] std::string step_where(const model::Step& step, const model::NetworkView& net);

/// A demand line as reports name it: its id ("KHORGOS->VILNIUS_VIT"), what checks and --fail-if
/// name it by; an id of the line's own choosing is followed by its places
/// ("vilnius-express (KHORGOS → VILNIUS_VIT)").
[[nodiscard]] std::string line_title(const model::Demand& demand);

/// The corridor labels of one demand line's routes and Pareto options, parallel to them.
struct LineLabels {
  std::vector<std::string> routes;
  std::vector<std::string> pareto;
};

/// The labels of a demand line, such that two different routes never read the same: where two
/// routes have the same corridor label and modes, each label ends with what tells it apart from
/// the others, in parentheses: its own step where they first differ ("via Vilnius VIT",
/// "rail 1435 → rail 1520 at Mockava", "by link KLAIPEDA-KAUNAS"). The same route listed twice
/// (among the best and among the Pareto options) reads the same. O(n² steps) for n routes.
[[nodiscard]] LineLabels line_labels(const model::OdResult& od, const model::NetworkView& net);

/// The labels of any list of one line's routes, parallel to it, told apart as line_labels
/// does. O(n² steps) for n routes.
[[nodiscard]] std::vector<std::string> distinct_labels(std::span<const model::Route* const> routes,
                                                       const model::NetworkView& net);

}  // namespace corridor::report
