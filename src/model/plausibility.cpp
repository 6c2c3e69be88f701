#include <algorithm>
#include <array>
#include <cmath>
#include <iomanip>
#include <numbers>
#include <sstream>
#include <string_view>
#include <unordered_map>

#include <corridor/model/plausibility.hpp>

namespace corridor::model {

namespace {

constexpr double kEarthRadiusKm = 6371.0;

struct CountryBox {
  std::string_view iso2;
  LatLonBox box;
};

// Rough extents of the countries of the corridor's region, rounded outwards to whole degrees
// (from the Natural Earth 1:50m admin-0 outlines; overseas territories left out). Russia's
// far east crosses the antimeridian: its box stops at 180 E, and the check allows 168-180 W.
constexpr std::array kCountryBoxes{
    CountryBox{"AM", {38, 42, 43, 47}},  CountryBox{"AT", {46, 50, 9, 18}},
    CountryBox{"AZ", {38, 42, 44, 51}},  CountryBox{"BE", {49, 52, 2, 7}},
    CountryBox{"BG", {41, 45, 22, 29}},  CountryBox{"BY", {51, 57, 23, 33}},
    CountryBox{"CN", {18, 54, 73, 135}}, CountryBox{"CZ", {48, 52, 12, 19}},
    CountryBox{"DE", {47, 56, 5, 16}},   CountryBox{"EE", {57, 60, 21, 29}},
    CountryBox{"EG", {21, 32, 24, 37}},  CountryBox{"FI", {59, 71, 20, 32}},
    CountryBox{"GE", {41, 44, 40, 47}},  CountryBox{"HU", {45, 49, 16, 23}},
    CountryBox{"IR", {25, 40, 44, 64}},  CountryBox{"KZ", {40, 56, 46, 88}},
    CountryBox{"LT", {53, 57, 20, 27}},  CountryBox{"LV", {55, 58, 20, 29}},
    CountryBox{"MN", {41, 53, 87, 120}}, CountryBox{"NL", {50, 54, 3, 8}},
    CountryBox{"PL", {49, 55, 14, 25}},  CountryBox{"RO", {43, 49, 20, 30}},
    CountryBox{"RU", {41, 82, 19, 180}}, CountryBox{"SK", {47, 50, 16, 23}},
    CountryBox{"TM", {35, 43, 52, 67}},  CountryBox{"TR", {35, 43, 25, 45}},
    CountryBox{"UA", {44, 53, 22, 41}},  CountryBox{"UZ", {37, 46, 55, 74}},
};

// The European Union: freight trains cross between its members without border formalities.
constexpr std::array<std::string_view, 27> kEu{
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"};

/// Whether land traffic between countries a and b passes no border post: both in the EU, or
/// Russia and Belarus (the Union State has no border controls between them).
bool open_border(const std::string& a, const std::string& b) {
  const auto eu = [](const std::string& c) {
    return std::find(kEu.begin(), kEu.end(), c) != kEu.end();
  };
  if (eu(a) && eu(b)) return true;
  return (a == "RU" && b == "BY") || (a == "BY" && b == "RU");
}

bool inside(const LatLonBox& b, LatLon p, const std::string& iso2) {
  const bool lon_ok = (p.lon >= b.lon_min && p.lon <= b.lon_max) || (iso2 == "RU" && p.lon <= -168);
  return p.lat >= b.lat_min && p.lat <= b.lat_max && lon_ok;
}

double radians(double degrees) {
  return degrees * std::numbers::pi / 180.0;
}

/// `x` with `decimals` decimals, as the C locale writes it.
std::string fixed(double x, int decimals) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(decimals) << x;
  return out.str();
}

std::string km(double x) {
  return fixed(x, 0) + " km";
}

class Checks {
 public:
  explicit Checks(const Scenario& s) : s_(s) {
    for (std::size_t i = 0; i < s.nodes.size(); ++i)
      index_.emplace(s.nodes[i].id, i);
  }

  Plausibility run() {
    for (std::size_t i = 0; i < s_.nodes.size(); ++i)
      node(i);
    for (std::size_t i = 0; i < s_.links.size(); ++i)
      out_.links.push_back(link(i));
    return std::move(out_);
  }

 private:
  const Node* find(const std::string& id) const {
    const auto it = index_.find(id);
    return it == index_.end() ? nullptr : &s_.nodes[it->second];
  }

  void add_link(std::size_t link, PlausibilityFinding::Kind kind, std::string path,
                std::string message, std::string hint) {
    out_.findings.push_back(
        {kind, LinkId::at(link), NodeId{}, std::move(path), std::move(message), std::move(hint)});
  }

  void node(std::size_t i) {
    const Node& n = s_.nodes[i];
    const auto box = country_box(n.country);
    if (!n.location || !box || inside(*box, *n.location, n.country)) return;
    const std::string path = "nodes[" + std::to_string(i) + "].location";
    const LatLon swapped{n.location->lon, n.location->lat};
    out_.findings.push_back({PlausibilityFinding::Kind::location, LinkId{}, NodeId::at(i), path,
                             "location (" + fixed(n.location->lat, 2) + ", " +
                                 fixed(n.location->lon, 2) + ") is outside " + n.country,
                             inside(*box, swapped, n.country)
                                 ? "latitude and longitude look swapped"
                                 : "check the coordinates and the country"});
  }

  LinkPlausibility link(std::size_t i) {
    const Link& l = s_.links[i];
    const std::string path = "links[" + std::to_string(i) + "]";
    LinkPlausibility out;
    out.link = LinkId::at(i);
    out.mean_hours = l.running_time().mean();
    const double distance = l.distance.value();
    if (distance > 0.0 && out.mean_hours > 0.0) {
      out.speed_kmh = distance / out.mean_hours;
      const SpeedRange range = speed_range(l.mode);
      if (*out.speed_kmh < range.min_kmh || *out.speed_kmh > range.max_kmh) {
        add_link(i, PlausibilityFinding::Kind::speed, path + (l.hours ? ".hours" : ".speed_kmh"),
                 "implied " + std::string(to_string(l.mode)) + " speed " +
                     fixed(*out.speed_kmh, 1) + " km/h (" + km(distance) + " in " +
                     fixed(out.mean_hours, 1) + " h) is outside " + fixed(range.min_kmh, 0) + "-" +
                     fixed(range.max_kmh, 0) + " km/h",
                 "running time excludes waits and dwells, which belong to schedules and nodes");
      }
    }
    const Node* from = find(l.from);
    const Node* to = find(l.to);
    if (from == nullptr || to == nullptr) return out;
    if (from->location && to->location) {
      out.great_circle_km = great_circle_km(*from->location, *to->location);
      if (*out.great_circle_km > 0.0) out.detour = distance / *out.great_circle_km;
      if (distance < *out.great_circle_km * 0.99) {
        add_link(i, PlausibilityFinding::Kind::distance, path + ".distance_km",
                 "distance " + km(distance) + " is below the great-circle distance " +
                     km(*out.great_circle_km) + " between " + l.from + " and " + l.to,
                 "check the distance and both nodes' locations");
      } else if (out.detour && *out.detour > kMaxDetour) {
        add_link(i, PlausibilityFinding::Kind::distance, path + ".distance_km",
                 "distance " + km(distance) + " is " + fixed(*out.detour, 1) +
                     " times the great-circle distance " + km(*out.great_circle_km) + " between " +
                     l.from + " and " + l.to,
                 "fine for a sea route around a continent; otherwise check the distance");
      }
    }
    const bool land = l.mode == Mode::rail || l.mode == Mode::road;
    if (land && from->country != to->country && !open_border(from->country, to->country) &&
        from->kind != NodeKind::border && to->kind != NodeKind::border) {
      add_link(i, PlausibilityFinding::Kind::border, path,
               std::string(to_string(l.mode)) + " link crosses " + from->country + "-" +
                   to->country + " with no border node at either end",
               "add the crossing as a node of kind border, with its dwell");
    }
    return out;
  }

  const Scenario& s_;
  std::unordered_map<std::string, std::size_t> index_;
  Plausibility out_;
};

}  // namespace

SpeedRange speed_range(Mode mode) {
  switch (mode) {
    case Mode::rail:
      return {5.0, 120.0};
    case Mode::road:
      return {5.0, 90.0};
    case Mode::sea:
    case Mode::ferry:
      return {5.0, 50.0};
  }
  return {};
}

double great_circle_km(LatLon a, LatLon b) {
  const double dlat = radians(b.lat - a.lat);
  const double dlon = radians(b.lon - a.lon);
  const double h =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(radians(a.lat)) * std::cos(radians(b.lat)) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2.0 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

std::optional<LatLonBox> country_box(const std::string& iso2) {
  const auto it = std::find_if(kCountryBoxes.begin(), kCountryBoxes.end(),
                               [&](const CountryBox& c) { return c.iso2 == iso2; });
  if (it == kCountryBoxes.end()) return std::nullopt;
  return it->box;
}

std::string_view to_string(PlausibilityFinding::Kind kind) {
  switch (kind) {
    case PlausibilityFinding::Kind::distance:
      return "distance";
    case PlausibilityFinding::Kind::speed:
      return "speed";
    case PlausibilityFinding::Kind::location:
      return "location";
    case PlausibilityFinding::Kind::border:
      return "border";
  }
  return "?";
}

Plausibility check_plausibility(const Scenario& scenario) {
  return Checks(scenario).run();
}

}  // namespace corridor::model
