#include "report/svg_chart.hpp"

namespace corridor::report::detail::svg {

std::string open_chart(const ChartFrame& frame, std::string_view kind) {
  return "<svg" + attr("id", frame.id) + attr("class", "chart " + std::string(kind)) +
         attr("viewBox", "0 0 " + num(frame.width) + " " + num(frame.height)) + " role=\"img\"" +
         attr("aria-labelledby", frame.id + "-t " + frame.id + "-d") + "><title" +
         attr("id", frame.id + "-t") + ">" + escape(frame.title) + "</title><desc" +
         attr("id", frame.id + "-d") + ">" + escape(frame.description) + "</desc>\n";
}

std::string x_axis(const ChartFrame& frame, const LinearScale& x, const Ticks& ticks,
                   std::string_view label) {
  const Rect& p = frame.plot;
  PathData grid;
  PathData marks;
  std::string labels;
  for (double v : ticks.values()) {
    const double px = x(v);
    grid.move_to({px, p.y});
    grid.line_to({px, p.bottom()});
    marks.move_to({px, p.bottom()});
    marks.line_to({px, p.bottom() + 4});
    labels +=
        "<text" + attr("x", px) + attr("y", p.bottom() + 17) + ">" + ticks.label(v) + "</text>";
  }
  PathData line;
  line.move_to({p.x, p.bottom()});
  line.line_to({p.right(), p.bottom()});
  return "<g class=\"axis x\"><path class=\"grid\"" + attr("d", grid.str()) + "/><path" +
         attr("d", line.str() + marks.str()) + "/><g text-anchor=\"middle\">" + labels +
         "</g><text class=\"label\"" + attr("x", p.x + p.width / 2) + attr("y", p.bottom() + 36) +
         " text-anchor=\"middle\">" + escape(label) + "</text></g>\n";
}

std::string y_axis(const ChartFrame& frame, const LinearScale& y, const Ticks& ticks,
                   std::string_view label, bool right_side) {
  const Rect& p = frame.plot;
  const double edge = right_side ? p.right() : p.x;
  const double out = right_side ? 4.0 : -4.0;
  PathData grid;
  PathData marks;
  std::string labels;
  for (double v : ticks.values()) {
    const double py = y(v);
    if (!right_side) {
      grid.move_to({p.x, py});
      grid.line_to({p.right(), py});
    }
    marks.move_to({edge, py});
    marks.line_to({edge + out, py});
    labels +=
        "<text" + attr("x", edge + 2 * out) + attr("y", py + 4) + ">" + ticks.label(v) + "</text>";
  }
  PathData line;
  line.move_to({edge, p.y});
  line.line_to({edge, p.bottom()});
  // The axis label runs upwards along the axis, outside the tick labels.
  const double lx = right_side ? frame.width - 10 : 14.0;
  const double ly = p.y + p.height / 2;
  std::string text = "<g class=\"axis y\">";
  if (!grid.empty()) text += "<path class=\"grid\"" + attr("d", grid.str()) + "/>";
  text += "<path" + attr("d", line.str() + marks.str()) + "/><g" +
          attr("text-anchor", right_side ? "start" : "end") + ">" + labels + "</g>";
  text += "<text class=\"label\"" + attr("x", lx) + attr("y", ly) + " text-anchor=\"middle\"" +
          attr("transform", "rotate(" + std::string(right_side ? "90 " : "-90 ") + num(lx) + " " +
                                num(ly) + ")") +
          ">" + escape(label) + "</text>";
  return text + "</g>\n";
}

}  // namespace corridor::report::detail::svg
