// Bad input: every kind of error, with its exact message, file:line:column and YAML path.

#include <catch2/catch.hpp>

#include "support/scenario_text.hpp"

namespace corridor::io {
namespace {

using test::errors_of;

// A valid scenario; each test case breaks one line of it.
constexpr const char* kBase = R"(scenario: base
nodes:
  - {id: KAUNAS_KIT, name: Kaunas, country: LT, kind: terminal, gauges: [1435, 1520], source: s}
  - {id: VILNIUS_VIT, name: Vilnius, country: LT, kind: dry_port, source: s}
links:
  - {id: KV, from: KAUNAS_KIT, to: VILNIUS_VIT, mode: rail, gauge: 1520, distance_km: 100, hours: 3, source: s}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 50000, source: s}
demand:
  - {from: KAUNAS_KIT, to: VILNIUS_VIT, cargo: box}
)";

std::string with(std::string_view find, std::string_view replace) {
  std::string text = kBase;
  const auto at = text.find(find);
  REQUIRE(at != std::string::npos);
  text.replace(at, find.size(), replace);
  return text;
}

TEST_CASE("the base scenario is valid", "[io][errors]") {
  CHECK(errors_of(kBase).empty());
}

TEST_CASE("unknown ids name the nearest known id", "[io][errors]") {
  CHECK(errors_of(with("to: VILNIUS_VIT, mode", "to: VILNIUS_VTI, mode")) ==
        "test.yaml:6:32: error: links[0].to: unknown node 'VILNIUS_VTI'\n"
        "  hint: did you mean 'VILNIUS_VIT'?\n");
  CHECK(errors_of(with("cargo: box}", "cargo: boxes}")) ==
        "test.yaml:10:41: error: demand[0].cargo: unknown cargo 'boxes'\n"
        "  hint: did you mean 'box'?\n");
  CHECK(errors_of(with("from: KAUNAS_KIT, to: VILNIUS_VIT, cargo",
                       "from: BAKU, to: VILNIUS_VIT, cargo")) ==
        "test.yaml:10:6: error: demand[0].from: unknown node 'BAKU'\n");
}

TEST_CASE("unknown keys suggest the key meant", "[io][errors]") {
  CHECK(errors_of(with("distance_km: 100", "distanse_km: 100")) ==
        "test.yaml:6:5: error: links[0]: missing required key 'distance_km'\n"
        "test.yaml:6:74: error: links[0].distanse_km: unknown key 'distanse_km'\n"
        "  hint: did you mean 'distance_km'?\n");
}

TEST_CASE("wrong types say what was expected and what was found", "[io][errors]") {
  CHECK(errors_of(with("distance_km: 100", "distance_km: far")) ==
        "test.yaml:6:74: error: links[0].distance_km: expected a number, got 'far'\n");
  CHECK(errors_of(with("distance_km: 100", "distance_km: \"100\"")) ==
        "test.yaml:6:74: error: links[0].distance_km: expected a number, got the string \"100\"\n"
        "  hint: remove the quotes\n");
  CHECK(errors_of(with("gauges: [1435, 1520]", "gauges: 1520")) ==
        "test.yaml:3:65: error: nodes[0].gauges: expected a list, got '1520'\n");
}

TEST_CASE("missing required keys are reported at their map", "[io][errors]") {
  CHECK(errors_of(with(", kind: dry_port", "")) ==
        "test.yaml:4:5: error: nodes[1]: missing required key 'kind'\n");
  CHECK(errors_of(with(", hours: 3", "")) ==
        "test.yaml:6:5: error: links[0]: missing running time: give hours, days or speed_kmh\n");
}

TEST_CASE("values out of range state the rule", "[io][errors]") {
  CHECK(errors_of(with("distance_km: 100", "distance_km: -5")) ==
        "test.yaml:6:74: error: links[0].distance_km: must be > 0, got -5\n");
  CHECK(errors_of(with("tonnes_per_teu: 10", "tonnes_per_teu: 0")) ==
        "test.yaml:8:15: error: cargo[0].tonnes_per_teu: must be > 0, got 0\n");
  CHECK(errors_of(with("country: LT, kind: terminal", "country: lt, kind: terminal")) ==
        "test.yaml:3:36: error: nodes[0].country: country must be an ISO 3166-1 alpha-2 code, got "
        "'lt'\n"
        "  hint: two capital letters, e.g. KZ, GE, LT\n");
}

TEST_CASE("bad distributions are located errors", "[io][errors]") {
  CHECK(errors_of(with("hours: 3", "hours: {triangular: [5, 3, 10]}")) ==
        "test.yaml:6:100: error: links[0].hours.triangular: triangular needs min <= mode <= max "
        "and min < max, got [5, 3, 10]\n"
        "  hint: write [min, mode, max]\n");
  CHECK(errors_of(with("hours: 3", "hours: {lognormal: {median: 30, p95: 20}}")) ==
        "test.yaml:6:124: error: links[0].hours.lognormal.p95: lognormal p95 must be greater "
        "than the median, got p95 20 <= median 30\n");
  CHECK(errors_of(with("hours: 3", "hours: -3")) ==
        "test.yaml:6:92: error: links[0].hours: durations cannot be negative\n");
  CHECK(errors_of(with("hours: 3", "hours: {uniform: [4, 2]}")) ==
        "test.yaml:6:100: error: links[0].hours.uniform: uniform needs min < max, got [4, 2]\n");
  CHECK(errors_of(with("hours: 3", "hours: {weibull: [1, 2]}")) ==
        "test.yaml:6:100: error: links[0].hours.weibull: unknown key 'weibull'\n"
        "  hint: allowed keys here: fixed uniform triangular pert lognormal empirical\n");
}

TEST_CASE("gauges and modes must agree with the nodes", "[io][errors]") {
  CHECK(errors_of(with("mode: rail, gauge: 1520", "mode: rail")) ==
        "test.yaml:6:5: error: links[0]: rail link 'KV' needs a gauge\n"
        "  hint: e.g. gauge: 1520\n");
  CHECK(errors_of(with("mode: rail, gauge: 1520", "mode: road, gauge: 1520")) ==
        "test.yaml:6:61: error: links[0].gauge: gauge applies to rail links only\n");
  CHECK(
      errors_of(with("gauges: [1435, 1520]", "gauges: [1435]")) ==
      "test.yaml:6:61: error: links[0].gauge: node 'KAUNAS_KIT' does not serve the 1520 mm gauge\n"
      "  hint: add it to the node's gauges, or fix the link\n");
}

TEST_CASE("duplicates and bad ids", "[io][errors]") {
  CHECK(
      errors_of(with(
          "links:", "  - {id: KAUNAS_KIT, name: K, country: LT, kind: city, source: s}\nlinks:")) ==
      "test.yaml:5:6: error: nodes[2].id: duplicate id 'KAUNAS_KIT'\n"
      "  hint: first defined at line 3\n");
  CHECK(errors_of(with("{id: KV,", "{id: K V,")) ==
        "test.yaml:6:6: error: links[0].id: id 'K V' may only use letters, digits, '_', '-' and "
        "'.'\n");
}

TEST_CASE("every error of a file is reported at once, in file order", "[io][errors]") {
  std::string text = with("distance_km: 100", "distance_km: -5");
  text.replace(text.find("cargo: box}"), 11, "cargo: boxes}");
  text.replace(text.find("kind: dry_port"), 14, "kind: dryport");
  CHECK(errors_of(text) ==
        "test.yaml:4:51: error: nodes[1].kind: unknown node kind 'dryport'\n"
        "  hint: kinds are terminal, seaport, dry_port, border, city, junction\n"
        "test.yaml:6:74: error: links[0].distance_km: must be > 0, got -5\n"
        "test.yaml:10:41: error: demand[0].cargo: unknown cargo 'boxes'\n"
        "  hint: did you mean 'box'?\n");
}

TEST_CASE("YAML syntax errors are located", "[io][errors]") {
  CHECK(errors_of("scenario: x\nnodes: [a, b\n") ==
        "test.yaml:3:1: error: YAML syntax: end of sequence flow not found\n");
  CHECK(errors_of("") ==
        "test.yaml: error: the file is empty\n"
        "  hint: a scenario starts with 'scenario: <name>'\n");
  CHECK(errors_of("- a\n- b\n") ==
        "test.yaml:1:1: error: a scenario is a map of sections (scenario, nodes, links, ...)\n");
}

TEST_CASE("missing sources are warnings, not errors", "[io][errors]") {
  CHECK(errors_of(with(", source: s}\n  - {id: VILNIUS_VIT", "}\n  - {id: VILNIUS_VIT")) ==
        "test.yaml:3:5: warning: nodes[0]: node 'KAUNAS_KIT' has no source\n"
        "  hint: add source: \"<publication, URL>\" or \"estimate: <reasoning>\"\n");
}

TEST_CASE("policy and disruption references are checked", "[io][errors]") {
  std::string text = kBase;
  text += "policy: {via: [KAUNAS], avoid_countries: [RUS], alternatives: 0}\n";
  text += "disruptions:\n  - {id: X, links: [KV], monthly_probability: 1.5, source: s}\n";
  CHECK(errors_of(text) ==
        "test.yaml:11:16: error: policy.via[0]: unknown node 'KAUNAS'\n"
        "  hint: did you mean 'KAUNAS_KIT'?\n"
        "test.yaml:11:43: error: policy.avoid_countries[0]: country must be an ISO 3166-1 alpha-2 "
        "code, got 'RUS'\n"
        "test.yaml:11:49: error: policy.alternatives: must be between 1 and 100, got 0\n"
        "test.yaml:13:5: error: disruptions[0]: disruption 'X' has monthly_probability but no "
        "duration\n"
        "  hint: e.g. duration: {hours: {lognormal: {median: 48, p95: 120}}}\n"
        "test.yaml:13:26: error: disruptions[0].monthly_probability: probabilities must be between "
        "0 and 1, got 1.5\n");
}

}  // namespace
}  // namespace corridor::io
