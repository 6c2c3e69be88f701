#pragma once
// A one-line progress bar on standard error.

#include <chrono>
#include <cstdint>
#include <string>

namespace corridor::cli {

/// Drawn only on a terminal and only for runs long enough to be worth watching (500 ms).
class ProgressBar {
 public:
  explicit ProgressBar(bool wanted);
  ~ProgressBar() { finish(); }
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  /// What the bar is working on, shown to its left.
  void label(std::string text) { label_ = std::move(text); }
  void update(std::uint64_t done, std::uint64_t total);
  /// Clears the bar's line.
  void finish();

 private:
  bool enabled_;
  bool drawn_ = false;
  std::string label_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace corridor::cli
