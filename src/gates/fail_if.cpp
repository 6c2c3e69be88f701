#include <charconv>
#include <cmath>
#include <string>

#include <corridor/error.hpp>
#include <corridor/gates/fail_if.hpp>
#include <corridor/io/hints.hpp>

namespace corridor::gates {

namespace {

constexpr const char* kForm =
    "write [LINE.]METRIC > LIMIT, [LINE.]METRIC < LIMIT or [LINE.]METRIC > +N%, e.g. "
    "'KHORGOS->VILNIUS_VIT.p95_days > 40' or 'usd > +10%'";

[[noreturn]] void fail(std::string_view expression, std::size_t column, std::string message,
                       std::string hint = kForm) {
  throw ValidationError(
      "", {Issue{Issue::Severity::error,
                 {},
                 "--fail-if '" + std::string(expression) + "'",
                 "at column " + std::to_string(column + 1) + ": " + std::move(message),
                 std::move(hint)}});
}

std::size_t skip_spaces(std::string_view text, std::size_t i) {
  while (i < text.size() && text[i] == ' ')
    ++i;
  return i;
}

model::Metric metric_of(std::string_view expression, std::string_view name, std::size_t at) {
  if (auto metric = model::parse_metric(name)) return *metric;
  std::string hint = io::did_you_mean(name, model::metric_names());
  fail(expression, at, "unknown metric '" + std::string(name) + "'",
       hint.empty() ? model::metric_hint() : hint);
}

/// The first '<' or '>' that is not the arrow of a line id ("KHORGOS->VILNIUS_VIT").
std::size_t comparison(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '<' || (text[i] == '>' && (i == 0 || text[i - 1] != '-'))) return i;
  }
  return std::string_view::npos;
}

}  // namespace

FailIf parse_fail_if(std::string_view expression) {
  FailIf out{{}, std::string(expression)};
  auto& c = out.check;
  const std::size_t start = skip_spaces(expression, 0);
  const std::size_t op = comparison(expression);
  if (op == std::string_view::npos) fail(expression, expression.size(), "no comparison (> or <)");
  std::size_t end = op;
  while (end > start && expression[end - 1] == ' ')
    --end;
  const std::string_view subject = expression.substr(start, end - start);
  if (subject.empty())
    fail(expression, start, "no metric before '" + std::string(1, expression[op]) + "'");
  // A line id may hold dots; the metric is what follows the last one.
  const std::size_t dot = subject.rfind('.');
  const std::size_t metric_at = dot == std::string_view::npos ? start : start + dot + 1;
  c.metric = metric_of(expression, subject.substr(metric_at - start), metric_at);
  c.demand = dot == std::string_view::npos ? std::string(model::kAllLines)
                                           : std::string(subject.substr(0, dot));
  if (c.demand.empty()) fail(expression, start, "no demand line before '.'");
  if (model::is_calibration(c.metric)) {
    // About the observations: no line, or `observations.` before the metric.
    if (c.demand != model::kAllLines && c.demand != model::kObservations) {
      fail(expression, start,
           std::string(model::to_string(c.metric)) +
               " is about the scenario's observations, not a demand line",
           "write '" + std::string(model::to_string(c.metric)) + " > LIMIT'");
    }
    c.demand = std::string(model::kObservations);
  }
  std::size_t i = op + 1;
  if (i < expression.size() && expression[i] == '=') {
    fail(expression, op, "'" + std::string(expression.substr(op, 2)) + "' is not a comparison",
         "use > or <: the check fails when the value is beyond the limit");
  }
  i = skip_spaces(expression, i);
  const char* first = expression.data() + i;
  const char* last = expression.data() + expression.size();
  const bool sign = i < expression.size() && expression[i] == '+';
  double limit = 0.0;
  const auto [ptr, error] = std::from_chars(first + (sign ? 1 : 0), last, limit);
  if (error != std::errc() || !std::isfinite(limit)) {
    fail(expression, i, "expected a number after '" + std::string(1, expression[op]) + "'");
  }
  std::size_t rest = static_cast<std::size_t>(ptr - expression.data());
  const bool percent = rest < expression.size() && expression[rest] == '%';
  if (percent) ++rest;
  rest = skip_spaces(expression, rest);
  if (rest != expression.size()) {
    fail(expression, rest, "unexpected '" + std::string(expression.substr(rest)) + "'");
  }
  if (percent) {
    if (expression[op] != '>') {
      fail(expression, op, "a relative limit fails on an increase: write > +N%", kForm);
    }
    if (limit < -100.0) fail(expression, i, "an increase is at least -100%");
    if (model::is_calibration(c.metric)) {
      fail(expression, i,
           std::string(model::to_string(c.metric)) + " is not compared with a base scenario",
           "write an absolute limit, e.g. '" + std::string(model::to_string(c.metric)) + " > 25'");
    }
    c.bound = model::Bound::max_increase_pct;
  } else {
    if (sign) fail(expression, i, "'+' marks a relative limit: write +N%");
    c.bound = expression[op] == '>' ? model::Bound::max : model::Bound::min;
  }
  c.limit = limit;
  c.id = std::string(expression);
  return out;
}

}  // namespace corridor::gates
