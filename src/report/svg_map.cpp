#include "report/svg_map.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "report/basemap.hpp"
#include "report/format.hpp"
#include "report/svg_basemap.hpp"
#include "report/svg_labels.hpp"
#include "report/svg_projection.hpp"

namespace corridor::report::detail::svg {

namespace {

constexpr double kWidth = 1000.0;
constexpr double kMargin = 40.0;
constexpr double kMinAspect = 0.42;
constexpr double kMaxAspect = 0.75;
constexpr int kStandardGauge = 1435;  // mm

/// A place's marker as drawn.
struct Marker {
  model::NodeId place;
  Point at;
  double radius = 0.0;
  bool emphasised = false;
};

/// The projection and every place's position (none without a location).
struct Canvas {
  const model::NetworkView* net = nullptr;
  Projection proj;
  std::vector<std::optional<Point>> at;

  [[nodiscard]] const std::optional<Point>& place(model::NodeId id) const {
    return at.at(id.index());
  }
};

std::optional<Canvas> canvas_for(const model::NetworkView& net) {
  std::vector<model::LatLon> located;
  for (const auto& p : net.places) {
    if (p.location) located.push_back(*p.location);
  }
  if (located.empty()) return std::nullopt;
  Canvas c{&net, Projection::fit(located, kWidth, kMargin, kMinAspect, kMaxAspect), {}};
  for (const auto& p : net.places) {
    c.at.push_back(p.location ? std::optional<Point>(c.proj(*p.location)) : std::nullopt);
  }
  return c;
}

/// The control point of a sea or ferry link's arc, from its `from` end to its `to` end; none
/// for a straight link. The arc bulges to the south (east for a north-south chord) by the
/// sagitta s of a shallow arc as long as the sailing distance L over the chord c,
/// L ~ c + 8 s^2 / (3 c), at least a tenth of the chord and at most half of it; a quadratic
/// curve peaks at half its control point's offset.
std::optional<Point> arc_control(const model::LinkView& link, Point a, Point b,
                                 double km_per_unit) {
  if (link.mode != model::Mode::sea && link.mode != model::Mode::ferry) return std::nullopt;
  const double dx = b.x - a.x;
  const double dy = b.y - a.y;
  const double chord = std::sqrt(dx * dx + dy * dy);
  if (chord == 0.0) return std::nullopt;
  const double chord_km = chord * km_per_unit;
  const double extra_km = std::max(0.0, link.distance.value() - chord_km);
  const double sagitta_km = std::sqrt(3.0 * chord_km * extra_km / 8.0);
  const double sagitta = std::clamp(sagitta_km / km_per_unit, 0.1 * chord, 0.5 * chord);
  Point normal{-dy / chord, dx / chord};
  if (normal.y < 0.0 || (normal.y == 0.0 && normal.x < 0.0)) normal = {-normal.x, -normal.y};
  return Point{(a.x + b.x) / 2.0 + 2.0 * sagitta * normal.x,
               (a.y + b.y) / 2.0 + 2.0 * sagitta * normal.y};
}

/// Appends a link's geometry to `d`, from `link.to` to `link.from` when `reverse`, starting a
/// new subpath unless `d` already ends where it starts. False when an end has no location.
bool add_link(PathData& d, std::optional<Point>& pen, const Canvas& c, const model::LinkView& link,
              bool reverse) {
  const auto& a = c.place(link.from);
  const auto& b = c.place(link.to);
  if (!a || !b) return false;
  const Point start = reverse ? *b : *a;
  const Point end = reverse ? *a : *b;
  if (!pen || num(pen->x) != num(start.x) || num(pen->y) != num(start.y)) d.move_to(start);
  if (auto control = arc_control(link, *a, *b, c.proj.km_per_unit())) {
    d.quad_to(*control, end);
  } else {
    d.line_to(end);
  }
  pen = end;
  return true;
}

/// The middle of a located link as drawn: of its line, or of its quadratic arc,
/// (a + 2 control + b) / 4. Precondition: both ends located.
Point link_middle(const Canvas& c, const model::LinkView& link) {
  const Point a = *c.place(link.from);
  const Point b = *c.place(link.to);
  const auto control = arc_control(link, a, b, c.proj.km_per_unit());
  return control ? Point{(a.x + 2 * control->x + b.x) / 4.0, (a.y + 2 * control->y + b.y) / 4.0}
                 : Point{(a.x + b.x) / 2.0, (a.y + b.y) / 2.0};
}

/// The marks (bands along links, discs behind places) and, through `badges` and
/// `badge_boxes`, their badges and where they sit. Marks of unlocated elements are left out.
std::string marks_layer(const Canvas& c, const std::vector<MapMark>& marks, std::string& badges,
                        std::vector<Rect>& badge_boxes) {
  std::string bands;
  std::string discs;
  for (const auto& m : marks) {
    std::optional<Point> at;
    if (m.link.valid()) {
      const auto& link = c.net->link(m.link);
      PathData d;
      std::optional<Point> pen;
      if (!add_link(d, pen, c, link, false)) continue;
      at = link_middle(c, link);
      bands += "<path" + attr("class", "mark band " + m.classes) + attr("d", d.str()) +
               attr("stroke-width", m.size) + ">" + title(m.title) + "</path>\n";
    } else {
      if (!m.place.valid() || !c.place(m.place)) continue;
      at = *c.place(m.place);
      discs += "<circle" + attr("class", "mark disc " + m.classes) + attr("cx", at->x) +
               attr("cy", at->y) + attr("r", m.size) + ">" + title(m.title) + "</circle>\n";
    }
    if (m.badge.empty()) continue;
    // A place's badge sits beside its disc (above and right unless an earlier badge is there),
    // a link's on its middle (or beside it).
    const double r = 4.0 + 2.6 * static_cast<double>(m.badge.size());
    const double off = m.link.valid() ? 0.0 : m.size * 0.7 + r;
    const double step = m.link.valid() ? 2.2 * r : off;
    const std::array<Point, 5> candidates{Point{off, -off}, Point{-step, -step}, Point{step, step},
                                          Point{-step, step}, Point{step, -step}};
    Point b{at->x + candidates[0].x, at->y + candidates[0].y};
    for (const Point& shift : candidates) {
      const Point p{at->x + shift.x, at->y + shift.y};
      const Rect box{p.x - r, p.y - r, 2 * r, 2 * r};
      if (std::none_of(badge_boxes.begin(), badge_boxes.end(),
                       [&box](const Rect& other) { return other.overlaps(box); })) {
        b = p;
        break;
      }
    }
    badges += "<g class=\"badge\"><circle" + attr("cx", b.x) + attr("cy", b.y) + attr("r", r) +
              "/><text" + attr("x", b.x) + attr("y", b.y + 3.5) + " text-anchor=\"middle\">" +
              escape(m.badge) + "</text></g>";
    badge_boxes.push_back({b.x - r, b.y - r, 2 * r, 2 * r});
  }
  if (bands.empty() && discs.empty()) return "";
  return "<g class=\"marks\">\n" + bands + discs + "</g>\n";
}

std::string link_classes(const model::LinkView& link) {
  std::string classes = "link " + std::string(model::to_string(link.mode));
  if (link.mode == model::Mode::rail && link.gauge_mm) {
    const int g = *link.gauge_mm;
    classes += g > kStandardGauge ? " broad" : g < kStandardGauge ? " narrow" : " standard";
    classes += " g" + std::to_string(g);
  }
  if (!link.open || !link.avoided_by.empty()) classes += " closed";
  return classes;
}

std::string link_title(const model::LinkView& link, const model::NetworkView& net) {
  std::string text = link.id + ": " + net.place(link.from).name +
                     (link.bidirectional ? " \u2013 " : " \u2192 ") + net.place(link.to).name +
                     ", " + model::describe(model::Port{link.mode, link.gauge_mm.value_or(0)}) +
                     ", " + grouped(link.distance.value(), 0) + " km";
  if (link.price) {
    text += ", " + fixed(link.price->running.value(), 1) + " h running";
    if (link.price->waiting.value() > 0.0) {
      text += " + " + fixed(link.price->waiting.value(), 1) + " h expected wait";
    }
    text += ", " + grouped(link.price->tariff.value(), 0) + " USD/TEU";
  }
  if (!link.open) text += "; closed in the scenario";
  if (!link.avoided_by.empty()) {
    text += "; closed by policy (";
    for (std::size_t i = 0; i < link.avoided_by.size(); ++i)
      text += (i > 0 ? "; " : "") + link.avoided_by[i];
    text += ")";
  }
  return text;
}

/// Every link with both ends located: closed links first (underneath), then open links, each
/// with its title; a cross marks the middle of a closed link (`cross_boxes` receives where).
std::string links_layer(const Canvas& c, std::size_t& unplaced, std::vector<Rect>& cross_boxes) {
  std::string closed, open, crosses;
  for (const auto& link : c.net->links) {
    PathData d;
    std::optional<Point> pen;
    if (!add_link(d, pen, c, link, false)) {
      ++unplaced;
      continue;
    }
    const bool is_closed = !link.open || !link.avoided_by.empty();
    std::string element = "<path" + attr("class", link_classes(link)) + attr("d", d.str()) + ">" +
                          title(link_title(link, *c.net)) + "</path>";
    // Broad gauge is drawn cased: a white line inside a wide dark one, like a double track.
    if (!is_closed && link.mode == model::Mode::rail &&
        link.gauge_mm.value_or(0) > kStandardGauge) {
      element += "<path class=\"link-inner\"" + attr("d", d.str()) + "/>";
    }
    (is_closed ? closed : open) += element + "\n";
    if (is_closed) {
      const Point mid = link_middle(c, link);
      cross_boxes.push_back({mid.x - 3.5, mid.y - 3.5, 7.0, 7.0});
      PathData x;
      x.move_to({mid.x - 3.5, mid.y - 3.5});
      x.line_to({mid.x + 3.5, mid.y + 3.5});
      x.move_to({mid.x - 3.5, mid.y + 3.5});
      x.line_to({mid.x + 3.5, mid.y - 3.5});
      crosses += "<path" + attr("d", x.str()) + "/>";
    }
  }
  return "<g class=\"links\">\n" + closed + open + "<g class=\"crosses\" aria-hidden=\"true\">" +
         crosses + "</g></g>\n";
}

std::string routes_layer(const Canvas& c, const std::vector<MapRoute>& routes) {
  std::string out = "<g class=\"routes\">\n";
  for (const auto& r : routes) {
    PathData d;
    std::optional<Point> pen;
    for (const auto& step : r.route->steps) {
      if (step.kind != model::Step::Kind::leg) continue;
      const auto& link = c.net->link(step.link);
      if (!add_link(d, pen, c, link, step.from != link.from)) pen.reset();
    }
    if (d.empty()) continue;
    out += "<path" + attr("class", r.classes) + attr("d", d.str()) + ">" + title(r.title) +
           "</path>\n";
  }
  return out + "</g>\n";
}

std::string place_title(const model::Place& p) {
  std::string text =
      p.name + " (" + p.id + "), " + std::string(model::to_string(p.kind)) + ", " + p.country;
  if (p.transships) text += ", transshipment point";
  return text;
}

/// Markers by kind: squares for seaports, diamonds for border crossings, small dots for
/// junctions, circles for the rest; filled where containers can be transshipped.
std::string places_layer(const Canvas& c, const std::vector<model::NodeId>& emphasised,
                         std::vector<Marker>& markers) {
  std::string out = "<g class=\"places\">\n";
  for (std::size_t i = 0; i < c.net->places.size(); ++i) {
    const auto& p = c.net->places[i];
    const auto& at = c.at[i];
    if (!at) continue;
    const bool end =
        std::find(emphasised.begin(), emphasised.end(), model::NodeId::at(i)) != emphasised.end();
    const double r = (p.kind == model::NodeKind::junction ? 2.5 : 4.0) + (end ? 1.5 : 0.0);
    std::string classes = "place " + std::string(model::to_string(p.kind));
    if (p.transships) classes += " hub";
    if (end) classes += " end";
    std::string tag;
    std::string shape;
    if (p.kind == model::NodeKind::seaport) {
      tag = "rect";
      shape = attr("x", at->x - r) + attr("y", at->y - r) + attr("width", 2 * r) +
              attr("height", 2 * r);
    } else if (p.kind == model::NodeKind::border) {
      tag = "path";
      PathData d;
      const double s = r * 1.35;
      d.move_to({at->x, at->y - s});
      d.line_to({at->x + s, at->y});
      d.line_to({at->x, at->y + s});
      d.line_to({at->x - s, at->y});
      d.close();
      shape = attr("d", d.str());
    } else {
      tag = "circle";
      shape = attr("cx", at->x) + attr("cy", at->y) + attr("r", r);
    }
    out += "<" + tag + shape + attr("class", classes) + ">" + title(place_title(p)) + "</" + tag +
           ">\n";
    markers.push_back(Marker{model::NodeId::at(i), *at, r + 1.0, end});
  }
  return out + "</g>";
}

int kind_rank(model::NodeKind kind) {
  switch (kind) {
    case model::NodeKind::seaport:
      return 0;
    case model::NodeKind::border:
      return 1;
    case model::NodeKind::dry_port:
      return 2;
    case model::NodeKind::terminal:
      return 3;
    case model::NodeKind::city:
      return 4;
    case model::NodeKind::junction:
      return 5;
  }
  return 6;
}

/// Names of places in order of importance: the emphasised places, the ones to label first,
/// then seaports, border crossings, dry ports, terminals, cities and junctions (each kind in
/// scenario order). The emphasised names may cover the crosses of closed links; the others
/// keep clear of them.
std::string labels_layer(const model::NetworkView& net, const std::vector<Marker>& markers,
                         const MapSpec& spec, Rect bounds, std::vector<Rect> taken,
                         const std::vector<Rect>& crosses) {
  auto rank = [&](const Marker& m) {
    const auto position = [&m](const std::vector<model::NodeId>& list) {
      return std::find(list.begin(), list.end(), m.place) - list.begin();
    };
    const auto e = position(spec.emphasised);
    if (e < std::ssize(spec.emphasised)) return std::array<std::ptrdiff_t, 3>{0, e, 0};
    const auto f = position(spec.labelled_first);
    if (f < std::ssize(spec.labelled_first)) return std::array<std::ptrdiff_t, 3>{1, f, 0};
    return std::array<std::ptrdiff_t, 3>{2, kind_rank(net.place(m.place).kind),
                                         static_cast<std::ptrdiff_t>(m.place.index())};
  };
  std::vector<const Marker*> order;
  for (const auto& m : markers)
    order.push_back(&m);
  std::stable_sort(order.begin(), order.end(),
                   [&](const Marker* a, const Marker* b) { return rank(*a) < rank(*b); });
  std::vector<LabelAnchor> first;
  std::vector<LabelAnchor> rest;
  for (const Marker* m : order) {
    (m->emphasised ? first : rest)
        .push_back({m->at, m->radius, net.place(m->place).name, m->emphasised ? 12.0 : 11.0,
                    m->emphasised});
  }
  for (const auto* list : {&first, &rest}) {
    for (const auto& a : *list)
      taken.push_back(mark_box(a));
  }
  std::string out = place_labels(first, bounds, taken);
  taken.insert(taken.end(), crosses.begin(), crosses.end());
  out += place_labels(rest, bounds, taken);
  return "<g class=\"labels\" aria-hidden=\"true\">" + out + "</g>\n";
}

}  // namespace

std::string map_svg(const model::NetworkView& net, const MapSpec& spec) {
  const auto canvas = canvas_for(net);
  if (!canvas) return "";
  const Projection& proj = canvas->proj;
  std::size_t unplaced_links = 0;
  std::vector<Rect> crosses;
  const std::string links = links_layer(*canvas, unplaced_links, crosses);
  std::vector<Marker> markers;
  const std::string places = places_layer(*canvas, spec.emphasised, markers);
  const auto unplaced_places =
      static_cast<std::size_t>(std::count(canvas->at.begin(), canvas->at.end(), std::nullopt));
  std::string description = spec.description;
  if (unplaced_places + unplaced_links > 0) {
    auto count = [](std::size_t n, const char* one, const char* many) {
      return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    description +=
        " Not drawn, for want of a location: " + count(unplaced_places, "place", "places") + ", " +
        count(unplaced_links, "link", "links") + ".";
  }
  std::string out = "<svg" + attr("id", spec.id) + " class=\"map\"" +
                    attr("viewBox", "0 0 " + num(proj.width()) + " " + num(proj.height())) +
                    " role=\"img\"" + attr("aria-labelledby", spec.id + "-t " + spec.id + "-d") +
                    "><title" + attr("id", spec.id + "-t") + ">" + escape(spec.title) +
                    "</title><desc" + attr("id", spec.id + "-d") + ">" + escape(description) +
                    "</desc>";
  out += base_layer(proj, kMargin);
  out += routes_layer(*canvas, spec.routes);
  std::string badges;
  std::vector<Rect> taken;
  out += marks_layer(*canvas, spec.marks, badges, taken);
  out += links;
  out += places;
  if (!badges.empty()) out += "<g class=\"badges\" aria-hidden=\"true\">" + badges + "</g>\n";
  Rect scale_box;
  const std::string scale = scale_bar(proj, scale_box);
  const double credit_width = text_width(basemap::kAttribution, 9.0);
  const Rect credit_box{proj.width() - 8 - credit_width, proj.height() - 16, credit_width + 8, 16};
  taken.push_back(scale_box);
  taken.push_back(credit_box);
  out += labels_layer(net, markers, spec, Rect{0, 0, proj.width(), proj.height()}, std::move(taken),
                      crosses);
  out += scale;
  out += "<text class=\"credit\"" + attr("x", proj.width() - 6) + attr("y", proj.height() - 6) +
         " text-anchor=\"end\">" + escape(basemap::kAttribution) + "</text>";
  return out + "</svg>";
}

}  // namespace corridor::report::detail::svg
