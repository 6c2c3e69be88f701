// Checks of the capacity simulation's overrides: the scenario's horizon, warm-up and demand
// scale with the messages the file gets, and the route-choice options.

#include <array>
#include <cmath>
#include <string_view>

#include "io/checker.hpp"

namespace corridor::io::detail {

namespace {

constexpr std::array<std::string_view, 4> kRouteChoices{"best", "shares", "logit", "equilibrium"};

bool known_route_choice(const std::string& name) {
  for (const auto choice : kRouteChoices) {
    if (choice == name) return true;
  }
  return false;
}

}  // namespace

void Checker::check_capacity_overrides(const model::Overrides& overrides) {
  const auto& sim = overrides.simulation;
  const auto finite_at_least = [this](const std::string& path, const std::optional<double>& v,
                                      double min, bool strict) {
    if (!v) return;
    if (!std::isfinite(*v)) {
      error(path, "must be a finite number, got " + number(*v));
      return;
    }
    at_least(path, *v, min, strict);
  };
  finite_at_least("simulation.horizon_days", sim.horizon_days, 0.0, true);
  finite_at_least("simulation.warmup_days", sim.warmup_days, 0.0, false);
  finite_at_least("simulation.demand_scale", sim.demand_scale, 0.0, false);
  const double horizon = sim.horizon_days.value_or(s_.simulation.horizon_days);
  const double warmup = sim.warmup_days.value_or(s_.simulation.warmup_days);
  if ((sim.horizon_days || sim.warmup_days) && std::isfinite(horizon) && std::isfinite(warmup) &&
      horizon > 0.0 && warmup >= 0.0 && warmup >= horizon) {
    error(sim.warmup_days ? "simulation.warmup_days" : "simulation.horizon_days",
          "warmup_days (" + number(warmup) + ") must be less than horizon_days (" +
              number(horizon) + ")",
          sim.warmup_days ? "" : "the scenario's warm-up is " + number(warmup) + " days");
  }
  const auto& c = overrides.capacity;
  if (c.replications) {
    in_range("capacity.replications", *c.replications, 1, model::kMaxCapacityReplications);
  }
  check_route_choice(c);
}

void Checker::check_shares(const std::string& choice, const std::vector<double>& shares) {
  if (choice == "shares" && shares.empty()) {
    error("capacity.route_choice", "route choice shares needs the shares",
          "give one --share per route, best route first, e.g. --share 0.7 --share 0.3");
  }
  double total = 0.0;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    const double w = shares[i];
    if (!std::isfinite(w) || w < 0.0) {
      error("capacity.shares[" + std::to_string(i) + "]",
            "must be a finite number >= 0, got " + number(w));
    } else {
      total += w;
    }
  }
  if (!shares.empty() && total == 0.0) {
    error("capacity.shares", "at least one share must be > 0");
  }
}

void Checker::check_route_choice(const model::CapacityOverrides& c) {
  const std::string choice = c.route_choice.value_or("best");
  if (!known_route_choice(choice)) {
    error("capacity.route_choice", "unknown route choice '" + choice + "'",
          "route choices are best, shares, logit, equilibrium");
    return;
  }
  const auto only_with = [this, &choice](const std::string& path, bool given,
                                         std::initializer_list<std::string_view> choices) {
    if (!given) return;
    for (const auto allowed : choices) {
      if (allowed == choice) return;
    }
    std::string list;
    for (const auto allowed : choices)
      list += (list.empty() ? "" : " or ") + std::string(allowed);
    error(path, "is used only by route choice " + list + ", not " + choice,
          "add --route-choice " + std::string(*choices.begin()) + ", or leave the option out");
  };
  only_with("capacity.shares", !c.shares.empty(), {"shares"});
  only_with("capacity.logit_scale_usd", c.logit_scale_usd.has_value(), {"logit", "equilibrium"});
  only_with("capacity.max_iterations", c.max_iterations.has_value(), {"equilibrium"});
  only_with("capacity.tolerance", c.tolerance.has_value(), {"equilibrium"});
  check_shares(choice, c.shares);
  if (c.logit_scale_usd && !(*c.logit_scale_usd > 0.0 && std::isfinite(*c.logit_scale_usd))) {
    error("capacity.logit_scale_usd",
          "must be a finite number > 0, got " + number(*c.logit_scale_usd));
  }
  if (c.max_iterations) {
    in_range("capacity.max_iterations", *c.max_iterations, 1, model::kMaxEquilibriumIterations);
  }
  if (c.tolerance && !(*c.tolerance >= 0.0 && *c.tolerance <= 1.0)) {
    error("capacity.tolerance", "must be between 0 and 1, got " + number(*c.tolerance));
  }
}

}  // namespace corridor::io::detail
