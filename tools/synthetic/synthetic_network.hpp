#pragma once
/// Seeded synthetic multimodal networks, from corridor size to continental size, for
/// benchmarks and scaling tests.
///
/// Nodes are scattered uniformly over a W x H km plane. The west half runs 1435 mm rail, the
/// east half 1520 mm; rail links join each node to its nearest neighbours, and nodes where both
/// gauges meet get a gauge-change handling. Some nodes are road-served, a few are seaports
/// joined by sea to their nearest ports, and a few are border posts with a dwell. Every figure
/// is drawn from the seed, so the same options give the same scenario on every machine.

#include <cstdint>
#include <string>

#include <corridor/model/scenario.hpp>

namespace corridor::synthetic {

struct Options {
  std::size_t nodes = 1000;
  std::uint64_t seed = 1;
  double width_km = 4000.0;
  double height_km = 2500.0;
  int rail_neighbours = 6;  ///< rail links per node to its nearest nodes
  double road_share = 0.5;  ///< share of nodes with road links
  int road_neighbours = 2;
  double port_share = 0.02;  ///< share of nodes that are seaports
  int sea_neighbours = 3;
  double border_share = 0.05;  ///< share of nodes with a border dwell
  /// Tariffs follow per-km tables by mode and country (east 30 % cheaper than west), as rail
  /// and road tariffs do; this adds independent noise of +/- tariff_noise to each link.
  double tariff_noise = 0.0;
  double speed_noise = 0.2;  ///< running speed varies +/- this much from link to link
};

/// A valid scenario (io::validate finds nothing) with one cargo profile and no demand lines.
[[nodiscard]] model::Scenario generate(const Options& options);

/// Ids of the nodes closest to the north-west and south-east corners: a long query.
struct Corners {
  std::string north_west;
  std::string south_east;
};
[[nodiscard]] Corners far_corners(const model::Scenario& scenario);

}  // namespace corridor::synthetic
