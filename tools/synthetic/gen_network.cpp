// corridor-gen-network: writes a seeded synthetic scenario as YAML, for scaling experiments.
//   corridor-gen-network --nodes 100000 --seed 7 > big.yaml

#include <cstdio>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "synthetic_network.hpp"

namespace {

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

void write_yaml(const corridor::model::Scenario& s, std::ostream& out) {
  namespace m = corridor::model;
  out << "scenario: " << s.name << "\ndescription: \"" << s.description << "\"\nnodes:\n";
  for (const auto& n : s.nodes) {
    out << "  - {id: " << n.id << ", name: " << n.name << ", country: " << n.country
        << ", kind: " << m::to_string(n.kind) << ", location: [" << num(n.location->lat) << ", "
        << num(n.location->lon) << "]";
    if (n.handling) {
      out << ", handling: {hours: " << num(n.handling->hours.mean())
          << ", usd_per_teu: " << num(n.handling->usd_per_teu.value()) << "}";
    }
    if (n.dwell) {
      out << ", dwell: {hours: " << num(n.dwell->hours.mean())
          << ", usd_per_teu: " << num(n.dwell->usd_per_teu.value()) << "}";
    }
    out << ", source: " << n.source << "}\n";
  }
  out << "links:\n";
  for (const auto& l : s.links) {
    out << "  - {id: " << l.id << ", from: " << l.from << ", to: " << l.to
        << ", mode: " << m::to_string(l.mode);
    if (l.gauge_mm) out << ", gauge: " << *l.gauge_mm;
    out << ", distance_km: " << num(l.distance.value()) << ", hours: " << num(l.hours->mean())
        << ", tariff: {usd_per_teu_km: " << num(l.tariff.usd_per_teu_km)
        << "}, source: " << l.source << "}\n";
  }
  const auto& c = s.cargo.front();
  out << "cargo:\n  - {id: " << c.id << ", tonnes_per_teu: " << num(c.tonnes_per_teu.value())
      << ", value_usd_per_teu: " << num(c.value_usd_per_teu.value()) << ", source: \"" << c.source
      << "\"}\n";
  const auto corners = corridor::synthetic::far_corners(s);
  out << "demand:\n  - {from: " << corners.north_west << ", to: " << corners.south_east
      << ", cargo: " << c.id << ", teu_per_week: 10}\n";
}

}  // namespace

int main(int argc, char** argv) {
  corridor::synthetic::Options options;
  CLI::App app{"Write a seeded synthetic corridor scenario as YAML"};
  app.add_option("--nodes", options.nodes, "number of nodes")->check(CLI::Range(2, 10'000'000));
  app.add_option("--seed", options.seed, "random seed");
  app.add_option("--rail-neighbours", options.rail_neighbours, "rail links per node")
      ->check(CLI::Range(1, 20));
  CLI11_PARSE(app, argc, argv);
  write_yaml(corridor::synthetic::generate(options), std::cout);
  return 0;
}
