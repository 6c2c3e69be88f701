// GeoJSON of the capacity simulation's resources and of criticality: the network, each
// feature with the figures of the element, for GIS tools to colour by.

#include <algorithm>
#include <map>

#include "report/capacity.hpp"
#include "report/criticality_json.hpp"
#include "report/format.hpp"
#include "report/geojson.hpp"
#include "report/totals.hpp"

namespace corridor::report::detail {

namespace {

// Decimal places, as in the criticality JSON document.
constexpr int kUsd = 2;
constexpr int kDays = 3;

/// Where a resource is: its node's point, or its link direction from `from` to `to`; null
/// where an end has no location.
Json resource_geometry(const model::CapacityResource& r, const model::NetworkView& net) {
  if (!r.link.valid()) {
    const auto& at = net.place(r.node).location;
    if (!at) return nullptr;
    return {{"type", "Point"}, {"coordinates", geojson::position(*at)}};
  }
  const auto& a = net.place(r.from).location;
  const auto& b = net.place(r.to).location;
  if (!a || !b) return nullptr;
  return {{"type", "LineString"},
          {"coordinates", Json::array({geojson::position(*a), geojson::position(*b)})}};
}

void add_impact(Json& props, std::size_t rank, const model::ElementImpact& e) {
  props["rank"] = rank + 1;
  props["lines_affected"] = e.lines_affected();
  props["lines_cut"] = e.lines_cut;
  props["teu_per_week_cut"] = e.teu_per_week_cut;
  props["generalized_usd_per_week"] = rounded(e.generalized_usd_per_week, kUsd);
  props["usd_per_week"] = rounded(e.usd_per_week, kUsd);
  props["teu_days_per_week"] = rounded(e.teu_days_per_week, kDays);
  props["closure_teu_days"] =
      e.closure_teu_days ? Json(rounded(*e.closure_teu_days, kDays)) : Json(nullptr);
}

void add_no_impact(Json& props) {
  for (const char* key :
       {"rank", "lines_affected", "lines_cut", "teu_per_week_cut", "generalized_usd_per_week",
        "usd_per_week", "teu_days_per_week", "closure_teu_days"}) {
    props[key] = nullptr;
  }
}

}  // namespace

void write_capacity_geojson(const model::CapacityRun& run, std::ostream& out) {
  Json features = Json::array();
  geojson::add_network(features, run.network);
  for (std::size_t i = 0; i < run.resources.size(); ++i) {
    const auto& r = run.resources[i];
    Json props{{"feature", "resource"}};
    Json figures = resource_json(i + 1, r, run.network);
    for (auto& [key, value] : figures.items())
      props[key] = std::move(value);
    features.push_back(geojson::feature(resource_geometry(r, run.network), std::move(props)));
  }
  Json members;
  members["simulation"] = {{"seed", run.seed},
                           {"replications", run.replications},
                           {"horizon_days", run.horizon_days},
                           {"warmup_days", run.warmup_days},
                           {"demand_scale", run.demand_scale},
                           {"route_choice", run.route_choice}};
  geojson::write_collection(run.scenario, std::move(members), std::move(features), out);
}

void write_criticality_geojson(const model::CriticalityRun& run, std::ostream& out) {
  const auto& net = run.base.network;
  // Rank of each element closed alone (the N-2 pairs are in the JSON report only).
  std::map<std::pair<std::string, std::string>, std::size_t> rank_of;
  for (std::size_t i = 0; i < run.ranking.size(); ++i) {
    const auto& closed = run.ranking[i].closed;
    if (closed.size() != 1) continue;
    const auto& e = closed.front();
    const bool node = e.kind == model::Element::Kind::node;
    rank_of[{node ? "node" : "link", node ? net.place(e.node()).id : net.link(e.link()).id}] = i;
  }
  Json features = Json::array();
  geojson::add_network(features, net);
  for (auto& f : features) {
    auto& props = f["properties"];
    const auto found =
        rank_of.find({props["feature"].get<std::string>(), props["id"].get<std::string>()});
    props["examined"] = found != rank_of.end();
    if (found == rank_of.end()) {
      add_no_impact(props);
    } else {
      add_impact(props, found->second, run.ranking[found->second]);
    }
  }
  Json members;
  members["totals"] = totals_json(run.base.totals);
  members["closure"] = closure_json(run.closure);
  geojson::write_collection(run.base.scenario, std::move(members), std::move(features), out);
}

}  // namespace corridor::report::detail
