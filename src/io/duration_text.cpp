#include <string>

#include <yaml-cpp/yaml.h>

#include <corridor/io/duration_text.hpp>

#include "io/parse.hpp"
#include "io/yaml_reader.hpp"

namespace corridor::io {

model::Distribution parse_duration_text(std::string_view text, const std::string& option) {
  const std::string hint =
      "a number of hours, or one distribution of hours as in a scenario, e.g. 72, "
      "'{triangular: [24, 48, 96]}' or '{lognormal: {median: 48, p95: 120}}'";
  YAML::Node node;
  try {
    node = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    throw ValidationError("",
                          {Issue{Issue::Severity::error, {}, option, "not YAML: " + e.msg, hint}});
  }
  const SourceMap where;
  detail::Diagnostics diag(where);
  const detail::Field field(node, option, diag);
  std::optional<model::Distribution> d;
  if (!field.present()) {
    field.error("expected a number or one distribution, got nothing", hint);
  } else {
    d = detail::parse_distribution(field, 1.0);
  }
  auto issues = diag.take();
  if (!d || !issues.empty()) throw ValidationError("", std::move(issues));
  return *d;
}

}  // namespace corridor::io
