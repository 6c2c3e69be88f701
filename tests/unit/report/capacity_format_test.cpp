// The capacity report in every format says the same: each CSV cell is the JSON value of the same
// field (cells of other sections empty), TEU add up in every line, and the text names the JSON's
// worst resource as the bottleneck and prints each line's P90.

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <corridor/engine/pipeline.hpp>
#include <corridor/report/report.hpp>

#include "mismatches.hpp"
#include "support/csv.hpp"

namespace corridor {
namespace {

using test::Json;
using Cells = std::map<std::string, Json>;

std::string written(const model::CapacityRun& run, report::Format format) {
  std::ostringstream out;
  report::write(run, format, out);
  return out.str();
}

const std::string kWhatIf = std::string(CORRIDOR_SOURCE_DIR) + "/scenarios/titr-2030-x3.yaml";

/// The x3 what-if over a short horizon, with the route choice asked for.
model::CapacityRun x3_run(const std::string& route_choice) {
  const auto loaded = engine::load(kWhatIf);
  model::Overrides o;
  o.simulation.horizon_days = 150.0;
  o.capacity.replications = 3;
  o.capacity.route_choice = route_choice;
  if (route_choice == "equilibrium") o.capacity.max_iterations = 3;
  return engine::capacity(loaded.scenario, engine::prepare(loaded.scenario, o));
}

void add_line_cells(Cells& c, const Json& doc, const Json& d) {
  c["scenario"] = doc.at("scenario").at("name");
  for (const char* key : {"from", "to", "cargo", "teu_per_week", "shipment_teu"})
    c[key] = d.at(key);
  c["line_id"] = d.at("id");
}

void add_resource_cells(Cells& c, const Json& doc, const Json& r) {
  c["scenario"] = doc.at("scenario").at("name");
  for (const char* key : {"kind", "name", "node", "link"})
    c[key] = r.at(key);
  c["resource_rank"] = r.at("rank");
  c["link_from"] = r.at("from");
  c["link_to"] = r.at("to");
}

/// The rows a capacity CSV must have, in order, each with its non-empty cells.
std::vector<Cells> expected_rows(const Json& doc) {
  std::vector<Cells> rows;
  Cells run{{"section", "run"}, {"scenario", doc.at("scenario").at("name")}};
  for (const auto& [key, value] : doc.at("simulation").items())
    run[key] = value;
  if (!doc.at("equilibrium").is_null()) {
    for (const auto& [key, value] : doc.at("equilibrium").items())
      run["equilibrium_" + key] = value;
  }
  rows.push_back(run);
  for (const Json& d : doc.at("demands")) {
    Cells line{{"section", "line"}};
    add_line_cells(line, doc, d);
    for (const auto& [key, value] : d.at("shipments").items())
      line["shipments_" + key] = value;
    for (const auto& [key, value] : d.at("teu").items())
      line["teu_" + key] = value;
    line["never_arrive"] = d.at("never_arrive");
    if (!d.at("transit_days").is_null()) {
      for (const auto& [key, value] : d.at("transit_days").items())
        line["days_" + key] = value;
    }
    line["on_time_share"] = d.at("on_time_share");
    rows.push_back(line);
    for (const Json& r : d.at("routes")) {
      Cells route{{"section", "route"}};
      add_line_cells(route, doc, d);
      route["route_rank"] = r.at("rank");
      for (const char* key : {"corridor", "modes", "share"})
        route[key] = r.at(key);
      route["route_shipments"] = r.at("shipments");
      rows.push_back(route);
    }
  }
  const Json& resources = doc.at("resources");
  for (const Json& r : resources) {
    Cells res{{"section", "resource"}};
    add_resource_cells(res, doc, r);
    for (const char* key : {"capacity", "capacity_unit", "utilisation", "mean_queue_teu",
                            "max_queue_teu", "mean_wait_hours", "p95_wait_hours",
                            "mean_delay_hours", "delay_teu_hours", "teu_carried"})
      res[key] = r.at(key);
    res["resource_shipments"] = r.at("shipments");
    rows.push_back(res);
  }
  for (const Json& q : doc.at("weekly_queues")) {
    const Json& r = resources.at(q.at("resource_rank").get<std::size_t>() - 1);
    const Json& teu = q.at("teu");
    for (std::size_t w = 0; w < teu.size(); ++w) {
      Cells cells{{"section", "queue"}, {"week", w + 1}, {"queue_teu", teu[w]}};
      add_resource_cells(cells, doc, r);
      rows.push_back(cells);
    }
  }
  return rows;
}

void check_csv(const std::string& csv, const Json& doc) {
  const auto records = test::read_csv(csv);
  REQUIRE_FALSE(records.empty());
  const auto& header = records.front();
  const auto rows = expected_rows(doc);
  REQUIRE(records.size() == rows.size() + 1);
  test::Mismatches mismatches;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& record = records[i + 1];
    REQUIRE(record.size() == header.size());
    for (std::size_t c = 0; c < header.size(); ++c) {
      const auto it = rows[i].find(header[c]);
      const Json value = it == rows[i].end() ? Json(nullptr) : it->second;
      mismatches.compare("row " + std::to_string(i + 1) + " " + header[c], record[c], value);
    }
  }
  INFO((mismatches.list().empty() ? std::string() : mismatches.list().front()));
  CHECK(mismatches.list().empty());
}

TEST_CASE("capacity: CSV says what the JSON says", "[report][cross-format][capacity]") {
  for (const char* choice : {"best", "equilibrium"}) {
    SECTION(choice) {
      const auto run = x3_run(choice);
      const Json doc = Json::parse(written(run, report::Format::json));
      CHECK(doc.at("kind") == "capacity");
      CHECK(doc.at("equilibrium").is_null() == (std::string(choice) == "best"));
      REQUIRE_FALSE(doc.at("resources").empty());
      CHECK_FALSE(doc.at("weekly_queues").empty());
      check_csv(written(run, report::Format::csv), doc);
    }
  }
}

TEST_CASE("capacity: every TEU is accounted for in every format",
          "[report][cross-format][capacity]") {
  const auto run = x3_run("best");
  const Json doc = Json::parse(written(run, report::Format::json));
  REQUIRE(doc.at("demands").size() == 8);
  for (const Json& d : doc.at("demands")) {
    const Json& s = d.at("shipments");
    CHECK(s.at("generated").get<std::uint64_t>() == s.at("delivered").get<std::uint64_t>() +
                                                        s.at("in_system").get<std::uint64_t>() +
                                                        s.at("not_served").get<std::uint64_t>());
    CHECK(s.at("generated").get<std::uint64_t>() > 0);
    const Json& t = d.at("teu");
    // Four values rounded to 3 decimals: their sum is within 2e-3 of the rounded total.
    CHECK(t.at("generated").get<double>() ==
          Approx(t.at("delivered").get<double>() + t.at("in_system").get<double>() +
                 t.at("not_served").get<double>())
              .margin(2e-3));
    // TEU per replication = shipments x shipment_teu / replications.
    CHECK(t.at("generated").get<double>() ==
          Approx(s.at("generated").get<double>() * d.at("shipment_teu").get<double>() / 3.0)
              .margin(1e-3));
  }
}

TEST_CASE("capacity: the text names the JSON's bottleneck and each line's P90",
          "[report][cross-format][capacity]") {
  const auto run = x3_run("best");
  const Json doc = Json::parse(written(run, report::Format::json));
  const std::string text = written(run, report::Format::text);
  const std::string md = written(run, report::Format::md);
  const Json& worst = doc.at("resources").at(0);
  REQUIRE(worst.at("delay_teu_hours").get<double>() > 0.0);
  const std::string name = worst.at("name").get<std::string>();
  CHECK(text.find("bottleneck: " + name + " (") != std::string::npos);
  CHECK(md.find("- **bottleneck:** " + name + " (") != std::string::npos);
  for (const Json& d : doc.at("demands")) {
    // Lines are named by their id ("KHORGOS->VILNIUS_VIT").
    const std::string line = d.at("id").get<std::string>();
    const auto at = text.find(line);
    REQUIRE(at != std::string::npos);
    const std::string row = text.substr(at, text.find('\n', at) - at);
    std::ostringstream p90;
    p90.setf(std::ios::fixed);
    p90.precision(1);
    p90 << d.at("transit_days").at("p90").get<double>();
    INFO(row);
    CHECK(row.find(" " + p90.str() + " ") != std::string::npos);
  }
}

}  // namespace
}  // namespace corridor
