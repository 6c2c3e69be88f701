#pragma once
/// The ranges every scenario value must lie in, defined once and shared by the loader, its
/// checks and the command line. docs/scenario-format.md ("Limits") lists them for users.
///
/// The upper bounds are far beyond any real corridor; they exist so that a typing slip (a value
/// in the wrong unit, a stray exponent) is an error instead of an infinite or NaN result.

#include <cstddef>
#include <cstdint>
#include <limits>

namespace corridor::model {

/// Longest duration anywhere in a scenario: 10 years of 365 days, in hours. Applies to every
/// parameter of a duration distribution and to its mean.
inline constexpr double kMaxHours = 87'600.0;
/// Longest departure window, deadline and similar spans, in days (= kMaxHours / 24).
inline constexpr double kMaxDays = kMaxHours / 24.0;
/// Largest log-scale spread (sigma) of a log-normal duration: p95 at most e^(1.645 * 5), about
/// 3,700 times the median.
inline constexpr double kMaxLogSigma = 5.0;
/// Largest PERT shape parameter (4 is the classic PERT; larger is more peaked).
inline constexpr double kMaxPertLambda = 1'000.0;

/// Longest link: the length of the equator.
inline constexpr double kMaxDistanceKm = 40'075.0;
/// Fastest running speed of a link.
inline constexpr double kMaxSpeedKmh = 1'000.0;
/// Shortest and longest interval between two departures of a timetable (6 minutes, 1 year).
inline constexpr double kMinHeadwayHours = 0.1;
inline constexpr double kMaxHeadwayHours = 8'760.0;
/// Largest capacity of one departure, in TEU (the largest ships carry about 24,000).
inline constexpr double kMaxCapacityTeu = 100'000.0;

/// Largest amount of money per TEU (a tariff, a fee, a cargo value), per TEU-km or per TEU-day.
inline constexpr double kMaxUsd = 1e9;
/// Heaviest cargo per TEU, in tonnes (a loaded 20-foot box weighs at most about 30 t).
inline constexpr double kMaxTonnesPerTeu = 100.0;
/// Largest emission factor per tonne-km, in g CO2e (air freight is about 600).
inline constexpr double kMaxGramsPerTkm = 10'000.0;
/// Largest emissions of one transshipment, in kg CO2e per TEU.
inline constexpr double kMaxKgPerTeu = 10'000.0;
/// Largest demand of one line, in TEU per week (the whole world moves about 16 million).
inline constexpr double kMaxTeuPerWeek = 10'000'000.0;
/// Largest throughput limit of a node or link, in TEU per day.
inline constexpr double kMaxTeuPerDay = 10'000'000.0;
/// Largest factor on every line's demand in the capacity simulation.
inline constexpr double kMaxDemandScale = 1'000.0;
/// Largest cost-of-capital rate per year (1 = 100 %).
inline constexpr double kMaxCapitalRate = 1.0;

/// Rail gauges, in millimetres.
inline constexpr std::int64_t kMinGaugeMm = 500;
inline constexpr std::int64_t kMaxGaugeMm = 2'000;
/// Most parallel handling lines of a node.
inline constexpr std::int64_t kMaxServers = 10'000;

/// Largest number of via nodes a search accepts (each doubles the search states).
inline constexpr std::size_t kMaxVia = 8;
/// Largest number of routes listed per demand line.
inline constexpr int kMaxAlternatives = 100;
/// Largest value of max_transshipments and max_gauge_changes (each adds search layers).
inline constexpr int kMaxTransferLimit = 64;
/// Labels a Pareto search may create by default, and at most: about 60 bytes each, so the
/// default bounds a search's memory to roughly 1.2 GB.
inline constexpr std::int64_t kDefaultParetoMaxLabels = 20'000'000;
inline constexpr std::int64_t kMaxParetoMaxLabels = 1'000'000'000;
/// Largest number of Monte Carlo replications per route.
inline constexpr std::int64_t kMaxReplications = 100'000'000;
/// Largest number of Monte Carlo worker threads.
inline constexpr int kMaxThreads = 1024;
/// Most bins of a simulated distribution's histogram.
inline constexpr int kMaxHistogramBins = 1'000;
/// Seeds are any unsigned 64-bit number.
inline constexpr std::uint64_t kMaxSeed = std::numeric_limits<std::uint64_t>::max();

}  // namespace corridor::model
