#include "capacity/itinerary.hpp"

#include <algorithm>

namespace corridor::capacity::detail {

using model::ResourceKind;
using Kind = model::Step::Kind;

ResourceTable::ResourceTable(const model::Scenario& scenario) : scenario_(scenario) {
  for (std::size_t i = 0; i < scenario.nodes.size(); ++i)
    nodes_.emplace(scenario.nodes[i].id, static_cast<std::uint32_t>(i));
}

std::uint32_t ResourceTable::add(ResourceSpec spec) {
  const Key key{spec.kind, spec.link.value(), spec.node.value(), spec.from.value()};
  const auto [it, inserted] = index_.emplace(key, static_cast<std::uint32_t>(specs_.size()));
  if (inserted) specs_.push_back(std::move(spec));
  return it->second;
}

ResourceSpec ResourceTable::link_spec(ResourceKind kind, model::LinkId link,
                                      model::NodeId from) const {
  const model::Link& l = scenario_.links.at(link.index());
  const model::NodeId a(nodes_.at(l.from));
  const model::NodeId b(nodes_.at(l.to));
  ResourceSpec spec;
  spec.kind = kind;
  spec.link = link;
  spec.from = from;
  spec.to = from == a ? b : a;
  return spec;
}

std::uint32_t ResourceTable::node_throughput(model::NodeId node) {
  const model::Node& n = scenario_.nodes.at(node.index());
  if (!n.capacity.teu_per_day) return kNoResource;
  ResourceSpec spec;
  spec.kind = ResourceKind::throughput;
  spec.node = node;
  spec.capacity = *n.capacity.teu_per_day;
  return add(std::move(spec));
}

std::uint32_t ResourceTable::node_handling(model::NodeId node) {
  const model::Node& n = scenario_.nodes.at(node.index());
  if (!n.handling || !n.handling->servers) return kNoResource;
  ResourceSpec spec;
  spec.kind = ResourceKind::handling;
  spec.node = node;
  spec.capacity = *n.handling->servers;
  return add(std::move(spec));
}

std::uint32_t ResourceTable::link_throughput(model::LinkId link, model::NodeId from) {
  const model::Link& l = scenario_.links.at(link.index());
  if (!l.capacity.teu_per_day) return kNoResource;
  ResourceSpec spec = link_spec(ResourceKind::throughput, link, from);
  spec.capacity = *l.capacity.teu_per_day;
  return add(std::move(spec));
}

std::uint32_t ResourceTable::link_departures(model::LinkId link, model::NodeId from,
                                             const sim::CompiledStep& leg) {
  const model::Link& l = scenario_.links.at(link.index());
  if (!l.schedule || !l.schedule->capacity_teu) return kNoResource;
  ResourceSpec spec = link_spec(ResourceKind::departures, link, from);
  spec.capacity = *l.schedule->capacity_teu;
  spec.leg = leg;
  return add(std::move(spec));
}

namespace {

/// Appends `op` for step `k`.
void push(Itinerary& it, Op op, std::size_t k, std::uint32_t resource = kNoResource) {
  it.stages.push_back({op, static_cast<std::uint32_t>(k), resource});
  if (resource != kNoResource) it.resources.push_back(resource);
}

/// Appends a gate for step `k` when there is a throughput limit to pass.
void push_gate(Itinerary& it, std::size_t k, std::uint32_t limit) {
  if (limit != kNoResource) push(it, Op::gate, k, limit);
}

}  // namespace

Itinerary compile_itinerary(const model::Route& route, const model::Cargo& cargo,
                            ResourceTable& table) {
  const model::Scenario& sc = table.scenario();
  Itinerary it;
  it.steps = sim::JourneyModel(sc, route, cargo).steps();
  for (std::size_t k = 0; k < route.steps.size(); ++k) {
    const model::Step& step = route.steps[k];
    if (step.is_stop()) {
      // A stop at a node (dwell or transfer): its throughput limit is passed once the node is
      // open, before the dwell; handling servers serve transshipments only.
      push(it, Op::enter, k);
      push_gate(it, k, table.node_throughput(step.from));
      push(it, Op::dwell, k);
      if (step.kind == Kind::transfer) push(it, Op::handle, k, table.node_handling(step.from));
      continue;
    }
    // The node the leg leaves: where the shipment starts, or a node passed without a stop.
    if (k == 0 || !route.steps[k - 1].is_stop()) {
      push_gate(it, k, table.node_throughput(step.from));
    }
    push_gate(it, k, table.link_throughput(step.link, step.from));
    const std::uint32_t departures = table.link_departures(step.link, step.from, it.steps[k]);
    if (departures != kNoResource) {
      const auto& schedule = sc.links.at(step.link.index()).schedule;
      it.max_shipment_teu = std::min(it.max_shipment_teu, *schedule->capacity_teu);
    }
    push(it, Op::depart, k, departures);
    push(it, Op::run, k);
  }
  if (!route.steps.empty()) {
    const std::size_t last = route.steps.size() - 1;
    push_gate(it, last, table.node_throughput(route.steps[last].to));
  }
  return it;
}

}  // namespace corridor::capacity::detail
