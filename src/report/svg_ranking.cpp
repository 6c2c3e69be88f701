#include "report/svg_ranking.hpp"

#include <algorithm>

namespace corridor::report::detail::svg {

namespace {

constexpr double kBarHeight = 16.0;
constexpr double kBarGap = 8.0;
constexpr double kFontSize = 11.0;
constexpr double kMinPlotWidth = 260.0;

/// A diagonal hatch for off-scale bars, defined inside the chart so that it stands alone.
std::string hatch(const std::string& id) {
  return "<defs><pattern" + attr("id", id) +
         " width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
         "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f7d6d0\"/>"
         "<path d=\"M0 0v6\" stroke=\"#9b1c1a\" stroke-width=\"2.6\"/></pattern></defs>\n";
}

}  // namespace

std::string ranked_bars_svg(const RankedBarsSpec& spec) {
  if (spec.bars.empty()) return "";
  double label_width = 0.0;
  double figures_width = 0.0;
  double longest = spec.x_max;
  for (const auto& b : spec.bars) {
    label_width = std::max(label_width, text_width(b.label, kFontSize));
    figures_width = std::max(figures_width, text_width(b.figures, kFontSize));
    if (!b.off_scale) longest = std::max(longest, b.value);
  }
  ChartFrame frame = spec.frame;
  const double left = std::max(60.0, label_width + 16.0);
  const double right = figures_width + 16.0;
  frame.width = std::max(frame.width, left + kMinPlotWidth + right);
  const double plot_height =
      static_cast<double>(spec.bars.size()) * (kBarHeight + kBarGap) - kBarGap + 2 * 6.0;
  frame.plot = Rect{left, 10.0, frame.width - left - right, plot_height};
  frame.height = plot_height + 10.0 + 44.0;

  const Ticks xt = nice_ticks(0.0, longest, 6);
  const Rect& p = frame.plot;
  const LinearScale xs{0.0, xt.last, p.x, p.right()};
  const std::string pattern = frame.id + "-off";
  std::string out = open_chart(frame, "ranking") + hatch(pattern) +
                    x_axis(frame, xs, xt, spec.x_label) + "<g class=\"bars\">";
  for (std::size_t i = 0; i < spec.bars.size(); ++i) {
    const auto& bar = spec.bars[i];
    const double y = p.y + 6.0 + static_cast<double>(i) * (kBarHeight + kBarGap);
    const double text_y = y + kBarHeight / 2 + 4;
    out += "<text class=\"bar-label\"" + attr("x", p.x - 8) + attr("y", text_y) +
           " text-anchor=\"end\">" + escape(bar.label) + "</text>";
    double end = p.x;
    if (bar.off_scale) {
      end = p.right();
      out += "<rect" + attr("class", "bar off-scale " + bar.classes) + attr("x", p.x) +
             attr("y", y) + attr("width", p.width) + attr("height", kBarHeight) +
             attr("fill", "url(#" + pattern + ")") + ">" + title(bar.title) + "</rect>";
    } else if (bar.value > 0.0) {
      end = xs(bar.value);
      out += "<rect" + attr("class", "bar " + bar.classes) + attr("x", p.x) + attr("y", y) +
             attr("width", end - p.x) + attr("height", kBarHeight) + ">" + title(bar.title) +
             "</rect>";
    }
    out += "<text class=\"bar-total\"" + attr("x", end + 6) + attr("y", text_y) + ">" +
           escape(bar.figures) + "</text>\n";
  }
  return out + "</g></svg>";
}

}  // namespace corridor::report::detail::svg
