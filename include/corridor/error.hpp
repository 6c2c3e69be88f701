#pragma once
/// Errors corridor reports to its users, and the exit code each one maps to.
///
/// Expected outcomes (no route, an empty Pareto front) are values, not exceptions. Exceptions
/// are for input the tool cannot work with and for I/O failures.

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace corridor {

enum class ExitCode : std::uint8_t {
  ok = 0,
  check_failed = 1,    ///< a check or gate failed (check, compare, run --strict)
  invalid_input = 2,   ///< bad command line, unreadable or invalid scenario
  internal = 70,       ///< a bug: please report it
  output_failed = 74,  ///< a report could not be written
};

/// What an exit code means, for --help and the docs. A switch without a default: a new
/// ExitCode without a meaning does not compile (-Wswitch, an error in CI).
[[nodiscard]] constexpr std::string_view meaning(ExitCode code) {
  switch (code) {
    case ExitCode::ok:
      return "success";
    case ExitCode::check_failed:
      return "a check failed (check, compare, run --strict)";
    case ExitCode::invalid_input:
      return "bad usage or invalid scenario";
    case ExitCode::internal:
      return "internal error";
    case ExitCode::output_failed:
      return "a report could not be written";
  }
  return {};
}

/// Every exit code, in increasing order (listed in --help).
inline constexpr std::array<ExitCode, 5> kExitCodes{ExitCode::ok, ExitCode::check_failed,
                                                    ExitCode::invalid_input, ExitCode::internal,
                                                    ExitCode::output_failed};

namespace detail {
constexpr bool exit_codes_listed_once() {
  for (std::size_t i = 1; i < kExitCodes.size(); ++i) {
    if (!(kExitCodes[i - 1] < kExitCodes[i])) return false;
  }
  return true;
}
}  // namespace detail
static_assert(detail::exit_codes_listed_once(), "kExitCodes lists each code once, in order");

/// "Exit codes: 0 success, 2 bad usage or invalid scenario, ..." for --help.
[[nodiscard]] std::string exit_code_summary();

/// A position in an input file; line and column count from 1. Zero means unknown.
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
};

/// One problem found in a scenario.
struct Issue {
  enum class Severity : std::uint8_t { error, warning };
  Severity severity = Severity::error;
  SourceLocation where;
  std::string path;     ///< YAML path, e.g. "links[7].tariff.usd_per_teu"
  std::string message;  ///< states the rule that was broken
  std::string hint;     ///< optional: what to do about it
};

/// "file:line:col: error: path: message" plus an indented "hint:" line when there is one.
[[nodiscard]] std::string format_issue(const Issue& issue);

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& what, ExitCode code = ExitCode::invalid_input)
      : std::runtime_error(what), code_(code) {}
  [[nodiscard]] ExitCode exit_code() const { return code_; }

 private:
  ExitCode code_;
};

/// A file could not be read or written.
class IoError : public Error {
 public:
  using Error::Error;
};

/// The scenario broke one or more rules; `issues()` lists every one of them.
class ValidationError : public Error {
 public:
  ValidationError(std::string file, std::vector<Issue> issues);
  [[nodiscard]] const std::vector<Issue>& issues() const { return issues_; }
  [[nodiscard]] const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::vector<Issue> issues_;
};

}  // namespace corridor
