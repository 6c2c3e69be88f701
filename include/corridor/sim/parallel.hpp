#pragma once
/// Runs chunks of replications on worker threads and reports progress from the calling thread.
/// Shared by the Monte Carlo engine and the capacity simulation.

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <utility>

namespace corridor::sim {

/// Counts simulated journeys and calls the user's progress callback, rate-limited.
class ProgressMeter {
 public:
  using Callback = std::function<void(std::uint64_t done, std::uint64_t total)>;

  ProgressMeter(Callback callback, std::uint64_t total)
      : callback_(std::move(callback)), total_(total) {}

  /// Called by workers after each block. Thread-safe, lock-free.
  void add(std::uint64_t journeys) { done_.fetch_add(journeys, std::memory_order_relaxed); }
  /// More work than planned (another selection pass).
  void extend(std::uint64_t journeys) { total_ += journeys; }
  /// Calls the callback if 100 ms have passed since the last call (calling thread only).
  void report_if_due();
  /// Calls the callback now (calling thread only).
  void report();
  /// The work is done: the final call, with done == total (calling thread only).
  void finish() {
    total_ = done_.load(std::memory_order_relaxed);
    report();
  }

 private:
  Callback callback_;
  std::uint64_t total_;
  std::atomic<std::uint64_t> done_{0};
  std::chrono::steady_clock::time_point last_{};
};

/// Calls work(thread, chunk) once for every chunk in [0, chunks), on `threads` worker threads
/// that take chunks in increasing order from a shared counter. The calling thread waits and
/// reports progress. The first exception thrown by a worker stops the others from starting
/// new chunks and is rethrown here.
void run_chunks(std::size_t chunks, unsigned threads,
                const std::function<void(unsigned thread, std::size_t chunk)>& work,
                ProgressMeter& meter);

/// Worker threads for `requested` (0 = hardware concurrency), never more than `chunks`, at
/// least 1.
[[nodiscard]] unsigned thread_count(int requested, std::size_t chunks);

}  // namespace corridor::sim
