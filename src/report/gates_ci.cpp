// CI formats of check and compare (JUnit XML, GitHub annotations) and the dispatch of every
// format (corridor/report/gates.hpp).

#include <array>
#include <utility>

#include <corridor/report/gates.hpp>
#include <corridor/report/labels.hpp>

#include "report/document.hpp"
#include "report/gates_human.hpp"
#include "report/gates_machine.hpp"
#include "report/gates_tables.hpp"

namespace corridor::report {

namespace detail {

namespace {

std::string xml_escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        // XML 1.0 allows no control characters but tab, line feed and carriage return.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += '?';
        } else {
          out += c;
        }
    }
  }
  return out;
}

/// GitHub workflow commands: data escapes %, CR and LF; properties also ':' and ','.
std::string github_escaped(std::string_view text, bool property) {
  std::string out;
  for (const char c : text) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else if (property && c == ':') {
      out += "%3A";
    } else if (property && c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

void annotation(std::ostream& out, const SourceLocation& where, const std::string& message) {
  out << "::error";
  if (!where.file.empty()) {
    out << " file=" << github_escaped(where.file, true);
    if (where.line > 0) out << ",line=" << where.line;
    if (where.column > 0) out << ",col=" << where.column;
  }
  out << "::" << github_escaped(message, false) << '\n';
}

std::string check_title(const model::CheckOutcome& c) {
  return c.id + (c.line == c.id ? "" : " [" + c.line + "]") + " in " + c.scenario;
}

void junit_case(std::ostream& out, const std::string& suite, const std::string& name,
                const std::string& failure, bool skipped, const std::string& body) {
  out << "    <testcase classname=\"" << xml_escaped(suite) << "\" name=\"" << xml_escaped(name)
      << "\"";
  if (failure.empty() && !skipped && body.empty()) {
    out << "/>\n";
    return;
  }
  out << ">\n";
  if (skipped) out << "      <skipped message=\"" << xml_escaped(body) << "\"/>\n";
  if (!failure.empty()) {
    out << "      <failure message=\"" << xml_escaped(failure) << "\">" << xml_escaped(failure)
        << "</failure>\n";
  }
  if (!skipped && !body.empty()) {
    out << "      <system-out>" << xml_escaped(body) << "</system-out>\n";
  }
  out << "    </testcase>\n";
}

/// The scenarios whose lines are judged: the checked one, or every variant.
std::pair<std::size_t, std::size_t> judged(const model::GateRun& run) {
  return run.comparison() ? std::pair{std::size_t{1}, run.scenarios.size()}
                          : std::pair{std::size_t{0}, std::size_t{1}};
}

std::string figures(const model::LineAnswer& line, const model::NetworkView& net, bool simulated) {
  std::string text = corridor_of(&line, net);
  for (const auto metric : shown_metrics(simulated)) {
    const auto v = model::metric_value(line, metric);
    if (v) text += "; " + std::string(model::to_string(metric)) + " " + fixed(*v, 2);
  }
  return text;
}

}  // namespace

void write_github(const model::GateRun& run, std::ostream& out) {
  for (const auto& c : run.checks) {
    if (c.skipped || c.passed) continue;
    annotation(out, c.where,
               "check " + check_title(c) + " failed: " + c.message +
                   (c.origin.starts_with("--") ? " (" + c.origin + ")" : ""));
  }
  out << "::notice::" << github_escaped(verdict(run), false) << '\n';
}

}  // namespace detail

std::optional<GateFormat> parse_gate_format(std::string_view name) {
  constexpr std::array<std::pair<std::string_view, GateFormat>, 5> kNames{{
      {"text", GateFormat::text},
      {"md", GateFormat::md},
      {"json", GateFormat::json},
      {"csv", GateFormat::csv},
      {"github", GateFormat::github},
  }};
  for (const auto& [n, f] : kNames) {
    if (n == name) return f;
  }
  return std::nullopt;
}

void write(const model::GateRun& run, GateFormat format, std::ostream& out) {
  switch (format) {
    case GateFormat::text:
    case GateFormat::md: {
      detail::Document doc(format == GateFormat::text ? detail::Document::Style::text
                                                      : detail::Document::Style::markdown,
                           out);
      detail::render_gates(run, doc);
      return;
    }
    case GateFormat::json:
      detail::write_gates_json(run, out);
      return;
    case GateFormat::csv:
      detail::write_gates_csv(run, out);
      return;
    case GateFormat::github:
      detail::write_github(run, out);
      return;
  }
}

void write_junit(const model::GateRun& run, std::ostream& out) {
  using detail::xml_escaped;
  const std::string name = run.comparison() ? "corridor compare" : "corridor check";
  std::size_t lines = 0;
  const auto [first, last] = detail::judged(run);
  for (std::size_t i = first; i < last; ++i)
    lines += run.scenarios[i].lines.size();
  std::size_t skipped = 0;
  for (const auto& c : run.checks)
    skipped += c.skipped ? 1U : 0U;
  std::size_t line_failures = 0;
  std::vector<std::string> line_failure(lines);
  std::size_t k = 0;
  for (std::size_t i = first; i < last; ++i) {
    for (const auto& line : run.scenarios[i].lines) {
      for (const auto& c : run.checks) {
        if (c.skipped || c.passed || c.scenario != run.scenarios[i].name) continue;
        if (c.line != line.demand.id) continue;
        line_failure[k] += (line_failure[k].empty() ? "" : "; ") + c.id + ": " + c.message;
      }
      line_failures += line_failure[k].empty() ? 0U : 1U;
      ++k;
    }
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << "<testsuites name=\"" << name << "\" tests=\"" << run.checks.size() + lines
      << "\" failures=\"" << run.failures() + line_failures << "\">\n";
  out << "  <testsuite name=\"checks\" tests=\"" << run.checks.size() << "\" failures=\""
      << run.failures() << "\" skipped=\"" << skipped << "\">\n";
  for (const auto& c : run.checks) {
    detail::junit_case(out, "corridor.checks." + c.scenario, detail::check_title(c),
                       c.passed || c.skipped ? "" : c.message, c.skipped, c.message);
  }
  out << "  </testsuite>\n";
  out << "  <testsuite name=\"lines\" tests=\"" << lines << "\" failures=\"" << line_failures
      << "\" skipped=\"0\">\n";
  k = 0;
  for (std::size_t i = first; i < last; ++i) {
    const auto& s = run.scenarios[i];
    for (const auto& line : s.lines) {
      detail::junit_case(out, "corridor.lines." + s.name, line.demand.id, line_failure[k++], false,
                         detail::figures(line, s.network, run.simulated));
    }
  }
  out << "  </testsuite>\n</testsuites>\n";
}

void write_summary(const model::GateRun& run, std::ostream& out) {
  detail::render_summary(run, out);
}

void write_annotations(const std::vector<Issue>& issues, std::ostream& out) {
  for (const auto& issue : issues) {
    if (issue.severity != Issue::Severity::error) continue;
    std::string message = (issue.path.empty() ? "" : issue.path + ": ") + issue.message;
    if (!issue.hint.empty()) message += "\nhint: " + issue.hint;
    detail::annotation(out, issue.where, message);
  }
}

}  // namespace corridor::report
