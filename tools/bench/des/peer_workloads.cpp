#include "peer_workloads.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

#include <corridor/des/batch_server.hpp>
#include <corridor/des/resource.hpp>
#include <corridor/des/simulation.hpp>
#include <corridor/model/distribution.hpp>
#include <corridor/model/schedule.hpp>
#include <corridor/sim/exponential.hpp>
#include <corridor/sim/rng.hpp>
#include <corridor/sim/sampler.hpp>
#include <corridor/sim/statistics.hpp>

namespace corridor::bench {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

double exponential(sim::Xoshiro256pp& rng, double mean) {
  return mean * sim::standard_exponential(rng);
}

struct Server {
  int capacity = 1;
  sim::Sampler service;  // fixed 0 when `exponential_mean` > 0
  double exponential_mean = 0.0;
  double leg_after = 0.0;
};

/// A server's service times, drawn kLanes at a time by the batch sampler from streams of its
/// own (the Monte Carlo engine's vectorised path).
class ServiceDraws {
 public:
  ServiceDraws(const sim::Sampler& sampler, std::uint64_t seed, std::uint64_t server)
      : sampler_(&sampler) {
    lanes_.seed(seed, server << 32U);
  }
  double next() {
    if (used_ == sim::kLanes) {
      sampler_->sample_lanes(lanes_, buffer_);
      used_ = 0;
    }
    return buffer_[used_++];
  }

 private:
  const sim::Sampler* sampler_;
  sim::LaneStreams lanes_;
  alignas(64) std::array<double, sim::kLanes> buffer_{};
  std::size_t used_ = sim::kLanes;
};

sim::Sampler sampler(model::Distribution::Variant d) {
  return sim::Sampler(model::Distribution(std::move(d)));
}

std::array<Server, 6> chain_servers() {
  const double ln12 = std::log(1.2);
  return {{
      {4, sampler(model::Triangular{1.0, 3.0, 5.0}), 0.0, 30.0},
      {2, sampler(model::LogNormal{ln12, 0.5, 0.0}), 0.0, 12.0},
      {3, sampler(model::Triangular{1.0, 2.0, 4.0}), 0.0, 0.0},
      {3, sampler(model::Triangular{1.0, 2.0, 4.0}), 0.0, 10.0},
      {2, sampler(model::LogNormal{ln12, 0.6, 0.0}), 0.0, 40.0},
      {4, sim::Sampler(), 3.0, 0.0},
  }};
}

constexpr std::uint32_t kFerry = 3;  // stage 3 is the ferry: after servers 0, 1 and 2
constexpr std::uint32_t kStages = 7;
constexpr std::uint32_t kArrival = kStages;  // the other event kinds are the stage reached
constexpr double kFerryCapacity = 90.0;
constexpr double kSailHours = 20.0;
constexpr std::array<double, 6> kTeuChoices{1.0, 2.0, 2.0, 2.0, 3.0, 4.0};

struct Shipment {
  double ready = 0.0;
  double teu = 0.0;
};

/// The chain as a model on the engine. An event's kind is the stage its shipment reaches
/// (0..2 servers, 3 the ferry, 4..6 servers), so that each stage's code is compiled for it.
class Chain {
 public:
  Chain(std::uint64_t seed, std::size_t shipments)
      : rng_(seed), spec_(chain_servers()), ferry_(kFerryCapacity), ships_(shipments) {
    for (std::size_t k = 0; k < spec_.size(); ++k) {
      servers_.emplace_back(spec_[k].capacity);
      draws_.emplace_back(spec_[k].service, seed, k);
    }
    out_.transit_hours.reserve(shipments);
    out_.mean_wait_hours.assign(kStages, 0.0);
    sim_.reserve(4096);
  }

  ChainResult run() {
    sim_.schedule(exponential(rng_, 1.0), kArrival, 0);
    sim_.run([this](const des::Event& e) {
      switch (e.kind) {
        case 0:
          return reach<0>(e.subject);
        case 1:
          return reach<1>(e.subject);
        case 2:
          return reach<2>(e.subject);
        case 3:
          return reach<3>(e.subject);
        case 4:
          return reach<4>(e.subject);
        case 5:
          return reach<5>(e.subject);
        case 6:
          return reach<6>(e.subject);
        default:
          return arrive(e.subject);
      }
    });
    for (double& w : out_.mean_wait_hours)
      w /= static_cast<double>(ships_.size());
    out_.events = sim_.handled();
    out_.ferry_departures = ferry_.loaded_departures();
    return std::move(out_);
  }

 private:
  void arrive(std::uint32_t i) {
    const double now = sim_.now();
    ships_[i] = {now, kTeuChoices[rng_() % kTeuChoices.size()]};
    if (i + 1 < ships_.size()) sim_.schedule(now + exponential(rng_, 1.0), kArrival, i + 1);
    reach<0>(i);
  }

  /// Shipment i reaches `Stage` now: it is served there and scheduled to reach the next
  /// stage, or it is done.
  template <std::uint32_t Stage>
  void reach(std::uint32_t i) {
    const Shipment& s = ships_[i];
    const double now = sim_.now();
    double next = 0.0;
    if constexpr (Stage == kFerry) {
      const double sailing = ferry_.board(
          now, s.teu, sailings_.next_departure(now, 0),
          [this](double t) { return sailings_.next_departure(std::nextafter(t, kInf), 0); });
      out_.mean_wait_hours[Stage] += sailing - now;
      next = sailing + kSailHours;
    } else {
      constexpr std::size_t k = Stage < kFerry ? Stage : Stage - 1;
      const Server& server = spec_[k];
      const double hold = server.exponential_mean > 0.0 ? exponential(rng_, server.exponential_mean)
                                                        : draws_[k].next();
      const double start = servers_[k].request(now, hold, s.teu);
      out_.mean_wait_hours[Stage] += start - now;
      next = start + hold + server.leg_after;
    }
    if constexpr (Stage + 1 == kStages) {
      out_.transit_hours.push_back(next - s.ready);
    } else {
      sim_.schedule(next, Stage + 1, i);
    }
  }

  sim::Xoshiro256pp rng_;
  std::array<Server, 6> spec_;
  std::vector<des::Resource> servers_;
  std::vector<ServiceDraws> draws_;
  des::BatchServer ferry_;
  model::Schedule sailings_{model::Headway{24.0, 6.0}, kFerryCapacity};
  std::vector<Shipment> ships_;
  des::Simulation sim_;
  ChainResult out_;
};

}  // namespace

ChainResult run_chain(std::uint64_t seed, std::size_t shipments) {
  return Chain(seed, shipments).run();
}

std::vector<double> run_mmc(std::uint64_t seed, std::size_t customers, int servers) {
  sim::Xoshiro256pp rng(seed);
  const double lambda = 0.8 * servers;
  des::Simulation sim;
  des::Resource resource(servers);
  std::vector<double> waits;
  waits.reserve(customers);
  sim.schedule(exponential(rng, 1.0 / lambda), 0, 0);
  sim.run([&](const des::Event&) {
    const double now = sim.now();
    waits.push_back(resource.request(now, exponential(rng, 1.0)) - now);
    if (waits.size() < customers) sim.schedule(now + exponential(rng, 1.0 / lambda), 0, 0);
  });
  return waits;
}

BatchMeans batch_means(const std::vector<double>& values) {
  constexpr std::size_t kBatches = 20;
  const std::size_t first = values.size() / 20;
  const std::size_t per = (values.size() - first) / kBatches;
  std::vector<double> means;
  for (std::size_t b = 0; b < kBatches; ++b) {
    double sum = 0.0;
    for (std::size_t i = 0; i < per; ++i)
      sum += values[first + b * per + i];
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
  constexpr double kT975With19Df = 2.093;
  return {grand, kT975With19Df * std::sqrt(var / static_cast<double>(kBatches))};
}

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  return sim::percentile_of_sorted(values, p);
}

}  // namespace corridor::bench
