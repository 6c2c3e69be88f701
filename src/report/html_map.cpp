#include "report/html_map.hpp"

#include <algorithm>
#include <set>

#include "report/html.hpp"
#include "report/svg.hpp"
#include "report/svg_map.hpp"

namespace corridor::report::detail::html {

namespace {

using svg::escape;

/// An inline swatch drawn with the map's own classes.
std::string swatch(const std::string& element) {
  return "<svg class=\"map\" viewBox=\"0 0 34 14\" aria-hidden=\"true\">" + element + "</svg>";
}

std::string line_swatch(const std::string& classes, bool cased = false) {
  std::string s = "<path class=\"" + classes + "\" d=\"M3 7h28\"/>";
  if (cased) s += "<path class=\"link-inner\" d=\"M3 7h28\"/>";
  return swatch(s);
}

std::string legend(const model::NetworkView& net, const std::string& marks) {
  std::set<int> gauges;
  std::set<model::Mode> modes;
  std::set<model::NodeKind> kinds;
  bool closed = false;
  bool hubs = false;
  for (const auto& l : net.links) {
    modes.insert(l.mode);
    if (l.mode == model::Mode::rail && l.gauge_mm) gauges.insert(*l.gauge_mm);
    closed = closed || !l.open || !l.avoided_by.empty();
  }
  for (const auto& p : net.places) {
    kinds.insert(p.kind);
    hubs = hubs || p.transships;
  }
  std::string out = "<ul class=\"legend\">" + marks;
  auto item = [&out](const std::string& sw, const std::string& text) {
    out += "<li>" + sw + escape(text) + "</li>";
  };
  for (int g : gauges) {
    const std::string kind = g > 1435 ? "broad" : g < 1435 ? "narrow" : "standard";
    item(line_swatch("link rail " + kind, g > 1435),
         "rail, " + std::to_string(g) + " mm gauge (" + kind + ")");
  }
  if (modes.count(model::Mode::rail) && gauges.empty()) item(line_swatch("link rail"), "rail");
  if (modes.count(model::Mode::road)) item(line_swatch("link road"), "road");
  if (modes.count(model::Mode::sea)) item(line_swatch("link sea"), "sea (schematic arc)");
  if (modes.count(model::Mode::ferry)) item(line_swatch("link ferry"), "ferry (schematic arc)");
  if (closed) item(line_swatch("link closed"), "closed by the scenario or the policy");
  item(line_swatch("route chosen"), "chosen route");
  item(line_swatch("route alt"), "alternative");
  auto place = [&](model::NodeKind kind, const std::string& shape, const std::string& text) {
    if (kinds.count(kind)) item(swatch(shape), text);
  };
  place(model::NodeKind::border, "<path class=\"place\" d=\"M17 1.5l5.5 5.5-5.5 5.5-5.5-5.5z\"/>",
        "border crossing");
  place(model::NodeKind::seaport,
        "<rect class=\"place\" x=\"13\" y=\"3\" width=\"8\" height=\"8\"/>", "seaport");
  const std::string circle = "<circle class=\"place\" cx=\"17\" cy=\"7\" r=\"4\"/>";
  place(model::NodeKind::terminal, circle, "terminal");
  place(model::NodeKind::dry_port, circle, "dry port");
  place(model::NodeKind::city, circle, "city");
  place(model::NodeKind::junction, "<circle class=\"place\" cx=\"17\" cy=\"7\" r=\"2.5\"/>",
        "junction");
  if (hubs) {
    item(swatch("<circle class=\"place hub\" cx=\"17\" cy=\"7\" r=\"4\"/>"),
         "filled: transshipment point (mode or gauge change)");
  }
  return out + "</ul>";
}

}  // namespace

std::string mark_legend(const std::string& classes, bool band, double size,
                        const std::string& text) {
  const std::string element = band ? "<path class=\"mark band " + classes + "\" d=\"M3 7h28\"" +
                                         svg::attr("stroke-width", std::min(size, 12.0)) + "/>"
                                   : "<circle class=\"mark disc " + classes +
                                         "\" cx=\"17\" cy=\"7\"" +
                                         svg::attr("r", std::min(size, 6.5)) + "/>";
  return "<li>" + swatch(element) + escape(text) + "</li>";
}

MapSection map_section(const model::NetworkView& net, const std::vector<MapLine>& lines,
                       const std::string& title, const MapOverlay& overlay) {
  svg::MapSpec spec;
  spec.id = "map";
  spec.title = title;
  spec.description =
      "Places and links of the scenario on a base map of land and country borders, with the "
      "routes of each demand line highlighted; the list below the map picks which.";
  if (!overlay.description.empty()) spec.description += " " + overlay.description;
  spec.marks = overlay.marks;
  std::string inputs =
      "<input class=\"pick\" type=\"radio\" name=\"pick\" id=\"pick-all\" checked "
      "aria-label=\"the chosen route of every demand line\">";
  std::string picker =
      "<details class=\"picker\"><summary>Routes on the map: the chosen route of every demand "
      "line, or pick all routes of a line or one route</summary><div class=\"lines\"><p "
      "class=\"line\"><label for=\"pick-all\">The chosen route of every demand line</label></p>";
  std::string shown = "#pick-all:checked~.mapbox .route.chosen";  // selectors that show
  std::string solid;    // selectors of routes picked alone
  std::string current;  // labels of the picked entry
  std::string focus;    // labels of the focused entry
  auto entry = [&](const std::string& id, const std::string& text, const std::string& detail,
                   const std::string& name) {
    inputs += "<input class=\"pick\" type=\"radio\" name=\"pick\"" + svg::attr("id", id) +
              svg::attr("aria-label", name) + ">";
    picker += "<label" + svg::attr("for", id) + ">" + escape(text);
    if (!detail.empty()) picker += "<br><span class=\"corridor\">" + escape(detail) + "</span>";
    picker += "</label>";
  };
  current += "#pick-all:checked~.mapbox label[for=pick-all]";
  focus += "#pick-all:focus-visible~.mapbox label[for=pick-all]";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const MapLine& line = lines[i];
    const std::string lid = line_anchor(i);
    spec.emphasised.push_back(line.from);
    spec.emphasised.push_back(line.to);
    picker += "<div class=\"line\"><p class=\"line-name\">" + escape(line.name) + "</p>";
    if (line.options.empty()) {
      picker += "<p class=\"note\">" + escape(line.note) + "</p></div>";
      continue;
    }
    const std::string pid = "pick-" + lid;
    entry(pid, "All routes of this line", "", "All routes of " + line.name);
    shown += ",#" + pid + ":checked~.mapbox .route." + lid;
    current += ",#" + pid + ":checked~.mapbox label[for=" + pid + "]";
    focus += ",#" + pid + ":focus-visible~.mapbox label[for=" + pid + "]";
    for (const auto& o : line.options) {
      const std::string rid = lid + "-" + o.key;
      const std::string oid = "pick-" + rid;
      const std::string full = line.name + ", " + o.name + ": " + o.corridor + ", " + o.figures;
      entry(oid, o.name + " \u00b7 " + o.figures, o.corridor, full);
      shown += ",#" + oid + ":checked~.mapbox .route." + rid;
      solid += std::string(solid.empty() ? "" : ",") + "#" + oid + ":checked~.mapbox .route." + rid;
      current += ",#" + oid + ":checked~.mapbox label[for=" + oid + "]";
      focus += ",#" + oid + ":focus-visible~.mapbox label[for=" + oid + "]";
      spec.routes.push_back(
          {o.route, "route " + lid + " " + rid + (o.chosen ? " chosen" : " alt"), full});
      if (o.chosen) {
        for (model::NodeId n : o.route->corridor.nodes)
          spec.labelled_first.push_back(n);
      }
    }
    picker += "</div>";
  }
  picker += "</div></details>";
  const std::string map = svg::map_svg(net, spec);
  MapSection out;
  if (map.empty()) {
    out.html = "<p class=\"note\">No place of the scenario has a location: there is no map.</p>\n";
    return out;
  }
  out.css = shown + "{visibility:visible}\n";
  if (!solid.empty()) out.css += solid + "{stroke-dasharray:none}\n";
  out.css += current + "{background:#fff1c2;font-weight:600}\n";
  out.css += focus + "{outline:2px solid var(--accent)}\n";
  out.html = inputs + "\n<div class=\"mapbox\">\n<figure>" + map + "\n<figcaption>" +
             legend(net, overlay.legend) + "</figcaption></figure>\n" + picker + "\n</div>\n";
  return out;
}

}  // namespace corridor::report::detail::html
