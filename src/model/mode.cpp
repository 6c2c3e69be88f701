#include <string>

#include <corridor/model/mode.hpp>

namespace corridor::model {

std::string_view to_string(Mode mode) {
  switch (mode) {
    case Mode::rail:
      return "rail";
    case Mode::road:
      return "road";
    case Mode::sea:
      return "sea";
    case Mode::ferry:
      return "ferry";
  }
  return "?";
}

std::string_view to_string(NodeKind kind) {
  switch (kind) {
    case NodeKind::terminal:
      return "terminal";
    case NodeKind::seaport:
      return "seaport";
    case NodeKind::dry_port:
      return "dry_port";
    case NodeKind::border:
      return "border";
    case NodeKind::city:
      return "city";
    case NodeKind::junction:
      return "junction";
  }
  return "?";
}

std::optional<Mode> parse_mode(std::string_view text) {
  for (Mode m : kAllModes) {
    if (to_string(m) == text) return m;
  }
  return std::nullopt;
}

std::optional<NodeKind> parse_node_kind(std::string_view text) {
  for (NodeKind k : kAllNodeKinds) {
    if (to_string(k) == text) return k;
  }
  return std::nullopt;
}

std::string describe(Port port) {
  std::string text(to_string(port.mode));
  if (port.mode == Mode::rail && port.gauge_mm > 0) {
    text.push_back(' ');
    text.append(std::to_string(port.gauge_mm));
  }
  return text;
}

}  // namespace corridor::model
