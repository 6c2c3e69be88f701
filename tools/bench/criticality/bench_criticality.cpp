// Criticality speed: every link of a seeded synthetic network closed in turn for 20 demand
// lines, and every node and link of the flagship scenario.
//
//   cmake --preset bench && cmake --build --preset bench --target bench_criticality
//   build/bench/tools/bench/criticality/bench_criticality
//
// Timed: the whole analysis (the base plan of every line, one closure search per line, every
// closure, the ranking) on every core. Building the network is not timed.

#include <cmath>
#include <map>
#include <memory>
#include <random>

#include <benchmark/benchmark.h>

#include <corridor/criticality/criticality.hpp>
#include <corridor/engine/pipeline.hpp>
#include <corridor/network/network.hpp>

#include "synthetic_network.hpp"

namespace {

using namespace corridor;

struct Fixture {
  model::Scenario scenario;
  std::unique_ptr<network::Network> net;
};

/// The synthetic network of `nodes` nodes (seed 7, continental density, as bench_routing) with
/// `lines` demand lines between seeded random pairs of nodes at least a quarter of the plane's
/// width apart.
const Fixture& synthetic_fixture(std::size_t nodes, std::size_t lines) {
  static std::map<std::pair<std::size_t, std::size_t>, std::unique_ptr<Fixture>> cache;
  auto& slot = cache[{nodes, lines}];
  if (slot) return *slot;
  slot = std::make_unique<Fixture>();
  synthetic::Options options;
  options.nodes = nodes;
  options.seed = 7;
  const double scale = std::sqrt(static_cast<double>(nodes) / 100000.0);
  options.width_km = 4000.0 * scale;
  options.height_km = 2500.0 * scale;
  auto& s = slot->scenario;
  s = synthetic::generate(options);
  std::mt19937_64 rng(11);
  std::uniform_int_distribution<std::size_t> pick(0, s.nodes.size() - 1);
  while (s.demand.size() < lines) {
    const auto& a = s.nodes[pick(rng)];
    const auto& b = s.nodes[pick(rng)];
    if (std::abs(a.location->lon - b.location->lon) < 0.25 * (options.width_km / 111.0)) continue;
    model::Demand d;
    d.from = a.id;
    d.to = b.id;
    d.cargo = s.cargo.front().id;
    d.teu_per_week = 10.0;
    s.demand.push_back(d);
  }
  slot->net = std::make_unique<network::Network>(s);
  return *slot;
}

void BM_EveryLink(benchmark::State& state) {
  const auto& f = synthetic_fixture(static_cast<std::size_t>(state.range(0)),
                                    static_cast<std::size_t>(state.range(1)));
  criticality::Options options;
  options.selection.modes = {model::Mode::rail, model::Mode::road, model::Mode::sea,
                             model::Mode::ferry};
  std::size_t hit = 0;
  for (auto _ : state) {
    auto run = criticality::analyse(*f.net, f.scenario.policy, f.scenario.demand, options);
    hit = static_cast<std::size_t>(std::count_if(run.ranking.begin(), run.ranking.end(),
                                                 [](const auto& r) { return !r.lines.empty(); }));
    benchmark::DoNotOptimize(run);
  }
  state.counters["links"] = static_cast<double>(f.scenario.links.size());
  state.counters["closures_that_reroute"] = static_cast<double>(hit);
}

void BM_Flagship(benchmark::State& state) {
  static const auto loaded =
      engine::load(std::string(CORRIDOR_SOURCE_DIR) + "/scenarios/titr-baltic.yaml");
  static const network::Network net(loaded.scenario);
  criticality::Options options;
  options.selection.ends = true;  // every node and every link
  for (auto _ : state) {
    auto run = criticality::analyse(net, loaded.scenario.policy, loaded.scenario.demand, options);
    benchmark::DoNotOptimize(run);
  }
  state.counters["elements"] =
      static_cast<double>(loaded.scenario.nodes.size() + loaded.scenario.links.size());
}

BENCHMARK(BM_EveryLink)
    ->ArgNames({"nodes", "lines"})
    ->Args({1000, 20})
    ->Args({10000, 20})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Flagship)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
