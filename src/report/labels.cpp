#include <algorithm>
#include <set>

#include <corridor/report/labels.hpp>

namespace corridor::report {

namespace {

using model::NodeId;
using model::Step;

/// The nodes a route arrives at, in order (origin first), each with whether the label shows it.
struct Visit {
  NodeId node;
  bool shown = false;
};

std::vector<Visit> visits_of(const model::Route& route) {
  std::vector<Visit> visits;
  for (const Step& s : route.steps) {
    if (visits.empty()) visits.push_back({s.from, true});  // the origin
    if (s.kind == Step::Kind::leg) {
      visits.push_back({s.to, s.reaches_place});
    } else if (s.kind == Step::Kind::transfer) {
      visits.back().shown = true;
    }
  }
  if (!visits.empty()) visits.back().shown = true;  // the destination
  for (std::size_t i = 0; i < visits.size(); ++i) {
    const bool turns_back =
        i > 0 && i + 1 < visits.size() && visits[i - 1].node == visits[i + 1].node;
    const bool again = std::count_if(visits.begin(), visits.end(),
                                     [&](const Visit& v) { return v.node == visits[i].node; }) > 1;
    if (turns_back || again) visits[i].shown = true;
  }
  return visits;
}

bool same_step(const Step& a, const Step& b) {
  return a.kind == b.kind && a.link == b.link && a.from == b.from && a.to == b.to &&
         a.from_port == b.from_port && a.to_port == b.to_port;
}

bool same_route(const model::Route& a, const model::Route& b) {
  return std::equal(a.steps.begin(), a.steps.end(), b.steps.begin(), b.steps.end(), same_step);
}

/// Step k of `route`, told apart from step k of `other` (absent when `other` is shorter).
std::string difference(const model::Route& route, const model::Route& other, std::size_t k,
                       const model::NetworkView& net) {
  const Step& s = route.steps[k];
  const Step* o = k < other.steps.size() ? &other.steps[k] : nullptr;
  const std::string at = net.place(s.from).name;
  switch (s.kind) {
    case Step::Kind::transfer:
      return model::describe(s.from_port) + " \u2192 " + model::describe(s.to_port) + " at " + at;
    case Step::Kind::dwell:
      return "no transshipment at " + at;
    case Step::Kind::leg:
      break;
  }
  if (o != nullptr && o->kind == Step::Kind::leg && o->to == s.to) {
    if (o->from_port != s.from_port) {
      return model::describe(s.from_port) + " to " + net.place(s.to).name;
    }
    return "by link " + net.link(s.link).id;
  }
  return "via " + net.place(s.to).name;
}

/// What tells `route` apart from each route of `others` that is a different route: its own step
/// where they first differ, described against the other's, in step order.
std::string qualifier(const model::Route& route, const std::vector<const model::Route*>& others,
                      const model::NetworkView& net) {
  std::set<std::pair<std::size_t, std::string>> parts;
  for (const model::Route* other : others) {
    if (same_route(route, *other)) continue;
    const auto diff = std::mismatch(route.steps.begin(), route.steps.end(), other->steps.begin(),
                                    other->steps.end(), same_step);
    if (diff.first == route.steps.end()) continue;  // the other goes on: it tells itself apart
    const auto k = static_cast<std::size_t>(diff.first - route.steps.begin());
    parts.emplace(k, difference(route, *other, k, net));
  }
  std::vector<std::string> texts;
  for (const auto& [k, text] : parts) {
    if (std::find(texts.begin(), texts.end(), text) == texts.end()) texts.push_back(text);
  }
  std::string out;
  for (const auto& t : texts)
    out += (out.empty() ? "" : "; ") + t;
  return out;
}

}  // namespace

std::string corridor_label(const model::Route& route, const model::NetworkView& net) {
  std::string label;
  NodeId last;
  for (const Visit& v : visits_of(route)) {
    if (!v.shown || v.node == last) continue;
    if (!label.empty()) label += "\u2013";  // en dash
    label += net.place(v.node).name;
    last = v.node;
  }
  return label;
}

std::string modes_label(const model::Route& route) {
  const auto& ports = route.corridor.ports;
  std::set<int> gauges;
  for (const model::Port& p : ports) {
    if (p.mode == model::Mode::rail) gauges.insert(p.gauge_mm);
  }
  std::string label;
  for (std::size_t i = 0; i < ports.size(); ++i) {
    if (i > 0 && ports[i] == ports[i - 1]) continue;
    if (!label.empty()) label += " \u2192 ";
    label += gauges.size() > 1 ? model::describe(ports[i]) : std::string(to_string(ports[i].mode));
  }
  return label;
}

std::string step_where(const model::Step& step, const model::NetworkView& net) {
  if (step.is_stop()) return net.place(step.from).id;
  return net.place(step.from).id + " \u2192 " + net.place(step.to).id;
}

std::vector<std::string> distinct_labels(std::span<const model::Route* const> all,
                                         const model::NetworkView& net) {
  std::vector<std::string> base;
  for (const model::Route* r : all)
    base.push_back(corridor_label(*r, net) + '\n' + modes_label(*r));
  std::vector<std::string> labels;
  for (std::size_t i = 0; i < all.size(); ++i) {
    std::vector<const model::Route*> alike;
    for (std::size_t j = 0; j < all.size(); ++j) {
      if (j != i && base[j] == base[i]) alike.push_back(all[j]);
    }
    std::string label = corridor_label(*all[i], net);
    const std::string apart = qualifier(*all[i], alike, net);
    if (!apart.empty()) label += " (" + apart + ")";
    labels.push_back(std::move(label));
  }
  return labels;
}

LineLabels line_labels(const model::OdResult& od, const model::NetworkView& net) {
  std::vector<const model::Route*> all;
  for (const auto& r : od.routes)
    all.push_back(&r);
  for (const auto& o : od.pareto)
    all.push_back(&o.route);
  std::vector<std::string> labels = distinct_labels(all, net);
  LineLabels out;
  const auto split = labels.begin() + static_cast<std::ptrdiff_t>(od.routes.size());
  out.routes.assign(labels.begin(), split);
  out.pareto.assign(split, labels.end());
  return out;
}

std::string line_title(const model::Demand& demand) {
  if (demand.id == model::default_line_id(demand, false) ||
      demand.id == model::default_line_id(demand, true)) {
    return demand.id;
  }
  return demand.id + " (" + demand.from + " \u2192 " + demand.to + ")";
}

}  // namespace corridor::report
