#pragma once
/// What `corridor sweep` computes: for every variant of a grid of --set values, the headline
/// outputs of each demand line. Values are already at the decimals of the JSON report, so that
/// a table read back from JSON (`corridor merge`) writes the same bytes in every format.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace corridor::model {

/// One --set: a path of the merged scenario and the values it takes, as typed.
struct SweepAxis {
  std::string path;
  std::vector<std::string> values;
};

/// The Monte Carlo figures of a line's best route (sweep --simulate).
struct SweepSpread {
  double p50_days = 0.0;
  double p90_days = 0.0;
  double p95_days = 0.0;
  std::optional<double> on_time;  ///< share of journeys within the deadline, when one is set
};

/// A line's best route in one variant.
struct SweepBest {
  std::string corridor;  ///< the corridor label (report::corridor_label)
  std::string modes;
  double days = 0.0;
  double usd = 0.0;
  double co2e_kg = 0.0;
  double generalized_usd = 0.0;  ///< USD + value of time, per TEU
  std::optional<SweepSpread> simulated;
};

/// One demand line of one variant.
struct SweepRow {
  std::size_t variant = 0;  ///< 0-based position in the grid
  std::string line;         ///< the demand line's id
  std::string from;
  std::string to;
  std::string cargo;
  std::optional<SweepBest> best;  ///< empty: no route
  std::string unreachable;        ///< why, when there is no route
};

/// Which slice of the grid a table holds: variants i with i mod count == index - 1.
struct SweepShard {
  std::size_t index = 1;  ///< 1-based
  std::size_t count = 1;
};

struct SweepTable {
  std::string scenario;  ///< the scenario's name
  std::string version;   ///< corridor's version
  std::vector<SweepAxis> axes;
  std::size_t variants = 0;  ///< the whole grid: the product of the axes' value counts
  bool simulated = false;
  std::uint64_t seed = 0;  ///< with simulated: every variant's seed (common random numbers)
  int replications = 0;    ///< with simulated
  std::optional<SweepShard> shard;  ///< empty: every variant
  std::vector<SweepRow> rows;       ///< by variant, then in the scenario's demand order
};

/// The value index of each axis in variant `variant` (the first axis varies slowest, like
/// nested loops in --set order). Precondition: variant < the grid's size. O(axes).
[[nodiscard]] std::vector<std::size_t> sweep_choice(const std::vector<SweepAxis>& axes,
                                                    std::size_t variant);
/// The same from the number of values of each axis.
[[nodiscard]] std::vector<std::size_t> sweep_choice(const std::vector<std::size_t>& sizes,
                                                    std::size_t variant);

}  // namespace corridor::model
