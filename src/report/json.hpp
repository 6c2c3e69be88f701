#pragma once
// Private to report: the JSON documents, and the building blocks the routes and simulation
// documents share.

#include <optional>

#include <nlohmann/json.hpp>

#include <corridor/model/result.hpp>

namespace corridor::report::detail {

using Json = nlohmann::ordered_json;

[[nodiscard]] Json route_json(const model::Route& route, const model::NetworkView& net,
                              bool with_steps);
[[nodiscard]] Json demand_json(const model::OdResult& od);
[[nodiscard]] Json constraints_json(const model::Constraints& c);
[[nodiscard]] Json emission_factors_json(const model::EmissionFactors& f);
/// `v` rounded to `decimals` places (report::rounded), or null when there is none.
[[nodiscard]] Json optional_number(const std::optional<double>& v, int decimals);
/// Two-space indented, newline-terminated.
void dump(const Json& doc, std::ostream& out);

void write_routes_json(const model::RunResult& run, std::ostream& out);

}  // namespace corridor::report::detail
