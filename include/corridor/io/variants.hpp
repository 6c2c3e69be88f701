#pragma once
/// Variants of one scenario file: its merged YAML with values set at paths (corridor sweep).

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <corridor/io/load_scenario.hpp>
#include <corridor/io/set_path.hpp>

namespace corridor::io {

/// A scenario file loaded once and kept as merged YAML, from which variants are made by
/// setting values at paths and then parsing and validating as a file would be.
///
/// Not thread-safe: one object serves one thread; copies (deep) are independent, so each
/// worker thread takes its own.
class VariantSource {
 public:
  /// Loads `path` (and the files it extends) as load_scenario does; the scenario itself must
  /// be valid. Throws as load_scenario.
  VariantSource(const std::filesystem::path& path, const LoadLimits& limits);
  VariantSource(const VariantSource& other);
  VariantSource& operator=(const VariantSource& other);
  VariantSource(VariantSource&&) noexcept;
  VariantSource& operator=(VariantSource&&) noexcept;
  ~VariantSource();

  /// The scenario as the file gives it.
  [[nodiscard]] const LoadedScenario& base() const;

  /// Checks that each axis's path leads somewhere in the scenario: every list item named
  /// exists, no key is a near miss of an existing one, no value is asked to hold keys. A key
  /// that does not exist yet is allowed (it is added; the variant's validation judges it).
  /// Throws ValidationError naming the --set argument, with a "did you mean" hint. O(path ×
  /// items of the lists it passes).
  void check(const std::vector<SetAxis>& axes) const;

  /// The scenario with, for every axis a, the value axes[a].values[choice[a]] set at its path
  /// (in axis order), parsed and validated. Values are located as "--set PATH" in messages.
  /// Throws ValidationError whose issues start with `label` ("variant 3 (...)") when the
  /// variant is invalid. Precondition: check(axes) passed; choice[a] < axes[a].values.size().
  [[nodiscard]] LoadedScenario variant(const std::vector<SetAxis>& axes,
                                       const std::vector<std::size_t>& choice,
                                       const std::string& label) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace corridor::io
