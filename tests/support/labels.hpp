#pragma once
// Test helper: a route's corridor and modes as reports print them.

#include <string>

#include <corridor/model/network_view.hpp>
#include <corridor/model/route.hpp>
#include <corridor/model/scenario.hpp>
#include <corridor/report/labels.hpp>

namespace corridor::test {

inline std::string corridor_of(const model::Route& route, const model::Scenario& scenario) {
  return report::corridor_label(route, model::view_of(scenario));
}

inline std::string modes_of(const model::Route& route) {
  return report::modes_label(route);
}

}  // namespace corridor::test
