// Which links a policy's constraints close, as reports show it.

#include <catch2/catch.hpp>

#include <corridor/model/network_view.hpp>

namespace corridor::model {
namespace {

TEST_CASE("a link is avoided for every constraint that names it, its ends or its countries",
          "[model]") {
  Node a;
  a.id = "A";
  a.country = "KZ";
  Node b;
  b.id = "B";
  b.country = "AZ";
  Link link;
  link.id = "A-B";
  link.mode = Mode::ferry;
  link.transit_countries = {"TM", "RU"};
  Constraints c;
  CHECK(avoided_by(c, link, a, b).empty());
  c.avoid_countries = {"BY", "RU", "AZ"};
  // The ends first, then the countries crossed; each country once.
  CHECK(avoided_by(c, link, a, b) == std::vector<std::string>{"avoid_countries: AZ, RU"});
  c.avoid_countries.clear();
  c.avoid_modes = {Mode::sea, Mode::ferry};
  c.avoid_links = {"A-B"};
  c.avoid_nodes = {"B"};
  CHECK(avoided_by(c, link, a, b) ==
        std::vector<std::string>{"avoid_modes: ferry", "avoid_links: A-B", "avoid_nodes: B"});
  c.avoid_modes = {Mode::road};
  c.avoid_links = {"A-C"};
  c.avoid_nodes = {"C"};
  CHECK(avoided_by(c, link, a, b).empty());
}

}  // namespace
}  // namespace corridor::model
