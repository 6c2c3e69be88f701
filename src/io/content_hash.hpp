#pragma once
// Private to io: a fast 64-bit hash of bytes, to tell whether a scenario's input files and a
// cached scenario are still what they were. Not cryptographic: it detects edits, truncation and
// corruption, not an adversary.

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string_view>

namespace corridor::io::detail {

/// Hashes a stream of bytes given in pieces of any size; the result depends only on the bytes,
/// not on how they were cut. Four independent lanes of one multiply per 8-byte word: several
/// GB/s on one core.
class ContentHasher {
 public:
  explicit ContentHasher(std::uint64_t seed = 0);
  /// Adds `bytes` to the stream. O(bytes.size()).
  void update(std::string_view bytes);
  /// The hash of every byte added so far (the hasher can be updated further afterwards).
  [[nodiscard]] std::uint64_t digest() const;

 private:
  static constexpr std::size_t kBlock = 32;  ///< four lanes of 8 bytes
  void consume(const char* block);

  std::array<std::uint64_t, 4> lanes_{};
  std::array<char, kBlock> pending_{};
  std::size_t pending_size_ = 0;
  std::uint64_t total_ = 0;
};

/// The hash of `bytes` (ContentHasher fed with them at once).
[[nodiscard]] std::uint64_t content_hash(std::string_view bytes, std::uint64_t seed = 0);

/// A file's size and content hash, read as it is now.
struct FileDigest {
  std::uint64_t size = 0;
  std::uint64_t hash = 0;
};

/// The size and hash of the regular file at `path`, read in 1 MiB pieces; nullopt when it
/// cannot be opened or read, is not a regular file, or holds more than `max_bytes` (not read
/// then). O(file size).
[[nodiscard]] std::optional<FileDigest> digest_file(const std::filesystem::path& path,
                                                    std::uint64_t max_bytes);

}  // namespace corridor::io::detail
