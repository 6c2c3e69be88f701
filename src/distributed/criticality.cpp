#include <corridor/criticality/wire.hpp>
#include <corridor/distributed/criticality.hpp>
#include <corridor/distributed/split.hpp>

namespace corridor::distributed {

criticality::Distribute criticality_over_ranks() {
  return [](const criticality::Analysis& analysis,
            const std::vector<std::vector<model::Element>>& closures, int threads) {
    const auto bytes = all_gather(closures.size(), [&](const std::vector<std::size_t>& mine) {
      std::vector<std::vector<model::Element>> subset;
      for (std::size_t i : mine)
        subset.push_back(closures[i]);
      std::vector<std::string> out;
      for (const auto& impact : criticality::impacts(analysis, subset, threads))
        out.push_back(criticality::encode(impact));
      return out;
    });
    std::vector<model::ElementImpact> impacts;
    impacts.reserve(bytes.size());
    for (const auto& b : bytes)
      impacts.push_back(criticality::decode(b));
    return impacts;
  };
}

}  // namespace corridor::distributed
