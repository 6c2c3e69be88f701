#include "synthetic_network.hpp"

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <tuple>
#include <vector>

namespace corridor::synthetic {

namespace {

struct Point {
  double x = 0.0;
  double y = 0.0;
};

double distance(Point a, Point b) {
  return std::hypot(a.x - b.x, a.y - b.y);
}

/// Nearest-neighbour queries on a uniform grid of buckets.
class Grid {
 public:
  Grid(const std::vector<Point>& points, const Options& o) : points_(points) {
    const double per_cell = 4.0;
    cells_x_ = std::max<std::size_t>(
        1, static_cast<std::size_t>(std::sqrt(static_cast<double>(points.size()) / per_cell *
                                              o.width_km / o.height_km)));
    cells_y_ =
        std::max<std::size_t>(1, points.size() / static_cast<std::size_t>(per_cell) / cells_x_);
    cell_w_ = o.width_km / static_cast<double>(cells_x_);
    cell_h_ = o.height_km / static_cast<double>(cells_y_);
    buckets_.resize(cells_x_ * cells_y_);
    for (std::size_t i = 0; i < points.size(); ++i)
      buckets_[cell_of(points[i])].push_back(i);
  }

  /// The k nearest points to point i among those for which `accept` is true.
  template <class Accept>
  std::vector<std::size_t> nearest(std::size_t i, std::size_t k, Accept accept) const {
    const Point p = points_[i];
    const auto cx =
        static_cast<long>(std::min(cells_x_ - 1, static_cast<std::size_t>(p.x / cell_w_)));
    const auto cy =
        static_cast<long>(std::min(cells_y_ - 1, static_cast<std::size_t>(p.y / cell_h_)));
    std::vector<std::pair<double, std::size_t>> found;
    for (long r = 0;; ++r) {
      for (long dx = -r; dx <= r; ++dx) {
        for (long dy = -r; dy <= r; ++dy) {
          if (std::max(std::labs(dx), std::labs(dy)) != r) continue;
          const long x = cx + dx;
          const long y = cy + dy;
          if (x < 0 || y < 0 || x >= static_cast<long>(cells_x_) ||
              y >= static_cast<long>(cells_y_))
            continue;
          for (std::size_t j :
               buckets_[static_cast<std::size_t>(y) * cells_x_ + static_cast<std::size_t>(x)]) {
            if (j != i && accept(j)) found.emplace_back(distance(p, points_[j]), j);
          }
        }
      }
      // Every point within r cells is found; stop once the k-th is closer than that ring.
      const double covered = static_cast<double>(r) * std::min(cell_w_, cell_h_);
      if (found.size() >= k) {
        std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(k),
                          found.end());
        if (found[k - 1].first <= covered) break;
      }
      if (r > static_cast<long>(std::max(cells_x_, cells_y_))) break;
    }
    std::sort(found.begin(), found.end());
    std::vector<std::size_t> out;
    for (std::size_t n = 0; n < found.size() && n < k; ++n)
      out.push_back(found[n].second);
    return out;
  }

 private:
  std::size_t cell_of(Point p) const {
    const auto x = std::min(cells_x_ - 1, static_cast<std::size_t>(p.x / cell_w_));
    const auto y = std::min(cells_y_ - 1, static_cast<std::size_t>(p.y / cell_h_));
    return y * cells_x_ + x;
  }

  const std::vector<Point>& points_;
  std::size_t cells_x_ = 1;
  std::size_t cells_y_ = 1;
  double cell_w_ = 1.0;
  double cell_h_ = 1.0;
  std::vector<std::vector<std::size_t>> buckets_;
};

std::string node_id(std::size_t i) {
  return "N" + std::to_string(i);
}

}  // namespace

model::Scenario generate(const Options& o) {
  std::mt19937_64 rng(o.seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  model::Scenario s;
  s.name = "synthetic-" + std::to_string(o.nodes);
  s.description = "seeded synthetic network, seed " + std::to_string(o.seed);
  s.emission_factors = model::default_emission_factors();
  s.cargo.push_back({"box", model::Tonnes(10.0), model::Usd(50000.0), std::nullopt,
                     "estimate: a typical 10 t, USD 50,000 container"});

  std::vector<Point> points(o.nodes);
  std::vector<bool> port(o.nodes);
  std::vector<bool> road(o.nodes);
  for (std::size_t i = 0; i < o.nodes; ++i) {
    points[i] = {unit(rng) * o.width_km, unit(rng) * o.height_km};
    port[i] = unit(rng) < o.port_share;
    road[i] = unit(rng) < o.road_share;
    model::Node n;
    n.id = node_id(i);
    n.name = n.id;
    n.country = points[i].x < o.width_km / 2 ? "WW" : "EE";
    n.kind = port[i] ? model::NodeKind::seaport : model::NodeKind::terminal;
    n.location = model::LatLon{points[i].y / 111.0, points[i].x / 111.0};
    if (unit(rng) < o.border_share) {
      n.kind = model::NodeKind::border;
      n.dwell = model::Dwell{model::Distribution(model::Fixed{2.0 + 20.0 * unit(rng)}),
                             model::Usd(50.0 * unit(rng))};
    }
    n.handling = model::Handling{model::Distribution(model::Fixed{2.0 + 10.0 * unit(rng)}),
                                 model::Usd(50.0 + 100.0 * unit(rng)), std::nullopt, std::nullopt};
    n.source = "synthetic";
    s.nodes.push_back(std::move(n));
  }

  const Grid grid(points, o);
  std::set<std::tuple<std::size_t, std::size_t, model::Mode>> joined;
  auto add_link = [&](std::size_t a, std::size_t b, model::Mode mode, double speed_kmh,
                      double usd_per_km) {
    if (!joined.emplace(std::min(a, b), std::max(a, b), mode).second) return;
    model::Link l;
    l.id = "L" + std::to_string(s.links.size());
    l.from = node_id(a);
    l.to = node_id(b);
    l.mode = mode;
    if (mode == model::Mode::rail) {
      l.gauge_mm = (points[a].x + points[b].x) / 2 < o.width_km / 2 ? 1435 : 1520;
    }
    const double km = std::max(1.0, distance(points[a], points[b]) * (1.1 + 0.2 * unit(rng)));
    l.distance = model::Km(km);
    const double speed = speed_kmh * (1.0 + o.speed_noise * (2.0 * unit(rng) - 1.0));
    l.hours = model::Distribution(model::Fixed{km / speed});
    const bool east = (points[a].x + points[b].x) / 2 >= o.width_km / 2;
    l.tariff.usd_per_teu_km =
        usd_per_km * (east ? 0.7 : 1.0) * (1.0 + o.tariff_noise * (2.0 * unit(rng) - 1.0));
    l.source = "synthetic";
    s.links.push_back(std::move(l));
  };
  const auto anyone = [](std::size_t) { return true; };
  for (std::size_t i = 0; i < o.nodes; ++i) {
    for (std::size_t j : grid.nearest(i, static_cast<std::size_t>(o.rail_neighbours), anyone)) {
      add_link(i, j, model::Mode::rail, 40.0, 0.5);
    }
    if (road[i]) {
      const auto served = [&](std::size_t j) { return road[j]; };
      for (std::size_t j : grid.nearest(i, static_cast<std::size_t>(o.road_neighbours), served)) {
        add_link(i, j, model::Mode::road, 60.0, 1.5);
      }
    }
    if (port[i]) {
      const auto is_port = [&](std::size_t j) { return port[j]; };
      for (std::size_t j : grid.nearest(i, static_cast<std::size_t>(o.sea_neighbours), is_port)) {
        add_link(i, j, model::Mode::sea, 30.0, 0.2);
      }
    }
  }
  return s;
}

Corners far_corners(const model::Scenario& s) {
  auto closest = [&](double lat, double lon) {
    std::size_t best = 0;
    double best_d = 1e300;
    for (std::size_t i = 0; i < s.nodes.size(); ++i) {
      const auto& ll = *s.nodes[i].location;
      const double d = std::hypot(ll.lat - lat, ll.lon - lon);
      if (d < best_d) {
        best_d = d;
        best = i;
      }
    }
    return s.nodes[best].id;
  };
  double max_lat = 0.0;
  double max_lon = 0.0;
  for (const auto& n : s.nodes) {
    max_lat = std::max(max_lat, n.location->lat);
    max_lon = std::max(max_lon, n.location->lon);
  }
  return {closest(max_lat, 0.0), closest(0.0, max_lon)};
}

}  // namespace corridor::synthetic
