// The `observations:` list: published journeys `corridor calibrate` compares the model with
// (model/observation.hpp). Shapes and types here; references, ranges and dates are rules of the
// checker (check_observations.cpp).

#include <string>
#include <vector>

#include "io/parse.hpp"

namespace corridor::io::detail {

namespace {

/// A figure: a number (a value) or a list of two numbers (a range, low first).
std::optional<model::ObservedRange> read_range(const Field& f, std::string_view unit) {
  if (!f.present()) return std::nullopt;
  if (f.node().IsScalar()) {
    auto v = f.number();
    if (!v) return std::nullopt;
    return model::ObservedRange{*v, *v};
  }
  if (!f.node().IsSequence()) {
    f.error("expected a number or a range [low, high]",
            "e.g. 11, or [15, 20] for " + std::string(unit) + " published as a range");
    return std::nullopt;
  }
  auto values = f.number_list();
  if (!values) return std::nullopt;
  if (values->size() != 2) {
    f.error("a range is two numbers [low, high], got " + std::to_string(values->size()),
            "a single figure is written as a number");
    return std::nullopt;
  }
  return model::ObservedRange{(*values)[0], (*values)[1]};
}

/// One node id or a list of them.
std::vector<std::string> read_ids(const Field& f) {
  if (!f.present()) return {};
  if (f.node().IsScalar()) {
    auto id = f.string();
    return id ? std::vector<std::string>{*id} : std::vector<std::string>{};
  }
  return f.string_list().value_or(std::vector<std::string>{});
}

void read_text(const Field& f, std::string& out) {
  if (!f.present()) return;
  if (auto v = f.string()) out = *v;
}

model::Observation parse_observation(const Field& f) {
  model::Observation o;
  if (!f.expect_map({"id", "from", "to", "via", "allow_countries", "cargo", "days",
                     "usd_per_container", "container", "date", "measures", "fitted", "source"})) {
    return o;
  }
  if (f.require("id")) read_text(f["id"], o.id);
  if (f.require("from")) read_text(f["from"], o.from);
  if (f.require("to")) read_text(f["to"], o.to);
  o.via = read_ids(f["via"]);
  if (f["allow_countries"].present()) {
    o.allow = f["allow_countries"].string_list().value_or(std::vector<std::string>{});
  }
  read_text(f["cargo"], o.cargo);
  o.days = read_range(f["days"], "days");
  o.usd_per_container = read_range(f["usd_per_container"], "prices");
  if (const Field c = f["container"]; c.present()) {
    if (auto text = c.string()) {
      if (auto container = model::parse_container(*text)) {
        o.container = *container;
      } else {
        c.error("unknown container '" + *text + "'", model::container_hint());
      }
    }
  }
  if (f.require("date")) read_text(f["date"], o.date);
  read_text(f["measures"], o.measures);
  if (f["fitted"].present()) {
    if (auto v = f["fitted"].boolean()) o.fitted = *v;
  }
  if (f.require("source")) read_text(f["source"], o.source);
  return o;
}

}  // namespace

std::vector<model::Observation> parse_observations(const Field& f) {
  std::vector<model::Observation> out;
  for (const Field& item : f.items())
    out.push_back(parse_observation(item));
  return out;
}

}  // namespace corridor::io::detail
