#pragma once
/// The peer generator's network (shared/peers/gen_network.py, schema corridor-peer-network/1)
/// as a corridor scenario, read straight from its JSON file, so that corridor's searches and
/// networkx run on the same inputs.
///
/// The peers price an edge at cost_usd + vot x hours + co2_price x co2_kg (edges only, node
/// handling left out; vot 5 USD/h, CO2 price 0). The scenario reproduces that price under the
/// generalized objective:
///   - every node: its kind (port -> seaport, border -> border, city -> city, else terminal),
///     its location, one country (ZZ), no handling and no dwell;
///   - every pair of nodes the peer joins (an edge each way, the same distance, hours, USD and
///     CO2 both ways): one bidirectional rail link of 1435 mm, running time fixed at `hours`,
///     a flat tariff of `cost_usd` per TEU and CO2e of `co2_kg` per TEU (as g per tonne-km for
///     a 1 t TEU, up to rounding); the peer's delays and ferry timetables are left out, as its
///     searches leave them out;
///   - one cargo profile `teu` (1 t per TEU) whose value of time is the peer's vot;
///   - one demand line per peer shipment (origin to destination, its TEU a week), named as the
///     loader names lines without an id.
/// The virtual network then has one port per node and no transfers, so its routes are the
/// peer's node paths and its edge weights the peer's, bit for bit.

#include <string>

#include <corridor/model/scenario.hpp>

namespace corridor::peers {

struct PeerNetwork {
  model::Scenario scenario;
  std::string source;  ///< meta.suggested_od.source, a node id
  std::string target;  ///< meta.suggested_od.target
};

/// Reads a corridor-peer-network/1 file. Throws corridor::Error when the file cannot be read,
/// is not that schema, or joins a pair differently in its two directions. O(file size).
[[nodiscard]] PeerNetwork read_peer_network(const std::string& path);

}  // namespace corridor::peers
