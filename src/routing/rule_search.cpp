#include "routing/rule_search.hpp"

#include <algorithm>

namespace corridor::routing::detail {

namespace {

bool later(const auto& a, const auto& b) {
  if (a.f != b.f) return a.f > b.f;
  if (a.g != b.g) return a.g < b.g;
  return a.slot > b.slot;
}

/// The progress after one token.
Progress step(const TokenRule& rule, Progress p, CorridorToken t) {
  const auto& prefix = rule.prefix;
  // A place repeated in a row counts once: compare with the last token matched.
  if (t != network::kEndToken && p > 0 &&
      network::token_node(prefix[p - 1]) == network::token_node(t)) {
    return p;
  }
  if (p < prefix.size()) return t == prefix[p] ? p + 1 : kDead;
  const auto& no = rule.forbidden;
  return std::find(no.begin(), no.end(), t) != no.end() ? kDead : kFree;
}

}  // namespace

Progress advance(const SearchSpace& space, const TokenRule& rule, Progress p, EdgeId e) {
  if (p == kFree || p == kDead) return p;
  const auto& net = space.net();
  const auto& edge = net.edge(e);
  const auto token = net.token(e, space.query().origin.value(), space.query().destination.value());
  if (token != network::kNoToken) p = step(rule, p, token);
  if (p != kFree && p != kDead && edge.kind == network::EdgeKind::finish) {
    p = step(rule, p, network::kEndToken);
  }
  return p;
}

bool accepts(const TokenRule& rule, Progress p) {
  return p == kFree || (p == rule.prefix.size() && !rule.prefix.empty() &&
                        rule.prefix.back() == network::kEndToken);
}

void RuleSearchMemory::fit(std::size_t states, std::size_t visits) {
  if (head.size() != states || blocked.size() != visits) {
    head.assign(states, 0);
    stamp.assign(states, 0);
    blocked.assign(visits, 0);
    generation = 0;
  }
}

RuleSearch::RuleSearch(const SearchSpace& space, Guide guide, RuleSearchMemory* memory)
    : space_(space), guide_(std::move(guide)), borrowed_(memory) {
  this->memory().fit(space.state_count(), space.net().scenario().nodes.size() * space.mask_count());
}

std::uint32_t RuleSearch::find(StateId state, Progress progress) const {
  const RuleSearchMemory& m = memory();
  if (m.stamp[state] != m.generation) return kNone;
  for (std::uint32_t s = m.head[state]; s != kNone; s = slots_[s].next) {
    if (slots_[s].progress == progress) return s;
  }
  return kNone;
}

std::uint32_t RuleSearch::slot_of(StateId state, Progress progress) {
  RuleSearchMemory& m = memory();
  if (m.stamp[state] != m.generation) {
    m.stamp[state] = m.generation;
    m.head[state] = kNone;
  }
  for (std::uint32_t s = m.head[state]; s != kNone; s = slots_[s].next) {
    if (slots_[s].progress == progress) return s;
  }
  const auto id = static_cast<std::uint32_t>(slots_.size());
  slots_.push_back({kInfinity, state, progress, kNone, network::kNoEdge, m.head[state], false});
  m.head[state] = id;
  return id;
}

bool RuleSearch::dominated(const Slot& slot) const {
  // As in AStar::dominated: a settled state at the same vertex, via mask and progress that used
  // no more transshipments and gauge changes was reached no later, so it dominates.
  const VertexId v = space_.vertex_of(slot.state);
  const Layer layer = space_.layer_of(slot.state);
  const std::uint32_t t = space_.transfers_of(layer);
  const std::uint32_t gc = space_.gauge_changes_of(layer);
  const Layer base = layer - t * space_.gauge_dim() - gc;
  for (std::uint32_t ti = 0; ti <= t; ++ti) {
    for (std::uint32_t gi = 0; gi <= gc; ++gi) {
      if (ti == t && gi == gc) continue;
      const auto other = find(space_.state(v, base + ti * space_.gauge_dim() + gi), slot.progress);
      if (other != kNone && slots_[other].settled) return true;
    }
  }
  return false;
}

std::size_t RuleSearch::visit(std::uint32_t node, Layer layer) const {
  return static_cast<std::size_t>(node) * space_.mask_count() + space_.mask_of(layer);
}

void RuleSearch::push(std::uint32_t slot) {
  const Slot& s = slots_[slot];
  heap_.push_back({s.g + guide_.distance(space_.vertex_of(s.state)), s.g, slot});
  std::push_heap(heap_.begin(), heap_.end(),
                 [](const Entry& a, const Entry& b) { return later(a, b); });
}

Path RuleSearch::path_to(std::uint32_t slot, const Path& root) const {
  Path tail;
  tail.cost = slots_[slot].g;
  std::uint32_t x = slot;
  for (; slots_[x].parent != kNone; x = slots_[x].parent) {
    tail.edges.push_back(slots_[x].edge);
    tail.layers.push_back(space_.layer_of(slots_[x].state));
  }
  tail.layers.push_back(space_.layer_of(slots_[x].state));
  Path out;
  out.cost = tail.cost;
  out.edges = root.edges;
  out.edges.insert(out.edges.end(), tail.edges.rbegin(), tail.edges.rend());
  if (!root.edges.empty()) out.layers.assign(root.layers.begin(), root.layers.end() - 1);
  out.layers.insert(out.layers.end(), tail.layers.rbegin(), tail.layers.rend());
  return out;
}

std::optional<Path> RuleSearch::run(const Subspace& sub) {
  ++runs_;
  for (;;) {
    const Start start = replay(sub);
    if (start.progress == kDead) return std::nullopt;
    guide_.prepare(start.vertex, sub.root.cost);
    double max_f = 0.0;
    auto found = search(sub, start, max_f);
    if (!found) max_f = kInfinity;
    if (guide_.certifies(sub.root.cost, max_f)) return found;
    guide_.widen(sub.root.cost, max_f);
  }
}

RuleSearch::Start RuleSearch::replay(const Subspace& sub) {
  RuleSearchMemory& m = memory();
  if (++m.generation == 0) {
    std::fill(m.stamp.begin(), m.stamp.end(), 0);
    std::fill(m.blocked.begin(), m.blocked.end(), 0);
    m.generation = 1;
  }
  // The root's progress, its end state, and the nodes it visited, which the rest may not come
  // back to with the same via nodes visited (that would be no route).
  const auto& net = space_.net();
  Start start{space_.source(), space_.start_layer(), 0};
  m.blocked[visit(space_.query().origin.value(), start.layer)] = m.generation;
  for (std::size_t i = 0; i < sub.root.edges.size(); ++i) {
    const EdgeId e = sub.root.edges[i];
    start.progress = advance(space_, sub.rule, start.progress, e);
    if (start.progress == kDead) return start;
    start.vertex = net.edge(e).target;
    start.layer = sub.root.layers[i + 1];
    if (net.edge(e).kind == network::EdgeKind::leg) {
      m.blocked[visit(net.vertex(start.vertex).node, start.layer)] = m.generation;
    }
  }
  return start;
}

std::optional<Path> RuleSearch::search(const Subspace& sub, const Start& from, double& max_f) {
  slots_.clear();
  heap_.clear();
  const auto& net = space_.net();
  const auto& weight = space_.weights();
  const RuleSearchMemory& m = memory();
  if (guide_.distance(from.vertex) == kInfinity) return std::nullopt;
  const std::uint32_t start = slot_of(space_.state(from.vertex, from.layer), from.progress);
  slots_[start].g = sub.root.cost;
  push(start);

  while (!heap_.empty()) {
    std::pop_heap(heap_.begin(), heap_.end(),
                  [](const Entry& a, const Entry& b) { return later(a, b); });
    const Entry top = heap_.back();
    heap_.pop_back();
    max_f = std::max(max_f, top.f);
    if (slots_[top.slot].settled || top.g > slots_[top.slot].g) continue;
    slots_[top.slot].settled = true;
    const Slot s = slots_[top.slot];
    if (space_.tracks_resources() && dominated(s)) continue;
    const VertexId u = space_.vertex_of(s.state);
    const Layer lu = space_.layer_of(s.state);
    if (u == space_.target()) {
      if (space_.accepting(lu) && accepts(sub.rule, s.progress)) return path_to(top.slot, sub.root);
      continue;
    }
    for (EdgeId e : net.out_edges(u)) {
      if (weight[e] == kInfinity) continue;
      if (top.slot == start &&
          std::find(sub.excluded.begin(), sub.excluded.end(), e) != sub.excluded.end()) {
        continue;
      }
      const Layer lw = space_.next_layer(lu, e);
      if (lw == kNoLayer) continue;
      const VertexId w = net.edge(e).target;
      if (guide_.distance(w) == kInfinity) continue;
      if (net.edge(e).kind == network::EdgeKind::leg &&
          m.blocked[visit(net.vertex(w).node, lw)] == m.generation) {
        continue;
      }
      const Progress pw = advance(space_, sub.rule, s.progress, e);
      if (pw == kDead) continue;
      const std::uint32_t ws = slot_of(space_.state(w, lw), pw);
      if (slots_[ws].settled) continue;
      const double g = s.g + weight[e];
      if (g < slots_[ws].g) {
        slots_[ws].g = g;
        slots_[ws].parent = top.slot;
        slots_[ws].edge = e;
        push(ws);
      }
    }
  }
  return std::nullopt;
}

}  // namespace corridor::routing::detail
