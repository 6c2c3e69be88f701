#pragma once
/// From a (merged) YAML document to a Scenario. Shape and type problems, and the parameters of
/// distributions and timetables, are reported here; rules that relate values to each other are
/// checked afterwards by validate().

#include <optional>
#include <string>
#include <vector>

#include <corridor/model/distribution.hpp>
#include <corridor/model/scenario.hpp>
#include <corridor/model/schedule.hpp>

#include "io/yaml_reader.hpp"

namespace corridor::io::detail {

[[nodiscard]] model::Scenario parse_scenario(const Field& root);

/// A distribution written in `unit_hours` units (1 for hours, 24 for days), returned in hours.
[[nodiscard]] std::optional<model::Distribution> parse_distribution(const Field& f,
                                                                    double unit_hours);

/// The `hours` or `days` key of a map, as a distribution in hours. Reports a missing key when
/// `required`, and both keys given at once.
[[nodiscard]] std::optional<model::Distribution> parse_duration(const Field& parent, bool required);

[[nodiscard]] std::optional<model::Schedule> parse_schedule(const Field& f);

/// What is wrong with a fixed duration of `value` (in units of `unit_hours`: 1 for hours, 24
/// for days): negative, or above model::kMaxHours; nullopt when nothing is.
[[nodiscard]] std::optional<std::string> fixed_duration_problem(double value, double unit_hours);

/// The `checks:` list (parse_checks.cpp); checks without an id get their default one.
[[nodiscard]] std::vector<model::Check> parse_checks(const Field& f);

/// The `observations:` list (parse_observations.cpp).
[[nodiscard]] std::vector<model::Observation> parse_observations(const Field& f);

}  // namespace corridor::io::detail
