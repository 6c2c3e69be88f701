// Prices a scenario through corridor's public API and prints the JSON report, which must be
// the bytes `corridor run SCENARIO --format json` prints.
#include <exception>
#include <iostream>

#include <corridor/engine/pipeline.hpp>
#include <corridor/report/report.hpp>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: consumer SCENARIO\n";
    return 2;
  }
  try {
    const auto loaded = corridor::engine::load(argv[1]);
    const auto prepared = corridor::engine::prepare(loaded.scenario, {});
    const auto result = corridor::engine::plan(loaded.scenario, prepared);
    corridor::report::write(result, corridor::report::Format::json, std::cout);
    return 0;
  } catch (const std::exception& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
}
