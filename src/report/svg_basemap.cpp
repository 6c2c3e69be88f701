#include "report/svg_basemap.hpp"

#include <algorithm>
#include <vector>

#include "report/basemap.hpp"
#include "report/format.hpp"

namespace corridor::report::detail::svg {

namespace {

/// One layer's shapes as path data; shapes wholly outside the drawing and its `margin` are
/// left out.
std::string layer_path(const basemap::Layer& layer, const Projection& proj, double margin,
                       bool closed) {
  const Rect view{-margin, -margin, proj.width() + 2 * margin, proj.height() + 2 * margin};
  PathData d;
  std::vector<Point> pts;
  for (std::size_t i = 0; i < layer.size(); ++i) {
    const auto shape = layer.shape(i);
    pts.clear();
    for (std::size_t k = 0; k + 1 < shape.size(); k += 2) {
      pts.push_back(
          proj({shape[k + 1] * basemap::kDegreesPerUnit, shape[k] * basemap::kDegreesPerUnit}));
    }
    if (closed && pts.size() > 1) pts.pop_back();  // a ring repeats its first point
    if (pts.size() < 2) continue;
    Rect box{pts.front().x, pts.front().y, 0, 0};
    for (const auto& p : pts) {
      const double right = std::max(box.right(), p.x);
      const double bottom = std::max(box.bottom(), p.y);
      box.x = std::min(box.x, p.x);
      box.y = std::min(box.y, p.y);
      box.width = right - box.x;
      box.height = bottom - box.y;
    }
    if (!box.overlaps(view)) continue;  // nothing of it would show
    d.move_to(pts.front());
    for (std::size_t k = 1; k < pts.size(); ++k)
      d.line_to(pts[k]);
    if (closed) d.close();
  }
  return d.str();
}

}  // namespace

std::string base_layer(const Projection& proj, double margin) {
  std::string out = "<g class=\"base\" aria-hidden=\"true\">";
  out +=
      "<rect class=\"water\"" + attr("width", proj.width()) + attr("height", proj.height()) + "/>";
  out +=
      "\n<path class=\"land\"" + attr("d", layer_path(basemap::land(), proj, margin, true)) + "/>";
  out += "\n<path class=\"borders\"" +
         attr("d", layer_path(basemap::borders(), proj, margin, false)) + "/>";
  return out + "</g>\n";
}

std::string scale_bar(const Projection& proj, Rect& box) {
  // A round distance near a sixth of the map's width.
  const double target_km = proj.width() / 6.0 * proj.km_per_unit();
  double km = 1.0;
  while (km * 10.0 <= target_km)
    km *= 10.0;
  if (km * 5.0 <= target_km) {
    km *= 5.0;
  } else if (km * 2.0 <= target_km) {
    km *= 2.0;
  }
  const double length = km / proj.km_per_unit();
  const double x = 12.0;
  const double y = proj.height() - 14.0;
  PathData d;
  d.move_to({x, y - 4});
  d.line_to({x, y});
  d.line_to({x + length, y});
  d.line_to({x + length, y - 4});
  const std::string label = grouped(km, 0) + " km";
  box = Rect{x - 2, y - 12, length + 9 + text_width(label, 11.0), 18};
  return "<g class=\"scale\"><path" + attr("d", d.str()) + "/><text" + attr("x", x + length + 5) +
         attr("y", y + 3.5) + ">" + label + "</text></g>";
}

}  // namespace corridor::report::detail::svg
