// The rules of demand line ids and of checks: ids unique, a check's line known.

#include <cmath>
#include <map>
#include <string>

#include "io/checker.hpp"

namespace corridor::io::detail {

namespace {

/// Line ids are what --fail-if and checks name: letters, digits and the characters of the
/// default ids ("KHORGOS->VILNIUS_VIT/general").
bool valid_line_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
           c == '>' || c == '/';
  });
}

}  // namespace

void Checker::check_line_ids() {
  std::map<std::string, std::size_t> first;
  for (std::size_t i = 0; i < s_.demand.size(); ++i) {
    const auto& d = s_.demand[i];
    const std::string p = at("demand", i);
    const std::string path = written(p + ".id") ? p + ".id" : p;
    if (d.id.empty()) continue;  // reported by the parser
    if (!valid_line_id(d.id)) {
      error(path, "demand line id '" + d.id + "' may only use letters, digits, '_', '-', '.', " +
                      "'>' and '/'");
    } else if (d.id == model::kAllLines) {
      error(path, "'all' cannot be a demand line id", "checks use it to mean every line");
    }
    auto [it, inserted] = first.emplace(d.id, i);
    if (inserted) {
      line_ids_.add(d.id);
      continue;
    }
    const auto loc = where_.locate(at("demand", it->second));
    std::string hint = "the other is demand[" + std::to_string(it->second) + "] at line " +
                       std::to_string(loc.line) + "; give one of them its own id (id: NAME)";
    error(path, "duplicate demand line id '" + d.id + "'", std::move(hint));
  }
}

void Checker::check_checks() {
  std::map<std::string, std::size_t> first;
  for (std::size_t i = 0; i < s_.checks.size(); ++i) {
    const auto& c = s_.checks[i];
    const std::string p = at("checks", i);
    const std::string bound = p + "." + std::string(model::to_string(c.bound));
    if (model::is_calibration(c.metric)) {
      check_calibration_check(p, bound, c);
    } else if (!c.demand.empty() && c.demand != model::kAllLines && readable(p + ".demand")) {
      if (!line_ids_.contains(c.demand)) {
        std::string hint = suggest_.did_you_mean(c.demand, line_ids_.ordered());
        error(p + ".demand", "unknown demand line '" + c.demand + "'",
              hint.empty() ? "a demand line id (demand[].id, default FROM->TO), or all" : hint);
      }
    }
    if (written(bound) && !std::isfinite(c.limit)) error(bound, "must be a finite number");
    if (c.bound == model::Bound::max_increase_pct) at_least(bound, c.limit, -100.0);
    if (c.metric == model::Metric::on_time_share && c.bound != model::Bound::max_increase_pct) {
      between(bound, c.limit, 0.0, false, 1.0, "on_time_share is a share from 0 to 1");
    }
    if (c.id.empty()) continue;
    auto [it, inserted] = first.emplace(c.id, i);
    if (!inserted) {
      const auto loc = where_.locate(at("checks", it->second));
      error(written(p + ".id") ? p + ".id" : p, "duplicate check id '" + c.id + "'",
            "the other is checks[" + std::to_string(it->second) + "] at line " +
                std::to_string(loc.line) + "; give one of them its own id (id: NAME)");
    }
  }
}

void Checker::check_calibration_check(const std::string& path, const std::string& bound,
                                      const model::Check& c) {
  const std::string metric(model::to_string(c.metric));
  if (s_.observations.empty() && readable(path + ".metric")) {
    error(path + ".metric", metric + " needs observations to compare with",
          "add published journeys under observations: (docs/scenario-format.md#observations)");
  }
  if (c.bound == model::Bound::max_increase_pct) {
    error(bound, metric + " takes max or min",
          "calibration metrics are not compared with a base scenario");
  } else if (c.metric == model::Metric::days_within_range_share ||
             c.metric == model::Metric::usd_within_range_share) {
    between(bound, c.limit, 0.0, false, 1.0, metric + " is a share from 0 to 1");
  }
}

}  // namespace corridor::io::detail
