// `corridor simulate`: route every demand line, then Monte Carlo its best routes.

#include <chrono>
#include <cstdio>
#include <sstream>
#include <thread>
#include <unistd.h>

#include <spdlog/spdlog.h>

#include <corridor/error.hpp>
#include <corridor/network/network.hpp>
#include <corridor/report/labels.hpp>
#include <corridor/report/report.hpp>
#include <corridor/routing/plan.hpp>
#include <corridor/sim/monte_carlo.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace corridor::cli {

namespace {

/// A one-line bar on standard error, drawn only on a terminal and only for runs long enough
/// to be worth watching.
class ProgressBar {
 public:
  explicit ProgressBar(bool wanted) : enabled_(wanted && isatty(STDERR_FILENO) == 1) {}
  ~ProgressBar() { finish(); }
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  void label(std::string text) { label_ = std::move(text); }

  void update(std::uint64_t done, std::uint64_t total) {
    if (!enabled_ || total == 0) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - start_ < std::chrono::milliseconds(500)) return;  // short runs stay quiet
    const auto width = 30U;
    const auto filled = static_cast<unsigned>(width * done / total);
    std::fprintf(stderr, "\r%-40.40s [%s%s] %3u%%", label_.c_str(),
                 std::string(filled, '#').c_str(), std::string(width - filled, '.').c_str(),
                 static_cast<unsigned>(100 * done / total));
    drawn_ = true;
  }

  void finish() {
    if (drawn_) std::fprintf(stderr, "\r%*s\r", 80, "");
    drawn_ = false;
  }

 private:
  bool enabled_;
  bool drawn_ = false;
  std::string label_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace

int run_simulate(const Options& options) {
  const auto loaded = load(options);
  const auto& s = loaded.scenario;
  const auto policy = effective_policy(s, options.policy);
  const auto format = output_format(options.output);

  sim::MonteCarloOptions mc = sim::options_from(s.simulation);
  if (options.replications) {
    if (*options.replications < 1 || *options.replications > model::kMaxReplications) {
      throw Error("--replications: must be between 1 and " +
                  std::to_string(model::kMaxReplications));
    }
    mc.replications = static_cast<std::uint64_t>(*options.replications);
  }
  if (options.seed) {
    if (*options.seed < 0) throw Error("--seed: cannot be negative");
    mc.seed = static_cast<std::uint64_t>(*options.seed);
  }
  if (options.threads) {
    if (*options.threads < 1 || *options.threads > 1024) {
      throw Error("--threads: must be between 1 and 1024");
    }
    mc.threads = *options.threads;
  }
  const int routes_per_line = options.simulate_routes.value_or(1);
  if (routes_per_line < 1 || routes_per_line > model::kMaxAlternatives) {
    throw Error("--routes: must be between 1 and " + std::to_string(model::kMaxAlternatives));
  }
  model::Policy routing_policy = policy;
  routing_policy.alternatives = std::max(routes_per_line, 1);
  routing_policy.pareto = false;

  const network::Network net(s);
  const auto planned = routing::plan(net, routing_policy);
  model::SimulationRun run;
  run.scenario = s.name;
  run.description = s.description;
  run.seed = mc.seed;
  run.replications = mc.replications;
  run.start_date = model::format_date(s.simulation.start_date);
  run.departure_window_days = s.simulation.departure_window_days;
  run.network = planned.network;

  ProgressBar bar(options.progress && options.verbosity >= 0);
  mc.progress = [&bar](std::uint64_t done, std::uint64_t total) { bar.update(done, total); };
  const std::size_t lines = planned.results.size();
  for (std::size_t line = 0; line < lines; ++line) {
    const auto& od = planned.results[line];
    model::OdSimulation out;
    out.od = od;
    const auto& cargo = *s.find_cargo(od.demand.cargo);
    for (const auto& route : od.routes) {
      bar.label("[" + std::to_string(line + 1) + "/" + std::to_string(lines) + "] " +
                od.demand.from + " -> " + od.demand.to);
      out.simulated.push_back(sim::simulate_route(s, route, cargo, od.demand.deadline_days, mc));
      spdlog::info("simulated {} -> {}: {}", od.demand.from, od.demand.to,
                   report::corridor_label(route, planned.network));
    }
    run.results.push_back(std::move(out));
  }
  bar.finish();
  std::ostringstream text;
  report::write(run, format, text);
  emit(text.str(), options.output);
  return 0;
}

}  // namespace corridor::cli
