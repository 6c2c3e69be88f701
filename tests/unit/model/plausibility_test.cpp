#include <numbers>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <corridor/model/plausibility.hpp>

namespace corridor::model {
namespace {

Node node(std::string id, std::string country, NodeKind kind, double lat, double lon) {
  Node n;
  n.id = id;
  n.name = id;
  n.country = std::move(country);
  n.kind = kind;
  n.location = LatLon{lat, lon};
  return n;
}

Link link(std::string id, std::string from, std::string to, Mode mode, double km, double hours) {
  Link l;
  l.id = std::move(id);
  l.from = std::move(from);
  l.to = std::move(to);
  l.mode = mode;
  l.distance = Km(km);
  l.hours = Distribution(Fixed{hours});
  return l;
}

TEST_CASE("great-circle distances on the 6,371 km sphere", "[model][plausibility]") {
  // One degree along a meridian is 6371 pi / 180 km; a quarter of the equator 6371 pi / 2.
  CHECK(great_circle_km({45.0, 60.0}, {46.0, 60.0}) == Approx(6371.0 * std::numbers::pi / 180.0));
  CHECK(great_circle_km({0.0, 0.0}, {0.0, 90.0}) == Approx(6371.0 * std::numbers::pi / 2.0));
  CHECK(great_circle_km({54.0, 25.0}, {54.0, 25.0}) == 0.0);
}

TEST_CASE("plausibility: distance, speed, location and border findings", "[model][plausibility]") {
  Scenario s;
  s.nodes = {
      node("A", "KZ", NodeKind::terminal, 45.0, 60.0),
      node("B", "KZ", NodeKind::terminal, 46.0, 60.0),
      node("C", "KZ", NodeKind::terminal, 47.0, 60.0),
      node("D", "KZ", NodeKind::terminal, 60.0, 45.0),  // lat and lon swapped
      node("E", "RU", NodeKind::terminal, 48.0, 60.0),
      node("F", "RU", NodeKind::border, 49.0, 60.0),
      node("P", "AZ", NodeKind::seaport, 40.0, 50.0),
      node("W", "PL", NodeKind::terminal, 52.2, 21.0),
      node("K", "LT", NodeKind::terminal, 54.9, 23.9),
      node("M", "BY", NodeKind::terminal, 53.9, 27.6),
  };
  const double degree = 6371.0 * std::numbers::pi / 180.0;  // 111.19 km
  s.links = {
      link("AB", "A", "B", Mode::rail, 100.0, 2.0),    // below the great circle
      link("BC", "B", "C", Mode::rail, 400.0, 2.0),    // 3.6 x the great circle, 200 km/h
      link("CE", "C", "E", Mode::rail, 120.0, 3.0),    // KZ-RU, no border node
      link("EF", "E", "F", Mode::road, 115.0, 2.0),    // RU-RU: fine
      link("CF", "C", "F", Mode::rail, 230.0, 4.0),    // KZ-RU at a border node: fine
      link("AP", "A", "P", Mode::sea, 1200.0, 60.0),   // by sea between countries: fine
      link("WK", "W", "K", Mode::rail, 400.0, 20.0),   // PL-LT: no border controls in the EU
      link("EM", "E", "M", Mode::rail, 2500.0, 50.0),  // RU-BY: none in the Union State
  };
  const Plausibility p = check_plausibility(s);

  REQUIRE(p.links.size() == 8);
  CHECK(p.links[0].great_circle_km.value() == Approx(degree));
  CHECK(p.links[1].detour.value() == Approx(400.0 / degree));
  CHECK(p.links[1].speed_kmh.value() == 200.0);
  CHECK(p.links[5].speed_kmh.value() == 20.0);

  std::vector<std::string> seen;
  for (const auto& f : p.findings)
    seen.push_back(std::string(to_string(f.kind)) + " " + f.path + ": " + f.message);
  CHECK(seen == std::vector<std::string>{
                    "location nodes[3].location: location (60.00, 45.00) is outside KZ",
                    "distance links[0].distance_km: distance 100 km is below the great-circle "
                    "distance 111 km between A and B",
                    "speed links[1].hours: implied rail speed 200.0 km/h (400 km in 2.0 h) is "
                    "outside 5-120 km/h",
                    "distance links[1].distance_km: distance 400 km is 3.6 times the "
                    "great-circle distance 111 km between B and C",
                    "border links[2]: rail link crosses KZ-RU with no border node at either end",
                });
  CHECK(p.findings[0].hint == "latitude and longitude look swapped");
  CHECK(p.findings[0].node == NodeId::at(3));
  CHECK(p.findings[4].link == LinkId::at(2));
}

}  // namespace
}  // namespace corridor::model
