// Labels beside marks, never on top of each other.

#include "report/svg_labels.hpp"

#include <random>

#include <catch2/catch.hpp>

namespace corridor::report::detail::svg {
namespace {

TEST_CASE("a label goes right of its mark, else left, else above", "[report][svg]") {
  // Two marks 50 apart: the first label (19.8 wide: 3 characters x 0.6 x 11 px, 106 to
  // 125.8) sits right of its mark; the second (39.6 wide) cannot go right (out of bounds)
  // nor left (104.4 to 144, onto the first label), so it goes above (130.2 to 169.8).
  const std::vector<LabelAnchor> anchors{{{100, 50}, 4, "Aaa", 11, false},
                                         {{150, 50}, 4, "Bbbbbb", 11, false}};
  std::vector<Rect> taken{mark_box(anchors[0]), mark_box(anchors[1])};
  const std::string out = place_labels(anchors, Rect{0, 0, 180, 100}, taken);
  CHECK(taken.size() == 4);  // the two marks and the two labels
  CHECK(out ==
        "<text x=\"106\" y=\"53.9\">Aaa</text>"
        "<text x=\"150\" y=\"41.8\" text-anchor=\"middle\">Bbbbbb</text>");
}

TEST_CASE("a label that fits nowhere is left out", "[report][svg]") {
  const std::vector<LabelAnchor> anchors{{{10, 10}, 4, "a long name", 11, false}};
  std::vector<Rect> taken;
  CHECK(place_labels(anchors, Rect{0, 0, 20, 20}, taken).empty());
  CHECK(taken.empty());
}

TEST_CASE("placed labels never overlap each other, marks or reserved areas", "[report][svg]") {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> at(0.0, 400.0);
  std::vector<LabelAnchor> anchors;
  for (int i = 0; i < 60; ++i)
    anchors.push_back({{at(rng), at(rng)}, 4, "place " + std::to_string(i), 11, i % 5 == 0});
  const Rect reserved{0, 380, 120, 20};
  std::vector<Rect> taken{reserved};
  for (const auto& a : anchors)
    taken.push_back(mark_box(a));
  const std::string out = place_labels(anchors, Rect{0, 0, 400, 400}, taken);
  // Read back the boxes: every text is "<text x=.. y=..[ text-anchor=..][ class=..]>".
  std::vector<Rect> boxes;
  std::size_t at_text = 0;
  std::size_t placed = 0;
  while ((at_text = out.find("<text x=\"", at_text)) != std::string::npos) {
    const double x = std::stod(out.substr(at_text + 9));
    const auto y_at = out.find("y=\"", at_text) + 3;
    const double y = std::stod(out.substr(y_at));
    const auto close = out.find('>', at_text);
    const std::string head = out.substr(at_text, close - at_text);
    const auto end = out.find("</text>", close);
    const std::string text = out.substr(close + 1, end - close - 1);
    const bool bold = head.find("strong") != std::string::npos;
    const double w = text_width(text, 11) * (bold ? 1.06 : 1.0);
    double left = x;
    if (head.find("\"end\"") != std::string::npos) left = x - w;
    if (head.find("\"middle\"") != std::string::npos) left = x - w / 2;
    const Rect box{left + 0.1, y - 8.8 + 0.1, w - 0.2, 11 - 0.2};  // less rounding
    CHECK_FALSE(box.overlaps(reserved));
    for (const auto& other : boxes)
      CHECK_FALSE(box.overlaps(other));
    for (const auto& a : anchors) {
      if (a.text == text) continue;
      CHECK_FALSE(box.overlaps({a.at.x - a.radius, a.at.y - a.radius, 2 * a.radius, 2 * a.radius}));
    }
    boxes.push_back(box);
    ++placed;
    at_text = end;
  }
  CHECK(placed > 30);  // most find a place
}

}  // namespace
}  // namespace corridor::report::detail::svg
