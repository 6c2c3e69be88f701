#pragma once
// Private to io: the checks of io::validate, shared by the files that implement them.

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <corridor/io/hints.hpp>
#include <corridor/io/load_scenario.hpp>
#include <corridor/model/id_set.hpp>
#include <corridor/model/overrides.hpp>
#include <corridor/model/scenario.hpp>

namespace corridor::io::detail {

using model::kMaxAlternatives;
using model::kMaxVia;
inline constexpr double kHoursPerMonth = 365.25 * 24.0 / 12.0;
/// Longest horizon (and warm-up) of the capacity simulation, in days: 100 years, room for the
/// long runs that statistics on rare queues need (docs/scenario-format.md, "Limits").
inline constexpr double kMaxHorizonDays = 36'500.0;
/// The hint of every amount of money above model::kMaxUsd.
inline constexpr const char* kMoneyLimit = "amounts of money are at most USD 1,000,000,000";
inline constexpr const char* kThroughputLimit =
    "throughput limits are at most 10,000,000 TEU a day";

/// "list[i]"
inline std::string at(std::string_view list, std::size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

inline bool valid_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
  });
}

inline bool valid_country(std::string_view code) {
  return code.size() == 2 && std::isupper(static_cast<unsigned char>(code[0])) &&
         std::isupper(static_cast<unsigned char>(code[1]));
}

using model::IdSet;

/// Walks a scenario section by section and collects the rules it breaks.
class Checker {
 public:
  /// `unreadable`: the paths whose values the parser could not read (and defaulted). Their
  /// problems are already reported, so no rule reports them again, and rules that depend on
  /// them are skipped instead of reporting the default's consequences.
  Checker(const model::Scenario& s, const SourceMap& where,
          std::set<std::string, std::less<>> unreadable = {});
  /// Every rule broken, in section order.
  std::vector<Issue> run();
  /// The rules a policy and simulation run obey, for values given apart from the file
  /// (overrides): only the paths `where` records are range-checked.
  std::vector<Issue> run_overrides(const model::Overrides& overrides);

 private:
  // Helpers shared by the sections.
  /// The path was written in the file (or the scenario did not come from a file). Range checks
  /// skip values the parser defaulted, whose absence is already reported.
  [[nodiscard]] bool written(const std::string& path) const;
  /// Neither `path` nor anything under it was unreadable.
  [[nodiscard]] bool readable(std::string_view path) const;
  void error(const std::string& path, std::string message, std::string hint = {});
  void warning(const std::string& path, std::string message, std::string hint = {});
  /// Reports `value` below `min` (or not above it, when `strict`).
  void at_least(const std::string& path, double value, double min, bool strict = false);
  /// Reports an integer outside [min, max], when the path was written.
  void in_range(const std::string& path, std::int64_t value, std::int64_t min, std::int64_t max);
  /// Reports `value` above `max` (model/limits.hpp), with `why` the limit as a hint.
  void at_most(const std::string& path, double value, double max, std::string why);
  /// at_least(min, strict) and at_most(max): the range of one number.
  void between(const std::string& path, double value, double min, bool strict, double max,
               std::string why);
  static std::string number(double v);
  /// Reports an id missing from `known`, with the nearest known id as hint.
  void check_reference(const std::string& path, const std::string& id, const IdSet& known,
                       std::string_view what);
  /// Reports malformed and duplicate ids of one list.
  void check_ids(std::string_view list, const IdSet& ids);
  void check_ids(std::string_view list, const std::vector<std::string>& ids);
  void need_source(const std::string& path, const std::string& source, std::string_view what);

  // Sections (check_network.cpp, check_plan.cpp).
  void check_nodes();
  void check_link_end(const std::string& path, const model::Link& l, const std::string& node_id);
  void check_links();
  void check_cargo();
  void check_demand();
  // check_gates.cpp
  void check_line_ids();
  void check_checks();
  /// A check on a calibration metric: the scenario has observations, the bound fits the metric.
  void check_calibration_check(const std::string& path, const std::string& bound,
                               const model::Check& c);
  // check_observations.cpp
  void check_observations();
  /// An observed figure (a value or a range [low, high]) is in (0, max], low first.
  void check_figure(const std::string& path, const std::optional<model::ObservedRange>& r,
                    double max, std::string why);
  void check_policy(const model::Policy& policy);
  /// The policy's numbers; integers wide so that a value given outside its range is reported as
  /// given.
  struct PolicyNumbers {
    std::optional<std::int64_t> alternatives;
    std::optional<std::int64_t> pareto_max_labels;
    std::optional<std::int64_t> max_transshipments;
    std::optional<std::int64_t> max_gauge_changes;
    std::optional<double> max_days;
  };
  void check_policy_numbers(const PolicyNumbers& numbers);
  void check_constraint_lists(const model::Constraints& constraints);
  /// Rules between the scenario's policy and the overrides given on top of it.
  void check_merged_constraints(const model::Policy& merged, const model::PolicyOverrides& given);
  void check_emission_factors();
  void check_disruptions();
  /// Some timetabled link is closed by `d`, directly or through the node it leaves from.
  [[nodiscard]] bool closes_a_timetable(const model::Disruption& d) const;
  void check_simulation();
  /// The capacity simulation's overrides (check_capacity.cpp): its horizon, warm-up and demand
  /// scale as the file's keys are checked, and route-choice options only with their choice.
  void check_capacity_overrides(const model::Overrides& overrides);
  void check_route_choice(const model::CapacityOverrides& c);
  void check_shares(const std::string& choice, const std::vector<double>& shares);

  const model::Scenario& s_;
  const SourceMap& where_;
  std::set<std::string, std::less<>> unreadable_;
  Suggestions suggest_;
  IdSet node_ids_;
  IdSet link_ids_;
  IdSet cargo_ids_;
  IdSet line_ids_;  ///< demand line ids, filled by check_line_ids
  std::set<std::string> countries_;
  std::vector<Issue> issues_;
};

}  // namespace corridor::io::detail
