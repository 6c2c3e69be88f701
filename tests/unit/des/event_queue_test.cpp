#include <algorithm>
#include <vector>

#include <catch2/catch.hpp>

#include <corridor/des/event_queue.hpp>
#include <corridor/des/simulation.hpp>
#include <corridor/sim/rng.hpp>

namespace corridor::des {
namespace {

TEST_CASE("events at the same time leave in the order they were scheduled", "[des][calendar]") {
  EventQueue q;
  q.push(5.0, 0, 10);
  q.push(1.0, 0, 20);
  q.push(5.0, 0, 11);
  q.push(1.0, 0, 21);
  q.push(5.0, 0, 12);
  std::vector<std::uint32_t> order;
  while (!q.empty())
    order.push_back(q.pop().subject);
  CHECK(order == std::vector<std::uint32_t>{20, 21, 10, 11, 12});
}

TEST_CASE("the calendar pops in (time, sequence) order under any interleaving", "[des][calendar]") {
  // Oracle: a plain vector sorted by (time, sequence). Times are drawn from a few values so
  // that ties are frequent; pushes and pops interleave at random.
  for (std::uint64_t seed : {1U, 2U, 3U, 4U, 5U}) {
    sim::Xoshiro256pp rng(seed);
    EventQueue q;
    std::vector<Event> oracle;
    std::uint64_t sequence = 0;
    for (int step = 0; step < 20000; ++step) {
      if (oracle.empty() || rng() % 3 != 0) {
        const double time = static_cast<double>(rng() % 50);
        const auto subject = static_cast<std::uint32_t>(step);
        CHECK(q.push(time, 7, subject) == sequence);
        oracle.push_back({time, sequence++, 7, subject});
      } else {
        const auto first = std::min_element(oracle.begin(), oracle.end(), before);
        const Event got = q.pop();
        REQUIRE(got.time == first->time);
        REQUIRE(got.sequence == first->sequence);
        REQUIRE(got.subject == first->subject);
        oracle.erase(first);
      }
      REQUIRE(q.size() == oracle.size());
    }
  }
}

TEST_CASE("replacing the top is a pop and a push", "[des][calendar]") {
  // Oracle: a second queue that pops and pushes.
  sim::Xoshiro256pp rng(8);
  EventQueue a;
  EventQueue b;
  for (std::uint32_t i = 0; i < 200; ++i) {
    const double t = static_cast<double>(rng() % 100);
    a.push(t, 0, i);
    b.push(t, 0, i);
  }
  double now = 0.0;
  for (std::uint32_t i = 200; i < 20000; ++i) {
    now = a.top().time;
    const double t = now + static_cast<double>(rng() % 50);
    b.pop();
    CHECK(a.replace_top(t, 1, i) == b.push(t, 1, i));
    REQUIRE(a.top().subject == b.top().subject);
    REQUIRE(a.top().sequence == b.top().sequence);
  }
  while (!a.empty()) {
    REQUIRE(a.pop().sequence == b.pop().sequence);
  }
  CHECK(b.empty());
}

TEST_CASE("a simulation advances its clock event by event", "[des][simulation]") {
  Simulation sim;
  std::vector<double> seen;
  sim.schedule(2.0, 0, 0);
  // Each event schedules the next one 1.5 later, until the handler stops the run at t >= 8.
  const auto handled = sim.run([&](const Event& e) {
    seen.push_back(sim.now());
    CHECK(sim.pending() == 0);  // the event handled has left the calendar
    CHECK(e.time == sim.now());
    if (sim.now() >= 8.0) {
      sim.stop();
      return;
    }
    sim.schedule(sim.now() + 1.5, 0, e.subject + 1);
  });
  CHECK(handled == 5);
  CHECK(seen == std::vector<double>{2.0, 3.5, 5.0, 6.5, 8.0});
  CHECK(sim.pending() == 0);

  SECTION("run stops before events later than `until`") {
    sim.schedule(10.0, 1, 0);
    sim.schedule(12.0, 1, 1);
    CHECK(sim.run([](const Event&) {}, 11.0) == 1);
    CHECK(sim.now() == 10.0);
    CHECK(sim.pending() == 1);
    CHECK(sim.handled() == 6);
  }
}

}  // namespace
}  // namespace corridor::des
