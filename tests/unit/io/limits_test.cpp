// The loader's limits: what it refuses to read, and the YAML structure it refuses to build.
// Each limit is tested on both sides of its bound.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <corridor/io/load_scenario.hpp>

#include "support/scenario_text.hpp"

namespace corridor::io {
namespace {

using test::errors_of;

/// The message of the IoError that loading `path` throws, or "" when it loads.
std::string io_error(const std::filesystem::path& path, const LoadLimits& limits = {}) {
  try {
    (void)load_scenario(path, limits);
  } catch (const IoError& e) {
    return e.what();
  } catch (const ValidationError&) {
    return "";
  }
  return "";
}

std::string repeat(std::string_view text, int n) {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += text;
  return out;
}

TEST_CASE("only regular files are read", "[io][limits]") {
  CHECK(io_error("/dev/zero") ==
        "cannot read scenario '/dev/zero': it is a device, not a file\n"
        "  hint: a scenario is a YAML file");
  const auto dir =
      std::filesystem::temp_directory_path() / ("corridor-limits-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  CHECK(io_error(dir) == "cannot read scenario '" + dir.string() +
                             "': it is a directory\n  hint: a scenario is a YAML file");
  // A FIFO without a writer: refused at once instead of waiting for one.
  const auto fifo = dir / "fifo.yaml";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK(io_error(fifo) == "cannot read scenario '" + fifo.string() +
                              "': it is a pipe (FIFO), not a file\n"
                              "  hint: a scenario is a YAML file");
  std::filesystem::remove_all(dir);
}

TEST_CASE("files above the size limit are refused before they are read", "[io][limits]") {
  const auto path = std::filesystem::temp_directory_path() /
                    ("corridor-size-" + std::to_string(::getpid()) + ".yaml");
  std::ofstream(path) << "scenario: x\n" << repeat("# padding\n", 200);  // 2,012 bytes
  CHECK(io_error(path, LoadLimits{2012}).empty());                       // read, then found invalid
  CHECK(io_error(path, LoadLimits{2011}) ==
        "cannot read scenario '" + path.string() +
            "': it holds 2 KiB, more than the limit of 2 KiB\n"
            "  hint: set CORRIDOR_MAX_SCENARIO_MB to read larger scenarios");
  CHECK(io_error(path, LoadLimits{1000}) ==
        "cannot read scenario '" + path.string() +
            "': it holds 2 KiB, more than the limit of 1000 bytes\n"
            "  hint: set CORRIDOR_MAX_SCENARIO_MB to read larger scenarios");
  std::filesystem::remove(path);
  CHECK_THROWS_WITH(load_scenario_from_string(repeat("#", 100), "big.yaml", LoadLimits{99}),
                    "cannot read scenario 'big.yaml': it holds 100 bytes, more than the limit of "
                    "99 bytes");
}

TEST_CASE("the size limit comes from CORRIDOR_MAX_SCENARIO_MB", "[io][limits]") {
  const char* kName = "CORRIDOR_MAX_SCENARIO_MB";
  ::unsetenv(kName);
  CHECK(LoadLimits::from_environment().max_file_bytes == 64ULL << 20U);
  ::setenv(kName, "1", 1);
  CHECK(LoadLimits::from_environment().max_file_bytes == 1ULL << 20U);
  ::setenv(kName, "2047", 1);
  CHECK(LoadLimits::from_environment().max_file_bytes == 2047ULL << 20U);
  for (const char* bad : {"0", "2048", "-1", "1.5", "64MB", "99999999999999999999"}) {
    ::setenv(kName, bad, 1);
    CHECK_THROWS_WITH(LoadLimits::from_environment(),
                      std::string("CORRIDOR_MAX_SCENARIO_MB must be a whole number of MiB from 1 "
                                  "to 2047, got '") +
                          bad + "'");
  }
  ::unsetenv(kName);
}

TEST_CASE("line endings and a byte order mark are text, NUL is not", "[io][limits]") {
  // Windows line endings and a UTF-8 BOM: the same scenario.
  CHECK(errors_of("\xef\xbb\xbfscenario: x\r\nnodes: []\r\n") ==
        "test.yaml: error: missing required key 'links'\n"
        "test.yaml: error: missing required key 'cargo'\n"
        "test.yaml:2:1: error: nodes: a scenario needs at least one node\n");
  CHECK(errors_of(std::string("scenario: x\nnodes: [a\0]\n", 23)) ==
        "test.yaml:2:10: error: the file holds binary data (a NUL byte), not YAML text\n"
        "  hint: a scenario is a UTF-8 text file\n");
  // Columns count bytes, as the YAML parser's do: "Türkiye" takes 8, so the next is the 9th.
  CHECK(errors_of("scenario: x\nT\u00fcrkiye\x01\n") ==
        "test.yaml:2:9: error: control character U+0001 in the file: YAML text cannot hold it\n"
        "  hint: inside double quotes, write it as an escape such as \\x1b\n");
}

TEST_CASE("nesting is limited to 64 levels of maps and lists", "[io][limits]") {
  // The top-level map is level 1, so 63 nested lists under it reach level 64.
  const std::string ok = "scenario: x\ndescription: " + repeat("[", 63) + repeat("]", 63) + "\n";
  CHECK(errors_of(ok).find("nesting too deep") == std::string::npos);
  const std::string deep = "scenario: x\ndescription: " + repeat("[", 64) + repeat("]", 64) + "\n";
  // The 64th '[' is at column 14 + 63 = 77.
  CHECK(errors_of(deep) ==
        "test.yaml:2:77: error: nesting too deep (limit 64 levels of maps and lists)\n"
        "  hint: a scenario needs about 8 levels\n");
}

TEST_CASE("aliases may at most double a file, plus 10000 nodes", "[io][limits]") {
  // "a" anchors a list of 100 numbers (101 nodes); each alias of it adds 100 nodes. With m
  // aliases the file writes 105 + m nodes (root map, keys a and b, the two lists, 100 numbers,
  // m aliases) and the aliases add 100 m: allowed while 100 m <= 105 + m + 10000, i.e. m <= 102.
  const auto text = [](int m) {
    std::string t = "a: &x [" + repeat("1, ", 99) + "1]\nb: [";
    for (int i = 0; i < m; ++i)
      t += i ? ", *x" : "*x";
    return t + "]\n";
  };
  CHECK(errors_of(text(102)).find("aliases") == std::string::npos);
  // 103 aliases write 208 nodes: the limit is 2 x 208 + 10000; the 103rd alias crosses it.
  CHECK(errors_of(text(103)) ==
        "test.yaml:2:413: error: aliases expand this file past its limit of 10416 nodes (twice "
        "the 208 nodes written, plus 10000)\n"
        "  hint: an alias may repeat part of a file, not multiply it: write the values out, or "
        "repeat fewer of them\n");
}

TEST_CASE("an alias inside the node it repeats is refused", "[io][limits]") {
  CHECK(errors_of("scenario: x\nnodes: &n {a: *n}\n") ==
        "test.yaml:2:15: error: this alias repeats a node that contains it: the value would "
        "never end\n"
        "  hint: an alias may only repeat a node that is complete before it\n");
}

TEST_CASE("aliased values load like the values they repeat", "[io][limits]") {
  const auto s = test::scenario_from(R"(scenario: aliases
nodes:
  - {id: A, name: A, country: KZ, kind: seaport, source: &src "port authority"}
  - {id: B, name: B, country: AZ, kind: seaport, source: *src}
links:
  - {id: AB, from: A, to: B, mode: sea, distance_km: 470, hours: &h {triangular: [18, 22, 40]}, source: *src}
  - {id: BA, from: B, to: A, mode: sea, distance_km: 470, hours: *h, source: *src}
cargo:
  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 50000, source: *src}
)");
  CHECK(s.nodes[1].source == "port authority");
  CHECK(s.links[1].hours->mean() == (18.0 + 22.0 + 40.0) / 3.0);
}

TEST_CASE("one YAML document per file", "[io][limits]") {
  CHECK(errors_of("scenario: x\n---\nscenario: y\n") ==
        "test.yaml:2:1: error: a second YAML document starts here: a scenario file holds one\n"
        "  hint: remove the '---' line and what follows, or move it to its own file\n");
  // An explicit end of the first document is fine; anything after it is a second one.
  CHECK(errors_of("scenario: x\n...\n").find("second") == std::string::npos);
}

TEST_CASE("tabs: named when they indent, accepted elsewhere", "[io][limits]") {
  CHECK(errors_of("scenario: x\nnodes:\n\t- a\n") ==
        "test.yaml:3:1: error: tabs are not allowed for indentation\n"
        "  hint: indent with spaces\n");
  CHECK(errors_of("scenario: \"a\tb\"\ndescription: x\t# a tab before a comment\n").find("tab") ==
        std::string::npos);
}

TEST_CASE("map keys are scalars, located", "[io][limits]") {
  CHECK(errors_of("scenario: x\n? [a, b]\n: 1\n") ==
        "test.yaml:2:3: error: a map key must be a plain word, not a list or a map\n"
        "  hint: write keys as 'name: value'\n");
  CHECK(errors_of("scenario: x\n{a: 1}: 2\n") ==
        "test.yaml:2:1: error: a map key must be a plain word, not a list or a map\n"
        "  hint: write keys as 'name: value'\n");
}

}  // namespace
}  // namespace corridor::io
