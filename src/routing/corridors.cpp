#include "routing/corridors.hpp"

#include <algorithm>

#include "routing/k_best.hpp"

namespace corridor::routing::detail {

namespace {

bool later(const auto& a, const auto& b) {
  if (a.bound != b.bound) return a.bound > b.bound;
  return a.seq > b.seq;
}

}  // namespace

CorridorEnumerator::CorridorEnumerator(const SearchSpace& space, const model::Cargo& cargo,
                                       std::optional<double> max_hours, Guide guide,
                                       RuleSearchMemory* memory)
    : space_(space),
      cargo_(cargo),
      max_hours_(max_hours),
      search_(space, std::move(guide), memory) {
  push(Part{});  // the whole route space, not searched yet
}

void CorridorEnumerator::push(Part part) {
  part.seq = seq_++;
  queue_.push_back(std::move(part));
  std::push_heap(queue_.begin(), queue_.end(),
                 [](const Part& a, const Part& b) { return later(a, b); });
}

CorridorEnumerator::Part CorridorEnumerator::pop() {
  std::pop_heap(queue_.begin(), queue_.end(),
                [](const Part& a, const Part& b) { return later(a, b); });
  Part part = std::move(queue_.back());
  queue_.pop_back();
  return part;
}

std::optional<model::Route> CorridorEnumerator::next() {
  for (;;) {
    if (!priced_.empty()) {
      const auto first = priced_.begin();
      if (queue_.empty() || first->first.first <= queue_.front().bound) {
        Corridor& c = corridors_.at(first->second);
        c.listed = true;
        priced_.erase(first);
        model::Route out = std::move(c.route);
        c.route = {};
        return out;
      }
    }
    if (queue_.empty()) return std::nullopt;
    if (search_.runs() >= kMaxSearches) {
      complete_ = false;
      return std::nullopt;
    }
    Part part = pop();
    if (!part.solved) {
      auto best = search_.run(part.space);
      if (!best) continue;
      part.bound = best->cost;
      part.best = std::move(*best);
      part.solved = true;
      push(std::move(part));
      continue;
    }
    examine(std::move(part));
  }
}

double CorridorEnumerator::exact_price(const Path& path, const model::Route& route) const {
  // The route's price less its lower bound is the weighted exact waits and their storage
  // (weightings are linear), so a route without waits is priced exactly at its bound.
  const auto& t = route.totals;
  return path.cost + space_.weighting()(t.waiting.value(), t.storage_usd.value(), 0.0);
}

void CorridorEnumerator::examine(Part part) {
  const Path& path = part.best;
  if (const auto back = first_return(space_, path)) {
    // Every path that shares its edges up to the return returns too.
    split_on_edges(part, part.space.rule, *back + 1);
    return;
  }
  const auto& net = space_.net();
  Tokens tokens = net.corridor_tokens(path.edges);
  Corridor& corridor = corridors_[tokens];
  if (corridor.listed) {
    split_on_tokens(part, tokens);
    return;
  }
  model::Route route =
      net.describe(path.edges, cargo_, space_.query().ready, space_.query().container);
  if (max_hours_ && route.totals.hours().value() > *max_hours_) {
    split_on_edges(part, part.space.rule, path.edges.size());
    return;
  }
  const double price = exact_price(path, route);
  if (!corridor.priced || price < corridor.price) {
    if (corridor.priced) priced_.erase({corridor.price, corridor.seq});
    corridor.priced = true;
    corridor.price = price;
    corridor.seq = part.seq;
    route.objective_value = price;
    corridor.route = std::move(route);
    priced_.emplace(std::make_pair(price, part.seq), tokens);
  }
  if (corridor.price > path.cost) {
    // A route of this corridor still in the part may be cheaper: keep them apart.
    split_on_edges(part, TokenRule{tokens, {}}, path.edges.size());
  }
  split_on_tokens(part, tokens);
}

void CorridorEnumerator::split_on_edges(const Part& part, const TokenRule& rule,
                                        std::size_t until) {
  // Yen's deviations of the path after the part's root: each keeps the path's first i edges
  // and leaves it at edge i.
  const Path& path = part.best;
  const auto& weight = space_.weights();
  const std::size_t from = part.space.root.edges.size();
  double root_cost = part.space.root.cost;
  for (std::size_t i = from; i < until; ++i) {
    Part child;
    child.bound = part.bound;
    child.space.rule = rule;
    child.space.root.edges.assign(path.edges.begin(),
                                  path.edges.begin() + static_cast<std::ptrdiff_t>(i));
    child.space.root.layers.assign(path.layers.begin(),
                                   path.layers.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    child.space.root.cost = root_cost;
    if (i == from) child.space.excluded = part.space.excluded;
    child.space.excluded.push_back(path.edges[i]);
    push(std::move(child));
    root_cost += weight[path.edges[i]];
  }
}

void CorridorEnumerator::split_on_tokens(const Part& part, const Tokens& tokens) {
  // The part's paths of other corridors: those that follow `tokens` up to position i and then
  // leave them. Positions the root has already fixed leave nothing.
  const TokenRule& rule = part.space.rule;
  const auto& q = space_.query();
  const std::size_t fixed =
      space_.net()
          .corridor_tokens(part.space.root.edges, q.origin.value(), q.destination.value())
          .size();
  for (std::size_t i = std::max(rule.prefix.size(), fixed); i < tokens.size(); ++i) {
    Part child;
    child.bound = part.bound;
    child.space.root = part.space.root;
    child.space.excluded = part.space.excluded;
    child.space.rule.prefix.assign(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(i));
    if (i == rule.prefix.size()) child.space.rule.forbidden = rule.forbidden;
    child.space.rule.forbidden.push_back(tokens[i]);
    push(std::move(child));
  }
}

}  // namespace corridor::routing::detail
