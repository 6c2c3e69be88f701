// Sweep speed: a 1,000-variant grid of the flagship scenario (100 feeder tariffs x 10 feeder
// headways), each variant built from the merged YAML, validated and planned, on 1 and 2 threads.
//
//   cmake --preset bench && cmake --build --preset bench --target bench_sweep
//   build/bench/tools/bench/sweep/bench_sweep
//
// Timed: sweep::run (building, validating and planning every variant, the table). Loading the
// scenario file once is not timed.

#include <string>

#include <benchmark/benchmark.h>

#include <corridor/sweep/sweep.hpp>

namespace {

using namespace corridor;

const io::VariantSource& flagship() {
  static const io::VariantSource source(
      std::string(CORRIDOR_SOURCE_DIR) + "/scenarios/titr-baltic.yaml", {});
  return source;
}

/// "300,310,...,1290" (100 tariffs) and 10 headways: 1,000 variants.
sweep::Request thousand_variants(int threads) {
  std::string tariffs;
  for (int usd = 300; usd < 1300; usd += 10)
    tariffs += (tariffs.empty() ? "" : ",") + std::to_string(usd);
  sweep::Request r;
  r.axes = {io::parse_set("links.AKTAU-ALAT.tariff.usd_per_teu=" + tariffs),
            io::parse_set("links.AKTAU-ALAT.schedule.every_hours=12,18,24,30,36,42,48,60,72,96")};
  r.threads = threads;
  return r;
}

void BM_Flagship1000(benchmark::State& state) {
  const auto request = thousand_variants(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    auto result = sweep::run(flagship(), request);
    benchmark::DoNotOptimize(result.table.rows.data());
  }
  state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_Flagship1000)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
