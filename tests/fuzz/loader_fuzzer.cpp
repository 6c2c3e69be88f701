// libFuzzer target: the scenario loader on arbitrary text. Any input must give a scenario or a
// corridor::Error; a crash, a sanitizer report, another exception or a hang is a bug.
//
// `extends` is relative to the working directory: run from tests/invalid, as
// tools/fuzz/campaign.sh and the replay test do, so that it reaches the shipped scenarios.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <corridor/error.hpp>
#include <corridor/io/load_scenario.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    (void)corridor::io::load_scenario_from_string(text, "fuzz.yaml");
  } catch (const corridor::Error&) {
    // Invalid input, reported: the expected outcome.
  }
  return 0;
}
