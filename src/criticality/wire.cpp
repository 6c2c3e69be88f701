#include <cstring>
#include <optional>
#include <stdexcept>
#include <type_traits>

#include <corridor/criticality/wire.hpp>

namespace corridor::criticality {

namespace {

class Writer {
 public:
  template <class T>
  void put(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes_.append(reinterpret_cast<const char*>(&value), sizeof(T));
  }
  template <class T>
  void put_vector(const std::vector<T>& values) {
    static_assert(std::is_trivially_copyable_v<T>);
    put<std::uint64_t>(values.size());
    if (!values.empty()) {
      bytes_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
    }
  }
  [[nodiscard]] std::string take() { return std::move(bytes_); }

 private:
  std::string bytes_;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  template <class T>
  T get() {
    static_assert(std::is_trivially_copyable_v<T>);
    T value;
    std::memcpy(&value, take(sizeof(T)), sizeof(T));
    return value;
  }
  template <class T>
  std::vector<T> get_vector() {
    const auto n = get<std::uint64_t>();
    if (n > bytes_.size() / sizeof(T)) throw std::invalid_argument("encoded impact: truncated");
    std::vector<T> values(n);
    if (n > 0)
      std::memcpy(values.data(), take(values.size() * sizeof(T)), values.size() * sizeof(T));
    return values;
  }
  [[nodiscard]] bool done() const { return bytes_.empty(); }

 private:
  const char* take(std::size_t n) {
    if (n > bytes_.size()) throw std::invalid_argument("encoded impact: truncated");
    const char* at = bytes_.data();
    bytes_.remove_prefix(n);
    return at;
  }
  std::string_view bytes_;
};

void put_route(Writer& w, const model::Route& r) {
  w.put_vector(r.steps);
  w.put(r.totals);
  w.put(r.transshipments);
  w.put(r.gauge_changes);
  w.put_vector(r.corridor.nodes);
  w.put_vector(r.corridor.ports);
  w.put(r.objective_value);
  w.put(r.on_time);
}

model::Route get_route(Reader& r) {
  model::Route route;
  route.steps = r.get_vector<model::Step>();
  route.totals = r.get<model::RouteTotals>();
  route.transshipments = r.get<int>();
  route.gauge_changes = r.get<int>();
  route.corridor.nodes = r.get_vector<model::NodeId>();
  route.corridor.ports = r.get_vector<model::Port>();
  route.objective_value = r.get<double>();
  route.on_time = r.get<std::optional<bool>>();
  return route;
}

}  // namespace

std::string encode(const model::ElementImpact& impact) {
  Writer w;
  w.put_vector(impact.closed);
  w.put<std::uint64_t>(impact.lines_cut);
  w.put(impact.teu_per_week_cut);
  w.put(impact.generalized_usd_per_week);
  w.put(impact.usd_per_week);
  w.put(impact.teu_days_per_week);
  w.put<std::uint64_t>(impact.lines.size());
  for (const auto& li : impact.lines) {
    w.put<std::uint64_t>(li.line);
    w.put(li.complete);
    w.put(li.delta_hours);
    w.put(li.delta_usd);
    w.put(li.delta_generalized_usd);
    w.put(li.replacement.has_value());
    if (li.replacement) put_route(w, *li.replacement);
  }
  return w.take();
}

model::ElementImpact decode(std::string_view bytes) {
  Reader r(bytes);
  model::ElementImpact impact;
  impact.closed = r.get_vector<model::Element>();
  impact.lines_cut = r.get<std::uint64_t>();
  impact.teu_per_week_cut = r.get<double>();
  impact.generalized_usd_per_week = r.get<double>();
  impact.usd_per_week = r.get<double>();
  impact.teu_days_per_week = r.get<double>();
  const auto lines = r.get<std::uint64_t>();
  for (std::uint64_t i = 0; i < lines; ++i) {
    model::LineImpact li;
    li.line = r.get<std::uint64_t>();
    li.complete = r.get<bool>();
    li.delta_hours = r.get<double>();
    li.delta_usd = r.get<double>();
    li.delta_generalized_usd = r.get<double>();
    if (r.get<bool>()) li.replacement = get_route(r);
    impact.lines.push_back(std::move(li));
  }
  if (!r.done()) throw std::invalid_argument("encoded impact: trailing bytes");
  return impact;
}

}  // namespace corridor::criticality
