// corridor sweep: the grid's table worked by hand on a small network, and the same bytes for any
// thread count and any split into shards.

#include <sstream>

#include <catch2/catch.hpp>

#include <corridor/report/sweep.hpp>
#include <corridor/sweep/sweep.hpp>

#include "unit/sweep/sweep_files.hpp"

namespace corridor {
namespace {

sweep::Request triangle_request() {
  sweep::Request r;
  r.axes = {io::parse_set("links.AC.tariff.usd_per_teu=150,500"),
            io::parse_set("policy.avoid_countries=[],[RU]")};
  return r;
}

std::string written(const model::SweepTable& t, report::Format f) {
  std::ostringstream out;
  report::write(t, f, out);
  return out.str();
}

TEST_CASE("a sweep tabulates each variant's best routes, worked by hand", "[sweep]") {
  const test::TempFile file("corridor-sweep-triangle.yaml", test::kTriangle);
  const io::VariantSource source(file.path(), {});
  const auto t = sweep::run(source, triangle_request()).table;
  CHECK(t.variants == 4);
  CHECK(t.scenario == "triangle");
  REQUIRE(t.rows.size() == 8);  // 4 variants x 2 demand lines
  // The first --set varies slowest: (150, []), (150, [RU]), (500, []), (500, [RU]).
  // A -> C by cost: road 150 USD beats rail 100 + 100; at 500 the rail wins unless RU is
  // avoided. Road: 60 h = 2.5 days; rail: 10 + 10 h = 0.833 days; B -> C: 10 h = 0.417 days.
  struct Expected {
    std::size_t variant;
    std::string from;
    double days;  // 0: no route
    double usd;
  };
  const std::vector<Expected> expected{
      {0, "A", 2.5, 150},   {0, "B", 0.417, 100}, {1, "A", 2.5, 150}, {1, "B", 0, 0},
      {2, "A", 0.833, 200}, {2, "B", 0.417, 100}, {3, "A", 2.5, 500}, {3, "B", 0, 0}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& row = t.rows[i];
    const auto& e = expected[i];
    INFO("row " << i);
    CHECK(row.variant == e.variant);
    CHECK(row.from == e.from);
    CHECK(row.to == "C");
    CHECK(row.line == e.from + "->C");  // the default id of a line without one
    REQUIRE(row.best.has_value() == (e.days > 0));
    if (!row.best) {
      CHECK(row.unreachable.find("avoid_countries") != std::string::npos);
      continue;
    }
    CHECK(row.best->days == e.days);
    CHECK(row.best->usd == e.usd);
  }
  CHECK(t.rows[0].best->corridor == "Alpha\u2013Charlie");
  CHECK(t.rows[4].best->corridor == "Alpha\u2013Bravo\u2013Charlie");
  CHECK(t.rows[4].best->modes == "rail");
}

TEST_CASE("a --set that changes no row is found", "[sweep]") {
  const test::TempFile file("corridor-sweep-inert.yaml", test::kTriangle);
  const io::VariantSource source(file.path(), {});
  sweep::Request request;
  // A node's capacity acts only in `corridor capacity`; the tariff of AC changes A -> C.
  request.axes = {io::parse_set("nodes.B.capacity.teu_per_day=10,20"),
                  io::parse_set("links.AC.tariff.usd_per_teu=150,500")};
  const auto table = sweep::run(source, request).table;
  CHECK(sweep::inert_axes(table) == std::vector<std::size_t>{0});
  request.shard = model::SweepShard{1, 2};
  CHECK(sweep::inert_axes(sweep::run(source, request).table).empty());  // not a whole table
}

TEST_CASE("a sweep's table is the same for any thread count", "[sweep]") {
  const test::TempFile file("corridor-sweep-threads.yaml", test::kTriangle);
  const io::VariantSource source(file.path(), {});
  auto request = triangle_request();
  request.threads = 1;
  const auto one = written(sweep::run(source, request).table, report::Format::json);
  request.threads = 3;
  CHECK(written(sweep::run(source, request).table, report::Format::json) == one);
}

TEST_CASE("merged shards write the bytes of the unsharded sweep in every format", "[sweep]") {
  const test::TempFile file("corridor-sweep-shards.yaml", test::kTriangle);
  const io::VariantSource source(file.path(), {});
  auto request = triangle_request();
  const auto whole = sweep::run(source, request).table;
  std::vector<sweep::ShardFile> shards;
  for (std::size_t i : {std::size_t{3}, std::size_t{1}, std::size_t{2}}) {  // any order
    request.shard = model::SweepShard{i, 3};
    const auto shard = sweep::run(source, request).table;
    // Shard i of 3 holds variants i, i + 3, ...: 2, 1 and 1 of the 4.
    CHECK(shard.rows.size() == (i == 1 ? 4U : 2U));
    // Each goes through its JSON, as `corridor merge` reads it.
    shards.push_back({"shard" + std::to_string(i) + ".json",
                      report::read_sweep_json(written(shard, report::Format::json))});
  }
  const auto merged = sweep::merge(shards);
  for (auto f :
       {report::Format::json, report::Format::csv, report::Format::text, report::Format::md}) {
    CHECK(written(merged, f) == written(whole, f));
  }

  SECTION("a missing shard is named") {
    shards.pop_back();
    try {
      (void)sweep::merge(shards);
      FAIL("merged without shard 2");
    } catch (const ValidationError& e) {
      CHECK(format_issue(e.issues().at(0)) ==
            "shard3.json: error: shard 2/3 is missing\n  hint: merge every shard of the sweep");
    }
  }
  SECTION("a shard of another sweep is refused") {
    shards.back().table.axes[1].values = {"[]", "[BY]"};
    try {
      (void)sweep::merge(shards);
      FAIL("merged shards of two grids");
    } catch (const ValidationError& e) {
      CHECK(format_issue(e.issues().at(0)) ==
            "shard2.json: error: a shard of another sweep than shard3.json: the --set values "
            "differ");
    }
  }
  SECTION("a shard given twice is named") {
    shards.push_back(shards.front());
    shards.back().name = "again.json";
    try {
      (void)sweep::merge(shards);
      FAIL("merged shard 3 twice");
    } catch (const ValidationError& e) {
      CHECK(format_issue(e.issues().at(0)) == "again.json: error: shard 3/3 is also shard3.json");
    }
  }
}

TEST_CASE("a grid beyond the limit is refused before anything runs", "[sweep]") {
  std::string values = "1";
  for (int i = 2; i <= 400; ++i)
    values += "," + std::to_string(i);
  const std::vector<io::SetAxis> axes{io::parse_set("a=" + values), io::parse_set("b=" + values)};
  try {
    (void)sweep::grid_size(axes);
    FAIL("160,000 variants accepted");
  } catch (const ValidationError& e) {
    CHECK(format_issue(e.issues().at(0)) ==
          "error: --set: the grid 400 x 400 has more than 100000 variants\n  hint: sweep fewer "
          "values at once, or split the study into several sweeps over parts of the grid");
  }
}

TEST_CASE("an invalid variant is reported with its values", "[sweep]") {
  const test::TempFile file("corridor-sweep-invalid.yaml", test::kTriangle);
  const io::VariantSource source(file.path(), {});
  sweep::Request request;
  request.axes = {io::parse_set("links.AC.hours=60,-1")};
  try {
    (void)sweep::run(source, request);
    FAIL("a negative running time accepted");
  } catch (const ValidationError& e) {
    REQUIRE(e.issues().size() == 1);
    CHECK(format_issue(e.issues()[0]) ==
          "error: variant 2 (links.AC.hours=-1): --set links.AC.hours: durations cannot be "
          "negative");
  }
}

}  // namespace
}  // namespace corridor
