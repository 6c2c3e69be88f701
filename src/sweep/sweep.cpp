#include <algorithm>

#include <corridor/engine/pipeline.hpp>
#include <corridor/report/sweep.hpp>
#include <corridor/sim/parallel.hpp>
#include <corridor/sweep/sweep.hpp>
#include <corridor/version.hpp>

#include "sweep/wire.hpp"

namespace corridor::sweep {

namespace {

/// Invalid variants reported in full; beyond them, a count.
constexpr std::size_t kVariantsReported = 5;

Issue request_error(std::string option, std::string message, std::string hint = {}) {
  return Issue{Issue::Severity::error, {}, std::move(option), std::move(message), std::move(hint)};
}

/// "variant 3 (links.X.hours=24, policy.avoid_countries=[])"
std::string label_of(const std::vector<io::SetAxis>& axes, const std::vector<std::size_t>& choice,
                     std::size_t variant) {
  std::string text = "variant " + std::to_string(variant + 1) + " (";
  for (std::size_t a = 0; a < axes.size(); ++a)
    text += (a ? ", " : "") + axes[a].path + "=" + axes[a].values[choice[a]];
  return text + ")";
}

/// Keys that would break what the table says of its Monte Carlo: one seed and one number of
/// replications for every variant.
void refuse_simulation_keys(const std::vector<io::SetAxis>& axes) {
  for (const auto& axis : axes) {
    const auto& s = axis.segments;
    if (s.size() >= 2 && s[0] == "simulation" && (s[1] == "seed" || s[1] == "replications")) {
      throw ValidationError(
          "", {request_error(io::set_option_name(axis),
                             "a sweep gives every variant the same simulation." + s[1] +
                                 " (common random numbers: differences are the variants', not "
                                 "noise)",
                             "use --" + s[1] + " to change it for every variant")});
    }
  }
}

std::vector<std::size_t> variants_of(std::size_t grid,
                                     const std::optional<model::SweepShard>& shard) {
  std::vector<std::size_t> out;
  const std::size_t count = shard ? shard->count : 1;
  const std::size_t first = shard ? shard->index - 1 : 0;
  for (std::size_t v = first; v < grid; v += count)
    out.push_back(v);
  return out;
}

bool same_issue(const Issue& a, const Issue& b) {
  return a.path == b.path && a.message == b.message;
}

/// Plans (or simulates) one variant; its rows, or why it is invalid.
detail::Outcome evaluate(const io::VariantSource& source, const Request& request,
                         std::size_t variant) {
  std::vector<std::size_t> sizes;
  for (const auto& a : request.axes)
    sizes.push_back(a.values.size());
  const auto choice = model::sweep_choice(sizes, variant);
  const std::string label = label_of(request.axes, choice, variant);
  detail::Outcome out;
  try {
    const auto loaded = source.variant(request.axes, choice, label);
    model::Overrides overrides = request.overrides;
    overrides.simulation.threads = 1;  // the variants run in parallel instead
    auto prepared = engine::prepare(loaded.scenario, overrides);
    for (auto warning : loaded.warnings) {
      const auto& base = source.base().warnings;
      if (std::any_of(base.begin(), base.end(),
                      [&](const Issue& w) { return same_issue(w, warning); }))
        continue;
      warning.path = label + ": " + warning.path;
      out.warnings.push_back(std::move(warning));
    }
    if (request.simulate) {
      out.rows = report::sweep_rows(variant, engine::simulate(loaded.scenario, prepared));
    } else {
      prepared.policy.alternatives = 1;
      prepared.policy.pareto = false;
      out.rows = report::sweep_rows(variant, engine::plan(loaded.scenario, prepared));
    }
  } catch (const ValidationError& e) {
    // The errors only: an invalid variant's warnings are the scenario's, already said.
    for (auto issue : e.issues()) {
      if (issue.severity != Issue::Severity::error) continue;
      if (issue.path.rfind("variant ", 0) != 0) issue.path = label + ": " + issue.path;
      out.errors.push_back(std::move(issue));
    }
  }
  return out;
}

/// The work of this process's share: variants evaluated on worker threads, each with its own
/// copy of the source (YAML trees are not shared between threads).
Work local_work(const io::VariantSource& source, const Request& request,
                const std::vector<std::size_t>& variants) {
  return [&source, &request, &variants](const std::vector<std::size_t>& share) {
    std::vector<std::string> bytes(share.size());
    const unsigned threads = sim::thread_count(request.threads, share.size());
    std::vector<io::VariantSource> sources(threads, source);
    sim::ProgressMeter meter({}, share.size());
    sim::run_chunks(
        share.size(), threads,
        [&](unsigned thread, std::size_t chunk) {
          bytes[chunk] = detail::encode(evaluate(sources[thread], request, variants[share[chunk]]));
        },
        meter);
    return bytes;
  };
}

void check_shard(const std::optional<model::SweepShard>& shard) {
  if (shard && (shard->count == 0 || shard->index == 0 || shard->index > shard->count)) {
    throw ValidationError("", {request_error("--shard",
                                             "shard " + std::to_string(shard->index) + "/" +
                                                 std::to_string(shard->count) + " does not exist",
                                             "--shard I/N takes I from 1 to N")});
  }
}

/// The variants' outcomes, in grid order, into the table; throws ValidationError listing the
/// first invalid variants when there are any.
void collect(const std::vector<std::string>& bytes, Result& result) {
  std::vector<Issue> errors;
  std::size_t invalid = 0;
  for (const auto& b : bytes) {
    auto outcome = detail::decode(b);
    if (!outcome.errors.empty()) {
      if (++invalid <= kVariantsReported) {
        errors.insert(errors.end(), outcome.errors.begin(), outcome.errors.end());
      }
      continue;
    }
    for (auto& row : outcome.rows)
      result.table.rows.push_back(std::move(row));
    for (auto& w : outcome.warnings)
      result.warnings.push_back(std::move(w));
  }
  if (invalid > kVariantsReported) {
    errors.push_back(request_error("--set", std::to_string(invalid - kVariantsReported) +
                                                " more invalid variants (" +
                                                std::to_string(invalid) + " in all) not listed"));
  }
  if (!errors.empty()) throw ValidationError("", std::move(errors));
}

}  // namespace

std::size_t grid_size(const std::vector<io::SetAxis>& axes) {
  std::size_t n = 1;
  for (const auto& axis : axes) {
    // No overflow: n <= kMaxVariants and a value count <= io::kMaxSetValues before multiplying.
    n *= axis.values.size();
    if (n > kMaxVariants) {
      std::string sizes;
      for (const auto& a : axes)
        sizes += (sizes.empty() ? "" : " x ") + std::to_string(a.values.size());
      throw ValidationError(
          "", {request_error("--set",
                             "the grid " + sizes + " has more than " +
                                 std::to_string(kMaxVariants) + " variants",
                             "sweep fewer values at once, or split the study into several "
                             "sweeps over parts of the grid")});
    }
  }
  return n;
}

Result run(const io::VariantSource& source, const Request& request) {
  if (request.axes.empty()) {
    throw ValidationError("", {request_error("--set", "a sweep needs at least one --set",
                                             "e.g. --set 'policy.objective=cost,time'")});
  }
  const std::size_t grid = grid_size(request.axes);
  check_shard(request.shard);
  refuse_simulation_keys(request.axes);
  source.check(request.axes);
  // The overrides are checked once against the scenario, as every command checks them.
  const auto prepared = engine::prepare(source.base().scenario, request.overrides);

  const auto variants = variants_of(grid, request.shard);
  const Work work = local_work(source, request, variants);
  std::vector<std::string> bytes;
  if (request.distribute) {
    bytes = request.distribute(variants.size(), work);
  } else {
    std::vector<std::size_t> all(variants.size());
    for (std::size_t i = 0; i < all.size(); ++i)
      all[i] = i;
    bytes = work(all);
  }

  Result result;
  auto& t = result.table;
  t.scenario = source.base().scenario.name;
  t.version = std::string(kVersion);
  for (const auto& a : request.axes)
    t.axes.push_back({a.path, a.values});
  t.variants = grid;
  t.shard = request.shard;
  if (request.simulate) {
    t.simulated = true;
    t.seed = prepared.simulation.seed;
    t.replications = prepared.simulation.replications;
  }
  collect(bytes, result);
  return result;
}

}  // namespace corridor::sweep
