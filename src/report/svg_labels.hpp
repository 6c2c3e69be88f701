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

/// The square a mark covers, as place_labels keeps it clear.
[[nodiscard]] Rect mark_box(const LabelAnchor& anchor);

/// Text elements naming the anchors, in the given order (most important first). Each label
/// takes the first of twelve positions around its mark (right, left, above, below, the
/// diagonals, then right and left a line higher or lower) that stays inside `bounds` and
/// overlaps nothing in `taken` but its own mark_box; it is then added to `taken`. A label with
/// no such position is left out. Callers put every mark in `taken` first (and whatever else
/// must stay clear); placing in several calls gives earlier anchors the better positions.
/// Deterministic. O(anchors * taken).
[[nodiscard]] std::string place_labels(const std::vector<LabelAnchor>& anchors, Rect bounds,
                                       std::vector<Rect>& taken);

}  // namespace corridor::report::detail::svg
