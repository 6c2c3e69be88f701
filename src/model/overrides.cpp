#include <corridor/model/overrides.hpp>

namespace corridor::model {

namespace {
template <class T>
void append(std::vector<T>& to, const std::vector<T>& more) {
  to.insert(to.end(), more.begin(), more.end());
}
}  // namespace

Policy apply(const Policy& base, const PolicyOverrides& o) {
  Policy p = base;
  auto& c = p.constraints;
  if (o.objective) p.objective = *o.objective;
  if (o.alternatives) p.alternatives = static_cast<int>(*o.alternatives);
  p.pareto = p.pareto || o.pareto;
  if (o.pareto_max_labels) p.pareto_max_labels = *o.pareto_max_labels;
  if (o.clear_avoid) {
    c.avoid_countries.clear();
    c.avoid_modes.clear();
    c.avoid_links.clear();
    c.avoid_nodes.clear();
  }
  append(c.avoid_countries, o.avoid_countries);
  append(c.avoid_modes, o.avoid_modes);
  append(c.avoid_links, o.avoid_links);
  append(c.avoid_nodes, o.avoid_nodes);
  append(c.via, o.via);
  if (o.max_transshipments) c.max_transshipments = static_cast<int>(*o.max_transshipments);
  if (o.max_gauge_changes) c.max_gauge_changes = static_cast<int>(*o.max_gauge_changes);
  if (o.max_days) c.max_days = *o.max_days;
  return p;
}

}  // namespace corridor::model
