#pragma once
/// Plausibility of a scenario's geography: the checks a reviewer makes before trusting the
/// numbers. None of them is an error (a sea route around Africa is 3x its great-circle
/// distance; a wrong number can be plausible): they are warnings, and a table a planner reads.
///
/// - distance: a link shorter than the great circle between its nodes' locations, or more than
///   kMaxDetour times it;
/// - speed: the implied mean speed (distance / mean running time) outside the mode's range
///   (speed_range);
/// - location: a node outside its country's rough bounding box (swapped lat/lon, a sign lost);
/// - border: a rail or road link between two countries with no border node at either end
///   (except within the EU, and between Russia and Belarus: no border controls there).

#include <optional>
#include <string>
#include <vector>

#include <corridor/model/ids.hpp>
#include <corridor/model/mode.hpp>
#include <corridor/model/scenario.hpp>

namespace corridor::model {

/// A link more than this many times its great-circle distance is a detour worth a look.
inline constexpr double kMaxDetour = 3.0;

/// Plausible mean speeds of a mode, km/h (running time only: waits and dwells are elsewhere).
struct SpeedRange {
  double min_kmh = 0.0;
  double max_kmh = 0.0;
};
[[nodiscard]] SpeedRange speed_range(Mode mode);

/// Great-circle distance between two points on a sphere of radius 6,371 km (haversine). km.
[[nodiscard]] double great_circle_km(LatLon a, LatLon b);

/// A rough bounding box of a country (whole degrees, rounded outwards), for the codes the
/// corridor's region uses; nullopt for other codes.
struct LatLonBox {
  double lat_min = 0.0;
  double lat_max = 0.0;
  double lon_min = 0.0;
  double lon_max = 0.0;
};
[[nodiscard]] std::optional<LatLonBox> country_box(const std::string& iso2);

/// One link as the plausibility checks see it.
struct LinkPlausibility {
  LinkId link;
  double mean_hours = 0.0;
  std::optional<double> speed_kmh;        ///< distance / mean running time, when both > 0
  std::optional<double> great_circle_km;  ///< when both nodes have a location
  std::optional<double> detour;           ///< distance / great circle
};

/// A finding: the YAML path of the value it questions (in the merged scenario) and why.
struct PlausibilityFinding {
  enum class Kind : std::uint8_t { distance, speed, location, border };
  Kind kind = Kind::distance;
  LinkId link;  ///< the link questioned (distance, speed, border), else invalid
  NodeId node;  ///< the node questioned (location), else invalid
  std::string path;
  std::string message;
  std::string hint;
};
[[nodiscard]] std::string_view to_string(PlausibilityFinding::Kind kind);

struct Plausibility {
  std::vector<LinkPlausibility> links;  ///< every link, in scenario order
  std::vector<PlausibilityFinding> findings;
};

/// Checks every node and link of `scenario`. O(nodes + links).
[[nodiscard]] Plausibility check_plausibility(const Scenario& scenario);

}  // namespace corridor::model
