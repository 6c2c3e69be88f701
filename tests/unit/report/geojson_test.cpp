// GeoJSON (RFC 7946) of the network and the routes.

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tiny_network.hpp"

namespace corridor {
namespace {

using nlohmann::json;

json feature(const json& doc, const std::string& kind, const std::string& id) {
  for (const auto& f : doc["features"]) {
    if (f["properties"]["feature"] == kind && f["properties"]["id"] == id) return f;
  }
  FAIL("no " << kind << " " << id);
  return {};
}

TEST_CASE("GeoJSON holds located places, links and routes in lon, lat order", "[report][geojson]") {
  const auto run = test::tiny_run();
  const std::string text = test::written(run, report::Format::geojson);
  CHECK(text == test::written(run, report::Format::geojson));
  const json doc = json::parse(text);
  CHECK(doc["type"] == "FeatureCollection");
  CHECK(doc["name"] == "tiny");
  CHECK_FALSE(doc.contains("crs"));  // RFC 7946: WGS 84 longitude, latitude only
  // 4 located places (Z has none), 4 links (Q-Z ends at Z), the route and its Pareto option.
  CHECK(doc["features"].size() == 10);

  const json a = feature(doc, "node", "A");
  CHECK(a["geometry"] == json::parse(R"({"type": "Point", "coordinates": [60.0, 45.0]})"));
  CHECK(a["properties"]["name"] == "Alpha");
  CHECK(a["properties"]["kind"] == "terminal");
  CHECK(a["properties"]["country"] == "KZ");
  CHECK(a["properties"]["transships"] == false);

  const json rail = feature(doc, "link", "A-P");
  CHECK(rail["geometry"]["type"] == "LineString");
  CHECK(rail["geometry"]["coordinates"] == json::parse("[[60.0, 45.0], [51.0, 44.0]]"));
  const json& rp = rail["properties"];
  CHECK(rp["name"] == "Alpha \u2013 Port P");
  CHECK(rp["mode"] == "rail");
  CHECK(rp["gauge_mm"] == 1520);
  CHECK(rp["km"] == 900.0);
  CHECK(rp["hours"] == 20.0);
  CHECK(rp["wait_hours"] == 0.0);
  CHECK(rp["usd"] == 400.0);
  CHECK(rp["country"] == "KZ");
  CHECK(rp["closed_by"].is_null());

  const json sea = feature(doc, "link", "P-Q")["properties"];
  CHECK(sea["gauge_mm"].is_null());
  CHECK(sea["wait_hours"] == 24.0);  // half the 48-hour headway
  CHECK(sea["country"] == "KZ, AZ");
  const json closed = feature(doc, "link", "A-R")["properties"];
  CHECK(closed["closed_by"] == "avoid_countries: RU");
  CHECK(closed["open"] == true);  // open in the scenario, closed by the policy

  // The route A -rail- P (transfer, 10 h, 50 USD) -sea- Q: 20 + 10 + 24 h plus the wait for
  // the 48-hourly sailing, priced over the 365-day departure window: cargo reaches P at
  // u = ready + 30, uniform on [30, 8790). 182 whole headways wait 24 h on average; the last
  // 24 h of u (8766..8790, i.e. 30..54 mod 48) wait 18 -> 0 then 48 -> 42 h, 162 + 270 h·h.
  // Mean wait (182 x 48 x 24 + 432) / 8760 = 23.9836 h: 77.98 hours = 3.249 days;
  // 400 + 50 + 600 = 1,050 USD per TEU.
  const json route = feature(doc, "route", "A>Q:general:best:1");
  CHECK(route["geometry"]["type"] == "LineString");
  CHECK(route["geometry"]["coordinates"] ==
        json::parse("[[60.0, 45.0], [51.0, 44.0], [49.5, 40.0]]"));
  const json& p = route["properties"];
  CHECK(p["name"] == "Alpha\u2013Port P\u2013Quay Q");
  CHECK(p["days"] == 3.249);
  CHECK(p["hours"] == 77.98);
  CHECK(p["usd"] == 1050.0);
  CHECK(p["km"] == 1400.0);
  CHECK(p["transshipments"] == 1);
  const json routes_json = json::parse(test::written(run, report::Format::json));
  CHECK(p["co2e_kg"] == routes_json["demands"][0]["routes"][0]["co2e_kg"]);
  CHECK(feature(doc, "route", "A>Q:general:pareto:1")["properties"]["set"] == "pareto");
}

TEST_CASE("simulated routes carry their simulated days", "[report][geojson]") {
  const auto run = test::tiny_simulation();
  const json doc = json::parse(test::written(run, report::Format::geojson));
  const auto& sim = run.results.at(0).simulated.at(0);
  const json p = feature(doc, "route", "A>Q:general:simulated:1")["properties"];
  CHECK(p["p90_days"].get<double>() == Approx(sim.days.p90).margin(5e-4));
  CHECK(p["on_time_probability"].get<double>() == Approx(*sim.on_time_probability).margin(5e-5));
}

}  // namespace
}  // namespace corridor
