#include <bit>
#include <limits>

#include <corridor/network/distance_field.hpp>

namespace corridor::network {

namespace {

std::uint64_t bits(double d) {
  return std::bit_cast<std::uint64_t>(d + 0.0);  // + 0.0: no negative zero
}

/// The distance being settled before anything is: offers are queued, not settled at once.
constexpr double kNothingSettled = -1.0;

std::size_t bucket(std::uint64_t key, std::uint64_t last) {
  return key == last ? 0 : static_cast<std::size_t>(64 - std::countl_zero(key ^ last));
}

}  // namespace

DistanceField::DistanceField(const ReverseGraph& graph, VertexId target)
    : graph_(&graph),
      target_(target),
      radius_(-std::numeric_limits<double>::infinity()),
      label_(graph.class_count(), kUnreachable) {}

void DistanceField::reset(const ReverseGraph& graph, VertexId target) {
  for (const std::uint32_t c : touched_)
    label_[c] = kUnreachable;
  label_.resize(graph.class_count(), kUnreachable);
  touched_.clear();
  own_.clear();
  for (auto& b : buckets_)
    b.clear();
  occupied_ = 0;
  last_ = 0;
  queued_ = 0;
  graph_ = &graph;
  target_ = target;
  started_ = false;
  radius_ = -std::numeric_limits<double>::infinity();
}

double DistanceField::own_distance(VertexId v, double of_class) const {
  for (const Own& o : own_) {
    if (o.vertex == v) return o.distance < of_class ? o.distance : of_class;
  }
  return of_class;
}

double& DistanceField::label(std::uint32_t id) {
  const auto classes = static_cast<std::uint32_t>(graph_->class_count());
  return id < classes ? label_[id] : own_[id - classes].distance;
}

void DistanceField::start() {
  started_ = true;
  const auto c = graph_->class_of(target_);
  if (c != ReverseGraph::kNoClass && !graph_->merged(target_)) {
    offer(c, 0.0, kNothingSettled);
  } else {
    own_.push_back({target_, kUnreachable});
    offer(static_cast<std::uint32_t>(graph_->class_count()), 0.0, kNothingSettled);
  }
}

// Inline: settle_at queues through it once per arc that improves a label.
inline void DistanceField::push(std::uint64_t key, std::uint32_t id) {
  const std::size_t b = bucket(key, last_);
  buckets_[b].push_back({key, id});
  if (b > 0) occupied_ |= std::uint64_t{1} << (b - 1);
  ++queued_;
}

void DistanceField::offer(std::uint32_t id, double candidate, double d) {
  double& l = label(id);
  // A settled class or vertex is no farther than d <= candidate: the test leaves it alone.
  if (!(candidate < l)) return;
  if (l == kUnreachable && id < graph_->class_count()) touched_.push_back(id);
  l = candidate;
  if (candidate == d) {
    stack_.push_back(id);  // nothing unsettled is nearer than d: settled at once
  } else {
    push(bits(candidate), id);
  }
}

void DistanceField::offer_vertex(VertexId vertex, double candidate, double d) {
  const auto classes = static_cast<std::uint32_t>(graph_->class_count());
  if (!graph_->merged(vertex)) {
    offer(graph_->class_of(vertex), candidate, d);
    return;
  }
  for (std::uint32_t i = 0; i < own_.size(); ++i) {
    if (own_[i].vertex == vertex) {
      offer(classes + i, candidate, d);
      return;
    }
  }
  own_.push_back({vertex, kUnreachable});
  offer(classes + static_cast<std::uint32_t>(own_.size() - 1), candidate, d);
}

std::uint64_t DistanceField::least() {
  if (buckets_[0].empty()) {
    // The first bucket that is not empty, from the mask (scanning the buckets was a third of
    // the search).
    const auto b = static_cast<std::size_t>(std::countr_zero(occupied_)) + 1;
    occupied_ &= occupied_ - 1;
    auto& from = buckets_[b];
    std::uint64_t least = from.front().key;
    for (const Entry& e : from)
      least = e.key < least ? e.key : least;
    last_ = least;
    for (const Entry& e : from) {
      const std::size_t to = bucket(e.key, last_);  // below b
      buckets_[to].push_back(e);
      if (to > 0) occupied_ |= std::uint64_t{1} << (to - 1);
    }
    from.clear();
  }
  return last_;
}

void DistanceField::pop() {
  least();
  const Entry e = buckets_[0].back();
  buckets_[0].pop_back();
  --queued_;
  // An entry is stale when its class was given a shorter distance since (each has at most
  // one entry per distance, and one settled at once at d had none at d).
  const double d = std::bit_cast<double>(e.key);
  if (label(e.id) == d) settle_at(e.id, d);
}

void DistanceField::settle_at(std::uint32_t id, double d) {
  const auto classes = static_cast<std::uint32_t>(graph_->class_count());
  const auto arcs = graph_->arc_list();
  stack_.push_back(id);
  while (!stack_.empty()) {
    const std::uint32_t x = stack_.back();
    stack_.pop_back();
    if (x < classes) {
      // offer(), written out for classes: this loop is most of the search.
      for (const EdgeId arc : graph_->arcs(x)) {
        const std::uint32_t c = arcs[arc].source;
        const double candidate = d + arcs[arc].weight;
        double& l = label_[c];
        if (!(candidate < l)) continue;
        if (l == kUnreachable) {
          touched_.push_back(c);
          // c is settled some pops from now: start fetching its arcs, the miss this loop
          // otherwise waits on for every class.
          __builtin_prefetch(&arcs[graph_->arcs(c).first]);
        }
        l = candidate;
        if (candidate == d) {
          stack_.push_back(c);
        } else {
          push(bits(candidate), c);
        }
      }
      continue;
    }
    // A vertex with a distance of its own: its own in-edges.
    const Network& net = graph_->net();
    const VertexId v = own_[x - classes].vertex;
    const auto edge_ids = net.in_edge_ids();
    const auto from = net.in_sources();
    for (const EdgeId slot : net.in_slots(v)) {
      const double w = graph_->weights()[edge_ids[slot]];
      if (w != kUnreachable) offer_vertex(from[slot], d + w, d);
    }
  }
}

void DistanceField::settle_within(double radius) {
  if (!started_) start();
  while (queued_ > 0 && std::bit_cast<double>(least()) <= radius)
    pop();
  if (queued_ == 0) {
    radius_ = kUnreachable;
  } else if (radius > radius_) {
    radius_ = radius;
  }
}

void DistanceField::settle(VertexId v) {
  if (!started_) start();
  // v's distance is final once nothing queued is nearer.
  while (queued_ > 0 && std::bit_cast<double>(least()) < distance(v))
    pop();
  settle_within(distance(v));
}

void DistanceField::settle_all() {
  settle_within(kUnreachable);
}

std::vector<double> DistanceField::release() && {
  settle_all();
  const std::size_t n = graph_->net().vertex_count();
  std::vector<double> out(n);
  for (VertexId v = 0; v < n; ++v)
    out[v] = distance(v);
  return out;
}

}  // namespace corridor::network
