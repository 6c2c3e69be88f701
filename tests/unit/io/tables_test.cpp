// Bulk tables (nodes_csv, links_csv): the CSV reader's cells and positions, the same scenario
// as the YAML lists give, and located errors with exact messages.

#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include <corridor/engine/pipeline.hpp>
#include <corridor/io/load_scenario.hpp>

#include "io/csv_reader.hpp"
#include "support/temp_files.hpp"

namespace corridor::io {
namespace {

using detail::CsvReader;
using detail::CsvRow;

/// The rows of `text` as "line: cell@column|cell@column", and the problem, if any, at the end.
std::string rows_of(std::string_view text) {
  CsvReader reader(text);
  CsvRow row;
  std::string out;
  while (reader.next(row)) {
    out += std::to_string(row.line) + ":";
    for (const auto& cell : row.cells) {
      out += " " + std::string(cell.text) + "@" + std::to_string(cell.column);
    }
    out += "\n";
  }
  if (const auto& p = reader.problem()) {
    out += std::to_string(p->line) + ":" + std::to_string(p->column) + " " + p->message + "\n";
  }
  return out;
}

TEST_CASE("the CSV reader gives cells with their lines and columns", "[io][tables]") {
  CHECK(rows_of("a,b,c\n1,,3\n") == "1: a@1 b@3 c@5\n2: 1@1 @3 3@4\n");
  // CRLF line ends, a byte order mark, empty lines and no final line break.
  CHECK(rows_of("\xEF\xBB\xBFid,x\r\n\r\n\nA,1\r\nB,2") == "1: id@1 x@4\n4: A@1 1@3\n5: B@1 2@3\n");
  // Quoted cells hold commas, doubled quotes and line breaks; the next row's line counts them.
  CHECK(rows_of("\"a, b\",\"say \"\"hi\"\"\",c\n\"two\nlines\",x\ny,z\n") ==
        "1: a, b@1 say \"hi\"@8 c@21\n2: two\nlines@1 x@8\n4: y@1 z@3\n");
  // Columns count bytes, as the YAML parser's positions do: "é" is two.
  CHECK(rows_of("caf\xC3\xA9,x\n") == "1: caf\xC3\xA9@1 x@7\n");
}

TEST_CASE("the CSV reader locates malformed quotes", "[io][tables]") {
  CHECK(rows_of("a,b\n1,\"open\n") == "1: a@1 b@3\n2:3 this quoted cell never ends\n");
  CHECK(rows_of("a,b\n1,\"x\"y\n") == "1: a@1 b@3\n2:6 text after the closing quote of a cell\n");
  CHECK(rows_of("a,b\n1,x\"y\n") == "1: a@1 b@3\n2:4 a quote inside an unquoted cell\n");
}

/// A fresh directory with the given files, removed at the end of the test.
class Files : public test::TempFiles {
 public:
  Files() : TempFiles("corridor-tables") {}
  [[nodiscard]] std::string at(const std::string& name) const { return (dir() / name).string(); }
};

constexpr const char* kTablesYaml = R"(scenario: tables
nodes_csv: n.csv
links_csv: l.csv
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 50000, source: s}
)";

constexpr const char* kNodes =
    "id,name,country,kind,lat,lon,modes,gauges,handling.hours,handling.usd_per_teu,source\n"
    "A,\"Aktau, port\",KZ,seaport,43.6,51.2,rail;sea,1520,24,180,s\n"
    "B,Baku,AZ,seaport,40,49.4,,,,,s\n";
constexpr const char* kLinks =
    "id,from,to,mode,gauge,distance_km,hours,days,speed_kmh,tariff.usd_per_teu,"
    "bidirectional,transit_countries,source\n"
    "AB,A,B,sea,,470,,1.5,,900,false,AZ;KZ,s\n"
    "BA,B,A,rail,1520,900,,,60,,,,s\n";

/// Loads the scenario of kTablesYaml with the given tables; "" or the formatted errors, each
/// with the temporary directory written as "DIR/".
std::string errors_with(const std::string& nodes, const std::string& links) {
  Files files;
  files.write("n.csv", nodes);
  files.write("l.csv", links);
  const auto path = files.write("s.yaml", kTablesYaml);
  const std::string dir = files.at("");
  std::string out;
  try {
    (void)load_scenario(path);
  } catch (const ValidationError& e) {
    for (const auto& issue : e.issues())
      out += format_issue(issue) + "\n";
  }
  for (auto at = out.find(dir); at != std::string::npos; at = out.find(dir)) {
    out.replace(at, dir.size(), "DIR/");
  }
  return out;
}

TEST_CASE("a table's rows become nodes and links", "[io][tables]") {
  Files files;
  files.write("n.csv", kNodes);
  files.write("l.csv", kLinks);
  const auto loaded = load_scenario(files.write("s.yaml", kTablesYaml));
  const auto& s = loaded.scenario;
  REQUIRE(s.nodes.size() == 2);
  REQUIRE(s.links.size() == 2);
  CHECK(s.nodes[0].name == "Aktau, port");
  CHECK(s.nodes[0].location->lat == 43.6);
  CHECK(s.nodes[0].modes == std::vector{model::Mode::rail, model::Mode::sea});
  CHECK(s.nodes[0].gauges == std::vector{1520});
  CHECK(s.nodes[0].handling->hours.mean() == 24.0);
  CHECK(s.nodes[0].handling->usd_per_teu.value() == 180.0);
  CHECK_FALSE(s.nodes[1].handling);
  CHECK(s.nodes[1].modes.empty());
  CHECK(s.links[0].mode == model::Mode::sea);
  CHECK(s.links[0].running_time().mean() == 36.0);  // 1.5 days
  CHECK_FALSE(s.links[0].bidirectional);
  CHECK(s.links[0].transit_countries == std::vector<std::string>{"AZ", "KZ"});
  CHECK(s.links[1].gauge_mm == 1520);
  CHECK(s.links[1].running_time().mean() == 15.0);  // 900 km at 60 km/h
  CHECK(s.links[1].bidirectional);
  // The tables are among the files read, after the scenario.
  REQUIRE(loaded.files.size() == 3);
  CHECK(loaded.files[1].filename() == "n.csv");
  CHECK(loaded.files[2].filename() == "l.csv");
  // Later checks locate a row's values in its table, by column.
  CHECK(loaded.source_map.locate("links[1].speed_kmh").line == 3);
  CHECK(loaded.source_map.locate("links[1].speed_kmh").column == 24);
  CHECK(loaded.source_map.written("links[1].speed_kmh") == "speed_kmh");
}

TEST_CASE("errors in table cells name the file, line, column and column name", "[io][tables]") {
  CHECK(errors_with(kNodes, kLinks).empty());
  // Read errors (the YAML reader's messages) and broken rules (validate's) alike.
  CHECK(errors_with("id,name,country,kind,lat,lon,source\n"
                    "A,Aktau,KZ,harbour,43.6,,s\n"
                    "B,Baku,az,seaport,40,x,s\n",
                    kLinks) ==
        "DIR/n.csv:2:12: error: kind: unknown node kind 'harbour'\n"
        "  hint: kinds are terminal, seaport, dry_port, border, city, junction\n"
        "DIR/n.csv:2:25: error: lon: give both lat and lon, or neither\n"
        "DIR/n.csv:3:8: error: country: country must be an ISO 3166-1 alpha-2 code, got 'az'\n"
        "  hint: two capital letters, e.g. KZ, GE, LT\n"
        "DIR/n.csv:3:22: error: lon: expected a number, got 'x'\n");
  CHECK(errors_with(kNodes,
                    "id,from,to,mode,gauge,distance_km,hours,source\n"
                    "AB,A,C,rail,1520,0,4,s\n"
                    "BA,B,A,rail,3000,10,-1,s\n") ==
        "DIR/l.csv:2:6: error: to: unknown node 'C'\n"
        "  hint: did you mean 'A'?\n"
        "DIR/l.csv:2:18: error: distance_km: must be > 0, got 0\n"
        "DIR/l.csv:3:13: error: gauge: must be between 500 and 2000, got 3000\n"
        "  hint: gauges are in millimetres, e.g. 1520 or 1435\n"
        "DIR/l.csv:3:21: error: hours: durations cannot be negative\n");
}

// A -> B -> C, rail then road, or A -> C direct by rail, with charges per container in the
// tables:
//   AB: USD 100 per TEU
//   B:  handling (rail to road) USD 60 per container, dwell USD 80 per container
//   BC: USD 300 per container + USD 1 per container-km x 100 km = 400 per container
//   AC: USD 450 per TEU
// By hand, per TEU via B: a 40 ft box (2 TEU) 100 + 60 / 2 + 80 / 2 + 400 / 2 = 370 < 450, so it
// goes via B; a 20 ft box (1 TEU) 100 + 60 + 80 + 400 = 640 > 450, so it goes direct.
constexpr const char* kBoxesYaml = R"(scenario: boxes
nodes_csv: n.csv
links_csv: l.csv
cargo:
  - {id: general, tonnes_per_teu: 10, value_usd_per_teu: 10000, source: s}
demand:
  - {id: forty, from: A, to: C, cargo: general, container: 40ft, teu_per_week: 2}
  - {id: twenty, from: A, to: C, cargo: general, teu_per_week: 1}
policy: {objective: cost}
)";
constexpr const char* kBoxNodes =
    "id,name,country,kind,modes,handling.hours,handling.usd_per_container,dwell.hours,"
    "dwell.usd_per_container,source\n"
    "A,A,KZ,terminal,,,,,,s\n"
    "B,B,KZ,terminal,rail;road,1,60,2,80,s\n"
    "C,C,KZ,terminal,,,,,,s\n";
constexpr const char* kBoxLinks =
    "id,from,to,mode,gauge,distance_km,hours,tariff.usd_per_teu,tariff.usd_per_container,"
    "tariff.usd_per_container_km,source\n"
    "AB,A,B,rail,1520,100,10,100,,,s\n"
    "BC,B,C,road,,100,10,,300,1,s\n"
    "AC,A,C,rail,1520,250,25,450,,,s\n";

TEST_CASE("charges per container in tables price each line for its container",
          "[io][tables][container]") {
  Files files;
  files.write("n.csv", kBoxNodes);
  files.write("l.csv", kBoxLinks);
  const auto s = load_scenario(files.write("s.yaml", kBoxesYaml)).scenario;
  REQUIRE(s.nodes.size() == 3);
  REQUIRE(s.nodes[1].handling);
  REQUIRE(s.nodes[1].dwell);
  CHECK(s.nodes[1].handling->usd_per_container.value() == 60.0);
  CHECK(s.nodes[1].handling->usd_per_teu.value() == 0.0);
  CHECK(s.nodes[1].dwell->usd_per_container.value() == 80.0);
  CHECK(s.nodes[1].dwell->usd_per_teu.value() == 0.0);
  CHECK_FALSE(s.nodes[0].handling);
  CHECK_FALSE(s.nodes[0].dwell);
  REQUIRE(s.links.size() == 3);
  CHECK(s.links[1].tariff.usd_per_container.value() == 300.0);
  CHECK(s.links[1].tariff.usd_per_container_km == 1.0);
  CHECK(s.links[1].tariff.usd_per_teu.value() == 0.0);
  CHECK(s.links[1].tariff.usd_per_teu_km == 0.0);
  CHECK(s.links[0].tariff.usd_per_teu.value() == 100.0);
  CHECK(s.links[0].tariff.usd_per_container.value() == 0.0);

  const auto run = engine::plan(s, engine::prepare(s, {}));
  REQUIRE(run.results.size() == 2);
  const auto& forty = run.results[0].routes.front();
  // AB per TEU, then BC's 400 per box, the handling and the dwell at B over the box's 2 TEU.
  CHECK(forty.totals.tariff.value() == Approx(100.0 + 400.0 / 2));
  CHECK(forty.totals.handling_usd.value() == Approx(60.0 / 2));
  CHECK(forty.totals.fees_usd.value() == Approx(80.0 / 2));
  CHECK(forty.totals.usd().value() == Approx(370.0));
  const auto& twenty = run.results[1].routes.front();
  REQUIRE(twenty.steps.size() == 1);           // AC: via B would cost 640
  CHECK(twenty.steps[0].km.value() == 250.0);  // AC
  CHECK(twenty.totals.usd().value() == Approx(450.0));
}

TEST_CASE("a table's charge is per TEU or per container, not both", "[io][tables][container]") {
  // Both of a pair in one row: the YAML form's message, at the cell of the second; the range
  // of a charge per container as in YAML.
  CHECK(errors_with("id,name,country,kind,handling.hours,handling.usd_per_teu,"
                    "handling.usd_per_container,dwell.hours,dwell.usd_per_container,source\n"
                    "A,Aktau,KZ,seaport,24,180,90,,,s\n"
                    "B,Baku,AZ,seaport,,,,3,-5,s\n",
                    "id,from,to,mode,distance_km,hours,tariff.usd_per_teu,"
                    "tariff.usd_per_container,tariff.usd_per_teu_km,tariff.usd_per_container_km,"
                    "source\n"
                    "AB,A,B,sea,470,36,900,,0.5,1,s\n"
                    "BA,B,A,sea,470,36,,1e10,,,s\n") ==
        "DIR/l.csv:2:28: error: tariff.usd_per_container_km: give usd_per_teu_km or "
        "usd_per_container_km, not both\n"
        "  hint: a charge is per TEU or per container (a box of any size pays the same): write it "
        "as its source publishes it\n"
        "DIR/l.csv:3:20: error: tariff.usd_per_container: must be <= 1000000000, got "
        "10000000000\n"
        "  hint: amounts of money are at most USD 1,000,000,000\n"
        "DIR/n.csv:2:27: error: handling.usd_per_container: give usd_per_teu or "
        "usd_per_container, not both\n"
        "  hint: a charge is per TEU or per container (a box of any size pays the same): write it "
        "as its source publishes it\n"
        "DIR/n.csv:3:24: error: dwell.usd_per_container: must be >= 0, got -5\n");
}

}  // namespace
}  // namespace corridor::io
