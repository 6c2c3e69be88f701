#pragma once
/// Names for people: routes, corridors and steps as reports print them. Results identify
/// places by id; only this layer turns them into display names.

#include <string>

#include <corridor/model/network_view.hpp>
#include <corridor/model/route.hpp>

namespace corridor::report {

/// The corridor's places by name, joined by en dashes: "Khorgos–Aktau–Alat (Baku)–Poti".
[[nodiscard]] std::string corridor_label(const model::Route& route, const model::NetworkView& net);

/// The modes in travel order: "rail → sea → rail"; when the route changes rail gauge, each
/// rail stretch with its gauge: "rail 1435 → rail 1520 → sea → rail 1520".
[[nodiscard]] std::string modes_label(const model::Route& route);

/// Where a step happens, by node id: "KHORGOS → AKTAU_PORT" for a leg, "KHORGOS" for a stop.
[[nodiscard]] std::string step_where(const model::Step& step, const model::NetworkView& net);

}  // namespace corridor::report
