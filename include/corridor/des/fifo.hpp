#pragma once
/// A first-in first-out queue in a ring buffer: pushes and pops move no other element and
/// allocate nothing until the queue outgrows its capacity, which then doubles.

#include <cassert>
#include <cstddef>
#include <vector>

namespace corridor::des {

/// Precondition: T is cheap to copy (the queues of a simulation hold plain values).
template <class T>
class Fifo {
 public:
  /// Makes room for `n` elements without further allocation.
  void reserve(std::size_t n) {
    if (n > slots_.size()) regrow(n);
  }

  void push_back(const T& value) {
    if (size_ == slots_.size()) regrow(size_ == 0 ? kInitialCapacity : 2 * size_);
    slots_[(head_ + size_) & (slots_.size() - 1)] = value;
    ++size_;
  }

  /// Preconditions (front, pop_front): not empty.
  [[nodiscard]] const T& front() const {
    assert(size_ > 0);
    return slots_[head_];
  }
  void pop_front() {
    assert(size_ > 0);
    head_ = (head_ + 1) & (slots_.size() - 1);
    --size_;
  }
  /// The i-th element from the front. Precondition: i < size().
  [[nodiscard]] const T& operator[](std::size_t i) const {
    assert(i < size_);
    return slots_[(head_ + i) & (slots_.size() - 1)];
  }

  [[nodiscard]] bool empty() const { return size_ == 0; }
  [[nodiscard]] std::size_t size() const { return size_; }
  void clear() {
    head_ = 0;
    size_ = 0;
  }

 private:
  static constexpr std::size_t kInitialCapacity = 16;

  /// Moves the elements, front first, into a buffer of at least `n` slots (a power of two, so
  /// that positions wrap with a mask).
  void regrow(std::size_t n) {
    std::size_t capacity = kInitialCapacity;
    while (capacity < n)
      capacity *= 2;
    std::vector<T> slots(capacity);
    for (std::size_t i = 0; i < size_; ++i)
      slots[i] = (*this)[i];
    slots_.swap(slots);
    head_ = 0;
  }

  std::vector<T> slots_;  // size is 0 or a power of two
  std::size_t head_ = 0;
  std::size_t size_ = 0;
};

}  // namespace corridor::des
