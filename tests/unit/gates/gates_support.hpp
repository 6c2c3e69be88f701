#pragma once
// Test support for the gates: scenario files in a temporary directory, loaded as
// `corridor check` and `corridor compare` load them.

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

#include <corridor/gates/gates.hpp>
#include <corridor/io/settings.hpp>

namespace corridor::test {

/// Writes `yaml` to a file `name` in a fresh temporary directory and loads it.
inline gates::Input gate_input(const std::string& name, std::string_view yaml) {
  const auto dir = std::filesystem::temp_directory_path() / "corridor-gates-test";
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  {
    std::ofstream out(path, std::ios::binary);
    out << yaml;
    REQUIRE(out);
  }
  auto [loaded, settings] = io::load_scenario_settings(path);
  return gates::Input{name, std::move(loaded), std::move(settings)};
}

/// A - B - C by rail, 24 h then 48 h, 100 and 200 USD/TEU: A->C takes 3 days for 300 USD. The
/// A - B running time is `ab_hours` (a number or a distribution).
inline std::string three_nodes(std::string_view ab_hours, std::string_view extra = "") {
  return std::string(R"(
scenario: three-nodes
nodes:
  - {id: A, name: A, country: KZ, kind: terminal, source: "test"}
  - {id: B, name: B, country: KZ, kind: terminal, source: "test"}
  - {id: C, name: C, country: LT, kind: terminal, source: "test"}
links:
  - {id: AB, from: A, to: B, mode: rail, gauge: 1520, distance_km: 100, hours: )") +
         std::string(ab_hours) + R"(, tariff: {usd_per_teu: 100}, source: "test"}
  - {id: BC, from: B, to: C, mode: rail, gauge: 1520, distance_km: 100, hours: {triangular: [24, 48, 72]}, tariff: {usd_per_teu: 200}, source: "test"}
cargo:
  - {id: general, tonnes_per_teu: 10, value_usd_per_teu: 0, source: "test"}
demand:
  - {from: A, to: C, cargo: general, teu_per_week: 1, deadline_days: 3}
  - {from: B, to: C, cargo: general, teu_per_week: 1}
policy:
  avoid_countries: [RU]
simulation: {replications: 2000, seed: 7}
)" + std::string(extra);
}

}  // namespace corridor::test
