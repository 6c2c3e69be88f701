// The rules of cargo, demand, policy, emission factors, disruptions and simulation.

#include <string>

#include <corridor/io/hints.hpp>

#include "io/checker.hpp"

namespace corridor::io::detail {

using model::Mode;

void Checker::check_cargo() {
  if (s_.cargo.empty() && written("cargo"))
    error("cargo", "a scenario needs at least one cargo profile");
  check_ids("cargo", cargo_ids_);
  for (std::size_t i = 0; i < s_.cargo.size(); ++i) {
    const auto& c = s_.cargo[i];
    const std::string p = at("cargo", i);
    between(p + ".tonnes_per_teu", c.tonnes_per_teu.value(), 0.0, true, model::kMaxTonnesPerTeu,
            "masses are in tonnes per TEU");
    between(p + ".value_usd_per_teu", c.value_usd_per_teu.value(), 0.0, false, model::kMaxUsd,
            kMoneyLimit);
    if (c.value_of_time_usd_per_teu_day) {
      between(p + ".value_of_time_usd_per_teu_day", c.value_of_time_usd_per_teu_day->value(), 0.0,
              false, model::kMaxUsd, kMoneyLimit);
    }
    need_source(p, c.source, "cargo '" + c.id + "'");
  }
}

void Checker::check_demand() {
  for (std::size_t i = 0; i < s_.demand.size(); ++i) {
    const auto& d = s_.demand[i];
    const std::string p = at("demand", i);
    check_reference(p + ".from", d.from, node_ids_, "node");
    check_reference(p + ".to", d.to, node_ids_, "node");
    check_reference(p + ".cargo", d.cargo, cargo_ids_, "cargo");
    if (!d.from.empty() && d.from == d.to) {
      error(p + ".to", "origin and destination are the same node '" + d.to + "'");
    }
    between(p + ".teu_per_week", d.teu_per_week, 0.0, false, model::kMaxTeuPerWeek,
            "the whole world moves about 16 million TEU a week");
    if (d.deadline_days) {
      between(p + ".deadline_days", *d.deadline_days, 0.0, true, model::kMaxDays,
              "durations are at most 10 years");
    }
    between(p + ".shipment_teu", d.shipment_teu, 0.0, true, model::kMaxCapacityTeu,
            "a shipment is at most 100,000 TEU, more than the largest ship carries");
  }
}

void Checker::check_policy(const model::Policy& pol) {
  const auto& c = pol.constraints;
  check_policy_numbers({pol.alternatives, pol.pareto_max_labels, c.max_transshipments,
                        c.max_gauge_changes, c.max_days});
  check_constraint_lists(c);
  between("policy.capital_cost_rate_per_year", pol.capital_cost_rate_per_year, 0.0, false,
          model::kMaxCapitalRate, "a rate per year: 0.10 is 10 %");
}

void Checker::check_policy_numbers(const PolicyNumbers& n) {
  if (n.alternatives) in_range("policy.alternatives", *n.alternatives, 1, kMaxAlternatives);
  if (n.pareto_max_labels) {
    in_range("policy.pareto_max_labels", *n.pareto_max_labels, 1, model::kMaxParetoMaxLabels);
  }
  if (n.max_transshipments) {
    in_range("policy.max_transshipments", *n.max_transshipments, 0, model::kMaxTransferLimit);
  }
  if (n.max_gauge_changes) {
    in_range("policy.max_gauge_changes", *n.max_gauge_changes, 0, model::kMaxTransferLimit);
  }
  if (n.max_days) at_least("policy.max_days", *n.max_days, 0.0, true);
}

void Checker::check_constraint_lists(const model::Constraints& c) {
  for (std::size_t i = 0; i < c.avoid_countries.size(); ++i) {
    const auto& code = c.avoid_countries[i];
    const std::string p = at("policy.avoid_countries", i);
    if (!valid_country(code)) {
      error(p, "country must be an ISO 3166-1 alpha-2 code, got '" + code + "'");
    } else if (!countries_.count(code)) {
      warning(p, "no node or link of the scenario is in '" + code + "'");
    }
  }
  for (std::size_t i = 0; i < c.avoid_links.size(); ++i) {
    check_reference(at("policy.avoid_links", i), c.avoid_links[i], link_ids_, "link");
  }
  for (std::size_t i = 0; i < c.avoid_nodes.size(); ++i) {
    check_reference(at("policy.avoid_nodes", i), c.avoid_nodes[i], node_ids_, "node");
  }
  for (std::size_t i = 0; i < c.via.size(); ++i) {
    const std::string p = at("policy.via", i);
    check_reference(p, c.via[i], node_ids_, "node");
    if (std::find(c.avoid_nodes.begin(), c.avoid_nodes.end(), c.via[i]) != c.avoid_nodes.end()) {
      error(p, "'" + c.via[i] + "' is both required (via) and avoided (avoid_nodes)");
    }
  }
  if (c.via.size() > kMaxVia) {
    error("policy.via",
          "at most " + std::to_string(kMaxVia) + " via nodes, got " + std::to_string(c.via.size()));
  }
}

void Checker::check_emission_factors() {
  const auto& ef = s_.emission_factors;
  for (Mode m : model::kAllModes) {
    const std::string p = "emission_factors." + std::string(model::to_string(m));
    between(p + ".g_per_tkm", ef.factor(m), 0.0, false, model::kMaxGramsPerTkm,
            "emission factors are at most 10,000 g CO2e per tonne-km");
    if (written(p) && !where_.entries().empty() && ef.source[static_cast<std::size_t>(m)].empty()) {
      warning(p, "emission factor has no source",
              "add source: \"<publication, URL>\" or \"estimate: <reasoning>\"");
    }
  }
  between("emission_factors.handling.kg_per_teu", ef.handling_kg_per_teu, 0.0, false,
          model::kMaxKgPerTeu, "a transshipment emits at most 10,000 kg CO2e per TEU");
}

bool Checker::closes_a_timetable(const model::Disruption& d) const {
  const auto named = [](const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  return std::any_of(s_.links.begin(), s_.links.end(), [&](const model::Link& l) {
    return l.schedule && (named(d.links, l.id) || named(d.nodes, l.from) ||
                          (l.bidirectional && named(d.nodes, l.to)));
  });
}

void Checker::check_disruptions() {
  std::vector<std::string> ids;
  for (const auto& d : s_.disruptions)
    ids.push_back(d.id);
  check_ids("disruptions", ids);
  for (std::size_t i = 0; i < s_.disruptions.size(); ++i) {
    const auto& d = s_.disruptions[i];
    const std::string p = at("disruptions", i);
    if (d.links.empty() && d.nodes.empty() && readable(p + ".links") && readable(p + ".nodes")) {
      error(p, "disruption '" + d.id + "' closes nothing", "give links or nodes");
    }
    for (std::size_t k = 0; k < d.links.size(); ++k) {
      check_reference(at(p + ".links", k), d.links[k], link_ids_, "link");
    }
    for (std::size_t k = 0; k < d.nodes.size(); ++k) {
      check_reference(at(p + ".nodes", k), d.nodes[k], node_ids_, "node");
    }
    bool rates_valid = true;
    for (double prob : d.monthly_probability) {
      if (prob < 0.0 || prob > 1.0) {
        error(p + ".monthly_probability",
              "probabilities must be between 0 and 1, got " + number(prob));
        rates_valid = false;
        break;
      }
    }
    for (double rate : d.monthly_rate) {
      if (rate < 0.0 || rate > model::kMaxMonthlyRate) {
        error(p + ".monthly_rate", "rates must be between 0 and " + number(model::kMaxMonthlyRate) +
                                       " closures a month, got " + number(rate));
        rates_valid = false;
        break;
      }
    }
    const std::string random_key = d.is_poisson() ? "monthly_rate" : "monthly_probability";
    // A rate, probability or duration that could not be read is reported already; the rules
    // that depend on it would only report its default.
    const bool timing_read = readable(p + ".monthly_probability") &&
                             readable(p + ".monthly_rate") && readable(p + ".duration");
    if (d.is_random() && !d.duration_hours && !written(p + ".duration")) {
      error(p, "disruption '" + d.id + "' has " + random_key + " but no duration",
            "e.g. duration: {hours: {lognormal: {median: 48, p95: 120}}}");
    }
    if (rates_valid && d.is_random() && d.duration_hours) {
      // Closures of mean length L starting q times a month (at most, or on average) keep the
      // element closed a share of about q L / month of the time; at 1 or more they pile up
      // without end.
      const auto& per_month = d.is_poisson() ? d.monthly_rate : d.monthly_probability;
      const double q = *std::max_element(per_month.begin(), per_month.end());
      const double mean_hours = d.duration_hours->mean();
      if (q * mean_hours >= kHoursPerMonth) {
        warning(p + ".duration",
                "closures last " + number(mean_hours / 24.0) + " days on average and start " +
                    (d.is_poisson() ? number(q) + " times" : "with probability " + number(q)) +
                    " in a month: they can follow each other without end, and shipments may "
                    "never arrive",
                "check the duration's unit (hours or days)");
      }
    }
    if (!d.is_random() && d.duration_hours && timing_read) {
      warning(p + ".duration", "duration is unused without monthly_probability or monthly_rate");
    }
    if (d.resume == model::Resume::when_open && !closes_a_timetable(d)) {
      warning(p + ".resume",
              "resume: when_open has no effect: disruption '" + d.id +
                  "' closes no timetabled link and no node a timetabled link leaves from",
              "extra departures replace cancelled timetabled ones; other links reopen at once");
    }
    if (!d.is_random() && d.windows.empty() && written(p) && timing_read &&
        readable(p + ".windows")) {
      error(p, "disruption '" + d.id + "' never happens",
            "give monthly_probability or monthly_rate with a duration, or windows");
    }
    for (std::size_t w = 0; w < d.windows.size(); ++w) {
      if (!(d.windows[w].to_hours > d.windows[w].from_hours)) {
        error(at(p + ".windows", w) + ".to", "a closure window must end after it starts");
      }
    }
    need_source(p, d.source, "disruption '" + d.id + "'");
  }
}

void Checker::check_simulation() {
  const auto& sim = s_.simulation;
  between("simulation.departure_window_days", sim.departure_window_days, 0.0, true, model::kMaxDays,
          "durations are at most 10 years");
  between("simulation.horizon_days", sim.horizon_days, 0.0, true, kMaxHorizonDays,
          "the capacity simulation runs at most 100 years");
  between("simulation.warmup_days", sim.warmup_days, 0.0, false, kMaxHorizonDays,
          "the capacity simulation runs at most 100 years");
  const bool warmup = written("simulation.warmup_days");
  if (sim.warmup_days >= 0.0 && sim.horizon_days > 0.0 && sim.warmup_days >= sim.horizon_days &&
      (warmup || written("simulation.horizon_days"))) {
    error(warmup ? "simulation.warmup_days" : "simulation.horizon_days",
          "warmup_days (" + number(sim.warmup_days) + ") must be less than horizon_days (" +
              number(sim.horizon_days) + ")",
          warmup ? "" : "the warm-up is 30 days unless warmup_days says otherwise");
  }
  between("simulation.demand_scale", sim.demand_scale, 0.0, false, model::kMaxDemandScale,
          "demand_scale multiplies every line's teu_per_week, at most 1,000 times");
}

}  // namespace corridor::io::detail
