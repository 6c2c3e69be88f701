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
  std::string label;
  for (const model::Mode mode : route.corridor.mode_sequence()) {
    if (!label.empty()) label += " \u2192 ";
    label += model::to_string(mode);
  }
  return label;
}

std::string step_where(const model::Step& step, const model::NetworkView& net) {
  if (step.is_stop()) return net.place(step.from).id;
  return net.place(step.from).id + " \u2192 " + net.place(step.to).id;
}

}  // namespace corridor::report
