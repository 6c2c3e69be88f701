#include <algorithm>

#include <corridor/criticality/criticality.hpp>
#include <corridor/routing/plan.hpp>
#include <corridor/sim/parallel.hpp>

namespace corridor::criticality {

namespace {

template <class T>
bool contains(const std::vector<T>& list, const T& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

/// Every node and link a route passes, sorted.
std::vector<model::Element> elements_of(const model::Route& route) {
  std::vector<model::Element> out;
  for (const auto& step : route.steps) {
    out.push_back(model::Element::of(step.from));
    out.push_back(model::Element::of(step.to));
    if (!step.is_stop()) out.push_back(model::Element::of(step.link));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool filtered(const Selection& s) {
  return !s.kinds.empty() || !s.modes.empty() || !s.countries.empty();
}

bool passes(const Selection& s, const model::Node& node) {
  const bool typed = s.kinds.empty() && s.modes.empty();
  return (typed || contains(s.kinds, node.kind)) &&
         (s.countries.empty() || contains(s.countries, node.country));
}

bool passes(const Selection& s, const model::Scenario& sc, const model::Link& link) {
  const bool typed = s.kinds.empty() && s.modes.empty();
  if (!typed && !contains(s.modes, link.mode)) return false;
  if (s.countries.empty()) return true;
  bool in = contains(s.countries, sc.nodes[*sc.node_index(link.from)].country) ||
            contains(s.countries, sc.nodes[*sc.node_index(link.to)].country);
  for (const auto& c : link.transit_countries)
    in = in || contains(s.countries, c);
  return in;
}

}  // namespace

Analysis::Analysis(const network::Network& net, const model::Policy& policy,
                   const std::vector<model::Demand>& demand, int threads)
    : net_(&net) {
  model::Policy best_only = policy;
  best_only.alternatives = 1;
  best_only.pareto = false;
  base_ = routing::plan(net, best_only, {});  // the run's header: scenario, policy, network
  base_.results.resize(demand.size());
  searches_.resize(demand.size());
  used_.resize(demand.size());
  // One Dijkstra per line builds its closure search, whose search with nothing closed is
  // exactly routing::plan_od's (the same space, guide and enumeration); lines without a route,
  // or whose search stopped at its budget, are planned by plan_od for its diagnosis and notes.
  sim::ProgressMeter meter({}, demand.size());
  sim::run_chunks(
      demand.size(), sim::thread_count(threads, demand.size()),
      [&](unsigned, std::size_t line) {
        const auto& d = demand[line];
        routing::ClosureSearch search(net, routing::query_of(net, d, best_only));
        auto found = search.best({});
        if (found.routes.empty() || !found.complete) {
          base_.results[line] = routing::plan_od(net, d, best_only);
        } else {
          auto& od = base_.results[line];
          od.demand = d;
          od.objective = best_only.objective;
          od.value_of_time_usd_per_teu_hour =
              net.scenario().value_of_time_usd_per_teu_hour(*net.scenario().find_cargo(d.cargo));
          od.routes = std::move(found.routes);
          routing::mark_deadline(od.routes.front(), d);
        }
        if (base_.results[line].routes.empty()) return;
        used_[line] = elements_of(base_.results[line].routes.front());
        searches_[line] = std::move(search);
      },
      meter);
  base_.totals = model::totals_of(base_.results);
}

bool Analysis::uses(std::size_t line, model::Element element) const {
  return std::binary_search(used_[line].begin(), used_[line].end(), element);
}

std::vector<model::Element> Analysis::candidates(const Selection& s) const {
  const auto& sc = net_->scenario();
  std::vector<bool> end(sc.nodes.size(), false);
  for (const auto& od : base_.results) {
    end[*sc.node_index(od.demand.from)] = true;
    end[*sc.node_index(od.demand.to)] = true;
  }
  const bool all = s.nodes.empty() && s.links.empty() && !filtered(s);
  std::vector<model::Element> out;
  for (std::size_t n = 0; n < sc.nodes.size(); ++n) {
    const auto id = model::NodeId::at(n);
    const bool chosen = contains(s.nodes, id) ||
                        ((all || (filtered(s) && passes(s, sc.nodes[n]))) && (s.ends || !end[n]));
    if (chosen) out.push_back(model::Element::of(id));
  }
  for (std::size_t l = 0; l < sc.links.size(); ++l) {
    const auto id = model::LinkId::at(l);
    const bool chosen = contains(s.links, id) ||
                        (sc.links[l].open && (all || (filtered(s) && passes(s, sc, sc.links[l]))));
    if (chosen) out.push_back(model::Element::of(id));
  }
  return out;
}

model::ElementImpact Analysis::impact(std::span<const model::Element> closed) const {
  model::ElementImpact out;
  out.closed.assign(closed.begin(), closed.end());
  routing::Closure closure;
  for (const auto& e : closed) {
    if (e.kind == model::Element::Kind::node) {
      closure.nodes.push_back(e.node());
    } else {
      closure.links.push_back(e.link());
    }
  }
  for (std::size_t line = 0; line < base_.results.size(); ++line) {
    if (!searches_[line]) continue;
    const bool affected =
        std::any_of(closed.begin(), closed.end(), [&](auto e) { return uses(line, e); });
    if (!affected) continue;
    const auto& od = base_.results[line];
    const double teu = od.demand.teu_per_week;
    auto found = searches_[line]->best(closure);
    model::LineImpact li;
    li.line = line;
    li.complete = found.complete;
    if (found.routes.empty()) {
      ++out.lines_cut;
      out.teu_per_week_cut += teu;
    } else {
      const auto& was = od.routes.front().totals;
      const auto& now = found.routes.front().totals;
      li.delta_hours = (now.hours() - was.hours()).value();
      li.delta_usd = (now.usd() - was.usd()).value();
      li.delta_generalized_usd = (now.generalized() - was.generalized()).value();
      routing::mark_deadline(found.routes.front(), od.demand);
      li.replacement = std::move(found.routes.front());
      out.generalized_usd_per_week += teu * li.delta_generalized_usd;
      out.usd_per_week += teu * li.delta_usd;
      out.teu_days_per_week += teu * li.delta_hours / 24.0;
    }
    out.lines.push_back(std::move(li));
  }
  return out;
}

std::vector<model::ElementImpact> impacts(const Analysis& analysis,
                                          const std::vector<std::vector<model::Element>>& closures,
                                          int threads) {
  std::vector<model::ElementImpact> out(closures.size());
  if (closures.empty()) return out;
  // Each closure writes its own slot: the result is the same for any thread count and order.
  sim::ProgressMeter meter({}, closures.size());
  sim::run_chunks(
      closures.size(), sim::thread_count(threads, closures.size()),
      [&](unsigned, std::size_t i) { out[i] = analysis.impact(closures[i]); }, meter);
  return out;
}

std::vector<std::vector<model::Element>> pairs_of(const std::vector<model::ElementImpact>& ranking,
                                                  std::size_t top) {
  const std::size_t m = std::min(top, ranking.size());
  std::vector<std::vector<model::Element>> out;
  for (std::size_t i = 0; i < m; ++i) {
    for (std::size_t j = i + 1; j < m; ++j) {
      auto pair = ranking[i].closed;
      pair.insert(pair.end(), ranking[j].closed.begin(), ranking[j].closed.end());
      std::sort(pair.begin(), pair.end());
      out.push_back(std::move(pair));
    }
  }
  return out;
}

void rank(std::vector<model::ElementImpact>& impacts) {
  std::sort(impacts.begin(), impacts.end(), model::more_critical);
}

model::CriticalityRun analyse(const network::Network& net, const model::Policy& policy,
                              const std::vector<model::Demand>& demand, const Options& options) {
  const Analysis analysis(net, policy, demand, options.threads);
  model::CriticalityRun run;
  run.base = analysis.base();
  run.ends_included = options.selection.ends;
  std::vector<std::vector<model::Element>> singles;
  for (const auto& e : analysis.candidates(options.selection))
    singles.push_back({e});
  const Distribute evaluate = options.distribute ? options.distribute : Distribute(impacts);
  run.ranking = evaluate(analysis, singles, options.threads);
  rank(run.ranking);
  run.pair_top = std::min(options.pair_top, run.ranking.size());
  if (run.pair_top >= 2) {
    run.pairs = evaluate(analysis, pairs_of(run.ranking, run.pair_top), options.threads);
    rank(run.pairs);
  }
  return run;
}

}  // namespace corridor::criticality
