#pragma once
/// Where a result comes from: the program and command that produced it, and the sources the
/// scenario cites for its figures. Reports for people print it; results stay byte-stable, so
/// there is no date or host here.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <corridor/model/scenario.hpp>

namespace corridor::model {

/// One `source:` of a scenario: the element that carries it and what it says.
struct Citation {
  enum class Element : std::uint8_t { node, link, cargo, disruption, emission_factor, policy };
  Element element = Element::node;
  std::string id;  ///< the element's id; the mode or "handling" for an emission factor
  std::string source;
};

[[nodiscard]] std::string_view to_string(Citation::Element element);

struct Provenance {
  std::string version;  ///< corridor's version; set by the engine's pipeline
  /// The command line that asked for the result, as the command-line tool received it; empty
  /// when a program called the library.
  std::string command;
  std::vector<Citation> sources;  ///< every non-empty `source:` of the scenario, in file order
};

/// Every non-empty source of `scenario`, in the order nodes, links, cargo, disruptions, emission
/// factors, policy (O(elements)).
[[nodiscard]] std::vector<Citation> citations_of(const Scenario& scenario);

}  // namespace corridor::model
