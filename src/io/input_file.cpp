#include "io/input_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <corridor/huge_pages.hpp>

namespace corridor::io::detail {

namespace {

/// Closes a file descriptor on every path out of read_input.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  [[nodiscard]] int get() const { return fd_; }

 private:
  int fd_;
};

std::string kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "it is a directory";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "it is a device, not a file";
  if (S_ISFIFO(mode)) return "it is a pipe (FIFO), not a file";
  if (S_ISSOCK(mode)) return "it is a socket, not a file";
  return "it is not a regular file";
}

InputProblem too_large(std::uint64_t size, std::uint64_t max_bytes) {
  return {
      "it holds " + describe_size(size) + ", more than the limit of " + describe_size(max_bytes),
      "set CORRIDOR_MAX_SCENARIO_MB to read larger scenarios"};
}

}  // namespace

std::string describe_size(std::uint64_t bytes) {
  constexpr std::uint64_t kKiB = 1024;
  constexpr std::uint64_t kMiB = kKiB * 1024;
  const auto tenths = [](std::uint64_t n, std::uint64_t unit) {
    const std::uint64_t t = (n * 10 + unit / 2) / unit;  // rounded to a tenth
    return std::to_string(t / 10) + (t % 10 ? "." + std::to_string(t % 10) : "");
  };
  if (bytes >= kMiB) return tenths(bytes, kMiB) + " MiB";
  if (bytes >= kKiB) return tenths(bytes, kKiB) + " KiB";
  return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

std::variant<std::string, InputProblem> read_input(const std::filesystem::path& path,
                                                   std::uint64_t max_bytes) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
  const Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
  if (fd.get() < 0) {
    const int error = errno;
    if (error == ENOENT) return InputProblem{std::strerror(error), "", true};
    return InputProblem{std::strerror(error), ""};
  }
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) return InputProblem{std::strerror(errno), ""};
  if (!S_ISREG(info.st_mode)) {
    return InputProblem{kind_of(info.st_mode), "a scenario is a YAML file"};
  }
  const auto size = static_cast<std::uint64_t>(info.st_size);
  if (size > max_bytes) return too_large(size, max_bytes);

  // One byte more than the file holds, so that the read that finds its end needs no new buffer
  // (growing the string would copy the whole file).
  std::string text;
  text.reserve(std::min<std::uint64_t>(size, max_bytes) + 1);
  advise_huge_pages(text.data(), text.capacity());
  text.resize(text.capacity());
  std::size_t used = 0;
  for (;;) {
    if (used == text.size()) {
      // The file may have grown since fstat: read on, up to one byte past the limit.
      if (used > max_bytes) return too_large(used, max_bytes);
      text.resize(std::min<std::uint64_t>(max_bytes + 1, used + 65536));
    }
    const ssize_t n = ::read(fd.get(), text.data() + used, text.size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      return InputProblem{std::strerror(errno), ""};
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
  }
  text.resize(used);
  return text;
}

std::optional<Issue> check_text(std::string_view text, const std::string& file) {
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++line;
      line_start = i + 1;
      continue;
    }
    const bool c0 = byte < 0x20 && byte != '\t' && byte != '\r';
    // C1 controls are U+0080..U+009F, encoded 0xC2 0x80..0x9F; U+0085 (NEL) is a line break.
    const bool c1 = byte == 0xC2 && i + 1 < text.size() &&
                    static_cast<unsigned char>(text[i + 1]) <= 0x9F &&
                    static_cast<unsigned char>(text[i + 1]) != 0x85;
    if (!c0 && byte != 0x7F && !c1) continue;
    // Columns count bytes, as the YAML parser's positions do.
    const int column = static_cast<int>(i - line_start) + 1;
    Issue issue{Issue::Severity::error, {file, line, column}, "", "", ""};
    if (byte == 0) {
      issue.message = "the file holds binary data (a NUL byte), not YAML text";
      issue.hint = "a scenario is a UTF-8 text file";
    } else {
      const unsigned code = c1 ? static_cast<unsigned char>(text[i + 1]) : byte;
      constexpr std::string_view kHex = "0123456789ABCDEF";
      issue.message = std::string("control character U+00") + kHex[code >> 4U] + kHex[code & 0xFU] +
                      " in the file: YAML text cannot hold it";
      issue.hint = "inside double quotes, write it as an escape such as \\x1b";
    }
    return issue;
  }
  return std::nullopt;
}

}  // namespace corridor::io::detail
