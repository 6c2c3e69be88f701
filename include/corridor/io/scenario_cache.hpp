#pragma once
/// Loading a scenario through a cache of its compiled form: a large scenario is read, parsed
/// and validated once, and later loads of the same unchanged files read the result back (a
/// 100,000-node network in a fraction of a second instead of tens of seconds).
///
/// A cache file belongs to one scenario file, named as on the command line. It records the
/// size and content hash of every file the load read (the scenario, the files it extends, its
/// nodes_csv and links_csv tables) and is used only while all of them are unchanged, and only
/// by the corridor version and encoding that wrote it; anything else (a changed, missing or
/// too large input, a damaged or truncated cache) means a normal load, after which the cache is
/// written again. docs/scenario-format.md ("The scenario cache") describes it for users.

#include <cstdint>
#include <filesystem>
#include <string>

#include <corridor/io/load_scenario.hpp>

namespace corridor::io {

/// Default of CacheSettings::min_bytes: scenarios whose files total less load in milliseconds.
inline constexpr std::uint64_t kDefaultCacheMinBytes = 1ULL << 20U;

struct CacheSettings {
  /// Where cache files are kept; empty: no cache.
  std::filesystem::path directory;
  /// Scenarios whose input files total fewer bytes are not cached.
  std::uint64_t min_bytes = kDefaultCacheMinBytes;

  /// From the environment: CORRIDOR_CACHE_DIR (a directory, or "off"; by default
  /// $XDG_CACHE_HOME/corridor, or $HOME/.cache/corridor, or no cache when neither is set) and
  /// CORRIDOR_CACHE_MIN_BYTES (a whole number of bytes). Throws Error (invalid input) when
  /// CORRIDOR_CACHE_MIN_BYTES is not a whole number.
  [[nodiscard]] static CacheSettings from_environment();
};

/// What a cached load did with the cache.
struct CacheReport {
  enum class Outcome : std::uint8_t {
    off,          ///< no cache directory
    hit,          ///< the scenario was read from the cache
    written,      ///< loaded normally, then cached
    not_written,  ///< loaded normally and not cached (too small, directory not writable, ...)
  };
  Outcome outcome = Outcome::off;
  std::filesystem::path file;  ///< the cache file (empty when off)
  /// Why the cache was not read ("no cache yet", "big.links.csv changed") and, when it was
  /// not written, why not; empty on a hit.
  std::string note;
};

/// A loaded scenario and what the cache did.
struct CachedLoad {
  LoadedScenario loaded;
  CacheReport cache;
};

/// load_scenario(path, limits), read from the cache in `settings.directory` when it holds this
/// scenario for the current contents of all its files, else loaded normally and then cached
/// (when its files total at least `settings.min_bytes`). The result is the same either way,
/// except that the source map of a scenario read from the cache finds the positions of its
/// nodes and links by loading the file again, once, when first asked
/// (SourceMap::defer_lists); the paths of plausibility findings are kept in the cache.
/// Throws as load_scenario; a cache that cannot be read or written is never an error (see the
/// report). O(size of the files) to check them, plus O(size of the scenario) to decode it.
[[nodiscard]] CachedLoad load_scenario_cached(const std::filesystem::path& path,
                                              const LoadLimits& limits,
                                              const CacheSettings& settings);

/// The cache file of the scenario named `path` in `directory`: a hash of its canonical path
/// and of its name as given (messages quote the name as given).
[[nodiscard]] std::filesystem::path cache_file_of(const std::filesystem::path& path,
                                                  const std::filesystem::path& directory);

}  // namespace corridor::io
