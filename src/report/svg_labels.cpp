#include "report/svg_labels.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace corridor::report::detail::svg {

namespace {

constexpr double kGap = 2.0;

struct Placement {
  Rect box;
  Point text;
  std::string_view anchor;  // text-anchor
};

/// The candidate positions of a label `width` wide around a mark, best first: beside, above,
/// below, diagonally, then beside but a line higher or lower.
std::array<Placement, 12> candidates(const LabelAnchor& a, double width) {
  const double font = a.font_size;
  const double r = a.radius + kGap;
  const double d = a.radius * 0.7 + kGap;  // diagonal offset
  const double x = a.at.x;
  const double y = a.at.y;
  const double ascent = 0.8 * font;
  // A label's box as browsers measure glyphs: from 0.95 em above the baseline to 0.25 em
  // below it (accents and descenders), wider than the 0.8 em cap height used to place it.
  const double top = 0.95 * font;
  const double height = 1.2 * font;
  auto right = [&](double x0, double baseline) {
    return Placement{{x0, baseline - top, width, height}, {x0, baseline}, "start"};
  };
  auto left = [&](double x1, double baseline) {
    return Placement{{x1 - width, baseline - top, width, height}, {x1, baseline}, "end"};
  };
  auto centred = [&](double baseline) {
    return Placement{{x - width / 2, baseline - top, width, height}, {x, baseline}, "middle"};
  };
  const double middle = y + 0.35 * font;
  const double line = 1.1 * font;
  return {right(x + r, middle),        left(x - r, middle),         centred(y - r - 0.2 * font),
          centred(y + r + ascent),     right(x + d, y - d),         right(x + d, y + d + ascent),
          left(x - d, y - d),          left(x - d, y + d + ascent), right(x + r, middle - line),
          right(x + r, middle + line), left(x - r, middle - line),  left(x - r, middle + line)};
}

}  // namespace

Rect mark_box(const LabelAnchor& a) {
  return {a.at.x - a.radius, a.at.y - a.radius, 2 * a.radius, 2 * a.radius};
}

std::string place_labels(const std::vector<LabelAnchor>& anchors, Rect bounds,
                         std::vector<Rect>& taken) {
  std::string out;
  for (const LabelAnchor& a : anchors) {
    const double width = text_width(a.text, a.font_size) * (a.bold ? 1.06 : 1.0);
    const Rect own = mark_box(a);
    for (const auto& c : candidates(a, width)) {
      if (!bounds.contains(c.box)) continue;
      // Its own mark does not count: the label sits beside it.
      const bool free = std::none_of(taken.begin(), taken.end(), [&](const Rect& t) {
        const bool is_own =
            t.x == own.x && t.y == own.y && t.width == own.width && t.height == own.height;
        return !is_own && t.overlaps(c.box);
      });
      if (!free) continue;
      taken.push_back(c.box);
      out += "<text" + attr("x", c.text.x) + attr("y", c.text.y);
      if (c.anchor != "start") out += attr("text-anchor", c.anchor);
      if (a.bold) out += " class=\"strong\"";
      out += ">" + escape(a.text) + "</text>";
      break;
    }
  }
  return out;
}

}  // namespace corridor::report::detail::svg
