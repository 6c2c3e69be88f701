// The scenario cache: a warm load gives what a normal load gives; a damaged, stale or foreign
// cache is detected and rebuilt; positions after a warm load still name the right line.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include <corridor/io/scenario_cache.hpp>

#include "io/scenario_codec.hpp"
#include "support/temp_files.hpp"

namespace corridor::io {
namespace {

using Outcome = CacheReport::Outcome;

constexpr const char* kBase = R"(scenario: base
nodes_csv: n.csv
links_csv: l.csv
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 50000, source: s}
demand:
  - {from: A, to: B, cargo: box, teu_per_week: 5}
)";
constexpr const char* kWhatIf = R"(scenario: what-if
extends: base.yaml
policy:
  objective: time
checks:
  - {demand: all, metric: days, max: 40}
)";
constexpr const char* kNodes =
    "id,name,country,kind,lat,lon,modes,gauges,handling.hours,handling.usd_per_teu,source\n"
    "A,Aktau,KZ,seaport,43.6,51.2,rail;sea,1520,24,180,s\n"
    "B,Baku,AZ,seaport,40.4,49.9,rail;sea,1520,12,90,s\n";
constexpr const char* kLinks =
    "id,from,to,mode,gauge,distance_km,hours,tariff.usd_per_teu,source\n"
    "AB,A,B,sea,,470,36,900,s\n"
    "BA,B,A,rail,1520,900,20,400,s\n";

/// A what-if extending a base whose network is in two tables, and a cache directory.
class Fixture : public test::TempFiles {
 public:
  Fixture() : TempFiles("corridor-cache") {
    write("base.yaml", kBase);
    write("n.csv", kNodes);
    write("l.csv", kLinks);
    main_ = write("what-if.yaml", kWhatIf);
    settings_.directory = dir() / "cache";
    settings_.min_bytes = 0;
  }
  [[nodiscard]] CachedLoad load() const { return load_scenario_cached(main_, {}, settings_); }
  [[nodiscard]] std::filesystem::path cache_file() const {
    return cache_file_of(main_, settings_.directory);
  }
  [[nodiscard]] std::string cache_bytes() const { return read(cache_file()); }
  void set_cache_bytes(const std::string& bytes) const {
    std::ofstream(cache_file(), std::ios::binary) << bytes;
  }
  static std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
  }
  [[nodiscard]] const std::filesystem::path& main() const { return main_; }
  CacheSettings& settings() { return settings_; }

 private:
  std::filesystem::path main_;
  CacheSettings settings_;
};

/// The encoding of everything a load gives, for comparing two loads.
std::string encoded(const LoadedScenario& loaded) {
  return detail::encode_scenario(loaded);
}

TEST_CASE("a warm load gives what the normal load gave", "[io][cache]") {
  Fixture f;
  const auto normal = load_scenario(f.main());
  const auto cold = f.load();
  CHECK(cold.cache.outcome == Outcome::written);
  CHECK(cold.cache.note == "no cache yet");
  CHECK(std::filesystem::exists(f.cache_file()));
  const auto warm = f.load();
  CHECK(warm.cache.outcome == Outcome::hit);
  CHECK(warm.cache.note.empty());
  CHECK(encoded(warm.loaded) == encoded(normal));
  CHECK(warm.loaded.files == normal.files);
  CHECK(warm.loaded.scenario.policy.objective == model::Objective::time);
  CHECK(warm.loaded.scenario.links[1].distance.value() == 900.0);

  // Positions in the lists of nodes and links come from reading the files again, once.
  const SourceMap& map = warm.loaded.source_map;
  CHECK(map.deferred());
  CHECK(map.locate("checks[0]").line == normal.source_map.locate("checks[0]").line);
  CHECK(map.deferred());
  std::vector<SourceLocation> found(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < found.size(); ++i) {
    threads.emplace_back([&map, &found, i] { found[i] = map.locate("links[1].distance_km"); });
  }
  for (auto& t : threads)
    t.join();
  CHECK_FALSE(map.deferred());
  for (const auto& where : found) {
    CHECK(where.file == (f.dir() / "l.csv").string());
    CHECK(where.line == 3);
    CHECK(where.column == 18);
  }
  CHECK(map.written("links[1].distance_km") == "distance_km");
  CHECK(map.recorded("links[1].distance_km"));
  CHECK_FALSE(map.recorded("links[1].speed_kmh"));
}

TEST_CASE("a damaged or foreign cache is never read, and is written again", "[io][cache]") {
  Fixture f;
  const auto normal = encoded(load_scenario(f.main()));
  (void)f.load();
  const std::string good = f.cache_bytes();
  REQUIRE(good.size() > 200);
  const auto damaged = [&good](std::size_t at) {
    std::string bytes = good;
    bytes[at] = static_cast<char>(bytes[at] ^ 0x20);
    return bytes;
  };
  const std::vector<std::pair<std::string, std::string>> cases{
      {good.substr(0, good.size() / 2), "its length is not the one its header records"},
      {good.substr(0, 40), "it is shorter than its header"},
      {damaged(good.size() - 20), "its scenario is damaged"},
      {damaged(90), "its list of input files is damaged"},
      {damaged(8), "it has encoding 33, not 1"},
      {damaged(16), "another corridor version wrote it"},
      {damaged(0), "it is not a corridor cache"},
      {"", "it is shorter than its header"},
  };
  for (const auto& [bytes, reason] : cases) {
    f.set_cache_bytes(bytes);
    const auto again = f.load();
    CHECK(again.cache.outcome == Outcome::written);
    CHECK(again.cache.note == "the cache is unusable: " + reason);
    CHECK(encoded(again.loaded) == normal);
    CHECK(f.cache_bytes() == good);
  }
}

TEST_CASE("an edited input makes the cache stale", "[io][cache]") {
  Fixture f;
  (void)f.load();
  SECTION("the scenario") {
    f.write("what-if.yaml", std::string(kWhatIf) + "description: edited\n");
    const auto again = f.load();
    CHECK(again.cache.outcome == Outcome::written);
    CHECK(again.cache.note == f.main().string() + " changed");
    CHECK(again.loaded.scenario.description == "edited");
  }
  SECTION("the base it extends") {
    f.write("base.yaml",
            std::string(kBase) + "  - {from: B, to: A, cargo: box, teu_per_week: 1}\n");
    const auto again = f.load();
    CHECK(again.cache.outcome == Outcome::written);
    CHECK(again.cache.note == (f.dir() / "base.yaml").string() + " changed");
    CHECK(again.loaded.scenario.demand.size() == 2);
  }
  SECTION("a table, with the same size") {
    std::string links = kLinks;
    links.replace(links.find("900,20"), 6, "950,20");
    f.write("l.csv", links);
    const auto again = f.load();
    CHECK(again.cache.outcome == Outcome::written);
    CHECK(again.cache.note == (f.dir() / "l.csv").string() + " changed");
    CHECK(again.loaded.scenario.links[1].distance.value() == 950.0);
  }
  // The cache was written again, for the edited files.
  CHECK(f.load().cache.outcome == Outcome::hit);
}

TEST_CASE("an error made after caching is reported where it is", "[io][cache]") {
  Fixture f;
  (void)f.load();
  std::string links = kLinks;
  links.replace(links.find("900,20"), 6, "9x0,20");
  f.write("l.csv", links);
  std::string message;
  try {
    (void)f.load();
  } catch (const ValidationError& e) {
    message = format_issue(e.issues().at(0));
  }
  CHECK(message.starts_with((f.dir() / "l.csv").string() + ":3:18: error: distance_km: "));
}

TEST_CASE("small scenarios and unwritable directories are not cached", "[io][cache]") {
  Fixture f;
  SECTION("below the size") {
    f.settings().min_bytes = 1U << 20U;
    const auto cold = f.load();
    CHECK(cold.cache.outcome == Outcome::not_written);
    CHECK(cold.cache.note.ends_with("less than 1048576 (CORRIDOR_CACHE_MIN_BYTES)"));
    CHECK_FALSE(std::filesystem::exists(f.cache_file()));
  }
  SECTION("a directory that cannot be made") {
    f.settings().directory = f.main() / "cache";  // under a regular file
    const auto cold = f.load();
    CHECK(cold.cache.outcome == Outcome::not_written);
    CHECK(cold.cache.note.find("cannot create the cache directory") != std::string::npos);
  }
  SECTION("off") {
    f.settings().directory.clear();
    CHECK(f.load().cache.outcome == Outcome::off);
  }
}

}  // namespace
}  // namespace corridor::io
