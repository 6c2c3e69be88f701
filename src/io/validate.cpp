#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include <corridor/io/hints.hpp>
#include <corridor/io/validate.hpp>

namespace corridor::io {

namespace {

using model::Mode;

constexpr std::size_t kMaxVia = 8;
constexpr int kMaxAlternatives = 100;
constexpr double kHoursPerMonth = 365.25 * 24.0 / 12.0;

std::string at(std::string_view list, std::size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

bool valid_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
  });
}

bool valid_country(std::string_view code) {
  return code.size() == 2 && std::isupper(static_cast<unsigned char>(code[0])) &&
         std::isupper(static_cast<unsigned char>(code[1]));
}

/// The ids of one list, in order (for hints) and hashed (for lookups).
struct IdSet {
  std::vector<std::string> ordered;
  std::unordered_set<std::string> lookup;

  void add(const std::string& id) {
    ordered.push_back(id);
    lookup.insert(id);
  }
  [[nodiscard]] bool contains(const std::string& id) const { return lookup.count(id) > 0; }
};

class Checker {
 public:
  Checker(const model::Scenario& s, const SourceMap& where) : s_(s), where_(where) {
    for (const auto& n : s.nodes)
      node_ids_.add(n.id);
    for (const auto& l : s.links)
      link_ids_.add(l.id);
    for (const auto& c : s.cargo)
      cargo_ids_.add(c.id);
    for (std::size_t i = 0; i < s.nodes.size(); ++i)
      node_index_.emplace(s.nodes[i].id, i);
    for (const auto& n : s.nodes)
      countries_.insert(n.country);
    for (const auto& l : s.links)
      countries_.insert(l.transit_countries.begin(), l.transit_countries.end());
  }

  std::vector<Issue> run() {
    check_nodes();
    check_links();
    check_cargo();
    check_demand();
    check_policy();
    check_emission_factors();
    check_disruptions();
    check_simulation();
    return std::move(issues_);
  }

 private:
  /// The path was written in the file (or the scenario did not come from a file). Range checks
  /// skip values the parser defaulted, whose absence is already reported.
  [[nodiscard]] bool written(const std::string& path) const {
    return where_.entries().empty() || where_.entries().count(path) > 0;
  }

  void error(const std::string& path, std::string message, std::string hint = {}) {
    issues_.push_back(Issue{Issue::Severity::error, where_.locate(path), where_.written(path),
                            std::move(message), std::move(hint)});
  }
  void warning(const std::string& path, std::string message, std::string hint = {}) {
    issues_.push_back(Issue{Issue::Severity::warning, where_.locate(path), where_.written(path),
                            std::move(message), std::move(hint)});
  }

  void at_least(const std::string& path, double value, double min, bool strict = false) {
    if (!written(path)) return;
    if (strict ? value > min : value >= min) return;
    error(path, std::string("must be ") + (strict ? "> " : ">= ") + number(min) + ", got " +
                    number(value));
  }

  static std::string number(double v) {
    std::string s = std::to_string(v);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }

  void check_reference(const std::string& path, const std::string& id, const IdSet& known,
                       std::string_view what) {
    if (id.empty() || known.contains(id)) return;
    error(path, "unknown " + std::string(what) + " '" + id + "'", did_you_mean(id, known.ordered));
  }

  void check_ids(std::string_view list, const std::vector<std::string>& ids) {
    std::map<std::string, std::size_t> first;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::string path = at(list, i) + ".id";
      if (ids[i].empty()) continue;
      if (!valid_id(ids[i])) {
        error(path, "id '" + ids[i] + "' may only use letters, digits, '_', '-' and '.'");
      }
      auto [it, inserted] = first.emplace(ids[i], i);
      if (!inserted) {
        const auto loc = where_.locate(at(list, it->second) + ".id");
        error(path, "duplicate id '" + ids[i] + "'",
              "first defined at line " + std::to_string(loc.line));
      }
    }
  }

  void need_source(const std::string& path, const std::string& source, std::string_view what) {
    if (!source.empty()) return;
    warning(path, std::string(what) + " has no source",
            "add source: \"<publication, URL>\" or \"estimate: <reasoning>\"");
  }

  void check_nodes() {
    if (s_.nodes.empty() && written("nodes")) error("nodes", "a scenario needs at least one node");
    check_ids("nodes", node_ids_.ordered);
    for (std::size_t i = 0; i < s_.nodes.size(); ++i) {
      const auto& n = s_.nodes[i];
      const std::string p = at("nodes", i);
      if (written(p + ".country") && !valid_country(n.country)) {
        error(p + ".country", "country must be an ISO 3166-1 alpha-2 code, got '" + n.country + "'",
              "two capital letters, e.g. KZ, GE, LT");
      }
      if (n.location && written(p + ".location")) {
        if (std::abs(n.location->lat) > 90.0 || std::abs(n.location->lon) > 180.0) {
          error(p + ".location", "location must be [lat, lon] with |lat| <= 90 and |lon| <= 180");
        }
      }
      for (int g : n.gauges) {
        if (g < 500 || g > 2000) {
          error(p + ".gauges", "gauge " + std::to_string(g) + " mm is not a rail gauge",
                "gauges are in millimetres, e.g. 1520 or 1435");
        }
      }
      if (n.handling) {
        at_least(p + ".handling.usd_per_teu", n.handling->usd_per_teu.value(), 0.0);
        if (n.handling->kg_co2e_per_teu) {
          at_least(p + ".handling.kg_co2e_per_teu", n.handling->kg_co2e_per_teu->value(), 0.0);
        }
        if (n.handling->servers) {
          at_least(p + ".handling.servers", *n.handling->servers, 1.0);
        }
      }
      if (n.dwell) at_least(p + ".dwell.usd_per_teu", n.dwell->usd_per_teu.value(), 0.0);
      at_least(p + ".storage_usd_per_teu_day", n.storage_usd_per_teu_day.value(), 0.0);
      need_source(p, n.source, "node '" + n.id + "'");
    }
  }

  void check_link_end(const std::string& path, const model::Link& l, const std::string& node_id) {
    const auto found = node_index_.find(node_id);
    if (found == node_index_.end()) return;
    const model::Node* n = &s_.nodes[found->second];
    if (!n->modes.empty() &&
        std::find(n->modes.begin(), n->modes.end(), l.mode) == n->modes.end()) {
      error(
          path + ".mode",
          "node '" + n->id + "' does not serve " + std::string(model::to_string(l.mode)),
          "add " + std::string(model::to_string(l.mode)) + " to the node's modes, or fix the link");
    }
    if (l.mode == Mode::rail && l.gauge_mm && !n->gauges.empty() &&
        std::find(n->gauges.begin(), n->gauges.end(), *l.gauge_mm) == n->gauges.end()) {
      error(path + ".gauge",
            "node '" + n->id + "' does not serve the " + std::to_string(*l.gauge_mm) + " mm gauge",
            "add it to the node's gauges, or fix the link");
    }
  }

  void check_links() {
    if (s_.links.empty() && written("links")) error("links", "a scenario needs at least one link");
    check_ids("links", link_ids_.ordered);
    for (std::size_t i = 0; i < s_.links.size(); ++i) {
      const auto& l = s_.links[i];
      const std::string p = at("links", i);
      check_reference(p + ".from", l.from, node_ids_, "node");
      check_reference(p + ".to", l.to, node_ids_, "node");
      if (!l.from.empty() && l.from == l.to) {
        error(p + ".to", "a link must join two different nodes, both ends are '" + l.to + "'");
      }
      if (l.mode == Mode::rail && !l.gauge_mm && written(p + ".mode")) {
        error(p, "rail link '" + l.id + "' needs a gauge", "e.g. gauge: 1520");
      }
      if (l.mode != Mode::rail && l.gauge_mm) {
        error(p + ".gauge", "gauge applies to rail links only");
      }
      if (l.gauge_mm && (*l.gauge_mm < 500 || *l.gauge_mm > 2000)) {
        error(p + ".gauge", "gauge " + std::to_string(*l.gauge_mm) + " mm is not a rail gauge",
              "gauges are in millimetres, e.g. 1520 or 1435");
      }
      at_least(p + ".distance_km", l.distance.value(), 0.0, true);
      if (l.speed_kmh) at_least(p + ".speed_kmh", *l.speed_kmh, 0.0, true);
      at_least(p + ".tariff.usd_per_teu", l.tariff.usd_per_teu.value(), 0.0);
      at_least(p + ".tariff.usd_per_teu_km", l.tariff.usd_per_teu_km, 0.0);
      if (l.co2e_g_per_tkm) at_least(p + ".co2e_g_per_tkm", *l.co2e_g_per_tkm, 0.0);
      for (std::size_t c = 0; c < l.transit_countries.size(); ++c) {
        if (!valid_country(l.transit_countries[c])) {
          error(at(p + ".transit_countries", c),
                "country must be an ISO 3166-1 alpha-2 code, got '" + l.transit_countries[c] + "'");
        }
      }
      check_link_end(p, l, l.from);
      check_link_end(p, l, l.to);
      need_source(p, l.source, "link '" + l.id + "'");
    }
  }

  void check_cargo() {
    if (s_.cargo.empty() && written("cargo"))
      error("cargo", "a scenario needs at least one cargo profile");
    check_ids("cargo", cargo_ids_.ordered);
    for (std::size_t i = 0; i < s_.cargo.size(); ++i) {
      const auto& c = s_.cargo[i];
      const std::string p = at("cargo", i);
      at_least(p + ".tonnes_per_teu", c.tonnes_per_teu.value(), 0.0, true);
      at_least(p + ".value_usd_per_teu", c.value_usd_per_teu.value(), 0.0);
      if (c.value_of_time_usd_per_teu_day) {
        at_least(p + ".value_of_time_usd_per_teu_day", c.value_of_time_usd_per_teu_day->value(),
                 0.0);
      }
      need_source(p, c.source, "cargo '" + c.id + "'");
    }
  }

  void check_demand() {
    for (std::size_t i = 0; i < s_.demand.size(); ++i) {
      const auto& d = s_.demand[i];
      const std::string p = at("demand", i);
      check_reference(p + ".from", d.from, node_ids_, "node");
      check_reference(p + ".to", d.to, node_ids_, "node");
      check_reference(p + ".cargo", d.cargo, cargo_ids_, "cargo");
      if (!d.from.empty() && d.from == d.to) {
        error(p + ".to", "origin and destination are the same node '" + d.to + "'");
      }
      at_least(p + ".teu_per_week", d.teu_per_week, 0.0);
      if (d.deadline_days) at_least(p + ".deadline_days", *d.deadline_days, 0.0, true);
    }
  }

  void check_policy() {
    const auto& pol = s_.policy;
    const auto& c = pol.constraints;
    if (written("policy.alternatives") &&
        (pol.alternatives < 1 || pol.alternatives > kMaxAlternatives)) {
      error("policy.alternatives", "alternatives must be between 1 and " +
                                       std::to_string(kMaxAlternatives) + ", got " +
                                       std::to_string(pol.alternatives));
    }
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
      error("policy.via", "at most " + std::to_string(kMaxVia) + " via nodes, got " +
                              std::to_string(c.via.size()));
    }
    if (c.max_transshipments) at_least("policy.max_transshipments", *c.max_transshipments, 0.0);
    if (c.max_gauge_changes) at_least("policy.max_gauge_changes", *c.max_gauge_changes, 0.0);
    at_least("policy.capital_cost_rate_per_year", pol.capital_cost_rate_per_year, 0.0);
  }

  void check_emission_factors() {
    const auto& ef = s_.emission_factors;
    for (Mode m : model::kAllModes) {
      const std::string p = "emission_factors." + std::string(model::to_string(m));
      at_least(p + ".g_per_tkm", ef.factor(m), 0.0);
      if (written(p) && !where_.entries().empty() &&
          ef.source[static_cast<std::size_t>(m)].empty()) {
        warning(p, "emission factor has no source",
                "add source: \"<publication, URL>\" or \"estimate: <reasoning>\"");
      }
    }
    at_least("emission_factors.handling.kg_per_teu", ef.handling_kg_per_teu, 0.0);
  }

  void check_disruptions() {
    std::vector<std::string> ids;
    for (const auto& d : s_.disruptions)
      ids.push_back(d.id);
    check_ids("disruptions", ids);
    for (std::size_t i = 0; i < s_.disruptions.size(); ++i) {
      const auto& d = s_.disruptions[i];
      const std::string p = at("disruptions", i);
      if (d.links.empty() && d.nodes.empty()) {
        error(p, "disruption '" + d.id + "' closes nothing", "give links or nodes");
      }
      for (std::size_t k = 0; k < d.links.size(); ++k) {
        check_reference(at(p + ".links", k), d.links[k], link_ids_, "link");
      }
      for (std::size_t k = 0; k < d.nodes.size(); ++k) {
        check_reference(at(p + ".nodes", k), d.nodes[k], node_ids_, "node");
      }
      for (double prob : d.monthly_probability) {
        if (prob < 0.0 || prob > 1.0) {
          error(p + ".monthly_probability",
                "probabilities must be between 0 and 1, got " + number(prob));
          break;
        }
      }
      if (d.is_random() && !d.duration_hours && !written(p + ".duration")) {
        error(p, "disruption '" + d.id + "' has monthly_probability but no duration",
              "e.g. duration: {hours: {lognormal: {median: 48, p95: 120}}}");
      }
      if (d.is_random() && d.duration_hours) {
        // A closure of mean length L starting with probability q in a month keeps the element
        // closed a share q L / month of the time; at 1 or more closures pile up without end.
        const double q =
            *std::max_element(d.monthly_probability.begin(), d.monthly_probability.end());
        const double mean_hours = d.duration_hours->mean();
        if (q * mean_hours >= kHoursPerMonth) {
          warning(p + ".duration",
                  "closures last " + number(mean_hours / 24.0) +
                      " days on average and start with " + "probability " + number(q) +
                      " in a month: they can follow each other "
                      "without end, and shipments may never arrive",
                  "check the duration's unit (hours or days)");
        }
      }
      if (!d.is_random() && d.duration_hours) {
        warning(p + ".duration", "duration is unused without monthly_probability");
      }
      if (!d.is_random() && d.windows.empty() && written(p)) {
        error(p, "disruption '" + d.id + "' never happens",
              "give monthly_probability with a duration, or windows");
      }
      for (std::size_t w = 0; w < d.windows.size(); ++w) {
        if (!(d.windows[w].to_hours > d.windows[w].from_hours)) {
          error(at(p + ".windows", w) + ".to", "a closure window must end after it starts");
        }
      }
      need_source(p, d.source, "disruption '" + d.id + "'");
    }
  }

  void check_simulation() {
    const auto& sim = s_.simulation;
    at_least("simulation.departure_window_days", sim.departure_window_days, 0.0, true);
    if (written("simulation.histogram_bins") &&
        (sim.histogram_bins < 1 || sim.histogram_bins > 1000)) {
      error("simulation.histogram_bins",
            "histogram_bins must be between 1 and 1000, got " + std::to_string(sim.histogram_bins));
    }
  }

  const model::Scenario& s_;
  const SourceMap& where_;
  IdSet node_ids_;
  IdSet link_ids_;
  IdSet cargo_ids_;
  std::unordered_map<std::string, std::size_t> node_index_;
  std::set<std::string> countries_;
  std::vector<Issue> issues_;
};

}  // namespace

std::vector<Issue> validate(const model::Scenario& scenario, const SourceMap& where) {
  return Checker(scenario, where).run();
}

}  // namespace corridor::io
