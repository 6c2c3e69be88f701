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
  if (t.scenario != first.scenario) return "the scenario differs ('" + t.scenario + "')";
  if (t.version != first.version) return "corridor's version differs (" + t.version + ")";
  if (!same_axes(t.axes, first.axes)) return "the --set values differ";
  if (t.simulated != first.simulated || t.seed != first.seed ||
      t.replications != first.replications) {
    return "the Monte Carlo settings differ (--simulate, --seed, --replications)";
  }
  if (t.shard->count != first.shard->count) {
    return "the shard count differs (" + std::to_string(t.shard->count) + ")";
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
      refuse(s.name, "a shard of another sweep than " + shards.front().name + ": " + what);
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

namespace {

bool same_spread(const std::optional<model::SweepSpread>& a,
                 const std::optional<model::SweepSpread>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || (a->p50_days == b->p50_days && a->p90_days == b->p90_days &&
                a->p95_days == b->p95_days && a->on_time == b->on_time);
}

bool same_row(const model::SweepRow& a, const model::SweepRow& b) {
  if (a.best.has_value() != b.best.has_value() || a.unreachable != b.unreachable) return false;
  if (!a.best) return true;
  const auto& x = *a.best;
  const auto& y = *b.best;
  return x.corridor == y.corridor && x.modes == y.modes && x.days == y.days && x.usd == y.usd &&
         x.co2e_kg == y.co2e_kg && x.generalized_usd == y.generalized_usd &&
         same_spread(x.simulated, y.simulated);
}

}  // namespace

std::vector<std::size_t> inert_axes(const model::SweepTable& table) {
  std::vector<std::size_t> out;
  if (table.shard || table.variants == 0 || table.rows.size() % table.variants != 0) return out;
  const std::size_t lines = table.rows.size() / table.variants;
  for (std::size_t a = 0; a < table.axes.size(); ++a) {
    if (table.axes[a].values.size() < 2) continue;
    // The stride of axis a in the grid: the first axis varies slowest.
    std::size_t stride = 1;
    for (std::size_t b = a + 1; b < table.axes.size(); ++b)
      stride *= table.axes[b].values.size();
    const std::size_t period = stride * table.axes[a].values.size();
    bool inert = true;
    for (std::size_t r = 0; r < table.rows.size() && inert; ++r) {
      const std::size_t v = table.rows[r].variant;
      const std::size_t first = v - (v % period) + (v % stride);  // axis a at its first value
      const std::size_t twin = first * lines + r % lines;
      // Rows in grid order, `lines` per variant; a --set that changes the demand lines breaks
      // that, and the axis is then not called inert.
      inert = twin < table.rows.size() && table.rows[twin].variant == first &&
              table.rows[twin].line == table.rows[r].line &&
              same_row(table.rows[r], table.rows[twin]);
    }
    if (inert) out.push_back(a);
  }
  return out;
}

}  // namespace corridor::sweep
