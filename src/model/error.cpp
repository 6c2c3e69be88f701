#include <utility>

#include <corridor/error.hpp>
#include <corridor/model/printable.hpp>

namespace corridor {

std::string format_issue(const Issue& issue) {
  // Messages quote values from the scenario; none may reach the terminal as a control code.
  using model::printable;
  std::string text;
  if (!issue.where.file.empty()) {
    text += printable(issue.where.file);
    if (issue.where.line > 0) {
      text += ':' + std::to_string(issue.where.line) + ':' + std::to_string(issue.where.column);
    }
    text += ": ";
  }
  text += issue.severity == Issue::Severity::error ? "error: " : "warning: ";
  if (!issue.path.empty()) text += printable(issue.path) + ": ";
  text += printable(issue.message);
  if (!issue.hint.empty()) text += "\n  hint: " + printable(issue.hint);
  return text;
}

std::string exit_code_summary() {
  std::string text = "Exit codes:";
  for (std::size_t i = 0; i < kExitCodes.size(); ++i) {
    text += (i ? ", " : " ") + std::to_string(static_cast<int>(kExitCodes[i])) + " " +
            std::string(meaning(kExitCodes[i]));
  }
  return text + ".";
}

namespace {
std::string summary(const std::string& file, const std::vector<Issue>& issues) {
  std::size_t errors = 0;
  for (const auto& issue : issues)
    errors += issue.severity == Issue::Severity::error ? 1 : 0;
  return std::to_string(errors) + (errors == 1 ? " error in " : " errors in ") + file;
}
}  // namespace

ValidationError::ValidationError(std::string file, std::vector<Issue> issues)
    : Error(summary(file, issues)), file_(std::move(file)), issues_(std::move(issues)) {}

}  // namespace corridor
