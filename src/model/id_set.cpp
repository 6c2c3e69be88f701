#include <algorithm>
#include <functional>

#include <corridor/model/id_set.hpp>

namespace corridor::model {

namespace {

std::uint32_t hash_of(std::string_view id) {
  return static_cast<std::uint32_t>(std::hash<std::string_view>{}(id));
}

}  // namespace

void IdSet::reserve(std::size_t n) {
  ids_.reserve(n);
  std::size_t size = 16;
  while (size < 2 * n)
    size *= 2;
  if (size > slots_.size()) {
    slots_.assign(size, Slot{});
    for (std::size_t i = 0; i < ids_.size(); ++i) {
      const std::uint32_t h = hash_of(ids_[i]);
      std::size_t at = h & (size - 1);
      while (slots_[at].position != 0)
        at = (at + 1) & (size - 1);
      // Only first appearances are indexed; a later equal id finds the earlier one.
      if (!find(ids_[i])) slots_[at] = Slot{h, static_cast<std::uint32_t>(i + 1)};
    }
  }
}

void IdSet::grow() {
  reserve(std::max<std::size_t>(16, ids_.size() + 1));
}

std::optional<std::size_t> IdSet::find(std::string_view id) const {
  if (slots_.empty()) return std::nullopt;
  const std::uint32_t h = hash_of(id);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = h & mask; slots_[at].position != 0; at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.hash == h && ids_[slot.position - 1] == id) return slot.position - 1;
  }
  return std::nullopt;
}

void IdSet::add(std::string_view id) {
  if (2 * (ids_.size() + 1) > slots_.size()) grow();
  ids_.push_back(id);
  if (find(id)) return;  // indexed at its first appearance
  const std::uint32_t h = hash_of(id);
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = h & mask;
  while (slots_[at].position != 0)
    at = (at + 1) & mask;
  slots_[at] = Slot{h, static_cast<std::uint32_t>(ids_.size())};
}

}  // namespace corridor::model
