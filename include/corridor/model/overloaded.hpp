#pragma once
/// A visitor made of lambdas, for std::visit over the model's variants:
///   std::visit(Overloaded{[](const Fixed& f) {...}, [](const Uniform& u) {...}}, v);

namespace corridor::model {

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

}  // namespace corridor::model
