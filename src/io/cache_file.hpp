#pragma once
// Private to io: the scenario cache's file format, read through mmap and written atomically.
//
//   header    magic "corridor", encoding version (kCacheFormat), corridor version, lengths and
//             content hashes of the manifest and of the payload (fixed size, CacheHeader)
//   manifest  the scenario file's name as given, then every input file read: path, size,
//             content hash
//   payload   the LoadedScenario (io/scenario_codec.hpp)

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace corridor::io::detail {

/// One file a load read, as it was then.
struct InputFile {
  std::string path;  ///< as the load named it (relative to the working directory, or absolute)
  std::uint64_t size = 0;
  std::uint64_t hash = 0;  ///< content_hash of its bytes
};

/// A file mapped into memory read-only, or nothing when it does not exist. Throws CorruptCache
/// when it exists but cannot be mapped (a directory, unreadable).
class MappedFile {
 public:
  explicit MappedFile(const std::filesystem::path& path);
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();
  [[nodiscard]] bool exists() const { return exists_; }
  [[nodiscard]] std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

 private:
  void* data_ = nullptr;
  std::size_t size_ = 0;
  bool exists_ = false;
};

/// A cache file's parts, checked up to the payload's hash.
struct CacheContents {
  std::string scenario;  ///< the scenario file as named on the command line
  std::vector<InputFile> inputs;
  std::string_view payload;
  std::uint64_t payload_hash = 0;
};

/// The parts of the cache file `bytes`: its header (magic, encoding, corridor `version`,
/// lengths) and manifest checked. Throws CorruptCache saying what is wrong. O(manifest).
[[nodiscard]] CacheContents open_cache(std::string_view bytes, const std::string& version);

/// Throws CorruptCache when the payload does not have the hash the header records. O(payload).
void check_payload(const CacheContents& contents);

/// Writes a cache file at `file` (creating its directory) through a temporary file in the same
/// directory and a rename, so that a reader sees the old file or the whole new one. A note on
/// why it could not be written, or nullopt. O(payload).
[[nodiscard]] std::optional<std::string> write_cache_file(const std::filesystem::path& file,
                                                          const std::string& scenario,
                                                          const std::string& version,
                                                          const std::vector<InputFile>& inputs,
                                                          std::string_view payload);

}  // namespace corridor::io::detail
