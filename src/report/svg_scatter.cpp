#include "report/svg_scatter.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "report/format.hpp"
#include "report/svg_labels.hpp"

namespace corridor::report::detail::svg {

namespace {

constexpr double kMinRadius = 5.0;
constexpr double kMaxRadius = 12.0;

/// A shade from light yellow-green to dark blue (the ends of the viridis scale, which stays
/// ordered in grey and for colour-blind readers), for t in [0, 1].
std::string shade(double t) {
  constexpr std::array<int, 3> kLight{0xB5, 0xDE, 0x2B};
  constexpr std::array<int, 3> kDark{0x31, 0x36, 0x8C};
  std::array<char, 8> hex{};
  std::array<long, 3> c{};
  for (std::size_t i = 0; i < 3; ++i)
    c[i] = std::lround(kLight[i] + t * (kDark[i] - kLight[i]));
  std::snprintf(hex.data(), hex.size(), "#%02lx%02lx%02lx", c[0], c[1], c[2]);
  return hex.data();
}

/// The radius whose area is proportional to t between the smallest and largest.
double radius(double t) {
  const double a = kMinRadius * kMinRadius;
  const double b = kMaxRadius * kMaxRadius;
  return std::sqrt(a + t * (b - a));
}

std::string legend(const ScatterSpec& spec, double z_min, double z_max) {
  const Rect& p = spec.frame.plot;
  const double x = p.right() + 16;
  std::string out = "<g class=\"legend\"><text class=\"label\"" + attr("x", x) +
                    attr("y", p.y + 4) + ">" + escape(spec.z_label) + "</text>";
  const std::array<double, 2> ts{0.0, 1.0};
  for (std::size_t i = 0; i < ts.size(); ++i) {
    if (i == 1 && z_max == z_min) break;
    const double cy = p.y + 26 + 30 * static_cast<double>(i);
    out += "<circle" + attr("cx", x + kMaxRadius) + attr("cy", cy) + attr("r", radius(ts[i])) +
           attr("fill", shade(ts[i])) + "/><text" + attr("x", x + 2 * kMaxRadius + 6) +
           attr("y", cy + 4) + ">" + grouped(i == 0 ? z_min : z_max, spec.z_decimals) + "</text>";
  }
  return out + "</g>\n";
}

}  // namespace

std::string scatter_svg(const ScatterSpec& spec) {
  if (spec.points.empty()) return "";
  const auto& pts = spec.points;
  auto [x_lo, x_hi] = std::minmax_element(pts.begin(), pts.end(),
                                          [](const auto& a, const auto& b) { return a.x < b.x; });
  auto [y_lo, y_hi] = std::minmax_element(pts.begin(), pts.end(),
                                          [](const auto& a, const auto& b) { return a.y < b.y; });
  auto [z_lo, z_hi] = std::minmax_element(pts.begin(), pts.end(),
                                          [](const auto& a, const auto& b) { return a.z < b.z; });
  const double z_min = z_lo->z;
  const double z_max = z_hi->z;
  // A little room around the data, so that points at the extremes are not on the axes.
  const double x_pad = std::max((x_hi->x - x_lo->x) * 0.08, std::abs(x_hi->x) * 0.01);
  const double y_pad = std::max((y_hi->y - y_lo->y) * 0.08, std::abs(y_hi->y) * 0.01);
  const Ticks xt = nice_ticks(x_lo->x - x_pad, x_hi->x + x_pad, 6);
  const Ticks yt = nice_ticks(y_lo->y - y_pad, y_hi->y + y_pad, 5);
  const Rect& p = spec.frame.plot;
  const LinearScale xs{xt.first, xt.last, p.x, p.right()};
  const LinearScale ys{yt.first, yt.last, p.bottom(), p.y};

  std::string out = open_chart(spec.frame, "scatter");
  out += x_axis(spec.frame, xs, xt, spec.x_label);
  out += y_axis(spec.frame, ys, yt, spec.y_label);
  out += legend(spec, z_min, z_max);
  // Largest first, so that small points stay visible on top of large ones.
  std::vector<std::size_t> order(pts.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return pts[a].z > pts[b].z; });
  std::string points = "<g class=\"points\">";
  for (std::size_t i : order) {
    const auto& pt = pts[i];
    const double t = z_max > z_min ? (pt.z - z_min) / (z_max - z_min) : 0.0;
    points += "<circle" + attr("class", pt.classes) + attr("cx", xs(pt.x)) + attr("cy", ys(pt.y)) +
              attr("r", radius(t)) + attr("fill", shade(t)) + ">" + title(pt.title) + "</circle>";
  }
  points += "</g>\n";
  // One label per drawn position, beside the largest point there, where it hides no other.
  std::vector<LabelAnchor> anchors;
  std::vector<bool> done(pts.size(), false);
  for (std::size_t i = 0; i < pts.size(); ++i) {
    if (done[i]) continue;
    const std::string cx = num(xs(pts[i].x));
    const std::string cy = num(ys(pts[i].y));
    LabelAnchor anchor{{xs(pts[i].x), ys(pts[i].y)}, 0.0, "", 11.5, true};
    for (std::size_t k = i; k < pts.size(); ++k) {
      if (done[k] || num(xs(pts[k].x)) != cx || num(ys(pts[k].y)) != cy) continue;
      done[k] = true;
      anchor.text += (anchor.text.empty() ? "" : ", ") + pts[k].label;
      const double t = z_max > z_min ? (pts[k].z - z_min) / (z_max - z_min) : 0.0;
      anchor.radius = std::max(anchor.radius, radius(t));
    }
    anchors.push_back(std::move(anchor));
  }
  const Rect bounds{p.x + 1, p.y - 14, p.width + 14, p.height + 13};
  std::vector<Rect> taken;
  for (const auto& a : anchors)
    taken.push_back(mark_box(a));
  const std::string labels = "<g class=\"point-labels\" aria-hidden=\"true\">" +
                             place_labels(anchors, bounds, taken) + "</g>\n";
  return out + points + labels + "</svg>";
}

}  // namespace corridor::report::detail::svg
