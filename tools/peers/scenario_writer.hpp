#pragma once
/// Writes a scenario of plain nodes and links (as read_peer_network makes them) as a YAML
/// file, either with every node and link in it or with `nodes_csv:` / `links_csv:` tables
/// beside it, so that the loader can be timed on both forms of the same network. Numbers are
/// written in their shortest exact form: both forms load to the same values, bit for bit.

#include <ostream>
#include <string>

#include <corridor/model/scenario.hpp>

namespace corridor::peers {

/// Where the tables of a scenario go: the names the YAML gives (relative to it) and the
/// streams that receive them.
struct TableOutput {
  std::string nodes_name;
  std::string links_name;
  std::ostream* nodes = nullptr;
  std::ostream* links = nullptr;
};

/// Writes `s` as YAML to `out`; with `tables`, the nodes and links go to its streams as CSV and
/// the YAML names them. Throws corridor::Error for what this writer does not write: a node with
/// handling or dwell, a link with a timetable or a running time that is not fixed. O(size).
void write_scenario(const model::Scenario& s, std::ostream& out, const TableOutput* tables);

}  // namespace corridor::peers
