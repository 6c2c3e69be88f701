#include <catch2/catch.hpp>

#include <corridor/model/overrides.hpp>

namespace corridor::model {
namespace {

TEST_CASE("overrides replace values and extend lists", "[model]") {
  Policy base;
  base.alternatives = 3;
  base.constraints.avoid_countries = {"RU"};
  base.constraints.via = {"X"};
  base.constraints.max_transshipments = 4;

  PolicyOverrides o;
  o.objective = Objective::time;
  o.avoid_countries = {"BY"};
  o.avoid_modes = {Mode::road};
  o.via = {"Y"};
  o.max_gauge_changes = 1;
  const Policy p = apply(base, o);
  CHECK(p.objective == Objective::time);
  CHECK(p.alternatives == 3);  // not overridden
  CHECK(p.constraints.avoid_countries == std::vector<std::string>{"RU", "BY"});
  CHECK(p.constraints.avoid_modes == std::vector<Mode>{Mode::road});
  CHECK(p.constraints.via == std::vector<std::string>{"X", "Y"});
  CHECK(p.constraints.max_transshipments == 4);
  CHECK(p.constraints.max_gauge_changes == 1);
  CHECK_FALSE(p.pareto);

  o.clear_avoid = true;
  o.pareto = true;
  o.alternatives = 7;
  const Policy q = apply(base, o);
  CHECK(q.constraints.avoid_countries == std::vector<std::string>{"BY"});
  CHECK(q.constraints.via == std::vector<std::string>{"X", "Y"});  // via is no avoid list
  CHECK(q.alternatives == 7);
  CHECK(q.pareto);
}

}  // namespace
}  // namespace corridor::model
