#include <algorithm>
#include <mutex>
#include <numeric>
#include <utility>

#include <corridor/huge_pages.hpp>
#include <corridor/model/id_set.hpp>
#include <corridor/network/network.hpp>

#include "network/boost_graph.hpp"

namespace corridor::network {

struct Network::Index {
  model::IdSet nodes;  ///< the scenario's node ids, at their indices
};

struct Network::LazyGraph {
  std::once_flag built;
  BoostGraph graph;
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

namespace {

/// The ports (mode and gauge) each node serves, from its open links: node n's are
/// ports[first[n] .. first[n + 1]), in increasing order. O(L log L).
struct NodePorts {
  std::vector<std::uint32_t> first;
  std::vector<model::Port> ports;

  /// Index of `p` among all ports, i.e. its position in `ports`. Precondition: node n serves p.
  [[nodiscard]] std::uint32_t find(std::size_t n, model::Port p) const {
    std::uint32_t i = first[n];
    while (ports[i] != p)
      ++i;
    return i;
  }
  [[nodiscard]] std::size_t count(std::size_t n) const { return first[n + 1] - first[n]; }
};

/// `v` resized to `n` values, with huge pages asked for before they are written.
template <class T>
void resize_large(std::vector<T>& v, std::size_t n) {
  reserve_huge(v, n);
  v.resize(n);
}

NodePorts node_ports(std::size_t node_count, std::span<const std::uint32_t> ends,
                     const std::vector<model::Link>& links) {
  std::vector<std::pair<std::uint32_t, model::Port>> served;
  served.reserve(ends.size());
  for (std::size_t i = 0; i < links.size(); ++i) {
    if (!links[i].open) continue;
    served.emplace_back(ends[2 * i], links[i].port());
    served.emplace_back(ends[2 * i + 1], links[i].port());
  }
  std::sort(served.begin(), served.end());
  served.erase(std::unique(served.begin(), served.end()), served.end());
  NodePorts out;
  out.first.assign(node_count + 1, 0);
  out.ports.reserve(served.size());
  for (const auto& [node, port] : served) {
    ++out.first[node + 1];
    out.ports.push_back(port);
  }
  std::partial_sum(out.first.begin(), out.first.end(), out.first.begin());
  return out;
}

}  // namespace

Network::Network(const model::Scenario& scenario)
    : scenario_(&scenario),
      window_(cost::departure_window(scenario.simulation)),
      graph_(std::make_unique<LazyGraph>()),
      index_(std::make_unique<Index>()) {
  const auto& nodes = scenario.nodes;
  const auto& links = scenario.links;
  index_->nodes.reserve(nodes.size());
  for (const auto& n : nodes)
    index_->nodes.add(n.id);
  auto node_of = [this](const std::string& id) {
    return static_cast<std::uint32_t>(index_->nodes.find(id).value());
  };
  // Each link's end nodes, from and to side by side.
  std::vector<std::uint32_t> ends(2 * links.size());
  for (std::size_t i = 0; i < links.size(); ++i) {
    ends[2 * i] = node_of(links[i].from);
    ends[2 * i + 1] = node_of(links[i].to);
  }
  const NodePorts ports = node_ports(nodes.size(), ends, links);

  // Vertices: per node origin, destination, then arrival/departure per port (sorted port order),
  // so the arrival vertex of port i (an index into ports.ports) is first_port_vertex + 2 i.
  origin_.resize(nodes.size());
  vertices_.reserve(2 * nodes.size() + 2 * ports.ports.size());
  std::vector<VertexId> arrival(ports.ports.size());
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    const auto node = static_cast<std::uint32_t>(n);
    origin_[n] = static_cast<VertexId>(vertices_.size());
    vertices_.push_back({VertexKind::origin, node, {}});
    vertices_.push_back({VertexKind::destination, node, {}});
    for (std::uint32_t i = ports.first[n]; i < ports.first[n + 1]; ++i) {
      arrival[i] = static_cast<VertexId>(vertices_.size());
      vertices_.push_back({VertexKind::arrival, node, ports.ports[i]});
      vertices_.push_back({VertexKind::departure, node, ports.ports[i]});
    }
  }
  auto arrival_at = [&](std::size_t n, model::Port p) { return arrival[ports.find(n, p)]; };

  closable_.assign(nodes.size(), false);
  for (const auto& d : scenario.disruptions) {
    for (const auto& id : d.nodes) {
      if (const auto n = index_->nodes.find(id)) closable_[*n] = true;
    }
  }

  // Compressed sparse rows, written in place: the out-degree of every vertex is counted
  // first, then each edge goes to the next free slot of its source. Within a source, edges
  // keep the order they are made in (nodes, then links), so EdgeIds do not depend on how
  // the rows are filled.
  row_start_.assign(vertices_.size() + 1, 0);
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    const std::size_t k = ports.count(n);
    row_start_[origin_[n] + 1] += static_cast<EdgeId>(k);
    for (std::uint32_t i = ports.first[n]; i < ports.first[n + 1]; ++i) {
      row_start_[arrival[i] + 1] += static_cast<EdgeId>(2 + (nodes[n].handling ? k - 1 : 0));
    }
  }
  for (std::size_t i = 0; i < links.size(); ++i) {
    if (!links[i].open) continue;
    ++row_start_[arrival_at(ends[2 * i], links[i].port()) + 2];
    if (links[i].bidirectional) ++row_start_[arrival_at(ends[2 * i + 1], links[i].port()) + 2];
  }
  std::partial_sum(row_start_.begin(), row_start_.end(), row_start_.begin());
  resize_large(edges_, row_start_.back());
  std::vector<EdgeId> next(row_start_.begin(), row_start_.end() - 1);
  auto add = [&](const EdgeInfo& e) { edges_[next[e.source]++] = e; };

  const cost::ElementCost free{};
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    const auto node = static_cast<std::uint32_t>(n);
    const auto dwell = cost::dwell_cost(nodes[n]);
    const auto transfer = cost::transfer_cost(nodes[n], scenario.emission_factors);
    for (std::uint32_t i = ports.first[n]; i < ports.first[n + 1]; ++i) {
      const model::Port p = ports.ports[i];
      const VertexId arr = arrival[i];
      EdgeInfo start = priced(EdgeKind::start, node, free);
      start.source = origin_[n];
      start.target = arr + 1;
      start.token = place_token(node, std::nullopt);
      add(start);
      // The destination's dwell holds the shipment too (customs, the terminal's gate).
      EdgeInfo finish = priced(EdgeKind::finish, node, dwell);
      finish.source = arr;
      finish.target = origin_[n] + 1;
      finish.token = place_token(node, p);
      add(finish);
      EdgeInfo pass = priced(EdgeKind::dwell, node, dwell);
      pass.source = arr;
      pass.target = arr + 1;
      add(pass);
      if (!nodes[n].handling) continue;
      for (std::uint32_t j = ports.first[n]; j < ports.first[n + 1]; ++j) {
        if (j == i) continue;
        const model::Port q = ports.ports[j];
        EdgeInfo change = priced(EdgeKind::transfer, node, transfer);
        change.source = arr;
        change.target = arrival[j] + 1;
        change.gauge_change = p.mode == model::Mode::rail && q.mode == model::Mode::rail;
        change.token = place_token(node, p);
        add(change);
      }
    }
  }
  for (std::size_t i = 0; i < links.size(); ++i) {
    const auto& l = links[i];
    if (!l.open) continue;
    const std::uint32_t a = ends[2 * i];
    const std::uint32_t b = ends[2 * i + 1];
    const auto link = static_cast<std::uint32_t>(i);
    EdgeInfo forward =
        priced(EdgeKind::leg, link, cost::leg_cost(l, nodes[a], scenario.emission_factors));
    forward.source = arrival_at(a, l.port()) + 1;
    forward.target = arrival_at(b, l.port());
    if (leg_passes_place(nodes[a], nodes[b])) forward.token = place_token(b, l.port());
    add(forward);
    if (l.bidirectional) {
      EdgeInfo back = forward;
      if (l.schedule && nodes[a].storage_usd_per_teu_day != nodes[b].storage_usd_per_teu_day) {
        // Storage during the wait for a departure is charged where the leg starts.
        back = priced(EdgeKind::leg, link, cost::leg_cost(l, nodes[b], scenario.emission_factors));
      }
      back.source = arrival_at(b, l.port()) + 1;
      back.target = arrival_at(a, l.port());
      back.token = leg_passes_place(nodes[b], nodes[a]) ? place_token(a, l.port()) : kNoToken;
      add(back);
    }
  }

  in_start_.assign(vertices_.size() + 1, 0);
  for (const auto& e : edges_)
    ++in_start_[e.target + 1];
  std::partial_sum(in_start_.begin(), in_start_.end(), in_start_.begin());
  resize_large(in_edge_, edges_.size());
  resize_large(in_source_, edges_.size());
  resize_large(target_, edges_.size());
  std::copy(in_start_.begin(), in_start_.end() - 1, next.begin());
  next.resize(vertices_.size());
  for (EdgeId e = 0; e < edges_.size(); ++e) {
    const EdgeId slot = next[edges_[e].target]++;
    in_edge_[slot] = e;
    in_source_[slot] = edges_[e].source;
    target_[e] = edges_[e].target;
  }
  resize_large(bound_hours_, edges_.size());
  resize_large(bound_usd_1teu_, edges_.size());
  resize_large(bound_usd_2teu_, edges_.size());
  for (EdgeId e = 0; e < edges_.size(); ++e) {
    const EdgeInfo& edge = edges_[e];
    bound_hours_[e] = edge.hours - edge.wait_hours;
    bound_usd_1teu_[e] = edge.usd_for(model::teu_of(model::Container::ft20)) - edge.wait_usd;
    bound_usd_2teu_[e] = edge.usd_for(model::teu_of(model::Container::ft40)) - edge.wait_usd;
  }
}

const Network::BoostGraph& Network::boost_graph() const {
  std::call_once(graph_->built, [this] {
    std::vector<std::pair<VertexId, VertexId>> pairs;
    pairs.reserve(edges_.size());
    for (const auto& e : edges_)
      pairs.emplace_back(e.source, e.target);
    graph_->graph.graph = BoostGraph::Graph(boost::edges_are_unsorted_multi_pass, pairs.begin(),
                                            pairs.end(), static_cast<VertexId>(vertices_.size()));
  });
  return graph_->graph;
}

Network::~Network() = default;
Network::Network(Network&&) noexcept = default;
Network& Network::operator=(Network&&) noexcept = default;

std::optional<model::NodeId> Network::find_node(std::string_view id) const {
  const auto n = index_->nodes.find(id);
  if (!n) return std::nullopt;
  return model::NodeId::at(*n);
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
