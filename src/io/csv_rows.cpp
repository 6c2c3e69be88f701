#include "io/csv_rows.hpp"

#include <charconv>

#include "io/parse.hpp"
#include "io/scalar_text.hpp"

namespace corridor::io::detail {

namespace {

// Column indices of node_columns() and link_columns(), in their order.
enum NodeColumn : std::size_t {
  kNodeId,
  kName,
  kCountry,
  kKind,
  kLat,
  kLon,
  kModes,
  kGauges,
  kHandlingHours,
  kHandlingUsd,
  kHandlingUsdBox,
  kHandlingKg,
  kHandlingServers,
  kDwellHours,
  kDwellUsd,
  kDwellUsdBox,
  kStorage,
  kNodeCapacity,
  kNodeSource,
};

enum LinkColumn : std::size_t {
  kLinkId,
  kFrom,
  kTo,
  kMode,
  kGauge,
  kDistance,
  kHours,
  kDays,
  kSpeed,
  kTariffUsd,
  kTariffUsdKm,
  kTariffUsdBox,
  kTariffUsdKmBox,
  kCo2,
  kBidirectional,
  kOpen,
  kTransitCountries,
  kLinkCapacity,
  kLinkSource,
};

std::string in_quotes(std::string_view text) {
  return "'" + std::string(text) + "'";
}

std::optional<model::Mode> mode_of(const RowCells& r, std::size_t column, std::string_view text) {
  if (auto m = model::parse_mode(text)) return m;
  r.error(column, "unknown mode " + in_quotes(text), model::mode_hint());
  return std::nullopt;
}

/// The optional number of `column` into `out` (left as it is when the cell is empty).
template <class T>
void read_number(const RowCells& r, std::size_t column, T& out) {
  if (!r.has(column)) return;
  if (auto v = r.number(column)) out = T(*v);
}

/// A charge given per TEU (column `teu`, YAML key `teu_key`) or per container (`box`,
/// `box_key`), not both: as the YAML reader, both are reported at the second and neither read.
template <class T>
void read_charge(const RowCells& r, std::size_t teu, std::string_view teu_key, std::size_t box,
                 std::string_view box_key, T& per_teu, T& per_container) {
  if (r.has(teu) && r.has(box)) {
    r.error(box, both_units(teu_key, box_key), kChargeUnitHint);
    return;
  }
  read_number(r, teu, per_teu);
  read_number(r, box, per_container);
}

}  // namespace

const ColumnSet& node_columns() {
  static const ColumnSet set{
      "nodes",
      {"id", "name", "country", "kind", "lat", "lon", "modes", "gauges", "handling.hours",
       "handling.usd_per_teu", "handling.usd_per_container", "handling.kg_co2e_per_teu",
       "handling.servers", "dwell.hours", "dwell.usd_per_teu", "dwell.usd_per_container",
       "storage_usd_per_teu_day", "capacity.teu_per_day", "source"},
      {"id", "name", "country", "kind"}};
  return set;
}

const ColumnSet& link_columns() {
  static const ColumnSet set{
      "links",
      {"id", "from", "to", "mode", "gauge", "distance_km", "hours", "days", "speed_kmh",
       "tariff.usd_per_teu", "tariff.usd_per_teu_km", "tariff.usd_per_container",
       "tariff.usd_per_container_km", "co2e_g_per_tkm", "bidirectional", "open",
       "transit_countries", "capacity.teu_per_day", "source"},
      {"id", "from", "to", "mode", "distance_km"}};
  return set;
}

std::string_view RowCells::text(std::size_t column) const {
  const int at = position_[column];
  if (at < 0 || static_cast<std::size_t>(at) >= row_.cells.size()) return {};
  return row_.cells[static_cast<std::size_t>(at)].text;
}

std::string RowCells::path(std::size_t column) const {
  return row_path() + "." + std::string(columns_.names[column]);
}

std::string RowCells::row_path() const {
  return std::string(columns_.list) + "[" + std::to_string(index_) + "]";
}

void RowCells::error(std::size_t column, std::string message, std::string hint) const {
  diag_.error(path(column), std::move(message), std::move(hint));
}

void RowCells::row_error(std::string message, std::string hint) const {
  diag_.error(row_path(), std::move(message), std::move(hint));
}

std::string RowCells::required(std::size_t column) const {
  const auto cell = text(column);
  if (cell.empty()) error(column, "missing required value");
  return std::string(cell);
}

std::optional<double> RowCells::number(std::size_t column) const {
  const auto cell = text(column);
  if (auto v = number_from_text(cell)) return v;
  error(column, "expected a number, got " + in_quotes(cell));
  return std::nullopt;
}

std::optional<std::int64_t> RowCells::integer_in(std::size_t column, std::string_view cell,
                                                 std::int64_t min, std::int64_t max,
                                                 std::string_view hint) const {
  if (!whole_number_text(cell)) {
    error(column, "expected a whole number, got " + in_quotes(cell));
    return std::nullopt;
  }
  std::int64_t value = 0;
  auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
  if (ec == std::errc() && value >= min && value <= max) return value;
  error(column, out_of_range(min, max, cell), std::string(hint));
  return std::nullopt;
}

std::optional<bool> RowCells::boolean(std::size_t column) const {
  const auto cell = text(column);
  if (cell == "true") return true;
  if (cell == "false") return false;
  error(column, "expected true or false, got " + in_quotes(cell));
  return std::nullopt;
}

std::optional<double> RowCells::duration(std::size_t column, double unit_hours) const {
  auto v = number(column);
  if (!v) return std::nullopt;
  if (auto problem = fixed_duration_problem(*v, unit_hours)) {
    error(column, std::move(*problem));
    return std::nullopt;
  }
  return *v * unit_hours;
}

std::vector<std::string_view> RowCells::list(std::size_t column) const {
  std::vector<std::string_view> items;
  std::string_view rest = text(column);
  while (!rest.empty()) {
    const auto cut = rest.find(';');
    items.push_back(rest.substr(0, cut));
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + 1);
  }
  return items;
}

namespace {

void read_location(const RowCells& r, model::Node& n) {
  if (r.has(kLat) != r.has(kLon)) {
    r.error(r.has(kLat) ? kLon : kLat, "give both lat and lon, or neither");
    return;
  }
  if (!r.has(kLat)) return;
  const auto lat = r.number(kLat);
  const auto lon = r.number(kLon);
  if (lat && lon) n.location = model::LatLon{*lat, *lon};
}

/// handling.* and dwell.*: a node transships (or holds every shipment) when any is given.
void read_stops(const RowCells& r, model::Node& n) {
  if (r.has(kHandlingHours) || r.has(kHandlingUsd) || r.has(kHandlingUsdBox) ||
      r.has(kHandlingKg) || r.has(kHandlingServers)) {
    model::Handling h;
    if (!r.has(kHandlingHours)) {
      r.error(kHandlingHours, "missing required value", "a node that transships needs its hours");
    } else if (auto hours = r.duration(kHandlingHours, 1.0)) {
      h.hours = model::Distribution(model::Fixed{*hours});
    }
    read_charge(r, kHandlingUsd, "usd_per_teu", kHandlingUsdBox, "usd_per_container", h.usd_per_teu,
                h.usd_per_container);
    if (r.has(kHandlingKg)) {
      if (auto kg = r.number(kHandlingKg)) h.kg_co2e_per_teu = model::KgCo2e(*kg);
    }
    if (r.has(kHandlingServers)) {
      if (auto s =
              r.integer_in(kHandlingServers, r.text(kHandlingServers), 1, model::kMaxServers)) {
        h.servers = static_cast<int>(*s);
      }
    }
    n.handling = h;
  }
  if (r.has(kDwellHours) || r.has(kDwellUsd) || r.has(kDwellUsdBox)) {
    model::Dwell d;
    if (!r.has(kDwellHours)) {
      r.error(kDwellHours, "missing required value", "a dwell needs its hours");
    } else if (auto hours = r.duration(kDwellHours, 1.0)) {
      d.hours = model::Distribution(model::Fixed{*hours});
    }
    read_charge(r, kDwellUsd, "usd_per_teu", kDwellUsdBox, "usd_per_container", d.usd_per_teu,
                d.usd_per_container);
    n.dwell = d;
  }
}

}  // namespace

void read_node_row(const RowCells& r, model::Node& n) {
  n.id = r.required(kNodeId);
  n.name = r.required(kName);
  n.country = r.required(kCountry);
  if (const auto kind = r.required(kKind); !kind.empty()) {
    if (auto k = model::parse_node_kind(kind)) {
      n.kind = *k;
    } else {
      r.error(kKind, "unknown node kind " + in_quotes(kind), kNodeKindHint);
    }
  }
  read_location(r, n);
  for (const auto item : r.list(kModes)) {
    if (auto m = mode_of(r, kModes, item)) n.modes.push_back(*m);
  }
  if (r.has(kGauges)) {
    for (const auto item : r.list(kGauges)) {
      auto mm = r.integer_in(kGauges, item, model::kMinGaugeMm, model::kMaxGaugeMm, kGaugeHint);
      if (mm) n.gauges.push_back(static_cast<int>(*mm));
    }
  }
  read_stops(r, n);
  read_number(r, kStorage, n.storage_usd_per_teu_day);
  if (r.has(kNodeCapacity)) {
    if (auto v = r.number(kNodeCapacity)) n.capacity.teu_per_day = *v;
  }
  n.source = std::string(r.text(kNodeSource));
}

namespace {

/// hours, days or speed_kmh: exactly one.
void read_running_time(const RowCells& r, model::Link& l) {
  if (r.has(kHours) && r.has(kDays)) {
    r.error(kDays, "give either hours or days, not both");
  } else if ((r.has(kHours) || r.has(kDays)) && r.has(kSpeed)) {
    r.error(kSpeed, "give either a running time (hours or days) or speed_kmh, not both");
  } else if (r.has(kHours) || r.has(kDays)) {
    const bool days = r.has(kDays);
    if (auto h = r.duration(days ? kDays : kHours, days ? model::kHoursPerDay : 1.0)) {
      l.hours = model::Distribution(model::Fixed{*h});
    }
  } else if (r.has(kSpeed)) {
    if (auto v = r.number(kSpeed)) l.speed_kmh = *v;
  } else {
    r.row_error("missing running time: give hours, days or speed_kmh");
  }
}

}  // namespace

void read_link_row(const RowCells& r, model::Link& l) {
  l.id = r.required(kLinkId);
  l.from = r.required(kFrom);
  l.to = r.required(kTo);
  if (const auto mode = r.required(kMode); !mode.empty()) {
    if (auto m = mode_of(r, kMode, mode)) l.mode = *m;
  }
  if (r.has(kGauge)) {
    if (auto mm = r.integer_in(kGauge, r.text(kGauge), model::kMinGaugeMm, model::kMaxGaugeMm,
                               kGaugeHint)) {
      l.gauge_mm = static_cast<int>(*mm);
    }
  }
  if (r.has(kDistance)) {
    if (auto km = r.number(kDistance)) l.distance = model::Km(*km);
  } else {
    (void)r.required(kDistance);
  }
  read_running_time(r, l);
  read_charge(r, kTariffUsd, "usd_per_teu", kTariffUsdBox, "usd_per_container",
              l.tariff.usd_per_teu, l.tariff.usd_per_container);
  read_charge(r, kTariffUsdKm, "usd_per_teu_km", kTariffUsdKmBox, "usd_per_container_km",
              l.tariff.usd_per_teu_km, l.tariff.usd_per_container_km);
  if (r.has(kCo2)) {
    if (auto v = r.number(kCo2)) l.co2e_g_per_tkm = *v;
  }
  if (r.has(kBidirectional)) l.bidirectional = r.boolean(kBidirectional).value_or(true);
  if (r.has(kOpen)) l.open = r.boolean(kOpen).value_or(true);
  for (const auto item : r.list(kTransitCountries))
    l.transit_countries.emplace_back(item);
  if (r.has(kLinkCapacity)) {
    if (auto v = r.number(kLinkCapacity)) l.capacity.teu_per_day = *v;
  }
  l.source = std::string(r.text(kLinkSource));
}

}  // namespace corridor::io::detail
