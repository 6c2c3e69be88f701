// Route-search speed on seeded synthetic networks, from corridor size to continental size.
//
//   cmake --preset bench && cmake --build --preset bench --target bench_routing
//   build/bench/tools/bench/routing/bench_routing
//
// Each benchmark searches between the nodes nearest the north-west and south-east corners:
// the longest queries the network has. Building the network is not timed.

#include <cmath>
#include <map>
#include <memory>

#include <benchmark/benchmark.h>

#include <corridor/error.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/k_alternatives.hpp>
#include <corridor/routing/pareto.hpp>
#include <corridor/routing/shortest.hpp>

#include "routing/k_best.hpp"
#include "synthetic_network.hpp"

namespace {

using namespace corridor;

struct Fixture {
  model::Scenario scenario;
  std::unique_ptr<network::Network> net;
  routing::Query query;
};

/// The network of `nodes` nodes; `speed_noise_pct` is the link-to-link spread of running
/// speeds (20 % by default; 0 makes time, cost and CO2e proportional to distance within a mode
/// and country, which keeps Pareto fronts small).
const Fixture& fixture(std::size_t nodes, int speed_noise_pct = 20) {
  static std::map<std::pair<std::size_t, int>, std::unique_ptr<Fixture>> cache;
  auto& slot = cache[{nodes, speed_noise_pct}];
  if (!slot) {
    slot = std::make_unique<Fixture>();
    synthetic::Options options;
    options.nodes = nodes;
    options.seed = 7;
    options.speed_noise = speed_noise_pct / 100.0;
    // Keep the density of a continent whatever the node count: scale the plane.
    const double scale = std::sqrt(static_cast<double>(nodes) / 100000.0);
    options.width_km = 4000.0 * scale;
    options.height_km = 2500.0 * scale;
    slot->scenario = synthetic::generate(options);
    slot->net = std::make_unique<network::Network>(slot->scenario);
    const auto corners = synthetic::far_corners(slot->scenario);
    slot->query.origin = *slot->net->find_node(corners.north_west);
    slot->query.destination = *slot->net->find_node(corners.south_east);
    slot->query.objective = model::Objective::generalized;
  }
  return *slot;
}

void describe(benchmark::State& state, const Fixture& f) {
  state.counters["nodes"] = static_cast<double>(f.scenario.nodes.size());
  state.counters["links"] = static_cast<double>(f.scenario.links.size());
  state.counters["vertices"] = static_cast<double>(f.net->vertex_count());
  state.counters["edges"] = static_cast<double>(f.net->edge_count());
}

void BM_ShortestPath(benchmark::State& state) {
  const auto& f = fixture(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto route = routing::shortest_path(*f.net, f.query);
    benchmark::DoNotOptimize(route);
  }
  describe(state, f);
}

void BM_Yen10(benchmark::State& state) {
  const auto& f = fixture(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    const routing::detail::SearchSpace space(*f.net, f.query);
    auto paths = routing::detail::k_best_paths(space, 10);
    benchmark::DoNotOptimize(paths);
  }
  describe(state, f);
}

void BM_Corridors10(benchmark::State& state) {
  const auto& f = fixture(static_cast<std::size_t>(state.range(0)));
  std::size_t examined = 0;
  for (auto _ : state) {
    auto found = routing::k_alternatives(*f.net, f.query, 10);
    examined = found.searches;
    benchmark::DoNotOptimize(found);
  }
  describe(state, f);
  state.counters["searches"] = static_cast<double>(examined);
}

// The CLI stops Pareto searches at 20 M labels; the benchmark lets them run to completion
// (the 100,000-node front needs about 6 GB).
constexpr std::size_t kParetoLabels = 400'000'000;

void BM_Pareto(benchmark::State& state) {
  const auto& f =
      fixture(static_cast<std::size_t>(state.range(0)), static_cast<int>(state.range(1)));
  std::size_t options = 0;
  for (auto _ : state) {
    auto front = routing::pareto_routes(*f.net, f.query, kParetoLabels);
    if (!front.complete) {
      state.SkipWithError("the Pareto search passed its label budget");
      break;
    }
    options = front.options.size();
    benchmark::DoNotOptimize(front);
  }
  describe(state, f);
  state.counters["options"] = static_cast<double>(options);
}

BENCHMARK(BM_ShortestPath)
    ->Arg(60)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Yen10)->Arg(60)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Corridors10)
    ->Arg(60)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);
// Exact fronts grow quickly with path length when every link and node trades time against
// cost differently: with a 20 % speed spread the front at 10,000 nodes passes 20 M labels, so
// that spread is measured up to 1,000 nodes. The 100,000-node case takes about 8 minutes.
BENCHMARK(BM_Pareto)
    ->ArgNames({"nodes", "speed_noise_pct"})
    ->Args({60, 20})
    ->Args({1000, 20})
    ->Args({60, 0})
    ->Args({1000, 0})
    ->Args({10000, 0})
    ->Args({100000, 0})
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
