#pragma once
/// `corridor sweep`: the grid of variants of one scenario that --set values span, each planned
/// (and, when asked, simulated) by the pipeline, as one table of headline outputs.
///
///   io::VariantSource source("scenarios/titr-baltic.yaml", {});
///   sweep::Request request;
///   request.axes = {io::parse_set("links.AKTAU-ALAT.schedule.every_hours=24,42,72")};
///   model::SweepTable table = sweep::run(source, request).table;

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <corridor/error.hpp>
#include <corridor/io/set_path.hpp>
#include <corridor/io/variants.hpp>
#include <corridor/model/overrides.hpp>
#include <corridor/model/sweep_result.hpp>

namespace corridor::sweep {

/// The most variants one sweep's grid may have (memory: a row per variant and demand line).
inline constexpr std::size_t kMaxVariants = 100'000;

/// Evaluates the items of a share (indices into [0, n)) and returns one byte string per item.
using Work = std::function<std::vector<std::string>(const std::vector<std::size_t>& share)>;
/// Evaluates items [0, n) and returns every item's bytes in item order: here, or split over
/// processes (distributed::all_gather has this signature). Empty: all in this process.
using Distribute = std::function<std::vector<std::string>(std::size_t n, const Work& work)>;

struct Request {
  std::vector<io::SetAxis> axes;  ///< at least one
  bool simulate = false;          ///< Monte Carlo of each line's best route
  /// What the command line overrides in every variant: the seed and replications of
  /// --simulate (the same seed for every variant: common random numbers).
  model::Overrides overrides;
  int threads = 0;                         ///< variants planned at once; 0 = every core
  std::optional<model::SweepShard> shard;  ///< only the variants i with i mod count == index - 1
  Distribute distribute;
};

struct Result {
  model::SweepTable table;
  /// Warnings of the variants that the scenario itself does not have, each naming its variant.
  std::vector<Issue> warnings;
};

/// The number of variants of `axes`. Throws ValidationError when it exceeds kMaxVariants.
[[nodiscard]] std::size_t grid_size(const std::vector<io::SetAxis>& axes);

/// Builds, validates and plans every variant of the request's grid (its shard's), `threads` at
/// a time, and tabulates each demand line's best route. Results do not depend on the number of
/// threads or processes. Throws ValidationError for a bad --set, shard or override, and for
/// invalid variants (the first few, each named). O(variants × plan).
[[nodiscard]] Result run(const io::VariantSource& source, const Request& request);

/// The axes whose values change no row of a whole table (no shard): for each of them, every
/// variant's rows equal those of the variant with that axis at its first value. Such a --set
/// acts only where the table does not look (`corridor capacity`, routes other than the best),
/// or not at all, and the caller should say so. Empty for a shard. O(axes × rows).
[[nodiscard]] std::vector<std::size_t> inert_axes(const model::SweepTable& table);

/// One shard's table and the file it came from (for messages).
struct ShardFile {
  std::string name;
  model::SweepTable table;
};

/// The table the unsharded sweep gives, from its shards' tables (any order). Throws
/// ValidationError, naming the file, when a table is not a shard, shards of different sweeps
/// are mixed, a shard is missing or given twice, or a shard lacks rows of its variants.
/// O(rows log rows).
[[nodiscard]] model::SweepTable merge(std::vector<ShardFile> shards);

}  // namespace corridor::sweep
