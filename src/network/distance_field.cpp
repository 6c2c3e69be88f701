#include <bit>
#include <limits>

#include <corridor/network/distance_field.hpp>

namespace corridor::network {

namespace {

std::uint64_t bits(double d) {
  return std::bit_cast<std::uint64_t>(d + 0.0);  // + 0.0: no negative zero
}

std::size_t bucket(std::uint64_t key, std::uint64_t last) {
  return key == last ? 0 : static_cast<std::size_t>(64 - std::countl_zero(key ^ last));
}

}  // namespace

DistanceField::DistanceField(const Network& net, std::span<const double> in_weights,
                             VertexId target)
    : net_(&net),
      weight_(in_weights),
      target_(target),
      radius_(-std::numeric_limits<double>::infinity()),
      distance_(net.vertex_count(), kUnreachable) {}

void DistanceField::reset(std::span<const double> in_weights, VertexId target) {
  for (const VertexId v : touched_)
    distance_[v] = kUnreachable;
  touched_.clear();
  for (auto& b : buckets_)
    b.clear();
  last_ = 0;
  queued_ = 0;
  weight_ = in_weights;
  target_ = target;
  started_ = false;
  radius_ = -std::numeric_limits<double>::infinity();
}

void DistanceField::start() {
  started_ = true;
  distance_[target_] = 0.0;
  touched_.push_back(target_);
  buckets_[0].push_back({bits(0.0), target_});
  queued_ = 1;
}

std::uint64_t DistanceField::least() {
  if (buckets_[0].empty()) {
    std::size_t b = 1;
    while (buckets_[b].empty())
      ++b;
    auto& from = buckets_[b];
    std::uint64_t least = from.front().key;
    for (const Entry& e : from)
      least = e.key < least ? e.key : least;
    last_ = least;
    for (const Entry& e : from)
      buckets_[bucket(e.key, last_)].push_back(e);
    from.clear();
  }
  return last_;
}

void DistanceField::pop() {
  least();
  const Entry e = buckets_[0].back();
  buckets_[0].pop_back();
  --queued_;
  // An entry is stale when the vertex was given a shorter distance since (each vertex has at
  // most one entry per distance, and one settled at once from a vertex at d had none at d).
  const double d = std::bit_cast<double>(e.key);
  if (distance_[e.vertex] == d) settle_at(e.vertex, d);
}

void DistanceField::settle_at(VertexId v, double d) {
  const auto sources = net_->in_sources();
  stack_.push_back(v);
  while (!stack_.empty()) {
    const VertexId x = stack_.back();
    stack_.pop_back();
    for (const EdgeId slot : net_->in_slots(x)) {
      const VertexId u = sources[slot];
      const double candidate = d + weight_[slot];  // kUnreachable for a removed edge
      // A settled vertex is no farther than d <= candidate: the test leaves it alone.
      double& t = distance_[u];
      if (!(candidate < t)) continue;
      if (t == kUnreachable) touched_.push_back(u);
      t = candidate;
      if (candidate == d) {
        // Nothing unsettled is nearer than d: u is settled at d at once.
        stack_.push_back(u);
      } else {
        const std::uint64_t key = bits(candidate);
        buckets_[bucket(key, last_)].push_back({key, u});
        ++queued_;
      }
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
  while (queued_ > 0 && std::bit_cast<double>(least()) < distance_[v])
    pop();
  settle_within(distance_[v]);
}

void DistanceField::settle_all() {
  settle_within(kUnreachable);
}

std::vector<double> DistanceField::release() && {
  settle_all();
  return std::move(distance_);
}

}  // namespace corridor::network
