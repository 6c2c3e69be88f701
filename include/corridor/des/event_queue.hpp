#pragma once
/// The event calendar of a discrete-event simulation: pending events in (time, sequence) order.
///
/// An event is a plain value: when, a sequence number that the queue assigns on push, and two
/// integers that the model interprets (what happens, and to which of its entities). Events at
/// the same time leave in the order they were scheduled, so ties break deterministically
/// whatever the heap does inside.
///
/// Storage is a 4-ary min-heap over one vector: a push or a pop moves events within it and
/// allocates nothing once the vector has grown to the largest number of pending events
/// (`reserve` sets that in advance). A 4-ary heap is half as deep as a binary one, and a node's
/// four children lie next to each other in memory, so a pop touches fewer cache lines.

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

  /// Schedules an event and returns its sequence number. Precondition: `time` is not NaN.
  /// O(log n).
  std::uint64_t push(double time, std::uint32_t kind, std::uint32_t subject);

  /// The first event. Precondition: not empty. O(1).
  [[nodiscard]] const Event& top() const { return heap_.front(); }

  /// Removes and returns the first event. Precondition: not empty. O(log n).
  Event pop();

  [[nodiscard]] bool empty() const { return heap_.empty(); }
  [[nodiscard]] std::size_t size() const { return heap_.size(); }

  /// Drops every pending event and restarts the sequence numbers (keeps the memory).
  void clear() {
    heap_.clear();
    next_sequence_ = 0;
  }

 private:
  std::vector<Event> heap_;  // heap_[0] first; the children of i are 4i + 1 .. 4i + 4
  std::uint64_t next_sequence_ = 0;
};

}  // namespace corridor::des
