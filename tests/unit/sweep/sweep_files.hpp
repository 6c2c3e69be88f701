#pragma once
// Test support for sweeps: a small scenario written to a temporary file (a sweep reads files).

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace corridor::test {

/// A file holding `text` in the temporary directory, removed when this goes out of scope.
class TempFile {
 public:
  TempFile(const std::string& name, std::string_view text)
      : path_(std::filesystem::temp_directory_path() / name) {
    std::ofstream(path_, std::ios::binary) << text;
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() { std::filesystem::remove(path_); }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

/// Three places; the road A-C and the rail A-B-C through RU compete for A -> C; B -> C starts in
/// RU. No timetables, handling or border dwell: a route's days are its running hours / 24 and
/// its USD its tariffs.
inline constexpr std::string_view kTriangle = R"(scenario: triangle
nodes:
  - {id: A, name: Alpha, country: KZ, kind: terminal}
  - {id: B, name: Bravo, country: RU, kind: terminal}
  - {id: C, name: Charlie, country: LT, kind: terminal}
links:
  - {id: AB, from: A, to: B, mode: rail, gauge: 1520, distance_km: 100, hours: 10, tariff: {usd_per_teu: 100}}
  - {id: BC, from: B, to: C, mode: rail, gauge: 1520, distance_km: 100, hours: 10, tariff: {usd_per_teu: 100}}
  - {id: AC, from: A, to: C, mode: road, distance_km: 300, hours: 60, tariff: {usd_per_teu: 500}}
cargo:
  - {id: general, tonnes_per_teu: 10, value_usd_per_teu: 10000}
demand:
  - {from: A, to: C, cargo: general, teu_per_week: 5}
  - {from: B, to: C, cargo: general, teu_per_week: 1}
policy: {objective: cost}
)";

}  // namespace corridor::test
