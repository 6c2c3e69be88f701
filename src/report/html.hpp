#pragma once
// Private to report: the HTML reports (one self-contained page each) and the pieces the routes
// and simulation pages share.

#include <optional>
#include <ostream>
#include <string>

#include <corridor/model/capacity_result.hpp>
#include <corridor/model/criticality_result.hpp>
#include <corridor/model/result.hpp>
#include <corridor/model/simulation_result.hpp>

namespace corridor::report::detail {

void write_routes_html(const model::RunResult& run, std::ostream& out);
void write_simulation_html(const model::SimulationRun& run, std::ostream& out);
/// The capacity page: resources on the map by utilisation, the bottleneck ranking, the weekly
/// queues of the worst bottlenecks, the text report's tables.
void write_capacity_html(const model::CapacityRun& run, std::ostream& out);
/// The criticality page: the map coloured by damage, the ranking as bars, the text report's
/// tables with each line's replacement corridor.
void write_criticality_html(const model::CriticalityRun& run, std::ostream& out);

namespace html {

/// The place with scenario id `id`, if any (O(places)).
[[nodiscard]] std::optional<model::NodeId> find_place(const model::NetworkView& net,
                                                      const std::string& id);

/// A demand line by its places' names and its id: "Xi'an → Kaunas KIT (XIAN->KAUNAS_KIT)" (ids
/// where a place is unknown).
[[nodiscard]] std::string line_name(const model::Demand& demand, const model::NetworkView& net);

/// A route's totals: "29.8 days · 3,989 USD/TEU · 2,631 kg CO2e/TEU" (USD/container when its
/// money is `per` container).
[[nodiscard]] std::string route_figures(const model::Route& route,
                                        model::UsdPer per = model::UsdPer::teu);

/// "l1": a stable id for the `line`-th demand line (0-based) of a page.
[[nodiscard]] std::string line_anchor(std::size_t line);

}  // namespace html

}  // namespace corridor::report::detail
