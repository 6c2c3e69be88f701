#include <algorithm>
#include <cmath>
#include <limits>

#include <corridor/model/det_math.hpp>
#include <corridor/model/units.hpp>
#include <corridor/sim/closures.hpp>
#include <corridor/sim/rng.hpp>

namespace corridor::sim {

namespace {

constexpr double kMinMonthHours = 28.0 * model::kHoursPerDay;
constexpr int kMaxLookbackMonths = 240;
constexpr double kLookbackQuantile = 1.0 - 1e-9;
/// A closure chain longer than a century is taken as a permanent closure.
constexpr double kForeverHours = 100.0 * 365.25 * model::kHoursPerDay;
/// Poisson counts stop here: at the largest rate allowed (model::kMaxMonthlyRate = 100) a month
/// has more closures with probability below 1e-300.
constexpr std::uint32_t kMaxClosuresPerMonth = 1000;

/// The month index of a drawn window's generator: far outside any month a random closure is
/// drawn for (at most kMaxLookbackMonths before hour 0, and no simulation runs for 10^15 years).
constexpr std::int64_t kDrawnWindowMonth = std::numeric_limits<std::int64_t>::min() / 2;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return (a >= 0 ? a : a - b + 1) / b;
}

int lookback_for(const model::Distribution& duration) {
  const double q = duration.quantile(kLookbackQuantile);
  if (!(q < kMinMonthHours * kMaxLookbackMonths)) return kMaxLookbackMonths;
  return static_cast<int>(std::ceil(std::max(q, 0.0) / kMinMonthHours)) + 1;
}

/// The generator of (replication, disruption, month): mixes the three keys so that nearby
/// indices give unrelated streams.
std::uint64_t closure_key(std::uint64_t replication_key, std::size_t d, std::int64_t month) {
  const std::uint64_t where =
      mix64(mix64(std::uint64_t{d} + 1U) + static_cast<std::uint64_t>(month) * kGoldenGamma);
  return mix64(replication_key ^ where);
}

}  // namespace

ClosureModel::ClosureModel(const model::Scenario& scenario)
    : epoch_days_(model::days_from_civil(scenario.simulation.start_date)),
      epoch_year_(scenario.simulation.start_date.year),
      epoch_month_(scenario.simulation.start_date.month) {
  for (const model::Disruption& d : scenario.disruptions) {
    Compiled c;
    c.probability = d.monthly_probability;
    c.rate = d.monthly_rate;
    for (std::size_t m = 0; m < 12; ++m)
      c.none[m] = model::det_exp(-c.rate[m]);
    c.random = d.is_random() && d.duration_hours.has_value();
    c.poisson = d.is_poisson();
    c.resume = d.resume;
    if (c.random) {
      c.duration = Sampler(*d.duration_hours);
      c.lookback = lookback_for(*d.duration_hours);
    }
    for (const auto& w : d.windows)
      c.windows.push_back({w.from_hours, w.to_hours});
    if (d.drawn_window) {
      const auto& w = *d.drawn_window;
      c.drawn = Drawn{Sampler(w.length_hours), {w.within.from_hours, w.within.to_hours}, w.centred};
    }
    disruptions_.push_back(std::move(c));
  }
}

std::int64_t ClosureModel::month_index(double t) const {
  const auto day = static_cast<long>(std::floor(t / model::kHoursPerDay));
  const model::CivilDate date = model::civil_from_days(epoch_days_ + day);
  return (static_cast<std::int64_t>(date.year) - epoch_year_) * 12 + (date.month - epoch_month_);
}

double ClosureModel::month_start_hours(std::int64_t month) const {
  const std::int64_t months_from_year0 = static_cast<std::int64_t>(epoch_month_ - 1) + month;
  const model::CivilDate first{
      epoch_year_ + static_cast<int>(floor_div(months_from_year0, 12)),
      static_cast<int>(months_from_year0 - 12 * floor_div(months_from_year0, 12)) + 1, 1};
  return static_cast<double>(model::days_from_civil(first) - epoch_days_) * model::kHoursPerDay;
}

template <class Visit>
void ClosureModel::each_random_closure(std::size_t d, std::int64_t month, std::uint64_t key,
                                       Visit&& visit) const {
  const Compiled& c = disruptions_[d];
  if (!c.random) return;
  const std::int64_t months_from_year0 = static_cast<std::int64_t>(epoch_month_ - 1) + month;
  const auto month_of_year =
      static_cast<std::size_t>(months_from_year0 - 12 * floor_div(months_from_year0, 12));
  Xoshiro256pp g(closure_key(key, d, month));
  std::uint32_t count = 0;
  const double u = to_unit(g());
  if (!c.poisson) {
    count = u < c.probability[month_of_year] ? 1U : 0U;
  } else {
    // Inversion: the smallest n with P(N <= n) > u.
    const double rate = c.rate[month_of_year];
    double p = c.none[month_of_year];
    double cdf = p;
    while (u >= cdf && count < kMaxClosuresPerMonth) {
      ++count;
      p *= rate / static_cast<double>(count);
      cdf += p;
    }
  }
  if (count == 0) return;
  const double begin = month_start_hours(month);
  const double length = month_start_hours(month + 1) - begin;
  for (std::uint32_t i = 0; i < count; ++i) {
    const double start = begin + to_unit(g()) * length;
    visit(ClosureInterval{start, start + c.duration.sample(g)});
  }
}

std::optional<ClosureInterval> ClosureModel::drawn_window(std::size_t d, std::uint64_t key) const {
  const Compiled& c = disruptions_[d];
  if (!c.drawn) return std::nullopt;
  const Drawn& w = *c.drawn;
  Xoshiro256pp g(closure_key(key, d, kDrawnWindowMonth));
  const double span = w.within.to_hours - w.within.from_hours;
  const double length = std::clamp(w.length.sample(g), 0.0, span);
  const double start = w.centred ? (w.within.from_hours + w.within.to_hours - length) / 2.0
                                 : w.within.from_hours + to_unit(g()) * (span - length);
  return ClosureInterval{start, start + length};
}

std::vector<ClosureInterval> ClosureModel::random_closures(std::size_t d, std::int64_t month,
                                                           std::uint64_t key) const {
  std::vector<ClosureInterval> out;
  each_random_closure(d, month, key, [&out](const ClosureInterval& c) { out.push_back(c); });
  return out;
}

std::optional<ClosureInterval> ClosureModel::random_closure(std::size_t d, std::int64_t month,
                                                            std::uint64_t key) const {
  std::optional<ClosureInterval> first;
  each_random_closure(d, month, key, [&first](const ClosureInterval& c) {
    if (!first) first = c;
  });
  return first;
}

template <class EachClosure>
double ClosureModel::open_from_with(std::size_t d, double t, std::int64_t month, std::uint64_t key,
                                    EachClosure&& each_closure) const {
  const Compiled& c = disruptions_[d];
  double end = t;
  for (const ClosureInterval& w : c.windows) {
    if (w.from_hours <= t && t < w.to_hours) end = std::max(end, w.to_hours);
  }
  if (c.drawn) {
    const ClosureInterval w = *drawn_window(d, key);
    if (w.from_hours <= t && t < w.to_hours) end = std::max(end, w.to_hours);
  }
  if (c.random) {
    for (std::int64_t m = month - c.lookback; m <= month; ++m) {
      each_closure(d, m, [&](const ClosureInterval& closure) {
        if (closure.from_hours <= t && t < closure.to_hours) end = std::max(end, closure.to_hours);
      });
    }
  }
  return end;
}

double ClosureModel::open_from(std::size_t d, double t, std::uint64_t key) const {
  return open_from_with(d, t, month_index(t), key,
                        [&](std::size_t dd, std::int64_t m, auto&& visit) {
                          each_random_closure(dd, m, key, visit);
                        });
}

namespace {

/// The earliest hour >= t at which none of `disruptions` is closed, given `open_from(d, t)`.
/// Each round moves t to the end of a closure in force, so it stops after at most as many
/// rounds as there are closures overlapping the wait. Closures that keep overlapping for
/// longer than kForeverHours mean the element never reopens: +inf.
template <class OpenFrom>
double reopen_with(std::span<const std::uint32_t> disruptions, double t, OpenFrom&& open_from) {
  const double give_up = t + kForeverHours;
  for (;;) {
    if (!std::isfinite(t)) return t;
    if (t > give_up) return std::numeric_limits<double>::infinity();
    double later = t;
    for (const std::uint32_t d : disruptions)
      later = std::max(later, open_from(d, t));
    if (later == t) return t;
    t = later;
  }
}

}  // namespace

double ClosureModel::reopen(std::span<const std::uint32_t> disruptions, double t,
                            std::uint64_t key) const {
  return reopen_with(disruptions, t,
                     [&](std::uint32_t d, double at) { return open_from(d, at, key); });
}

// --- ClosureHistory ---------------------------------------------------------------------------

ClosureHistory::ClosureHistory(const ClosureModel& model, std::uint64_t key)
    : model_(&model), key_(key), months_(model.size()) {
  int lookback = 0;
  for (std::size_t d = 0; d < model.size(); ++d)
    lookback = std::max(lookback, model.lookback_months(d));
  first_month_ = -lookback;  // hours >= 0 look back at most this far
}

std::int64_t ClosureHistory::month_index(double t) {
  // The day as ClosureModel::month_index takes it; then the month whose first day is the last
  // one not after it. Precondition: 0 <= t < +inf.
  const double day = std::floor(t / model::kHoursPerDay);
  while (month_days_.empty() || month_days_.back() <= day) {
    const auto m = first_month_ + static_cast<std::int64_t>(month_days_.size());
    month_days_.push_back(model_->month_start_hours(m) / model::kHoursPerDay);
  }
  const auto after = std::upper_bound(month_days_.begin(), month_days_.end(), day);
  return first_month_ + (after - month_days_.begin()) - 1;
}

const std::vector<ClosureInterval>& ClosureHistory::random_closures(std::size_t d,
                                                                    std::int64_t month) {
  std::vector<Month>& cache = months_[d];
  const auto at = static_cast<std::size_t>(month - first_month_);
  if (at >= cache.size()) cache.resize(at + 1);
  Month& slot = cache[at];
  if (!slot.known) {
    slot.closures = model_->random_closures(d, month, key_);
    slot.known = true;
  }
  return slot.closures;
}

double ClosureHistory::open_from(std::size_t d, double t) {
  // Hours before 0 look back beyond the table: rare enough not to remember.
  if (!(t >= 0.0)) return model_->open_from(d, t, key_);
  return model_->open_from_with(d, t, month_index(t), key_,
                                [&](std::size_t dd, std::int64_t m, auto&& visit) {
                                  for (const ClosureInterval& c : random_closures(dd, m))
                                    visit(c);
                                });
}

double ClosureHistory::reopen(std::span<const std::uint32_t> disruptions, double t) {
  if (!(t >= 0.0)) return model_->reopen(disruptions, t, key_);
  return reopen_with(disruptions, t, [&](std::uint32_t d, double at) { return open_from(d, at); });
}

}  // namespace corridor::sim
