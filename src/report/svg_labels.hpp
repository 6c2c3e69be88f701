#pragma once
// Private to report: text labels placed beside the marks they name, where they collide with
// nothing (places on a map, points of a chart).

#include <string>
#include <vector>

#include "report/svg.hpp"

namespace corridor::report::detail::svg {

/// A mark to name: a circle (or the square around it) and its label.
struct LabelAnchor {
  Point at;
  double radius = 0.0;  ///< of the area the mark covers
  std::string text;
  double font_size = 11.0;
  bool bold = false;  ///< class "strong" (and a wider width estimate)
};

/// Text elements naming the anchors, in the given order (most important first). Each label
/// takes the first of eight positions around its mark (right, left, above, below, then the
/// diagonals) that stays inside `bounds` and overlaps no mark, no label placed before and no
/// `reserved` area; a label with no such position is left out. Deterministic.
/// O(anchors^2 + anchors * reserved).
[[nodiscard]] std::string place_labels(const std::vector<LabelAnchor>& anchors, Rect bounds,
                                       const std::vector<Rect>& reserved);

}  // namespace corridor::report::detail::svg
