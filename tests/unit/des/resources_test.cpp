#include <cmath>
#include <limits>
#include <vector>

#include <catch2/catch.hpp>

#include <corridor/des/batch_server.hpp>
#include <corridor/des/fifo.hpp>
#include <corridor/des/resource.hpp>
#include <corridor/des/throughput_limit.hpp>
#include <corridor/des/waiting_line.hpp>

namespace corridor::des {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST_CASE("a ring buffer keeps its order across wrap-around and growth", "[des][fifo]") {
  Fifo<int> f;
  int next_in = 0;
  int next_out = 0;
  for (int round = 0; round < 50; ++round) {
    for (int i = 0; i < round % 7 + 3; ++i)
      f.push_back(next_in++);
    for (int i = 0; i < round % 5 + 1 && !f.empty(); ++i) {
      REQUIRE(f.front() == next_out++);
      f.pop_front();
    }
    REQUIRE(f.size() == static_cast<std::size_t>(next_in - next_out));
    for (std::size_t i = 0; i < f.size(); ++i)
      REQUIRE(f[i] == next_out + static_cast<int>(i));
  }
}

TEST_CASE("two servers serve four requests first come, first served", "[des][resource]") {
  // Requests (arrival, hold): (0, 5) (1, 3) (2, 4) (3, 1). Servers free at 0, 0.
  //   #1 starts 0 on server a (free at 5); #2 starts 1 on b (free at 4);
  //   #3 waits for b: starts 4 (free at 8); #4 waits for a: starts 5 (free at 6).
  // Queue: #3 waits over [2, 4), #4 over [3, 5): level 1 on [2, 3), 2 on [3, 4), 1 on [4, 5).
  // Window [0, 10): area 1 + 2 + 1 = 4, maximum 2; busy 5 + 3 + 4 + 1 = 13 of 2 x 10.
  Resource r(2, Window{0.0, 10.0});
  CHECK(r.request(0.0, 5.0) == 0.0);
  CHECK(r.request(1.0, 3.0) == 1.0);
  CHECK(r.request(2.0, 4.0) == 4.0);
  CHECK(r.request(3.0, 1.0) == 5.0);
  CHECK(r.line().level(3.5) == 2.0);
  CHECK(r.line().level(4.0) == 1.0);
  CHECK(r.line().level(5.0) == 0.0);
  CHECK(r.line().area() == 4.0);
  CHECK(r.line().mean_level() == 0.4);
  CHECK(r.line().max_level() == 2.0);
  CHECK(r.busy_time() == 13.0);
  CHECK(r.utilisation() == 0.65);
  CHECK(r.served() == 4);
}

TEST_CASE("statistics count only what happens inside the window", "[des][resource]") {
  // One server, window [10, 20). Request at 8 holds 6 (busy 8..14: 4 inside); request at 9
  // waits until 14 (queue over [9, 14): 4 inside) and holds 10 (busy 14..24: 6 inside).
  Resource r(1, Window{10.0, 20.0});
  CHECK(r.request(8.0, 6.0, 2.0) == 8.0);
  CHECK(r.request(9.0, 10.0, 3.0) == 14.0);
  CHECK(r.busy_time() == 10.0);
  CHECK(r.line().area() == 3.0 * 4.0);
  CHECK(r.line().max_level() == 0.0);  // the join at 9 is before the window...
  r.line().observe(10.0);              // ...whose start the model observes
  CHECK(r.line().max_level() == 3.0);
  CHECK(r.served() == 1);  // only the service that started inside
  CHECK(r.served_weight() == 3.0);
}

TEST_CASE("a departure carries what fits, boarding strictly in arrival order", "[des][batch]") {
  // Departures every 24 h from hour 6, 10 TEU each.
  auto next_at_or_after = [](double t) { return 6.0 + 24.0 * std::ceil((t - 6.0) / 24.0); };
  auto next_after = [&](double t) {
    return next_at_or_after(t) == t ? t + 24.0 : next_at_or_after(t);
  };
  BatchServer ferry(10.0, Window{0.0, 100.0});
  auto board = [&](double now, double teu) {
    return ferry.board(now, teu, next_at_or_after(now), next_after);
  };
  CHECK(board(0.0, 8.0) == 6.0);
  CHECK(board(1.0, 4.0) == 30.0);  // 8 + 4 > 10: the next departure
  CHECK(board(2.0, 2.0) == 30.0);  // would fit at 6, but FIFO: not before the one ahead
  CHECK(board(6.0, 2.0) == 30.0);  // the 6:00 departure has left the 4 behind it: 4 + 2 + 2
  CHECK(board(7.0, 2.0) == 30.0);  // 10: full
  CHECK(board(8.0, 1.0) == 54.0);
  // Waiting: 8 TEU over [0, 6); 4 + 2 over [1, 30) and [2, 30); ...; the queue before 6:00
  // held 8 + 4 + 2 = 14 TEU, the most at any time.
  CHECK(ferry.line().level(29.0) == 4.0 + 2.0 + 2.0 + 2.0 + 1.0);
  CHECK(ferry.line().level(30.0) == 1.0);
  CHECK(board(60.0, 10.0) == 78.0);
  CHECK(ferry.line().max_level() == 14.0);
  CHECK(ferry.loaded_departures() == 4);
  CHECK(ferry.carried_weight() == 29.0);
}

TEST_CASE("a departure that never comes holds the member and everyone behind it", "[des][batch]") {
  BatchServer ferry(10.0);
  auto never = [](double) { return kInf; };
  CHECK(ferry.board(0.0, 6.0, 5.0, never) == 5.0);
  CHECK(ferry.board(1.0, 6.0, 5.0, never) == kInf);
  CHECK(ferry.board(2.0, 1.0, 5.0, never) == kInf);
  CHECK(ferry.line().level(100.0) == 7.0);
}

TEST_CASE("a throughput limit spaces passings evenly", "[des][throughput]") {
  // 2 TEU per hour. 4 TEU at 0 pass at 0 (busy until 2); 2 TEU at 1 pass at 2 (until 3);
  // 1 TEU at 5 passes at once (until 5.5).
  ThroughputLimit gate(2.0, Window{0.0, 10.0});
  CHECK(gate.pass(0.0, 4.0) == 0.0);
  CHECK(gate.pass(1.0, 2.0) == 2.0);
  CHECK(gate.pass(5.0, 1.0) == 5.0);
  CHECK(gate.busy_time() == 3.5);
  CHECK(gate.utilisation() == 0.35);
  CHECK(gate.passed_weight() == 7.0);
  CHECK(gate.line().area() == 2.0);  // 2 TEU over [1, 2)
}

TEST_CASE("a waiting line clips its integral to the window", "[des][line]") {
  WaitingLine line(Window{10.0, 20.0});
  line.track_periods(5.0, 4);  // [0, 5) [5, 10) [10, 15) [15, 20)
  line.join(5.0, 12.0, 1.0);   // 2 inside
  line.join(11.0, 25.0, 2.0);  // 9 inside, x 2
  CHECK(line.level(12.0) == 2.0);
  line.join(15.0, 15.0, 5.0);  // leaves at once: not queued
  CHECK(line.level(15.0) == 2.0);
  CHECK(line.area() == 20.0);
  CHECK(line.max_level() == 3.0);  // at 11: both waiting
  CHECK(line.mean_level() == 2.0);
  CHECK(line.period_area() == std::vector<double>{0.0, 5.0, 2.0 + 2.0 * 4.0, 2.0 * 5.0});
}

}  // namespace
}  // namespace corridor::des
