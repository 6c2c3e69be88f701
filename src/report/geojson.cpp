#include "report/geojson.hpp"

#include <algorithm>

#include <corridor/report/labels.hpp>

#include "report/format.hpp"
#include "report/json.hpp"
#include "report/totals.hpp"

namespace corridor::report::detail {

namespace {

// Decimal places, as in the JSON reports (docs/reports.md); degrees to about a metre.
constexpr int kDegrees = 5;
constexpr int kKm = 1;
constexpr int kHours = 2;
constexpr int kDays = 3;
constexpr int kUsd = 2;
constexpr int kKg = 2;

/// The link's countries: its ends' and the ones crossed on the way, each once, in order.
std::string countries(const model::LinkView& link, const model::NetworkView& net) {
  std::vector<std::string> list{net.place(link.from).country};
  for (const auto& c : link.transit_countries)
    list.push_back(c);
  list.push_back(net.place(link.to).country);
  std::string out;
  std::vector<std::string> seen;
  for (const auto& c : list) {
    if (c.empty() || std::find(seen.begin(), seen.end(), c) != seen.end()) continue;
    seen.push_back(c);
    out += (out.empty() ? "" : ", ") + c;
  }
  return out;
}

}  // namespace

namespace geojson {

Json position(const model::LatLon& at) {
  return Json::array({rounded(at.lon, kDegrees), rounded(at.lat, kDegrees)});
}

Json feature(Json geometry, Json properties) {
  return Json{{"type", "Feature"},
              {"geometry", std::move(geometry)},
              {"properties", std::move(properties)}};
}

void add_network(Json& features, const model::NetworkView& net) {
  for (const auto& p : net.places) {
    if (!p.location) continue;
    features.push_back(feature({{"type", "Point"}, {"coordinates", position(*p.location)}},
                               {{"feature", "node"},
                                {"id", p.id},
                                {"name", p.name},
                                {"kind", std::string(model::to_string(p.kind))},
                                {"country", p.country},
                                {"transships", p.transships}}));
  }
  for (const auto& l : net.links) {
    const auto& from = net.place(l.from);
    const auto& to = net.place(l.to);
    if (!from.location || !to.location) continue;
    Json props{{"feature", "link"},
               {"id", l.id},
               {"name", from.name + " \u2013 " + to.name},
               {"country", countries(l, net)},
               {"mode", std::string(model::to_string(l.mode))},
               {"gauge_mm", l.mode == model::Mode::rail && l.gauge_mm ? Json(*l.gauge_mm) : Json()},
               {"km", rounded(l.distance.value(), kKm)},
               {"hours", l.price ? Json(rounded(l.price->running.value(), kHours)) : Json()},
               {"wait_hours", l.price ? Json(rounded(l.price->waiting.value(), kHours)) : Json()},
               {"usd", l.price ? Json(rounded(l.price->tariff.value(), kUsd)) : Json()},
               {"bidirectional", l.bidirectional},
               {"open", l.open},
               {"closed_by", Json()}};
    // One text field, not a list: GIS tools read lists as JSON strings anyway.
    std::string reasons;
    for (const auto& reason : l.avoided_by)
      reasons += (reasons.empty() ? "" : "; ") + reason;
    if (!reasons.empty()) props["closed_by"] = reasons;
    features.push_back(
        feature({{"type", "LineString"},
                 {"coordinates", Json::array({position(*from.location), position(*to.location)})}},
                std::move(props)));
  }
}

}  // namespace geojson

namespace {

using geojson::feature;
using geojson::position;

/// The route's legs as one line, or as several where a place on the way has no location; null
/// when no leg has both ends located.
Json route_geometry(const model::Route& route, const model::NetworkView& net) {
  Json lines = Json::array();
  Json line = Json::array();
  const model::Place* last = nullptr;
  for (const auto& s : route.steps) {
    if (s.kind != model::Step::Kind::leg) continue;
    const auto& from = net.place(s.from);
    const auto& to = net.place(s.to);
    if (!from.location || !to.location) {
      if (line.size() > 1) lines.push_back(std::move(line));
      line = Json::array();
      last = nullptr;
      continue;
    }
    if (last != &from) {
      if (line.size() > 1) lines.push_back(std::move(line));
      line = Json::array({position(*from.location)});
    }
    line.push_back(position(*to.location));
    last = &to;
  }
  if (line.size() > 1) lines.push_back(std::move(line));
  if (lines.empty()) return nullptr;  // RFC 7946 3.2: a feature without a location
  if (lines.size() == 1) return {{"type", "LineString"}, {"coordinates", lines.front()}};
  return {{"type", "MultiLineString"}, {"coordinates", std::move(lines)}};
}

Json route_properties(const model::OdResult& od, const model::Route& r, const std::string& set,
                      std::size_t rank, const model::NetworkView& net, model::UsdPer per) {
  const auto& t = r.totals;
  return {{"feature", "route"},
          {"id", od.demand.from + ">" + od.demand.to + ":" + od.demand.cargo + ":" + set + ":" +
                     std::to_string(rank)},
          {"name", corridor_label(r, net)},
          {"line_id", od.demand.id},
          {"from", od.demand.from},
          {"to", od.demand.to},
          {"cargo", od.demand.cargo},
          {"container", std::string(model::to_string(od.demand.container))},
          {"set", set},
          {"rank", rank},
          {"modes", modes_label(r)},
          {"km", rounded(t.km.value(), kKm)},
          {"days", rounded(model::to_days(t.hours()), kDays)},
          {"hours", rounded(t.hours().value(), kHours)},
          {"usd", rounded(t.usd().value(), kUsd)},
          {"generalized_usd", rounded(t.generalized().value(), kUsd)},
          {"usd_per", std::string(model::to_string(per))},
          {"co2e_kg", rounded(t.co2e.value(), kKg)},
          {"transshipments", r.transshipments}};
}

/// With the scenario's totals as the JSON reports give them (a foreign member).
void write_collection(const std::string& name, const model::Totals& totals, Json features,
                      std::ostream& out) {
  Json extra;
  extra["totals"] = totals_json(totals);
  geojson::write_collection(name, std::move(extra), std::move(features), out);
}

}  // namespace

namespace geojson {

void write_collection(const std::string& name, Json members, Json features, std::ostream& out) {
  Json doc;
  doc["type"] = "FeatureCollection";
  doc["name"] = name;
  for (auto& [key, value] : members.items())
    doc[key] = std::move(value);
  doc["features"] = std::move(features);
  dump(doc, out);
}

}  // namespace geojson

void write_routes_geojson(const model::RunResult& run, std::ostream& out) {
  Json features = Json::array();
  geojson::add_network(features, run.network);
  for (const auto& od : run.results) {
    for (std::size_t i = 0; i < od.routes.size(); ++i) {
      features.push_back(
          feature(route_geometry(od.routes[i], run.network),
                  route_properties(od, od.routes[i], "best", i + 1, run.network, run.usd_per)));
    }
    for (std::size_t i = 0; i < od.pareto.size(); ++i) {
      const auto& r = od.pareto[i].route;
      features.push_back(
          feature(route_geometry(r, run.network),
                  route_properties(od, r, "pareto", i + 1, run.network, run.usd_per)));
    }
  }
  write_collection(run.scenario, run.totals, std::move(features), out);
}

void write_simulation_geojson(const model::SimulationRun& run, std::ostream& out) {
  Json features = Json::array();
  geojson::add_network(features, run.network);
  for (const auto& od : run.results) {
    for (std::size_t i = 0; i < od.simulated.size(); ++i) {
      const auto& sim = od.simulated[i];
      Json props =
          route_properties(od.od, sim.route, "simulated", i + 1, run.network, model::UsdPer::teu);
      props["mean_days"] = rounded(sim.days.mean, kDays);
      props["p50_days"] = rounded(sim.days.p50, kDays);
      props["p90_days"] = rounded(sim.days.p90, kDays);
      props["p95_days"] = rounded(sim.days.p95, kDays);
      props["on_time_probability"] =
          sim.on_time_probability ? Json(rounded(*sim.on_time_probability, 4)) : Json();
      features.push_back(feature(route_geometry(sim.route, run.network), std::move(props)));
    }
  }
  write_collection(run.scenario, run.totals, std::move(features), out);
}

}  // namespace corridor::report::detail
