#pragma once
// A straight-line test network: nodes N0 .. Nn joined by links L0 .. L(n-1), each link fixed at
// 0 hours until a test sets it, and a route over all of it priced as the routing engine would
// (means, expected timetable waits, storage for them).

#include <optional>
#include <string>

#include <corridor/model/distribution.hpp>
#include <corridor/model/route.hpp>
#include <corridor/model/scenario.hpp>

namespace corridor::sim::test {

class LineScenario {
 public:
  explicit LineScenario(std::size_t legs) {
    cargo.id = "cargo";
    cargo.value_usd_per_teu = model::Usd(36500.0);  // 10 USD/day at 10 %/year
    scenario.cargo.push_back(cargo);
    for (std::size_t i = 0; i <= legs; ++i) {
      model::Node node;
      node.id = "N" + std::to_string(i);
      node.name = node.id;
      scenario.nodes.push_back(node);
    }
    for (std::size_t i = 0; i < legs; ++i) {
      model::Link link;
      link.id = "L" + std::to_string(i);
      link.from = node(i).id;
      link.to = node(i + 1).id;
      link.hours = model::Distribution(model::Fixed{0.0});
      scenario.links.push_back(link);
    }
  }

  model::Node& node(std::size_t i) { return scenario.nodes.at(i); }
  model::Link& link(std::size_t i) { return scenario.links.at(i); }

  /// Every link in order; a transfer step at each intermediate node with handling, otherwise
  /// a dwell step where the node has a dwell.
  [[nodiscard]] model::Route route() const {
    model::Route r;
    for (std::size_t i = 0; i < scenario.links.size(); ++i) {
      const model::Node& at = scenario.nodes[i];
      if (i > 0 && (at.handling || at.dwell)) {
        model::Step s;
        s.kind = at.handling ? model::Step::Kind::transfer : model::Step::Kind::dwell;
        s.from = s.to = model::NodeId::at(i);
        if (at.dwell) {
          s.dwell = model::Hours(at.dwell->hours.mean());
          s.fees_usd = at.dwell->usd_per_teu;
        }
        if (at.handling) {
          s.handling = model::Hours(at.handling->hours.mean());
          s.handling_usd = at.handling->usd_per_teu;
        }
        r.steps.push_back(s);
      }
      const model::Link& l = scenario.links[i];
      model::Step s;
      s.kind = model::Step::Kind::leg;
      s.link = model::LinkId::at(i);
      s.from = model::NodeId::at(i);
      s.to = model::NodeId::at(i + 1);
      s.running = model::Hours(l.running_time().mean());
      s.tariff = l.tariff.usd_per_teu;
      if (l.schedule) {
        s.waiting = model::Hours(l.schedule->expected_wait_hours());
        s.storage_usd = model::Usd(s.waiting.value() * at.storage_usd_per_teu_day.value() / 24.0);
      }
      r.steps.push_back(s);
    }
    model::summarise(r, scenario.value_of_time_usd_per_teu_hour(cargo));
    return r;
  }

  model::Scenario scenario;
  model::Cargo cargo;
};

}  // namespace corridor::sim::test
