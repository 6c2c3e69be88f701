#include <algorithm>
#include <string>

#include "io/parse.hpp"

namespace corridor::io::detail {

namespace {

using model::Distribution;

std::string num(double v) {
  return number_text(v);
}

/// The unit a duration was written in, with its bound (model::kMaxHours) in that unit.
struct Unit {
  double hours;  ///< 1 for hours, 24 for days
  [[nodiscard]] double limit() const { return model::kMaxHours / hours; }
  [[nodiscard]] std::string name() const { return hours == 1.0 ? "hours" : "days"; }
  [[nodiscard]] std::string bound() const {
    return "at most " + num(limit()) + " " + name() + " (10 years)";
  }
};

/// Reports a duration parameter above the bound.
bool within_limit(const Field& f, double value, Unit unit) {
  if (value <= unit.limit()) return true;
  f.error("durations must be " + unit.bound() + ", got " + num(value));
  return false;
}

std::string list_text(const std::vector<double>& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) s += ", ";
    s += num(v[i]);
  }
  return s + "]";
}

std::optional<std::vector<double>> fixed_size_list(const Field& f, std::size_t n, const char* what,
                                                   Unit unit) {
  auto values = f.number_list();
  if (!values) return std::nullopt;
  if (values->size() != n) {
    f.error("expected " + std::to_string(n) + " numbers " + what + ", got " +
            std::to_string(values->size()));
    return std::nullopt;
  }
  for (double v : *values) {
    if (v < 0.0) {
      f.error("durations cannot be negative, got " + list_text(*values));
      return std::nullopt;
    }
    if (v > unit.limit()) {
      f.error("durations must be " + unit.bound() + ", got " + list_text(*values));
      return std::nullopt;
    }
  }
  return values;
}

std::optional<Distribution> parse_three_point(const Field& f, bool pert, Unit unit) {
  const char* what = "[min, mode, max]";
  double lambda = 4.0;
  std::optional<std::vector<double>> abc;
  if (pert && f.node().IsMap()) {
    if (!f.expect_map({"min", "mode", "max", "lambda"})) return std::nullopt;
    for (const char* key : {"min", "mode", "max"}) {
      if (!f.require(key)) return std::nullopt;
    }
    auto a = f["min"].number();
    auto m = f["mode"].number();
    auto b = f["max"].number();
    if (!a || !m || !b) return std::nullopt;
    abc = std::vector<double>{*a, *m, *b};
    if (f["lambda"].present()) {
      auto l = f["lambda"].number();
      if (!l) return std::nullopt;
      if (!(*l > 0.0 && *l <= model::kMaxPertLambda)) {
        f["lambda"].error("PERT lambda must be > 0 and <= " + num(model::kMaxPertLambda) +
                          ", got " + num(*l));
        return std::nullopt;
      }
      lambda = *l;
    }
    if (abc->at(0) < 0.0) {
      f.error("durations cannot be negative, got " + list_text(*abc));
      return std::nullopt;
    }
    if (!within_limit(f, abc->at(2), unit)) return std::nullopt;
  } else {
    abc = fixed_size_list(f, 3, what, unit);
  }
  if (!abc) return std::nullopt;
  const double a = (*abc)[0], m = (*abc)[1], b = (*abc)[2];
  if (!(a <= m && m <= b && a < b)) {
    f.error(std::string(pert ? "pert" : "triangular") +
                " needs min <= mode <= max and min < max, got " + list_text(*abc),
            "write " + std::string(what));
    return std::nullopt;
  }
  if (pert) return Distribution(model::Pert{a, m, b, lambda});
  return Distribution(model::Triangular{a, m, b});
}

/// The spread of a log-normal within model::kMaxLogSigma, its mean within the duration bound.
std::optional<Distribution> bounded_lognormal(const Field& f, Distribution d, Unit unit) {
  const auto& ln = std::get<model::LogNormal>(d.variant());
  if (!(ln.sigma <= model::kMaxLogSigma)) {
    f.error("this log-normal is too spread out: its log-scale sigma is above " +
                num(model::kMaxLogSigma),
            "p95 may be at most about 3,700 times the median (above the shift)");
    return std::nullopt;
  }
  if (!within_limit(f, d.mean(), unit)) return std::nullopt;
  return d;
}

std::optional<Distribution> parse_lognormal(const Field& f, Unit unit) {
  if (!f.expect_map({"median", "p95", "mean", "sd", "shift"})) return std::nullopt;
  for (const char* key : {"median", "p95", "mean", "sd", "shift"}) {
    if (!f[key].present()) continue;
    auto v = f[key].number();
    if (!v || !within_limit(f[key], *v, unit)) return std::nullopt;
  }
  double shift = 0.0;
  if (f["shift"].present()) {
    auto s = f["shift"].number();
    if (!s) return std::nullopt;
    if (*s < 0.0) {
      f["shift"].error("shift cannot be negative");
      return std::nullopt;
    }
    shift = *s;
  }
  const bool by_quantiles = f["median"].present() || f["p95"].present();
  const bool by_moments = f["mean"].present() || f["sd"].present();
  if (by_quantiles == by_moments) {
    f.error("lognormal needs either {median, p95} or {mean, sd}");
    return std::nullopt;
  }
  if (by_quantiles) {
    if (!f.require("median") || !f.require("p95")) return std::nullopt;
    auto median = f["median"].number();
    auto p95 = f["p95"].number();
    if (!median || !p95) return std::nullopt;
    if (!(*median > shift)) {
      f["median"].error("lognormal median must be greater than the shift (" + num(shift) + ")");
      return std::nullopt;
    }
    if (!(*p95 > *median)) {
      f["p95"].error("lognormal p95 must be greater than the median, got p95 " + num(*p95) +
                     " <= median " + num(*median));
      return std::nullopt;
    }
    return bounded_lognormal(f, Distribution::lognormal_from_median_p95(*median, *p95, shift),
                             unit);
  }
  if (!f.require("mean") || !f.require("sd")) return std::nullopt;
  auto mean = f["mean"].number();
  auto sd = f["sd"].number();
  if (!mean || !sd) return std::nullopt;
  if (!(*mean > shift)) {
    f["mean"].error("lognormal mean must be greater than the shift");
    return std::nullopt;
  }
  if (!(*sd > 0.0)) {
    f["sd"].error("lognormal sd must be > 0");
    return std::nullopt;
  }
  return bounded_lognormal(f, Distribution::lognormal_from_mean_sd(*mean, *sd, shift), unit);
}

std::optional<Distribution> parse_empirical(const Field& f, Unit unit) {
  if (!f.expect_map({"samples", "quantiles"})) return std::nullopt;
  if (f["samples"].present() == f["quantiles"].present()) {
    f.error("empirical needs either samples or quantiles");
    return std::nullopt;
  }
  if (f["samples"].present()) {
    auto values = f["samples"].number_list();
    if (!values) return std::nullopt;
    if (values->empty()) {
      f["samples"].error("empirical samples cannot be empty");
      return std::nullopt;
    }
    if (std::any_of(values->begin(), values->end(), [](double v) { return v < 0.0; })) {
      f["samples"].error("durations cannot be negative");
      return std::nullopt;
    }
    std::sort(values->begin(), values->end());
    if (!within_limit(f["samples"], values->back(), unit)) return std::nullopt;
    return Distribution(model::EmpiricalSamples{std::move(*values)});
  }
  const Field q = f["quantiles"];
  model::EmpiricalQuantiles out;
  for (const Field& pair : q.items()) {
    auto pv = pair.number_list();
    if (!pv) return std::nullopt;
    if (pv->size() != 2) {
      pair.error("each quantile is a pair [probability, value]");
      return std::nullopt;
    }
    out.probabilities.push_back((*pv)[0]);
    out.values.push_back((*pv)[1]);
  }
  if (!q.node().IsSequence()) return std::nullopt;
  const auto& p = out.probabilities;
  const auto& v = out.values;
  if (p.size() < 2 || p.front() != 0.0 || p.back() != 1.0) {
    q.error("quantile probabilities must start at 0 and end at 1",
            "write [[0, min], ..., [1, max]]");
    return std::nullopt;
  }
  for (std::size_t i = 1; i < p.size(); ++i) {
    if (!(p[i] > p[i - 1])) {
      q.error("quantile probabilities must rise strictly");
      return std::nullopt;
    }
    if (v[i] < v[i - 1]) {
      q.error("quantile values must not fall as the probability rises");
      return std::nullopt;
    }
  }
  if (v.front() < 0.0) {
    q.error("durations cannot be negative");
    return std::nullopt;
  }
  if (!within_limit(q, v.back(), unit)) return std::nullopt;
  return Distribution(std::move(out));
}

}  // namespace

std::optional<std::string> fixed_duration_problem(double value, double unit_hours) {
  const Unit unit{unit_hours};
  if (value < 0.0) return "durations cannot be negative";
  if (value > unit.limit()) return "durations must be " + unit.bound() + ", got " + num(value);
  return std::nullopt;
}

std::optional<Distribution> parse_distribution(const Field& f, double unit_hours) {
  const Unit unit{unit_hours};
  std::optional<Distribution> d;
  if (f.node().IsScalar()) {
    auto v = f.number();
    if (!v) return std::nullopt;
    if (auto problem = fixed_duration_problem(*v, unit_hours)) {
      f.error(std::move(*problem));
      return std::nullopt;
    }
    d = Distribution(model::Fixed{*v});
  } else if (f.node().IsMap() && f.node().size() == 1) {
    const std::string family = f.node().begin()->first.Scalar();
    const Field body = f[family];
    if (family == "fixed") {
      auto v = body.number();
      if (!v) return std::nullopt;
      if (auto problem = fixed_duration_problem(*v, unit_hours)) {
        body.error(std::move(*problem));
        return std::nullopt;
      }
      d = Distribution(model::Fixed{*v});
    } else if (family == "uniform") {
      auto ab = fixed_size_list(body, 2, "[min, max]", unit);
      if (!ab) return std::nullopt;
      if (!((*ab)[0] < (*ab)[1])) {
        body.error("uniform needs min < max, got " + list_text(*ab));
        return std::nullopt;
      }
      d = Distribution(model::Uniform{(*ab)[0], (*ab)[1]});
    } else if (family == "triangular" || family == "pert") {
      d = parse_three_point(body, family == "pert", unit);
    } else if (family == "lognormal") {
      d = parse_lognormal(body, unit);
    } else if (family == "empirical") {
      d = parse_empirical(body, unit);
    } else {
      (void)f.expect_map({"fixed", "uniform", "triangular", "pert", "lognormal", "empirical"});
      return std::nullopt;
    }
  } else {
    f.error("expected a number or one distribution",
            "e.g. 22, {triangular: [18, 22, 40]} or {lognormal: {median: 24, p95: 72}}");
    return std::nullopt;
  }
  if (!d) return std::nullopt;
  return unit_hours == 1.0 ? *d : d->scaled(unit_hours);
}

std::optional<Distribution> parse_duration(const Field& parent, bool required) {
  const Field hours = parent["hours"];
  const Field days = parent["days"];
  if (hours.present() && days.present()) {
    days.error("give either hours or days, not both");
    return std::nullopt;
  }
  if (hours.present()) return parse_distribution(hours, 1.0);
  if (days.present()) return parse_distribution(days, 24.0);
  if (required) parent.error("missing required key 'hours' (or 'days')");
  return std::nullopt;
}

}  // namespace corridor::io::detail
