#pragma once
// Private to report: names of closed elements (criticality reports).

#include <string>
#include <vector>

#include <corridor/model/criticality_result.hpp>
#include <corridor/model/network_view.hpp>

namespace corridor::report::detail {

/// "node" or "link".
[[nodiscard]] std::string element_type(const model::Element& e);
/// The node's or link's id: "MOCKAVA", "L_AKTAU_BAKU".
[[nodiscard]] std::string element_id(const model::Element& e, const model::NetworkView& net);
/// For people: "Mockava" for a node, "Aktau–Alat (Baku)" for a link.
[[nodiscard]] std::string element_name(const model::Element& e, const model::NetworkView& net);
/// A node's kind ("border") or a link's mode ("ferry").
[[nodiscard]] std::string element_kind(const model::Element& e, const model::NetworkView& net);
/// The ids of a closure joined by " + ".
[[nodiscard]] std::string closure_ids(const std::vector<model::Element>& closed,
                                      const model::NetworkView& net);
/// The names of a closure joined by " + ".
[[nodiscard]] std::string closure_names(const std::vector<model::Element>& closed,
                                        const model::NetworkView& net);

}  // namespace corridor::report::detail
