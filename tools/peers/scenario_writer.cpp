#include "scenario_writer.hpp"

#include <array>
#include <charconv>
#include <map>
#include <variant>

#include <corridor/error.hpp>

namespace corridor::peers {

namespace {

/// The shortest text that reads back as exactly `v`.
std::string num(double v) {
  std::array<char, 32> buf{};
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  return std::string(buf.data(), end);
}

/// A double-quoted YAML string.
std::string yaml_text(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

/// A CSV cell: quoted when it holds a comma, a quote or a line break.
std::string csv_cell(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

double fixed_hours(const model::Link& l) {
  const auto* fixed = l.hours ? std::get_if<model::Fixed>(&l.hours->variant()) : nullptr;
  if (fixed == nullptr || l.schedule || l.speed_kmh) {
    throw Error("link " + l.id + ": only fixed running times are written");
  }
  return fixed->value;
}

void check_node(const model::Node& n) {
  if (n.handling || n.dwell || !n.location || !n.modes.empty() || !n.gauges.empty()) {
    throw Error("node " + n.id + ": only id, name, country, kind, location and source are written");
  }
}

void write_yaml_nodes(const model::Scenario& s, std::ostream& out) {
  out << "nodes:\n";
  for (const auto& n : s.nodes) {
    check_node(n);
    out << "  - {id: " << yaml_text(n.id) << ", name: " << yaml_text(n.name)
        << ", country: " << n.country << ", kind: " << model::to_string(n.kind) << ", location: ["
        << num(n.location->lat) << ", " << num(n.location->lon)
        << "], source: " << yaml_text(n.source) << "}\n";
  }
}

void write_yaml_links(const model::Scenario& s, std::ostream& out) {
  out << "links:\n";
  for (const auto& l : s.links) {
    out << "  - {id: " << yaml_text(l.id) << ", from: " << yaml_text(l.from)
        << ", to: " << yaml_text(l.to) << ", mode: " << model::to_string(l.mode);
    if (l.gauge_mm) out << ", gauge: " << *l.gauge_mm;
    out << ", distance_km: " << num(l.distance.value()) << ", hours: " << num(fixed_hours(l))
        << ", tariff: {usd_per_teu: " << num(l.tariff.usd_per_teu.value());
    if (l.tariff.usd_per_teu_km != 0.0) out << ", usd_per_teu_km: " << num(l.tariff.usd_per_teu_km);
    out << "}";
    if (l.co2e_g_per_tkm) out << ", co2e_g_per_tkm: " << num(*l.co2e_g_per_tkm);
    out << ", source: " << yaml_text(l.source) << "}\n";
  }
}

void write_csv_nodes(const model::Scenario& s, std::ostream& out) {
  out << "id,name,country,kind,lat,lon,source\n";
  for (const auto& n : s.nodes) {
    check_node(n);
    out << csv_cell(n.id) << ',' << csv_cell(n.name) << ',' << n.country << ','
        << model::to_string(n.kind) << ',' << num(n.location->lat) << ',' << num(n.location->lon)
        << ',' << csv_cell(n.source) << '\n';
  }
}

void write_csv_links(const model::Scenario& s, std::ostream& out) {
  out << "id,from,to,mode,gauge,distance_km,hours,tariff.usd_per_teu,tariff.usd_per_teu_km,"
         "co2e_g_per_tkm,source\n";
  for (const auto& l : s.links) {
    out << csv_cell(l.id) << ',' << csv_cell(l.from) << ',' << csv_cell(l.to) << ','
        << model::to_string(l.mode) << ',' << (l.gauge_mm ? std::to_string(*l.gauge_mm) : "") << ','
        << num(l.distance.value()) << ',' << num(fixed_hours(l)) << ','
        << num(l.tariff.usd_per_teu.value()) << ','
        << (l.tariff.usd_per_teu_km != 0.0 ? num(l.tariff.usd_per_teu_km) : "") << ','
        << (l.co2e_g_per_tkm ? num(*l.co2e_g_per_tkm) : "") << ',' << csv_cell(l.source) << '\n';
  }
}

void write_rest(const model::Scenario& s, std::ostream& out) {
  out << "cargo:\n";
  for (const auto& c : s.cargo) {
    out << "  - {id: " << yaml_text(c.id) << ", tonnes_per_teu: " << num(c.tonnes_per_teu.value())
        << ", value_usd_per_teu: " << num(c.value_usd_per_teu.value());
    if (c.value_of_time_usd_per_teu_day) {
      out << ", value_of_time_usd_per_teu_day: " << num(c.value_of_time_usd_per_teu_day->value());
    }
    out << ", source: " << yaml_text(c.source) << "}\n";
  }
  out << "demand:\n";
  // Two shipments between the same places get ids of their own ("A->B/teu", "A->B/teu/2"), as
  // the loader asks of lines it cannot tell apart.
  std::map<std::string, int> seen;
  for (const auto& d : s.demand) {
    const int n = ++seen[d.id];
    const std::string id = n == 1 ? d.id : d.id + "/" + std::to_string(n);
    out << "  - {id: " << yaml_text(id) << ", from: " << yaml_text(d.from)
        << ", to: " << yaml_text(d.to) << ", cargo: " << yaml_text(d.cargo)
        << ", teu_per_week: " << num(d.teu_per_week) << "}\n";
  }
  out << "policy:\n  objective: " << model::to_string(s.policy.objective) << "\n";
}

}  // namespace

void write_scenario(const model::Scenario& s, std::ostream& out, const TableOutput* tables) {
  out << "scenario: " << yaml_text(s.name) << "\ndescription: " << yaml_text(s.description) << "\n";
  if (tables != nullptr) {
    out << "nodes_csv: " << yaml_text(tables->nodes_name) << "\n";
    out << "links_csv: " << yaml_text(tables->links_name) << "\n";
    write_csv_nodes(s, *tables->nodes);
    write_csv_links(s, *tables->links);
  } else {
    write_yaml_nodes(s, out);
    write_yaml_links(s, out);
  }
  write_rest(s, out);
}

}  // namespace corridor::peers
