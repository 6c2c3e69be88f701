#include <algorithm>
#include <map>
#include <utility>

#include <corridor/model/scenario.hpp>

namespace corridor::model {

std::string_view to_string(Objective objective) {
  switch (objective) {
    case Objective::cost:
      return "cost";
    case Objective::time:
      return "time";
    case Objective::co2:
      return "co2";
    case Objective::generalized:
      return "generalized";
  }
  return "?";
}

std::optional<Objective> parse_objective(std::string_view text) {
  for (Objective o : {Objective::cost, Objective::time, Objective::co2, Objective::generalized}) {
    if (to_string(o) == text) return o;
  }
  return std::nullopt;
}

std::string objective_hint() {
  return "objectives are cost, time, co2, generalized";
}

std::string mode_hint() {
  return "modes are rail, road, sea, ferry";
}

std::string_view to_string(Arrivals arrivals) {
  switch (arrivals) {
    case Arrivals::poisson:
      return "poisson";
    case Arrivals::regular:
      return "regular";
  }
  return "?";
}

std::optional<Arrivals> parse_arrivals(std::string_view text) {
  for (Arrivals a : {Arrivals::poisson, Arrivals::regular}) {
    if (to_string(a) == text) return a;
  }
  return std::nullopt;
}

Distribution Link::running_time() const {
  if (hours) return *hours;
  if (speed_kmh && *speed_kmh > 0.0) return Distribution(Fixed{distance.value() / *speed_kmh});
  return Distribution(Fixed{0.0});
}

bool Constraints::empty() const {
  return avoid_countries.empty() && avoid_modes.empty() && avoid_links.empty() &&
         avoid_nodes.empty() && via.empty() && !max_transshipments && !max_gauge_changes &&
         !max_days;
}

bool Disruption::is_poisson() const {
  return std::any_of(monthly_rate.begin(), monthly_rate.end(), [](double r) { return r > 0.0; });
}

bool Disruption::is_random() const {
  return is_poisson() || std::any_of(monthly_probability.begin(), monthly_probability.end(),
                                     [](double p) { return p > 0.0; });
}

std::string_view to_string(Resume resume) {
  switch (resume) {
    case Resume::next_departure:
      return "next_departure";
    case Resume::when_open:
      return "when_open";
  }
  return "?";
}

std::optional<Resume> parse_resume(std::string_view text) {
  for (Resume r : {Resume::next_departure, Resume::when_open}) {
    if (to_string(r) == text) return r;
  }
  return std::nullopt;
}

std::string_view to_string(Ready ready) {
  switch (ready) {
    case Ready::uniform:
      return "uniform";
    case Ready::first_departure:
      return "first_departure";
  }
  return "?";
}

std::optional<Ready> parse_ready(std::string_view text) {
  for (Ready r : {Ready::uniform, Ready::first_departure}) {
    if (to_string(r) == text) return r;
  }
  return std::nullopt;
}

namespace {
template <class T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
  return it == items.end() ? nullptr : &*it;
}
template <class T>
std::optional<std::size_t> index_by_id(const std::vector<T>& items, std::string_view id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
  if (it == items.end()) return std::nullopt;
  return static_cast<std::size_t>(it - items.begin());
}
}  // namespace

const Cargo* Scenario::find_cargo(std::string_view id) const {
  return find_by_id(cargo, id);
}
std::optional<std::size_t> Scenario::node_index(std::string_view id) const {
  return index_by_id(nodes, id);
}
std::optional<std::size_t> Scenario::cargo_index(std::string_view id) const {
  return index_by_id(cargo, id);
}

double Scenario::value_of_time_usd_per_teu_hour(const Cargo& c) const {
  const double per_day =
      c.value_of_time_usd_per_teu_day
          ? c.value_of_time_usd_per_teu_day->value()
          : c.value_usd_per_teu.value() * policy.capital_cost_rate_per_year / 365.0;
  return per_day / kHoursPerDay;
}

EmissionFactors default_emission_factors() {
  EmissionFactors f;
  const std::string defra =
      "DEFRA direct (TTW) freight factor via Mode Shift Centre, "
      "http://www.modeshiftcentre.org.uk/water_freight/why_use_water_freight/environment/";
  f.g_per_tkm[static_cast<std::size_t>(Mode::rail)] = 31.6;
  f.source[static_cast<std::size_t>(Mode::rail)] = "rail freight, UK average: " + defra;
  f.g_per_tkm[static_cast<std::size_t>(Mode::road)] = 84.7;
  f.source[static_cast<std::size_t>(Mode::road)] =
      "articulated truck >33 t, DEFRA 2012 Annex 7 direct, "
      "https://www.yumpu.com/en/document/view/38219432/"
      "greenhouse-gas-conversion-factors-for-company-reporting/35";
  f.g_per_tkm[static_cast<std::size_t>(Mode::sea)] = 29.7;
  f.source[static_cast<std::size_t>(Mode::sea)] = "short-sea container ship <3,000 TEU: " + defra;
  f.g_per_tkm[static_cast<std::size_t>(Mode::ferry)] = 51.4;
  f.source[static_cast<std::size_t>(Mode::ferry)] = "RoRo ferry: " + defra;
  f.handling_kg_per_teu = 10.0;
  f.handling_source =
      "HHLA worked example: 10 kg CO2 per container handled in the Port of Hamburg, "
      "https://hhla.de/en/sustainability/overview/co2-emissions.html";
  return f;
}

std::string default_line_id(const Demand& demand, bool ambiguous) {
  std::string id = demand.from + "->" + demand.to;
  if (ambiguous) id += "/" + demand.cargo;
  return id;
}

void assign_line_ids(std::vector<Demand>& demand) {
  std::map<std::pair<std::string, std::string>, int> lines;  // (from, to) -> lines
  for (const auto& d : demand)
    ++lines[{d.from, d.to}];
  for (auto& d : demand) {
    if (d.id.empty()) d.id = default_line_id(d, lines[{d.from, d.to}] > 1);
  }
}

}  // namespace corridor::model
