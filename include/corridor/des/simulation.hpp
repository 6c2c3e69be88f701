#pragma once
/// A discrete-event simulation: a clock and the calendar of pending events.
///
/// The model owns its entities and state; the simulation only orders what happens. The model
/// schedules events (a kind and a subject, its own integers) and runs the calendar with a
/// handler that is called for each event in (time, sequence) order, with the clock set to the
/// event's time. Everything belongs to one `Simulation` value: independent simulations (one
/// per replication) can run on separate threads.

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <limits>

#include <corridor/des/event_queue.hpp>

namespace corridor::des {

class Simulation {
 public:
  /// The current time: that of the event being handled, or of the last one handled.
  [[nodiscard]] double now() const { return now_; }

  /// Makes room for `events` pending events (see EventQueue::reserve).
  void reserve(std::size_t events) { calendar_.reserve(events); }

  /// Schedules `kind` for `subject` at `time`. Precondition: now() <= time (not NaN). O(log n).
  [[gnu::always_inline]] void schedule(double time, std::uint32_t kind, std::uint32_t subject) {
    assert(time >= now_);
    if (handled_on_top_) {
      // The event being handled still sits on top of the calendar: replace it rather than pop
      // it and push the new one (the same order, one pass instead of two).
      handled_on_top_ = false;
      calendar_.replace_top(time, kind, subject);
    } else {
      calendar_.push(time, kind, subject);
    }
  }

  /// Makes `run` return after the event being handled.
  void stop() { stopped_ = true; }

  [[nodiscard]] bool stopped() const { return stopped_; }
  [[nodiscard]] std::size_t pending() const { return calendar_.size() - (handled_on_top_ ? 1 : 0); }
  /// Events handled since construction.
  [[nodiscard]] std::uint64_t handled() const { return handled_; }

  /// Handles events in (time, sequence) order, each by `handle(const Event&)` with the clock
  /// at its time, until the calendar is empty, the handler calls `stop()`, or the next event
  /// is later than `until` (it then stays pending and the clock stays at the last event).
  /// Returns the number of events handled by this call. O(log n) per event plus the handler.
  template <class Handler>
  std::uint64_t run(Handler&& handle, double until = std::numeric_limits<double>::infinity()) {
    const std::uint64_t first = handled_;
    stopped_ = false;
    while (!stopped_ && !calendar_.empty() && calendar_.top().time <= until) {
      const Event event = calendar_.top();
      now_ = event.time;
      ++handled_;
      handled_on_top_ = true;
      handle(event);
      if (handled_on_top_) {
        handled_on_top_ = false;
        calendar_.pop();
      }
    }
    return handled_ - first;
  }

 private:
  EventQueue calendar_;
  double now_ = 0.0;
  std::uint64_t handled_ = 0;
  bool stopped_ = false;
  bool handled_on_top_ = false;  ///< the event being handled has not left the calendar yet
};

}  // namespace corridor::des
