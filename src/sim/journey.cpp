#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <variant>

#include <corridor/model/calendar.hpp>
#include <corridor/model/units.hpp>
#include <corridor/sim/journey.hpp>
#include <corridor/sim/rng.hpp>

#include "sim/lane_clones.hpp"

namespace corridor::sim {

namespace {

using Kind = model::Step::Kind;
using LaneArray = std::array<double, kLanes>;

/// Disruptions that close `link_id` or `node_id` (either may be empty) and can close anything
/// at all (a window, a drawn window or a random closure).
std::vector<std::uint32_t> closures_of(const model::Scenario& scenario, const std::string& link_id,
                                       const std::string& node_id) {
  std::vector<std::uint32_t> out;
  for (std::size_t d = 0; d < scenario.disruptions.size(); ++d) {
    const model::Disruption& dis = scenario.disruptions[d];
    const bool active =
        !dis.windows.empty() || dis.drawn_window || (dis.is_random() && dis.duration_hours);
    const bool hits = (!link_id.empty() &&
                       std::find(dis.links.begin(), dis.links.end(), link_id) != dis.links.end()) ||
                      (!node_id.empty() &&
                       std::find(dis.nodes.begin(), dis.nodes.end(), node_id) != dis.nodes.end());
    if (active && hits) out.push_back(static_cast<std::uint32_t>(d));
  }
  return out;
}

/// LaneStreams::seed, vectorised: lane j gets the xoshiro256++ state that SplitMix64 expands
/// from stream_key(seed, first + j), i.e. mix64(key + i * golden gamma) for i = 1..4.
CORRIDOR_LANE_CLONES
void seed_lanes(LaneStreams& lanes, std::uint64_t seed, std::uint64_t first) {
  for (std::size_t j = 0; j < kLanes; ++j) {
    const std::uint64_t key = stream_key(seed, first + j);
    lanes.s0[j] = mix64(key + kGoldenGamma);
    lanes.s1[j] = mix64(key + 2U * kGoldenGamma);
    lanes.s2[j] = mix64(key + 3U * kGoldenGamma);
    lanes.s3[j] = mix64(key + 4U * kGoldenGamma);
  }
}

double storage_per_hour(const model::Node& node) {
  return node.storage_usd_per_teu_day.value() / model::kHoursPerDay;
}

CompiledStep compile_step(const model::Scenario& scenario, const model::Step& step) {
  CompiledStep c;
  c.kind = step.kind;
  if (step.kind == Kind::leg) {
    const model::Link& link = scenario.links.at(step.link.index());
    const model::Node& from = scenario.nodes.at(step.from.index());
    c.first = Sampler(link.running_time());
    c.schedule = link.schedule;
    c.closures = closures_of(scenario, link.id, from.id);
    c.when_open = std::any_of(c.closures.begin(), c.closures.end(), [&](std::uint32_t d) {
      return scenario.disruptions[d].resume == model::Resume::when_open;
    });
    c.storage_usd_per_hour = storage_per_hour(from);
    return c;
  }
  const model::Node& node = scenario.nodes.at(step.from.index());
  if (node.dwell) c.first = Sampler(node.dwell->hours);
  if (step.kind == Kind::transfer && node.handling) c.second = Sampler(node.handling->hours);
  c.closures = closures_of(scenario, "", node.id);
  c.storage_usd_per_hour = storage_per_hour(node);
  return c;
}

}  // namespace

// --- JourneyBlock ---------------------------------------------------------------------------

void JourneyBlock::resize(std::size_t count, std::size_t steps, bool waits) {
  count_ = count;
  steps_ = steps;
  waits_ = waits;
  departure_.resize(count);
  hours_.resize(count);
  usd_.resize(count);
  generalized_.resize(count);
  step_hours_.resize(count * steps);
  if (waits) {
    step_waits_.resize(count * steps);
  } else if (zeros_.size() < count) {
    zeros_.resize(count);
  }
}

Journey JourneyBlock::journey(std::size_t i) const {
  Journey j{departure_[i], hours_[i], usd_[i], generalized_[i], {}, {}};
  for (std::size_t k = 0; k < steps_; ++k) {
    j.step_hours.push_back(step_hours_[k * count_ + i]);
    j.step_wait_hours.push_back(step_wait_hours(k)[i]);
  }
  return j;
}

// --- JourneyModel ---------------------------------------------------------------------------

/// Per-batch scratch: the lanes' streams and samples, step-major ([k * kLanes + j]).
struct JourneyModel::Workspace {
  explicit Workspace(std::size_t steps)
      : first(steps * kLanes), second(steps * kLanes), waits(steps * kLanes) {}

  std::span<double, kLanes> first_of(std::size_t k) {
    return std::span<double, kLanes>(first.data() + k * kLanes, kLanes);
  }
  std::span<double, kLanes> second_of(std::size_t k) {
    return std::span<double, kLanes>(second.data() + k * kLanes, kLanes);
  }

  LaneStreams lanes;
  LaneArray departure{};
  std::vector<double> first, second, waits;
};

JourneyModel::JourneyModel(const model::Scenario& scenario, const model::Route& route,
                           const model::Cargo& cargo, model::Ready ready)
    : closures_(scenario),
      window_hours_(std::max(scenario.simulation.departure_window_days, 0.0) * model::kHoursPerDay),
      epoch_weekday_(
          model::weekday_from_days(model::days_from_civil(scenario.simulation.start_date))),
      // The same sum, in the same order, as RouteTotals::usd() without its storage term.
      cash_base_usd_(
          ((route.totals.tariff + route.totals.handling_usd) + route.totals.fees_usd).value()),
      value_of_time_usd_per_hour_(scenario.value_of_time_usd_per_teu_hour(cargo)) {
  for (const model::Step& step : route.steps) {
    steps_.push_back(compile_step(scenario, step));
    time_dependent_ = time_dependent_ || steps_.back().schedule || !steps_.back().closures.empty();
  }
  if (ready == model::Ready::first_departure && !steps_.empty() &&
      steps_.front().kind == Kind::leg && steps_.front().schedule) {
    ready_timetable_ = steps_.front().schedule;
  }
}

void JourneyModel::run(std::uint64_t seed, std::uint64_t first, std::size_t count,
                       JourneyBlock& out) const {
  out.resize(count, steps_.size(), time_dependent_);
  Workspace ws(steps_.size());
  for (std::size_t offset = 0; offset < count; offset += kLanes) {
    const std::size_t n = std::min(kLanes, count - offset);
    seed_lanes(ws.lanes, seed, first + offset);
    sample_batch(ws);
    if (time_dependent_) walk_timeline(ws, seed, first + offset, n);
    assemble(ws, n, offset, out);
  }
}

Journey JourneyModel::journey(std::uint64_t seed, std::uint64_t replication) const {
  JourneyBlock block;
  run(seed, replication, 1, block);
  return block.journey(0);
}

void JourneyModel::sample_batch(Workspace& ws) const {
  for (std::size_t j = 0; j < kLanes; ++j) {
    ws.departure[j] = to_unit(ws.lanes.next(j)) * window_hours_;
  }
  if (ready_timetable_) {
    // Ready just in time: for the first leg's first departure at or after the drawn time.
    for (std::size_t j = 0; j < kLanes; ++j) {
      ws.departure[j] = ready_timetable_->next_departure(ws.departure[j], epoch_weekday_);
    }
  }
  for (std::size_t k = 0; k < steps_.size(); ++k) {
    steps_[k].first.sample_lanes(ws.lanes, ws.first_of(k));
    if (steps_[k].kind == Kind::transfer) steps_[k].second.sample_lanes(ws.lanes, ws.second_of(k));
  }
}

namespace {

/// The last departure of `schedule` before hour `t`, if there is one. A timetable departs in
/// every span of one headway (or one week), so the first departure at or after t - span is
/// before t when any is; later ones are found by walking forward. O(departures a week).
std::optional<double> departure_before(const model::Schedule& schedule, double t,
                                       int epoch_weekday) {
  const auto* headway = std::get_if<model::Headway>(&schedule.pattern);
  const double span = headway ? headway->every_hours : model::kHoursPerWeek;
  double before = schedule.next_departure(t - span, epoch_weekday);
  if (!(before < t)) return std::nullopt;
  for (;;) {
    const double next = schedule.next_departure(
        std::nextafter(before, std::numeric_limits<double>::infinity()), epoch_weekday);
    if (!(next < t)) return before;
    before = next;
  }
}

/// The closures of one replication as departure_with() asks for them: drawn on demand from a
/// ClosureModel with the replication's key ...
struct DrawnClosures {
  const ClosureModel& model;
  std::uint64_t key;
  double reopen(std::span<const std::uint32_t> ds, double t) const {
    return model.reopen(ds, t, key);
  }
  double open_from(std::uint32_t d, double t) const { return model.open_from(d, t, key); }
  model::Resume resume(std::uint32_t d) const { return model.resume(d); }
};

/// ... or remembered in a ClosureHistory.
struct RememberedClosures {
  ClosureHistory& history;
  double reopen(std::span<const std::uint32_t> ds, double t) const {
    return ds.empty() ? t : history.reopen(ds, t);
  }
  double open_from(std::uint32_t d, double t) const { return history.open_from(d, t); }
  model::Resume resume(std::uint32_t d) const { return history.model().resume(d); }
};

/// A disruption of the step that resumes with an extra departure is closed at hour `t`.
template <class Closures>
bool extra_departure_at(const Closures& closures, const CompiledStep& step, double t) {
  return std::any_of(step.closures.begin(), step.closures.end(), [&](std::uint32_t d) {
    return closures.resume(d) == model::Resume::when_open && closures.open_from(d, t) > t;
  });
}

/// departure_after() for either kind of closure history.
template <class Closures>
double departure_with(const Closures& closures, const CompiledStep& step, int epoch_weekday,
                      double ready) {
  if (!step.schedule) return closures.reopen(step.closures, ready);
  const model::Schedule& timetable = *step.schedule;
  if (step.closures.empty()) return timetable.next_departure(ready, epoch_weekday);
  if (step.when_open) {
    // Ready during a closure that cancelled an earlier departure and resumes when open: the
    // extra departure for it leaves at the reopening, before any regular one. The closure
    // cancelled the last departure before `ready` if that departure reopens when `ready` does
    // (closed without a break from then until the reopening).
    const double open = closures.reopen(step.closures, ready);
    if (open > ready) {
      const auto before = departure_before(timetable, ready, epoch_weekday);
      if (before && closures.reopen(step.closures, *before) == open &&
          extra_departure_at(closures, step, *before)) {
        return open;
      }
    }
  }
  double t = ready;
  for (;;) {
    const double departure = timetable.next_departure(t, epoch_weekday);
    const double open = closures.reopen(step.closures, departure);
    if (open == departure) return departure;
    // Cancelled by a closure: an extra departure when it is over, or the next regular one.
    if (step.when_open && extra_departure_at(closures, step, departure)) return open;
    t = open;
  }
}

}  // namespace

double departure_after(const ClosureModel& closures, const CompiledStep& step, int epoch_weekday,
                       double ready, std::uint64_t key) {
  return departure_with(DrawnClosures{closures, key}, step, epoch_weekday, ready);
}

double departure_after(ClosureHistory& closures, const CompiledStep& step, int epoch_weekday,
                       double ready) {
  return departure_with(RememberedClosures{closures}, step, epoch_weekday, ready);
}

double JourneyModel::departure_after(const CompiledStep& step, double ready,
                                     std::uint64_t key) const {
  return sim::departure_after(closures_, step, epoch_weekday_, ready, key);
}

void JourneyModel::walk_timeline(Workspace& ws, std::uint64_t seed, std::uint64_t first,
                                 std::size_t n) const {
  for (std::size_t j = 0; j < n; ++j) {
    const std::uint64_t key = stream_key(seed, first + j);
    double clock = ws.departure[j];
    for (std::size_t k = 0; k < steps_.size(); ++k) {
      const CompiledStep& step = steps_[k];
      const std::size_t at = k * kLanes + j;
      const double ready = clock;
      double start = ready;
      if (step.kind == Kind::leg) {
        start = departure_after(step, ready, key);
        clock = start + ws.first[at];
      } else {
        if (!step.closures.empty()) start = closures_.reopen(step.closures, ready, key);
        const double handling = step.kind == Kind::transfer ? ws.second[at] : 0.0;
        clock = (start + ws.first[at]) + handling;
      }
      ws.waits[at] = start - ready;
    }
  }
}

CORRIDOR_LANE_CLONES
void JourneyModel::assemble(const Workspace& ws, std::size_t n, std::size_t offset,
                            JourneyBlock& out) const {
  // Totals are summed per category and combined as RouteTotals::hours() and ::usd() do, so a
  // journey with every duration fixed and no wait reproduces the route's totals bit for bit.
  LaneArray running{};
  LaneArray waiting{};
  LaneArray handling{};
  LaneArray dwell{};
  LaneArray storage{};
  for (std::size_t k = 0; k < steps_.size(); ++k) {
    const double* a = ws.first.data() + k * kLanes;
    const double* b = ws.second.data() + k * kLanes;
    const double* w = ws.waits.data() + k * kLanes;
    double* hours = out.step_hours(k).data() + offset;
    const double rate = steps_[k].storage_usd_per_hour;
    if (!time_dependent_) {
      // No waits (the block reads them as zeros): Step::hours() is the step's samples alone.
      if (steps_[k].kind == Kind::leg) {
        for (std::size_t j = 0; j < n; ++j) {
          running[j] += a[j];
          hours[j] = a[j];
        }
      } else if (steps_[k].kind == Kind::dwell) {
        for (std::size_t j = 0; j < n; ++j) {
          dwell[j] += a[j];
          hours[j] = a[j];
        }
      } else {
        for (std::size_t j = 0; j < n; ++j) {
          handling[j] += b[j];
          dwell[j] += a[j];
          hours[j] = b[j] + a[j];
        }
      }
      continue;
    }
    double* waits = out.step_wait_hours(k).data() + offset;
    // Step::hours() = ((running + waiting) + handling) + dwell, with the zero terms dropped.
    for (std::size_t j = 0; j < n; ++j) {
      waiting[j] += w[j];
      // A node without storage charges nothing, even for a wait that never ends (0 x inf).
      if (rate != 0.0) storage[j] += w[j] * rate;
      waits[j] = w[j];
    }
    if (steps_[k].kind == Kind::leg) {
      for (std::size_t j = 0; j < n; ++j) {
        running[j] += a[j];
        hours[j] = a[j] + w[j];
      }
    } else if (steps_[k].kind == Kind::dwell) {
      for (std::size_t j = 0; j < n; ++j) {
        dwell[j] += a[j];
        hours[j] = w[j] + a[j];
      }
    } else {
      for (std::size_t j = 0; j < n; ++j) {
        handling[j] += b[j];
        dwell[j] += a[j];
        hours[j] = (w[j] + b[j]) + a[j];
      }
    }
  }
  double* departure = out.departure_hours().data() + offset;
  double* total = out.hours().data() + offset;
  double* usd = out.usd().data() + offset;
  double* generalized = out.generalized_usd().data() + offset;
  for (std::size_t j = 0; j < n; ++j) {
    departure[j] = ws.departure[j];
    total[j] = ((running[j] + waiting[j]) + handling[j]) + dwell[j];
    usd[j] = cash_base_usd_ + storage[j];
    generalized[j] = usd[j] + total[j] * value_of_time_usd_per_hour_;
  }
}

}  // namespace corridor::sim
