// The network map: links by mode and gauge, closures, places by kind, routes over them.

#include "report/svg_map.hpp"

#include <catch2/catch.hpp>

#include "tiny_network.hpp"

namespace corridor::report::detail::svg {
namespace {

using test::count_of;

std::string element_with(const std::string& svg, const std::string& title_text) {
  const auto title_at = svg.find("<title>" + title_text);
  REQUIRE(title_at != std::string::npos);
  return svg.substr(svg.rfind('<', title_at - 1), title_at - svg.rfind('<', title_at - 1));
}

TEST_CASE("the map draws every located link by mode and marks closures", "[report][map]") {
  const auto run = test::tiny_run();
  MapSpec spec{"m", "Map", "Tiny.", {}, {}, {}, {}};
  const std::string svg = map_svg(run.network, spec);
  REQUIRE(svg.rfind("<svg id=\"m\" class=\"map\" viewBox=\"0 0 1000 ", 0) == 0);
  // Q-Z ends at Z, which has no location: not drawn, and the description says so.
  CHECK(count_of(svg, "class=\"link ") == 4);
  CHECK(svg.find("Not drawn, for want of a location: 1 place, 1 link.") != std::string::npos);
  CHECK(svg.find("Q-Z") == std::string::npos);
  // Rail 1520 is broad gauge, drawn cased; the sea link is an arc (a quadratic curve).
  CHECK(element_with(svg, "A-P: ").find("class=\"link rail broad g1520\"") != std::string::npos);
  CHECK(count_of(svg, "class=\"link-inner\"") == 1);
  CHECK(element_with(svg, "P-Q: ").find("class=\"link sea\"") != std::string::npos);
  CHECK(element_with(svg, "P-Q: ").find('q') != std::string::npos);
  // Titles give the expected pricing: 24 h at sea plus half the 48-hour headway.
  CHECK(svg.find("<title>A-P: Alpha \u2013 Port P, rail 1520, 900 km, 20.0 h running, "
                 "400 USD/TEU</title>") != std::string::npos);
  CHECK(svg.find("<title>P-Q: Port P \u2013 Quay Q, sea, 500 km, 24.0 h running + 24.0 h expected "
                 "wait, 600 USD/TEU</title>") != std::string::npos);
  // The policy avoids RU: both links to Border R are closed, each with a cross.
  CHECK(element_with(svg, "A-R: ").find("class=\"link rail broad g1520 closed\"") !=
        std::string::npos);
  CHECK(svg.find("; closed by policy (avoid_countries: RU)</title>") != std::string::npos);
  CHECK(count_of(svg, "closed by policy") == 2);
  const auto crosses = svg.substr(svg.find("<g class=\"crosses\""));
  CHECK(count_of(crosses.substr(0, crosses.find("</g>")), "<path") == 2);
}

TEST_CASE("places are drawn by kind, hubs filled, line ends emphasised", "[report][map]") {
  const auto run = test::tiny_run();
  MapSpec spec{"m", "Map", "Tiny.", {}, {model::NodeId::at(0), model::NodeId::at(2)}, {}, {}};
  const std::string svg = map_svg(run.network, spec);
  CHECK(element_with(svg, "Alpha (A)").find("<circle") == 0);
  CHECK(element_with(svg, "Alpha (A)").find("class=\"place terminal end\"") != std::string::npos);
  CHECK(element_with(svg, "Port P (P)").find("<rect") == 0);
  CHECK(element_with(svg, "Port P (P)").find("class=\"place seaport hub\"") != std::string::npos);
  CHECK(element_with(svg, "Quay Q (Q)").find("class=\"place seaport hub end\"") !=
        std::string::npos);
  CHECK(element_with(svg, "Border R (R)").find("<path") == 0);
  CHECK(svg.find("<title>Border R (R), border, RU</title>") != std::string::npos);
  CHECK(svg.find("Nowhere") == std::string::npos);
  // Every located place is named (there is room), the line ends in bold.
  CHECK(svg.find("class=\"strong\">Alpha</text>") != std::string::npos);
  CHECK(svg.find(">Border R</text>") != std::string::npos);
  CHECK(svg.find("Base map: Natural Earth (public domain)") != std::string::npos);
}

TEST_CASE("a route is drawn along its legs' own geometry", "[report][map]") {
  const auto run = test::tiny_run();
  const model::Route& route = run.results.at(0).routes.at(0);
  MapSpec spec{"m", "Map", "Tiny.", {{&route, "route r1", "Route 1"}}, {}, {}, {}};
  const std::string svg = map_svg(run.network, spec);
  const std::string path = element_with(svg, "Route 1");
  REQUIRE(path.find("class=\"route r1\"") != std::string::npos);
  // The route's path continues the A-P line with the P-Q arc: the same start and the same
  // offsets as the two links drawn on their own.
  const auto d_of = [](const std::string& element) {
    const auto at = element.find(" d=\"") + 4;
    return element.substr(at, element.find('"', at) - at);
  };
  const std::string rail = d_of(element_with(svg, "A-P: "));
  const std::string sea = d_of(element_with(svg, "P-Q: "));
  const std::string route_d = d_of(path);
  CHECK(route_d.rfind(rail, 0) == 0);
  CHECK(route_d.substr(rail.size()) == sea.substr(sea.find('q')));
}

TEST_CASE("a network without locations has no map", "[report][map]") {
  model::NetworkView net;
  net.places.push_back({"X", "X", model::NodeKind::terminal, "KZ", std::nullopt, false});
  CHECK(map_svg(net, MapSpec{}).empty());
}

}  // namespace
}  // namespace corridor::report::detail::svg
