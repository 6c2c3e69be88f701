#include "io/scenario_codec.hpp"

#include <concepts>
#include <type_traits>

#include "io/codec_archive.hpp"

// One `fields` function per type, shared by the Writer and the Reader. Each one binds the
// type's members with a structured binding, which only compiles when it names every member:
// a field added to a model type breaks the build here until it is encoded (and kCacheFormat
// bumped), instead of being silently dropped from cached scenarios.

namespace corridor::io::detail {

/// T is U, or const U (the Writer sees const values, the Reader mutable ones).
template <class T, class U>
concept Of = std::same_as<std::remove_const_t<T>, U>;

void Writer::put_string(std::string_view s) {
  if (s.size() >= (std::size_t{1} << 31U)) throw CorruptCache("a string of 2 GiB or more");
  if (s.size() >= kSharedStringBytes) {
    if (const auto it = shared_.find(s); it != shared_.end()) {
      put((it->second << 1U) | 1U);
      return;
    }
    shared_.emplace(std::string(s), static_cast<std::uint32_t>(shared_.size()));
  }
  put(static_cast<std::uint32_t>(s.size() << 1U));
  raw(s.data(), s.size());
}

void Reader::get_string(std::string& s) {
  std::uint32_t tag = 0;
  get(tag);
  if ((tag & 1U) != 0) {
    const std::size_t index = tag >> 1U;
    if (index >= shared_.size()) throw CorruptCache("a reference to an unknown string");
    s.assign(shared_[index]);
    return;
  }
  const std::size_t n = tag >> 1U;
  need(n);
  s.assign(at_, n);
  if (n >= kSharedStringBytes) shared_.emplace_back(at_, n);
  at_ += n;
}

// --- distributions, timetables, places -------------------------------------------------------

template <class Ar, Of<model::Fixed> T>
void fields(Ar& ar, T& v) {
  auto& [value] = v;
  ar(value);
}
template <class Ar, Of<model::Uniform> T>
void fields(Ar& ar, T& v) {
  auto& [min, max] = v;
  ar(min, max);
}
template <class Ar, Of<model::Triangular> T>
void fields(Ar& ar, T& v) {
  auto& [min, mode, max] = v;
  ar(min, mode, max);
}
template <class Ar, Of<model::Pert> T>
void fields(Ar& ar, T& v) {
  auto& [min, mode, max, lambda] = v;
  ar(min, mode, max, lambda);
}
template <class Ar, Of<model::LogNormal> T>
void fields(Ar& ar, T& v) {
  auto& [mu, sigma, shift] = v;
  ar(mu, sigma, shift);
}
template <class Ar, Of<model::EmpiricalSamples> T>
void fields(Ar& ar, T& v) {
  auto& [values] = v;
  ar(values);
}
template <class Ar, Of<model::EmpiricalQuantiles> T>
void fields(Ar& ar, T& v) {
  auto& [probabilities, values] = v;
  ar(probabilities, values);
}
// A Distribution keeps its variant private: written from variant(), read through the
// constructor.
void fields(Writer& ar, const model::Distribution& v) {
  ar(v.variant());
}
void fields(Reader& ar, model::Distribution& v) {
  model::Distribution::Variant variant;
  ar(variant);
  v = model::Distribution(std::move(variant));
}
template <class Ar, Of<model::Headway> T>
void fields(Ar& ar, T& v) {
  auto& [every_hours, offset_hours] = v;
  ar(every_hours, offset_hours);
}
template <class Ar, Of<model::Weekly> T>
void fields(Ar& ar, T& v) {
  auto& [hours_of_week] = v;
  ar(hours_of_week);
}
template <class Ar, Of<model::Schedule> T>
void fields(Ar& ar, T& v) {
  auto& [pattern, capacity_teu] = v;
  ar(pattern, capacity_teu);
}
template <class Ar, Of<model::LatLon> T>
void fields(Ar& ar, T& v) {
  auto& [lat, lon] = v;
  ar(lat, lon);
}
template <class Ar, Of<model::CivilDate> T>
void fields(Ar& ar, T& v) {
  auto& [year, month, day] = v;
  ar(year, month, day);
}

// --- the network ----------------------------------------------------------------------------

template <class Ar, Of<model::Handling> T>
void fields(Ar& ar, T& v) {
  auto& [hours, usd_per_teu, kg_co2e_per_teu, servers, usd_per_container] = v;
  ar(hours, usd_per_teu, kg_co2e_per_teu, servers, usd_per_container);
}
template <class Ar, Of<model::Capacity> T>
void fields(Ar& ar, T& v) {
  auto& [teu_per_day] = v;
  ar(teu_per_day);
}
template <class Ar, Of<model::Dwell> T>
void fields(Ar& ar, T& v) {
  auto& [hours, usd_per_teu, usd_per_container] = v;
  ar(hours, usd_per_teu, usd_per_container);
}
template <class Ar, Of<model::Node> T>
void fields(Ar& ar, T& v) {
  auto& [id, name, country, kind, location, handling, dwell, modes, gauges, storage, capacity,
         source] = v;
  ar(id, name, country, kind, location, handling, dwell, modes, gauges, storage, capacity, source);
}
template <class Ar, Of<model::Tariff> T>
void fields(Ar& ar, T& v) {
  auto& [usd_per_teu, usd_per_teu_km, usd_per_container, usd_per_container_km] = v;
  ar(usd_per_teu, usd_per_teu_km, usd_per_container, usd_per_container_km);
}
template <class Ar, Of<model::Link> T>
void fields(Ar& ar, T& v) {
  auto& [id, from, to, mode, gauge_mm, distance, hours, speed_kmh, tariff, co2e_g_per_tkm, schedule,
         bidirectional, open, transit_countries, capacity, source] = v;
  ar(id, from, to, mode, gauge_mm, distance, hours, speed_kmh, tariff, co2e_g_per_tkm, schedule,
     bidirectional, open, transit_countries, capacity, source);
}

// --- cargo, demand, policy ------------------------------------------------------------------

template <class Ar, Of<model::Cargo> T>
void fields(Ar& ar, T& v) {
  auto& [id, tonnes_per_teu, value_usd_per_teu, value_of_time, source] = v;
  ar(id, tonnes_per_teu, value_usd_per_teu, value_of_time, source);
}
template <class Ar, Of<model::Demand> T>
void fields(Ar& ar, T& v) {
  auto& [from, to, cargo, teu_per_week, deadline_days, ready, shipment_teu, arrivals, container,
         id] = v;
  ar(from, to, cargo, teu_per_week, deadline_days, ready, shipment_teu, arrivals, container, id);
}
template <class Ar, Of<model::Constraints> T>
void fields(Ar& ar, T& v) {
  auto& [avoid_countries, avoid_modes, avoid_links, avoid_nodes, via, max_transshipments,
         max_gauge_changes, max_days] = v;
  ar(avoid_countries, avoid_modes, avoid_links, avoid_nodes, via, max_transshipments,
     max_gauge_changes, max_days);
}
template <class Ar, Of<model::Policy> T>
void fields(Ar& ar, T& v) {
  auto& [objective, constraints, alternatives, pareto, pareto_max_labels, capital_rate,
         capital_source] = v;
  ar(objective, constraints, alternatives, pareto, pareto_max_labels, capital_rate, capital_source);
}
template <class Ar, Of<model::EmissionFactors> T>
void fields(Ar& ar, T& v) {
  auto& [g_per_tkm, source, handling_kg_per_teu, handling_source] = v;
  ar(g_per_tkm, source, handling_kg_per_teu, handling_source);
}

// --- disruptions, settings, checks, observations --------------------------------------------

template <class Ar, Of<model::Disruption::Window> T>
void fields(Ar& ar, T& v) {
  auto& [from_hours, to_hours] = v;
  ar(from_hours, to_hours);
}
template <class Ar, Of<model::Disruption::DrawnWindow> T>
void fields(Ar& ar, T& v) {
  auto& [length_hours, within, centred] = v;
  ar(length_hours, within, centred);
}
template <class Ar, Of<model::Disruption> T>
void fields(Ar& ar, T& v) {
  auto& [id, links, nodes, monthly_probability, monthly_rate, duration_hours, windows, drawn_window,
         resume, source] = v;
  ar(id, links, nodes, monthly_probability, monthly_rate, duration_hours, windows, drawn_window,
     resume, source);
}
template <class Ar, Of<model::SimulationSettings> T>
void fields(Ar& ar, T& v) {
  auto& [replications, seed, start_date, window_days, histogram_bins, horizon_days, warmup_days,
         demand_scale] = v;
  ar(replications, seed, start_date, window_days, histogram_bins, horizon_days, warmup_days,
     demand_scale);
}
template <class Ar, Of<model::Check> T>
void fields(Ar& ar, T& v) {
  auto& [id, demand, metric, bound, limit] = v;
  ar(id, demand, metric, bound, limit);
}
template <class Ar, Of<model::ObservedRange> T>
void fields(Ar& ar, T& v) {
  auto& [low, high] = v;
  ar(low, high);
}
template <class Ar, Of<model::Observation> T>
void fields(Ar& ar, T& v) {
  auto& [id, from, to, via, allow, cargo, days, usd_per_container, container, date, measures,
         fitted, source] = v;
  ar(id, from, to, via, allow, cargo, days, usd_per_container, container, date, measures, fitted,
     source);
}
template <class Ar, Of<model::Scenario> T>
void fields(Ar& ar, T& v) {
  auto& [name, description, nodes, links, cargo, demand, policy, emission_factors, disruptions,
         simulation, checks, observations] = v;
  ar(name, description, nodes, links, cargo, demand, policy, emission_factors, disruptions,
     simulation, checks, observations);
}

// --- what a load returns besides the scenario ----------------------------------------------

template <class Ar, Of<SourceLocation> T>
void fields(Ar& ar, T& v) {
  auto& [file, line, column] = v;
  ar(file, line, column);
}
template <class Ar, Of<Issue> T>
void fields(Ar& ar, T& v) {
  auto& [severity, where, path, message, hint] = v;
  ar(severity, where, path, message, hint);
}
template <class Ar, Of<SourceMap::Entry> T>
void fields(Ar& ar, T& v) {
  auto& [where, written] = v;
  ar(where, written);
}

namespace {

/// The positions kept in a cache: those outside the deferred lists, and where each of
/// `pinned` is located and how it is written (from the full map).
SourceMap::Entries kept_entries(const SourceMap& map, const std::vector<std::string>& pinned) {
  SourceMap::Entries kept;
  for (const auto& [path, entry] : map.entries()) {
    if (!deferred_path(path)) kept.emplace_hint(kept.end(), path, entry);
  }
  for (const auto& path : pinned)
    kept.insert_or_assign(path, SourceMap::Entry{map.locate(path), map.written(path)});
  return kept;
}

void put_entries(Writer& ar, const SourceMap::Entries& entries) {
  const std::uint64_t count = entries.size();
  ar(count);
  for (const auto& [path, entry] : entries)
    ar(path, entry);
}

SourceMap::Entries get_entries(Reader& ar) {
  std::uint64_t count = 0;
  ar(count);
  SourceMap::Entries entries;
  std::string previous;
  for (std::uint64_t i = 0; i < count; ++i) {
    std::string path;
    SourceMap::Entry entry;
    ar(path, entry);
    if (i > 0 && !(previous < path)) throw CorruptCache("the source map is out of order");
    previous = path;
    entries.emplace_hint(entries.end(), std::move(path), std::move(entry));
  }
  return entries;
}

}  // namespace

bool deferred_path(std::string_view path) {
  return path.starts_with("nodes[") || path.starts_with("links[");
}

// A LoadedScenario is written member by member (its source map in part), bound like the
// model types so that a member added to it does not compile until it is encoded.
std::string encode_scenario(const LoadedScenario& loaded, const std::vector<std::string>& pinned) {
  const auto& [scenario, source_map, warnings, files] = loaded;
  Writer writer;
  writer(scenario, source_map.file());
  put_entries(writer, kept_entries(source_map, pinned));
  put_entries(writer, source_map.removals());
  writer(warnings, files);
  return writer.take();
}

LoadedScenario decode_scenario(std::string_view bytes) {
  Reader reader(bytes);
  LoadedScenario loaded;
  auto& [scenario, source_map, warnings, files] = loaded;
  std::string file;
  reader(scenario, file);
  source_map = SourceMap(std::move(file));
  source_map.replace_entries(get_entries(reader));
  source_map.replace_removals(get_entries(reader));
  reader(warnings, files);
  if (!reader.done()) throw CorruptCache("bytes are left after the scenario");
  return loaded;
}

}  // namespace corridor::io::detail
