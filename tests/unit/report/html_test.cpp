// The HTML reports: one self-contained page with the map, the charts, the text report's tables,
// the scenario's sources and what produced it.

#include <fstream>
#include <regex>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <corridor/version.hpp>

#include "report/document.hpp"
#include "report/format.hpp"
#include "report/html_page.hpp"
#include "tiny_network.hpp"

namespace corridor {
namespace {

using test::count_of;

TEST_CASE("the HTML document renders the shared layout as elements", "[report][html]") {
  std::ostringstream out;
  report::detail::Document doc(report::detail::Document::Style::html, out);
  doc.heading(1, "left out: the page header carries the title");
  doc.field("objective", "cost");
  doc.field("seed", "7 < 8");
  doc.heading(2, "A \u2192 B");
  doc.paragraph("note & more");
  report::detail::Table t({{"corridor", report::detail::Table::Align::left},
                           {"km", report::detail::Table::Align::right}});
  t.add({"Alpha\u2013Port", "1,000"});
  doc.table(t);
  doc.finish();
  CHECK(out.str() ==
        "<dl class=\"fields\"><dt>objective</dt><dd>cost</dd><dt>seed</dt><dd>7 &lt; 8</dd></dl>\n"
        "<h3>A \u2192 B</h3>\n<p>note &amp; more</p>\n"
        "<div class=\"table\"><table><thead><tr><th>corridor</th><th class=\"r\">km</th></tr>"
        "</thead><tbody>\n<tr><td>Alpha\u2013<wbr>Port</td><td class=\"r\">1,000</td></tr>\n"
        "</tbody></table></div>\n");
}

TEST_CASE("addresses in sources become links, punctuation stays outside", "[report][html]") {
  using report::detail::html::linkify;
  CHECK(linkify("see https://a.org/x?y=1&z=2). Also <b>") ==
        "see <a href=\"https://a.org/x?y=1&amp;z=2\">https://a.org/x?y=1&amp;z=2</a>). Also "
        "&lt;b&gt;");
  CHECK(linkify("http://b.com, and https://c.net/d.") ==
        "<a href=\"http://b.com\">http://b.com</a>, and "
        "<a href=\"https://c.net/d\">https://c.net/d</a>.");
  CHECK(linkify("no address: httpd") == "no address: httpd");
}

TEST_CASE("the route page is self-contained and names what produced it", "[report][html]") {
  const auto run = test::tiny_run();
  const std::string page = test::written(run, report::Format::html);
  CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(page.size() > 10000);
  CHECK(page == test::written(run, report::Format::html));  // byte-stable
  // Nothing to fetch: no scripts, no external style sheets, fonts, images or frames.
  for (const char* forbidden :
       {"<script", "<link", "<img", "<iframe", " src=", "@import", "@font-face", "url(http"}) {
    INFO(forbidden);
    CHECK(page.find(forbidden) == std::string::npos);
  }
  CHECK(page.find("<h1>tiny</h1>") != std::string::npos);
  CHECK(page.find("<p class=\"lede\">A &lt;tiny&gt; &amp; located network</p>") !=
        std::string::npos);
  CHECK(page.find("Made by corridor " + std::string(kVersion) +
                  " with <code>corridor run tiny.yaml --format html</code>.") != std::string::npos);
  // The map, with the line's route and its Pareto option to pick from; the chart of options.
  CHECK(count_of(page, "<svg id=\"map\" class=\"map\"") == 1);
  CHECK(count_of(page, "<path class=\"route l1 l1-1 chosen\"") == 1);
  CHECK(count_of(page, "<path class=\"route l1 l1-p1 alt\"") == 1);
  CHECK(count_of(page, "<input class=\"pick\" type=\"radio\"") == 4);  // all, line, 2 routes
  CHECK(page.find("#pick-l1-p1:checked~.mapbox .route.l1-p1") != std::string::npos);
  CHECK(count_of(page, "<svg id=\"options-l1\" class=\"chart scatter\"") == 1);
  CHECK(page.find(">1, P1</text>") != std::string::npos);  // the same route, one label
  // The text report's tables, and the sources with their addresses linked.
  CHECK(page.find("<td>Alpha\u2013<wbr>Port P\u2013<wbr>Quay Q</td>") != std::string::npos);
  CHECK(page.find("<th>step</th><th>where</th>") != std::string::npos);
  CHECK(page.find("<td>node</td><td>A</td><td>estimate: test (see <a "
                  "href=\"https://example.org/a\">https://example.org/a</a>).</td>") !=
        std::string::npos);
  CHECK(page.find("<td>cargo</td><td>general</td><td>estimate: cargo</td>") != std::string::npos);
}

TEST_CASE("the simulation page draws each route's days and where the time goes", "[report][html]") {
  const auto run = test::tiny_simulation();
  const auto& sim = run.results.at(0).simulated.at(0);
  const std::string page = test::written(run, report::Format::html);
  CHECK(page == test::written(run, report::Format::html));
  CHECK(page.find("<script") == std::string::npos);
  const auto chart_at = page.find("<svg id=\"days-l1-1\" class=\"chart distribution\"");
  REQUIRE(chart_at != std::string::npos);
  const std::string chart = page.substr(chart_at, page.find("</svg>", chart_at) - chart_at);
  // One bar per histogram bin (30 by default), each with its title.
  const auto bars = chart.substr(chart.find("<g class=\"histogram\">"));
  CHECK(count_of(bars.substr(0, bars.find("</g>")), "<rect") == sim.days_histogram.counts.size());
  CHECK(chart.find(">P50 " + report::detail::fixed(sim.days.p50, 1) + "</text>") !=
        std::string::npos);
  CHECK(chart.find(">P95 " + report::detail::fixed(sim.days.p95, 1) + "</text>") !=
        std::string::npos);
  CHECK(chart.find(">deadline 5: " + report::detail::fixed(100 * *sim.on_time_probability, 1) +
                   " % on time</text>") != std::string::npos);
  CHECK(chart.find("<path class=\"cdf\"") != std::string::npos);
  // Where the time goes: the route's steps, running and waiting apart, and its mean days.
  const auto bars_at = page.find("<svg id=\"time-l1\" class=\"chart stacked\"");
  REQUIRE(bars_at != std::string::npos);
  const std::string stacked = page.substr(bars_at, page.find("</svg>", bars_at) - bars_at);
  CHECK(stacked.find("<rect class=\"seg rail\"") != std::string::npos);
  CHECK(stacked.find("<rect class=\"seg transfer\"") != std::string::npos);
  CHECK(stacked.find("<rect class=\"seg sea\"") != std::string::npos);
  CHECK(stacked.find("<title>P \u2192 Q: ") != std::string::npos);
  CHECK(stacked.find(">" + report::detail::fixed(sim.days.mean, 1) + " days</text>") !=
        std::string::npos);
}

/// The days chart of the tiny simulation with `counts` in bins of a day from day 2, P99 at 6.5
/// days (in the bin from 6 to 7) and the tiny line's deadline of 5 days.
std::string days_chart_with(std::vector<std::uint64_t> counts) {
  auto run = test::tiny_simulation();
  auto& sim = run.results.at(0).simulated.at(0);
  sim.days_histogram = {2.0, 1.0, std::move(counts)};
  sim.replications = 100;
  sim.days.p99 = 6.5;
  const std::string page = test::written(run, report::Format::html);
  const auto at = page.find("<svg id=\"days-l1-1\"");
  REQUIRE(at != std::string::npos);
  return page.substr(at, page.find("</svg>", at) - at);
}

TEST_CASE("a days chart leaves out a long tail beyond P99, and says so", "[report][html]") {
  // Beyond P99's bin (ends at 7) the histogram runs on to 12: 5 days against 5 drawn from 2.
  const std::string chart = days_chart_with({10, 60, 20, 8, 1, 0, 0, 0, 0, 1});
  const auto bars = chart.substr(chart.find("<g class=\"histogram\">"));
  CHECK(count_of(bars.substr(0, bars.find("</g>")), "<rect") == 5);
  CHECK(chart.find(">not drawn: 1.0 % from 7.0 to 12.0 days</text>") != std::string::npos);
}

TEST_CASE("a days chart draws a short tail beyond P99", "[report][html]") {
  // One day beyond P99's bin against 5 drawn: not worth a note, so every bin is drawn.
  const std::string chart = days_chart_with({10, 60, 20, 8, 1, 1});
  const auto bars = chart.substr(chart.find("<g class=\"histogram\">"));
  CHECK(count_of(bars.substr(0, bars.find("</g>")), "<rect") == 6);
  CHECK(chart.find("not drawn") == std::string::npos);
}

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_CASE("the flagship page's charts and tables agree with the JSON report", "[report][html]") {
  const std::string root = CORRIDOR_SOURCE_DIR;
  const auto loaded = engine::load(root + "/scenarios/titr-baltic.yaml");
  const auto run = engine::plan(loaded.scenario, engine::prepare(loaded.scenario, {}));
  const std::string page = test::written(run, report::Format::html);
  CHECK(page.size() < 1'000'000);  // small enough to mail
  const auto json = nlohmann::json::parse(file_text(root + "/tests/golden/titr-baltic/run.json"));
  using report::detail::fixed;
  using report::detail::grouped;
  std::size_t points = 0;
  for (const auto& demand : json["demands"]) {
    auto check = [&](const nlohmann::json& r, const std::string& name) {
      const std::string figures = fixed(r["days"].get<double>(), 1) + " days \u00b7 " +
                                  grouped(r["usd"]["total"].get<double>(), 0) + " USD/TEU \u00b7 " +
                                  grouped(r["co2e_kg"].get<double>(), 0) + " kg CO2e/TEU";
      // The chart's point, and the map's route, say the same as the JSON.
      const std::string point =
          "<title>" + name + ": " + r["corridor"].get<std::string>() + ", " + figures + "</title>";
      INFO(point);
      CHECK(page.find(point) != std::string::npos);
      ++points;
    };
    for (const auto& r : demand["routes"])
      check(r, "Route " + std::to_string(r["rank"].get<int>()));
    int p = 0;
    for (const auto& r : demand["pareto"]) {
      std::string wins;
      for (const auto& w : r["wins"]) {
        const std::string c = w.get<std::string>();
        wins += (wins.empty() ? "" : ", ") + std::string(c == "time"   ? "fastest"
                                                         : c == "cost" ? "cheapest"
                                                                       : "lowest CO2e");
      }
      check(r, "Pareto option " + std::to_string(++p) + " (" + (wins.empty() ? "trade-off" : wins) +
                   ")");
    }
  }
  CHECK(points == 44);  // 21 routes and 23 Pareto options (tests/golden/titr-baltic/run.txt)
  CHECK(count_of(page, "<svg id=\"options-l") == 7);
  // The corridor from Khorgos to Vilnius is on the map: the chosen route of line 5.
  CHECK(count_of(page, "<path class=\"route l5 l5-1 chosen\"") == 1);
}

}  // namespace
}  // namespace corridor
