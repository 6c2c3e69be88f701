// The discrete-event engine on the SimPy peer's workloads (shared/peers/peer_simpy.py), and
// the capacity simulation on the flagship scenario.
//
//   bench_des --benchmark_counters_tabular=true
//   tools/bench/des/compare_simpy.py build/bench/tools/bench/des/bench_des   # side by side
//
// Counters are per wall-clock second of simulation; the answers (transit percentiles, mean
// waits) are those of the last iteration, for comparison with the peer's.

#include <algorithm>
#include <cstdint>
#include <string>
#include <thread>

#include <benchmark/benchmark.h>

#include <corridor/capacity/simulate.hpp>
#include <corridor/engine/pipeline.hpp>
#include <corridor/io/load_scenario.hpp>
#include <corridor/network/network.hpp>
#include <corridor/routing/plan.hpp>

#include "peer_workloads.hpp"

namespace {

using namespace corridor;

/// The chain of six servers and a ferry, 100,000 shipments (the peer's default).
void BM_Chain(benchmark::State& state) {
  const auto shipments = static_cast<std::size_t>(state.range(0));
  bench::ChainResult last;
  std::uint64_t done = 0;
  std::uint64_t events = 0;
  std::uint64_t seed = 12345 + (static_cast<std::uint64_t>(state.thread_index()) << 32U);
  for (auto _ : state) {
    last = bench::run_chain(seed++, shipments);
    done += shipments;
    events += last.events;
  }
  state.counters["shipments/s"] =
      benchmark::Counter(static_cast<double>(done), benchmark::Counter::kIsRate);
  state.counters["events/s"] =
      benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
  double mean = 0.0;
  for (const double t : last.transit_hours)
    mean += t;
  // Answers: per simulation, averaged over threads (rates add up over threads).
  auto answer = [&](const char* name, double value) {
    state.counters[name] = benchmark::Counter(value, benchmark::Counter::kAvgThreads);
  };
  answer("transit_mean_h", mean / static_cast<double>(last.transit_hours.size()));
  answer("transit_p50_h", bench::percentile(last.transit_hours, 0.50));
  answer("transit_p95_h", bench::percentile(last.transit_hours, 0.95));
  answer("transit_p99_h", bench::percentile(last.transit_hours, 0.99));
  answer("ferry_wait_h", last.mean_wait_hours[3]);
}
BENCHMARK(BM_Chain)
    ->Arg(100000)
    ->ArgName("shipments")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
// Independent replications on every core, as the capacity simulation runs them.
BENCHMARK(BM_Chain)
    ->Arg(100000)
    ->ArgName("shipments")
    ->Threads(static_cast<int>(std::max(1U, std::thread::hardware_concurrency())))
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// M/M/c at utilisation 0.8, 500,000 customers (M/M/1 is the peer's headline queue).
void BM_MMc(benchmark::State& state) {
  const auto customers = static_cast<std::size_t>(state.range(0));
  const auto servers = static_cast<int>(state.range(1));
  std::vector<double> waits;
  std::uint64_t done = 0;
  std::uint64_t seed = 7;
  for (auto _ : state) {
    waits = bench::run_mmc(seed++, customers, servers);
    done += customers;
  }
  state.counters["customers/s"] =
      benchmark::Counter(static_cast<double>(done), benchmark::Counter::kIsRate);
  const bench::BatchMeans wq = bench::batch_means(waits);
  state.counters["Wq"] = wq.mean;
  state.counters["Wq_ci95"] = wq.half_width;
}
BENCHMARK(BM_MMc)
    ->ArgNames({"customers", "c"})
    ->Args({500000, 1})
    ->Args({500000, 4})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// The capacity simulation end to end on the flagship scenario: a year (30-day warm-up) at
/// three times its demand, 10 replications, on 1 thread and on all of them. Loading and
/// routing are not timed.
void BM_FlagshipYear(benchmark::State& state) {
  const io::LoadedScenario loaded =
      io::load_scenario(std::string(CORRIDOR_SOURCE_DIR) + "/scenarios/titr-baltic.yaml");
  const model::Scenario& sc = loaded.scenario;
  const network::Network net(sc);
  const model::RunResult routes = routing::plan(net, sc.policy);
  capacity::Options options = capacity::options_from(sc.simulation);
  options.demand_scale = 3.0;
  options.replications = 10;
  options.threads = static_cast<int>(state.range(0));
  std::uint64_t shipments = 0;
  for (auto _ : state) {
    const model::CapacityRun run = capacity::simulate(sc, routes.results, options);
    for (const model::CapacityLine& line : run.lines)
      shipments += line.shipments.generated;
  }
  state.counters["counted_shipments/s"] =
      benchmark::Counter(static_cast<double>(shipments), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_FlagshipYear)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(static_cast<std::int64_t>(std::max(1U, std::thread::hardware_concurrency())))
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// What `corridor capacity scenarios/titr-2030-x3.yaml` does, end to end: load and validate the
/// what-if and its base, route every line, simulate a year (30-day warm-up) at three times the
/// volumes with the corridor's background flow, 10 replications, on all threads. Only writing
/// the report is left out (tools/bench/des/capacity_cli.sh times the command itself).
void BM_WhatIfX3EndToEnd(benchmark::State& state) {
  const std::string path = std::string(CORRIDOR_SOURCE_DIR) + "/scenarios/titr-2030-x3.yaml";
  std::uint64_t shipments = 0;
  for (auto _ : state) {
    const io::LoadedScenario loaded = engine::load(path);
    const engine::Prepared prepared = engine::prepare(loaded.scenario, {});
    const model::CapacityRun run = engine::capacity(loaded.scenario, prepared);
    for (const model::CapacityLine& line : run.lines)
      shipments += line.shipments.generated;
  }
  state.counters["counted_shipments/s"] =
      benchmark::Counter(static_cast<double>(shipments), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_WhatIfX3EndToEnd)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
