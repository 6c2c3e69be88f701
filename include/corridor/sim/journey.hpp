#pragma once
/// One Monte Carlo journey along a route, and the batch kernel that simulates many.
///
/// A journey is ready at a uniform time in the departure window (or, for a demand line with
/// `ready: first_departure` whose first leg has a timetable, at that leg's first departure at or
/// after that time) and walks the route's steps in order. A node step (dwell or transfer; the
/// destination's dwell too) first waits while the node is closed, then takes its sampled dwell
/// (and, for a transfer, handling) time. A leg waits until its link and its `from` node are both
/// open (a closed node dispatches nothing), then for the link's next departure if it has a
/// timetable. A departure that falls inside a closure is cancelled: if a disruption closing the
/// leg then resumes `when_open`, an extra departure leaves as soon as every closure is over (and
/// takes the shipments ready by then, also those that arrived during the closure); otherwise
/// the shipment takes the first regular departure after the reopening. Then it runs for the
/// sampled running time. Waiting is charged the storage rate of the node it happens at.
///
/// Random draws, per replication and in this order: the departure time, then each step's
/// samples (a transfer: dwell, then handling); fixed durations draw nothing. Closures draw
/// from their own keyed generators (corridor/sim/closures.hpp), and timetables draw nothing,
/// so the draws never depend on the waits.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include <corridor/model/route.hpp>
#include <corridor/model/scenario.hpp>
#include <corridor/model/schedule.hpp>
#include <corridor/sim/closures.hpp>
#include <corridor/sim/sampler.hpp>

namespace corridor::sim {

/// Everything one replication produced. Hours are elapsed hours, USD per TEU.
struct Journey {
  double departure_hours = 0.0;         ///< simulation hour the shipment is ready at the origin
  double hours = 0.0;                   ///< door to door
  double usd = 0.0;                     ///< cash: the route's charges plus storage for actual waits
  double generalized_usd = 0.0;         ///< usd + value of time x hours
  std::vector<double> step_hours;       ///< per route step, waits included
  std::vector<double> step_wait_hours;  ///< per route step, timetable and closure waits
};

/// The journeys of a batch, structure of arrays: column `i` is replication `first + i`.
class JourneyBlock {
 public:
  /// Makes room for `count` journeys over `steps` steps (keeps capacity). Without `waits`,
  /// every step_wait_hours column reads as zeros and costs no writes.
  void resize(std::size_t count, std::size_t steps, bool waits = true);

  [[nodiscard]] std::size_t size() const { return count_; }
  [[nodiscard]] std::size_t steps() const { return steps_; }

  [[nodiscard]] std::span<double> departure_hours() { return {departure_.data(), count_}; }
  [[nodiscard]] std::span<double> hours() { return {hours_.data(), count_}; }
  [[nodiscard]] std::span<double> usd() { return {usd_.data(), count_}; }
  [[nodiscard]] std::span<double> generalized_usd() { return {generalized_.data(), count_}; }
  [[nodiscard]] std::span<double> step_hours(std::size_t k) {
    return {step_hours_.data() + k * count_, count_};
  }
  /// Precondition: the block was resized with waits.
  [[nodiscard]] std::span<double> step_wait_hours(std::size_t k) {
    return {step_waits_.data() + k * count_, count_};
  }
  [[nodiscard]] std::span<const double> hours() const { return {hours_.data(), count_}; }
  [[nodiscard]] std::span<const double> usd() const { return {usd_.data(), count_}; }
  [[nodiscard]] std::span<const double> generalized_usd() const {
    return {generalized_.data(), count_};
  }
  [[nodiscard]] std::span<const double> step_hours(std::size_t k) const {
    return {step_hours_.data() + k * count_, count_};
  }
  [[nodiscard]] std::span<const double> step_wait_hours(std::size_t k) const {
    if (!waits_) return {zeros_.data(), count_};
    return {step_waits_.data() + k * count_, count_};
  }

  /// Column `i` as a Journey.
  [[nodiscard]] Journey journey(std::size_t i) const;

 private:
  std::size_t count_ = 0;
  std::size_t steps_ = 0;
  bool waits_ = true;
  std::vector<double> departure_, hours_, usd_, generalized_, step_hours_, step_waits_;
  std::vector<double> zeros_;  ///< never written: the wait column of every step without waits
};

/// A route step resolved for sampling.
struct CompiledStep {
  model::Step::Kind kind = model::Step::Kind::leg;
  Sampler first;   ///< leg: running time; dwell and transfer: the node's dwell
  Sampler second;  ///< transfer: the node's handling; otherwise fixed 0
  std::optional<model::Schedule> schedule;  ///< a leg's timetable
  std::vector<std::uint32_t> closures;      ///< disruptions that can hold the shipment here
  bool when_open = false;  ///< one of `closures` resumes with an extra departure (model::Resume)
  double storage_usd_per_hour = 0.0;  ///< at the node where waiting happens
};

/// The departure a shipment ready at `ready` takes on the leg compiled as `step`: the first
/// moment at or after `ready` when the link and its `from` node are open and, for a timetabled
/// link, the first departure then that no closure cancels, or the extra departure at the end
/// of a closure that cancelled one and resumes `when_open` (see the file comment). +inf when a
/// closure never ends. O(closure look-ups x departures cancelled).
/// `key` is the stream key the closures are drawn with; `epoch_weekday` the weekday of hour 0.
[[nodiscard]] double departure_after(const ClosureModel& closures, const CompiledStep& step,
                                     int epoch_weekday, double ready, std::uint64_t key);
/// The same with a remembered closure history (its key).
[[nodiscard]] double departure_after(ClosureHistory& closures, const CompiledStep& step,
                                     int epoch_weekday, double ready);

/// A route compiled for simulation. Immutable after construction; `run` and `journey` may be
/// called from several threads at once.
class JourneyModel {
 public:
  /// Precondition: `route` was built on `scenario` (its step indices are valid) and summarised
  /// (`route.totals` is up to date). `ready` is when cargo is ready at the origin (the demand
  /// line's). Throws std::out_of_range on an invalid step index.
  JourneyModel(const model::Scenario& scenario, const model::Route& route,
               const model::Cargo& cargo, model::Ready ready = model::Ready::uniform);

  [[nodiscard]] std::size_t step_count() const { return steps_.size(); }
  /// False when no step has a timetable or a disruption: every wait is then zero and the
  /// kernel skips the timeline walk.
  [[nodiscard]] bool time_dependent() const { return time_dependent_; }
  [[nodiscard]] const std::vector<CompiledStep>& steps() const { return steps_; }

  /// Simulates replications first .. first + count - 1 of the run seeded with `seed` into
  /// `out` (resized to `count`). The result for each replication depends only on (seed,
  /// replication), not on `first` or `count`. O(count x steps), plus closure look-ups.
  void run(std::uint64_t seed, std::uint64_t first, std::size_t count, JourneyBlock& out) const;

  /// Replication `replication` alone: the same values `run` gives for it.
  [[nodiscard]] Journey journey(std::uint64_t seed, std::uint64_t replication) const;

 private:
  struct Workspace;
  void sample_batch(Workspace& ws) const;
  void walk_timeline(Workspace& ws, std::uint64_t seed, std::uint64_t first, std::size_t n) const;
  [[nodiscard]] double departure_after(const CompiledStep& step, double ready,
                                       std::uint64_t key) const;
  void assemble(const Workspace& ws, std::size_t n, std::size_t offset, JourneyBlock& out) const;

  std::vector<CompiledStep> steps_;
  ClosureModel closures_;
  std::optional<model::Schedule> ready_timetable_;  ///< first_departure: the first leg's
  double window_hours_ = 0.0;
  int epoch_weekday_ = 0;
  double cash_base_usd_ = 0.0;  ///< tariffs + handling + fees of the route, without storage
  double value_of_time_usd_per_hour_ = 0.0;
  bool time_dependent_ = false;
};

}  // namespace corridor::sim
