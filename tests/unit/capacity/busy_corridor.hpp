#pragma once
// A small corridor where every kind of resource binds: a node throughput limit at the origin,
// handling servers at a gauge change and at a port, a ferry that carries less than the demand,
// a rail line with a daily limit; storms on the ferry; a block-train line; a line whose trains
// do not fit the ferry; and a line with no route at all.

#include <string_view>

namespace corridor::capacity::test {

constexpr std::string_view kBusyCorridor = R"(
scenario: busy
nodes:
  - {id: A, name: A, country: CN, kind: terminal, capacity: {teu_per_day: 60},
     source: "estimate: test"}
  - id: B
    name: B
    country: KZ
    kind: terminal
    handling: {hours: {triangular: [0.5, 1, 2]}, servers: 2}
    source: "estimate: test"
  - id: P
    name: P
    country: KZ
    kind: seaport
    handling: {hours: {uniform: [0.2, 1]}, servers: 1}
    source: "estimate: test"
  - id: Q
    name: Q
    country: AZ
    kind: seaport
    handling: {hours: 1}
    source: "estimate: test"
  - {id: Z, name: Z, country: GE, kind: terminal, source: "estimate: test"}
  - {id: X, name: X, country: TR, kind: terminal, source: "estimate: test"}
links:
  - {id: A-B, from: A, to: B, mode: rail, gauge: 1520, distance_km: 900,
     hours: {triangular: [20, 30, 60]}, source: "estimate: test"}
  - {id: B-P, from: B, to: P, mode: rail, gauge: 1435, distance_km: 600,
     hours: {uniform: [15, 25]}, source: "estimate: test"}
  - {id: P-Q, from: P, to: Q, mode: ferry, distance_km: 400, hours: {triangular: [18, 20, 40]},
     schedule: {every_hours: 48, capacity_teu: 60}, source: "estimate: test"}
  - {id: Q-Z, from: Q, to: Z, mode: rail, gauge: 1435, distance_km: 300, hours: 10,
     capacity: {teu_per_day: 40}, source: "estimate: test"}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 50000, source: "estimate: test"}
demand:
  - {from: A, to: Z, cargo: box, teu_per_week: 160, deadline_days: 10}
  - {from: B, to: Z, cargo: box, teu_per_week: 80, shipment_teu: 20, arrivals: regular}
  - {from: P, to: Z, cargo: box, teu_per_week: 80, shipment_teu: 80}
  - {from: A, to: X, cargo: box, teu_per_week: 10}
disruptions:
  - id: STORMS
    links: [P-Q]
    monthly_probability: 0.3
    duration: {hours: {lognormal: {median: 48, p95: 120}}}
    source: "estimate: test"
simulation: {horizon_days: 200, warmup_days: 20, seed: 3}
)";

}  // namespace corridor::capacity::test
