#include "report/svg_timeseries.hpp"

#include <algorithm>

namespace corridor::report::detail::svg {

namespace {

constexpr std::size_t kPatterns = 6;  // series classes s1..s6, then again
constexpr double kLegendRow = 18.0;

std::string series_class(std::size_t i) {
  return "series s" + std::to_string(i % kPatterns + 1);
}

/// The legend, wrapped into rows within the plot's width; its height through `height`.
std::string legend(const TimeSeriesSpec& spec, double left, double width, double& height) {
  std::string out = "<g class=\"legend\">";
  double x = left;
  double y = 8.0;
  for (std::size_t i = 0; i < spec.series.size(); ++i) {
    const auto& s = spec.series[i];
    const double w = 30.0 + text_width(s.name, 11.0) + 16.0;
    if (x > left && x + w > left + width) {
      x = left;
      y += kLegendRow;
    }
    PathData d;
    d.move_to({x, y + 6});
    d.line_to({x + 24, y + 6});
    out += "<path" + attr("class", series_class(i)) + attr("d", d.str()) + "/><text" +
           attr("x", x + 30) + attr("y", y + 10) + ">" + escape(s.name) + "</text>";
    x += w;
  }
  height = y + kLegendRow + 6.0;
  return out + "</g>\n";
}

}  // namespace

std::string time_series_svg(const TimeSeriesSpec& spec) {
  if (spec.series.empty()) return "";
  ChartFrame frame = spec.frame;
  double legend_height = 0.0;
  const double left = 64.0;
  const double right = 24.0;
  const std::string key = legend(spec, left, frame.width - left - right, legend_height);
  frame.plot = Rect{left, legend_height + 6.0, frame.width - left - right, 220.0};
  frame.height = frame.plot.bottom() + 44.0;

  std::size_t periods = 0;
  double top = 0.0;
  for (const auto& s : spec.series) {
    periods = std::max(periods, s.values.size());
    for (const double v : s.values)
      top = std::max(top, v);
  }
  const double x_end = std::max(spec.x_end, static_cast<double>(periods) * spec.step);
  const Ticks xt = nice_ticks(0.0, x_end, 8);
  const Ticks yt = nice_ticks(0.0, top, 5);
  const Rect& p = frame.plot;
  const LinearScale xs{0.0, xt.last, p.x, p.right()};
  const LinearScale ys{0.0, yt.last, p.bottom(), p.y};

  std::string out = open_chart(frame, "timeseries") + key;
  if (spec.shaded > 0.0) {
    const double w = xs(std::min(spec.shaded, xt.last)) - p.x;
    out += "<g class=\"shaded\"><rect" + attr("x", p.x) + attr("y", p.y) + attr("width", w) +
           attr("height", p.height) + "/><text" + attr("x", p.x + w / 2) + attr("y", p.y + 14) +
           " text-anchor=\"middle\">" + escape(spec.shaded_label) + "</text></g>\n";
  }
  out += x_axis(frame, xs, xt, spec.x_label) + y_axis(frame, ys, yt, spec.y_label);
  out += "<g class=\"lines\">";
  for (std::size_t i = 0; i < spec.series.size(); ++i) {
    const auto& s = spec.series[i];
    PathData d;
    for (std::size_t k = 0; k < s.values.size(); ++k) {
      const double start = static_cast<double>(k) * spec.step;
      const double mid = (start + std::min(start + spec.step, x_end)) / 2.0;
      const Point at{xs(mid), ys(s.values[k])};
      if (k == 0) {
        d.move_to(at);
      } else {
        d.line_to(at);
      }
    }
    if (d.empty()) continue;
    out += "<path" + attr("class", series_class(i)) + attr("d", d.str()) + ">" + title(s.title) +
           "</path>\n";
  }
  return out + "</g></svg>";
}

}  // namespace corridor::report::detail::svg
