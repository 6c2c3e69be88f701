#include <algorithm>
#include <cstdlib>
#include <optional>
#include <sys/stat.h>
#include <variant>

#include <corridor/io/scenario_cache.hpp>
#include <corridor/model/plausibility.hpp>
#include <corridor/version.hpp>

#include "io/cache_file.hpp"
#include "io/codec_archive.hpp"
#include "io/content_hash.hpp"
#include "io/scenario_codec.hpp"

namespace corridor::io {

namespace {

using detail::CacheContents;
using detail::FileDigest;
using detail::InputFile;

std::string hex(std::uint64_t value) {
  static constexpr std::string_view kDigits = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4U)
    out[static_cast<std::size_t>(i)] = kDigits[value & 15U];
  return out;
}

/// Every file in the manifest has its recorded size and content now; else why not.
std::optional<std::string> stale_input(const std::vector<InputFile>& inputs,
                                       const LoadLimits& limits) {
  // Sizes first: a changed size is found without reading anything.
  for (const InputFile& f : inputs) {
    struct stat info {};
    if (::stat(f.path.c_str(), &info) != 0) return f.path + " cannot be read";
    if (static_cast<std::uint64_t>(info.st_size) != f.size) return f.path + " changed";
    if (f.size > limits.max_file_bytes) return f.path + " is larger than the file size limit";
  }
  for (const InputFile& f : inputs) {
    const auto now = detail::digest_file(f.path, limits.max_file_bytes);
    if (!now || now->size != f.size || now->hash != f.hash) return f.path + " changed";
  }
  return std::nullopt;
}

/// The scenario in the cache file `file` when it is sound and matches the inputs; else the
/// reason it cannot be used.
std::variant<LoadedScenario, std::string> read_cache(const std::filesystem::path& file,
                                                     const std::string& display,
                                                     const LoadLimits& limits) {
  try {
    const detail::MappedFile mapped(file);
    if (!mapped.exists()) return std::string("no cache yet");
    const CacheContents contents = detail::open_cache(mapped.bytes(), std::string(kVersion));
    if (contents.scenario != display) return std::string("the cache is of another scenario");
    if (auto stale = stale_input(contents.inputs, limits)) return *std::move(stale);
    detail::check_payload(contents);
    LoadedScenario loaded = detail::decode_scenario(contents.payload);
    loaded.source_map.defer_lists(display, limits.max_file_bytes);
    return loaded;
  } catch (const detail::CorruptCache& e) {
    return std::string("the cache is unusable: ") + e.what();
  }
}

/// The paths the plausibility checks question: kept located in the cache, so that warnings
/// about them need not read the file again.
std::vector<std::string> plausibility_paths(const model::Scenario& scenario) {
  std::vector<std::string> paths;
  for (auto& finding : model::check_plausibility(scenario).findings)
    paths.push_back(std::move(finding.path));
  return paths;
}

/// Writes `loaded` to the cache file; a note on why not, or nullopt when written.
/// `main_before` is the digest of the scenario file taken before it was loaded, `started` when
/// the load began: a file that changed during the load is not cached.
std::optional<std::string> write_cache(const std::filesystem::path& file,
                                       const LoadedScenario& loaded, const std::string& display,
                                       const CacheSettings& settings, const LoadLimits& limits,
                                       const FileDigest& main_before,
                                       std::filesystem::file_time_type started) {
  std::vector<InputFile> inputs;
  std::uint64_t total = 0;
  for (const auto& path : loaded.files) {
    const auto digest = detail::digest_file(path, limits.max_file_bytes);
    if (!digest) return "not cached: " + path.string() + " cannot be read again";
    std::error_code ec;
    const auto written = std::filesystem::last_write_time(path, ec);
    // The scenario file is compared with its digest from before the load; the files found
    // while loading it must not have been written since the load began.
    const bool main_file = inputs.empty();
    const bool changed = main_file
                             ? digest->hash != main_before.hash || digest->size != main_before.size
                             : ec || written >= started;
    if (changed) return "not cached: " + path.string() + " changed while it was read";
    inputs.push_back(InputFile{path.string(), digest->size, digest->hash});
    total += digest->size;
  }
  if (total < settings.min_bytes) {
    return "not cached: its files hold " + std::to_string(total) + " bytes, less than " +
           std::to_string(settings.min_bytes) + " (CORRIDOR_CACHE_MIN_BYTES)";
  }
  try {
    const std::string payload =
        detail::encode_scenario(loaded, plausibility_paths(loaded.scenario));
    return detail::write_cache_file(file, display, std::string(kVersion), inputs, payload);
  } catch (const detail::CorruptCache& e) {
    return std::string("not cached: ") + e.what();
  }
}

}  // namespace

CacheSettings CacheSettings::from_environment() {
  CacheSettings settings;
  const char* dir = std::getenv("CORRIDOR_CACHE_DIR");
  if (dir != nullptr && *dir != '\0') {
    if (std::string_view(dir) != "off") settings.directory = dir;
  } else if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/') {
    settings.directory = std::filesystem::path(xdg) / "corridor";
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home == '/') {
    settings.directory = std::filesystem::path(home) / ".cache" / "corridor";
  }
  if (const char* min = std::getenv("CORRIDOR_CACHE_MIN_BYTES"); min != nullptr && *min != '\0') {
    const std::string text(min);
    const bool digits = text.size() <= 18 && std::all_of(text.begin(), text.end(), [](char c) {
                          return c >= '0' && c <= '9';
                        });
    if (!digits) {
      throw Error("CORRIDOR_CACHE_MIN_BYTES must be a whole number of bytes, got '" + text + "'");
    }
    settings.min_bytes = std::stoull(text);
  }
  return settings;
}

std::filesystem::path cache_file_of(const std::filesystem::path& path,
                                    const std::filesystem::path& directory) {
  std::error_code ec;
  const auto canonical = std::filesystem::weakly_canonical(path, ec);
  const std::string key = (ec ? path : canonical).string() + '\n' + path.string();
  return directory / (path.filename().string() + "-" + hex(detail::content_hash(key)) + ".cache");
}

CachedLoad load_scenario_cached(const std::filesystem::path& path, const LoadLimits& limits,
                                const CacheSettings& settings) {
  if (settings.directory.empty()) return CachedLoad{load_scenario(path, limits), {}};
  CacheReport report{CacheReport::Outcome::hit, cache_file_of(path, settings.directory), ""};
  const std::string display = path.string();
  auto cached = read_cache(report.file, display, limits);
  if (auto* loaded = std::get_if<LoadedScenario>(&cached)) {
    return CachedLoad{std::move(*loaded), std::move(report)};
  }
  report.note = std::get<std::string>(std::move(cached));
  const auto started = std::filesystem::file_time_type::clock::now();
  const auto main_before = detail::digest_file(path, limits.max_file_bytes);
  LoadedScenario loaded = load_scenario(path, limits);
  auto not_written =
      main_before
          ? write_cache(report.file, loaded, display, settings, limits, *main_before, started)
          : std::optional<std::string>("not cached: " + display + " cannot be read");
  report.outcome = not_written ? CacheReport::Outcome::not_written : CacheReport::Outcome::written;
  if (not_written) report.note += "; " + *not_written;
  return CachedLoad{std::move(loaded), std::move(report)};
}

}  // namespace corridor::io
