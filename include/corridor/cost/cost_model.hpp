#pragma once
/// Expected time, money and emissions of one TEU over one element of the network.
///
/// Pure functions of the scenario's values. Durations enter at their mean; a timetable adds its
/// expected wait (and the storage charged during it); emissions split into a part proportional
/// to the cargo's tonnes (running) and a part per TEU (handling); money into charges per TEU
/// and charges per container, which a box of n TEU shares among them (for_container).

#include <corridor/model/scenario.hpp>

namespace corridor::cost {

struct ElementCost {
  double km = 0.0;
  double running_hours = 0.0;
  double waiting_hours = 0.0;
  double handling_hours = 0.0;
  double dwell_hours = 0.0;
  double tariff_usd = 0.0;
  double handling_usd = 0.0;
  double fees_usd = 0.0;
  double storage_usd = 0.0;
  double co2e_kg_per_tonne = 0.0;  ///< multiplied by the cargo's tonnes per TEU
  double co2e_kg_per_teu = 0.0;    ///< independent of the cargo's mass
  // Charges per container, whatever its size (usd() leaves them out; see for_container).
  double tariff_container_usd = 0.0;
  double handling_container_usd = 0.0;
  double fees_container_usd = 0.0;

  [[nodiscard]] double container_usd() const {
    return tariff_container_usd + handling_container_usd + fees_container_usd;
  }
  /// The cost per TEU of a container of `teu_per_container` TEU (1 or 2): each per-container
  /// charge divided by it and added to the per-TEU charge of its kind. Precondition:
  /// teu_per_container > 0. O(1).
  [[nodiscard]] ElementCost for_container(double teu_per_container) const;

  [[nodiscard]] double hours() const {
    return running_hours + waiting_hours + handling_hours + dwell_hours;
  }
  /// The charges per TEU (per-container ones left out until for_container shares them).
  [[nodiscard]] double usd() const { return tariff_usd + handling_usd + fees_usd + storage_usd; }
  [[nodiscard]] double co2e_kg(double tonnes_per_teu) const {
    return co2e_kg_per_tonne * tonnes_per_teu + co2e_kg_per_teu;
  }
};

/// Running over `link`, leaving from `from` (which charges storage during the expected wait).
/// CO2e: the link's own factor, else the mode's, in g per tonne-km.
[[nodiscard]] ElementCost leg_cost(const model::Link& link, const model::Node& from,
                                   const model::EmissionFactors& factors);

/// Passing `node` on the port the shipment arrived on: its dwell only.
[[nodiscard]] ElementCost dwell_cost(const model::Node& node);

/// Changing port at `node`: its dwell plus its handling (time, charge, emissions).
/// Precondition: node.handling is set.
[[nodiscard]] ElementCost transfer_cost(const model::Node& node,
                                        const model::EmissionFactors& factors);

/// The scalar a route search minimises, per TEU.
struct Weighting {
  model::Objective objective = model::Objective::generalized;
  double tonnes_per_teu = 0.0;
  double value_of_time_usd_per_teu_hour = 0.0;

  /// USD for cost, hours for time, kg for co2, USD + value of time x hours for generalized.
  /// Inline: the searches' weights call it once per edge of the network.
  [[nodiscard]] double operator()(double hours, double usd, double co2e_kg) const {
    switch (objective) {
      case model::Objective::cost:
        return usd;
      case model::Objective::time:
        return hours;
      case model::Objective::co2:
        return co2e_kg;
      case model::Objective::generalized:
        return usd + value_of_time_usd_per_teu_hour * hours;
    }
    return usd;
  }
};

}  // namespace corridor::cost
