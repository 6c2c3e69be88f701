#include <algorithm>
#include <cctype>
#include <vector>

#include <corridor/io/hints.hpp>

namespace corridor::io {

namespace {
char fold(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}
}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t substitution = diagonal + (fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::optional<std::string> nearest(std::string_view word, std::span<const std::string> candidates) {
  const std::size_t limit = std::max<std::size_t>(1, (word.size() + 2) / 3);
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const auto& c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  if (best || word.size() < 3) return best;
  // A shortened id ("KLAIPEDA" for "KLAIPEDA_PORT"): the one candidate that starts with it.
  std::optional<std::string> only;
  for (const auto& c : candidates) {
    if (c.size() > word.size() &&
        edit_distance(word, std::string_view(c).substr(0, word.size())) == 0) {
      if (only) return std::nullopt;
      only = c;
    }
  }
  return only;
}

std::string did_you_mean(std::string_view word, std::span<const std::string> candidates) {
  auto best = nearest(word, candidates);
  return best ? "did you mean '" + *best + "'?" : std::string{};
}

std::optional<std::string> Suggestions::nearest(std::string_view word,
                                                std::span<const std::string> candidates) {
  // A shortened id may be compared once more with each candidate: count both passes.
  const std::size_t cost = 2 * candidates.size();
  if (cost > left_) {
    left_ = 0;
    return std::nullopt;
  }
  left_ -= cost;
  return io::nearest(word, candidates);
}

std::string Suggestions::did_you_mean(std::string_view word,
                                      std::span<const std::string> candidates) {
  auto best = nearest(word, candidates);
  return best ? "did you mean '" + *best + "'?" : std::string{};
}

}  // namespace corridor::io
