#include "peer_network.hpp"

#include <fstream>
#include <map>
#include <utility>

#include <nlohmann/json.hpp>

#include <corridor/error.hpp>

namespace corridor::peers {

namespace {

using nlohmann::json;

model::NodeKind kind_of(const std::string& peer_kind) {
  if (peer_kind == "port") return model::NodeKind::seaport;
  if (peer_kind == "border") return model::NodeKind::border;
  if (peer_kind == "city") return model::NodeKind::city;
  return model::NodeKind::terminal;
}

json parse(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read the peer network " + path);
  json doc = json::parse(in);
  if (doc.value("schema", "") != "corridor-peer-network/1") {
    throw Error(path + " is not a corridor-peer-network/1 file");
  }
  return doc;
}

void add_nodes(const json& nodes, model::Scenario& s) {
  s.nodes.reserve(nodes.size());
  for (const json& n : nodes) {
    model::Node node;
    node.id = std::to_string(n.at("id").get<long long>());
    node.name = node.id;
    node.country = "ZZ";
    node.kind = kind_of(n.at("kind").get<std::string>());
    node.location = model::LatLon{n.at("lat").get<double>(), n.at("lon").get<double>()};
    node.source = "estimate: synthetic peer network (shared/peers/gen_network.py)";
    s.nodes.push_back(std::move(node));
  }
}

void add_links(const json& edges, model::Scenario& s, double tonnes_per_teu) {
  // One link per pair, from the pair's first edge; the other direction must match it.
  std::map<std::pair<long long, long long>, std::size_t> pairs;
  s.links.reserve(edges.size() / 2);
  for (const json& e : edges) {
    const auto from = e.at("from").get<long long>();
    const auto to = e.at("to").get<long long>();
    const double km = e.at("distance_km").get<double>();
    const double hours = e.at("hours").get<double>();
    const double usd = e.at("cost_usd").get<double>();
    const double co2 = e.at("co2_kg").get<double>();
    if (const auto it = pairs.find({to, from}); it != pairs.end()) {
      const model::Link& l = s.links[it->second];
      if (l.distance.value() != km || l.running_time().mean() != hours ||
          l.tariff.usd_per_teu.value() != usd) {
        throw Error("the peer network joins " + std::to_string(from) + " and " +
                    std::to_string(to) + " differently in its two directions");
      }
      continue;
    }
    if (!pairs.emplace(std::make_pair(from, to), s.links.size()).second) {
      throw Error("the peer network has two edges from " + std::to_string(from) + " to " +
                  std::to_string(to));
    }
    model::Link l;
    l.id = "L" + std::to_string(s.links.size());
    l.from = std::to_string(from);
    l.to = std::to_string(to);
    l.mode = model::Mode::rail;
    l.gauge_mm = 1435;
    l.distance = model::Km(km);
    l.hours = model::Distribution(model::Fixed{hours});
    l.tariff.usd_per_teu = model::Usd(usd);
    l.co2e_g_per_tkm = co2 * 1000.0 / (km * tonnes_per_teu);
    l.source = "estimate: synthetic peer network (shared/peers/gen_network.py)";
    s.links.push_back(std::move(l));
  }
}

}  // namespace

PeerNetwork read_peer_network(const std::string& path) {
  const json doc = parse(path);
  const json& meta = doc.at("meta");
  PeerNetwork out;
  model::Scenario& s = out.scenario;
  s.name = "peer-" + std::to_string(meta.at("node_count").get<long long>());
  s.description = "shared/peers network, seed " + std::to_string(meta.at("seed").get<long long>());
  s.emission_factors = model::default_emission_factors();
  const json& cost_model = meta.at("cost_model");
  const double vot = cost_model.at("vot_usd_per_teu_hour").get<double>();
  if (cost_model.at("co2_usd_per_kg").get<double>() != 0.0) {
    throw Error(path + " prices CO2: corridor's generalized cost has no CO2 price");
  }
  constexpr double kTonnesPerTeu = 1.0;
  s.cargo.push_back({"teu", model::Tonnes(kTonnesPerTeu), model::Usd(0.0),
                     model::Usd(vot * model::kHoursPerDay),
                     "estimate: the peers' value of time, 1 t so that CO2e per TEU stays"});
  add_nodes(doc.at("nodes"), s);
  add_links(doc.at("edges"), s, kTonnesPerTeu);
  for (const json& sh : doc.at("shipments")) {
    model::Demand d;
    d.from = std::to_string(sh.at("origin").get<long long>());
    d.to = std::to_string(sh.at("dest").get<long long>());
    d.cargo = "teu";
    d.teu_per_week = sh.at("teu").get<double>();
    s.demand.push_back(std::move(d));
  }
  model::assign_line_ids(s.demand);  // as the loader names them: "FROM->TO", ...
  s.policy.objective = model::Objective::generalized;
  const json& od = meta.at("suggested_od");
  out.source = std::to_string(od.at("source").get<long long>());
  out.target = std::to_string(od.at("target").get<long long>());
  return out;
}

}  // namespace corridor::peers
