#pragma once
// Private to io: flattening a merged YAML document (settings.cpp).

#include <yaml-cpp/yaml.h>

#include <corridor/io/settings.hpp>

namespace corridor::io::detail {

/// The settings of `root`, a merged document that loaded as `scenario` (whose demand line and
/// check ids name those items).
[[nodiscard]] Settings flatten(const YAML::Node& root, const model::Scenario& scenario);

}  // namespace corridor::io::detail
