#include "cli/commands.hpp"

#include <charconv>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <spdlog/spdlog.h>

#include <corridor/engine/criticality.hpp>
#include <corridor/engine/pipeline.hpp>
#include <corridor/error.hpp>
#include <corridor/io/duration_text.hpp>
#include <corridor/io/scenario_cache.hpp>
#include <corridor/model/plausibility.hpp>
#include <corridor/model/printable.hpp>
#include <corridor/report/labels.hpp>
#include <corridor/report/plausibility.hpp>
#include <corridor/report/report.hpp>
#include <corridor/report/sweep.hpp>
#include <corridor/sweep/sweep.hpp>

#include "cli/output_file.hpp"
#include "cli/progress_bar.hpp"

#ifdef CORRIDOR_MPI
#include <corridor/distributed/criticality.hpp>
#include <corridor/distributed/split.hpp>
#endif

namespace corridor::cli {

namespace {

Issue option_error(std::string option, std::string message, std::string hint) {
  return Issue{Issue::Severity::error, {}, std::move(option), std::move(message), std::move(hint)};
}

}  // namespace

model::Overrides overrides_of(const Options& o) {
  model::Overrides out = o.overrides;
  out.od = o.od;
  std::vector<Issue> issues;
  if (o.named.objective) {
    if (auto objective = model::parse_objective(*o.named.objective)) {
      out.policy.objective = *objective;
    } else {
      issues.push_back(option_error("--objective", "unknown objective '" + *o.named.objective + "'",
                                    model::objective_hint()));
    }
  }
  for (const auto& name : o.named.avoid_modes) {
    if (auto mode = model::parse_mode(name)) {
      out.policy.avoid_modes.push_back(*mode);
    } else {
      issues.push_back(
          option_error("--avoid-mode", "unknown mode '" + name + "'", model::mode_hint()));
    }
  }
  if (o.named.seed) {
    const std::string& text = *o.named.seed;
    std::uint64_t seed = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seed);
    if (error != std::errc() || end != text.data() + text.size()) {
      issues.push_back(option_error(
          "--seed",
          "must be an integer between 0 and " + std::to_string(UINT64_MAX) + ", got '" + text + "'",
          ""));
    } else {
      out.simulation.seed = seed;
    }
  }
  if (!issues.empty()) throw ValidationError("", std::move(issues));
  return out;
}

namespace {

void log_warnings(const std::vector<Issue>& warnings) {
  for (const auto& w : warnings)
    spdlog::warn("{}", format_issue(w));
}

/// What the scenario cache did, at debug level (-vv): a hit, or why it was not read or written.
void log_cache(const io::CacheReport& cache) {
  switch (cache.outcome) {
    case io::CacheReport::Outcome::off:
      spdlog::debug("scenario cache: off");
      break;
    case io::CacheReport::Outcome::hit:
      spdlog::debug("scenario cache: read {}", cache.file.string());
      break;
    case io::CacheReport::Outcome::written:
      spdlog::debug("scenario cache: {}; written {}", cache.note, cache.file.string());
      break;
    case io::CacheReport::Outcome::not_written:
      spdlog::debug("scenario cache: {}", cache.note);
      break;
  }
}

/// The scenario of a plain load (no --set): through the scenario cache (io/scenario_cache.hpp).
io::LoadedScenario load(const Options& options) {
  auto cached = io::load_scenario_cached(options.scenario, io::LoadLimits::from_environment(),
                                         io::CacheSettings::from_environment());
  log_cache(cached.cache);
  io::LoadedScenario loaded = std::move(cached.loaded);
  refuse_input_as_output(options.output.path, loaded.files);
  log_warnings(loaded.warnings);
  const auto& s = loaded.scenario;
  spdlog::info("loaded {}: {} nodes, {} links, {} cargo profiles, {} demand lines", s.name,
               s.nodes.size(), s.links.size(), s.cargo.size(), s.demand.size());
  return loaded;
}

engine::Prepared prepare(const model::Scenario& scenario, const Options& options) {
  auto prepared = engine::prepare(scenario, overrides_of(options));
  log_warnings(prepared.warnings);
  return prepared;
}

report::Format output_format(const OutputOptions& o) {
  if (o.format) {
    auto f = report::parse_format(*o.format);
    if (!f) {
      throw ValidationError("", {option_error("--format", "unknown format '" + *o.format + "'",
                                              "formats are text, md, json, csv, html, geojson")});
    }
    return *f;
  }
  if (o.path && *o.path != "-") {
    const auto ext = std::filesystem::path(*o.path).extension().string();
    if (ext.empty() || ext == ".txt") return report::Format::text;
    if (ext == ".json") return report::Format::json;
    if (ext == ".md") return report::Format::md;
    if (ext == ".csv") return report::Format::csv;
    if (ext == ".html" || ext == ".htm") return report::Format::html;
    if (ext == ".geojson") return report::Format::geojson;
    throw ValidationError("",
                          {option_error("-o", "no report format is written to '" + ext + "' files",
                                        "formats are text (.txt), md (.md), json (.json), "
                                        "csv (.csv), html (.html) and geojson (.geojson); "
                                        "--format chooses one for any file name")});
  }
  return report::Format::text;
}

}  // namespace

report::Format checked_format(const OutputOptions& o) {
  const report::Format format = output_format(o);
  if (o.csv_bom && format != report::Format::csv) {
    throw ValidationError("", {option_error("--csv-bom",
                                            "only CSV reports take a byte order mark, this one "
                                            "is " +
                                                std::string(report::to_string(format)),
                                            "add --format csv, or write to a .csv file")});
  }
  return format;
}

report::Format checked_table_format(const OutputOptions& o, const std::string& reports) {
  const report::Format format = checked_format(o);
  if (format == report::Format::html || format == report::Format::geojson) {
    throw ValidationError("", {option_error("--format",
                                            reports + " text, md, json or csv, not " +
                                                std::string(report::to_string(format)),
                                            "")});
  }
  return format;
}

namespace {

template <class Result>
void write_report(const Result& result, const OutputOptions& output, report::Format format) {
  std::ostringstream out;
  report::write(result, format, out, report::WriteOptions{output.csv_bom});
  write_output(out.str(), output.path);
}

std::string count(std::size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

/// The plausibility findings as warnings located where the questioned value was written.
std::vector<Issue> plausibility_warnings(const model::Plausibility& checks,
                                         const io::SourceMap& where) {
  std::vector<Issue> out;
  for (const auto& f : checks.findings) {
    out.push_back(Issue{Issue::Severity::warning, where.locate(f.path), where.written(f.path),
                        f.message, f.hint});
  }
  return out;
}

/// --strict: 1 (logged) when some demand line has no route.
int strict_exit_code(const model::RunResult& result) {
  std::size_t unreachable = 0;
  for (const auto& od : result.results) {
    if (!od.routes.empty()) continue;
    ++unreachable;
    spdlog::error("--strict: demand line {} has no route{}", report::line_title(od.demand),
                  od.unreachable ? ": " + od.unreachable->reason : "");
  }
  return unreachable > 0 ? static_cast<int>(ExitCode::check_failed) : 0;
}

}  // namespace

int run_validate(const Options& options) {
  if (!options.plausibility && (options.output.path || options.output.format)) {
    throw ValidationError("", {option_error(options.output.path ? "-o" : "--format",
                                            "validate writes a report only with --plausibility",
                                            "add --plausibility")});
  }
  const auto format = checked_table_format(options.output, "a plausibility report is");
  const auto loaded = load(options);
  const auto& s = loaded.scenario;
  const auto checks = model::check_plausibility(s);
  const auto findings = plausibility_warnings(checks, loaded.source_map);
  log_warnings(findings);
  if (options.plausibility) {
    std::ostringstream report_text;
    report::write(s, checks, format, report_text, report::WriteOptions{options.output.csv_bom});
    write_output(report_text.str(), options.output.path);
    return 0;
  }
  std::ostringstream out;
  out << "ok: " << options.scenario << ": scenario '" << model::printable(s.name) << "', "
      << count(s.nodes.size(), "node", "nodes") << ", " << count(s.links.size(), "link", "links")
      << ", " << count(s.cargo.size(), "cargo profile", "cargo profiles") << ", "
      << count(s.demand.size(), "demand line", "demand lines");
  if (const std::size_t warnings = loaded.warnings.size() + findings.size(); warnings > 0) {
    out << ", " << count(warnings, "warning", "warnings");
  }
  out << '\n';
  write_output(out.str(), std::nullopt);
  return 0;
}

int run_plan(const Options& options) {
  const auto format = checked_format(options.output);
  auto usd_per = model::UsdPer::teu;
  if (options.usd_per) {
    const auto per = model::parse_usd_per(*options.usd_per);
    if (!per) {
      throw ValidationError("", {option_error("--per", "unknown unit '" + *options.usd_per + "'",
                                              "--per teu (the default) or --per container")});
    }
    usd_per = *per;
  }
  const auto loaded = load(options);
  const auto prepared = prepare(loaded.scenario, options);
  auto result = engine::plan(loaded.scenario, prepared);
  result.provenance.command = options.command_line;
  if (usd_per == model::UsdPer::container) result = model::per_container(std::move(result));
  write_report(result, options.output, format);
  if (options.strict) return strict_exit_code(result);
  return 0;
}

int run_simulate(const Options& options) {
  const auto format = checked_format(options.output);
  const auto loaded = load(options);
  const auto prepared = prepare(loaded.scenario, options);
  ProgressBar bar(options.progress && options.verbosity >= 0);
  engine::SimulationProgress progress;
  progress.route = [&bar](std::size_t line, std::size_t lines, const model::Demand& d) {
    bar.label("[" + std::to_string(line + 1) + "/" + std::to_string(lines) + "] " + d.from +
              " -> " + d.to);
  };
  progress.journeys = [&bar](std::uint64_t done, std::uint64_t total) { bar.update(done, total); };
  auto result = engine::simulate(loaded.scenario, prepared, progress);
  result.provenance.command = options.command_line;
  bar.finish();
  write_report(result, options.output, format);
  return 0;
}

int run_capacity(const Options& options) {
  const auto format = checked_format(options.output);
  const auto loaded = load(options);
  const auto prepared = prepare(loaded.scenario, options);
  ProgressBar bar(options.progress && options.verbosity >= 0);
  bar.label(std::string("capacity ") +
            std::string(capacity::to_string(prepared.capacity.route_choice)));
  auto result = engine::capacity(
      loaded.scenario, prepared,
      [&bar](std::uint64_t done, std::uint64_t total) { bar.update(done, total); });
  result.provenance.command = options.command_line;
  bar.finish();
  for (const auto& w : result.warnings)
    spdlog::warn("warning: {}", w);
  write_report(result, options.output, format);
  return 0;
}

int run_criticality(const Options& options) {
  const auto format = checked_format(options.output);
  const auto loaded = load(options);
  const auto prepared = prepare(loaded.scenario, options);
  const auto& c = options.criticality;
  engine::CriticalityRequest request;
  request.nodes = c.nodes;
  request.links = c.links;
  request.kinds = c.kinds;
  request.countries = c.countries;
  request.ends = c.ends;
  request.to = c.to;
  request.pair_top = c.pairs;
  if (c.closure_length) {
    request.closure_length = io::parse_duration_text(*c.closure_length, "--simulate");
  }
  if (c.closure_at) {
    if (*c.closure_at == "middle") {
      request.closure_start = model::ClosureStart::middle;
    } else if (*c.closure_at != "uniform") {
      throw ValidationError("",
                            {option_error("--closure-at", "unknown start '" + *c.closure_at + "'",
                                          "a closure starts at: uniform, middle")});
    }
  }
#ifdef CORRIDOR_MPI
  // Under mpirun the closures are split over the ranks; rank 0 writes the report, which is
  // byte for byte the one a single process writes.
  const auto world = distributed::world();
  if (world.size > 1) request.distribute = distributed::criticality_over_ranks();
  auto result = engine::criticality(loaded.scenario, prepared, request);
  if (world.rank != 0) return 0;
#else
  auto result = engine::criticality(loaded.scenario, prepared, request);
#endif
  result.base.provenance.command = options.command_line;
  write_report(result, options.output, format);
  return 0;
}

namespace {

/// "I/N" with 1 <= I <= N (checked by the library).
model::SweepShard shard_of(const std::string& text) {
  const auto slash = text.find('/');
  std::size_t index = 0;
  std::size_t count = 0;
  const char* end = text.data() + text.size();
  const auto a = std::from_chars(text.data(), text.data() + std::min(slash, text.size()), index);
  const auto b = slash == std::string::npos
                     ? std::from_chars_result{nullptr, std::errc::invalid_argument}
                     : std::from_chars(text.data() + slash + 1, end, count);
  if (a.ec != std::errc() || a.ptr != text.data() + slash || b.ec != std::errc() || b.ptr != end) {
    throw ValidationError("", {option_error("--shard", "expected I/N, got '" + text + "'",
                                            "e.g. --shard 2/4: the second of four slices")});
  }
  return {index, count};
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (!std::filesystem::is_regular_file(path) || !(text << in.rdbuf())) {
    throw IoError("cannot read '" + path +
                  "': " + (std::filesystem::exists(path) ? "not a readable file" : "no such file"));
  }
  return text.str();
}

/// A --set whose values change nothing in the table is said, not silently tabulated.
void warn_inert(const model::SweepTable& table) {
  for (std::size_t a : sweep::inert_axes(table)) {
    spdlog::warn(
        "warning: --set {}: its values change no row of the table (the key may act only in "
        "`corridor capacity`, on routes other than each line's best, or not at all)",
        table.axes[a].path);
  }
}

}  // namespace

int run_sweep(const Options& options) {
  const auto format = checked_table_format(options.output, "sweep tables are");
  sweep::Request request;
  for (const auto& set : options.sweep.sets)
    request.axes.push_back(io::parse_set(set));
  request.simulate = options.sweep.simulate;
  request.overrides = overrides_of(options);
  request.threads = static_cast<int>(options.overrides.simulation.threads.value_or(0));
  if (options.sweep.shard) request.shard = shard_of(*options.sweep.shard);
  const io::VariantSource source(options.scenario, io::LoadLimits::from_environment());
  refuse_input_as_output(options.output.path, source.base().files);
  log_warnings(source.base().warnings);
#ifdef CORRIDOR_MPI
  // Under mpirun the variants are split over the ranks; rank 0 writes the table, which is
  // byte for byte the one a single process writes.
  const auto world = distributed::world();
  if (world.size > 1) request.distribute = distributed::all_gather;
  const auto result = sweep::run(source, request);
  if (world.rank != 0) return 0;
#else
  const auto result = sweep::run(source, request);
#endif
  log_warnings(result.warnings);
  warn_inert(result.table);
  write_report(result.table, options.output, format);
  return 0;
}

int run_merge(const Options& options) {
  const auto format = checked_table_format(options.output, "merge tables are");
  std::vector<std::filesystem::path> inputs;
  std::vector<sweep::ShardFile> shards;
  for (const auto& file : options.sweep.shards) {
    inputs.emplace_back(file);
    try {
      shards.push_back({file, report::read_sweep_json(read_file(file))});
    } catch (const std::invalid_argument& e) {
      throw ValidationError(file, {Issue{Issue::Severity::error,
                                         {file, 0, 0},
                                         "",
                                         std::string("not a sweep table: ") + e.what(),
                                         "merge the JSON of `corridor sweep --shard I/N`"}});
    }
  }
  refuse_input_as_output(options.output.path, inputs);
  const auto table = sweep::merge(std::move(shards));
  warn_inert(table);
  write_report(table, options.output, format);
  return 0;
}

}  // namespace corridor::cli
