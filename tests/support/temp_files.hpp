#pragma once
// Test support: a fresh directory of files written by a test, removed at its end.

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace corridor::test {

/// A fresh directory under the system's temporary directory; `prefix` names it.
class TempFiles {
 public:
  explicit TempFiles(const std::string& prefix)
      : dir_(std::filesystem::temp_directory_path() /
             (prefix + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++))) {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~TempFiles() { std::filesystem::remove_all(dir_); }
  TempFiles(const TempFiles&) = delete;
  TempFiles& operator=(const TempFiles&) = delete;

  /// Writes `text` to the file `name` of the directory, byte for byte; returns its path.
  std::filesystem::path write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return dir_ / name;
  }
  [[nodiscard]] const std::filesystem::path& dir() const { return dir_; }

 private:
  static inline int counter_ = 0;
  std::filesystem::path dir_;
};

}  // namespace corridor::test
