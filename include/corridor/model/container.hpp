#pragma once
/// ISO container sizes as planners quote them, and how many TEU (twenty-foot equivalent units)
/// each is: a 20 ft box is 1 TEU, a 40 ft and a 40 ft high-cube box 2 TEU.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace corridor::model {

enum class Container : std::uint8_t {
  ft20,  ///< "20ft": 1 TEU
  ft40,  ///< "40ft": 2 TEU
  hc40,  ///< "40hc": 40 ft high-cube, 2 TEU
};

/// "20ft", "40ft", "40hc".
[[nodiscard]] std::string_view to_string(Container container);
[[nodiscard]] std::optional<Container> parse_container(std::string_view text);
/// "containers are 20ft, 40ft, 40hc": the hint for an unknown container.
[[nodiscard]] std::string container_hint();
/// TEU per container: 1 for a 20 ft box, 2 for a 40 ft or 40 ft high-cube box.
[[nodiscard]] double teu_of(Container container);

/// What a report's route money is per: a TEU (the engines' unit) or the line's container.
enum class UsdPer : std::uint8_t { teu, container };
/// "teu", "container".
[[nodiscard]] std::string_view to_string(UsdPer per);
[[nodiscard]] std::optional<UsdPer> parse_usd_per(std::string_view text);

}  // namespace corridor::model
