#pragma once
// Private to report: capacity simulation reports (`corridor capacity`), in every format, and
// the names their formats share.

#include <ostream>
#include <string>
#include <vector>

#include <corridor/model/capacity_result.hpp>

#include "report/document.hpp"
#include "report/json.hpp"

namespace corridor::report::detail {

void render_capacity(const model::CapacityRun& run, Document& doc);
void write_capacity_json(const model::CapacityRun& run, std::ostream& out);
void write_capacity_csv(const model::CapacityRun& run, std::ostream& out);
void write_capacity_geojson(const model::CapacityRun& run, std::ostream& out);

/// A resource as the JSON document gives it (rank from 1), also the properties of its GeoJSON
/// feature.
[[nodiscard]] Json resource_json(std::size_t rank, const model::CapacityResource& r,
                                 const model::NetworkView& net);

/// "Khorgos" for a node's resource, "Aktau → Alat (Baku)" for a link direction's.
[[nodiscard]] std::string resource_name(const model::CapacityResource& r,
                                        const model::NetworkView& net);
/// "servers", "TEU per departure", "TEU per day": the unit of CapacityResource::capacity.
[[nodiscard]] std::string capacity_unit(model::ResourceKind kind);
/// The corridor labels of a line's routes, parallel to them, told apart where two read alike
/// (report::distinct_labels).
[[nodiscard]] std::vector<std::string> route_labels(const model::CapacityLine& line,
                                                    const model::NetworkView& net);
/// "KHORGOS → VILNIUS_VIT (general)": a demand line by its ids.
[[nodiscard]] std::string line_name(const model::Demand& d);

// Decimal places shared by the JSON and CSV documents (docs/reports.md).
inline constexpr int kCapacityTeu = 3;
inline constexpr int kCapacityDays = 3;
inline constexpr int kCapacityHours = 2;
inline constexpr int kCapacityShare = 4;

}  // namespace corridor::report::detail
