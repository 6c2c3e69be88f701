#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include <corridor/sim/parallel.hpp>

namespace corridor::sim {

namespace {
constexpr auto kReportInterval = std::chrono::milliseconds(100);
}  // namespace

void ProgressMeter::report_if_due() {
  if (!callback_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < kReportInterval) return;
  last_ = now;
  callback_(std::min(done_.load(std::memory_order_relaxed), total_), total_);
}

void ProgressMeter::report() {
  if (!callback_) return;
  last_ = std::chrono::steady_clock::now();
  callback_(std::min(done_.load(std::memory_order_relaxed), total_), total_);
}

unsigned thread_count(int requested, std::size_t chunks) {
  unsigned n =
      requested > 0 ? static_cast<unsigned>(requested) : std::thread::hardware_concurrency();
  n = std::max(n, 1U);
  return static_cast<unsigned>(std::min<std::size_t>(n, std::max<std::size_t>(chunks, 1)));
}

void run_chunks(std::size_t chunks, unsigned threads,
                const std::function<void(unsigned thread, std::size_t chunk)>& work,
                ProgressMeter& meter) {
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr error;
  std::mutex mutex;
  std::condition_variable finished;
  unsigned running = threads;

  auto worker = [&](unsigned thread) {
    try {
      for (std::size_t c = next.fetch_add(1); c < chunks && !failed.load(); c = next.fetch_add(1)) {
        work(thread, c);
      }
    } catch (...) {
      const std::lock_guard lock(mutex);
      if (!error) error = std::current_exception();
      failed.store(true);
    }
    const std::lock_guard lock(mutex);
    --running;
    finished.notify_one();
  };

  std::vector<std::jthread> pool;
  pool.reserve(threads);
  for (unsigned t = 0; t < threads; ++t)
    pool.emplace_back(worker, t);
  {
    std::unique_lock lock(mutex);
    while (running > 0) {
      finished.wait_for(lock, kReportInterval);
      lock.unlock();
      meter.report_if_due();
      lock.lock();
    }
  }
  pool.clear();  // joins
  if (error) std::rethrow_exception(error);
}

}  // namespace corridor::sim
