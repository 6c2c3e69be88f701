// Route searches on the peers' networks (shared/peers/gen_network.py), the inputs networkx is
// timed on in shared/peers, so that docs/benchmarks.md shows both from the same files.
//
//   (cd shared/peers && for p in 1k 10k 100k; do ./gen_network.py --preset $p -o DIR/net_$p.json;
//   done) CORRIDOR_PEER_DATA=DIR build/bench/tools/bench/routing/bench_peer_routing
//
// Each query runs from the network's suggested origin to its suggested destination (east end
// to west end of the middle row, as peer_networkx.py does) under the generalized cost, which
// is the peers' edge weight. Reading the file and building the network are not timed. The
// counters give the answer (cost, hops) to compare with shared/peers/results/summary.json.

#include <cstdlib>
#include <map>
#include <memory>
#include <string>

#include <benchmark/benchmark.h>

#include <corridor/network/network.hpp>
#include <corridor/routing/k_alternatives.hpp>
#include <corridor/routing/pareto.hpp>
#include <corridor/routing/plan.hpp>
#include <corridor/routing/shortest.hpp>

#include "peer_network.hpp"
#include "routing/corridors.hpp"
#include "routing/edge_weights.hpp"
#include "routing/k_best.hpp"

namespace {

using namespace corridor;

struct Fixture {
  peers::PeerNetwork peer;
  std::unique_ptr<network::Network> net;
  routing::Query query;
};

/// The peer network of a preset ("1k", "10k", "100k"), read once; nullptr when the file is
/// missing (the benchmark then says how to make it).
const Fixture* fixture(const std::string& preset) {
  static std::map<std::string, std::unique_ptr<Fixture>> cache;
  auto& slot = cache[preset];
  if (!slot) {
    const char* dir = std::getenv("CORRIDOR_PEER_DATA");
    const std::string path = std::string(dir ? dir : "data") + "/net_" + preset + ".json";
    try {
      auto f = std::make_unique<Fixture>();
      f->peer = peers::read_peer_network(path);
      f->net = std::make_unique<network::Network>(f->peer.scenario);
      f->query.origin = *f->net->find_node(f->peer.source);
      f->query.destination = *f->net->find_node(f->peer.target);
      f->query.objective = model::Objective::generalized;
      slot = std::move(f);
    } catch (const std::exception&) {
      return nullptr;
    }
  }
  return slot.get();
}

const Fixture* setup(benchmark::State& state, const std::string& preset) {
  const Fixture* f = fixture(preset);
  if (!f) {
    state.SkipWithError(("no peer network net_" + preset +
                         ".json in $CORRIDOR_PEER_DATA: write it with "
                         "shared/peers/gen_network.py --preset " +
                         preset)
                            .c_str());
  }
  return f;
}

void describe(benchmark::State& state, const Fixture& f) {
  state.counters["nodes"] = static_cast<double>(f.peer.scenario.nodes.size());
  state.counters["links"] = static_cast<double>(f.peer.scenario.links.size());
  state.counters["vertices"] = static_cast<double>(f.net->vertex_count());
  state.counters["edges"] = static_cast<double>(f.net->edge_count());
}

std::size_t legs(const model::Route& route) {
  std::size_t n = 0;
  for (const auto& s : route.steps)
    n += s.kind == model::Step::Kind::leg ? 1 : 0;
  return n;
}

const char* const kPresets[] = {"1k", "10k", "100k"};

void BM_PeerShortestPath(benchmark::State& state) {
  const Fixture* f = setup(state, kPresets[state.range(0)]);
  if (!f) return;
  double cost = 0.0;
  std::size_t hops = 0;
  for (auto _ : state) {
    auto route = routing::shortest_path(*f->net, f->query);
    cost = route->objective_value;
    hops = legs(*route);
    benchmark::DoNotOptimize(route);
  }
  describe(state, *f);
  state.counters["cost"] = cost;
  state.counters["hops"] = static_cast<double>(hops);
}

// The same query with the edge weights computed before and the search memory allocated, as
// every query of a plan after the first gets them (routing::plan shares them between lines).
void BM_PeerShortestPathSharedWeights(benchmark::State& state) {
  const Fixture* f = setup(state, kPresets[state.range(0)]);
  if (!f) return;
  routing::detail::Workspace workspace(*f->net);
  double cost = 0.0;
  for (auto _ : state) {
    auto found = routing::detail::first_corridors(*f->net, f->query, 1, nullptr, &workspace);
    cost = found.routes.front().objective_value;
    benchmark::DoNotOptimize(found);
  }
  describe(state, *f);
  state.counters["cost"] = cost;
}

// What a cold query pays before it searches: the edge weights and the network reversed for
// them (BM_PeerShortestPath less BM_PeerShortestPathSharedWeights, give or take the memory).
void BM_PeerEdgeWeights(benchmark::State& state) {
  const Fixture* f = setup(state, kPresets[state.range(0)]);
  if (!f) return;
  for (auto _ : state) {
    auto weights =
        routing::detail::edge_weights(*f->net, f->query, routing::detail::Weights::lower_bound);
    benchmark::DoNotOptimize(weights);
  }
  describe(state, *f);
}

void BM_PeerYen10(benchmark::State& state) {
  const Fixture* f = setup(state, kPresets[state.range(0)]);
  if (!f) return;
  double last = 0.0;
  for (auto _ : state) {
    const routing::detail::SearchSpace space(*f->net, f->query);
    auto paths = routing::detail::k_best_paths(space, 10);
    last = paths.back().cost;
    benchmark::DoNotOptimize(paths);
  }
  describe(state, *f);
  state.counters["cost_10th"] = last;
}

void BM_PeerCorridors10(benchmark::State& state) {
  const Fixture* f = setup(state, kPresets[state.range(0)]);
  if (!f) return;
  std::size_t found = 0;
  std::size_t searches = 0;
  for (auto _ : state) {
    auto alternatives = routing::k_alternatives(*f->net, f->query, 10);
    found = alternatives.routes.size();
    searches = alternatives.searches;
    benchmark::DoNotOptimize(alternatives);
  }
  describe(state, *f);
  state.counters["corridors"] = static_cast<double>(found);
  state.counters["searches"] = static_cast<double>(searches);
}

// Every demand line of the network (the peer's 1,000 shipments), one route each.
void BM_PeerPlan(benchmark::State& state) {
  const Fixture* f = setup(state, kPresets[state.range(0)]);
  if (!f) return;
  double total = 0.0;
  for (auto _ : state) {
    auto run = routing::plan(*f->net, f->peer.scenario.policy);
    total = 0.0;
    for (const auto& od : run.results)
      total += od.routes.empty() ? 0.0 : od.routes.front().objective_value;
    benchmark::DoNotOptimize(run);
  }
  describe(state, *f);
  state.counters["lines"] = static_cast<double>(f->peer.scenario.demand.size());
  state.counters["cost_sum"] = total;
}

void BM_PeerPareto(benchmark::State& state) {
  const Fixture* f = setup(state, kPresets[state.range(0)]);
  if (!f) return;
  std::size_t options = 0;
  for (auto _ : state) {
    auto front = routing::pareto_routes(*f->net, f->query, 400'000'000);
    options = front.options.size();
    benchmark::DoNotOptimize(front);
  }
  describe(state, *f);
  state.counters["options"] = static_cast<double>(options);
}

BENCHMARK(BM_PeerShortestPath)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PeerShortestPathSharedWeights)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PeerEdgeWeights)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PeerYen10)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PeerCorridors10)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PeerPlan)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PeerPareto)->Arg(0)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
