#include <corridor/model/sweep_result.hpp>

namespace corridor::model {

std::vector<std::size_t> sweep_choice(const std::vector<std::size_t>& sizes, std::size_t variant) {
  std::vector<std::size_t> choice(sizes.size());
  for (std::size_t a = sizes.size(); a-- > 0;) {
    choice[a] = variant % sizes[a];
    variant /= sizes[a];
  }
  return choice;
}

std::vector<std::size_t> sweep_choice(const std::vector<SweepAxis>& axes, std::size_t variant) {
  std::vector<std::size_t> sizes;
  sizes.reserve(axes.size());
  for (const auto& a : axes)
    sizes.push_back(a.values.size());
  return sweep_choice(sizes, variant);
}

}  // namespace corridor::model
