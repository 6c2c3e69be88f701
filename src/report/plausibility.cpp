#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <corridor/report/plausibility.hpp>

#include "report/csv.hpp"
#include "report/dispatch.hpp"
#include "report/document.hpp"
#include "report/format.hpp"

namespace corridor::report {

namespace {

using detail::Document;
using detail::fixed;
using detail::Table;

std::string optional_fixed(const std::optional<double>& x, int decimals) {
  return x ? fixed(*x, decimals) : "";
}

void render(const model::Scenario& s, const model::Plausibility& checks, Document& doc) {
  doc.heading(1, "Plausibility: " + s.name);
  doc.paragraph(std::to_string(s.links.size()) + " links, " +
                std::to_string(checks.findings.size()) + " findings. Speeds are distance / mean " +
                "running time; great circle between the nodes' locations.");

  std::map<model::Mode, std::vector<double>> by_mode;  // implied speeds
  Table links({{"link", Table::Align::left},
               {"mode", Table::Align::left},
               {"km", Table::Align::right},
               {"mean h", Table::Align::right},
               {"km/h", Table::Align::right},
               {"great circle km", Table::Align::right},
               {"detour", Table::Align::right}});
  for (const auto& l : checks.links) {
    const model::Link& link = s.links[l.link.index()];
    if (l.speed_kmh) by_mode[link.mode].push_back(*l.speed_kmh);
    links.add({link.id, std::string(model::to_string(link.mode)), fixed(link.distance.value(), 0),
               fixed(l.mean_hours, 1), optional_fixed(l.speed_kmh, 1),
               optional_fixed(l.great_circle_km, 0),
               l.detour ? fixed(*l.detour, 2) + "x" : std::string()});
  }
  doc.heading(2, "Speeds by mode");
  Table modes({{"mode", Table::Align::left},
               {"links", Table::Align::right},
               {"min km/h", Table::Align::right},
               {"median km/h", Table::Align::right},
               {"max km/h", Table::Align::right},
               {"plausible km/h", Table::Align::right}});
  for (auto& [mode, speeds] : by_mode) {
    std::sort(speeds.begin(), speeds.end());
    const model::SpeedRange range = model::speed_range(mode);
    // The median of an even count is the lower middle value: a speed some link has.
    modes.add({std::string(model::to_string(mode)), std::to_string(speeds.size()),
               fixed(speeds.front(), 1), fixed(speeds[(speeds.size() - 1) / 2], 1),
               fixed(speeds.back(), 1), fixed(range.min_kmh, 0) + "-" + fixed(range.max_kmh, 0)});
  }
  doc.table(modes);
  doc.heading(2, "Links");
  doc.table(links);
  doc.heading(2, "Findings");
  if (checks.findings.empty()) doc.paragraph("none");
  for (const auto& f : checks.findings) {
    doc.paragraph(std::string(model::to_string(f.kind)) + ": " + f.path + ": " + f.message +
                  (f.hint.empty() ? "" : " (" + f.hint + ")"));
  }
}

void write_json(const model::Scenario& s, const model::Plausibility& checks, std::ostream& out) {
  nlohmann::ordered_json doc;
  doc["schema_version"] = std::string(kSchemaVersion);
  doc["kind"] = "plausibility";
  doc["scenario"] = {{"name", s.name}, {"description", s.description}};
  auto& links = doc["links"] = nlohmann::ordered_json::array();
  auto number = [](const std::optional<double>& x, int decimals) {
    return x ? nlohmann::ordered_json(detail::rounded(*x, decimals)) : nlohmann::ordered_json();
  };
  for (const auto& l : checks.links) {
    const model::Link& link = s.links[l.link.index()];
    links.push_back({{"id", link.id},
                     {"mode", model::to_string(link.mode)},
                     {"km", detail::rounded(link.distance.value(), 1)},
                     {"mean_hours", detail::rounded(l.mean_hours, 2)},
                     {"speed_kmh", number(l.speed_kmh, 2)},
                     {"great_circle_km", number(l.great_circle_km, 1)},
                     {"detour", number(l.detour, 3)}});
  }
  auto& findings = doc["findings"] = nlohmann::ordered_json::array();
  for (const auto& f : checks.findings) {
    findings.push_back({{"kind", model::to_string(f.kind)},
                        {"path", f.path},
                        {"message", f.message},
                        {"hint", f.hint}});
  }
  out << doc.dump(2) << '\n';
}

/// One row per link, then one per node with a finding; `findings` joins the messages about
/// the element.
void write_csv(const model::Scenario& s, const model::Plausibility& checks, std::ostream& out) {
  auto findings_of = [&](auto matches) {
    std::string text;
    for (const auto& f : checks.findings) {
      if (matches(f)) text += (text.empty() ? "" : "; ") + f.message;
    }
    return text;
  };
  detail::csv_row(out, {"scenario", "element", "id", "mode", "km", "mean_hours", "speed_kmh",
                        "great_circle_km", "detour", "findings"});
  for (const auto& l : checks.links) {
    const model::Link& link = s.links[l.link.index()];
    detail::csv_row(
        out,
        {s.name, "link", link.id, std::string(model::to_string(link.mode)),
         fixed(link.distance.value(), 1), fixed(l.mean_hours, 2), optional_fixed(l.speed_kmh, 2),
         optional_fixed(l.great_circle_km, 1), optional_fixed(l.detour, 3),
         findings_of([&](const model::PlausibilityFinding& f) { return f.link == l.link; })});
  }
  for (std::size_t i = 0; i < s.nodes.size(); ++i) {
    const auto id = model::NodeId::at(i);
    const std::string text =
        findings_of([&](const model::PlausibilityFinding& f) { return f.node == id; });
    if (!text.empty())
      detail::csv_row(out, {s.name, "node", s.nodes[i].id, "", "", "", "", "", "", text});
  }
}

}  // namespace

void write(const model::Scenario& scenario, const model::Plausibility& checks, Format format,
           std::ostream& out, const WriteOptions& options) {
  // Each writer also reads the scenario (link and node names): bound to it here.
  const auto scenario_ref = std::cref(scenario);
  const detail::Writers<model::Plausibility> writers{
      .render = std::bind_front(render, scenario_ref),
      .json = std::bind_front(write_json, scenario_ref),
      .csv = std::bind_front(write_csv, scenario_ref),
      .refusal = "a plausibility report is text, md, json or csv"};
  detail::dispatch(checks, format, out, options, writers);
}

}  // namespace corridor::report
