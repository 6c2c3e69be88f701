#pragma once
// Private to report: GeoJSON (RFC 7946) of the network and the routes found or simulated, for
// GIS tools.

#include <ostream>

#include <corridor/model/result.hpp>
#include <corridor/model/simulation_result.hpp>

namespace corridor::report::detail {

/// One FeatureCollection named after the scenario: a Point per located place, a LineString per
/// link with both ends located, a LineString (MultiLineString where a place on the way has no
/// location, null where no leg is located) per listed route and Pareto option. Coordinates are
/// longitude, latitude (WGS 84); links run straight between their ends, sea legs included.
void write_routes_geojson(const model::RunResult& run, std::ostream& out);

/// The same for the routes simulated, with their simulated days and on-time probability.
void write_simulation_geojson(const model::SimulationRun& run, std::ostream& out);

}  // namespace corridor::report::detail
