#include "capacity/replication.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

#include <corridor/des/simulation.hpp>
#include <corridor/model/units.hpp>
#include <corridor/sim/exponential.hpp>
#include <corridor/sim/rng.hpp>

#include "capacity/resource_pool.hpp"

namespace corridor::capacity::detail {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kHoursPerWeek = 168.0;
// Seeds of the replication-level streams, apart from the shipments' (which are the Monte Carlo
// engine's): demand arrivals and route choices per (line, replication); closures per
// replication.
constexpr std::uint64_t kArrivalSalt = 0xA5F1C3D2B4E69788ULL;
constexpr std::uint64_t kClosureSalt = 0x3C6EF372FE94F82BULL;

enum EventKind : std::uint32_t {
  kArrival,      ///< the next shipment of line `subject`
  kReach,        ///< shipment `subject` reaches the resource of its current stage
  kWindowStart,  ///< the statistics window opens
};

struct Shipment {
  sim::Xoshiro256pp rng{0};
  double clock = 0.0;  ///< when the shipment is ready for its current stage
  // Hours by category, summed in step order as the Monte Carlo engine sums them.
  double running = 0.0;
  double waiting = 0.0;
  double handling = 0.0;
  double dwell = 0.0;
  std::uint32_t line = 0;
  std::uint32_t itinerary = 0;
  std::uint32_t stage = 0;
  bool counted = false;
};

struct LineState {
  sim::Xoshiro256pp rng{0};  ///< gaps between shipments and route choices
  std::uint64_t next = 0;    ///< number of the next shipment
  double phase = 0.0;        ///< regular arrivals: the first shipment's hour
};

class Replication {
 public:
  Replication(const CapacityModel& model, std::uint32_t replication);
  ReplicationTally run();

 private:
  void handle(const des::Event& event);
  void arrive(std::uint32_t line);
  [[nodiscard]] double next_arrival(std::uint32_t line, double now);
  [[nodiscard]] int choose_route(const LinePlan& plan, double u) const;
  void advance(std::uint32_t s);
  void perform(Shipment& sh, const Itinerary& it, const Stage& stage);
  void finish(std::uint32_t s);
  void record(std::uint32_t resource, double at, double wait, double delay, double teu);
  [[nodiscard]] std::uint64_t departures_run(const ResourceSpec& spec);

  const CapacityModel& m_;
  std::uint32_t replication_;
  sim::ClosureHistory closures_;
  des::Window window_;
  des::Simulation sim_;
  ResourcePool resources_;
  std::vector<Shipment> shipments_;
  std::vector<std::uint32_t> free_;
  std::vector<LineState> lines_;
  std::uint64_t counted_in_flight_ = 0;
  ReplicationTally tally_;
};

Replication::Replication(const CapacityModel& model, std::uint32_t replication)
    : m_(model),
      replication_(replication),
      closures_(model.closures, sim::stream_key(model.seed ^ kClosureSalt, replication)),
      window_{model.warmup_hours, model.horizon_hours},
      resources_(model.resources, window_, series_weeks(model)) {
  tally_.lines.resize(m_.lines.size());
  tally_.resources.resize(m_.resources.size());
  for (std::uint32_t l = 0; l < m_.lines.size(); ++l) {
    const LinePlan& plan = m_.lines[l];
    tally_.lines[l].route_shipments.assign(plan.itineraries.size(), 0);
    LineState state;
    state.rng = sim::Xoshiro256pp(
        sim::stream_key(m_.seed ^ kArrivalSalt, (std::uint64_t{l} << 20U) | replication));
    lines_.push_back(state);
    if (!std::isfinite(plan.interval_hours)) continue;
    double first = 0.0;
    if (plan.arrivals == model::Arrivals::regular) {
      lines_[l].phase = sim::to_unit(lines_[l].rng()) * plan.interval_hours;
      first = lines_[l].phase;
    } else {
      first = next_arrival(l, 0.0);
    }
    sim_.schedule(first, kArrival, l);
  }
  sim_.schedule(m_.warmup_hours, kWindowStart, 0);
}

double Replication::next_arrival(std::uint32_t line, double now) {
  const LinePlan& plan = m_.lines[line];
  if (plan.arrivals == model::Arrivals::regular) {
    return lines_[line].phase + static_cast<double>(lines_[line].next) * plan.interval_hours;
  }
  return now + plan.interval_hours * sim::standard_exponential(lines_[line].rng);
}

int Replication::choose_route(const LinePlan& plan, double u) const {
  for (std::size_t i = 0; i < plan.cumulative.size(); ++i) {
    if (u < plan.cumulative[i]) return static_cast<int>(i);
  }
  return -1;
}

ReplicationTally Replication::run() {
  sim_.run([this](const des::Event& e) { handle(e); });
  resources_.close([this](const ResourceSpec& spec) { return departures_run(spec); },
                   tally_.resources);
  return std::move(tally_);
}

void Replication::handle(const des::Event& event) {
  // Past the horizon the run only follows counted shipments to their arrival.
  if (sim_.now() >= m_.horizon_hours && counted_in_flight_ == 0) {
    sim_.stop();
    return;
  }
  switch (event.kind) {
    case kArrival:
      arrive(event.subject);
      break;
    case kReach:
      advance(event.subject);
      break;
    case kWindowStart:
      resources_.observe(sim_.now());
      break;
    default:
      assert(false);
  }
}

void Replication::arrive(std::uint32_t line) {
  const LinePlan& plan = m_.lines[line];
  LineState& state = lines_[line];
  LineTally& tally = tally_.lines[line];
  const double now = sim_.now();
  const std::uint64_t n = state.next++;
  assert(n < kMaxShipments);
  const bool counted = window_.contains(now);
  const double u = sim::to_unit(state.rng());
  sim_.schedule(next_arrival(line, now), kArrival, line);
  if (counted) ++tally.counts.generated;
  const int route = choose_route(plan, u);
  if (route < 0) {
    if (counted) ++tally.counts.not_served;
    return;
  }
  if (counted) ++tally.route_shipments[static_cast<std::size_t>(route)];

  std::uint32_t s = 0;
  if (free_.empty()) {
    s = static_cast<std::uint32_t>(shipments_.size());
    shipments_.emplace_back();
  } else {
    s = free_.back();
    free_.pop_back();
  }
  Shipment& sh = shipments_[s];
  sh = Shipment{};
  sh.rng = sim::Xoshiro256pp(sim::stream_key(m_.seed, shipment_index(line, replication_, n)));
  sh.rng();  // the Monte Carlo engine's departure-time draw: here the demand sets the time
  sh.clock = now;
  sh.line = line;
  sh.itinerary = plan.itineraries[static_cast<std::size_t>(route)];
  sh.counted = counted;
  if (counted) ++counted_in_flight_;
  advance(s);
}

void Replication::advance(std::uint32_t s) {
  Shipment& sh = shipments_[s];
  const Itinerary& it = m_.itineraries[sh.itinerary];
  const double now = sim_.now();
  while (sh.stage < it.stages.size()) {
    const Stage& stage = it.stages[sh.stage];
    // A resource serves in order of arrival, so the shipment must reach it through the
    // calendar; stages without one are worked out at once.
    if (stage.resource != kNoResource && sh.clock > now) {
      sim_.schedule(sh.clock, kReach, s);
      return;
    }
    perform(sh, it, stage);
    ++sh.stage;
    if (!std::isfinite(sh.clock)) break;  // held for ever by closures
  }
  finish(s);
}

void Replication::perform(Shipment& sh, const Itinerary& it, const Stage& stage) {
  const sim::CompiledStep& step = it.steps[stage.step];
  const double teu = m_.lines[sh.line].shipment_teu;
  const double t = sh.clock;
  switch (stage.op) {
    case Op::gate: {
      const double passed = resources_.throughput(stage.resource).pass(t, teu);
      record(stage.resource, t, passed - t, passed - t, teu);
      sh.waiting += passed - t;
      sh.clock = passed;
      break;
    }
    case Op::depart: {
      const double first = sim::departure_after(closures_, step, m_.epoch_weekday, t);
      double departure = first;
      if (stage.resource != kNoResource) {
        departure = resources_.departures(stage.resource).board(t, teu, first, [&](double after) {
          return sim::departure_after(closures_, step, m_.epoch_weekday,
                                      std::nextafter(after, kInf));
        });
        record(stage.resource, t, departure - t, departure - first, teu);
      }
      sh.waiting += departure - t;
      sh.clock = departure;
      break;
    }
    case Op::run: {
      const double hours = step.first.sample(sh.rng);
      sh.running += hours;
      sh.clock = t + hours;
      break;
    }
    case Op::enter: {
      const double open = step.closures.empty() ? t : closures_.reopen(step.closures, t);
      sh.waiting += open - t;
      sh.clock = open;
      break;
    }
    case Op::dwell: {
      const double hours = step.first.sample(sh.rng);
      sh.dwell += hours;
      sh.clock = t + hours;
      break;
    }
    case Op::handle: {
      const double hours = step.second.sample(sh.rng);
      double start = t;
      if (stage.resource != kNoResource) {
        start = resources_.servers(stage.resource).request(t, hours, teu);
        record(stage.resource, t, start - t, start - t, teu);
        sh.waiting += start - t;
      }
      sh.handling += hours;
      sh.clock = start + hours;
      break;
    }
  }
}

void Replication::finish(std::uint32_t s) {
  const Shipment& sh = shipments_[s];
  if (sh.counted) {
    LineTally& tally = tally_.lines[sh.line];
    const LinePlan& plan = m_.lines[sh.line];
    --counted_in_flight_;
    // Door to door as the Monte Carlo engine adds it up (RouteTotals::hours() order).
    const double hours = ((sh.running + sh.waiting) + sh.handling) + sh.dwell;
    const double days = hours / model::kHoursPerDay;
    tally.transit_days.push_back(days);
    if (sh.clock <= m_.horizon_hours) {
      ++tally.counts.delivered;
    } else {
      ++tally.counts.in_system;
    }
    if (!std::isfinite(hours)) ++tally.never_arrive;
    if (plan.deadline_days && days <= *plan.deadline_days) ++tally.on_time;
  }
  free_.push_back(s);
  if (sim_.now() >= m_.horizon_hours && counted_in_flight_ == 0) sim_.stop();
}

void Replication::record(std::uint32_t resource, double at, double wait, double delay, double teu) {
  if (!window_.contains(at)) return;
  ResourceTally& r = tally_.resources[resource];
  r.waits.push_back(wait);
  r.delay_hours += delay;
  r.delay_teu_hours += delay * teu;
}

std::uint64_t Replication::departures_run(const ResourceSpec& spec) {
  std::uint64_t count = 0;
  double t = m_.warmup_hours;
  for (;;) {
    const double d = sim::departure_after(closures_, spec.leg, m_.epoch_weekday, t);
    if (!(d < m_.horizon_hours)) return count;
    ++count;
    t = std::nextafter(d, kInf);
  }
}

}  // namespace

std::size_t series_weeks(const CapacityModel& model) {
  return static_cast<std::size_t>(std::ceil(model.horizon_hours / kHoursPerWeek));
}

ReplicationTally run_replication(const CapacityModel& model, std::uint32_t replication) {
  return Replication(model, replication).run();
}

}  // namespace corridor::capacity::detail
