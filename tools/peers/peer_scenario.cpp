// corridor-peer-scenario: writes a peer network (shared/peers/gen_network.py) as a corridor
// scenario, all in YAML or as YAML with nodes_csv / links_csv tables beside it:
//   corridor-peer-scenario net_100k.json big.yaml             # one YAML file
//   corridor-peer-scenario net_100k.json big.yaml --tables    # big.yaml, big.nodes.csv,
//   big.links.csv

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include <corridor/error.hpp>

#include "peer_network.hpp"
#include "scenario_writer.hpp"

namespace {

std::ofstream open_output(const std::filesystem::path& path) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw corridor::Error("cannot write " + path.string());
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string input;
  std::string output;
  bool tables = false;
  CLI::App app{"Write a shared/peers network as a corridor scenario"};
  app.add_option("network", input, "corridor-peer-network/1 JSON file")->required();
  app.add_option("scenario", output, "the YAML file to write")->required();
  app.add_flag("--tables", tables, "nodes and links in CSV tables beside the YAML file");
  CLI11_PARSE(app, argc, argv);
  try {
    const auto peer = corridor::peers::read_peer_network(input);
    const std::filesystem::path yaml(output);
    auto out = open_output(yaml);
    if (!tables) {
      corridor::peers::write_scenario(peer.scenario, out, nullptr);
    } else {
      const std::string stem = yaml.stem().string();
      corridor::peers::TableOutput t{stem + ".nodes.csv", stem + ".links.csv", nullptr, nullptr};
      auto nodes = open_output(yaml.parent_path() / t.nodes_name);
      auto links = open_output(yaml.parent_path() / t.links_name);
      t.nodes = &nodes;
      t.links = &links;
      corridor::peers::write_scenario(peer.scenario, out, &t);
      if (!nodes.flush() || !links.flush()) throw corridor::Error("cannot write the tables");
    }
    if (!out.flush()) throw corridor::Error("cannot write " + output);
    std::cout << "query: --from " << peer.source << " --to " << peer.target << "\n";
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
