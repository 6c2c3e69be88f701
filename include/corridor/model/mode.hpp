#pragma once
/// Transport modes, node kinds and the port key (mode + rail gauge) of the virtual network.

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace corridor::model {

enum class Mode : std::uint8_t { rail, road, sea, ferry };
inline constexpr std::array<Mode, 4> kAllModes{Mode::rail, Mode::road, Mode::sea, Mode::ferry};

enum class NodeKind : std::uint8_t { terminal, seaport, dry_port, border, city, junction };
inline constexpr std::array<NodeKind, 6> kAllNodeKinds{NodeKind::terminal, NodeKind::seaport,
                                                       NodeKind::dry_port, NodeKind::border,
                                                       NodeKind::city,     NodeKind::junction};

[[nodiscard]] std::string_view to_string(Mode mode);
[[nodiscard]] std::string_view to_string(NodeKind kind);
[[nodiscard]] std::optional<Mode> parse_mode(std::string_view text);
[[nodiscard]] std::optional<NodeKind> parse_node_kind(std::string_view text);

/// How a shipment arrives at or leaves a node: the mode, and for rail the track gauge in mm
/// (0 for every other mode). Changing the port at a node is a transshipment.
struct Port {
  Mode mode = Mode::rail;
  int gauge_mm = 0;

  friend constexpr auto operator<=>(const Port&, const Port&) = default;
};

/// "rail 1520", "sea", ...
[[nodiscard]] std::string describe(Port port);

}  // namespace corridor::model
