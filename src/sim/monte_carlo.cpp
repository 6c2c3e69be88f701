#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>
#include <span>
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
/// Pilot replications that place the percentile windows of a larger sample: n / 64, within
/// these bounds.
constexpr std::uint64_t kMinPilot = 4096;
constexpr std::uint64_t kMaxPilot = 65536;
/// Half-width of a percentile window, in standard errors of the pilot's quantile estimate
/// (plus two ranks): a window misses its rank with a probability of about 1e-9, and then
/// costs passes, not exactness.
constexpr double kWindowMargin = 6.0;

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

/// A metric's values over all replications, kept in memory. Not zero-filled: the first pass
/// writes every value before anything reads it.
class StoredColumn {
 public:
  explicit StoredColumn(std::size_t n)
      : values_(std::make_unique_for_overwrite<double[]>(n)), size_(n) {}
  [[nodiscard]] std::span<double> values() { return {values_.get(), size_}; }
  [[nodiscard]] std::span<const double> values() const { return {values_.get(), size_}; }

 private:
  std::unique_ptr<double[]> values_;
  std::size_t size_;
};
using Stored = std::vector<StoredColumn>;

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
  [[nodiscard]] std::size_t steps() const { return model_.step_count(); }

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

/// Pilot ranks [first, last] (0-based, of a pilot of m values) of the window guessed to hold
/// ranks `rank` and rank + 1 of n values: the pilot's estimate of that quantile, widened by
/// kWindowMargin standard errors and two ranks. first < 0 or last >= m: the window is open on
/// that side. With m = n it holds both ranks for certain.
struct WindowRanks {
  double first = 0.0;
  double last = 0.0;
};
WindowRanks window_ranks(std::uint64_t rank, std::uint64_t n, std::uint64_t m) {
  const auto pilot = static_cast<double>(m);
  const double q = (static_cast<double>(rank) + 1.0) / static_cast<double>(n);
  const double centre = q * pilot - 0.5;
  const double margin = kWindowMargin * std::sqrt(q * (1.0 - q) * pilot) + 2.0;
  return {std::floor(centre - margin), std::ceil(centre + margin)};
}

/// The pilot sample: the first replications' ranked columns, whose order statistics guess where
/// each percentile of the whole sample lies.
class Pilot {
 public:
  Pilot(const JourneyModel& model, const MonteCarloOptions& options, std::size_t ranked,
        std::uint64_t size)
      : columns_(ranked) {
    JourneyBlock block;
    Columns cols;
    for (std::uint64_t first = 0; first < size; first += kBlockSize) {
      const auto count =
          static_cast<std::size_t>(std::min<std::uint64_t>(kBlockSize, size - first));
      model.run(options.seed, first, count, block);
      cols.load(block);
      for (std::size_t m = 0; m < ranked; ++m) {
        const auto col = cols.column(m);
        columns_[m].insert(columns_[m].end(), col.begin(), col.end());
      }
    }
  }

  /// The window [lo, hi] for rank `rank` of n values of `metric`.
  [[nodiscard]] std::pair<double, double> window(std::size_t metric, std::uint64_t rank,
                                                 std::uint64_t n) {
    std::vector<double>& col = columns_[metric];
    const WindowRanks r = window_ranks(rank, n, col.size());
    const double inf = std::numeric_limits<double>::infinity();
    const double size = static_cast<double>(col.size());
    return {r.first < 0.0 ? -inf : select(col, static_cast<std::size_t>(r.first)),
            r.last >= size ? inf : select(col, static_cast<std::size_t>(r.last))};
  }

 private:
  static double select(std::vector<double>& col, std::size_t k) {
    const auto nth = col.begin() + static_cast<std::ptrdiff_t>(k);
    std::nth_element(col.begin(), nth, col.end());
    return *nth;
  }

  std::vector<std::vector<double>> columns_;
};

/// Pilot replications for a sample of n.
std::uint64_t pilot_size(std::uint64_t n) {
  return std::min(n, std::clamp(n / 64, kMinPilot, kMaxPilot));
}

/// Adds the values of `column` to histogram `h`.
void count_into(model::Histogram& h, std::span<const double> column) {
  for (const double x : column)
    ++h.counts[histogram_bin(h, x)];
}

/// Requests every rank of `table` from `selector`: from the metric's [min, max], or from a
/// pilot window when there is a pilot. Returns the handles per metric, in rank order.
std::vector<std::vector<std::size_t>> request_ranks(OrderStatistics& selector,
                                                    const PercentileTable& table, std::uint64_t n,
                                                    const std::vector<Moments>* moments,
                                                    Pilot* pilot) {
  std::vector<std::vector<std::size_t>> handles(table.probabilities.size());
  for (std::size_t m = 0; m < handles.size(); ++m) {
    for (const std::uint64_t r : table.ranks(m, n)) {
      if (pilot != nullptr) {
        const auto [lo, hi] = pilot->window(m, r, n);
        handles[m].push_back(selector.request_window(m, r, n, lo, hi));
      } else {
        handles[m].push_back(selector.request(m, r, n, (*moments)[m].min, (*moments)[m].max));
      }
    }
  }
  return handles;
}

/// Each metric's smallest and largest value.
struct Bounds {
  std::vector<double> mins;
  std::vector<double> maxs;
  explicit Bounds(const std::vector<Moments>& moments) {
    for (const Moments& m : moments) {
      mins.push_back(m.min);
      maxs.push_back(m.max);
    }
  }
};

/// Resolves what the first pass left of `selector` and counts the two histograms. With the
/// whole sample stored, selection passes read the stored columns (metric by metric on the
/// worker threads); otherwise each pass re-simulates every replication. With the days and USD
/// columns stored, the histograms are counted from them. Either way the selected values are
/// the exact order statistics, so every route gives the same bits.
void select_percentiles(OrderStatistics& selector, const std::vector<Moments>& moments,
                        std::uint64_t n, Passes& passes, const Stored& stored, ProgressMeter& meter,
                        model::Histogram& days_hist, model::Histogram& usd_hist) {
  const std::size_t ranked = kFirstStep + passes.steps();
  const bool store = stored.size() == ranked;
  const Bounds bounds(moments);
  if (stored.size() > kUsd) {
    count_into(days_hist, stored[kDays].values());
    count_into(usd_hist, stored[kUsd].values());
  }
  bool histograms_due = stored.size() <= kUsd;
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
          [&](unsigned t, std::size_t m) { plan.observe(tallies[t], m, stored[m].values()); },
          meter);
    } else {
      meter.extend(n);
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
    selector.refine(plan, tallies[0], bounds.mins, bounds.maxs);
  }
}

/// Reads the selected order statistics of `handles` into `table`.
void read_percentiles(const OrderStatistics& selector,
                      const std::vector<std::vector<std::size_t>>& handles, std::uint64_t n,
                      PercentileTable& table) {
  for (std::size_t m = 0; m < handles.size(); ++m) {
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
/// order), the on-time count, the columns of `stored` (when not empty: the first stored.size()
/// metrics), and what `selector`'s pilot windows see.
FirstPass first_pass(const JourneyModel& model, Passes& passes, std::optional<double> deadline_days,
                     Stored& stored, OrderStatistics& selector) {
  const std::size_t ranked = kFirstStep + model.step_count();
  const std::size_t metrics = ranked + model.step_count();
  const bool windows = !selector.resolved();
  const auto plan = selector.plan(0);
  std::vector<OrderStatistics::Tally> tallies(windows ? passes.threads() : 0, plan.make_tally());
  std::vector<ChunkResult> chunks(passes.chunking().chunks,
                                  ChunkResult{std::vector<Moments>(metrics), 0, 0});
  passes.run([&](unsigned t, std::size_t c, std::uint64_t first, const Columns& cols) {
    ChunkResult& r = chunks[c];
    for (std::size_t m = 0; m < metrics; ++m) {
      // Without timetables and disruptions every wait is zero: no need to look.
      const bool zero = m >= ranked && !model.time_dependent();
      const auto col = cols.column(m);
      r.moments[m].merge(zero ? Moments::constant(col.size(), 0.0) : Moments::of(col));
      if (windows && m < ranked) plan.observe(tallies[t], m, col);
    }
    for (const double d : cols.column(kDays)) {
      r.never_arrive += std::isfinite(d) ? 0U : 1U;
      if (deadline_days) r.on_time += d <= *deadline_days ? 1U : 0U;
    }
    for (std::size_t m = 0; m < stored.size(); ++m) {
      const auto col = cols.column(m);
      std::copy(col.begin(), col.end(),
                stored[m].values().begin() + static_cast<std::ptrdiff_t>(first));
    }
  });
  FirstPass out{std::vector<Moments>(metrics), 0, 0};
  for (const ChunkResult& r : chunks) {
    for (std::size_t m = 0; m < metrics; ++m)
      out.moments[m].merge(r.moments[m]);
    out.on_time += r.on_time;
    out.never_arrive += r.never_arrive;
  }
  if (windows) {
    for (std::size_t t = 1; t < tallies.size(); ++t)
      OrderStatistics::merge(tallies[0], std::move(tallies[t]));
    const Bounds bounds(out.moments);
    selector.refine(plan, tallies[0], bounds.mins, bounds.maxs);
  }
  return out;
}

/// How a sample of n replications is summarised.
struct Strategy {
  std::uint64_t pilot = 0;  ///< pilot replications placing percentile windows (0: none)
  std::size_t stored = 0;   ///< metrics kept in memory: all ranked ones, 2 (days, USD) or 0
};

/// A small sample is kept whole. A larger one gets pilot windows when the pilot and the values
/// expected inside the windows fit `budget` (doubles), and keeps its days and USD columns for
/// the histograms when those fit too. Otherwise every percentile is narrowed down by bins.
Strategy choose_strategy(const PercentileTable& table, std::uint64_t n, std::size_t ranked,
                         const MonteCarloOptions& options) {
  const std::uint64_t budget = options.max_stored_values;
  Strategy s;
  if (n * ranked <= std::min(budget, options.store_whole_values)) {
    s.stored = ranked;
    return s;
  }
  const std::uint64_t pilot = pilot_size(n);
  double values = static_cast<double>(pilot) * static_cast<double>(ranked);
  for (std::size_t m = 0; m < ranked; ++m) {
    for (const std::uint64_t r : table.ranks(m, n)) {
      const WindowRanks w = window_ranks(r, n, pilot);
      values += (w.last - w.first + 1.0) / static_cast<double>(pilot) * static_cast<double>(n);
    }
  }
  if (values + 2.0 * static_cast<double>(n) <= static_cast<double>(budget)) {
    s.pilot = pilot;
    s.stored = 2;  // days and USD, for the histograms
  } else if (values <= static_cast<double>(budget)) {
    s.pilot = pilot;
  }
  return s;
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
  const JourneyModel model(scenario, route, cargo, options.ready);
  const std::uint64_t n = options.replications;
  const std::size_t steps = model.step_count();
  const std::size_t ranked = kFirstStep + steps;  // metrics with percentiles
  PercentileTable table;
  table.probabilities.assign(ranked, {kStepPercentile});
  table.values.resize(ranked);
  for (const std::size_t m : {kDays, kUsd, kGeneralized}) {
    table.probabilities[m].assign(kSummaryPercentiles.begin(), kSummaryPercentiles.end());
  }
  const Strategy strategy = choose_strategy(table, n, ranked, options);

  ProgressMeter meter(options.progress, n + strategy.pilot);
  Passes passes(model, options, meter);
  OrderStatistics selector(ranked);
  std::vector<std::vector<std::size_t>> handles;
  if (strategy.pilot > 0) {
    Pilot pilot(model, options, ranked, strategy.pilot);
    meter.add(strategy.pilot);
    handles = request_ranks(selector, table, n, nullptr, &pilot);
  }

  Stored stored;
  for (std::size_t m = 0; m < strategy.stored; ++m)
    stored.emplace_back(n);
  const FirstPass first = first_pass(model, passes, deadline_days, stored, selector);
  const std::vector<Moments>& moments = first.moments;
  if (strategy.pilot == 0) handles = request_ranks(selector, table, n, &moments, nullptr);

  model::Histogram days_hist =
      empty_histogram(moments[kDays].min, moments[kDays].max, options.histogram_bins);
  model::Histogram usd_hist =
      empty_histogram(moments[kUsd].min, moments[kUsd].max, options.histogram_bins);
  select_percentiles(selector, moments, n, passes, stored, meter, days_hist, usd_hist);
  read_percentiles(selector, handles, n, table);
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
