#include <algorithm>
#include <array>

#include <corridor/routing/pareto.hpp>

#include "routing/pareto_paths.hpp"

namespace corridor::routing {

ParetoOptions pareto_routes(const network::Network& net, const Query& query,
                            std::size_t max_labels) {
  const detail::SearchSpace space(net, query);
  const auto found = detail::pareto_paths(space, max_labels);
  const auto& paths = found.paths;
  const auto& cargo = net.scenario().cargo.at(query.cargo.index());
  std::array<double, 3> best{detail::kInfinity, detail::kInfinity, detail::kInfinity};
  for (const auto& p : paths) {
    for (std::size_t k = 0; k < 3; ++k)
      best[k] = std::min(best[k], p.criteria[k]);
  }
  constexpr std::array<model::Criterion, 3> kOrder{model::Criterion::time, model::Criterion::cost,
                                                   model::Criterion::co2};
  ParetoOptions out;
  out.complete = found.complete;
  auto& options = out.options;
  for (const auto& p : paths) {
    model::ParetoOption option;
    option.route = net.describe(p.edges, cargo);
    for (std::size_t k = 0; k < 3; ++k) {
      if (p.criteria[k] == best[k]) option.wins.push_back(kOrder[k]);
    }
    options.push_back(std::move(option));
  }
  return out;
}

}  // namespace corridor::routing
