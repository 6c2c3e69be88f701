#pragma once
// Test support: a text report against its JSON document. The text's numbers are the JSON's
// within the text's rounding.

#include <cmath>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "mismatches.hpp"

namespace corridor::test {

// --- text -----------------------------------------------------------------------------------

/// A text table row split into cells (cells are separated by two or more spaces).
inline std::vector<std::string> text_cells(const std::string& line) {
  std::vector<std::string> cells;
  std::size_t i = line.find_first_not_of(' ');
  while (i != std::string::npos && i < line.size()) {
    std::size_t end = line.find("  ", i);
    if (end == std::string::npos) end = line.size();
    cells.push_back(line.substr(i, end - i));
    i = line.find_first_not_of(' ', end);
  }
  return cells;
}

inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

/// A number as the text prints it ("1,234", "60.0"; "∞" is +inf, "—" NaN).
inline double text_number(std::string cell) {
  if (cell == "\u221e") return INFINITY;
  if (cell == "\u2014") return NAN;
  std::erase(cell, ',');
  return std::stod(cell);
}

/// The text's number is the JSON's, within the text's rounding (half its last digit) plus
/// the JSON's (`json_step` / 2).
inline void compare_number(Mismatches& m, const std::string& where, const std::string& cell,
                           const Json& value, double text_step, double json_step) {
  const double t = text_number(cell);
  if (value.is_null()) {
    if (std::isfinite(t)) m.add(where + ": text " + cell + ", JSON null");
    return;
  }
  const double j = value.get<double>();
  if (!(std::abs(t - j) <= (text_step + json_step) / 2 * (1 + 1e-12)))
    m.add(where + ": text " + cell + ", JSON " + value.dump());
}

/// Totals table: "per week" and "per year" rows of TEU, USD and kg CO2e.
inline void check_totals_text(Mismatches& m, const std::vector<std::string>& lines,
                              const Json& doc) {
  const Json& totals = doc.at("totals");
  int seen = 0;
  for (const std::string& line : lines) {
    const auto cells = text_cells(line);
    if (cells.size() != 4 || (cells[0] != "per week" && cells[0] != "per year")) continue;
    const std::string per = cells[0] == "per week" ? "_per_week" : "_per_year";
    compare_number(m, "totals " + cells[0] + " TEU", cells[1], totals.at("teu" + per), 1, 0.01);
    compare_number(m, "totals " + cells[0] + " USD", cells[2], totals.at("usd" + per), 1, 0.01);
    compare_number(m, "totals " + cells[0] + " CO2e", cells[3], totals.at("co2e_kg" + per), 1,
                   0.01);
    ++seen;
  }
  if (seen != 2) m.add("the text has " + std::to_string(seen) + " totals rows, not 2");
}

/// The routes tables of a routes report against its JSON.
inline void check_routes_text(const std::string& text, const std::string& json) {
  const Json doc = Json::parse(json);
  const auto lines = lines_of(text);
  std::vector<const Json*> listed;  // every route and option the tables should list, in order
  for (const Json& demand : doc.at("demands")) {
    for (const Json& r : demand.at("routes"))
      listed.push_back(&r);
    if (demand.contains("pareto")) {
      for (const Json& r : demand.at("pareto"))
        listed.push_back(&r);
    }
  }
  Mismatches m;
  std::size_t next = 0;
  for (std::size_t i = 0; i + 2 < lines.size(); ++i) {
    const auto header = text_cells(lines[i]);
    if (header.size() < 9 || header[0] != "#" || header[1] != "corridor") continue;
    for (std::size_t k = i + 2; k < lines.size() && !text_cells(lines[k]).empty(); ++k) {
      const auto cells = text_cells(lines[k]);
      if (next >= listed.size()) {
        m.add("a table row more than the JSON lists: " + lines[k]);
        break;
      }
      const Json& r = *listed[next++];
      const std::string where = "route " + r.at("corridor").get<std::string>();
      if (cells[1] != r.at("corridor")) m.add(where + ": text corridor " + cells[1]);
      if (cells[2] != r.at("modes")) m.add(where + ": text modes " + cells[2]);
      compare_number(m, where + " days", cells[3], r.at("days"), 0.1, 0.001);
      compare_number(m, where + " USD", cells[4], r.at("usd").at("total"), 1, 0.01);
      compare_number(m, where + " CO2e", cells[5], r.at("co2e_kg"), 1, 0.01);
      compare_number(m, where + " USD+time", cells[6], r.at("usd").at("generalized"), 1, 0.01);
      compare_number(m, where + " km", cells[7], r.at("km"), 1, 0.1);
      if (cells[8] != std::to_string(r.at("transshipments").get<int>()))
        m.add(where + ": text transshipments " + cells[8]);
    }
  }
  if (next != listed.size())
    m.add("the text lists " + std::to_string(next) + " routes, not " +
          std::to_string(listed.size()));
  check_totals_text(m, lines, doc);
  INFO((m.list().empty() ? std::string() : m.list().front()));
  CHECK(m.list().empty());
}

/// The headings and summary tables of a simulation report against its JSON.
inline void check_simulation_text(const std::string& text, const std::string& json) {
  const Json doc = Json::parse(json);
  const auto lines = lines_of(text);
  Mismatches m;
  std::size_t at = 0;  // the line searched from
  const auto find = [&](const std::string& start) {
    for (; at < lines.size(); ++at) {
      const auto cells = text_cells(lines[at]);
      if (!cells.empty() && cells[0].rfind(start, 0) == 0) return cells;
    }
    m.add("the text has no line starting with '" + start + "'");
    return std::vector<std::string>{};
  };
  for (const Json& demand : doc.at("demands")) {
    for (const Json& r : demand.at("routes")) {
      // Each route is labelled with its corridor and modes, so that two routes of a line
      // never read the same.
      const std::string label = "Route " + std::to_string(r.at("rank").get<int>()) + ": " +
                                r.at("routed").at("corridor").get<std::string>() + " (" +
                                r.at("routed").at("modes").get<std::string>() + ")";
      const auto heading = find("Route ");
      if (heading.empty()) break;
      if (heading[0] != label) m.add("heading '" + heading[0] + "', JSON '" + label + "'");
      for (const auto& [row, metric, step, json_step] :
           {std::tuple{"days", "days", 0.1, 0.001}, std::tuple{"USD/TEU", "usd", 1.0, 0.01},
            std::tuple{"USD+time/TEU", "generalized_usd", 1.0, 0.01}}) {
        const auto cells = find(row);
        if (cells.size() != 8) continue;
        const char* stats[] = {"mean", "sd", "p5", "p50", "p90", "p95", "p99"};
        for (std::size_t s = 0; s < 7; ++s) {
          compare_number(m, label + " " + row + " " + stats[s], cells[s + 1],
                         r.at(metric).at(stats[s]), step, json_step);
        }
      }
    }
  }
  check_totals_text(m, lines, doc);
  INFO((m.list().empty() ? std::string() : m.list().front()));
  CHECK(m.list().empty());
}

}  // namespace corridor::test
