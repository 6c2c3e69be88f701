#include "cli/progress_bar.hpp"

#include <cstdio>
#include <unistd.h>

namespace corridor::cli {

ProgressBar::ProgressBar(bool wanted) : enabled_(wanted && isatty(STDERR_FILENO) == 1) {}

void ProgressBar::update(std::uint64_t done, std::uint64_t total) {
  if (!enabled_ || total == 0) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < std::chrono::milliseconds(500)) return;  // short runs stay quiet
  const auto width = 30U;
  const auto filled = static_cast<unsigned>(width * done / total);
  std::fprintf(stderr, "\r%-40.40s [%s%s] %3u%%", label_.c_str(), std::string(filled, '#').c_str(),
               std::string(width - filled, '.').c_str(), static_cast<unsigned>(100 * done / total));
  drawn_ = true;
}

void ProgressBar::finish() {
  if (drawn_) std::fprintf(stderr, "\r%*s\r", 80, "");
  drawn_ = false;
}

}  // namespace corridor::cli
