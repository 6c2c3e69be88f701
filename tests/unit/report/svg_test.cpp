// The SVG primitives: escaping, number format, compact path data.

#include "report/svg.hpp"

#include <catch2/catch.hpp>

namespace corridor::report::detail::svg {
namespace {

TEST_CASE("text is escaped for XML and HTML", "[report][svg]") {
  CHECK(escape("a < b & \"c\" > d") == "a &lt; b &amp; &quot;c&quot; &gt; d");
  CHECK(escape("Xi'an \u2192 Kaunas") == "Xi'an \u2192 Kaunas");  // UTF-8 passes through
  CHECK(attr("title", "<x>") == " title=\"&lt;x&gt;\"");
  CHECK(title("A & B") == "<title>A &amp; B</title>");
}

TEST_CASE("coordinates have one decimal and no trailing zero", "[report][svg]") {
  CHECK(num(12.34) == "12.3");
  CHECK(num(12.36) == "12.4");
  CHECK(num(3.0) == "3");
  CHECK(num(-0.44) == "-0.4");
  CHECK(num(-0.04) == "0");  // no "-0"
  CHECK(num(1000.05) == "1000.1");
  CHECK(attr("r", 2.0) == " r=\"2\"");
}

TEST_CASE("path data is relative after the first point and never drifts", "[report][svg]") {
  PathData d;
  CHECK(d.empty());
  d.move_to({10.0, 20.0});
  d.line_to({15.5, 18.0});   // offset (5.5, -2)
  d.line_to({15.5, 18.04});  // rounds to the same point: nothing drawn
  d.line_to({10.0, 10.0});   // offset (-5.5, -8): no separator before a minus sign
  CHECK(d.str() == "M10 20l5.5-2-5.5-8");
  // Offsets are differences of rounded points: 0.04 + 0.04 + 0.04 would drift to 0.1 if each
  // step were rounded on its own; here the last point is at 0.1 (0.12 rounded).
  PathData e;
  e.move_to({0.0, 0.0});
  e.line_to({0.04, 0.0});
  e.line_to({0.08, 0.0});
  e.line_to({0.12, 0.0});
  CHECK(e.str() == "M0 0l0.1 0");
}

TEST_CASE("moves, curves and closed subpaths are spelt out where needed", "[report][svg]") {
  PathData d;
  d.move_to({0, 0});
  d.line_to({10, 0});
  d.line_to({10, 10});
  d.close();           // back at (0, 0)
  d.move_to({20, 0});  // relative to the subpath start, not to (10, 10)
  d.move_to({30, 0});  // a second move in a row is a move, not a line
  d.quad_to({35, -5}, {40, 0});
  d.quad_to({45, 5}, {50, 0});  // a repeated curve needs no letter
  CHECK(d.str() == "M0 0l10 0 0 10zm20 0m10 0q5-5 10 0 5 5 10 0");
}

TEST_CASE("text width is estimated per character, not per byte", "[report][svg]") {
  CHECK(text_width("Alat", 10.0) == Approx(24.0));
  CHECK(text_width("Xi\u2019an", 10.0) == Approx(30.0));  // 5 characters, 7 bytes
}

}  // namespace
}  // namespace corridor::report::detail::svg
