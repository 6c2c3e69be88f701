// The rules of nodes and links.

#include <cmath>
#include <string>

#include <corridor/io/hints.hpp>

#include "io/checker.hpp"

namespace corridor::io::detail {

using model::kMaxUsd;
using model::Mode;

void Checker::check_nodes() {
  if (s_.nodes.empty() && written("nodes")) error("nodes", "a scenario needs at least one node");
  check_ids("nodes", node_ids_);
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
    if (n.handling) {
      between(p + ".handling.usd_per_teu", n.handling->usd_per_teu.value(), 0.0, false, kMaxUsd,
              kMoneyLimit);
      between(p + ".handling.usd_per_container", n.handling->usd_per_container.value(), 0.0, false,
              kMaxUsd, kMoneyLimit);
      if (n.handling->kg_co2e_per_teu) {
        between(p + ".handling.kg_co2e_per_teu", n.handling->kg_co2e_per_teu->value(), 0.0, false,
                model::kMaxKgPerTeu, "a transshipment emits at most 10,000 kg CO2e per TEU");
      }
    }
    if (n.dwell) {
      between(p + ".dwell.usd_per_teu", n.dwell->usd_per_teu.value(), 0.0, false, kMaxUsd,
              kMoneyLimit);
      between(p + ".dwell.usd_per_container", n.dwell->usd_per_container.value(), 0.0, false,
              kMaxUsd, kMoneyLimit);
    }
    if (n.capacity.teu_per_day) {
      between(p + ".capacity.teu_per_day", *n.capacity.teu_per_day, 0.0, true, model::kMaxTeuPerDay,
              kThroughputLimit);
    }
    between(p + ".storage_usd_per_teu_day", n.storage_usd_per_teu_day.value(), 0.0, false, kMaxUsd,
            kMoneyLimit);
    if (n.source.empty()) need_source(p, n.source, "node '" + n.id + "'");
  }
}

void Checker::check_link_end(const std::string& path, const model::Link& l,
                             const std::string& node_id) {
  const auto found = node_ids_.find(node_id);
  if (!found) return;
  if (!unreadable_.empty() && !readable(path + ".mode")) return;
  const model::Node* n = &s_.nodes[*found];
  if (!n->modes.empty() && std::find(n->modes.begin(), n->modes.end(), l.mode) == n->modes.end()) {
    error(path + ".mode",
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

void Checker::check_links() {
  if (s_.links.empty() && written("links")) error("links", "a scenario needs at least one link");
  check_ids("links", link_ids_);
  for (std::size_t i = 0; i < s_.links.size(); ++i) {
    const auto& l = s_.links[i];
    const std::string p = at("links", i);
    check_reference(p + ".from", l.from, node_ids_, "node");
    check_reference(p + ".to", l.to, node_ids_, "node");
    if (!l.from.empty() && l.from == l.to) {
      error(p + ".to", "a link must join two different nodes, both ends are '" + l.to + "'");
    }
    if (l.mode == Mode::rail && !l.gauge_mm && written(p + ".mode") && readable(p + ".mode") &&
        readable(p + ".gauge")) {
      error(p, "rail link '" + l.id + "' needs a gauge", "e.g. gauge: 1520");
    }
    if (l.mode != Mode::rail && l.gauge_mm) {
      error(p + ".gauge", "gauge applies to rail links only");
    }
    between(p + ".distance_km", l.distance.value(), 0.0, true, model::kMaxDistanceKm,
            "no link is longer than the equator, 40,075 km");
    if (l.speed_kmh) {
      between(p + ".speed_kmh", *l.speed_kmh, 0.0, true, model::kMaxSpeedKmh, "speeds are in km/h");
      const double hours = l.distance.value() / *l.speed_kmh;
      if (*l.speed_kmh > 0.0 && hours > model::kMaxHours && written(p + ".speed_kmh")) {
        error(p + ".speed_kmh",
              "running time distance_km / speed_kmh is " + number(hours) +
                  " hours, more than the limit of " + number(model::kMaxHours) + " (10 years)",
              "speeds are in km/h");
      }
    }
    between(p + ".tariff.usd_per_teu", l.tariff.usd_per_teu.value(), 0.0, false, kMaxUsd,
            kMoneyLimit);
    between(p + ".tariff.usd_per_teu_km", l.tariff.usd_per_teu_km, 0.0, false, kMaxUsd,
            kMoneyLimit);
    between(p + ".tariff.usd_per_container", l.tariff.usd_per_container.value(), 0.0, false,
            kMaxUsd, kMoneyLimit);
    between(p + ".tariff.usd_per_container_km", l.tariff.usd_per_container_km, 0.0, false, kMaxUsd,
            kMoneyLimit);
    if (l.co2e_g_per_tkm) {
      between(p + ".co2e_g_per_tkm", *l.co2e_g_per_tkm, 0.0, false, model::kMaxGramsPerTkm,
              "emission factors are at most 10,000 g CO2e per tonne-km");
    }
    if (l.capacity.teu_per_day) {
      between(p + ".capacity.teu_per_day", *l.capacity.teu_per_day, 0.0, true, model::kMaxTeuPerDay,
              kThroughputLimit);
    }
    for (std::size_t c = 0; c < l.transit_countries.size(); ++c) {
      if (!valid_country(l.transit_countries[c])) {
        error(at(p + ".transit_countries", c),
              "country must be an ISO 3166-1 alpha-2 code, got '" + l.transit_countries[c] + "'");
      }
    }
    check_link_end(p, l, l.from);
    check_link_end(p, l, l.to);
    if (l.source.empty()) need_source(p, l.source, "link '" + l.id + "'");
  }
}

}  // namespace corridor::io::detail
