#include <algorithm>
#include <array>
#include <string>

#include <corridor/model/calendar.hpp>
#include <corridor/model/units.hpp>

#include "io/parse.hpp"
#include "io/scalar_text.hpp"

namespace corridor::io::detail {

namespace {

using model::Usd;

// Optional scalar readers: absent keys leave `out` untouched and are not an error.
void read(const Field& f, double& out) {
  if (!f.present()) return;
  if (auto v = f.number()) out = *v;
}
void read(const Field& f, std::string& out) {
  if (!f.present()) return;
  if (auto v = f.string()) out = *v;
}
void read(const Field& f, bool& out) {
  if (!f.present()) return;
  if (auto v = f.boolean()) out = *v;
}
void read(const Field& f, Usd& out) {
  if (!f.present()) return;
  if (auto v = f.number()) out = Usd(*v);
}
void read(const Field& f, std::optional<double>& out) {
  if (!f.present()) return;
  if (auto v = f.number()) out = *v;
}
/// A whole number within [min, max]; limits.hpp keeps every bound below int's range.
void read(const Field& f, std::optional<int>& out, std::int64_t min, std::int64_t max,
          std::string hint = {}) {
  if (!f.present()) return;
  if (auto v = f.integer_in(min, max, std::move(hint))) out = static_cast<int>(*v);
}
void read(const Field& f, std::vector<std::string>& out) {
  if (!f.present()) return;
  if (auto v = f.string_list()) out = std::move(*v);
}

/// A charge given per TEU (`teu_key`) or per container (`container_key`), not both.
void read_charge(const Field& parent, std::string_view teu_key, std::string_view container_key,
                 double& per_teu, double& per_container) {
  const Field teu = parent[teu_key];
  const Field box = parent[container_key];
  if (teu.present() && box.present()) {
    box.error(both_units(teu_key, container_key), kChargeUnitHint);
    return;
  }
  read(teu, per_teu);
  read(box, per_container);
}
void read_charge(const Field& parent, std::string_view teu_key, std::string_view container_key,
                 Usd& per_teu, Usd& per_container) {
  double teu = per_teu.value();
  double box = per_container.value();
  read_charge(parent, teu_key, container_key, teu, box);
  per_teu = Usd(teu);
  per_container = Usd(box);
}

// Required text: reports the missing key at the parent map.
std::string required_text(const Field& parent, std::string_view key) {
  std::string out;
  if (parent.require(key)) read(parent[key], out);
  return out;
}

std::optional<model::Mode> read_mode(const Field& f) {
  auto text = f.string();
  if (!text) return std::nullopt;
  if (auto m = model::parse_mode(*text)) return m;
  f.error("unknown mode '" + *text + "'", model::mode_hint());
  return std::nullopt;
}

std::vector<model::Mode> read_modes(const Field& f) {
  std::vector<model::Mode> out;
  if (!f.present()) return out;
  for (const Field& item : f.items()) {
    if (auto m = read_mode(item)) out.push_back(*m);
  }
  return out;
}

// `capacity: {teu_per_day: N}` of a node or a link.
model::Capacity parse_capacity(const Field& f) {
  model::Capacity c;
  if (f.expect_map({"teu_per_day"})) read(f["teu_per_day"], c.teu_per_day);
  return c;
}

model::Node parse_node(const Field& f) {
  model::Node n;
  if (!f.expect_map({"id", "name", "country", "kind", "location", "modes", "gauges", "handling",
                     "dwell", "storage_usd_per_teu_day", "capacity", "source"})) {
    return n;
  }
  n.id = required_text(f, "id");
  n.name = required_text(f, "name");
  n.country = required_text(f, "country");
  if (f.require("kind")) {
    if (auto text = f["kind"].string()) {
      if (auto k = model::parse_node_kind(*text)) {
        n.kind = *k;
      } else {
        f["kind"].error("unknown node kind '" + *text + "'", kNodeKindHint);
      }
    }
  }
  if (const Field loc = f["location"]; loc.present()) {
    if (auto ll = loc.number_list()) {
      if (ll->size() == 2) {
        n.location = model::LatLon{(*ll)[0], (*ll)[1]};
      } else {
        loc.error("expected [lat, lon]");
      }
    }
  }
  n.modes = read_modes(f["modes"]);
  if (const Field g = f["gauges"]; g.present()) {
    for (const Field& item : g.items()) {
      std::optional<int> mm;
      read(item, mm, model::kMinGaugeMm, model::kMaxGaugeMm, kGaugeHint);
      if (mm) n.gauges.push_back(*mm);
    }
  }
  if (const Field h = f["handling"]; h.present()) {
    if (h.expect_map(
            {"hours", "days", "usd_per_teu", "usd_per_container", "kg_co2e_per_teu", "servers"})) {
      model::Handling handling;
      if (auto d = parse_duration(h, true)) handling.hours = *d;
      read_charge(h, "usd_per_teu", "usd_per_container", handling.usd_per_teu,
                  handling.usd_per_container);
      std::optional<double> kg;
      read(h["kg_co2e_per_teu"], kg);
      if (kg) handling.kg_co2e_per_teu = model::KgCo2e(*kg);
      read(h["servers"], handling.servers, 1, model::kMaxServers);
      n.handling = handling;
    }
  }
  if (const Field d = f["dwell"]; d.present()) {
    if (d.expect_map({"hours", "days", "usd_per_teu", "usd_per_container"})) {
      model::Dwell dwell;
      if (auto dist = parse_duration(d, true)) dwell.hours = *dist;
      read_charge(d, "usd_per_teu", "usd_per_container", dwell.usd_per_teu,
                  dwell.usd_per_container);
      n.dwell = dwell;
    }
  }
  read(f["storage_usd_per_teu_day"], n.storage_usd_per_teu_day);
  if (f["capacity"].present()) n.capacity = parse_capacity(f["capacity"]);
  read(f["source"], n.source);
  return n;
}

model::Link parse_link(const Field& f) {
  model::Link l;
  if (!f.expect_map({"id", "from", "to", "mode", "gauge", "distance_km", "hours", "days",
                     "speed_kmh", "tariff", "co2e_g_per_tkm", "schedule", "bidirectional", "open",
                     "transit_countries", "capacity", "source"})) {
    return l;
  }
  l.id = required_text(f, "id");
  l.from = required_text(f, "from");
  l.to = required_text(f, "to");
  if (f.require("mode")) {
    if (auto m = read_mode(f["mode"])) l.mode = *m;
  }
  read(f["gauge"], l.gauge_mm, model::kMinGaugeMm, model::kMaxGaugeMm, kGaugeHint);
  if (f.require("distance_km")) {
    double km = 0.0;
    read(f["distance_km"], km);
    l.distance = model::Km(km);
  }
  const bool timed = f["hours"].present() || f["days"].present();
  if (timed && f["speed_kmh"].present()) {
    f["speed_kmh"].error("give either a running time (hours or days) or speed_kmh, not both");
  } else if (timed) {
    l.hours = parse_duration(f, true);
  } else if (f["speed_kmh"].present()) {
    read(f["speed_kmh"], l.speed_kmh);
  } else {
    f.error("missing running time: give hours, days or speed_kmh");
  }
  if (const Field t = f["tariff"]; t.present()) {
    if (t.expect_map(
            {"usd_per_teu", "usd_per_teu_km", "usd_per_container", "usd_per_container_km"})) {
      read_charge(t, "usd_per_teu", "usd_per_container", l.tariff.usd_per_teu,
                  l.tariff.usd_per_container);
      read_charge(t, "usd_per_teu_km", "usd_per_container_km", l.tariff.usd_per_teu_km,
                  l.tariff.usd_per_container_km);
    }
  }
  read(f["co2e_g_per_tkm"], l.co2e_g_per_tkm);
  if (const Field s = f["schedule"]; s.present()) l.schedule = parse_schedule(s);
  read(f["bidirectional"], l.bidirectional);
  read(f["open"], l.open);
  read(f["transit_countries"], l.transit_countries);
  if (f["capacity"].present()) l.capacity = parse_capacity(f["capacity"]);
  read(f["source"], l.source);
  return l;
}

model::Cargo parse_cargo(const Field& f) {
  model::Cargo c;
  if (!f.expect_map({"id", "tonnes_per_teu", "value_usd_per_teu", "value_of_time_usd_per_teu_day",
                     "source"})) {
    return c;
  }
  c.id = required_text(f, "id");
  if (f.require("tonnes_per_teu")) {
    double t = 0.0;
    read(f["tonnes_per_teu"], t);
    c.tonnes_per_teu = model::Tonnes(t);
  }
  if (f.require("value_usd_per_teu")) read(f["value_usd_per_teu"], c.value_usd_per_teu);
  std::optional<double> vot;
  read(f["value_of_time_usd_per_teu_day"], vot);
  if (vot) c.value_of_time_usd_per_teu_day = Usd(*vot);
  read(f["source"], c.source);
  return c;
}

model::Demand parse_demand(const Field& f) {
  model::Demand d;
  if (!f.expect_map({"id", "from", "to", "cargo", "container", "teu_per_week", "deadline_days",
                     "ready", "shipment_teu", "arrivals"})) {
    return d;
  }
  read(f["id"], d.id);
  if (f["id"].present() && d.id.empty()) {
    f["id"].error("a demand line id cannot be empty", "leave id out to get FROM->TO");
  }
  d.from = required_text(f, "from");
  d.to = required_text(f, "to");
  d.cargo = required_text(f, "cargo");
  if (const Field c = f["container"]; c.present()) {
    if (auto text = c.string()) {
      if (auto container = model::parse_container(*text)) {
        d.container = *container;
      } else {
        c.error("unknown container '" + *text + "'", model::container_hint());
      }
    }
  }
  read(f["teu_per_week"], d.teu_per_week);
  read(f["deadline_days"], d.deadline_days);
  if (const Field r = f["ready"]; r.present()) {
    if (auto text = r.string()) {
      if (auto ready = model::parse_ready(*text)) {
        d.ready = *ready;
      } else {
        r.error("unknown ready '" + *text + "'", "ready is uniform or first_departure");
      }
    }
  }
  read(f["shipment_teu"], d.shipment_teu);
  if (const Field a = f["arrivals"]; a.present()) {
    if (auto text = a.string()) {
      if (auto arrivals = model::parse_arrivals(*text)) {
        d.arrivals = *arrivals;
      } else {
        a.error("unknown arrivals '" + *text + "'", "arrivals are poisson, regular");
      }
    }
  }
  return d;
}

model::Policy parse_policy(const Field& f) {
  model::Policy p;
  if (!f.expect_map({"objective", "alternatives", "pareto", "avoid_countries", "avoid_modes",
                     "avoid_links", "avoid_nodes", "via", "max_transshipments", "max_gauge_changes",
                     "max_days", "pareto_max_labels", "capital_cost_rate_per_year",
                     "capital_cost_source"})) {
    return p;
  }
  if (const Field o = f["objective"]; o.present()) {
    if (auto text = o.string()) {
      if (auto obj = model::parse_objective(*text)) {
        p.objective = *obj;
      } else {
        o.error("unknown objective '" + *text + "'", model::objective_hint());
      }
    }
  }
  std::optional<int> k;
  read(f["alternatives"], k, 1, model::kMaxAlternatives);
  if (k) p.alternatives = *k;
  read(f["pareto"], p.pareto);
  if (const Field labels = f["pareto_max_labels"]; labels.present()) {
    if (auto v = labels.integer_in(1, model::kMaxParetoMaxLabels)) {
      p.pareto_max_labels = *v;
    }
  }
  auto& c = p.constraints;
  read(f["avoid_countries"], c.avoid_countries);
  c.avoid_modes = read_modes(f["avoid_modes"]);
  read(f["avoid_links"], c.avoid_links);
  read(f["avoid_nodes"], c.avoid_nodes);
  read(f["via"], c.via);
  read(f["max_transshipments"], c.max_transshipments, 0, model::kMaxTransferLimit);
  read(f["max_gauge_changes"], c.max_gauge_changes, 0, model::kMaxTransferLimit);
  read(f["max_days"], c.max_days);
  read(f["capital_cost_rate_per_year"], p.capital_cost_rate_per_year);
  read(f["capital_cost_source"], p.capital_cost_source);
  return p;
}

model::EmissionFactors parse_emission_factors(const Field& f) {
  model::EmissionFactors ef = model::default_emission_factors();
  if (!f.expect_map({"rail", "road", "sea", "ferry", "handling"})) return ef;
  for (model::Mode m : model::kAllModes) {
    const Field entry = f[model::to_string(m)];
    if (!entry.present() || !entry.expect_map({"g_per_tkm", "source"})) continue;
    const auto i = static_cast<std::size_t>(m);
    if (entry.require("g_per_tkm")) read(entry["g_per_tkm"], ef.g_per_tkm[i]);
    ef.source[i].clear();
    read(entry["source"], ef.source[i]);
  }
  if (const Field h = f["handling"]; h.present() && h.expect_map({"kg_per_teu", "source"})) {
    if (h.require("kg_per_teu")) read(h["kg_per_teu"], ef.handling_kg_per_teu);
    ef.handling_source.clear();
    read(h["source"], ef.handling_source);
  }
  return ef;
}

/// Characters of a date without a time of day: "2025-03-01".
constexpr std::size_t kDateLength = 10;

std::optional<double> read_timestamp(const Field& f, model::CivilDate epoch) {
  auto text = f.string();
  if (!text) return std::nullopt;
  if (auto h = model::parse_timestamp_hours(*text, epoch)) return h;
  f.error("expected a date like 2025-03-01 or 2025-03-01T12:00, got \"" + *text + "\"");
  return std::nullopt;
}

/// One number for every month, or a list of 12 (January to December); `what` names a value.
void read_monthly(const Field& f, std::array<double, 12>& out, const std::string& what) {
  if (f.node().IsScalar()) {
    if (auto v = f.number()) out.fill(*v);
  } else if (auto list = f.number_list()) {
    if (list->size() == 12) {
      std::copy(list->begin(), list->end(), out.begin());
    } else {
      f.error("expected one " + what + " or a list of 12 (January to December), got " +
              std::to_string(list->size()));
    }
  }
}

model::Disruption parse_disruption(const Field& f, model::CivilDate epoch) {
  model::Disruption d;
  if (!f.expect_map({"id", "links", "nodes", "monthly_probability", "monthly_rate", "duration",
                     "windows", "resume", "source"})) {
    return d;
  }
  d.id = required_text(f, "id");
  read(f["links"], d.links);
  read(f["nodes"], d.nodes);
  const Field probability = f["monthly_probability"];
  const Field rate = f["monthly_rate"];
  if (probability.present()) read_monthly(probability, d.monthly_probability, "probability");
  if (rate.present() && probability.present()) {
    rate.error(
        "give either monthly_probability (at most one closure a month) or monthly_rate (a "
        "Poisson number of closures a month), not both");
  } else if (rate.present()) {
    read_monthly(rate, d.monthly_rate, "rate");
  }
  if (const Field dur = f["duration"]; dur.present()) {
    if (dur.expect_map({"hours", "days"})) d.duration_hours = parse_duration(dur, true);
  }
  if (const Field w = f["windows"]; w.present()) {
    for (const Field& item : w.items()) {
      if (!item.expect_map({"from", "to"}) || !item.require("from") || !item.require("to")) {
        continue;
      }
      auto from = read_timestamp(item["from"], epoch);
      auto to = read_timestamp(item["to"], epoch);
      // A date alone ends the window at the end of that day: `to: 2025-03-05` includes March 5.
      if (to && item["to"].node().Scalar().size() == kDateLength) *to += model::kHoursPerDay;
      if (from && to) d.windows.push_back({*from, *to});
    }
  }
  if (const Field r = f["resume"]; r.present()) {
    if (auto text = r.string()) {
      if (auto resume = model::parse_resume(*text)) {
        d.resume = *resume;
      } else {
        r.error("unknown resume '" + *text + "'", "resume is next_departure or when_open");
      }
    }
  }
  read(f["source"], d.source);
  return d;
}

model::SimulationSettings parse_simulation(const Field& f) {
  model::SimulationSettings s;
  if (!f.expect_map({"replications", "seed", "start_date", "departure_window_days",
                     "histogram_bins", "horizon_days", "warmup_days", "demand_scale"})) {
    return s;
  }
  std::optional<int> replications;
  read(f["replications"], replications, 1, model::kMaxReplications);
  if (replications) s.replications = *replications;
  if (const Field seed = f["seed"]; seed.present()) {
    if (auto v = seed.natural()) s.seed = *v;
  }
  if (const Field date = f["start_date"]; date.present()) {
    if (auto text = date.string()) {
      if (auto d = model::parse_date(*text)) {
        s.start_date = *d;
      } else {
        date.error("expected a date like 2025-01-01, got \"" + *text + "\"");
      }
    }
  }
  read(f["departure_window_days"], s.departure_window_days);
  std::optional<int> bins;
  read(f["histogram_bins"], bins, 1, model::kMaxHistogramBins);
  if (bins) s.histogram_bins = *bins;
  read(f["horizon_days"], s.horizon_days);
  read(f["warmup_days"], s.warmup_days);
  read(f["demand_scale"], s.demand_scale);
  return s;
}

template <class T, class Parse>
std::vector<T> parse_list(const Field& f, Parse parse) {
  std::vector<T> out;
  if (!f.present()) return out;
  for (const Field& item : f.items())
    out.push_back(parse(item));
  return out;
}

}  // namespace

model::Scenario parse_scenario(const Field& root) {
  model::Scenario s;
  if (!root.expect_map({"scenario", "description", "nodes", "links", "nodes_csv", "links_csv",
                        "cargo", "demand", "policy", "emission_factors", "disruptions",
                        "simulation", "checks", "observations"})) {
    return s;
  }
  s.name = required_text(root, "scenario");
  if (s.name.empty() && root["scenario"].present()) {
    root["scenario"].error("the scenario name cannot be empty", "it names every report");
  }
  read(root["description"], s.description);
  // Simulation first: disruption windows are dates on its clock.
  if (root["simulation"].present()) s.simulation = parse_simulation(root["simulation"]);
  // A table of rows (csv_tables.hpp) may stand for the list or add to it.
  if (root["nodes_csv"].present() || root.require("nodes")) {
    s.nodes = parse_list<model::Node>(root["nodes"], parse_node);
  }
  if (root["links_csv"].present() || root.require("links")) {
    s.links = parse_list<model::Link>(root["links"], parse_link);
  }
  if (root.require("cargo")) s.cargo = parse_list<model::Cargo>(root["cargo"], parse_cargo);
  s.demand = parse_list<model::Demand>(root["demand"], parse_demand);
  model::assign_line_ids(s.demand);
  if (root["policy"].present()) s.policy = parse_policy(root["policy"]);
  s.emission_factors = root["emission_factors"].present()
                           ? parse_emission_factors(root["emission_factors"])
                           : model::default_emission_factors();
  const auto epoch = s.simulation.start_date;
  s.disruptions = parse_list<model::Disruption>(
      root["disruptions"], [epoch](const Field& f) { return parse_disruption(f, epoch); });
  if (root["checks"].present()) s.checks = parse_checks(root["checks"]);
  if (root["observations"].present()) s.observations = parse_observations(root["observations"]);
  return s;
}

}  // namespace corridor::io::detail
