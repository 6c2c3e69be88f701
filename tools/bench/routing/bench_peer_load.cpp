// Loading the peers' networks (shared/peers/gen_network.py): the same network as one YAML file
// and as YAML with nodes_csv / links_csv tables, read and validated by io::load_scenario, and
// then built into the virtual network, the steps networkx's JSON load and DiGraph build stand
// for (tools/bench/routing/compare_load.sh runs both and measures peak memory).
//
//   CORRIDOR_PEER_DATA=DIR build/bench/tools/bench/routing/bench_peer_load
//
// The scenario files are written once, into a temporary directory, by
// tools/peers/scenario_writer (not timed); BM_LoadCached reads the tables' scenario back from
// a scenario cache in the same directory. The 100k network's all-YAML form takes tens of
// seconds per load and is left to compare_load.sh.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <unistd.h>

#include <benchmark/benchmark.h>

#include <corridor/io/load_scenario.hpp>
#include <corridor/io/scenario_cache.hpp>
#include <corridor/network/network.hpp>

#include "peer_network.hpp"
#include "scenario_writer.hpp"

namespace {

using namespace corridor;

/// The two forms of one preset's network, in a directory removed at exit.
struct Files {
  std::filesystem::path dir;
  std::filesystem::path yaml;    ///< everything in one YAML file
  std::filesystem::path tables;  ///< YAML naming two CSV tables
  std::uintmax_t yaml_bytes = 0;
  std::uintmax_t table_bytes = 0;

  Files() = default;
  Files(const Files&) = delete;
  Files& operator=(const Files&) = delete;
  ~Files() {
    if (!dir.empty()) std::filesystem::remove_all(dir);
  }
};

std::unique_ptr<Files> write_files(const std::string& preset) {
  const char* data = std::getenv("CORRIDOR_PEER_DATA");
  const auto peer =
      peers::read_peer_network(std::string(data ? data : "data") + "/net_" + preset + ".json");
  auto f = std::make_unique<Files>();
  f->dir = std::filesystem::temp_directory_path() /
           ("corridor-bench-load-" + std::to_string(::getpid()) + "-" + preset);
  std::filesystem::create_directories(f->dir);
  f->yaml = f->dir / "yaml.yaml";
  f->tables = f->dir / "tables.yaml";
  {
    std::ofstream out(f->yaml, std::ios::binary);
    peers::write_scenario(peer.scenario, out, nullptr);
  }
  {
    std::ofstream out(f->tables, std::ios::binary);
    std::ofstream nodes(f->dir / "tables.nodes.csv", std::ios::binary);
    std::ofstream links(f->dir / "tables.links.csv", std::ios::binary);
    const peers::TableOutput t{"tables.nodes.csv", "tables.links.csv", &nodes, &links};
    peers::write_scenario(peer.scenario, out, &t);
  }
  f->yaml_bytes = std::filesystem::file_size(f->yaml);
  f->table_bytes = std::filesystem::file_size(f->tables) +
                   std::filesystem::file_size(f->dir / "tables.nodes.csv") +
                   std::filesystem::file_size(f->dir / "tables.links.csv");
  return f;
}

/// The files of a preset ("1k", "10k", "100k"), written once; nullptr when the peer network
/// is missing (the benchmark then says how to make it).
const Files* files(benchmark::State& state, const std::string& preset) {
  static std::map<std::string, std::unique_ptr<Files>> cache;
  auto& slot = cache[preset];
  if (!slot) {
    try {
      slot = write_files(preset);
    } catch (const std::exception& e) {
      state.SkipWithError(("no peer network net_" + preset +
                           ".json in $CORRIDOR_PEER_DATA (shared/peers/gen_network.py --preset " +
                           preset + "): " + e.what())
                              .c_str());
      return nullptr;
    }
  }
  return slot.get();
}

const char* const kPresets[] = {"1k", "10k", "100k"};

/// A loader without the 64 MiB limit (the 100k network's YAML is about 62 MiB).
io::LoadLimits limits() {
  io::LoadLimits l;
  l.max_file_bytes = 1ULL << 30U;
  return l;
}

void count(benchmark::State& state, const io::LoadedScenario& loaded, std::uintmax_t bytes) {
  state.counters["nodes"] = static_cast<double>(loaded.scenario.nodes.size());
  state.counters["links"] = static_cast<double>(loaded.scenario.links.size());
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes));
}

void BM_LoadTables(benchmark::State& state) {
  const Files* f = files(state, kPresets[state.range(0)]);
  if (!f) return;
  for (auto _ : state) {
    auto loaded = io::load_scenario(f->tables, limits());
    benchmark::DoNotOptimize(loaded);
    state.PauseTiming();
    count(state, loaded, f->table_bytes);
    { auto done = std::move(loaded); }  // freed outside the timing
    state.ResumeTiming();
  }
}

void BM_LoadYaml(benchmark::State& state) {
  const Files* f = files(state, kPresets[state.range(0)]);
  if (!f) return;
  for (auto _ : state) {
    auto loaded = io::load_scenario(f->yaml, limits());
    benchmark::DoNotOptimize(loaded);
    state.PauseTiming();
    count(state, loaded, f->yaml_bytes);
    { auto done = std::move(loaded); }
    state.ResumeTiming();
  }
}

// The tables read back from a warm scenario cache (written once, before the timing): the
// files' sizes and hashes checked, the cache's checksum checked and its scenario decoded.
void BM_LoadCached(benchmark::State& state) {
  const Files* f = files(state, kPresets[state.range(0)]);
  if (!f) return;
  io::CacheSettings settings;
  settings.directory = f->dir / "cache";
  settings.min_bytes = 0;
  (void)io::load_scenario_cached(f->tables, limits(), settings);
  for (auto _ : state) {
    auto cached = io::load_scenario_cached(f->tables, limits(), settings);
    benchmark::DoNotOptimize(cached);
    state.PauseTiming();
    if (cached.cache.outcome != io::CacheReport::Outcome::hit) {
      state.SkipWithError(("the cache was not read: " + cached.cache.note).c_str());
    }
    count(state, cached.loaded, f->table_bytes);
    { auto done = std::move(cached); }
    state.ResumeTiming();
  }
}

// What networkx's load + build stand for: the tables read and validated, and the virtual
// network built from them.
void BM_LoadTablesAndBuild(benchmark::State& state) {
  const Files* f = files(state, kPresets[state.range(0)]);
  if (!f) return;
  for (auto _ : state) {
    auto loaded = std::make_unique<io::LoadedScenario>(io::load_scenario(f->tables, limits()));
    auto net = std::make_unique<network::Network>(loaded->scenario);
    benchmark::DoNotOptimize(net);
    state.PauseTiming();
    count(state, *loaded, f->table_bytes);
    state.counters["edges"] = static_cast<double>(net->edge_count());
    net.reset();  // freed outside the timing
    loaded.reset();
    state.ResumeTiming();
  }
}

BENCHMARK(BM_LoadTables)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadCached)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadYaml)->DenseRange(0, 1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadTablesAndBuild)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
