#include <corridor/model/sweep_result.hpp>

namespace corridor::model {

std::vector<std::size_t> sweep_choice(const std::vector<SweepAxis>& axes, std::size_t variant) {
  std::vector<std::size_t> choice(axes.size());
  for (std::size_t a = axes.size(); a-- > 0;) {
    const std::size_t n = axes[a].values.size();
    choice[a] = variant % n;
    variant /= n;
  }
  return choice;
}

}  // namespace corridor::model
