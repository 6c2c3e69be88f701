#pragma once
// Test support for tests/unit/report: differences between a report and its JSON document,
// collected so that one failure names the first cell that differs.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace corridor::test {

using Json = nlohmann::ordered_json;

/// Collects the cells that differ from their JSON values.
class Mismatches {
 public:
  void compare(const std::string& where, const std::string& cell, const Json& value) {
    bool same = false;
    if (value.is_null()) {
      same = cell.empty();
    } else if (value.is_string()) {
      same = cell == value.get<std::string>();
    } else if (value.is_boolean()) {
      same = cell == (value.get<bool>() ? "true" : "false");
    } else if (value.is_number()) {
      // Both are rounded to the same decimals: the parsed cell is the JSON number exactly.
      same = !cell.empty() && std::stod(cell) == value.get<double>();
    }
    if (!same) add(where + ": CSV '" + cell + "', JSON " + value.dump());
  }
  void add(std::string text) { list_.push_back(std::move(text)); }
  [[nodiscard]] const std::vector<std::string>& list() const { return list_; }

 private:
  std::vector<std::string> list_;
};

/// What one CSV row stands for in the JSON document.

}  // namespace corridor::test
