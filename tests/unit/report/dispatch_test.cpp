// The one format dispatch of the reports: the formats a report does not have are refused with
// its own words, a byte order mark goes only before CSV, and text and Markdown share a layout.

#include <sstream>
#include <stdexcept>
#include <string>

#include <catch2/catch.hpp>

#include <corridor/report/calibration.hpp>
#include <corridor/report/plausibility.hpp>
#include <corridor/report/sweep.hpp>

namespace corridor::report {
namespace {

constexpr std::string_view kMark = "\xEF\xBB\xBF";

template <class... Args>
std::string written(const Args&... args) {
  std::ostringstream out;
  write(args..., out);
  return out.str();
}

/// The same with a byte order mark asked for.
template <class... Args>
std::string marked(const Args&... args) {
  std::ostringstream out;
  write(args..., out, WriteOptions{true});
  return out.str();
}

TEST_CASE("reports without HTML or GeoJSON refuse them, naming the formats they have", "[report]") {
  const model::CalibrationRun calibration;
  const model::Scenario scenario;
  const model::Plausibility checks;
  const model::SweepTable sweep;
  for (const Format f : {Format::html, Format::geojson}) {
    const std::string not_this = ", not " + std::string(to_string(f));
    CHECK_THROWS_WITH(written(calibration, f),
                      "a calibration report is text, md, json or csv" + not_this);
    CHECK_THROWS_WITH(written(scenario, checks, f),
                      "a plausibility report is text, md, json or csv" + not_this);
    CHECK_THROWS_WITH(written(sweep, f), "sweep tables are text, md, json or csv" + not_this);
  }
}

TEST_CASE("a byte order mark goes before CSV, and only there", "[report]") {
  model::Scenario scenario;
  scenario.name = "tiny";
  const model::Plausibility checks;
  const std::string plain = written(scenario, checks, Format::csv);
  CHECK(plain ==
        "scenario,element,id,mode,km,mean_hours,speed_kmh,great_circle_km,detour,findings\r\n");
  CHECK(marked(scenario, checks, Format::csv) == std::string(kMark) + plain);

  const model::CalibrationRun calibration;
  CHECK(marked(calibration, Format::csv) == std::string(kMark) + written(calibration, Format::csv));

  const std::string refusal = "a byte order mark is written only before CSV reports";
  for (const Format f : {Format::text, Format::md, Format::json}) {
    CHECK_THROWS_WITH(marked(scenario, checks, f), refusal);
    CHECK_THROWS_WITH(marked(calibration, f), refusal);
  }
}

TEST_CASE("text and Markdown are one layout in two styles", "[report]") {
  model::Scenario scenario;
  scenario.name = "tiny";
  const model::Plausibility checks;
  const std::string text = written(scenario, checks, Format::text);
  const std::string md = written(scenario, checks, Format::md);
  CHECK(text.rfind("Plausibility: tiny\n==================\n", 0) == 0);
  CHECK(md.rfind("# Plausibility: tiny\n", 0) == 0);
  // Both end with the findings, of which there are none.
  CHECK(text.find("none") != std::string::npos);
  CHECK(md.find("none") != std::string::npos);
}

}  // namespace
}  // namespace corridor::report
