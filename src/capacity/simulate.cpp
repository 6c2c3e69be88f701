#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include <corridor/capacity/route_choice.hpp>
#include <corridor/capacity/simulate.hpp>
#include <corridor/model/calendar.hpp>
#include <corridor/model/units.hpp>
#include <corridor/sim/parallel.hpp>

#include "capacity/aggregate.hpp"
#include "capacity/capacity_model.hpp"
#include "capacity/replication.hpp"

namespace corridor::capacity {

namespace {

using detail::CapacityModel;
using detail::LinePlan;
using Shares = std::vector<std::vector<double>>;

constexpr double kHoursPerWeek = 168.0;
/// A line may generate at most this share of kMaxShipments in expectation, so that the
/// shipment numbers of a replication never overflow their field.
constexpr double kShipmentHeadroom = 0.25;

/// A number for a message: 80, 2.5, 0.125 (six decimals at most, no trailing zeros).
std::string number(double v) {
  std::string s = std::to_string(v);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

void check(bool ok, const std::string& message) {
  if (!ok) throw std::invalid_argument(message);
}

void check_options(const Options& o, std::size_t lines) {
  check(o.replications >= 1 && o.replications <= kMaxCapacityReplications,
        "replications must be between 1 and " + std::to_string(kMaxCapacityReplications));
  check(o.threads >= 0 && o.threads <= model::kMaxThreads,
        "threads must be between 0 and " + std::to_string(model::kMaxThreads));
  check(o.horizon_days > 0.0 && std::isfinite(o.horizon_days), "horizon_days must be > 0");
  check(o.warmup_days >= 0.0 && o.warmup_days < o.horizon_days,
        "warmup_days must be >= 0 and less than horizon_days");
  check(o.demand_scale >= 0.0 && std::isfinite(o.demand_scale), "demand_scale must be >= 0");
  check(lines <= detail::kMaxLines, "at most 4096 demand lines");
  if (o.route_choice == RouteChoice::logit || o.route_choice == RouteChoice::equilibrium) {
    check(o.logit_scale_usd > 0.0, "logit_scale_usd must be > 0");
  }
  check(o.max_iterations >= 1, "max_iterations must be at least 1");
  check(o.tolerance >= 0.0, "tolerance must be >= 0");
  check(o.queue_series >= 0, "queue_series must be >= 0");
  for (const auto& weights : o.route_shares) {
    for (const double w : weights)
      check(w >= 0.0 && std::isfinite(w), "route shares must be >= 0");
  }
}

LinePlan plan_line(const model::OdResult& od, const Options& o, CapacityModel& m,
                   detail::ResourceTable& table, std::vector<std::string>& warnings) {
  const model::Scenario& sc = table.scenario();
  const model::Demand& d = od.demand;
  LinePlan plan;
  plan.shipment_teu = d.shipment_teu;
  plan.arrivals = d.arrivals;
  plan.deadline_days = d.deadline_days;
  const double per_week = d.teu_per_week * o.demand_scale / d.shipment_teu;
  plan.interval_hours =
      per_week > 0.0 ? kHoursPerWeek / per_week : std::numeric_limits<double>::infinity();
  check(per_week * o.horizon_days * model::kHoursPerDay / kHoursPerWeek <
            kShipmentHeadroom * static_cast<double>(detail::kMaxShipments),
        "demand " + d.from + " -> " + d.to + " generates too many shipments per replication");
  const model::Cargo* cargo = sc.find_cargo(d.cargo);
  if (cargo == nullptr) throw std::out_of_range("demand names unknown cargo '" + d.cargo + "'");
  const std::string line = d.from + " -> " + d.to;
  if (od.routes.empty()) {
    warnings.push_back(line + ": not served, no route" +
                       (od.unreachable ? " (" + od.unreachable->reason + ")" : std::string()));
  }
  std::vector<std::string> unusable;
  for (std::size_t i = 0; i < od.routes.size(); ++i) {
    plan.itineraries.push_back(static_cast<std::uint32_t>(m.itineraries.size()));
    m.itineraries.push_back(detail::compile_itinerary(od.routes[i], *cargo, table));
    const double fits = m.itineraries.back().max_shipment_teu;
    plan.usable.push_back(d.shipment_teu <= fits);
    if (!plan.usable.back()) {
      unusable.push_back("route " + std::to_string(i + 1) + " is not used: shipments of " +
                         number(d.shipment_teu) + " TEU do not fit its departures (at most " +
                         number(fits) + " TEU)");
    }
  }
  if (!od.routes.empty() && unusable.size() == od.routes.size()) {
    warnings.push_back(line + ": not served: shipments of " + number(d.shipment_teu) +
                       " TEU do not fit the departures of any of its routes");
  } else {
    for (const std::string& u : unusable)
      warnings.push_back(line + ": " + u);
  }
  return plan;
}

CapacityModel build_model(const model::Scenario& sc, std::span<const model::OdResult> ods,
                          const Options& o, std::vector<std::string>& warnings) {
  CapacityModel m;
  m.closures = sim::ClosureModel(sc);
  m.epoch_weekday = model::weekday_from_days(model::days_from_civil(sc.simulation.start_date));
  m.warmup_hours = o.warmup_days * model::kHoursPerDay;
  m.horizon_hours = o.horizon_days * model::kHoursPerDay;
  m.seed = o.seed;
  detail::ResourceTable table(sc);
  for (const model::OdResult& od : ods)
    m.lines.push_back(plan_line(od, o, m, table, warnings));
  m.resources = table.take();
  return m;
}

/// The static generalized cost of each route of a line (+inf: unusable), plus the value of
/// time of `delay_hours` per resource on the way when given.
std::vector<double> route_costs(const CapacityModel& m, std::size_t l, const model::OdResult& od,
                                const std::vector<double>* delay_hours) {
  const LinePlan& plan = m.lines[l];
  std::vector<double> costs;
  for (std::size_t i = 0; i < od.routes.size(); ++i) {
    if (!plan.usable[i]) {
      costs.push_back(std::numeric_limits<double>::infinity());
      continue;
    }
    double cost = od.routes[i].totals.generalized().value();
    if (delay_hours != nullptr) {
      double delay = 0.0;
      for (const std::uint32_t r : m.itineraries[plan.itineraries[i]].resources)
        delay += (*delay_hours)[r];
      cost += delay * od.value_of_time_usd_per_teu_hour;
    }
    costs.push_back(cost);
  }
  return costs;
}

/// The first route that every shipment of the line fits.
std::vector<double> best_share(const LinePlan& plan) {
  std::vector<double> shares(plan.usable.size(), 0.0);
  for (std::size_t i = 0; i < plan.usable.size(); ++i) {
    if (plan.usable[i]) {
      shares[i] = 1.0;
      break;
    }
  }
  return shares;
}

std::vector<double> given_shares(const LinePlan& plan, const std::vector<double>& weights) {
  std::vector<double> shares(plan.usable.size(), 0.0);
  double total = 0.0;
  for (std::size_t i = 0; i < shares.size() && i < weights.size(); ++i) {
    if (plan.usable[i]) shares[i] = weights[i];
    total += shares[i];
  }
  if (!(total > 0.0)) return best_share(plan);
  for (double& s : shares)
    s /= total;
  return shares;
}

Shares initial_shares(const CapacityModel& m, std::span<const model::OdResult> ods,
                      const Options& o) {
  Shares out;
  for (std::size_t l = 0; l < m.lines.size(); ++l) {
    const LinePlan& plan = m.lines[l];
    switch (o.route_choice) {
      case RouteChoice::best:
        out.push_back(best_share(plan));
        break;
      case RouteChoice::shares:
        out.push_back(l < o.route_shares.size() ? given_shares(plan, o.route_shares[l])
                                                : best_share(plan));
        break;
      case RouteChoice::logit:
      case RouteChoice::equilibrium:
        out.push_back(logit_shares(route_costs(m, l, ods[l], nullptr), o.logit_scale_usd));
        break;
    }
  }
  return out;
}

/// Cumulative probabilities for drawing a route; empty when no route has a share.
std::vector<double> cumulative(const std::vector<double>& shares) {
  double total = 0.0;
  for (const double s : shares)
    total += s;
  if (!(total > 0.0)) return {};
  std::vector<double> out;
  double sum = 0.0;
  for (const double s : shares) {
    sum += s;
    out.push_back(sum / total);
  }
  // Exactly 1 from the last route with a share on, so that every draw in [0, 1) finds one.
  for (std::size_t i = shares.size(); i-- > 0;) {
    out[i] = 1.0;
    if (shares[i] > 0.0) break;
  }
  return out;
}

/// Runs every replication with the given shares and merges them into `run`.
std::vector<double> simulate_once(CapacityModel& m, std::span<const model::OdResult> ods,
                                  const Shares& shares, const Options& o, sim::ProgressMeter& meter,
                                  model::CapacityRun& run) {
  for (std::size_t l = 0; l < m.lines.size(); ++l)
    m.lines[l].cumulative = cumulative(shares[l]);
  const auto n = static_cast<std::size_t>(o.replications);
  std::vector<detail::ReplicationTally> tallies(n);
  sim::run_chunks(
      n, sim::thread_count(o.threads, n),
      [&](unsigned, std::size_t r) {
        tallies[r] = detail::run_replication(m, static_cast<std::uint32_t>(r));
        meter.add(1);
      },
      meter);
  return detail::aggregate(m, ods, shares, tallies, o.queue_series, run);
}

}  // namespace

std::string_view to_string(RouteChoice choice) {
  switch (choice) {
    case RouteChoice::best:
      return "best";
    case RouteChoice::shares:
      return "shares";
    case RouteChoice::logit:
      return "logit";
    case RouteChoice::equilibrium:
      return "equilibrium";
  }
  return "?";
}

std::optional<RouteChoice> parse_route_choice(std::string_view text) {
  for (RouteChoice c :
       {RouteChoice::best, RouteChoice::shares, RouteChoice::logit, RouteChoice::equilibrium}) {
    if (to_string(c) == text) return c;
  }
  return std::nullopt;
}

Options options_from(const model::SimulationSettings& settings) {
  Options o;
  o.seed = settings.seed;
  o.horizon_days = settings.horizon_days;
  o.warmup_days = settings.warmup_days;
  o.demand_scale = settings.demand_scale;
  return o;
}

model::CapacityRun simulate(const model::Scenario& scenario, std::span<const model::OdResult> lines,
                            const Options& options) {
  check_options(options, lines.size());
  model::CapacityRun run;
  run.scenario = scenario.name;
  run.description = scenario.description;
  run.seed = options.seed;
  run.replications = options.replications;
  run.horizon_days = options.horizon_days;
  run.warmup_days = options.warmup_days;
  run.demand_scale = options.demand_scale;
  run.route_choice = std::string(to_string(options.route_choice));
  run.network = model::view_of(scenario);
  CapacityModel m = build_model(scenario, lines, options, run.warnings);
  if (!options.route_shares.empty() && options.route_choice != RouteChoice::shares) {
    run.warnings.push_back("route shares are ignored: route choice is " + run.route_choice);
  }

  const bool equilibrium = options.route_choice == RouteChoice::equilibrium;
  const int rounds = equilibrium ? options.max_iterations : 1;
  sim::ProgressMeter meter(options.progress, static_cast<std::uint64_t>(options.replications) *
                                                 static_cast<std::uint64_t>(rounds));
  Shares shares = initial_shares(m, lines, options);
  if (!equilibrium) {
    simulate_once(m, lines, shares, options, meter, run);
    meter.finish();
    return run;
  }
  model::Equilibrium eq;
  for (int iteration = 1; iteration <= rounds; ++iteration) {
    const std::vector<double> delays = simulate_once(m, lines, shares, options, meter, run);
    Shares response;
    eq.iterations = iteration;
    eq.gap = 0.0;
    for (std::size_t l = 0; l < m.lines.size(); ++l) {
      response.push_back(
          logit_shares(route_costs(m, l, lines[l], &delays), options.logit_scale_usd));
      eq.gap = std::max(eq.gap, share_gap(shares[l], response[l]));
    }
    if (eq.gap <= options.tolerance) {
      eq.converged = true;
      break;
    }
    if (iteration == rounds) break;
    for (std::size_t l = 0; l < m.lines.size(); ++l)
      shares[l] = average_shares(shares[l], response[l], iteration);
  }
  if (!eq.converged) {
    run.warnings.push_back("route choice did not settle in " + std::to_string(eq.iterations) +
                           " iterations: the shares are " + number(eq.gap) +
                           " (total variation) from the logit response to their delays");
  }
  run.equilibrium = eq;
  meter.finish();
  return run;
}

}  // namespace corridor::capacity
