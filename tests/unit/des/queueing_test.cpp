// The resource against queueing theory: M/M/1, M/D/1 and M/M/c mean waits in the queue, with
// fixed seeds. Each run simulates 1,000,000 customers, drops the first 5 % as warm-up and
// forms 20 batch means; the analytic value must lie within the batch means' 99 % confidence
// interval and within 5 % of the estimate.

#include <cmath>
#include <cstdint>
#include <vector>

#include <catch2/catch.hpp>

#include <corridor/des/resource.hpp>
#include <corridor/des/simulation.hpp>
#include <corridor/sim/exponential.hpp>
#include <corridor/sim/rng.hpp>

namespace corridor::des {
namespace {

constexpr std::size_t kCustomers = 1'000'000;
constexpr std::size_t kBatches = 20;
constexpr double kT995With19Df = 2.861;  // Student t, 99 % two-sided, 19 degrees of freedom

double exponential(sim::Xoshiro256pp& rng, double mean) {
  return mean * sim::standard_exponential(rng);
}

struct QueueRun {
  std::vector<double> waits;  // in arrival order
  double time_average_queue = 0.0;
  double arrival_rate = 0.0;  // customers per time unit over the whole run
  double utilisation = 0.0;
};

/// Poisson arrivals at rate `lambda` into `servers` servers; `service()` draws a holding time.
/// Arrivals are events of a Simulation; each asks the resource for a server when it happens.
template <class Service>
QueueRun run_queue(double lambda, int servers, std::uint64_t seed, Service service) {
  sim::Xoshiro256pp rng(seed);
  Simulation sim;
  // The window covers every wait, so that the time-average queue is exact (see Little's law).
  Resource resource(servers, Window{0.0, 1e12});
  QueueRun out;
  out.waits.reserve(kCustomers);
  std::size_t arrived = 0;
  sim.schedule(exponential(rng, 1.0 / lambda), 0, 0);
  sim.run([&](const Event&) {
    const double now = sim.now();
    const double start = resource.request(now, service(rng));
    out.waits.push_back(start - now);
    if (++arrived < kCustomers) sim.schedule(now + exponential(rng, 1.0 / lambda), 0, 0);
  });
  out.time_average_queue = resource.line().area() / sim.now();
  out.arrival_rate = static_cast<double>(kCustomers) / sim.now();
  out.utilisation = resource.busy_time() / (servers * sim.now());
  return out;
}

struct BatchMeans {
  double mean = 0.0;
  double half_width = 0.0;  // 99 % confidence
};

BatchMeans batch_means(const std::vector<double>& waits) {
  const std::size_t first = waits.size() / 20;
  const std::size_t per = (waits.size() - first) / kBatches;
  std::vector<double> means;
  for (std::size_t b = 0; b < kBatches; ++b) {
    double sum = 0.0;
    for (std::size_t i = 0; i < per; ++i)
      sum += waits[first + b * per + i];
    means.push_back(sum / static_cast<double>(per));
  }
  double grand = 0.0;
  for (const double m : means)
    grand += m;
  grand /= static_cast<double>(kBatches);
  double var = 0.0;
  for (const double m : means)
    var += (m - grand) * (m - grand);
  var /= static_cast<double>(kBatches - 1);
  return {grand, kT995With19Df * std::sqrt(var / static_cast<double>(kBatches))};
}

void check_against(const QueueRun& run, double analytic) {
  const BatchMeans b = batch_means(run.waits);
  INFO("simulated Wq " << b.mean << " +- " << b.half_width << ", analytic " << analytic);
  CHECK(std::abs(b.mean - analytic) <= b.half_width);
  CHECK(std::abs(b.mean - analytic) <= 0.05 * analytic);
  // Little's law holds on the sample path: time-average queue = arrival rate x mean wait.
  double total = 0.0;
  for (const double w : run.waits)
    total += w;
  const double mean_wait = total / static_cast<double>(run.waits.size());
  CHECK(run.time_average_queue == Approx(run.arrival_rate * mean_wait).epsilon(1e-9));
}

/// Probability of waiting in M/M/c with offered load a = lambda / mu < c.
double erlang_c(int c, double a) {
  double sum = 0.0;
  double term = 1.0;  // a^k / k!
  for (int k = 0; k < c; ++k) {
    if (k > 0) term *= a / k;
    sum += term;
  }
  const double top = term * a / c * c / (c - a);
  return top / (sum + top);
}

TEST_CASE("M/M/1 at rho 0.8: Wq = rho / (mu - lambda) = 4", "[des][queueing]") {
  const double mu = 1.0;
  const double lambda = 0.8;
  const QueueRun run =
      run_queue(lambda, 1, 101, [&](sim::Xoshiro256pp& rng) { return exponential(rng, 1.0 / mu); });
  check_against(run, lambda / mu / (mu - lambda));
  CHECK(run.utilisation == Approx(0.8).epsilon(0.01));
}

TEST_CASE("M/D/1 at rho 0.8: Wq = rho / (2 mu (1 - rho)) = 2", "[des][queueing]") {
  const double lambda = 0.8;
  const QueueRun run = run_queue(lambda, 1, 202, [](sim::Xoshiro256pp&) { return 1.0; });
  check_against(run, 0.8 / (2.0 * (1.0 - 0.8)));
}

TEST_CASE("M/M/4 at rho 0.8: Wq = ErlangC(4, 3.2) / (4 mu - lambda) = 0.7455", "[des][queueing]") {
  const int c = 4;
  const double mu = 1.0;
  const double lambda = 0.8 * c * mu;
  const double analytic = erlang_c(c, lambda / mu) / (c * mu - lambda);
  CHECK(analytic == Approx(0.745541).epsilon(1e-5));
  const QueueRun run =
      run_queue(lambda, c, 303, [&](sim::Xoshiro256pp& rng) { return exponential(rng, 1.0 / mu); });
  check_against(run, analytic);
  CHECK(run.utilisation == Approx(0.8).epsilon(0.01));
}

}  // namespace
}  // namespace corridor::des
