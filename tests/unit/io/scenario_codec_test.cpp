// The scenario cache's encoding: the content hash, a round trip of every model type, and the
// pinned encoding of a fixed scenario that guards the format version.

#include "io/scenario_codec.hpp"

#include <string>

#include <catch2/catch.hpp>

#include <corridor/io/load_scenario.hpp>

#include "io/codec_archive.hpp"
#include "io/content_hash.hpp"

namespace corridor::io {
namespace {

using detail::content_hash;
using detail::decode_scenario;
using detail::encode_scenario;

/// A scenario holding every model type, each field away from its default.
LoadedScenario sample() {
  using namespace model;
  Scenario s;
  s.name = "sample";
  s.description = "every field";
  Node a{"A",
         "Aktau",
         "KZ",
         NodeKind::seaport,
         LatLon{43.6, 51.2},
         Handling{Distribution(Triangular{1, 2, 4}), Usd(180), KgCo2e(16.5), 4, Usd(7)},
         Dwell{Distribution(Uniform{1, 3}), Usd(10), Usd(3)},
         {Mode::rail, Mode::sea},
         {1520},
         Usd(15),
         Capacity{900.0},
         "estimate: a"};
  Node b{"B",          "Baku",       "AZ",         NodeKind::border,
         std::nullopt, std::nullopt, std::nullopt, {},
         {},           Usd(0),       Capacity{},   "estimate: b, a source note of some length"};
  s.nodes = {a, b};
  Link ab{"AB",
          "A",
          "B",
          Mode::sea,
          std::nullopt,
          Km(470),
          Distribution(Pert{20, 30, 60, 5}),
          std::nullopt,
          Tariff{Usd(900), 0.25, Usd(40), 0.5},
          17.5,
          Schedule{Weekly{{10.5, 100.0}}, 300.0},
          false,
          true,
          {"AZ", "KZ"},
          Capacity{1200.0},
          "estimate: b, a source note of some length"};
  Link ba{"BA",
          "B",
          "A",
          Mode::rail,
          1520,
          Km(900),
          std::nullopt,
          60.0,
          Tariff{},
          std::nullopt,
          Schedule{Headway{24, 6}, std::nullopt},
          true,
          false,
          {},
          Capacity{},
          "estimate: b, a source note of some length"};
  s.links = {ab, ba};
  s.cargo = {Cargo{"box", Tonnes(12), Usd(40000), Usd(120), "estimate: cargo"}};
  s.demand = {Demand{"A", "B", "box", 20, 30.0, Ready::first_departure, 2, Arrivals::regular,
                     Container::hc40, "A->B"}};
  s.policy.objective = Objective::time;
  s.policy.constraints = Constraints{{"RU"}, {Mode::road}, {"AB"}, {"C"}, {"B"}, 3, 1, 40.0};
  s.policy.alternatives = 3;
  s.policy.pareto = true;
  s.policy.pareto_max_labels = 1000;
  s.policy.capital_cost_rate_per_year = 0.08;
  s.policy.capital_cost_source = "estimate: 8 %";
  s.emission_factors = EmissionFactors{{22, 80, 8, 30}, {"r", "road", "s", "f"}, 16.5, "h"};
  Disruption d;
  d.id = "storm";
  d.links = {"AB"};
  d.nodes = {"B"};
  d.monthly_probability[0] = 0.25;
  d.monthly_rate[11] = 1.5;
  d.duration_hours = Distribution(LogNormal{3, 0.5, 2});
  d.windows = {Disruption::Window{10, 20}};
  d.drawn_window = Disruption::DrawnWindow{Distribution(EmpiricalSamples{{1, 2, 5}}),
                                           Disruption::Window{0, 100}, true};
  d.resume = Resume::when_open;
  d.source = "estimate: storms";
  s.disruptions = {d};
  s.simulation = SimulationSettings{500, 7, CivilDate{2026, 3, 4}, 90, 20, 200, 10, 1.5};
  s.checks = {Check{"A->B.p95_days", "A->B", Metric::p95_days, Bound::max, 40}};
  s.observations = {Observation{"obs",
                                "A",
                                "B",
                                {"B"},
                                {"RU"},
                                "box",
                                ObservedRange{10, 14},
                                ObservedRange{2000, 2000},
                                Container::ft40,
                                "2025-06",
                                "door",
                                true,
                                "a report"}};
  s.nodes[1].dwell = Dwell{Distribution(EmpiricalQuantiles{{0, 1}, {2, 9}}), Usd(1), Usd(0)};

  LoadedScenario loaded{std::move(s), SourceMap("sample.yaml"), {}, {"sample.yaml", "n.csv"}};
  loaded.source_map.add("scenario", "sample.yaml", 1, 1);
  loaded.source_map.add("links", "sample.yaml", 9, 1);
  loaded.source_map.add("links[1].distance_km", "sample.yaml", 12, 5);
  loaded.source_map.add("checks[0]", "sample.yaml", 20, 5);
  loaded.source_map.add_removal("nodes", "C", SourceMap::Entry{{"what-if.yaml", 3, 5}, "nodes[0]"});
  loaded.warnings = {
      Issue{Issue::Severity::warning, {"sample.yaml", 12, 5}, "links[1]", "slow", "check it"}};
  return loaded;
}

TEST_CASE("the content hash depends on the bytes, not on how they are cut", "[io][cache]") {
  std::string text;
  for (int i = 0; i < 1000; ++i)
    text += "line " + std::to_string(i * 7919) + "\n";
  const auto whole = content_hash(text);
  for (const std::size_t cut : {0UL, 1UL, 7UL, 31UL, 32UL, 33UL, 1000UL}) {
    detail::ContentHasher h;
    h.update(std::string_view(text).substr(0, cut));
    h.update(std::string_view(text).substr(cut));
    CHECK(h.digest() == whole);
  }
  std::string flipped = text;
  flipped[5000] ^= 1;
  CHECK(content_hash(flipped) != whole);
  CHECK(content_hash(std::string_view(text).substr(0, text.size() - 1)) != whole);
  CHECK(content_hash("") != content_hash(std::string(1, '\0')));
  CHECK(content_hash(text, 1) != whole);
}

TEST_CASE("a scenario decodes to what was encoded, every field", "[io][cache]") {
  const LoadedScenario in = sample();
  const std::string bytes = encode_scenario(in);
  const LoadedScenario out = decode_scenario(bytes);
  // Everything the encoder writes is read back: encoding the result gives the same bytes.
  CHECK(encode_scenario(out) == bytes);
  const auto& s = out.scenario;
  REQUIRE(s.nodes.size() == 2);
  CHECK(s.nodes[0].handling->hours.mean() == Approx(7.0 / 3.0));
  CHECK(s.nodes[0].handling->usd_per_container.value() == 7.0);
  CHECK(s.nodes[1].dwell->hours.quantile(0.5) == 5.5);
  REQUIRE(s.links.size() == 2);
  CHECK(std::get<model::Weekly>(s.links[0].schedule->pattern).hours_of_week ==
        std::vector<double>{10.5, 100.0});
  CHECK(s.links[1].gauge_mm == 1520);
  CHECK_FALSE(s.links[1].open);
  CHECK(s.links[0].source == s.links[1].source);  // a shared string, read back in full
  CHECK(s.demand[0].container == model::Container::hc40);
  CHECK(s.demand[0].id == "A->B");
  CHECK(s.disruptions[0].drawn_window->centred);
  CHECK(s.disruptions[0].monthly_rate[11] == 1.5);
  CHECK(s.simulation.start_date == model::CivilDate{2026, 3, 4});
  CHECK(s.observations[0].fitted);
  CHECK(out.warnings[0].hint == "check it");
  CHECK(out.files == std::vector<std::filesystem::path>{"sample.yaml", "n.csv"});
  // The source map keeps what lies outside the lists of nodes and links, and the removals.
  CHECK(out.source_map.file() == "sample.yaml");
  CHECK(out.source_map.locate("checks[0].limit").line == 20);
  CHECK(out.source_map.locate("links[1].distance_km").line == 9);  // not deferred: the list
  CHECK(out.source_map.removal("nodes", "C")->where.line == 3);
}

TEST_CASE("pinned paths keep their position in the encoding", "[io][cache]") {
  const LoadedScenario in = sample();
  const LoadedScenario out = decode_scenario(encode_scenario(in, {"links[1].distance_km"}));
  const auto where = out.source_map.locate("links[1].distance_km");
  CHECK(where.file == "sample.yaml");
  CHECK(where.line == 12);
  CHECK(where.column == 5);
}

TEST_CASE("damaged encodings are refused, never read", "[io][cache]") {
  const std::string bytes = encode_scenario(sample());
  for (std::size_t cut = 0; cut < bytes.size(); cut += 97) {
    CHECK_THROWS_AS(decode_scenario(std::string_view(bytes).substr(0, cut)), detail::CorruptCache);
  }
  CHECK_THROWS_AS(decode_scenario(bytes + "x"), detail::CorruptCache);
}

TEST_CASE("the encoding of a fixed scenario is pinned to the format version", "[io][cache]") {
  // A change here means that caches written before would be misread: bump kCacheFormat so
  // that they are rebuilt, then update the hash.
  INFO("the cache encoding changed: bump kCacheFormat and update this hash");
  CHECK(detail::kCacheFormat == 1);
  CHECK(content_hash(encode_scenario(sample())) == 0x4ceed1b2def673d1ULL);
}

}  // namespace
}  // namespace corridor::io
