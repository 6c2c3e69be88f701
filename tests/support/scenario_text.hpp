#pragma once
// Test support: scenarios from inline YAML, so that tests read like scenario files.

#include <string>
#include <string_view>

#include <corridor/error.hpp>
#include <corridor/io/load_scenario.hpp>
#include <corridor/model/scenario.hpp>

namespace corridor::test {

/// Loads a scenario from YAML text (named "test.yaml" in messages); fails the test on errors.
inline model::Scenario scenario_from(std::string_view yaml) {
  return io::load_scenario_from_string(yaml, "test.yaml").scenario;
}

/// The formatted issues a YAML text produces ("" when it loads cleanly), one per line.
inline std::string errors_of(std::string_view yaml) {
  try {
    const auto loaded = io::load_scenario_from_string(yaml, "test.yaml");
    std::string out;
    for (const auto& w : loaded.warnings)
      out += format_issue(w) + "\n";
    return out;
  } catch (const ValidationError& e) {
    std::string out;
    for (const auto& i : e.issues())
      out += format_issue(i) + "\n";
    return out;
  }
}

}  // namespace corridor::test
