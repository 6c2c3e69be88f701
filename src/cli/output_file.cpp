#include "cli/output_file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <spdlog/spdlog.h>

#include <corridor/error.hpp>

namespace corridor::cli {

namespace {

constexpr int kStdout = STDOUT_FILENO;

[[noreturn]] void fail(const std::string& target, int error) {
  throw IoError("cannot write " + target + ": " + std::strerror(error), ExitCode::output_failed);
}

/// Writes every byte to `fd`; returns errno on failure, 0 on success.
int write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

/// Removes the temporary file unless it was renamed into place.
class TempFile {
 public:
  explicit TempFile(std::string path_template) : path_(std::move(path_template)) {
    fd_ = ::mkstemp(path_.data());
  }
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!kept_ && fd_ != -1) ::unlink(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  [[nodiscard]] int fd() const { return fd_; }
  [[nodiscard]] const std::string& path() const { return path_; }
  /// Closes the file; returns errno on failure, 0 on success.
  int close() {
    const int result = ::close(fd_);
    fd_ = -2;  // closed, still to be removed unless kept
    return result == 0 ? 0 : errno;
  }
  void keep() { kept_ = true; }

 private:
  std::string path_;
  int fd_ = -1;
  bool kept_ = false;
};

/// The permissions a new file gets (0666 less the umask), or those of the file it replaces.
mode_t permissions_for(const struct stat* existing) {
  if (existing) return existing->st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

void replace_atomically(std::string_view bytes, const std::filesystem::path& target,
                        const struct stat* existing, const std::string& name) {
  const std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  TempFile temp((dir / ("." + target.filename().string() + ".XXXXXX")).string());
  if (temp.fd() < 0) fail(name, errno);
  if (::fchmod(temp.fd(), permissions_for(existing)) != 0) fail(name, errno);
  if (const int error = write_all(temp.fd(), bytes)) fail(name, error);
  if (::fsync(temp.fd()) != 0) fail(name, errno);
  if (const int error = temp.close()) fail(name, error);
  if (::rename(temp.path().c_str(), target.c_str()) != 0) fail(name, errno);
  temp.keep();
}

}  // namespace

void refuse_input_as_output(const std::optional<std::string>& path,
                            const std::vector<std::filesystem::path>& inputs) {
  if (!path || *path == "-") return;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    std::error_code ec;
    if (!std::filesystem::equivalent(*path, inputs[i], ec) || ec) continue;
    const std::string what =
        i == 0 ? "the scenario" : "'" + inputs[i].string() + "', which the scenario extends";
    throw Error("-o: '" + *path + "' is an input of this run: the report would overwrite " + what +
                "\n  hint: write the report to another file");
  }
}

void write_output(std::string_view bytes, const std::optional<std::string>& path) {
  if (!path || *path == "-") {
    if (const int error = write_all(kStdout, bytes)) fail("to standard output", error);
    return;
  }
  const std::string name = "report '" + *path + "'";
  std::filesystem::path target(*path);
  struct stat info {};
  const bool exists = ::stat(target.c_str(), &info) == 0;
  if (exists && S_ISDIR(info.st_mode)) fail(name, EISDIR);
  if (exists && !S_ISREG(info.st_mode)) {
    // A device or a FIFO: replacing it by a file would be wrong (root could turn /dev/null
    // into a regular file); write to it as it is.
    const int fd = ::open(target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) fail(name, errno);
    const int error = write_all(fd, bytes);
    const int closed = ::close(fd);
    if (error) fail(name, error);
    if (closed != 0) fail(name, errno);
    return;
  }
  if (exists) {
    std::error_code ec;
    // A link to a report: replace the file it names, not the link.
    if (auto real = std::filesystem::canonical(target, ec); !ec) target = real;
  }
  replace_atomically(bytes, target, exists ? &info : nullptr, name);
  spdlog::info("wrote {}", *path);
}

}  // namespace corridor::cli
