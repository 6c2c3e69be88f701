#pragma once
/// When disruptions close links and nodes, replication by replication.
///
/// A disruption closes all its links and nodes together: during its fixed windows, and in
/// random closures. Random closures start in each calendar month either at most once, with
/// that month's probability (`monthly_probability`), or a Poisson number of times with that
/// month's mean (`monthly_rate`); each starts at a uniform time in the month and lasts a draw of
/// the duration distribution. The draws for (replication, disruption, month) come from a
/// generator keyed by the three of them, so every closure is the same whichever order, thread or
/// step asks for it, and a replication sees one consistent closure history.
///
/// Draws of a month's generator: for `monthly_probability`, one uniform (is there a closure?),
/// then its start and its duration; for `monthly_rate`, one uniform turned into the Poisson
/// count by inversion (det_exp, so the same on every machine), then the start and the duration
/// of each closure in turn.
///
/// A drawn window (model::Disruption::drawn_window) is one closure a replication, drawn from
/// the generator of (replication, disruption, kDrawnWindowMonth), a month index no random
/// closure uses: its length, then (unless centred) one uniform for its start.
///
/// Months are counted from the calendar month of the scenario's start date (index 0), negative
/// before it: closures that started before hour 0 still hold shipments leaving early on.
/// Lookback: a closure started in month m - k can only cover hour t of month m if it lasts more
/// than (k - 1) * 28 days, so the months examined are those within ceil(Q / 672 h) + 1 of t,
/// where Q is the duration distribution's 1 - 1e-9 quantile (capped at 240 months): only a
/// closure longer than Q, probability 1e-9 per closure, can be cut short by the lookback.

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include <corridor/model/calendar.hpp>
#include <corridor/model/scenario.hpp>
#include <corridor/sim/sampler.hpp>

namespace corridor::sim {

/// A closed time span [from_hours, to_hours) on the simulation clock.
struct ClosureInterval {
  double from_hours = 0.0;
  double to_hours = 0.0;
};

class ClosureModel {
 public:
  ClosureModel() = default;
  /// Compiles every disruption of `scenario`, in order (disruption d = scenario.disruptions[d]).
  explicit ClosureModel(const model::Scenario& scenario);

  [[nodiscard]] std::size_t size() const { return disruptions_.size(); }

  /// The random closures that disruption `d` starts in month `month` of replication `key`
  /// (its stream key), in the order drawn (not sorted). O(closures).
  [[nodiscard]] std::vector<ClosureInterval> random_closures(std::size_t d, std::int64_t month,
                                                             std::uint64_t key) const;
  /// The first of random_closures(d, month, key), if any: for `monthly_probability`, the only
  /// one. O(1).
  [[nodiscard]] std::optional<ClosureInterval> random_closure(std::size_t d, std::int64_t month,
                                                              std::uint64_t key) const;

  /// The drawn window of disruption `d` in replication `key` (see the file comment); none when
  /// `d` has no drawn window. O(1).
  [[nodiscard]] std::optional<ClosureInterval> drawn_window(std::size_t d, std::uint64_t key) const;

  /// What a departure cancelled by disruption `d` turns into.
  [[nodiscard]] model::Resume resume(std::size_t d) const { return disruptions_[d].resume; }

  /// The end of the latest-ending closure of disruption `d` (window or random) in force at hour
  /// `t`, or `t` itself when `d` is open then. O(windows + closures of the lookback months).
  [[nodiscard]] double open_from(std::size_t d, double t, std::uint64_t key) const;

  /// The earliest hour >= t at which none of `disruptions` is closed (chained and overlapping
  /// closures are followed to their end). +inf when closures keep overlapping for a century
  /// (a permanent closure); +inf stays +inf.
  [[nodiscard]] double reopen(std::span<const std::uint32_t> disruptions, double t,
                              std::uint64_t key) const;

  /// Months of lookback for disruption `d` (see the file comment).
  [[nodiscard]] int lookback_months(std::size_t d) const { return disruptions_[d].lookback; }

  /// Index of the calendar month containing hour `t` (0 = the start date's month).
  [[nodiscard]] std::int64_t month_index(double t) const;
  /// Simulation hour at which month `month` begins (negative for months before the start).
  [[nodiscard]] double month_start_hours(std::int64_t month) const;

 private:
  friend class ClosureHistory;
  /// Calls visit(ClosureInterval) for each random closure of (d, month, key), in draw order.
  template <class Visit>
  void each_random_closure(std::size_t d, std::int64_t month, std::uint64_t key,
                           Visit&& visit) const;
  /// open_from for hour t of month `month` of replication `key`, with each_closure(d, m, visit)
  /// visiting the random closures of disruption d in month m (drawn, or remembered).
  template <class EachClosure>
  double open_from_with(std::size_t d, double t, std::int64_t month, std::uint64_t key,
                        EachClosure&& each_closure) const;

  /// A drawn window, compiled.
  struct Drawn {
    Sampler length;
    ClosureInterval within;
    bool centred = false;
  };

  struct Compiled {
    std::array<double, 12> probability{};  ///< January .. December (monthly_probability)
    std::array<double, 12> rate{};         ///< January .. December (monthly_rate)
    std::array<double, 12> none{};         ///< exp(-rate): P(no closure in the month)
    Sampler duration;
    bool random = false;
    bool poisson = false;  ///< closures a month are Poisson(rate), not Bernoulli(probability)
    int lookback = 0;
    std::vector<ClosureInterval> windows;
    std::optional<Drawn> drawn;
    model::Resume resume = model::Resume::next_departure;
  };

  std::vector<Compiled> disruptions_;
  long epoch_days_ = 0;
  int epoch_year_ = 1970;
  int epoch_month_ = 1;
};

/// The closures of one replication, remembered. Random closures are drawn once per
/// (disruption, month) and months are located in a table, so that look-ups repeated by many
/// shipments (the capacity simulation shares one closure history per replication) cost table
/// reads instead of draws and calendar arithmetic. The answers are exactly ClosureModel's for
/// the same stream key. Not thread-safe: one history per replication and thread.
class ClosureHistory {
 public:
  /// The history drawn with stream key `key` (model must outlive it).
  ClosureHistory(const ClosureModel& model, std::uint64_t key);

  [[nodiscard]] std::uint64_t key() const { return key_; }
  [[nodiscard]] const ClosureModel& model() const { return *model_; }

  /// As ClosureModel::reopen with this history's key. O(rounds x disruptions x (windows +
  /// lookback months)) table reads, plus draws for months not seen before. Hours before 0 are
  /// passed to the model.
  [[nodiscard]] double reopen(std::span<const std::uint32_t> disruptions, double t);
  /// As ClosureModel::open_from with this history's key.
  [[nodiscard]] double open_from(std::size_t d, double t);

 private:
  struct Month {
    bool known = false;
    std::vector<ClosureInterval> closures;
  };
  [[nodiscard]] std::int64_t month_index(double t);
  /// The random closures of disruption `d` in month `month`, drawn on first use.
  [[nodiscard]] const std::vector<ClosureInterval>& random_closures(std::size_t d,
                                                                    std::int64_t month);

  const ClosureModel* model_;
  std::uint64_t key_;
  std::int64_t first_month_ = 0;    ///< month of month_days_[0] and of months_[d][0]
  std::vector<double> month_days_;  ///< first day (from the epoch) of each month from first_month_
  std::vector<std::vector<Month>> months_;  ///< per disruption, from first_month_ on
};

}  // namespace corridor::sim
