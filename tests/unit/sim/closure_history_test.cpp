// A remembered closure history answers exactly as the closure model it remembers.

#include <vector>

#include <catch2/catch.hpp>

#include <corridor/model/scenario.hpp>
#include <corridor/sim/closures.hpp>
#include <corridor/sim/rng.hpp>

namespace corridor::sim {
namespace {

TEST_CASE("a closure history gives the closure model's answers", "[sim][closures]") {
  model::Scenario s;
  s.simulation.start_date = {2025, 1, 15};  // mid-month: months start at odd hours
  model::Disruption storms;
  storms.monthly_probability = {0.6, 0.5, 0.4, 0.2, 0.1, 0.0, 0.0, 0.1, 0.2, 0.4, 0.6, 0.7};
  storms.duration_hours = model::Distribution::lognormal_from_median_p95(48.0, 400.0);
  model::Disruption works;
  works.windows = {{300.0, 420.0}, {5000.0, 5100.5}};
  model::Disruption rare;
  rare.monthly_probability.fill(0.05);
  rare.duration_hours = model::Distribution(model::Uniform{1.0, 2000.0});
  s.disruptions = {storms, works, rare};
  const ClosureModel model(s);
  const std::vector<std::vector<std::uint32_t>> sets{{0}, {1}, {2}, {0, 1}, {0, 1, 2}};
  for (std::uint64_t key : {1U, 2U, 77U}) {
    ClosureHistory history(model, key);
    Xoshiro256pp rng(key);
    // Hours in no particular order, month boundaries and repeated look-ups included.
    for (int i = 0; i < 3000; ++i) {
      double t = to_unit(rng()) * 3.0 * 8760.0;
      if (i % 10 == 0) t = model.month_start_hours(static_cast<std::int64_t>(rng() % 30));
      if (i % 10 == 1) t = model.month_start_hours(static_cast<std::int64_t>(rng() % 30)) - 1e-9;
      for (const auto& set : sets) {
        INFO("key " << key << " t " << t);
        REQUIRE(history.reopen(set, t) == model.reopen(set, t, key));
      }
    }
  }
}

}  // namespace
}  // namespace corridor::sim
