#include <algorithm>
#include <cstdlib>
#include <set>
#include <system_error>
#include <tuple>
#include <utility>

#include <yaml-cpp/yaml.h>

#include <corridor/io/load_scenario.hpp>
#include <corridor/io/settings.hpp>
#include <corridor/io/validate.hpp>

#include "io/checker.hpp"
#include "io/csv_tables.hpp"
#include "io/input_file.hpp"
#include "io/load_document.hpp"
#include "io/merge.hpp"
#include "io/parse.hpp"
#include "io/settings_detail.hpp"
#include "io/yaml_reader.hpp"
#include "io/yaml_shape.hpp"

namespace corridor::io {

namespace {

using detail::Diagnostics;
using detail::Document;
using detail::Field;

[[noreturn]] void fail(const std::string& file, Issue issue) {
  throw ValidationError(file, {std::move(issue)});
}

/// The text of a file, or the reason it cannot be read. Control characters are refused here,
/// before the YAML parser sees them.
std::variant<std::string, detail::InputProblem> read_text(const std::filesystem::path& path,
                                                          const std::string& display,
                                                          const LoadLimits& limits) {
  auto text = detail::read_input(path, limits.max_file_bytes);
  if (const auto* bytes = std::get_if<std::string>(&text)) {
    if (auto issue = detail::check_text(*bytes, display)) fail(display, std::move(*issue));
  }
  return text;
}

Document parse_document(std::string_view text, const std::string& display) {
  detail::check_yaml_shape(text, display);
  Document doc{YAML::Node(), SourceMap(display)};
  try {
    doc.root = YAML::Load(std::string(text));
  } catch (const YAML::ParserException& e) {
    fail(display, Issue{Issue::Severity::error,
                        {display, e.mark.line + 1, e.mark.column + 1},
                        "",
                        "YAML syntax: " + e.msg,
                        ""});
  }
  if (!doc.root.IsDefined() || doc.root.IsNull()) {
    fail(display, Issue{Issue::Severity::error,
                        {display, 0, 0},
                        "",
                        "the file is empty",
                        "a scenario starts with 'scenario: <name>'"});
  }
  if (!doc.root.IsMap()) {
    fail(display, Issue{Issue::Severity::error,
                        {display, 1, 1},
                        "",
                        "a scenario is a map of sections (scenario, nodes, links, ...)",
                        ""});
  }
  detail::record_positions(doc.root, display, doc.positions);
  return doc;
}

/// Where a load stands: the files of the extends chain so far (to find cycles), every file
/// read, and the issues of merging.
struct Chain {
  const LoadLimits& limits;
  std::vector<std::filesystem::path> open;  ///< canonical paths of the files being loaded
  std::vector<std::filesystem::path> files;
  std::vector<Issue> issues;
};

/// The base scenario named by `extends`, read and checked; problems are located at `field`.
std::pair<std::string, std::filesystem::path> read_base(const Field& field,
                                                        const std::filesystem::path& directory,
                                                        int depth, Chain& chain) {
  const std::string& display = field.diag().where().file();
  auto reject = [&](std::string message, std::string hint = {}) {
    field.error(std::move(message), std::move(hint));
    throw ValidationError(display, field.diag().take());
  };
  auto name = field.string();
  if (!name) throw ValidationError(display, field.diag().take());
  if (name->empty()) reject("extends names no file", "extends: <base scenario file>");
  if (depth >= kMaxExtendsDepth) {
    reject("'" + *name + "' would be level " + std::to_string(depth + 1) +
               " of extends; the limit is " + std::to_string(kMaxExtendsDepth),
           "merge some of the what-ifs of this chain into one file");
  }
  const std::filesystem::path path = (directory / *name).lexically_normal();
  std::error_code ec;
  const auto canonical = std::filesystem::weakly_canonical(path, ec);
  if (ec) reject("cannot read the base scenario '" + path.string() + "': " + ec.message());
  if (std::find(chain.open.begin(), chain.open.end(), canonical) != chain.open.end()) {
    reject("'" + *name + "' extends this file again: the chain never ends");
  }
  auto text = read_text(path, path.string(), chain.limits);
  if (const auto* problem = std::get_if<detail::InputProblem>(&text)) {
    if (problem->missing) {
      reject("the base scenario '" + path.string() + "' does not exist",
             "extends is relative to the file that names it");
    }
    reject("cannot read the base scenario '" + path.string() + "': " + problem->message,
           problem->hint);
  }
  chain.open.push_back(canonical);
  chain.files.push_back(path);
  return {std::get<std::string>(std::move(text)), path};
}

/// Loads `text` and, recursively, the scenarios it extends; returns the merged document.
/// `depth` counts the extends steps from the named file to this one.
Document load_document(std::string_view text, const std::string& display,
                       const std::filesystem::path& directory, int depth, Chain& chain) {
  Document doc = parse_document(text, display);
  const YAML::Node extends = std::as_const(doc.root)["extends"];
  if (!extends) return doc;

  Diagnostics diag(doc.positions);
  const Field field(extends, "extends", diag);
  if (!std::as_const(doc.root)["scenario"]) {
    field.error("a what-if needs a 'scenario:' name of its own",
                "without one its reports would carry the base's name");
    throw ValidationError(display, diag.take());
  }
  auto [base_text, base_path] = read_base(field, directory, depth, chain);
  Document base =
      load_document(base_text, base_path.string(), base_path.parent_path(), depth + 1, chain);
  chain.open.pop_back();

  Document merged = detail::merge_documents(base, doc, diag);
  auto merge_issues = diag.take();
  chain.issues.insert(chain.issues.end(), merge_issues.begin(), merge_issues.end());
  return merged;
}

}  // namespace

namespace {

bool is_error(const Issue& i) {
  return i.severity == Issue::Severity::error;
}

}  // namespace

LoadedScenario detail::finish(Document doc, std::vector<Issue> issues,
                              std::vector<std::filesystem::path> files, const std::string& display,
                              const LoadLimits& limits, Settings* settings) {
  Diagnostics diag(doc.positions);
  model::Scenario scenario = detail::parse_scenario(Field(doc.root, "", diag));
  detail::read_tables(Field(doc.root, "", diag), scenario, doc.positions, limits, files);
  // A value that could not be read was defaulted; checks of its meaning would only repeat the
  // problem, so the checker skips the paths that already have an error.
  auto unreadable = diag.error_paths();
  auto parse_issues = diag.take();
  issues.insert(issues.end(), parse_issues.begin(), parse_issues.end());
  for (auto& issue : detail::Checker(scenario, doc.positions, std::move(unreadable)).run()) {
    issues.push_back(std::move(issue));
  }
  // Report in reading order: the named file first, then the files it extends.
  std::stable_sort(issues.begin(), issues.end(), [&](const Issue& a, const Issue& b) {
    return std::make_tuple(a.where.file != display, a.where.file, a.where.line, a.where.column) <
           std::make_tuple(b.where.file != display, b.where.file, b.where.line, b.where.column);
  });
  if (std::any_of(issues.begin(), issues.end(), is_error)) {
    throw ValidationError(display, std::move(issues));
  }
  if (settings != nullptr) *settings = detail::flatten(doc.root, scenario);
  return LoadedScenario{std::move(scenario), std::move(doc.positions), std::move(issues),
                        std::move(files)};
}

LoadLimits LoadLimits::from_environment() {
  LoadLimits limits;
  const char* value = std::getenv("CORRIDOR_MAX_SCENARIO_MB");
  if (value == nullptr || *value == '\0') return limits;
  const std::string text(value);
  std::uint64_t mebibytes = 0;
  const bool digits =
      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits && text.size() <= 4) mebibytes = std::stoull(text);
  if (mebibytes < 1 || mebibytes > kMaxFileMebibytes) {
    throw Error("CORRIDOR_MAX_SCENARIO_MB must be a whole number of MiB from 1 to " +
                std::to_string(kMaxFileMebibytes) + ", got '" + text + "'");
  }
  limits.max_file_bytes = mebibytes << 20U;
  return limits;
}

detail::MergedFile detail::load_merged(const std::filesystem::path& path,
                                       const LoadLimits& limits) {
  const std::string display = path.string();
  auto text = read_text(path, display, limits);
  if (const auto* problem = std::get_if<detail::InputProblem>(&text)) {
    throw IoError("cannot read scenario '" + display + "': " + problem->message +
                  (problem->hint.empty() ? "" : "\n  hint: " + problem->hint));
  }
  Chain chain{limits, {}, {path}, {}};
  std::error_code ec;
  chain.open.push_back(std::filesystem::weakly_canonical(path, ec));
  Document doc = load_document(std::get<std::string>(text), display, path.parent_path(), 0, chain);
  return MergedFile{std::move(doc), std::move(chain.issues), std::move(chain.files), display,
                    limits};
}

LoadedScenario load_scenario(const std::filesystem::path& path, const LoadLimits& limits) {
  auto merged = detail::load_merged(path, limits);
  return detail::finish(std::move(merged.doc), std::move(merged.issues), std::move(merged.files),
                        merged.display, limits);
}

std::pair<LoadedScenario, Settings> load_scenario_settings(const std::filesystem::path& path,
                                                           const LoadLimits& limits) {
  auto merged = detail::load_merged(path, limits);
  Settings settings;
  LoadedScenario loaded =
      detail::finish(std::move(merged.doc), std::move(merged.issues), std::move(merged.files),
                     merged.display, limits, &settings);
  return {std::move(loaded), std::move(settings)};
}

LoadedScenario load_scenario_from_string(std::string_view yaml, const std::string& display_name,
                                         const LoadLimits& limits) {
  if (yaml.size() > limits.max_file_bytes) {
    throw IoError("cannot read scenario '" + display_name + "': it holds " +
                  detail::describe_size(yaml.size()) + ", more than the limit of " +
                  detail::describe_size(limits.max_file_bytes));
  }
  if (auto issue = detail::check_text(yaml, display_name)) fail(display_name, std::move(*issue));
  Chain chain{limits, {}, {}, {}};
  std::error_code ec;
  const auto here = std::filesystem::current_path(ec);
  Document doc = load_document(yaml, display_name, here, 0, chain);
  return detail::finish(std::move(doc), std::move(chain.issues), std::move(chain.files),
                        display_name, limits);
}

}  // namespace corridor::io
