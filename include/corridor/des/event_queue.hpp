#pragma once
/// The event calendar of a discrete-event simulation: pending events in (time, sequence) order.
///
/// An event is a plain value: when, a sequence number that the queue assigns on push, and two
/// integers that the model interprets (what happens, and to which of its entities). Events at
/// the same time leave in the order they were scheduled, so ties break deterministically
/// whatever the heap does inside.
///
/// Storage is a 4-ary min-heap over one vector of events: a push or a pop moves events within
/// it and allocates nothing once the vector has grown to the largest number of pending events
/// (`reserve` sets that in advance). A 4-ary heap is half as deep as a binary one, and a node's
/// four children lie next to each other in memory. Events compare by a 128-bit key, the
/// time's bits above the sequence number, in one unsigned comparison without branches. The
/// slots after the last event hold sentinels that compare after every event, so that every
/// node's four children can be compared in a fixed pattern, a tournament of three comparisons
/// of which the first two are independent.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace corridor::des {

struct Event {
  double time = 0.0;
  std::uint64_t sequence = 0;  ///< order of scheduling, assigned by the queue
  std::uint32_t kind = 0;      ///< what happens (the model's own codes)
  std::uint32_t subject = 0;   ///< to whom (an index into the model's entities)
};

/// True when `a` comes before `b`: earlier time, or the same time and scheduled earlier.
[[nodiscard]] constexpr bool before(const Event& a, const Event& b) {
  return a.time < b.time || (a.time == b.time && a.sequence < b.sequence);
}

class EventQueue {
 public:
  EventQueue() : heap_(kArity - 1, sentinel()) {}

  /// Makes room for `events` pending events, so that pushes up to that many do not allocate.
  void reserve(std::size_t events) { heap_.reserve(events + kArity); }

  /// Schedules an event and returns its sequence number. Precondition: 0 <= time (+inf
  /// allowed, NaN not). O(log n).
  [[gnu::always_inline]] std::uint64_t push(double time, std::uint32_t kind,
                                            std::uint32_t subject) {
    // + 0.0 turns -0.0 into +0.0, whose bits sort as the smallest time.
    const Event event{time + 0.0, next_sequence_, kind, subject};
    // The new leaf takes a sentinel's slot; one more sentinel keeps kArity - 1 after the last.
    heap_.push_back(sentinel());
    sift_up(size_++, event);
    return next_sequence_++;
  }

  /// The first event. Precondition: not empty. O(1).
  [[nodiscard]] const Event& top() const { return heap_.front(); }

  /// Removes and returns the first event. Precondition: not empty. O(log n).
  [[gnu::always_inline]] Event pop() {
    const Event first = heap_.front();
    const Event last = heap_[--size_];
    heap_.pop_back();
    heap_[size_] = sentinel();
    if (size_ > 0) sift_from_root(last);
    return first;
  }

  /// pop() then push(time, kind, subject) in one pass: what a handler that schedules its
  /// subject's next event does. Returns the new event's sequence number. Precondition: not
  /// empty. O(log n).
  [[gnu::always_inline]] std::uint64_t replace_top(double time, std::uint32_t kind,
                                                   std::uint32_t subject) {
    sift_from_root(Event{time + 0.0, next_sequence_, kind, subject});
    return next_sequence_++;
  }

  [[nodiscard]] bool empty() const { return size_ == 0; }
  [[nodiscard]] std::size_t size() const { return size_; }

  /// Drops every pending event and restarts the sequence numbers (keeps the memory).
  void clear() {
    heap_.assign(kArity - 1, sentinel());
    size_ = 0;
    next_sequence_ = 0;
  }

 private:
  static constexpr std::size_t kArity = 4;
  __extension__ using Key = unsigned __int128;

  /// (time, sequence) as one integer: the bits of a non-negative double order like the number
  /// (+0.0 the smallest, +inf the largest).
  static Key key(const Event& e) {
    return (static_cast<Key>(std::bit_cast<std::uint64_t>(e.time)) << 64U) | e.sequence;
  }

  /// What fills the slots after the last event: its key (a NaN's bits, all ones) is above
  /// every event's.
  static Event sentinel() {
    return {std::bit_cast<double>(~std::uint64_t{0}), ~std::uint64_t{0}, 0, 0};
  }

  /// The smallest of the four children that start at `first` (sentinels included).
  [[nodiscard, gnu::always_inline]] std::size_t smallest_child(std::size_t first) const {
    const Key k0 = key(heap_[first]);
    const Key k1 = key(heap_[first + 1]);
    const Key k2 = key(heap_[first + 2]);
    const Key k3 = key(heap_[first + 3]);
    const bool second = k1 < k0;
    const bool fourth = k3 < k2;
    const Key low = second ? k1 : k0;
    const Key high = fourth ? k3 : k2;
    const std::size_t low_at = first + (second ? 1 : 0);
    const std::size_t high_at = first + 2 + (fourth ? 1 : 0);
    return select(high < low, high_at, low_at);
  }

  /// `yes ? a : b` by masks: compilers turn a conditional expression into a branch when they
  /// guess it predictable, and which child is the smallest is a coin toss.
  static std::size_t select(bool yes, std::size_t a, std::size_t b) {
    const std::size_t mask = std::size_t{0} - static_cast<std::size_t>(yes);
    return b ^ ((a ^ b) & mask);
  }

  /// Puts `event` into the hole at `hole`, moving parents down until it fits.
  [[gnu::always_inline]] void sift_up(std::size_t hole, const Event& event) {
    const Key k = key(event);
    while (hole > 0) {
      const std::size_t parent = (hole - 1) / kArity;
      if (!(k < key(heap_[parent]))) break;
      heap_[hole] = heap_[parent];
      hole = parent;
    }
    heap_[hole] = event;
  }

  /// Puts `event` in place of the root and restores the heap.
  [[gnu::always_inline]] void sift_from_root(const Event& event) {
    // Floyd's variant: move the hole from the root down to a leaf along the smallest
    // children, without comparing with `event` on the way (it usually belongs near the
    // bottom), then sift `event` up from there.
    std::size_t hole = 0;
    for (std::size_t child = 1; child < size_; child = hole * kArity + 1) {
      const std::size_t best = smallest_child(child);
      heap_[hole] = heap_[best];
      hole = best;
    }
    sift_up(hole, event);
  }

  /// heap_[0] first; the children of i are 4i + 1 .. 4i + 4. The size_ events are followed by
  /// kArity - 1 sentinels, so that the children of every event with one lie in the vector.
  std::vector<Event> heap_;
  std::size_t size_ = 0;
  std::uint64_t next_sequence_ = 0;
};

}  // namespace corridor::des
