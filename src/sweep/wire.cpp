#include "sweep/wire.hpp"

#include <stdexcept>

#include <corridor/report/sweep.hpp>

namespace corridor::sweep::detail {

namespace {

// Separators that no scenario text holds: the loader refuses control characters.
constexpr char kPart = '\x1d';
constexpr char kIssue = '\x1e';
constexpr char kField = '\x1f';

std::string issues_bytes(const std::vector<Issue>& issues) {
  std::string out;
  for (const auto& i : issues) {
    out += i.where.file + kField + std::to_string(i.where.line) + kField +
           std::to_string(i.where.column) + kField + i.path + kField + i.message + kField + i.hint +
           kIssue;
  }
  return out;
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == separator) {
      out.emplace_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  if (start != text.size()) throw std::invalid_argument("sweep outcome: a part is not closed");
  return out;
}

std::vector<Issue> issues_of(std::string_view bytes, Issue::Severity severity) {
  std::vector<Issue> out;
  for (const auto& text : split(bytes, kIssue)) {
    auto f = split(text + kField, kField);
    if (f.size() != 6) throw std::invalid_argument("sweep outcome: an issue has no 6 fields");
    out.push_back(Issue{severity, {f[0], std::stoi(f[1]), std::stoi(f[2])}, f[3], f[4], f[5]});
  }
  return out;
}

}  // namespace

std::string encode(const Outcome& outcome) {
  return report::encode_rows(outcome.rows) + kPart + issues_bytes(outcome.errors) + kPart +
         issues_bytes(outcome.warnings) + kPart;
}

Outcome decode(std::string_view bytes) {
  const auto parts = split(bytes, kPart);
  if (parts.size() != 3) throw std::invalid_argument("sweep outcome: not 3 parts");
  return Outcome{report::decode_rows(parts[0]), issues_of(parts[1], Issue::Severity::error),
                 issues_of(parts[2], Issue::Severity::warning)};
}

}  // namespace corridor::sweep::detail
