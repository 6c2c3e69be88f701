#pragma once
// Where a report goes: standard output, or the file named by -o, written whole or not at all.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace corridor::cli {

/// Throws Error (exit 2) when the -o target `path` is one of `inputs` (the scenario or a file
/// it extends, compared by identity, so links and other spellings count): the report would
/// destroy its own input. No -o, "-o -" and a target that does not exist yet always pass.
void refuse_input_as_output(const std::optional<std::string>& path,
                            const std::vector<std::filesystem::path>& inputs);

/// Writes `bytes` to standard output when `path` is unset or "-", else to the file `path`:
/// - a regular file (or a new one) is replaced atomically: the bytes go to a temporary file
///   created exclusively (mkstemp) in the target's directory, which is then renamed over the
///   target, so a reader never sees half a report, a file planted at the temporary name is
///   never followed, and concurrent runs writing one target each succeed (the last one wins);
///   a symbolic link is followed and the file it names is replaced;
/// - anything else (a device such as /dev/null, a FIFO) is written directly.
/// Throws IoError (exit 74) naming the target and the system's reason when writing fails
/// (/dev/full: "No space left on device"; a closed standard output: "Bad file descriptor").
void write_output(std::string_view bytes, const std::optional<std::string>& path);

}  // namespace corridor::cli
