// engine::prepare and engine::capacity: the capacity simulation's overrides reach its options,
// each route choice simulates the routes it needs, and bad values are refused with the
// scenario file's messages.

#include <string>

#include <catch2/catch.hpp>

#include <corridor/engine/pipeline.hpp>
#include <corridor/error.hpp>

namespace corridor {
namespace {

const std::string kWhatIf = std::string(CORRIDOR_SOURCE_DIR) + "/scenarios/titr-2030-x3.yaml";

/// The messages of the ValidationError that prepare() throws for `o`, one a line.
std::string refusal(const model::Scenario& s, const model::Overrides& o) {
  try {
    (void)engine::prepare(s, o);
  } catch (const ValidationError& e) {
    std::string text;
    for (const auto& issue : e.issues())
      text += issue.path + ": " + issue.message + "\n";
    return text;
  }
  return "accepted";
}

TEST_CASE("capacity overrides reach the simulation's options", "[engine][capacity]") {
  const auto loaded = engine::load(kWhatIf);
  const auto& s = loaded.scenario;
  SECTION("the scenario's settings without overrides") {
    const auto p = engine::prepare(s, {});
    CHECK(p.capacity.horizon_days == 365.0);
    CHECK(p.capacity.warmup_days == 30.0);
    CHECK(p.capacity.demand_scale == 3.0);  // the what-if's simulation.demand_scale
    CHECK(p.capacity.replications == 10);
    CHECK(p.capacity.seed == 42);
    CHECK(p.capacity.route_choice == capacity::RouteChoice::best);
    CHECK(p.capacity_routes == 1);
  }
  SECTION("overridden") {
    model::Overrides o;
    o.simulation.horizon_days = 200.0;
    o.simulation.warmup_days = 10.0;
    o.simulation.demand_scale = 0.5;
    o.simulation.seed = 7;
    o.simulation.threads = 2;
    o.capacity.replications = 4;
    o.capacity.route_choice = "equilibrium";
    o.capacity.logit_scale_usd = 250.0;
    o.capacity.max_iterations = 12;
    o.capacity.tolerance = 0.05;
    const auto p = engine::prepare(s, o);
    CHECK(p.capacity.horizon_days == 200.0);
    CHECK(p.capacity.warmup_days == 10.0);
    CHECK(p.capacity.demand_scale == 0.5);
    CHECK(p.capacity.seed == 7);
    CHECK(p.capacity.threads == 2);
    CHECK(p.capacity.replications == 4);
    CHECK(p.capacity.route_choice == capacity::RouteChoice::equilibrium);
    CHECK(p.capacity.logit_scale_usd == 250.0);
    CHECK(p.capacity.max_iterations == 12);
    CHECK(p.capacity.tolerance == 0.05);
    CHECK(p.capacity_routes == 3);
  }
  SECTION("shares: one route per share unless --routes says otherwise") {
    model::Overrides o;
    o.capacity.route_choice = "shares";
    o.capacity.shares = {0.6, 0.3, 0.1};
    CHECK(engine::prepare(s, o).capacity_routes == 3);
    o.simulation.routes_per_line = 5;
    CHECK(engine::prepare(s, o).capacity_routes == 5);
  }
}

TEST_CASE("bad capacity overrides are refused with the file's messages", "[engine][capacity]") {
  const auto loaded = engine::load(kWhatIf);
  const auto& s = loaded.scenario;
  model::Overrides o;
  o.simulation.horizon_days = 20.0;
  CHECK(refusal(s, o) == "--horizon-days: warmup_days (30) must be less than horizon_days (20)\n");
  o = {};
  o.simulation.warmup_days = -1.0;
  o.simulation.demand_scale = -2.0;
  CHECK(refusal(s, o) ==
        "--warmup-days: must be >= 0, got -1\n--demand-scale: must be >= 0, got -2\n");
  o = {};
  o.capacity.route_choice = "logit";
  o.capacity.shares = {1.0};
  o.capacity.tolerance = 0.1;
  CHECK(refusal(s, o) ==
        "--share: is used only by route choice shares, not logit\n"
        "--tolerance: is used only by route choice equilibrium, not logit\n");
  o = {};
  o.capacity.route_choice = "shares";
  o.capacity.shares = {0.0, 0.0};
  CHECK(refusal(s, o) == "--share: at least one share must be > 0\n");
}

TEST_CASE("shares: a line with fewer routes than shares is warned about", "[engine][capacity]") {
  const auto loaded = engine::load(kWhatIf);
  model::Overrides o;
  o.simulation.horizon_days = 60.0;
  o.capacity.replications = 1;
  o.capacity.route_choice = "shares";
  o.capacity.shares = {1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
  o.simulation.routes_per_line = 2;
  const auto run = engine::capacity(loaded.scenario, engine::prepare(loaded.scenario, o));
  REQUIRE(run.lines.size() == 8);
  // At most two routes per line for six shares: every line is warned about, and the equal
  // shares spread evenly over the routes it has.
  std::size_t warned = 0;
  for (const auto& w : run.warnings)
    if (w.find("route(s) for 6 shares") != std::string::npos) ++warned;
  CHECK(warned == 8);
  for (const auto& line : run.lines) {
    REQUIRE_FALSE(line.routes.empty());
    REQUIRE(line.routes.size() <= 2);
    for (const auto& route : line.routes)
      CHECK(route.share == Approx(1.0 / static_cast<double>(line.routes.size())));
  }
}

}  // namespace
}  // namespace corridor
