#include <type_traits>

#include <catch2/catch.hpp>

#include <corridor/model/route.hpp>
#include <corridor/model/units.hpp>

namespace corridor::model {
namespace {

TEST_CASE("quantities add within a unit and scale by numbers", "[model]") {
  const Hours a(30.0);
  const Hours b(18.0);
  CHECK((a + b).value() == 48.0);
  CHECK((a - b).value() == 12.0);
  CHECK((a * 2.0).value() == 60.0);
  CHECK((a / b) == Approx(30.0 / 18.0));
  CHECK(to_days(a + b) == 2.0);
  CHECK(Hours(1.0) < Hours(2.0));
  // Different units do not mix.
  static_assert(!std::is_convertible_v<Hours, Usd>);
  static_assert(!std::is_invocable_v<std::plus<>, Hours, Usd>);
}

TEST_CASE("summarise totals a route's steps", "[model]") {
  Route r;
  Step leg;
  leg.km = Km(100.0);
  leg.running = Hours(10.0);
  leg.waiting = Hours(2.0);
  leg.tariff = Usd(300.0);
  leg.storage_usd = Usd(5.0);
  leg.co2e = KgCo2e(40.0);
  Step change;
  change.kind = Step::Kind::transfer;
  change.from_port = {Mode::rail, 1435};
  change.to_port = {Mode::rail, 1520};
  change.handling = Hours(4.0);
  change.dwell = Hours(8.0);
  change.handling_usd = Usd(100.0);
  change.fees_usd = Usd(20.0);
  r.steps = {leg, change, leg};
  summarise(r, 5.0);
  CHECK(r.totals.km.value() == 200.0);
  CHECK(r.totals.hours().value() == 36.0);
  CHECK(r.totals.usd().value() == 730.0);
  CHECK(r.totals.co2e.value() == 80.0);
  CHECK(r.totals.time_value.value() == 180.0);
  CHECK(r.totals.generalized().value() == 910.0);
  CHECK(r.transshipments == 1);
  CHECK(r.gauge_changes == 1);
}

}  // namespace
}  // namespace corridor::model
