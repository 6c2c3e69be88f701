// libFuzzer target: loader, virtual network, routing of every demand line and a small Monte
// Carlo of each line's best route. Besides crashes it checks that no NaN reaches a result:
// routed totals are finite, and simulated days are finite whenever every journey arrives.
//
// Work per input is bounded so that the fuzzer explores instead of waiting: at most 3 routes
// per line, 64 replications on one thread.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <corridor/error.hpp>
#include <corridor/io/load_scenario.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/plan.hpp>
#include <corridor/sim/monte_carlo.hpp>

namespace {

void require(bool condition) {
  if (!condition) std::abort();  // libFuzzer reports the input
}

bool finite(const corridor::model::RouteTotals& t) {
  return std::isfinite(t.hours().value()) && std::isfinite(t.usd().value()) &&
         std::isfinite(t.generalized().value()) && std::isfinite(t.co2e.value()) &&
         std::isfinite(t.km.value());
}

bool finite(const corridor::model::Summary& s) {
  for (double v : {s.mean, s.sd, s.min, s.max, s.p5, s.p50, s.p90, s.p95, s.p99}) {
    if (!std::isfinite(v)) return false;
  }
  return true;
}

void simulate(const corridor::model::Scenario& s, const corridor::model::OdResult& od) {
  if (od.routes.empty()) return;
  const auto* cargo = s.find_cargo(od.demand.cargo);
  require(cargo != nullptr);
  auto options = corridor::sim::options_from(s.simulation);
  options.replications = 64;
  options.threads = 1;
  const auto sim =
      corridor::sim::simulate_route(s, od.routes.front(), *cargo, od.demand.deadline_days, options);
  require(!std::isnan(sim.days.p50) && !std::isnan(sim.usd.p50));
  if (sim.never_arrive == 0) require(finite(sim.days) && finite(sim.usd));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const auto loaded = corridor::io::load_scenario_from_string(text, "fuzz.yaml");
    const auto& s = loaded.scenario;
    const corridor::network::Network net(s);
    auto policy = s.policy;
    policy.alternatives = std::min(policy.alternatives, 3);
    const auto run = corridor::routing::plan(net, policy);
    for (const auto& od : run.results) {
      for (const auto& r : od.routes)
        require(finite(r.totals));
      for (const auto& p : od.pareto)
        require(finite(p.route.totals));
      simulate(s, od);
    }
  } catch (const corridor::Error&) {
    // Invalid input or a search refused by its guards: reported, the expected outcome.
  }
  return 0;
}
