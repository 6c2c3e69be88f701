// Every field of the scenario format, read back.

#include <variant>

#include <catch2/catch.hpp>

#include "support/scenario_text.hpp"

namespace corridor::io {
namespace {

constexpr const char* kEverything = R"(
scenario: everything
description: every field once
nodes:
  - id: AKTAU_PORT
    name: Aktau
    country: KZ
    kind: seaport
    location: [43.6, 51.2]
    modes: [rail, sea, ferry]
    gauges: [1520]
    handling: {hours: {triangular: [12, 24, 72]}, usd_per_teu: 180, kg_co2e_per_teu: 12, servers: 6}
    dwell: {days: 0.5, usd_per_teu: 25}
    storage_usd_per_teu_day: 15
    source: "port authority"
  - {id: ALAT_PORT, name: Alat, country: AZ, kind: seaport, source: s}
links:
  - id: AKTAU-ALAT
    from: AKTAU_PORT
    to: ALAT_PORT
    mode: sea
    distance_km: 470
    hours: {lognormal: {median: 22, p95: 40}}
    tariff: {usd_per_teu: 900, usd_per_teu_km: 0.5}
    co2e_g_per_tkm: 40
    schedule: {every_hours: 72, offset_hours: 6, capacity_teu: 120}
    bidirectional: false
    open: true
    transit_countries: [TM]
    source: "operator"
  - id: AKTAU-ALAT-2
    from: AKTAU_PORT
    to: ALAT_PORT
    mode: ferry
    distance_km: 470
    speed_kmh: 20
    schedule: {weekly: ["Tue 10:00", "sat 06:30"]}
    source: s
cargo:
  - {id: electronics, tonnes_per_teu: 8, value_usd_per_teu: 120000, value_of_time_usd_per_teu_day: 50, source: s}
  - {id: bulk, tonnes_per_teu: 20, value_usd_per_teu: 10000, source: s}
demand:
  - {from: AKTAU_PORT, to: ALAT_PORT, cargo: electronics, teu_per_week: 40, deadline_days: 3}
policy:
  objective: time
  alternatives: 4
  pareto: true
  avoid_countries: [TM]
  avoid_modes: [road]
  avoid_links: [AKTAU-ALAT-2]
  avoid_nodes: []
  via: [ALAT_PORT]
  max_transshipments: 3
  max_gauge_changes: 1
  capital_cost_rate_per_year: 0.08
  capital_cost_source: "central bank rate"
emission_factors:
  rail: {g_per_tkm: 20, source: "electric"}
  handling: {kg_per_teu: 9, source: "hub study"}
disruptions:
  - id: STORMS
    links: [AKTAU-ALAT]
    monthly_probability: [0.3, 0.2, 0.1, 0, 0, 0, 0, 0, 0, 0.1, 0.4, 0.5]
    duration: {days: {uniform: [1, 3]}}
    source: s
  - id: WORKS
    nodes: [AKTAU_PORT]
    windows: [{from: "2025-03-01", to: "2025-03-02T12:00"}]
    source: s
simulation: {replications: 500, seed: 7, start_date: "2025-02-01", departure_window_days: 28, histogram_bins: 12}
)";

TEST_CASE("every field of a scenario is read", "[io]") {
  const auto loaded = io::load_scenario_from_string(kEverything, "everything.yaml");
  CHECK(loaded.warnings.empty());
  const auto& s = loaded.scenario;
  CHECK(s.name == "everything");
  CHECK(s.description == "every field once");

  REQUIRE(s.nodes.size() == 2);
  const auto& aktau = s.nodes[0];
  CHECK(aktau.id == "AKTAU_PORT");
  CHECK(aktau.name == "Aktau");
  CHECK(aktau.country == "KZ");
  CHECK(aktau.kind == model::NodeKind::seaport);
  REQUIRE(aktau.location);
  CHECK(aktau.location->lat == 43.6);
  CHECK(aktau.location->lon == 51.2);
  CHECK(aktau.modes ==
        std::vector<model::Mode>{model::Mode::rail, model::Mode::sea, model::Mode::ferry});
  CHECK(aktau.gauges == std::vector<int>{1520});
  REQUIRE(aktau.handling);
  const auto& tri = std::get<model::Triangular>(aktau.handling->hours.variant());
  CHECK(tri.min == 12.0);
  CHECK(tri.mode == 24.0);
  CHECK(tri.max == 72.0);
  CHECK(aktau.handling->usd_per_teu.value() == 180.0);
  CHECK(aktau.handling->kg_co2e_per_teu->value() == 12.0);
  CHECK(aktau.handling->servers == 6);
  REQUIRE(aktau.dwell);
  CHECK(aktau.dwell->hours.mean() == Approx(12.0));  // half a day
  CHECK(aktau.dwell->usd_per_teu.value() == 25.0);
  CHECK(aktau.storage_usd_per_teu_day.value() == 15.0);
  CHECK(aktau.source == "port authority");

  REQUIRE(s.links.size() == 2);
  const auto& sea = s.links[0];
  CHECK(sea.from == "AKTAU_PORT");
  CHECK(sea.to == "ALAT_PORT");
  CHECK(sea.mode == model::Mode::sea);
  CHECK_FALSE(sea.gauge_mm);
  CHECK(sea.distance.value() == 470.0);
  REQUIRE(sea.hours);
  CHECK(sea.hours->quantile(0.5) == Approx(22.0));
  CHECK(sea.hours->quantile(0.95) == Approx(40.0));
  CHECK(sea.tariff.usd_per_teu.value() == 900.0);
  CHECK(sea.tariff.usd_per_teu_km == 0.5);
  CHECK(sea.co2e_g_per_tkm == 40.0);
  REQUIRE(sea.schedule);
  const auto& headway = std::get<model::Headway>(sea.schedule->pattern);
  CHECK(headway.every_hours == 72.0);
  CHECK(headway.offset_hours == 6.0);
  CHECK(sea.schedule->capacity_teu == 120.0);
  CHECK_FALSE(sea.bidirectional);
  CHECK(sea.open);
  CHECK(sea.transit_countries == std::vector<std::string>{"TM"});
  const auto& ferry = s.links[1];
  CHECK(ferry.speed_kmh == 20.0);
  CHECK(ferry.running_time().mean() == Approx(23.5));
  const auto& weekly = std::get<model::Weekly>(ferry.schedule->pattern);
  CHECK(weekly.hours_of_week == std::vector<double>{34.0, 5 * 24.0 + 6.5});

  REQUIRE(s.cargo.size() == 2);
  CHECK(s.cargo[0].tonnes_per_teu.value() == 8.0);
  CHECK(s.cargo[0].value_usd_per_teu.value() == 120000.0);
  CHECK(s.value_of_time_usd_per_teu_hour(s.cargo[0]) == Approx(50.0 / 24.0));
  // Default value of time: 10,000 x 8 %/year / 365 days.
  CHECK(s.value_of_time_usd_per_teu_hour(s.cargo[1]) == Approx(10000.0 * 0.08 / 365.0 / 24.0));

  REQUIRE(s.demand.size() == 1);
  CHECK(s.demand[0].teu_per_week == 40.0);
  CHECK(s.demand[0].deadline_days == 3.0);

  const auto& p = s.policy;
  CHECK(p.objective == model::Objective::time);
  CHECK(p.alternatives == 4);
  CHECK(p.pareto);
  CHECK(p.constraints.avoid_countries == std::vector<std::string>{"TM"});
  CHECK(p.constraints.avoid_modes == std::vector<model::Mode>{model::Mode::road});
  CHECK(p.constraints.avoid_links == std::vector<std::string>{"AKTAU-ALAT-2"});
  CHECK(p.constraints.avoid_nodes.empty());
  CHECK(p.constraints.via == std::vector<std::string>{"ALAT_PORT"});
  CHECK(p.constraints.max_transshipments == 3);
  CHECK(p.constraints.max_gauge_changes == 1);
  CHECK(p.capital_cost_rate_per_year == 0.08);
  CHECK(p.capital_cost_source == "central bank rate");

  const auto& ef = s.emission_factors;
  CHECK(ef.factor(model::Mode::rail) == 20.0);
  CHECK(ef.source[0] == "electric");
  CHECK(ef.factor(model::Mode::sea) == model::default_emission_factors().factor(model::Mode::sea));
  CHECK(ef.handling_kg_per_teu == 9.0);
  CHECK(ef.handling_source == "hub study");

  REQUIRE(s.disruptions.size() == 2);
  CHECK(s.disruptions[0].monthly_probability[11] == 0.5);
  CHECK(s.disruptions[0].duration_hours->mean() == Approx(48.0));
  CHECK(s.disruptions[0].is_random());
  REQUIRE(s.disruptions[1].windows.size() == 1);
  // Start date 2025-02-01: 1 March is 28 days later.
  CHECK(s.disruptions[1].windows[0].from_hours == 28 * 24.0);
  CHECK(s.disruptions[1].windows[0].to_hours == 29 * 24.0 + 12.0);

  CHECK(s.simulation.replications == 500);
  CHECK(s.simulation.seed == 7);
  CHECK(s.simulation.start_date == model::CivilDate{2025, 2, 1});
  CHECK(s.simulation.departure_window_days == 28.0);
  CHECK(s.simulation.histogram_bins == 12);
}

TEST_CASE("positions of every path are recorded", "[io]") {
  const auto loaded = io::load_scenario_from_string(kEverything, "everything.yaml");
  const auto at = loaded.source_map.locate("links[0].tariff.usd_per_teu_km");
  CHECK(at.file == "everything.yaml");
  CHECK(at.line == 24);
  CHECK(at.column == 32);
  // An unrecorded path falls back to its nearest ancestor.
  CHECK(loaded.source_map.locate("links[1].hours").line == 31);
}

}  // namespace
}  // namespace corridor::io
