#include "report/svg_distribution.hpp"

#include <algorithm>

#include "report/format.hpp"

namespace corridor::report::detail::svg {

namespace {

constexpr double kMarkerRow = 13.0;  // height of a row of marker names above the plot

/// The number of bins that end within the axis, which ends at `end`.
std::size_t drawn_bins(const model::Histogram& h, double end) {
  std::size_t n = 0;
  while (n < h.counts.size() && h.lower + static_cast<double>(n + 1) * h.width <= end + 1e-9)
    ++n;
  return std::max<std::size_t>(n, 1);  // bins of zero width all end at the lower edge
}

std::string bars(const DistributionSpec& spec, const LinearScale& xs, const LinearScale& ys,
                 std::size_t bins) {
  const auto& h = spec.histogram;
  const double total = static_cast<double>(spec.total);
  // Bins of zero width (every value equal) are drawn a hundredth of the axis wide.
  const double min_width = (xs.d1 - xs.d0) / 100.0;
  const double shown = std::max(h.width, min_width);
  std::string out = "<g class=\"histogram\">";
  for (std::size_t i = 0; i < bins; ++i) {
    const double lo = h.lower + static_cast<double>(i) * h.width;
    const double share = 100.0 * static_cast<double>(h.counts[i]) / total;
    const double top = ys(share);
    out += "<rect" + attr("x", xs(lo)) + attr("y", top) +
           attr("width", std::max(xs(lo + shown) - xs(lo) - 0.5, 0.5)) +
           attr("height", ys(0.0) - top) + ">" +
           title(fixed(lo, 1) + "\u2013" + fixed(lo + h.width, 1) + " " + spec.unit + ": " +
                 grouped(static_cast<double>(h.counts[i]), 0) + " (" + fixed(share, 1) + " %)") +
           "</rect>";
  }
  return out + "</g>\n";
}

std::string cumulative(const DistributionSpec& spec, const LinearScale& xs, const LinearScale& cs,
                       std::size_t bins) {
  const auto& h = spec.histogram;
  const double total = static_cast<double>(spec.total);
  PathData d;
  d.move_to({xs(h.lower), cs(0.0)});
  std::uint64_t sum = 0;
  for (std::size_t i = 0; i < bins; ++i) {
    sum += h.counts[i];
    const double edge = h.lower + static_cast<double>(i + 1) * h.width;
    d.line_to({xs(edge), cs(100.0 * static_cast<double>(sum) / total)});
  }
  return "<path class=\"cdf\"" + attr("d", d.str()) + "/>\n";
}

/// What the bins beyond the axis hold, under the axis at its right end; nothing when all are
/// drawn.
std::string tail_note(const DistributionSpec& spec, std::size_t bins) {
  const auto& h = spec.histogram;
  if (bins >= h.counts.size()) return "";
  std::uint64_t beyond = 0;
  for (std::size_t i = bins; i < h.counts.size(); ++i)
    beyond += h.counts[i];
  const double from = h.lower + static_cast<double>(bins) * h.width;
  const double to = h.lower + static_cast<double>(h.counts.size()) * h.width;
  const Rect& p = spec.frame.plot;
  return "<text class=\"tail\"" + attr("x", p.right()) + attr("y", p.bottom() + 52) +
         " text-anchor=\"end\">" +
         escape("not drawn: " +
                fixed(100.0 * static_cast<double>(beyond) / static_cast<double>(spec.total), 1) +
                " % from " + fixed(from, 1) + " to " + fixed(to, 1) + " " + spec.unit) +
         "</text>";
}

std::string markers(const DistributionSpec& spec, const LinearScale& xs) {
  const Rect& p = spec.frame.plot;
  std::vector<std::size_t> order(spec.markers.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return spec.markers[a].value < spec.markers[b].value;
  });
  // Rows of names: each name goes to the first row where it clears the last name placed there.
  std::vector<double> row_end;
  std::string out = "<g class=\"markers\">";
  for (std::size_t i : order) {
    const auto& m = spec.markers[i];
    const double x = xs(m.value);
    const double w = text_width(m.label, 11.0);
    // The name is centred on its line where it fits in the chart, else pushed inside.
    const double c = std::clamp(x, 4.0 + w / 2, spec.frame.width - 4.0 - w / 2);
    std::size_t row = 0;
    while (row < row_end.size() && row_end[row] > c - w / 2 - 4)
      ++row;
    if (row == row_end.size()) row_end.push_back(0.0);
    row_end[row] = c + w / 2;
    const double y = p.y - 7 - kMarkerRow * static_cast<double>(row);
    PathData d;
    d.move_to({x, y + 2});
    d.line_to({x, p.bottom()});
    out += "<g" + attr("class", m.classes) + "><path" + attr("d", d.str()) + "/><text" +
           attr("x", c) + attr("y", y) + " text-anchor=\"middle\">" + escape(m.label) +
           "</text></g>";
  }
  return out + "</g>\n";
}

}  // namespace

std::string distribution_svg(const DistributionSpec& spec) {
  const auto& h = spec.histogram;
  const Rect& p = spec.frame.plot;
  const Ticks xt = nice_ticks(spec.x_min, spec.x_max, 8);
  const std::size_t bins = drawn_bins(h, xt.last);
  std::uint64_t peak = 0;
  for (std::size_t i = 0; i < bins; ++i)
    peak = std::max(peak, h.counts[i]);
  const Ticks yt =
      nice_ticks(0.0, 100.0 * static_cast<double>(peak) / static_cast<double>(spec.total), 4);
  const Ticks ct{0.0, 100.0, 25.0, 0};
  const LinearScale xs{xt.first, xt.last, p.x, p.right()};
  const LinearScale ys{0.0, yt.last, p.bottom(), p.y};
  const LinearScale cs{0.0, 100.0, p.bottom(), p.y};
  std::string out = open_chart(spec.frame, "distribution");
  out += x_axis(spec.frame, xs, xt, spec.x_label);
  out += y_axis(spec.frame, ys, yt, "share of journeys per bin (%)");
  out += y_axis(spec.frame, cs, ct, "cumulative share (%)", true);
  out += bars(spec, xs, ys, bins);
  out += cumulative(spec, xs, cs, bins);
  out += tail_note(spec, bins);
  out += markers(spec, xs);
  return out + "</svg>";
}

}  // namespace corridor::report::detail::svg
