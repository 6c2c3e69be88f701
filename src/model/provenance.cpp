#include <corridor/huge_pages.hpp>
#include <corridor/model/provenance.hpp>

namespace corridor::model {

std::string_view to_string(Citation::Element element) {
  switch (element) {
    case Citation::Element::node:
      return "node";
    case Citation::Element::link:
      return "link";
    case Citation::Element::cargo:
      return "cargo";
    case Citation::Element::disruption:
      return "disruption";
    case Citation::Element::emission_factor:
      return "emission factor";
    case Citation::Element::policy:
      return "policy";
  }
  return "?";
}

std::vector<Citation> citations_of(const Scenario& scenario) {
  std::vector<Citation> out;
  reserve_huge(out, scenario.nodes.size() + scenario.links.size() + scenario.cargo.size() +
                        scenario.disruptions.size() + kAllModes.size() + 2);
  auto add = [&out](Citation::Element element, std::string id, const std::string& source) {
    if (!source.empty()) out.push_back(Citation{element, std::move(id), source});
  };
  using E = Citation::Element;
  for (const auto& n : scenario.nodes)
    add(E::node, n.id, n.source);
  for (const auto& l : scenario.links)
    add(E::link, l.id, l.source);
  for (const auto& c : scenario.cargo)
    add(E::cargo, c.id, c.source);
  for (const auto& d : scenario.disruptions)
    add(E::disruption, d.id, d.source);
  const auto& f = scenario.emission_factors;
  for (const Mode mode : kAllModes)
    add(E::emission_factor, std::string(to_string(mode)), f.source[static_cast<std::size_t>(mode)]);
  add(E::emission_factor, "handling", f.handling_source);
  add(E::policy, "capital_cost_rate_per_year", scenario.policy.capital_cost_source);
  return out;
}

}  // namespace corridor::model
