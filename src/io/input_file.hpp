#pragma once
// Private to io: reading a scenario file's bytes, within the limits of LoadLimits.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include <corridor/error.hpp>

namespace corridor::io::detail {

/// Why a file could not be read: a sentence and what to do about it.
struct InputProblem {
  std::string message;  ///< e.g. "it is a directory"
  std::string hint;
  bool missing = false;  ///< the file does not exist
};

/// The bytes of the regular file at `path`. Directories, devices, FIFOs and sockets are
/// refused without reading from them (a FIFO is not even waited on), and so is a file of more
/// than `max_bytes` (also when it grows while it is read). O(file size).
[[nodiscard]] std::variant<std::string, InputProblem> read_input(const std::filesystem::path& path,
                                                                 std::uint64_t max_bytes);

/// The first byte of `text` that a YAML text file cannot hold (NUL, another control character
/// than tab, line feed and carriage return, DEL, or a C1 control), as an error located at its
/// line and column of `file`; nullopt when there is none. O(n).
[[nodiscard]] std::optional<Issue> check_text(std::string_view text, const std::string& file);

/// "64 MiB", "1.5 KiB" or "12 bytes".
[[nodiscard]] std::string describe_size(std::uint64_t bytes);

}  // namespace corridor::io::detail
