// `corridor merge`: the shards of a sweep joined into the table the unsharded sweep gives.

#include <algorithm>
#include <set>

#include <corridor/sweep/sweep.hpp>

namespace corridor::sweep {

namespace {

[[noreturn]] void refuse(const std::string& file, std::string message, std::string hint = {}) {
  throw ValidationError(
      file, {Issue{Issue::Severity::error, {file, 0, 0}, "", std::move(message), std::move(hint)}});
}

bool same_axes(const std::vector<model::SweepAxis>& a, const std::vector<model::SweepAxis>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].path != b[i].path || a[i].values != b[i].values) return false;
  }
  return true;
}

/// Empty when `t` is a shard of the same sweep as `first`, else what differs.
std::string difference(const model::SweepTable& first, const model::SweepTable& t) {
  if (t.scenario != first.scenario) return "scenario '" + t.scenario + "'";
  if (t.version != first.version) return "corridor version " + t.version;
  if (!same_axes(t.axes, first.axes)) return "--set values";
  if (t.simulated != first.simulated || t.seed != first.seed ||
      t.replications != first.replications) {
    return "Monte Carlo settings (--simulate, --seed, --replications)";
  }
  if (t.shard->count != first.shard->count) {
    return "shard count " + std::to_string(t.shard->count);
  }
  return {};
}

/// Every variant of the shard has rows, and no row belongs to another shard.
void check_rows(const ShardFile& s) {
  const auto& t = s.table;
  std::set<std::size_t> seen;
  for (const auto& row : t.rows) {
    if (row.variant >= t.variants || row.variant % t.shard->count != t.shard->index - 1) {
      refuse(s.name, "variant " + std::to_string(row.variant + 1) + " is not in shard " +
                         std::to_string(t.shard->index) + "/" + std::to_string(t.shard->count));
    }
    seen.insert(row.variant);
  }
  for (std::size_t v = t.shard->index - 1; v < t.variants; v += t.shard->count) {
    if (!seen.contains(v)) refuse(s.name, "variant " + std::to_string(v + 1) + " has no rows");
  }
}

}  // namespace

model::SweepTable merge(std::vector<ShardFile> shards) {
  if (shards.empty()) refuse("", "no shards to merge");
  for (const auto& s : shards) {
    if (!s.table.shard) {
      refuse(s.name, "not a shard: it holds every variant of its sweep",
             "merge the JSON reports of `corridor sweep --shard I/N`");
    }
  }
  const auto& first = shards.front().table;
  std::vector<std::string> by_index(first.shard->count);
  for (const auto& s : shards) {
    if (auto what = difference(first, s.table); !what.empty()) {
      refuse(s.name,
             "a shard of another sweep than " + shards.front().name + ": its " + what + " differ");
    }
    auto& slot = by_index[s.table.shard->index - 1];
    if (!slot.empty()) {
      refuse(s.name, "shard " + std::to_string(s.table.shard->index) + "/" +
                         std::to_string(first.shard->count) + " is also " + slot);
    }
    slot = s.name;
    check_rows(s);
  }
  for (std::size_t i = 0; i < by_index.size(); ++i) {
    if (by_index[i].empty()) {
      refuse(
          shards.front().name,
          "shard " + std::to_string(i + 1) + "/" + std::to_string(by_index.size()) + " is missing",
          "merge every shard of the sweep");
    }
  }
  model::SweepTable out = first;
  out.shard.reset();
  out.rows.clear();
  for (auto& s : shards)
    for (auto& row : s.table.rows)
      out.rows.push_back(std::move(row));
  // Rows of a variant are in demand order within their shard; a stable sort keeps it.
  std::stable_sort(out.rows.begin(), out.rows.end(),
                   [](const auto& a, const auto& b) { return a.variant < b.variant; });
  return out;
}

}  // namespace corridor::sweep
