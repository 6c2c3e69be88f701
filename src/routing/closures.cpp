#include <corridor/routing/closures.hpp>

#include "routing/corridors.hpp"

namespace corridor::routing {

struct ClosureSearch::State {
  const network::Network* net;
  Query query;
  std::vector<double> potential;  // lower-bound distances to the destination, nothing closed
};

ClosureSearch::ClosureSearch(const network::Network& net, const Query& query) {
  const detail::SearchSpace space(net, query, detail::Weights::lower_bound);
  state_ = std::make_unique<State>(State{&net, query, detail::potentials(space)});
}

ClosureSearch::~ClosureSearch() = default;
ClosureSearch::ClosureSearch(ClosureSearch&&) noexcept = default;
ClosureSearch& ClosureSearch::operator=(ClosureSearch&&) noexcept = default;

Alternatives ClosureSearch::best(const Closure& closure) const {
  // A closure is what avoid_nodes and avoid_links do; the search is k_alternatives' with k = 1.
  const auto& sc = state_->net->scenario();
  Query query = state_->query;
  for (const auto node : closure.nodes)
    query.constraints.avoid_nodes.push_back(sc.nodes[node.index()].id);
  for (const auto link : closure.links)
    query.constraints.avoid_links.push_back(sc.links[link.index()].id);
  return detail::first_corridors(*state_->net, query, 1, &state_->potential);
}

}  // namespace corridor::routing
