#pragma once
// Test support for the report writers: a small located network, planned and simulated through
// the pipeline as the command line does.
//
//        R (RU, border)              A (KZ) at 45 N 60 E, P (KZ port) at 44 N 51 E,
//       / \                          Q (AZ port) at 40 N 49.5 E, R (RU) at 50 N 55 E,
//      A   \                         Z (AZ) without a location.
//       \   Q --road-- Z             Policy: avoid RU, so A-R and R-Q are closed by it.
//        P -sea-/                    Route: A -rail 1520- P -sea- Q.

#include <sstream>
#include <string>

#include <corridor/engine/pipeline.hpp>
#include <corridor/report/report.hpp>

#include "support/scenario_text.hpp"

namespace corridor::test {

inline constexpr const char* kTinyNetwork = R"(
scenario: tiny
description: "A <tiny> & located network"
nodes:
  - {id: A, name: Alpha, country: KZ, kind: terminal, location: [45.0, 60.0], source: "estimate: test (see https://example.org/a)."}
  - {id: P, name: Port P, country: KZ, kind: seaport, location: [44.0, 51.0], handling: {hours: 10, usd_per_teu: 50}}
  - {id: Q, name: Quay Q, country: AZ, kind: seaport, location: [40.0, 49.5], handling: {hours: 10, usd_per_teu: 50}}
  - {id: R, name: Border R, country: RU, kind: border, location: [50.0, 55.0]}
  - {id: Z, name: Nowhere, country: AZ, kind: junction}
links:
  - {id: A-P, from: A, to: P, mode: rail, gauge: 1520, distance_km: 900, hours: 20, tariff: {usd_per_teu: 400}, source: "estimate: rail"}
  - {id: P-Q, from: P, to: Q, mode: sea, distance_km: 500, hours: 24, tariff: {usd_per_teu: 600}, schedule: {every_hours: 48}}
  - {id: A-R, from: A, to: R, mode: rail, gauge: 1520, distance_km: 700, hours: 15, tariff: {usd_per_teu: 300}}
  - {id: R-Q, from: R, to: Q, mode: rail, gauge: 1520, distance_km: 1300, hours: 30, tariff: {usd_per_teu: 500}}
  - {id: Q-Z, from: Q, to: Z, mode: road, distance_km: 50, hours: 1, tariff: {usd_per_teu: 80}}
cargo:
  - {id: general, tonnes_per_teu: 10, value_usd_per_teu: 20000, source: "estimate: cargo"}
demand:
  - {from: A, to: Q, cargo: general, teu_per_week: 5, deadline_days: 5}
policy:
  avoid_countries: [RU]
  pareto: true
simulation:
  replications: 500
)";

inline engine::Prepared tiny_prepared(const model::Scenario& s) {
  return engine::prepare(s, {});
}

inline model::RunResult tiny_run() {
  const auto s = scenario_from(kTinyNetwork);
  auto run = engine::plan(s, tiny_prepared(s));
  run.provenance.command = "corridor run tiny.yaml --format html";
  return run;
}

inline model::SimulationRun tiny_simulation() {
  const auto s = scenario_from(kTinyNetwork);
  auto run = engine::simulate(s, tiny_prepared(s));
  run.provenance.command = "corridor simulate tiny.yaml";
  return run;
}

template <class Result>
std::string written(const Result& result, report::Format format) {
  std::ostringstream out;
  report::write(result, format, out);
  return out.str();
}

/// How often `needle` occurs in `text`.
inline std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
    ++n;
  return n;
}

}  // namespace corridor::test
