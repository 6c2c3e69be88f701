#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include <corridor/model/units.hpp>
#include <corridor/sim/journey.hpp>
#include <corridor/sim/monte_carlo.hpp>
#include <corridor/sim/parallel.hpp>
#include <corridor/sim/statistics.hpp>

#include "sim/order_statistics.hpp"

namespace corridor::sim {

namespace {

using detail::OrderStatistics;

/// Journeys simulated and summarised at once: small enough that a block's columns stay in the
/// L2 cache while its moments are taken.
constexpr std::size_t kBlockSize = 2048;
/// At most this many chunks, so per-chunk results stay small for huge runs.
constexpr std::uint64_t kMaxChunks = 1024;
/// Intervals of at most this many values are collected and sorted by a selection pass.
constexpr std::uint64_t kCollectLimit = std::uint64_t{1} << 20U;
/// The same when the sample is stored, where a pass is cheap but sorting is not.
constexpr std::uint64_t kStoredCollectLimit = 4096;
/// After this many selection passes every interval is collected, whatever its size.
constexpr int kBinnedPasses = 6;

constexpr std::array<double, 5> kSummaryPercentiles{0.05, 0.50, 0.90, 0.95, 0.99};
constexpr double kStepPercentile = 0.95;

// Metric columns of a block: days, usd, generalized usd, then the hours of each step (these
// get percentiles), then the wait of each step (means only).
constexpr std::size_t kDays = 0;
constexpr std::size_t kUsd = 1;
constexpr std::size_t kGeneralized = 2;
constexpr std::size_t kFirstStep = 3;

/// The split of replications into chunks, a function of the replication count alone.
struct Chunking {
  std::uint64_t replications = 0;
  std::uint64_t chunk_size = 0;
  std::uint64_t chunks = 0;

  explicit Chunking(std::uint64_t n) : replications(n) {
    const std::uint64_t even = (n + kMaxChunks - 1) / kMaxChunks;
    chunk_size =
        std::max<std::uint64_t>(kBlockSize, (even + kBlockSize - 1) / kBlockSize * kBlockSize);
    chunks = (n + chunk_size - 1) / chunk_size;
  }
  [[nodiscard]] std::uint64_t first(std::size_t c) const { return c * chunk_size; }
  [[nodiscard]] std::uint64_t end(std::size_t c) const {
    return std::min(replications, (c + 1) * chunk_size);
  }
};

/// A simulated block seen as metric columns.
class Columns {
 public:
  void load(const JourneyBlock& block) {
    block_ = &block;
    days_.resize(block.size());
    const auto hours = block.hours();
    for (std::size_t i = 0; i < days_.size(); ++i)
      days_[i] = hours[i] / model::kHoursPerDay;
  }
  [[nodiscard]] std::span<const double> column(std::size_t m) const {
    const std::size_t steps = block_->steps();
    if (m == kDays) return days_;
    if (m == kUsd) return block_->usd();
    if (m == kGeneralized) return block_->generalized_usd();
    if (m < kFirstStep + steps) return block_->step_hours(m - kFirstStep);
    return block_->step_wait_hours(m - kFirstStep - steps);
  }

 private:
  const JourneyBlock* block_ = nullptr;
  std::vector<double> days_;
};

struct ChunkResult {
  std::vector<Moments> moments;
  std::uint64_t on_time = 0;
  std::uint64_t never_arrive = 0;
};

/// Runs passes over all replications: visit(thread, chunk, first replication, columns) is
/// called for every block, blocks of a chunk in order on one thread.
class Passes {
 public:
  Passes(const JourneyModel& model, const MonteCarloOptions& options, ProgressMeter& meter)
      : model_(model),
        options_(options),
        chunking_(options.replications),
        meter_(meter),
        threads_(thread_count(options.threads, chunking_.chunks)) {}

  [[nodiscard]] const Chunking& chunking() const { return chunking_; }
  [[nodiscard]] unsigned threads() const { return threads_; }

  template <class Visit>
  void run(Visit&& visit) {
    std::vector<JourneyBlock> blocks(threads_);
    std::vector<Columns> columns(threads_);
    run_chunks(
        chunking_.chunks, threads_,
        [&](unsigned t, std::size_t c) {
          for (std::uint64_t first = chunking_.first(c); first < chunking_.end(c);
               first += kBlockSize) {
            const auto count = static_cast<std::size_t>(
                std::min<std::uint64_t>(kBlockSize, chunking_.end(c) - first));
            model_.run(options_.seed, first, count, blocks[t]);
            columns[t].load(blocks[t]);
            visit(t, c, first, columns[t]);
            meter_.add(count);
          }
        },
        meter_);
  }

 private:
  const JourneyModel& model_;
  const MonteCarloOptions& options_;
  Chunking chunking_;
  ProgressMeter& meter_;
  unsigned threads_;
};

/// Type-7 percentiles wanted per metric, and their values once known.
struct PercentileTable {
  std::vector<std::vector<double>> probabilities;  ///< per metric
  std::vector<std::vector<double>> values;         ///< per metric, parallel

  [[nodiscard]] std::vector<std::uint64_t> ranks(std::size_t m, std::uint64_t n) const {
    std::vector<std::uint64_t> out;
    for (const double p : probabilities[m]) {
      const PercentileRanks r = percentile_ranks(n, p);
      out.push_back(r.lo);
      out.push_back(r.hi);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }
  /// Fills values[m] from the values of `ranks(m, n)`.
  void set(std::size_t m, std::uint64_t n, const std::vector<double>& at_ranks) {
    const auto ranks_m = ranks(m, n);
    auto value_at = [&](std::uint64_t rank) {
      return at_ranks[static_cast<std::size_t>(
          std::lower_bound(ranks_m.begin(), ranks_m.end(), rank) - ranks_m.begin())];
    };
    values[m].clear();
    for (const double p : probabilities[m]) {
      const PercentileRanks r = percentile_ranks(n, p);
      values[m].push_back(interpolate(value_at(r.lo), value_at(r.hi), r.weight));
    }
  }
};

/// Adds the values of `column` to histogram `h`.
void count_into(model::Histogram& h, std::span<const double> column) {
  for (const double x : column)
    ++h.counts[histogram_bin(h, x)];
}

/// Fills `table` with exact percentiles and the two histograms with counts. With a stored
/// sample, selection passes read the stored columns (metric by metric on the worker threads);
/// otherwise each pass re-simulates every replication. Either way the selected values are the
/// exact order statistics, so the two routes give the same bits.
void select_percentiles(const std::vector<Moments>& moments, std::uint64_t n, Passes& passes,
                        const std::vector<std::vector<double>>& stored, ProgressMeter& meter,
                        PercentileTable& table, model::Histogram& days_hist,
                        model::Histogram& usd_hist) {
  const std::size_t ranked = table.probabilities.size();
  const bool store = !stored.empty();
  OrderStatistics selector(ranked);
  std::vector<std::vector<std::size_t>> handles(ranked);
  for (std::size_t m = 0; m < ranked; ++m) {
    for (const std::uint64_t r : table.ranks(m, n)) {
      handles[m].push_back(selector.request(m, r, n, moments[m].min, moments[m].max));
    }
  }
  if (store) {
    count_into(days_hist, stored[kDays]);
    count_into(usd_hist, stored[kUsd]);
  }
  bool histograms_due = !store;
  for (int pass = 0; !selector.resolved() || histograms_due; ++pass) {
    // Stored: bin first, then collect the few values of the bin (cheaper than sorting all).
    // Re-simulated: collect as soon as it fits, since a pass costs a whole simulation.
    const std::uint64_t limit = pass >= kBinnedPasses ? std::numeric_limits<std::uint64_t>::max()
                                : store               ? kStoredCollectLimit
                                                      : kCollectLimit;
    const auto plan = selector.plan(limit);
    std::vector<OrderStatistics::Tally> tallies(passes.threads(), plan.make_tally());
    if (store) {
      run_chunks(
          ranked, passes.threads(),
          [&](unsigned t, std::size_t m) { plan.observe(tallies[t], m, stored[m]); }, meter);
    } else {
      if (pass >= 2) meter.extend(n);
      std::vector<model::Histogram> days_parts(passes.threads(), days_hist);
      std::vector<model::Histogram> usd_parts(passes.threads(), usd_hist);
      passes.run([&](unsigned t, std::size_t, std::uint64_t, const Columns& cols) {
        for (std::size_t m = 0; m < ranked; ++m)
          plan.observe(tallies[t], m, cols.column(m));
        if (!histograms_due) return;
        count_into(days_parts[t], cols.column(kDays));
        count_into(usd_parts[t], cols.column(kUsd));
      });
      for (std::size_t t = 0; histograms_due && t < days_parts.size(); ++t) {
        for (std::size_t b = 0; b < days_hist.counts.size(); ++b) {
          days_hist.counts[b] += days_parts[t].counts[b];
          usd_hist.counts[b] += usd_parts[t].counts[b];
        }
      }
      histograms_due = false;
    }
    for (std::size_t t = 1; t < tallies.size(); ++t) {
      OrderStatistics::merge(tallies[0], std::move(tallies[t]));
    }
    selector.refine(plan, tallies[0]);
  }
  for (std::size_t m = 0; m < ranked; ++m) {
    std::vector<double> at_ranks;
    for (const std::size_t h : handles[m])
      at_ranks.push_back(selector.value(h));
    table.set(m, n, at_ranks);
  }
}

model::Summary summary_of(const Moments& m, const std::vector<double>& pct) {
  return model::Summary{m.mean, m.sd(), m.min, m.max, pct[0], pct[1], pct[2], pct[3], pct[4]};
}

struct FirstPass {
  std::vector<Moments> moments;  ///< per metric column
  std::uint64_t on_time = 0;
  std::uint64_t never_arrive = 0;  ///< journeys held by closures that never end
};

/// The first pass over all replications: moments of every column (per chunk, merged in chunk
/// order), the on-time count, and the ranked columns into `stored` when it is not empty.
FirstPass first_pass(const JourneyModel& model, Passes& passes, std::optional<double> deadline_days,
                     std::vector<std::vector<double>>& stored) {
  const std::size_t ranked = kFirstStep + model.step_count();
  const std::size_t metrics = ranked + model.step_count();
  std::vector<ChunkResult> chunks(passes.chunking().chunks,
                                  ChunkResult{std::vector<Moments>(metrics), 0, 0});
  passes.run([&](unsigned, std::size_t c, std::uint64_t first, const Columns& cols) {
    ChunkResult& r = chunks[c];
    for (std::size_t m = 0; m < metrics; ++m) {
      // Without timetables and disruptions every wait is zero: no need to look.
      const bool zero = m >= ranked && !model.time_dependent();
      const auto col = cols.column(m);
      r.moments[m].merge(zero ? Moments::constant(col.size(), 0.0) : Moments::of(col));
    }
    for (const double d : cols.column(kDays)) {
      r.never_arrive += std::isfinite(d) ? 0U : 1U;
      if (deadline_days) r.on_time += d <= *deadline_days ? 1U : 0U;
    }
    for (std::size_t m = 0; m < stored.size(); ++m) {
      const auto col = cols.column(m);
      std::copy(col.begin(), col.end(), stored[m].begin() + static_cast<std::ptrdiff_t>(first));
    }
  });
  FirstPass out{std::vector<Moments>(metrics), 0, 0};
  for (const ChunkResult& r : chunks) {
    for (std::size_t m = 0; m < metrics; ++m)
      out.moments[m].merge(r.moments[m]);
    out.on_time += r.on_time;
    out.never_arrive += r.never_arrive;
  }
  return out;
}

}  // namespace

MonteCarloOptions options_from(const model::SimulationSettings& settings) {
  MonteCarloOptions o;
  o.replications = static_cast<std::uint64_t>(std::max(settings.replications, 0));
  o.seed = settings.seed;
  o.histogram_bins = settings.histogram_bins;
  return o;
}

model::RouteSimulation simulate_route(const model::Scenario& scenario, const model::Route& route,
                                      const model::Cargo& cargo,
                                      std::optional<double> deadline_days,
                                      const MonteCarloOptions& options) {
  if (options.replications == 0) throw std::invalid_argument("replications must be at least 1");
  if (options.histogram_bins < 1) throw std::invalid_argument("histogram_bins must be at least 1");
  const JourneyModel model(scenario, route, cargo);
  const std::uint64_t n = options.replications;
  const std::size_t steps = model.step_count();
  const std::size_t ranked = kFirstStep + steps;  // metrics with percentiles
  const bool store = n <= options.max_stored_values / std::max<std::uint64_t>(ranked, 1);

  ProgressMeter meter(options.progress, store ? n : 3 * n);
  Passes passes(model, options, meter);

  std::vector<std::vector<double>> stored(store ? ranked : 0, std::vector<double>(store ? n : 0));
  const FirstPass first = first_pass(model, passes, deadline_days, stored);
  const std::vector<Moments>& moments = first.moments;

  PercentileTable table;
  table.probabilities.assign(ranked, {kStepPercentile});
  table.values.resize(ranked);
  for (const std::size_t m : {kDays, kUsd, kGeneralized}) {
    table.probabilities[m].assign(kSummaryPercentiles.begin(), kSummaryPercentiles.end());
  }
  model::Histogram days_hist =
      empty_histogram(moments[kDays].min, moments[kDays].max, options.histogram_bins);
  model::Histogram usd_hist =
      empty_histogram(moments[kUsd].min, moments[kUsd].max, options.histogram_bins);

  select_percentiles(moments, n, passes, stored, meter, table, days_hist, usd_hist);
  meter.finish();

  model::RouteSimulation result;
  result.route = route;
  result.replications = n;
  result.never_arrive = first.never_arrive;
  result.days = summary_of(moments[kDays], table.values[kDays]);
  result.usd = summary_of(moments[kUsd], table.values[kUsd]);
  result.generalized_usd = summary_of(moments[kGeneralized], table.values[kGeneralized]);
  if (deadline_days) {
    result.on_time_probability = static_cast<double>(first.on_time) / static_cast<double>(n);
  }
  result.days_histogram = std::move(days_hist);
  result.usd_histogram = std::move(usd_hist);
  for (std::size_t k = 0; k < steps; ++k) {
    result.steps.push_back(model::StepStats{
        moments[kFirstStep + k].mean, table.values[kFirstStep + k][0], moments[ranked + k].mean});
  }
  return result;
}

}  // namespace corridor::sim
