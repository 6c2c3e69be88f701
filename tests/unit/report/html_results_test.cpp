// The HTML pages of the capacity simulation and of criticality: the map marks each resource or
// closed element, the charts draw the ranking and the queues, and every figure is the one the
// JSON and text reports give.

#include <algorithm>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <corridor/engine/criticality.hpp>
#include <corridor/engine/pipeline.hpp>
#include <corridor/report/report.hpp>

#include "report/format.hpp"
#include "support/scenario_text.hpp"
#include "tiny_network.hpp"

namespace corridor {
namespace {

using test::count_of;
using Json = nlohmann::json;

// A ferry P → Q carrying 40 TEU every 48 hours (140 TEU a week) for a line of 160 TEU a week:
// the ferry is the bottleneck, used to the full, and its queue grows week after week.
constexpr const char* kFerry = R"(
scenario: ferry
description: "A ferry that carries less than the demand"
nodes:
  - {id: A, name: Alpha, country: KZ, kind: terminal, location: [45.0, 60.0], capacity: {teu_per_day: 60}, source: "estimate: test"}
  - {id: P, name: Port P, country: KZ, kind: seaport, location: [44.0, 51.0], handling: {hours: 1, servers: 2}, source: "estimate: test"}
  - {id: Q, name: Quay Q, country: AZ, kind: seaport, location: [40.0, 49.5], handling: {hours: 1}, source: "estimate: test"}
  - {id: Z, name: Zulu, country: GE, kind: terminal, location: [42.0, 44.0], source: "estimate: test"}
links:
  - {id: A-P, from: A, to: P, mode: rail, gauge: 1520, distance_km: 900, hours: 20, source: "estimate: test"}
  - {id: P-Q, from: P, to: Q, mode: ferry, distance_km: 400, hours: 20, schedule: {every_hours: 48, capacity_teu: 40}, source: "estimate: test"}
  - {id: Q-Z, from: Q, to: Z, mode: rail, gauge: 1520, distance_km: 300, hours: 10, capacity: {teu_per_day: 40}, source: "estimate: test"}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 50000, source: "estimate: test"}
demand:
  - {from: A, to: Z, cargo: box, teu_per_week: 160, deadline_days: 10}
simulation: {horizon_days: 84, warmup_days: 14, seed: 3}
)";

model::CapacityRun ferry_run(int threads) {
  const auto s = test::scenario_from(kFerry);
  model::Overrides o;
  o.capacity.replications = 2;
  o.simulation.threads = threads;
  auto run = engine::capacity(s, engine::prepare(s, o));
  run.provenance.command = "corridor capacity ferry.yaml --format html";
  return run;
}

// Criticality by hand (tests/unit/criticality/ranking_test.cpp, now located): line A → D
// (10 TEU a week) runs A–B–D at 200 USD + 20 h; without B, AB or BD it takes A–C–D at 600 USD
// + 10 h, 390 USD+time more per TEU, 3,900 a week. Line D → E (5 TEU a week) has only DE:
// closing DE cuts it off, which ranks first. C, AC and CD carry no best route.
constexpr const char* kDiamond = R"(
scenario: diamond
nodes:
  - {id: A, name: Alpha, country: KZ, kind: terminal, location: [45.0, 60.0]}
  - {id: B, name: Bravo, country: KZ, kind: border, location: [46.0, 55.0]}
  - {id: C, name: Charlie, country: AZ, kind: junction, location: [41.0, 54.0]}
  - {id: D, name: Delta, country: LT, kind: terminal, location: [44.0, 50.0]}
  - {id: E, name: Echo, country: LT, kind: terminal, location: [45.0, 45.0]}
links:
  - {id: AB, from: A, to: B, mode: rail, gauge: 1520, distance_km: 100, hours: 10, tariff: {usd_per_teu: 100}}
  - {id: BD, from: B, to: D, mode: rail, gauge: 1520, distance_km: 100, hours: 10, tariff: {usd_per_teu: 100}}
  - {id: AC, from: A, to: C, mode: road, distance_km: 100, hours: 5, tariff: {usd_per_teu: 300}}
  - {id: CD, from: C, to: D, mode: road, distance_km: 100, hours: 5, tariff: {usd_per_teu: 300}}
  - {id: DE, from: D, to: E, mode: rail, gauge: 1520, distance_km: 100, hours: 10, tariff: {usd_per_teu: 100}}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 10000, value_of_time_usd_per_teu_day: 24}
demand:
  - {from: A, to: D, cargo: box, teu_per_week: 10}
  - {from: D, to: E, cargo: box, teu_per_week: 5}
)";

model::CriticalityRun diamond_run(int threads) {
  const auto s = test::scenario_from(kDiamond);
  auto prepared = engine::prepare(s, {});
  prepared.threads = threads;
  auto run = engine::criticality(s, prepared, {});
  run.base.provenance.command = "corridor criticality diamond.yaml --format html";
  return run;
}

/// The SVG element with id `id` in `page` ("" when absent).
std::string svg_with_id(const std::string& page, const std::string& id) {
  const auto at = page.find("<svg id=\"" + id + "\"");
  if (at == std::string::npos) return "";
  return page.substr(at, page.find("</svg>", at) + 6 - at);
}

struct DrawnBar {
  std::string label;
  std::string classes;
  double width = 0.0;  ///< 0 where no bar is drawn
  std::string figures;
};

/// The bars of a ranking chart, in order.
std::vector<DrawnBar> bars_of(const std::string& chart) {
  std::vector<DrawnBar> out;
  const std::regex row(
      "<text class=\"bar-label\"[^>]*>([^<]*)</text>(?:<rect class=\"bar ([^\"]*)\" x=\"[^\"]*\" "
      "y=\"[^\"]*\" width=\"([^\"]*)\"[^>]*><title>[^<]*</title></rect>)?<text "
      "class=\"bar-total\"[^>]*>([^<]*)</text>");
  for (auto it = std::sregex_iterator(chart.begin(), chart.end(), row);
       it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    out.push_back({m[1], m[2], m[3].matched ? std::stod(m[3]) : 0.0, m[4]});
  }
  return out;
}

std::string percent(double share) {
  return report::detail::fixed(100.0 * share, 1) + " %";
}

TEST_CASE("the capacity page ranks the resources and draws their queues", "[report][html]") {
  const auto run = ferry_run(1);
  const std::string page = test::written(run, report::Format::html);
  const Json doc = Json::parse(test::written(run, report::Format::json));
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("<code>corridor capacity ferry.yaml --format html</code>") != std::string::npos);
  CHECK(page.find("estimate: test") != std::string::npos);  // the scenario's sources
  const auto& resources = doc.at("resources");
  REQUIRE(resources.size() >= 2);
  // The ferry carries 140 TEU a week of 160 offered: it is the worst bottleneck, full.
  CHECK(resources[0].at("name") == "Port P \u2192 Quay Q");
  CHECK(resources[0].at("utilisation").get<double>() > 0.95);

  SECTION("one bar per resource, in rank order, as long as its utilisation") {
    const auto bars = bars_of(svg_with_id(page, "bottlenecks"));
    REQUIRE(bars.size() == resources.size());
    // The text report's resource rows: rank, name, limit, utilisation, ..., mean wait h.
    const std::string text = test::written(run, report::Format::text);
    const std::regex row(
        "\n +([0-9]+)  (.+?)  +[0-9,.]+ [A-Za-z ]+?  +([0-9.]+ %)  +[0-9,.]+  +"
        "[0-9,.]+  +([0-9.]+)  ");
    std::vector<std::smatch> rows;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), row);
         it != std::sregex_iterator(); ++it)
      rows.push_back(*it);
    REQUIRE(rows.size() == resources.size());
    for (std::size_t i = 0; i < bars.size(); ++i) {
      const auto& r = resources[i];
      CHECK(rows[i][1] == std::to_string(i + 1));
      CHECK(rows[i][2] == r.at("name").get<std::string>());
      CHECK(bars[i].label == std::to_string(i + 1) + ". " + r.at("name").get<std::string>());
      CHECK(bars[i].figures == rows[i][3].str() + " \u00b7 wait " + rows[i][4].str() + " h");
    }
    CHECK(bars[0].classes == "util-full");
    // Widths in proportion to utilisation (to the tenth of a unit the SVG is written in).
    for (std::size_t i = 1; i < bars.size(); ++i) {
      const double u0 = resources[0].at("utilisation").get<double>();
      const double ui = resources[i].at("utilisation").get<double>();
      CHECK(bars[i].width == Approx(bars[0].width * ui / u0).margin(0.15));
    }
  }
  SECTION("the queue chart has one line per bottleneck in the weekly series") {
    const std::string chart = svg_with_id(page, "queues");
    const auto& queues = doc.at("weekly_queues");
    REQUIRE(!queues.empty());
    CHECK(count_of(chart, "<path class=\"series s") == 2 * queues.size());  // lines and legend
    for (std::size_t i = 0; i < queues.size(); ++i) {
      const auto rank = queues[i].at("resource_rank").get<std::size_t>();
      CHECK(chart.find(">" + std::to_string(rank) + ". " +
                       resources[rank - 1].at("name").get<std::string>() + "</text>") !=
            std::string::npos);
    }
    // 84 days: 12 weeks, a point each, two coordinates a point.
    const std::regex line("<path class=\"series s1\" d=\"M([^\"]*)\"><title>");
    std::smatch m;
    REQUIRE(std::regex_search(chart, m, line));
    const std::string d = m[1];
    const std::regex number("-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");
    CHECK(std::distance(std::sregex_iterator(d.begin(), d.end(), number), std::sregex_iterator()) ==
          24);
    CHECK(chart.find(">warm-up</text>") != std::string::npos);
  }
  SECTION("the map marks every resource, the worst with its rank") {
    const std::string map = svg_with_id(page, "map");
    CHECK(count_of(map, "class=\"mark band ") + count_of(map, "class=\"mark disc ") ==
          resources.size());
    CHECK(map.find("<path class=\"mark band util-full\"") != std::string::npos);
    CHECK(map.find("<g class=\"badge\">") != std::string::npos);
    CHECK(map.find("<title>1. Port P \u2192 Quay Q (departures, 40 TEU per departure)") !=
          std::string::npos);
  }
  SECTION("the tables are the text report's") {
    const std::string text = test::written(run, report::Format::text);
    for (const auto& d : doc.at("demands")) {
      const auto& t = d.at("transit_days");
      for (const char* key : {"mean", "p50", "p90", "p95", "p99"}) {
        const std::string cell = report::detail::fixed(t.at(key).get<double>(), 1);
        CHECK(page.find("<td class=\"r\">" + cell + "</td>") != std::string::npos);
        CHECK(text.find(cell) != std::string::npos);
      }
      CHECK(page.find("<td class=\"r\">" + percent(d.at("on_time_share").get<double>()) +
                      "</td>") != std::string::npos);
      CHECK(page.find("<td class=\"r\">" +
                      report::detail::grouped(d.at("teu").at("generated").get<double>(), 1) +
                      "</td>") != std::string::npos);
    }
  }
  // Every chart and map element a reader can point at has its accessible name.
  CHECK(count_of(page, "<title") >= 4 + resources.size());
  CHECK(page.size() < 1000000);
}

TEST_CASE("the capacity page is byte-stable and the same for any thread count", "[report][html]") {
  const auto one = test::written(ferry_run(1), report::Format::html);
  CHECK(one == test::written(ferry_run(1), report::Format::html));
  CHECK(one == test::written(ferry_run(2), report::Format::html));
}

TEST_CASE("the capacity page shows the equilibrium's iterations and gap", "[report][html]") {
  const auto s = test::scenario_from(kFerry);
  model::Overrides o;
  o.capacity.replications = 2;
  o.capacity.route_choice = "equilibrium";
  o.capacity.max_iterations = 2;
  const auto run = engine::capacity(s, engine::prepare(s, o));
  REQUIRE(run.equilibrium);
  const std::string page = test::written(run, report::Format::html);
  const std::string fact = "equilibrium: " + std::to_string(run.equilibrium->iterations) +
                           " iterations, gap " + report::detail::fixed(run.equilibrium->gap, 4);
  CHECK(page.find("<li>" + fact) != std::string::npos);
}

TEST_CASE("the criticality page ranks the closures, cut-offs apart", "[report][html]") {
  const auto run = diamond_run(1);
  const std::string page = test::written(run, report::Format::html);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("<code>corridor criticality diamond.yaml --format html</code>") !=
        std::string::npos);
  const auto bars = bars_of(svg_with_id(page, "ranking"));
  REQUIRE(bars.size() == 4);  // the closures that change a best route
  CHECK(bars[0].label == "1. Delta\u2013Echo");
  CHECK(bars[0].classes == "off-scale crit-cut");
  CHECK(bars[0].figures == "cuts 1 line (5 TEU/week)");
  CHECK(bars[1].label == "2. Bravo");
  CHECK(bars[2].label == "3. Alpha\u2013Bravo");
  CHECK(bars[3].label == "4. Bravo\u2013Delta");
  for (std::size_t i = 1; i < 4; ++i) {
    CHECK(bars[i].classes == "crit-high");
    CHECK(bars[i].figures == "+3,900 USD+time/week");
    CHECK(bars[i].width == bars[1].width);
  }
  // 3,900 on an axis to 4,000: the cut-off spans the whole plot.
  CHECK(bars[1].width == Approx(bars[0].width * 3900.0 / 4000.0).margin(0.15));
  // The hatch tells a cut-off apart without colour.
  CHECK(svg_with_id(page, "ranking").find("fill=\"url(#ranking-off)\"") != std::string::npos);

  const std::string map = svg_with_id(page, "map");
  CHECK(count_of(map, "class=\"mark band crit-cut\"") == 1);
  CHECK(count_of(map, "class=\"mark band crit-high\"") == 2);
  CHECK(count_of(map, "class=\"mark disc crit-high\"") == 1);
  CHECK(map.find("<title>2. Bravo (B, border): 1 line hit; +3,900 USD+time/week; +4,000 "
                 "USD/week, -4.2 TEU-days/week</title>") != std::string::npos);
  // The figures of the ranking are the JSON's, and the tables the text report's.
  const Json doc = Json::parse(test::written(run, report::Format::json));
  CHECK(doc.at("ranking")[1].at("generalized_usd_per_week").get<double>() == 3900.0);
  CHECK(page.find("<td>cut off: no route left</td>") != std::string::npos);
  CHECK(page.find("<td>Alpha\u2013<wbr>Charlie\u2013<wbr>Delta</td>") != std::string::npos);
}

TEST_CASE("the criticality page is byte-stable and the same for any thread count",
          "[report][html]") {
  const auto one = test::written(diamond_run(1), report::Format::html);
  CHECK(one == test::written(diamond_run(1), report::Format::html));
  CHECK(one == test::written(diamond_run(2), report::Format::html));
}

TEST_CASE("GeoJSON of criticality gives each element its damage", "[report][geojson]") {
  const Json doc = Json::parse(test::written(diamond_run(1), report::Format::geojson));
  CHECK(doc.at("type") == "FeatureCollection");
  CHECK(doc.at("name") == "diamond");
  std::map<std::string, Json> by_id;
  for (const auto& f : doc.at("features"))
    by_id[f.at("properties").at("id").get<std::string>()] = f.at("properties");
  REQUIRE(by_id.size() == 10);  // 5 nodes, 5 links
  CHECK(by_id["DE"].at("rank") == 1);
  CHECK(by_id["DE"].at("lines_cut") == 1);
  CHECK(by_id["DE"].at("teu_per_week_cut") == 5.0);
  CHECK(by_id["B"].at("rank") == 2);
  CHECK(by_id["B"].at("generalized_usd_per_week") == 3900.0);
  CHECK(by_id["B"].at("usd_per_week") == 4000.0);
  CHECK(by_id["C"].at("lines_affected") == 0);
  // Ends of demand lines are not closed unless asked for.
  CHECK(by_id["A"].at("examined") == false);
  CHECK(by_id["A"].at("rank").is_null());
}

TEST_CASE("GeoJSON of the capacity simulation places each resource", "[report][geojson]") {
  const auto run = ferry_run(1);
  const Json doc = Json::parse(test::written(run, report::Format::geojson));
  const Json json = Json::parse(test::written(run, report::Format::json));
  std::vector<Json> resources;
  for (const auto& f : doc.at("features")) {
    if (f.at("properties").at("feature") == "resource") resources.push_back(f);
  }
  REQUIRE(resources.size() == json.at("resources").size());
  const auto& ferry = resources.front();
  CHECK(ferry.at("geometry") ==
        Json::parse(R"({"type": "LineString", "coordinates": [[51.0, 44.0], [49.5, 40.0]]})"));
  for (const auto& [key, value] : json.at("resources")[0].items())
    CHECK(ferry.at("properties").at(key) == value);
}

}  // namespace
}  // namespace corridor
