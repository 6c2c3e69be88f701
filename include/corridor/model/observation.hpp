#pragma once
/// A published journey the model is compared with (`observations:` in a scenario;
/// `corridor calibrate`): between two nodes, optionally via others, the days it took and what
/// it cost per container, when and according to whom.

#include <optional>
#include <string>
#include <vector>

#include <corridor/model/container.hpp>

namespace corridor::model {

/// An observed figure: a value (low == high) or a range (low < high), both > 0.
struct ObservedRange {
  double low = 0.0;
  double high = 0.0;

  [[nodiscard]] bool is_range() const { return high > low; }
  /// The value the error is measured against: the middle of a range, or the value.
  [[nodiscard]] double middle() const { return (low + high) / 2.0; }
  /// low <= x <= high.
  [[nodiscard]] bool contains(double x) const { return low <= x && x <= high; }
};

struct Observation {
  std::string id;                     ///< unique among the scenario's observations
  std::string from;                   ///< node id
  std::string to;                     ///< node id
  std::vector<std::string> via;       ///< nodes the observed journey passed (route constraint)
  std::vector<std::string> allow;     ///< countries of the policy's avoid_countries it crossed
  std::string cargo;                  ///< cargo profile; empty: as `corridor routes` chooses
  std::optional<ObservedRange> days;  ///< door-to-door days observed
  std::optional<ObservedRange> usd_per_container;  ///< USD per `container`
  std::optional<Container> container;              ///< the box the price is for
  std::string date;                                ///< YYYY, YYYY-MM or YYYY-MM-DD
  std::string measures;  ///< what the published figure covers (optional text)
  /// The scenario's inputs were derived from this journey: shown, left out of the metrics.
  bool fitted = false;
  std::string source;
};

}  // namespace corridor::model
