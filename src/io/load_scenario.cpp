#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>
#include <utility>

#include <yaml-cpp/yaml.h>

#include <corridor/io/load_scenario.hpp>
#include <corridor/io/validate.hpp>

#include "io/merge.hpp"
#include "io/parse.hpp"
#include "io/yaml_reader.hpp"

namespace corridor::io {

namespace {

using detail::Diagnostics;
using detail::Document;
using detail::Field;

constexpr int kMaxExtendsDepth = 8;

std::string read_file(const std::filesystem::path& path, const std::string& display) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw IoError("cannot read scenario '" + display + "': " + std::strerror(errno));
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw IoError("cannot read scenario '" + display + "'");
  return text.str();
}

[[noreturn]] void fail(const std::string& file, Issue issue) {
  throw ValidationError(file, {std::move(issue)});
}

Document parse_document(std::string_view text, const std::string& display) {
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

/// Loads `text` and, recursively, the scenarios it extends; returns the merged document.
Document load_document(std::string_view text, const std::string& display,
                       const std::filesystem::path& directory,
                       std::vector<std::filesystem::path>& chain, std::vector<Issue>& issues) {
  Document doc = parse_document(text, display);
  const YAML::Node extends = std::as_const(doc.root)["extends"];
  if (!extends) return doc;

  Diagnostics diag(doc.positions);
  const Field field(extends, "extends", diag);
  auto base_name = field.string();
  if (!base_name) throw ValidationError(display, diag.take());
  const std::filesystem::path base_path = (directory / *base_name).lexically_normal();
  const std::string base_display = base_path.string();
  const auto canonical = std::filesystem::weakly_canonical(base_path);
  if (std::find(chain.begin(), chain.end(), canonical) != chain.end()) {
    field.error("'" + *base_name + "' extends this file again: the chain never ends");
    throw ValidationError(display, diag.take());
  }
  if (chain.size() >= kMaxExtendsDepth) {
    field.error("more than " + std::to_string(kMaxExtendsDepth) + " levels of extends");
    throw ValidationError(display, diag.take());
  }
  if (!std::filesystem::exists(base_path)) {
    field.error("the base scenario '" + base_display + "' does not exist",
                "extends is relative to the file that names it");
    throw ValidationError(display, diag.take());
  }
  chain.push_back(canonical);
  const std::string base_text = read_file(base_path, base_display);
  Document base = load_document(base_text, base_display, base_path.parent_path(), chain, issues);
  chain.pop_back();

  Document merged = detail::merge_documents(base, doc, diag);
  auto merge_issues = diag.take();
  issues.insert(issues.end(), merge_issues.begin(), merge_issues.end());
  return merged;
}

bool is_error(const Issue& i) {
  return i.severity == Issue::Severity::error;
}

LoadedScenario finish(Document doc, std::vector<Issue> issues, const std::string& display) {
  Diagnostics diag(doc.positions);
  model::Scenario scenario = detail::parse_scenario(Field(doc.root, "", diag));
  auto parse_issues = diag.take();
  issues.insert(issues.end(), parse_issues.begin(), parse_issues.end());
  // A value that could not be read was defaulted; checks of its meaning would only repeat the
  // problem, so they are dropped for paths that already have an error.
  std::set<std::string> unreadable;
  for (const auto& i : issues) {
    if (is_error(i)) unreadable.insert(i.path);
  }
  for (auto& issue : validate(scenario, doc.positions)) {
    if (!unreadable.count(issue.path)) issues.push_back(std::move(issue));
  }
  // Report in reading order: the named file first, then the files it extends.
  std::stable_sort(issues.begin(), issues.end(), [&](const Issue& a, const Issue& b) {
    return std::make_tuple(a.where.file != display, a.where.file, a.where.line, a.where.column) <
           std::make_tuple(b.where.file != display, b.where.file, b.where.line, b.where.column);
  });
  if (std::any_of(issues.begin(), issues.end(), is_error)) {
    throw ValidationError(display, std::move(issues));
  }
  return LoadedScenario{std::move(scenario), std::move(doc.positions), std::move(issues)};
}

}  // namespace

LoadedScenario load_scenario(const std::filesystem::path& path) {
  const std::string display = path.string();
  const std::string text = read_file(path, display);
  std::vector<std::filesystem::path> chain{std::filesystem::weakly_canonical(path)};
  std::vector<Issue> issues;
  Document doc = load_document(text, display, path.parent_path(), chain, issues);
  return finish(std::move(doc), std::move(issues), display);
}

LoadedScenario load_scenario_from_string(std::string_view yaml, const std::string& display_name) {
  std::vector<std::filesystem::path> chain;
  std::vector<Issue> issues;
  Document doc = load_document(yaml, display_name, std::filesystem::current_path(), chain, issues);
  return finish(std::move(doc), std::move(issues), display_name);
}

}  // namespace corridor::io
