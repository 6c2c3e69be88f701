#pragma once
// Private to report: GeoJSON (RFC 7946) of the network and the routes found or simulated, for
// GIS tools.

#include <ostream>

#include <corridor/model/criticality_result.hpp>
#include <corridor/model/result.hpp>
#include <corridor/model/simulation_result.hpp>

#include "report/json.hpp"

namespace corridor::report::detail {

/// One FeatureCollection named after the scenario: a Point per located place, a LineString per
/// link with both ends located, a LineString (MultiLineString where a place on the way has no
/// location, null where no leg is located) per listed route and Pareto option. Coordinates are
/// longitude, latitude (WGS 84); links run straight between their ends, sea legs included.
void write_routes_geojson(const model::RunResult& run, std::ostream& out);

/// The same for the routes simulated, with their simulated days and on-time probability.
void write_simulation_geojson(const model::SimulationRun& run, std::ostream& out);

/// The network, each node and link with the damage its closure does (rank, lines affected
/// and cut, TEU a week cut, USD+time, USD and TEU-days a week; null where it was not closed).
/// The N-2 pairs are left out: a pair is no single feature.
void write_criticality_geojson(const model::CriticalityRun& run, std::ostream& out);

namespace geojson {

/// [longitude, latitude], to 5 decimals.
[[nodiscard]] Json position(const model::LatLon& at);
/// A Feature of `geometry` (null: none) and `properties`.
[[nodiscard]] Json feature(Json geometry, Json properties);
/// A Point per located place (`feature: node`) and a LineString per link with both ends
/// located (`feature: link`), in scenario order, appended to `features`. O(places + links).
void add_network(Json& features, const model::NetworkView& net);
/// Writes the FeatureCollection `name` (which GIS tools take as the layer's name) with the
/// foreign members in `members` (RFC 7946 6.1) before its features.
void write_collection(const std::string& name, Json members, Json features, std::ostream& out);

}  // namespace geojson

}  // namespace corridor::report::detail
