#include <corridor/des/event_queue.hpp>

namespace corridor::des {

namespace {
constexpr std::size_t kArity = 4;
}  // namespace

std::uint64_t EventQueue::push(double time, std::uint32_t kind, std::uint32_t subject) {
  const Event event{time, next_sequence_++, kind, subject};
  // Sift the hole up from the new leaf, moving parents down until the event fits.
  std::size_t hole = heap_.size();
  heap_.emplace_back();
  while (hole > 0) {
    const std::size_t parent = (hole - 1) / kArity;
    if (!before(event, heap_[parent])) break;
    heap_[hole] = heap_[parent];
    hole = parent;
  }
  heap_[hole] = event;
  return event.sequence;
}

Event EventQueue::pop() {
  const Event first = heap_.front();
  const Event last = heap_.back();
  heap_.pop_back();
  const std::size_t n = heap_.size();
  if (n == 0) return first;
  // Sift the hole down from the root, moving the smallest child up until `last` fits.
  std::size_t hole = 0;
  for (;;) {
    const std::size_t child = hole * kArity + 1;
    if (child >= n) break;
    std::size_t best = child;
    const std::size_t end = child + kArity < n ? child + kArity : n;
    for (std::size_t c = child + 1; c < end; ++c) {
      if (before(heap_[c], heap_[best])) best = c;
    }
    if (!before(heap_[best], last)) break;
    heap_[hole] = heap_[best];
    hole = best;
  }
  heap_[hole] = last;
  return first;
}

}  // namespace corridor::des
