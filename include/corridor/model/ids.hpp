#pragma once
/// Typed identities of scenario elements: indices into Scenario::nodes, ::links and ::cargo that
/// cannot be mixed up with each other or with other integers.

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>

namespace corridor::model {

/// An index into one of the scenario's element lists, typed by `Tag`. Default-constructed, it
/// names nothing (`valid()` is false).
template <class Tag>
class Id {
 public:
  constexpr Id() = default;
  constexpr explicit Id(std::uint32_t index) : value_(index) {}
  /// From a container index. Precondition: index < 2^32 - 1.
  [[nodiscard]] static constexpr Id at(std::size_t index) {
    return Id(static_cast<std::uint32_t>(index));
  }

  [[nodiscard]] constexpr std::uint32_t value() const { return value_; }
  /// For indexing the scenario's vectors.
  [[nodiscard]] constexpr std::size_t index() const { return value_; }
  [[nodiscard]] constexpr bool valid() const { return value_ != kNone; }

  friend constexpr auto operator<=>(const Id&, const Id&) = default;

 private:
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};
  std::uint32_t value_ = kNone;
};

using NodeId = Id<struct NodeTag>;    ///< into Scenario::nodes
using LinkId = Id<struct LinkTag>;    ///< into Scenario::links
using CargoId = Id<struct CargoTag>;  ///< into Scenario::cargo

}  // namespace corridor::model

template <class Tag>
struct std::hash<corridor::model::Id<Tag>> {
  std::size_t operator()(corridor::model::Id<Tag> id) const noexcept {
    return std::hash<std::uint32_t>{}(id.value());
  }
};
