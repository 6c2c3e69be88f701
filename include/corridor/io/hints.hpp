#pragma once
/// "Did you mean ...?" suggestions for misspelt keys and ids.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace corridor::io {

/// Levenshtein distance, case-insensitive. O(|a| x |b|).
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` when it is close enough to be a plausible typo (at most a
/// third of the word's length, and at least 1, edits away), else the only candidate that
/// `word` abbreviates ("KLAIPEDA" for "KLAIPEDA_PORT"); nullopt otherwise. Ties go to the
/// candidate listed first.
[[nodiscard]] std::optional<std::string> nearest(std::string_view word,
                                                 std::span<const std::string> candidates);

/// "did you mean 'X'?" or an empty string.
[[nodiscard]] std::string did_you_mean(std::string_view word,
                                       std::span<const std::string> candidates);

/// Comparisons one load may spend on suggestions: about a second of work.
inline constexpr std::size_t kSuggestionBudget = 10'000'000;

/// nearest() and did_you_mean() with a bound on their total cost. Each suggestion compares the
/// word with every candidate, so a file with very many misspelt ids among very many ids would
/// otherwise take hours; once the budget is spent, no more suggestions are made (the errors
/// themselves are still all reported).
class Suggestions {
 public:
  explicit Suggestions(std::size_t budget = kSuggestionBudget) : left_(budget) {}
  [[nodiscard]] std::optional<std::string> nearest(std::string_view word,
                                                   std::span<const std::string> candidates);
  [[nodiscard]] std::string did_you_mean(std::string_view word,
                                         std::span<const std::string> candidates);

 private:
  std::size_t left_;
};

}  // namespace corridor::io
