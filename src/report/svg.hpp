#pragma once
// Private to report: the primitives SVG and HTML pieces are written with — escaping, numbers
// with a fixed precision, path data, attributes and a rough text width.

#include <string>
#include <string_view>

namespace corridor::report::detail::svg {

/// A position in a drawing's user units (y grows downwards).
struct Point {
  double x = 0.0;
  double y = 0.0;
};

/// A rectangle in user units.
struct Rect {
  double x = 0.0;
  double y = 0.0;
  double width = 0.0;
  double height = 0.0;

  [[nodiscard]] double right() const { return x + width; }
  [[nodiscard]] double bottom() const { return y + height; }
  /// True when the two rectangles share interior points.
  [[nodiscard]] bool overlaps(const Rect& other) const {
    return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
  }
  [[nodiscard]] bool contains(const Rect& other) const {
    return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
  }
};

/// `text` with &, <, > and " escaped, for XML and HTML text and attribute values.
[[nodiscard]] std::string escape(std::string_view text);

/// A coordinate or length rounded to tenths, without trailing zeros: "12.5", "3", "-0.4".
[[nodiscard]] std::string num(double value);

/// ` name="value"`, the value escaped.
[[nodiscard]] std::string attr(std::string_view name, std::string_view value);
/// ` name="12.5"` (see num).
[[nodiscard]] std::string attr(std::string_view name, double value);

/// `<title>text</title>`: the accessible name and tooltip of the enclosing element.
[[nodiscard]] std::string title(std::string_view text);

/// Path data ("d") with coordinates rounded to tenths. After the first point the commands are
/// relative, and each offset is the difference of two rounded points, so the drawn path never
/// drifts from the rounded absolute positions and the text stays short.
class PathData {
 public:
  void move_to(Point p);
  void line_to(Point p);
  /// A quadratic Bézier curve with control point `control`, ending at `p`.
  void quad_to(Point control, Point p);
  /// Closes the current subpath.
  void close();

  [[nodiscard]] bool empty() const { return d_.empty(); }
  [[nodiscard]] const std::string& str() const { return d_; }

 private:
  void number(long long t, bool separate);
  void command(char letter);
  void to(long long x, long long y);

  std::string d_;
  long long x_ = 0;  // the current point, in tenths of a unit
  long long y_ = 0;
  long long start_x_ = 0;  // the current subpath's start
  long long start_y_ = 0;
  char last_ = 0;  // the last command written
  bool pending_separator_ = false;
};

/// Approximate width of `text` in the reports' sans-serif face at `font_size` (0.6 em per
/// character, a little wider than most faces, so that labels placed with it do not collide).
[[nodiscard]] double text_width(std::string_view text, double font_size);

}  // namespace corridor::report::detail::svg
