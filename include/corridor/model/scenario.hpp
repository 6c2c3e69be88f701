#pragma once
/// The scenario: everything a run needs, as plain values. Filled by io/load_scenario.hpp,
/// checked by io/validate.hpp, read by every engine. No I/O, no YAML, no Boost here.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <corridor/model/calendar.hpp>
#include <corridor/model/check.hpp>
#include <corridor/model/container.hpp>
#include <corridor/model/distribution.hpp>
#include <corridor/model/limits.hpp>
#include <corridor/model/mode.hpp>
#include <corridor/model/observation.hpp>
#include <corridor/model/schedule.hpp>
#include <corridor/model/units.hpp>

namespace corridor::model {

struct LatLon {
  double lat = 0.0;
  double lon = 0.0;
};

/// Transshipment at a node: what it takes to move a container between two ports (mode or
/// gauge). A node without `Handling` cannot transship.
struct Handling {
  Distribution hours;
  Usd usd_per_teu{0.0};
  std::optional<KgCo2e> kg_co2e_per_teu;  ///< default: EmissionFactors::handling_kg_per_teu
  std::optional<int> servers;             ///< parallel handling lines (capacity)
  /// Per box whatever its size; the scenario gives this or usd_per_teu. Last, so that code
  /// initialising the fields above in order stays as it was.
  Usd usd_per_container{0.0};
};

/// A limit on what passes a node or a link. A shipment of w TEU occupies the limit for
/// w x 24 / teu_per_day hours after it passes, so passings are spaced evenly (see
/// corridor/des/throughput_limit.hpp); the capacity simulation applies it, routing does not.
struct Capacity {
  std::optional<double> teu_per_day;  ///< TEU per day; absent = unlimited

  [[nodiscard]] bool limited() const { return teu_per_day.has_value(); }
};

/// What every shipment passing the node spends there, transshipped or not: border formalities,
/// inspections, train re-formation.
struct Dwell {
  Distribution hours;
  Usd usd_per_teu{0.0};
  Usd usd_per_container{0.0};  ///< per box whatever its size (the scenario gives one of the two)
};

struct Node {
  std::string id;
  std::string name;
  std::string country;  ///< ISO 3166-1 alpha-2
  NodeKind kind = NodeKind::terminal;
  std::optional<LatLon> location;
  std::optional<Handling> handling;
  std::optional<Dwell> dwell;
  std::vector<Mode> modes;  ///< modes served; empty = whatever the incident links use
  std::vector<int> gauges;  ///< rail gauges served (mm); empty = whatever the incident links use
  Usd storage_usd_per_teu_day{0.0};  ///< charged while waiting here for a departure or a closure
  Capacity capacity;                 ///< every shipment starting, passing or ending here
  std::string source;
};

/// A link's charges: flat and per km, each per TEU or per container (a box of any size pays
/// the same); a container of n TEU pays per TEU usd_per_teu + usd_per_container / n.
struct Tariff {
  Usd usd_per_teu{0.0};               ///< flat charge per TEU
  double usd_per_teu_km = 0.0;        ///< distance-based charge per TEU
  Usd usd_per_container{0.0};         ///< flat charge per container
  double usd_per_container_km = 0.0;  ///< distance-based charge per container
};

struct Link {
  std::string id;
  std::string from;
  std::string to;
  Mode mode = Mode::rail;
  std::optional<int> gauge_mm;  ///< rail only
  Km distance{0.0};
  std::optional<Distribution> hours;  ///< running time; or derived from speed_kmh
  std::optional<double> speed_kmh;
  Tariff tariff;
  std::optional<double> co2e_g_per_tkm;  ///< overrides the mode's default factor
  std::optional<Schedule> schedule;
  bool bidirectional = true;
  bool open = true;
  std::vector<std::string> transit_countries;  ///< countries crossed between the end nodes
  Capacity capacity;                           ///< per direction
  std::string source;

  /// The running-time distribution (from `hours`, or a fixed distance / speed).
  [[nodiscard]] Distribution running_time() const;
  [[nodiscard]] Port port() const {
    return Port{mode, mode == Mode::rail ? gauge_mm.value_or(0) : 0};
  }
};

struct Cargo {
  std::string id;
  Tonnes tonnes_per_teu{0.0};
  Usd value_usd_per_teu{0.0};
  std::optional<Usd> value_of_time_usd_per_teu_day;  ///< default: value x capital rate / 365
  std::string source;
};

/// When a demand line's cargo is ready at the origin (the Monte Carlo engine's clock).
enum class Ready : std::uint8_t {
  uniform,          ///< at a uniform time in the departure window: it waits for the first leg
  first_departure,  ///< just in time for the first leg's next departure after that time
};
[[nodiscard]] std::string_view to_string(Ready ready);
[[nodiscard]] std::optional<Ready> parse_ready(std::string_view text);

/// How a demand line's shipments arrive over time in the capacity simulation.
enum class Arrivals : std::uint8_t {
  poisson,  ///< a Poisson process: independent, exponentially distributed gaps
  regular,  ///< evenly spaced, from a random phase
};
[[nodiscard]] std::string_view to_string(Arrivals arrivals);
[[nodiscard]] std::optional<Arrivals> parse_arrivals(std::string_view text);

struct Demand {
  std::string from;
  std::string to;
  std::string cargo;
  double teu_per_week = 0.0;
  std::optional<double> deadline_days;
  Ready ready = Ready::uniform;
  /// TEU moved together: 1 for single containers, the train's TEU for block trains.
  double shipment_teu = 1.0;
  Arrivals arrivals = Arrivals::poisson;
  /// The box the line ships: what per-container charges are shared by (20 ft: 1 TEU).
  Container container = Container::ft20;
  /// Names the line in reports, checks and comparisons: as written, or by default "FROM->TO",
  /// "FROM->TO/CARGO" when two lines share their places (assign_line_ids).
  std::string id{};
};

/// The id a demand line gets when none is written: "FROM->TO", or "FROM->TO/CARGO" when
/// `ambiguous` (another line of the scenario runs between the same places).
[[nodiscard]] std::string default_line_id(const Demand& demand, bool ambiguous);

/// Gives every line without an id its default one (default_line_id), in place. O(n log n).
void assign_line_ids(std::vector<Demand>& demand);

enum class Objective : std::uint8_t { cost, time, co2, generalized };
[[nodiscard]] std::string_view to_string(Objective objective);
[[nodiscard]] std::optional<Objective> parse_objective(std::string_view text);
/// "objectives are cost, time, co2, generalized": the hint for an unknown objective.
[[nodiscard]] std::string objective_hint();
/// "modes are rail, road, sea, ferry": the hint for an unknown mode.
[[nodiscard]] std::string mode_hint();

/// Restrictions on which routes count. Every search (shortest, k alternatives, Pareto) obeys
/// the same constraints.
struct Constraints {
  std::vector<std::string> avoid_countries;
  std::vector<Mode> avoid_modes;
  std::vector<std::string> avoid_links;
  std::vector<std::string> avoid_nodes;
  std::vector<std::string> via;  ///< every one of these nodes must be on the route
  std::optional<int> max_transshipments;
  std::optional<int> max_gauge_changes;
  /// Routes whose expected door-to-door time is longer are not routes (days > 0).
  std::optional<double> max_days;

  [[nodiscard]] bool empty() const;
};

struct Policy {
  Objective objective = Objective::generalized;
  Constraints constraints;
  int alternatives = 1;  ///< routes listed per demand line
  bool pareto = false;   ///< also list the Pareto options per demand line
  /// Budget of a Pareto search, in labels; past it the line's options are incomplete.
  std::int64_t pareto_max_labels = kDefaultParetoMaxLabels;
  double capital_cost_rate_per_year = 0.10;  ///< for the default value of time
  std::string capital_cost_source = "estimate: 10 %/year cost of capital tied up in transit";
};

/// Emission factors per mode (g CO2e per tonne-km) and per TEU handled at a transshipment.
struct EmissionFactors {
  std::array<double, 4> g_per_tkm{};    ///< indexed by Mode
  std::array<std::string, 4> source{};  ///< where each factor comes from
  double handling_kg_per_teu = 0.0;
  std::string handling_source;

  [[nodiscard]] double factor(Mode mode) const { return g_per_tkm[static_cast<std::size_t>(mode)]; }
};

/// What a timetabled departure cancelled by a closure turns into.
enum class Resume : std::uint8_t {
  next_departure,  ///< nothing: its cargo takes the first regular departure after the closure
  when_open,       ///< an extra departure as soon as the closure is over
};
[[nodiscard]] std::string_view to_string(Resume resume);
[[nodiscard]] std::optional<Resume> parse_resume(std::string_view text);

/// Largest expected number of random closures a month (`monthly_rate`).
inline constexpr double kMaxMonthlyRate = 100.0;

/// A closure of links or nodes: random and/or fixed windows. Random closures start either at
/// most once a calendar month, with that month's probability (`monthly_probability`), or a
/// Poisson number of times a month, with that month's mean (`monthly_rate`); each lasts a draw
/// of `duration_hours`. Cargo that reaches a closed element waits.
struct Disruption {
  struct Window {
    double from_hours = 0.0;  ///< simulation hours
    double to_hours = 0.0;
  };
  std::string id;
  std::vector<std::string> links;
  std::vector<std::string> nodes;
  std::array<double, 12> monthly_probability{};  ///< January .. December
  std::array<double, 12> monthly_rate{};         ///< closures a month (Poisson), January first
  std::optional<Distribution> duration_hours;
  std::vector<Window> windows;
  /// One closure a replication, drawn (no scenario file sets it: `corridor criticality
  /// --simulate` adds it). It lasts a draw of `length_hours`, cut to the span of `within`, and
  /// starts at a uniform hour in [within.from_hours, within.to_hours - length] (`centred`: at
  /// the middle of `within` less half the length).
  struct DrawnWindow {
    Distribution length_hours;
    Window within;
    bool centred = false;
  };
  std::optional<DrawnWindow> drawn_window;
  Resume resume = Resume::next_departure;
  std::string source;

  /// Random closures can start (a probability or a rate above 0 in some month).
  [[nodiscard]] bool is_random() const;
  /// Random closures are given by `monthly_rate` (a Poisson number a month).
  [[nodiscard]] bool is_poisson() const;
};

struct SimulationSettings {
  int replications = 10000;
  std::uint64_t seed = 42;
  CivilDate start_date{2025, 1, 1};
  double departure_window_days = 365.0;  ///< departures spread uniformly over this window
  int histogram_bins = 30;
  // The capacity simulation.
  double horizon_days = 365.0;  ///< demand is generated from hour 0 to the horizon
  double warmup_days = 30.0;    ///< shipments generated earlier are not counted
  double demand_scale = 1.0;    ///< multiplies every demand line's teu_per_week
};

struct Scenario {
  std::string name;
  std::string description;
  std::vector<Node> nodes;
  std::vector<Link> links;
  std::vector<Cargo> cargo;
  std::vector<Demand> demand;
  Policy policy;
  EmissionFactors emission_factors;
  std::vector<Disruption> disruptions;
  SimulationSettings simulation;
  std::vector<Check> checks;  ///< gates `corridor check` and `corridor compare` evaluate
  std::vector<Observation> observations;  ///< published journeys (`corridor calibrate`)

  /// Linear look-ups by id, for the few places that do not keep an index (O(n)).
  [[nodiscard]] const Cargo* find_cargo(std::string_view id) const;
  [[nodiscard]] std::optional<std::size_t> node_index(std::string_view id) const;
  [[nodiscard]] std::optional<std::size_t> cargo_index(std::string_view id) const;
  /// Value of time in USD per TEU per hour for a cargo profile.
  [[nodiscard]] double value_of_time_usd_per_teu_hour(const Cargo& cargo) const;
};

/// Built-in emission factors (from published DEFRA factors, each with its source).
[[nodiscard]] EmissionFactors default_emission_factors();

}  // namespace corridor::model
