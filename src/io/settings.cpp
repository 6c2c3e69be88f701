// The merged document flattened into settings (corridor/io/settings.hpp).

#include <array>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include <corridor/io/settings.hpp>

#include "io/settings_detail.hpp"

namespace corridor::io::detail {

namespace {

constexpr std::array<std::string_view, 6> kListsWithIds{"nodes",       "links",  "cargo",
                                                        "disruptions", "checks", "observations"};
constexpr std::array<std::string_view, 3> kFileKeys{"scenario", "description", "extends"};

bool contains(auto const& list, std::string_view word) {
  for (std::string_view w : list) {
    if (w == word) return true;
  }
  return false;
}

std::string flow(const YAML::Node& node) {
  YAML::Emitter out;
  out.SetMapFormat(YAML::Flow);
  out.SetSeqFormat(YAML::Flow);
  out << node;
  return out.c_str();
}

class Flattener {
 public:
  Flattener(const model::Scenario& scenario, Settings& out) : scenario_(scenario), out_(out) {}

  void map(const YAML::Node& node, const std::string& prefix, bool top) {
    for (const auto& kv : node) {
      const std::string key = kv.first.Scalar();
      if (top && contains(kFileKeys, key)) continue;
      const std::string path = prefix.empty() ? key : prefix + "." + key;
      if (top && key == "demand" && kv.second.IsSequence()) {
        demand(kv.second, path);
      } else if (top && contains(kListsWithIds, key) && kv.second.IsSequence()) {
        by_id(kv.second, path);
      } else {
        value(kv.second, path);
      }
    }
  }

 private:
  void value(const YAML::Node& node, const std::string& path) {
    if (node.IsMap()) {
      map(node, path, false);
    } else if (node.IsScalar()) {
      out_.push_back({path, node.Scalar(), false});
    } else if (node.IsNull()) {
      out_.push_back({path, "null", false});
    } else {
      out_.push_back({path, flow(node), false});
    }
  }

  void item(const YAML::Node& node, const std::string& path) {
    out_.push_back({path, "", true});
    for (const auto& kv : node) {
      const std::string key = kv.first.Scalar();
      if (key != "id") value(kv.second, path + "." + key);
    }
  }

  void by_id(const YAML::Node& list, const std::string& path) {
    std::size_t i = 0;
    for (const auto& node : list) {
      const YAML::Node id = node.IsMap() ? node["id"] : YAML::Node();
      if (id && id.IsScalar()) {
        item(node, path + "." + id.Scalar());
      } else if (path == "checks" && i < scenario_.checks.size()) {
        item(node, path + "." + scenario_.checks[i].id);
      } else {
        value(node, path + "[" + std::to_string(i) + "]");
      }
      ++i;
    }
  }

  void demand(const YAML::Node& list, const std::string& path) {
    std::size_t i = 0;
    for (const auto& node : list) {
      if (i < scenario_.demand.size() && node.IsMap()) {
        item(node, path + "." + scenario_.demand[i].id);
      } else {
        value(node, path + "[" + std::to_string(i) + "]");
      }
      ++i;
    }
  }

  const model::Scenario& scenario_;
  Settings& out_;
};

}  // namespace

Settings flatten(const YAML::Node& root, const model::Scenario& scenario) {
  Settings out;
  Flattener(scenario, out).map(root, "", true);
  return out;
}

}  // namespace corridor::io::detail
