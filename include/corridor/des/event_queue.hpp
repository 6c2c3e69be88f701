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
/// time's bits above the sequence number, in one unsigned comparison without branches.

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
  /// Makes room for `events` pending events, so that pushes up to that many do not allocate.
  void reserve(std::size_t events) { heap_.reserve(events); }

  /// Schedules an event and returns its sequence number. Precondition: 0 <= time (+inf
  /// allowed, NaN not). O(log n).
  std::uint64_t push(double time, std::uint32_t kind, std::uint32_t subject) {
    // + 0.0 turns -0.0 into +0.0, whose bits sort as the smallest time.
    const Event event{time + 0.0, next_sequence_, kind, subject};
    const Key k = key(event);
    // Sift the hole up from the new leaf, moving parents down until the event fits.
    std::size_t hole = heap_.size();
    heap_.emplace_back();
    while (hole > 0) {
      const std::size_t parent = (hole - 1) / kArity;
      if (!(k < key(heap_[parent]))) break;
      heap_[hole] = heap_[parent];
      hole = parent;
    }
    heap_[hole] = event;
    return next_sequence_++;
  }

  /// The first event. Precondition: not empty. O(1).
  [[nodiscard]] const Event& top() const { return heap_.front(); }

  /// Removes and returns the first event. Precondition: not empty. O(log n).
  Event pop() {
    const Event first = heap_.front();
    const Event last = heap_.back();
    heap_.pop_back();
    if (!heap_.empty()) sift_from_root(last);
    return first;
  }

  /// pop() then push(time, kind, subject) in one pass: what a handler that schedules its
  /// subject's next event does. Returns the new event's sequence number. Precondition: not
  /// empty. O(log n).
  std::uint64_t replace_top(double time, std::uint32_t kind, std::uint32_t subject) {
    sift_from_root(Event{time + 0.0, next_sequence_, kind, subject});
    return next_sequence_++;
  }

  [[nodiscard]] bool empty() const { return heap_.empty(); }
  [[nodiscard]] std::size_t size() const { return heap_.size(); }

  /// Drops every pending event and restarts the sequence numbers (keeps the memory).
  void clear() {
    heap_.clear();
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

  /// Puts `event` in place of the root and restores the heap.
  void sift_from_root(const Event& event) {
    const std::size_t n = heap_.size();
    // Floyd's variant: move the hole from the root down to a leaf along the smallest
    // children, without comparing with `event` on the way (it usually belongs near the
    // bottom), then sift `event` up from there.
    std::size_t hole = 0;
    for (std::size_t child = 1; child < n; child = hole * kArity + 1) {
      std::size_t best = child;
      Key best_key = key(heap_[child]);
      const std::size_t end = child + kArity < n ? child + kArity : n;
      for (std::size_t c = child + 1; c < end; ++c) {
        const Key k = key(heap_[c]);
        const bool smaller = k < best_key;  // selects, without a branch to mispredict
        best = smaller ? c : best;
        best_key = smaller ? k : best_key;
      }
      heap_[hole] = heap_[best];
      hole = best;
    }
    const Key k = key(event);
    while (hole > 0) {
      const std::size_t parent = (hole - 1) / kArity;
      if (!(k < key(heap_[parent]))) break;
      heap_[hole] = heap_[parent];
      hole = parent;
    }
    heap_[hole] = event;
  }

  std::vector<Event> heap_;  // heap_[0] first; the children of i are 4i + 1 .. 4i + 4
  std::uint64_t next_sequence_ = 0;
};

}  // namespace corridor::des
