#pragma once
/// What a scenario's demand moves: every demand line's weekly TEU on one route, in TEU, USD and
/// kg CO2e a week and a year.

#include <cstddef>

#include <corridor/model/units.hpp>

namespace corridor::model {

/// Weeks in a year of 365.25 days.
inline constexpr double kWeeksPerYear = 365.25 / 7.0;

/// Sums over demand lines. USD and CO2e cover the lines that have a route; `teu_per_week` counts
/// every line, so `teu_per_week - routed_teu_per_week` is the volume nothing carries.
struct Totals {
  std::size_t lines = 0;         ///< demand lines
  std::size_t routed_lines = 0;  ///< of which have a route
  double teu_per_week = 0.0;
  double routed_teu_per_week = 0.0;
  Usd usd_per_week{0.0};
  KgCo2e co2e_per_week{0.0};

  /// Adds a line of `teu_per_week` TEU without a route.
  void add_unrouted(double teu) {
    ++lines;
    teu_per_week += teu;
  }
  /// Adds a line of `teu_per_week` TEU on a route costing `usd` and emitting `co2e` per TEU.
  void add_routed(double teu, Usd usd, KgCo2e co2e) {
    add_unrouted(teu);
    ++routed_lines;
    routed_teu_per_week += teu;
    if (teu == 0.0) return;  // nothing moves: no cost, even where it is unbounded (0 x inf)
    usd_per_week += usd * teu;
    co2e_per_week += co2e * teu;
  }

  [[nodiscard]] double teu_per_year() const { return teu_per_week * kWeeksPerYear; }
  [[nodiscard]] Usd usd_per_year() const { return usd_per_week * kWeeksPerYear; }
  [[nodiscard]] KgCo2e co2e_per_year() const { return co2e_per_week * kWeeksPerYear; }
};

}  // namespace corridor::model
