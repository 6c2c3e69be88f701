#include "report/closure_length.hpp"

#include <array>
#include <charconv>
#include <cstddef>
#include <type_traits>
#include <variant>

#include "report/format.hpp"

namespace corridor::report::detail {

namespace {

/// The shortest text that reads back as `v`.
std::string shortest(double v) {
  std::array<char, 32> buffer{};
  const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), v).ptr;
  return {buffer.data(), end};
}

std::string listed(const std::vector<double>& values) {
  std::string text;
  for (std::size_t i = 0; i < values.size(); ++i)
    text += (i ? ", " : "") + shortest(values[i]);
  return text;
}

/// Empirical samples named one by one up to this many.
constexpr std::size_t kSamplesNamed = 6;

}  // namespace

Json length_json(const model::Distribution& length) {
  return std::visit(
      [](const auto& d) -> Json {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, model::Fixed>) {
          return d.value;
        } else if constexpr (std::is_same_v<T, model::Uniform>) {
          return {{"uniform", {d.min, d.max}}};
        } else if constexpr (std::is_same_v<T, model::Triangular>) {
          return {{"triangular", {d.min, d.mode, d.max}}};
        } else if constexpr (std::is_same_v<T, model::Pert>) {
          return {
              {"pert", {{"min", d.min}, {"mode", d.mode}, {"max", d.max}, {"lambda", d.lambda}}}};
        } else if constexpr (std::is_same_v<T, model::LogNormal>) {
          return {{"lognormal", {{"mu", d.mu}, {"sigma", d.sigma}, {"shift", d.shift}}}};
        } else if constexpr (std::is_same_v<T, model::EmpiricalSamples>) {
          return {{"empirical", {{"samples", d.values}}}};
        } else {
          Json knots = Json::array();
          for (std::size_t i = 0; i < d.values.size(); ++i)
            knots.push_back({d.probabilities[i], d.values[i]});
          return {{"empirical", {{"quantiles", std::move(knots)}}}};
        }
      },
      length.variant());
}

std::string describe_length(const model::Distribution& length) {
  const std::string family = std::visit(
      [&length](const auto& d) -> std::string {
        using T = std::decay_t<decltype(d)>;
        if constexpr (std::is_same_v<T, model::Fixed>) {
          return {};
        } else if constexpr (std::is_same_v<T, model::Uniform>) {
          return "uniform (" + listed({d.min, d.max}) + ")";
        } else if constexpr (std::is_same_v<T, model::Triangular>) {
          return "triangular (" + listed({d.min, d.mode, d.max}) + ")";
        } else if constexpr (std::is_same_v<T, model::Pert>) {
          return "PERT (" + listed({d.min, d.mode, d.max}) + ", lambda " + shortest(d.lambda) + ")";
        } else if constexpr (std::is_same_v<T, model::LogNormal>) {
          return "log-normal (median " + grouped(length.quantile(0.5), 1) + ", p95 " +
                 grouped(length.quantile(0.95), 1) +
                 (d.shift > 0.0 ? ", shift " + shortest(d.shift) : std::string()) + ")";
        } else if constexpr (std::is_same_v<T, model::EmpiricalSamples>) {
          if (d.values.size() > kSamplesNamed) {
            return "empirical (" + std::to_string(d.values.size()) + " samples)";
          }
          return "empirical (" + listed(d.values) + ")";
        } else {
          return "empirical (" + std::to_string(d.values.size()) + " quantiles)";
        }
      },
      length.variant());
  if (family.empty()) return grouped(length.mean(), 1) + " h";
  return family + " h, mean " + grouped(length.mean(), 1) + " h";
}

std::string describe_closure(const model::ClosureSimulation& c) {
  const std::string window = grouped(c.departure_window_days, 0) + "-day departure window";
  std::string when;
  if (c.start == model::ClosureStart::uniform) {
    when = " starting at a uniform hour, drawn per journey, between hours " +
           grouped(c.from_hours, 1) + " and " + grouped(c.until_hours, 1) +
           " (the middle half of the " + window + ")";
  } else if (c.length.is_fixed()) {
    when = " from hour " + grouped(c.from_hours, 1) + " (mid-way through the " + window + ")";
  } else {
    when = " centred in the " + window + ", drawn per journey (hours " + grouped(c.from_hours, 1) +
           " to " + grouped(c.until_hours, 1) + " at the longest)";
  }
  return describe_length(c.length) + (c.length.is_fixed() ? "" : ",") + when + ", " +
         grouped(static_cast<double>(c.replications), 0) + " journeys per line, seed " +
         std::to_string(c.seed) +
         "; shipments keep their best route and wait; TEU-days of delay per closure";
}

}  // namespace corridor::report::detail
