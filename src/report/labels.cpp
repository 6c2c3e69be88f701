#include <set>

#include <corridor/report/labels.hpp>

namespace corridor::report {

std::string corridor_label(const model::Route& route, const model::NetworkView& net) {
  std::string label;
  for (const model::NodeId node : route.corridor.nodes) {
    if (!label.empty()) label += "\u2013";  // en dash
    label += net.place(node).name;
  }
  return label;
}

std::string modes_label(const model::Route& route) {
  const auto& ports = route.corridor.ports;
  std::set<int> gauges;
  for (const model::Port& p : ports) {
    if (p.mode == model::Mode::rail) gauges.insert(p.gauge_mm);
  }
  std::string label;
  for (std::size_t i = 0; i < ports.size(); ++i) {
    if (i > 0 && ports[i] == ports[i - 1]) continue;
    if (!label.empty()) label += " \u2192 ";
    label += gauges.size() > 1 ? model::describe(ports[i]) : std::string(to_string(ports[i].mode));
  }
  return label;
}

std::string step_where(const model::Step& step, const model::NetworkView& net) {
  if (step.is_stop()) return net.place(step.from).id;
  return net.place(step.from).id + " \u2192 " + net.place(step.to).id;
}

}  // namespace corridor::report
