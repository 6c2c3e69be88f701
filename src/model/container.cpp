#include <array>

#include <corridor/model/container.hpp>

namespace corridor::model {

namespace {

constexpr std::array<Container, 3> kContainers{Container::ft20, Container::ft40, Container::hc40};

}  // namespace

std::string_view to_string(Container container) {
  switch (container) {
    case Container::ft20:
      return "20ft";
    case Container::ft40:
      return "40ft";
    case Container::hc40:
      return "40hc";
  }
  return "?";
}

std::optional<Container> parse_container(std::string_view text) {
  for (Container c : kContainers) {
    if (to_string(c) == text) return c;
  }
  return std::nullopt;
}

std::string container_hint() {
  return "containers are 20ft (1 TEU), 40ft (2 TEU), 40hc (40 ft high-cube, 2 TEU)";
}

double teu_of(Container container) {
  return container == Container::ft20 ? 1.0 : 2.0;
}

std::string_view to_string(UsdPer per) {
  return per == UsdPer::teu ? "teu" : "container";
}

std::optional<UsdPer> parse_usd_per(std::string_view text) {
  if (text == "teu") return UsdPer::teu;
  if (text == "container") return UsdPer::container;
  return std::nullopt;
}

}  // namespace corridor::model
