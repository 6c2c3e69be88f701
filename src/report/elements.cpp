#include "report/elements.hpp"

namespace corridor::report::detail {

std::string element_type(const model::Element& e) {
  return e.kind == model::Element::Kind::node ? "node" : "link";
}

std::string element_id(const model::Element& e, const model::NetworkView& net) {
  return e.kind == model::Element::Kind::node ? net.place(e.node()).id : net.link(e.link()).id;
}

std::string element_name(const model::Element& e, const model::NetworkView& net) {
  if (e.kind == model::Element::Kind::node) return net.place(e.node()).name;
  const auto& link = net.link(e.link());
  return net.place(link.from).name + "\u2013" + net.place(link.to).name;  // en dash
}

std::string element_kind(const model::Element& e, const model::NetworkView& net) {
  if (e.kind == model::Element::Kind::node) {
    return std::string(model::to_string(net.place(e.node()).kind));
  }
  return std::string(model::to_string(net.link(e.link()).mode));
}

std::string closure_ids(const std::vector<model::Element>& closed, const model::NetworkView& net) {
  std::string out;
  for (const auto& e : closed)
    out += (out.empty() ? "" : " + ") + element_id(e, net);
  return out;
}

std::string closure_names(const std::vector<model::Element>& closed,
                          const model::NetworkView& net) {
  std::string out;
  for (const auto& e : closed)
    out += (out.empty() ? "" : " + ") + element_name(e, net);
  return out;
}

}  // namespace corridor::report::detail
