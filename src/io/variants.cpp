// Variants of a scenario file: its merged YAML cloned, values set at --set paths, then parsed
// and validated as a file is.

#include <iterator>

#include <corridor/io/variants.hpp>

#include "io/load_document.hpp"
#include "io/yaml_path.hpp"

namespace corridor::io {

struct VariantSource::Impl {
  detail::MergedFile merged;
  LoadedScenario base;
};

using detail::Document;

namespace {

/// The source map with everything recorded under `yaml_path` replaced by one entry naming the
/// --set option, so that a problem with a set value points at the option, not at the line the
/// file had there.
SourceMap renamed(const SourceMap& positions, const std::string& yaml_path,
                  const std::string& name) {
  SourceMap out = positions;
  SourceMap::Entries entries = positions.entries();
  for (auto it = entries.lower_bound(yaml_path); it != entries.end();) {
    const std::string& path = it->first;
    if (path.compare(0, yaml_path.size(), yaml_path) != 0) break;
    const bool below = path.size() == yaml_path.size() || path[yaml_path.size()] == '.' ||
                       path[yaml_path.size()] == '[';
    it = below ? entries.erase(it) : std::next(it);
  }
  out.replace_entries(std::move(entries));
  out.add_named(yaml_path, name);
  return out;
}

Document cloned(const Document& doc) {
  return Document{YAML::Clone(doc.root), doc.positions};
}

}  // namespace

VariantSource::VariantSource(const std::filesystem::path& path, const LoadLimits& limits)
    : impl_(std::make_unique<Impl>()) {
  impl_->merged = detail::load_merged(path, limits);
  const auto& m = impl_->merged;
  impl_->base = detail::finish(cloned(m.doc), m.issues, m.files, m.display, m.limits);
}

VariantSource::VariantSource(const VariantSource& other) : impl_(std::make_unique<Impl>()) {
  const auto& m = other.impl_->merged;
  impl_->merged = detail::MergedFile{cloned(m.doc), m.issues, m.files, m.display, m.limits};
  impl_->base = other.impl_->base;
}

VariantSource& VariantSource::operator=(const VariantSource& other) {
  if (this != &other) *this = VariantSource(other);
  return *this;
}

VariantSource::VariantSource(VariantSource&&) noexcept = default;
VariantSource& VariantSource::operator=(VariantSource&&) noexcept = default;
VariantSource::~VariantSource() = default;

const LoadedScenario& VariantSource::base() const {
  return impl_->base;
}

void VariantSource::check(const std::vector<SetAxis>& axes) const {
  for (const auto& axis : axes)
    (void)detail::resolve_set_path(impl_->merged.doc.root, axis);
}

LoadedScenario VariantSource::variant(const std::vector<SetAxis>& axes,
                                      const std::vector<std::size_t>& choice,
                                      const std::string& label) const {
  const auto& m = impl_->merged;
  Document doc = cloned(m.doc);
  std::vector<Issue> issues = m.issues;
  for (std::size_t a = 0; a < axes.size(); ++a) {
    const auto& axis = axes[a];
    // Resolved again on the variant's own document: an earlier --set may have changed it.
    const auto path = detail::resolve_set_path(doc.root, axis);
    if (!detail::assign(doc.root, path, detail::value_node(axis.values[choice[a]]))) {
      issues.push_back(Issue{Issue::Severity::error,
                             {},
                             path.yaml_path,
                             "an earlier --set replaced what this path leads through",
                             ""});
    }
    doc.positions = renamed(doc.positions, path.yaml_path, "--set " + axis.path);
  }
  try {
    return detail::finish(std::move(doc), std::move(issues), m.files, m.display, m.limits);
  } catch (const ValidationError& e) {
    std::vector<Issue> labelled = e.issues();
    for (auto& issue : labelled)
      issue.path = label + ": " + issue.path;
    throw ValidationError(e.file(), std::move(labelled));
  }
}

}  // namespace corridor::io
