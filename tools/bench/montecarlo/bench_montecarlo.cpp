// Throughput of the Monte Carlo engine on the reference case: a 20-leg route whose
// legs alternate triangular and log-normal running times, with no timetable and no disruption.
//
//   bench_montecarlo --benchmark_counter_tabular=true
//
// Counters: journeys/s and leg_samples/s (one running-time draw per leg), per wall-clock second.

#include <algorithm>
#include <cstdint>
#include <string>
#include <thread>

#include <benchmark/benchmark.h>

#include <corridor/model/route.hpp>
#include <corridor/model/scenario.hpp>
#include <corridor/sim/journey.hpp>
#include <corridor/sim/monte_carlo.hpp>
#include <corridor/sim/sampler.hpp>

namespace {

using namespace corridor;

constexpr std::size_t kLegs = 20;

struct Reference {
  model::Scenario scenario;
  model::Cargo cargo;
  model::Route route;
};

Reference make_reference() {
  Reference r;
  r.cargo.id = "general";
  r.cargo.value_usd_per_teu = model::Usd(50000.0);
  for (std::size_t i = 0; i <= kLegs; ++i) {
    model::Node node;
    node.id = "N" + std::to_string(i);
    r.scenario.nodes.push_back(node);
  }
  for (std::size_t i = 0; i < kLegs; ++i) {
    model::Link link;
    link.id = "L" + std::to_string(i);
    link.from = r.scenario.nodes[i].id;
    link.to = r.scenario.nodes[i + 1].id;
    link.hours = i % 2 == 0 ? model::Distribution(model::Triangular{10.0, 20.0, 40.0})
                            : model::Distribution::lognormal_from_median_p95(24.0, 48.0);
    link.tariff.usd_per_teu = model::Usd(100.0);
    r.scenario.links.push_back(link);

    model::Step step;
    step.kind = model::Step::Kind::leg;
    step.link = model::LinkId::at(i);
    step.from = model::NodeId::at(i);
    step.to = model::NodeId::at(i + 1);
    step.running = model::Hours(link.hours->mean());
    step.tariff = link.tariff.usd_per_teu;
    r.route.steps.push_back(step);
  }
  model::summarise(r.route, r.scenario.value_of_time_usd_per_teu_hour(r.cargo));
  return r;
}

const Reference& reference() {
  static const Reference r = make_reference();
  return r;
}

void set_counters(benchmark::State& state, std::uint64_t journeys) {
  const auto j = static_cast<double>(journeys);
  state.counters["journeys/s"] = benchmark::Counter(j, benchmark::Counter::kIsRate);
  state.counters["leg_samples/s"] =
      benchmark::Counter(j * static_cast<double>(kLegs), benchmark::Counter::kIsRate);
}

/// The batch kernel alone: 2048 journeys per call. With several threads each simulates its own
/// range of replications, and the counters add up over threads (per wall-clock second).
void BM_Kernel(benchmark::State& state) {
  const Reference& r = reference();
  const sim::JourneyModel model(r.scenario, r.route, r.cargo);
  sim::JourneyBlock block;
  constexpr std::size_t kBlock = 2048;
  const std::uint64_t start = static_cast<std::uint64_t>(state.thread_index()) << 40U;
  std::uint64_t first = start;
  for (auto _ : state) {
    model.run(42, first, kBlock, block);
    benchmark::DoNotOptimize(block.hours().data());
    first += kBlock;
  }
  set_counters(state, first - start);
}
BENCHMARK(BM_Kernel)
    ->ThreadRange(1, static_cast<int>(std::max(1U, std::thread::hardware_concurrency())))
    ->UseRealTime();

/// simulate_route end to end (sampling, moments, exact percentiles, histograms).
void BM_SimulateRoute(benchmark::State& state) {
  const Reference& r = reference();
  sim::MonteCarloOptions options;
  options.replications = static_cast<std::uint64_t>(state.range(0));
  options.threads = static_cast<int>(state.range(1));
  std::uint64_t journeys = 0;
  for (auto _ : state) {
    auto result = sim::simulate_route(r.scenario, r.route, r.cargo, 30.0, options);
    benchmark::DoNotOptimize(result.days.mean);
    journeys += options.replications;
  }
  set_counters(state, journeys);
}
BENCHMARK(BM_SimulateRoute)
    ->ArgNames({"replications", "threads"})
    ->Args({200000, 1})
    ->Args({200000, static_cast<std::int64_t>(std::max(1U, std::thread::hardware_concurrency()))})
    ->Args({2000000, 1})
    ->Args({2000000, static_cast<std::int64_t>(std::max(1U, std::thread::hardware_concurrency()))})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// One family's batch sampler: kLanes draws per iteration.
void sample_lanes_benchmark(benchmark::State& state, const model::Distribution& d) {
  const sim::Sampler sampler(d);
  sim::LaneStreams lanes;
  lanes.seed(42, 0);
  alignas(64) std::array<double, sim::kLanes> out{};
  std::uint64_t draws = 0;
  for (auto _ : state) {
    sampler.sample_lanes(lanes, out);
    benchmark::DoNotOptimize(out.data());
    draws += sim::kLanes;
  }
  state.counters["samples/s"] =
      benchmark::Counter(static_cast<double>(draws), benchmark::Counter::kIsRate);
}
BENCHMARK_CAPTURE(sample_lanes_benchmark, triangular,
                  model::Distribution(model::Triangular{10.0, 20.0, 40.0}));
BENCHMARK_CAPTURE(sample_lanes_benchmark, lognormal,
                  model::Distribution::lognormal_from_median_p95(24.0, 48.0));
BENCHMARK_CAPTURE(sample_lanes_benchmark, pert,
                  model::Distribution(model::Pert{10.0, 20.0, 40.0, 4.0}));
BENCHMARK_CAPTURE(sample_lanes_benchmark, uniform, model::Distribution(model::Uniform{10.0, 40.0}));

}  // namespace

BENCHMARK_MAIN();
