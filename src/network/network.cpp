#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>
#include <utility>

#include <corridor/network/network.hpp>

#include "network/boost_graph.hpp"

namespace corridor::network {

struct Network::Index {
  std::unordered_map<std::string, std::size_t> nodes;
};

CorridorToken place_token(std::uint32_t node, std::optional<model::Port> port) {
  // Low 32 bits: the mode in the top byte and the gauge below it, or all ones for no port.
  CorridorToken low = 0xFFFF'FFFFU;
  if (port) {
    low = (static_cast<CorridorToken>(port->mode) << 24U) |
          (static_cast<CorridorToken>(static_cast<std::uint32_t>(port->gauge_mm)) & 0xFF'FFFFU);
  }
  return (static_cast<CorridorToken>(node) << 32U) | low;
}

std::optional<model::Port> token_port(CorridorToken t) {
  const CorridorToken low = t & 0xFFFF'FFFFU;
  if (low == 0xFFFF'FFFFU) return std::nullopt;
  return model::Port{static_cast<model::Mode>(low >> 24U), static_cast<int>(low & 0xFF'FFFFU)};
}

namespace {

EdgeInfo priced(EdgeKind kind, std::uint32_t element, const cost::ElementCost& c) {
  EdgeInfo e;
  e.kind = kind;
  e.element = element;
  e.hours = c.hours();
  e.usd = c.usd();
  e.usd_per_container = c.container_usd();
  e.wait_hours = c.waiting_hours;
  e.wait_usd = c.storage_usd;
  e.co2e_kg_per_tonne = c.co2e_kg_per_tonne;
  e.co2e_kg_per_teu = c.co2e_kg_per_teu;
  return e;
}

/// Does a leg from `a` to `b` make `b` a corridor place? Seaports and border posts always are;
/// a leg into another country shows where it crosses, unless a border post at either end does.
bool leg_passes_place(const model::Node& a, const model::Node& b) {
  using model::NodeKind;
  if (b.kind == NodeKind::seaport || b.kind == NodeKind::border) return true;
  return a.country != b.country && a.kind != NodeKind::border;
}

}  // namespace

Network::Network(const model::Scenario& scenario)
    : scenario_(&scenario),
      window_(cost::departure_window(scenario.simulation)),
      graph_(std::make_unique<BoostGraph>()),
      index_(std::make_unique<Index>()) {
  const auto& nodes = scenario.nodes;
  const auto& links = scenario.links;
  for (std::size_t i = 0; i < nodes.size(); ++i)
    index_->nodes.emplace(nodes[i].id, i);

  // Ports each node serves, from its open links.
  std::vector<std::set<model::Port>> ports(nodes.size());
  for (const auto& l : links) {
    if (!l.open) continue;
    ports[index_->nodes.at(l.from)].insert(l.port());
    ports[index_->nodes.at(l.to)].insert(l.port());
  }

  // Vertices: per node origin, destination, then arrival/departure per port (sorted port order).
  origin_.resize(nodes.size());
  std::vector<std::map<model::Port, VertexId>> arrival(nodes.size());
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    const auto node = static_cast<std::uint32_t>(n);
    origin_[n] = static_cast<VertexId>(vertices_.size());
    vertices_.push_back({VertexKind::origin, node, {}});
    vertices_.push_back({VertexKind::destination, node, {}});
    for (const model::Port& p : ports[n]) {
      arrival[n][p] = static_cast<VertexId>(vertices_.size());
      vertices_.push_back({VertexKind::arrival, node, p});
      vertices_.push_back({VertexKind::departure, node, p});
    }
  }
  auto departure = [&](std::size_t n, model::Port p) { return arrival[n].at(p) + 1; };

  // Edges.
  closable_.assign(nodes.size(), false);
  for (const auto& d : scenario.disruptions) {
    for (const auto& id : d.nodes) {
      if (auto it = index_->nodes.find(id); it != index_->nodes.end()) closable_[it->second] = true;
    }
  }
  // The edges made below, counted first so that they are written once into their vector.
  std::size_t edge_count = 0;
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    const std::size_t k = arrival[n].size();
    edge_count += 3 * k + (nodes[n].handling ? k * (k - 1) : 0);
  }
  for (const auto& l : links) {
    if (l.open) edge_count += l.bidirectional ? 2 : 1;
  }
  edges_.reserve(edge_count);
  const cost::ElementCost free{};
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    const auto node = static_cast<std::uint32_t>(n);
    const auto dwell = cost::dwell_cost(nodes[n]);
    const auto transfer = cost::transfer_cost(nodes[n], scenario.emission_factors);
    for (const auto& [p, arr] : arrival[n]) {
      EdgeInfo start = priced(EdgeKind::start, node, free);
      start.source = origin_[n];
      start.target = arr + 1;
      start.token = place_token(node, std::nullopt);
      edges_.push_back(start);
      // The destination's dwell holds the shipment too (customs, the terminal's gate).
      EdgeInfo finish = priced(EdgeKind::finish, node, dwell);
      finish.source = arr;
      finish.target = origin_[n] + 1;
      finish.token = place_token(node, p);
      edges_.push_back(finish);
      EdgeInfo pass = priced(EdgeKind::dwell, node, dwell);
      pass.source = arr;
      pass.target = arr + 1;
      edges_.push_back(pass);
      if (!nodes[n].handling) continue;
      for (const auto& [q, arr_q] : arrival[n]) {
        if (q == p) continue;
        EdgeInfo change = priced(EdgeKind::transfer, node, transfer);
        change.source = arr;
        change.target = arr_q + 1;
        change.gauge_change = p.mode == model::Mode::rail && q.mode == model::Mode::rail;
        change.token = place_token(node, p);
        edges_.push_back(change);
      }
    }
  }
  for (std::size_t i = 0; i < links.size(); ++i) {
    const auto& l = links[i];
    if (!l.open) continue;
    const std::size_t a = index_->nodes.at(l.from);
    const std::size_t b = index_->nodes.at(l.to);
    const auto link = static_cast<std::uint32_t>(i);
    EdgeInfo forward =
        priced(EdgeKind::leg, link, cost::leg_cost(l, nodes[a], scenario.emission_factors));
    forward.source = departure(a, l.port());
    forward.target = arrival[b].at(l.port());
    if (leg_passes_place(nodes[a], nodes[b])) {
      forward.token = place_token(static_cast<std::uint32_t>(b), l.port());
    }
    edges_.push_back(forward);
    if (l.bidirectional) {
      EdgeInfo back =
          priced(EdgeKind::leg, link, cost::leg_cost(l, nodes[b], scenario.emission_factors));
      back.source = departure(b, l.port());
      back.target = arrival[a].at(l.port());
      if (leg_passes_place(nodes[b], nodes[a])) {
        back.token = place_token(static_cast<std::uint32_t>(a), l.port());
      }
      edges_.push_back(back);
    }
  }

  // Compressed sparse rows: edges sorted (stably) by source, so EdgeId = position. A counting
  // sort, in order of creation within a source: the order a stable sort gives, in one pass.
  row_start_.assign(vertices_.size() + 1, 0);
  for (const auto& e : edges_)
    ++row_start_[e.source + 1];
  std::partial_sum(row_start_.begin(), row_start_.end(), row_start_.begin());
  {
    std::vector<EdgeInfo> sorted(edges_.size());
    std::vector<EdgeId> slot(row_start_.begin(), row_start_.end() - 1);
    for (const auto& e : edges_)
      sorted[slot[e.source]++] = e;
    edges_ = std::move(sorted);
  }
  in_start_.assign(vertices_.size() + 1, 0);
  for (const auto& e : edges_)
    ++in_start_[e.target + 1];
  std::partial_sum(in_start_.begin(), in_start_.end(), in_start_.begin());
  in_edge_.resize(edges_.size());
  in_source_.resize(edges_.size());
  target_.resize(edges_.size());
  std::vector<EdgeId> next(in_start_.begin(), in_start_.end() - 1);
  for (EdgeId e = 0; e < edges_.size(); ++e) {
    const EdgeId slot = next[edges_[e].target]++;
    in_edge_[slot] = e;
    in_source_[slot] = edges_[e].source;
    target_[e] = edges_[e].target;
  }

  std::vector<std::pair<VertexId, VertexId>> pairs;
  pairs.reserve(edges_.size());
  for (const auto& e : edges_)
    pairs.emplace_back(e.source, e.target);
  graph_->graph = BoostGraph::Graph(boost::edges_are_unsorted_multi_pass, pairs.begin(),
                                    pairs.end(), static_cast<VertexId>(vertices_.size()));
}

Network::~Network() = default;
Network::Network(Network&&) noexcept = default;
Network& Network::operator=(Network&&) noexcept = default;

std::optional<model::NodeId> Network::find_node(std::string_view id) const {
  auto it = index_->nodes.find(std::string(id));
  if (it == index_->nodes.end()) return std::nullopt;
  return model::NodeId::at(it->second);
}

namespace {

void add_costs(model::Step& s, const cost::ElementCost& c, double tonnes) {
  s.km = model::Km(c.km);
  s.running = model::Hours(c.running_hours);
  s.waiting = model::Hours(c.waiting_hours);
  s.handling = model::Hours(c.handling_hours);
  s.dwell = model::Hours(c.dwell_hours);
  s.tariff = model::Usd(c.tariff_usd);
  s.handling_usd = model::Usd(c.handling_usd);
  s.fees_usd = model::Usd(c.fees_usd);
  s.storage_usd = model::Usd(c.storage_usd);
  s.co2e = model::KgCo2e(c.co2e_kg(tonnes));
}

}  // namespace

CorridorToken Network::token(EdgeId e, std::uint32_t origin, std::uint32_t destination) const {
  const EdgeInfo& edge = edges_[e];
  if (edge.kind == EdgeKind::leg) {
    const VertexInfo& to = vertices_[edge.target];
    if (to.node == origin || to.node == destination) return place_token(to.node, to.port);
  }
  return edge.token;
}

std::vector<CorridorToken> Network::corridor_tokens(std::span<const EdgeId> path) const {
  if (path.empty()) return {};
  return corridor_tokens(path, vertices_[edges_[path.front()].source].node,
                         vertices_[edges_[path.back()].target].node);
}

std::vector<CorridorToken> Network::corridor_tokens(std::span<const EdgeId> path,
                                                    std::uint32_t origin,
                                                    std::uint32_t destination) const {
  std::vector<CorridorToken> out;
  for (EdgeId id : path) {
    const CorridorToken t = token(id, origin, destination);
    if (t != kNoToken && (out.empty() || token_node(out.back()) != token_node(t))) {
      out.push_back(t);
    }
    if (edges_[id].kind == EdgeKind::finish) out.push_back(kEndToken);
  }
  return out;
}

model::Route Network::describe(std::span<const EdgeId> path, const model::Cargo& cargo,
                               model::Ready ready, model::Container container) const {
  const auto& sc = *scenario_;
  const double tonnes = cargo.tonnes_per_teu.value();
  const double teu = model::teu_of(container);
  model::Route route;
  const std::uint32_t origin = path.empty() ? 0 : vertices_[edges_[path.front()].source].node;
  const std::uint32_t destination = path.empty() ? 0 : vertices_[edges_[path.back()].target].node;
  for (EdgeId id : path) {
    const EdgeInfo& e = edges_[id];
    const VertexInfo& from = vertices_[e.source];
    const VertexInfo& to = vertices_[e.target];
    model::Step s;
    switch (e.kind) {
      case EdgeKind::start:
        continue;
      case EdgeKind::finish: {
        const auto& node = sc.nodes[e.element];
        if (!node.dwell && !closable_[e.element]) continue;
        // Arriving at the destination: its dwell, and its closures hold the shipment.
        s.kind = model::Step::Kind::dwell;
        s.from = s.to = model::NodeId(e.element);
        s.from_port = s.to_port = from.port;
        add_costs(s, cost::dwell_cost(node).for_container(teu), tonnes);
        break;
      }
      case EdgeKind::leg: {
        const auto& link = sc.links[e.element];
        s.kind = model::Step::Kind::leg;
        s.link = model::LinkId(e.element);
        s.from = model::NodeId(from.node);
        s.to = model::NodeId(to.node);
        s.from_port = s.to_port = link.port();
        s.reaches_place = token(id, origin, destination) != kNoToken;
        add_costs(s,
                  cost::leg_cost(link, sc.nodes[from.node], sc.emission_factors).for_container(teu),
                  tonnes);
        break;
      }
      case EdgeKind::dwell: {
        const auto& node = sc.nodes[e.element];
        if (!node.dwell && !closable_[e.element]) continue;
        s.kind = model::Step::Kind::dwell;
        s.from = s.to = model::NodeId(e.element);
        s.from_port = from.port;
        s.to_port = to.port;
        add_costs(s, cost::dwell_cost(node).for_container(teu), tonnes);
        break;
      }
      case EdgeKind::transfer: {
        const auto& node = sc.nodes[e.element];
        s.kind = model::Step::Kind::transfer;
        s.from = s.to = model::NodeId(e.element);
        s.from_port = from.port;
        s.to_port = to.port;
        add_costs(s, cost::transfer_cost(node, sc.emission_factors).for_container(teu), tonnes);
        break;
      }
    }
    route.steps.push_back(std::move(s));
  }
  follow_timetables(route, ready);
  for (const CorridorToken t : corridor_tokens(path)) {
    if (t == kEndToken) continue;
    route.corridor.nodes.push_back(model::NodeId(token_node(t)));
    if (const auto port = token_port(t)) route.corridor.ports.push_back(*port);
  }
  model::summarise(route, sc.value_of_time_usd_per_teu_hour(cargo));
  return route;
}

void Network::follow_timetables(model::Route& route, model::Ready ready) const {
  const auto& sc = *scenario_;
  std::vector<cost::TimedStep> timed;
  timed.reserve(route.steps.size());
  for (const model::Step& s : route.steps) {
    if (s.kind != model::Step::Kind::leg) {
      timed.push_back({(s.dwell + s.handling).value(), nullptr});
      continue;
    }
    const auto& schedule = sc.links[s.link.index()].schedule;
    timed.push_back({s.running.value(), schedule ? &*schedule : nullptr});
  }
  cost::DepartureWindow window = window_;
  window.at_first_departure = ready == model::Ready::first_departure;
  const auto waits = cost::expected_waits(timed, window);
  for (std::size_t k = 0; k < route.steps.size(); ++k) {
    model::Step& s = route.steps[k];
    if (s.kind != model::Step::Kind::leg) continue;
    const double per_day = sc.nodes[s.from.index()].storage_usd_per_teu_day.value();
    s.waiting = model::Hours(waits[k]);
    // A node without storage charges nothing, even for a wait that never ends (0 x inf).
    s.storage_usd = model::Usd(per_day == 0.0 ? 0.0 : per_day * waits[k] / model::kHoursPerDay);
  }
}

}  // namespace corridor::network
