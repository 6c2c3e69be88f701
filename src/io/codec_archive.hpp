#pragma once
// Private to io: the two halves of the scenario cache's binary encoding. A type is encoded by
// one function, `fields(archive, value)`, that hands every member to the archive; the same
// function serves the Writer (which reads the members) and the Reader (which fills them), so
// the two sides cannot disagree about what is stored and in which order.
//
// Numbers and enums are stored as their bytes in the machine's order (a cache is read by the
// machine that wrote it), strings and vectors with their length before them. A string of 16 or
// more bytes that was written before is stored as a reference to its first copy: the source
// note of 400,000 links is then written once.

#include <array>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include <corridor/huge_pages.hpp>
#include <corridor/model/units.hpp>

namespace corridor::io::detail {

/// A cache whose bytes do not decode: truncated, corrupted, or written by another encoding.
class CorruptCache : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

template <class T>
inline constexpr bool kIsVector = false;
template <class T, class A>
inline constexpr bool kIsVector<std::vector<T, A>> = true;
template <class T>
inline constexpr bool kIsOptional = false;
template <class T>
inline constexpr bool kIsOptional<std::optional<T>> = true;
template <class T>
inline constexpr bool kIsArray = false;
template <class T, std::size_t N>
inline constexpr bool kIsArray<std::array<T, N>> = true;
template <class T>
inline constexpr bool kIsVariant = false;
template <class... T>
inline constexpr bool kIsVariant<std::variant<T...>> = true;
template <class T>
inline constexpr bool kIsQuantity = false;
template <class Tag>
inline constexpr bool kIsQuantity<model::Quantity<Tag>> = true;

/// Numbers, booleans and enums: stored as their bytes.
template <class T>
inline constexpr bool kIsPlain = std::is_arithmetic_v<T> || std::is_enum_v<T>;

/// Strings of at least this many bytes are written once and referred to afterwards.
inline constexpr std::size_t kSharedStringBytes = 16;

class Writer {
 public:
  /// Appends each value's encoding. O(size of the values).
  template <class... T>
  void operator()(const T&... values) {
    (put(values), ...);
  }
  /// The bytes written so far; the writer is empty afterwards.
  [[nodiscard]] std::string take() { return std::move(out_); }

 private:
  void raw(const void* data, std::size_t bytes) {
    if (bytes == 0) return;  // an empty list's data() may be null
    out_.append(static_cast<const char*>(data), bytes);
  }
  void put_string(std::string_view s);

  template <class T>
  void put(const T& v) {
    if constexpr (kIsPlain<T>) {
      raw(&v, sizeof v);
    } else if constexpr (std::is_same_v<T, std::string>) {
      put_string(v);
    } else if constexpr (std::is_same_v<T, std::filesystem::path>) {
      put_string(v.native());
    } else if constexpr (kIsQuantity<T>) {
      put(v.value());
    } else if constexpr (kIsOptional<T>) {
      put(static_cast<std::uint8_t>(v.has_value()));
      if (v) put(*v);
    } else if constexpr (kIsVector<T>) {
      const std::uint64_t count = v.size();
      put(count);
      if constexpr (kIsPlain<typename T::value_type> &&
                    !std::is_same_v<typename T::value_type, bool>) {
        raw(v.data(), v.size() * sizeof(typename T::value_type));
      } else {
        for (const auto& item : v)
          put(item);
      }
    } else if constexpr (kIsArray<T>) {
      for (const auto& item : v)
        put(item);
    } else if constexpr (kIsVariant<T>) {
      put(static_cast<std::uint8_t>(v.index()));
      std::visit([this](const auto& alternative) { put(alternative); }, v);
    } else {
      fields(*this, v);  // found by argument-dependent lookup in this namespace
    }
  }

  std::string out_;
  /// Hashes std::string and std::string_view alike, so that look-ups allocate nothing.
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  /// Copies of the strings written in full, not views: a value handed to the writer may be a
  /// temporary that is gone before the next one is written.
  std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> shared_;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : at_(bytes.data()), end_(bytes.data() + bytes.size()) {}
  /// Fills each value from the next bytes. Throws CorruptCache when they run out or do not
  /// decode. O(size of the values).
  template <class... T>
  void operator()(T&... values) {
    (get(values), ...);
  }
  /// Every byte was read.
  [[nodiscard]] bool done() const { return at_ == end_; }

 private:
  void raw(void* data, std::size_t bytes) {
    need(bytes);
    if (bytes == 0) return;  // an empty list's data() may be null, which memcpy must not see
    std::memcpy(data, at_, bytes);
    at_ += bytes;
  }
  void need(std::size_t bytes) const {
    if (bytes > static_cast<std::size_t>(end_ - at_)) throw CorruptCache("the data ends early");
  }
  void get_string(std::string& s);
  template <class T>
  std::size_t get_count() {
    std::uint64_t n = 0;
    get(n);
    // Every element takes at least one byte.
    if (n > static_cast<std::uint64_t>(end_ - at_) / (kIsPlain<T> ? sizeof(T) : 1)) {
      throw CorruptCache("a list is longer than the data");
    }
    return n;
  }
  template <class V, std::size_t... I>
  void get_alternative(V& v, std::size_t index, std::index_sequence<I...> /*unused*/) {
    const bool found = ((index == I ? (get(v.template emplace<I>()), true) : false) || ...);
    if (!found) throw CorruptCache("an unknown alternative");
  }

  template <class T>
  void get(T& v) {
    if constexpr (std::is_same_v<T, bool>) {
      std::uint8_t b = 0;
      raw(&b, 1);
      if (b > 1) throw CorruptCache("a boolean is neither 0 nor 1");
      v = b == 1;
    } else if constexpr (kIsPlain<T>) {
      raw(&v, sizeof v);
    } else if constexpr (std::is_same_v<T, std::string>) {
      get_string(v);
    } else if constexpr (std::is_same_v<T, std::filesystem::path>) {
      std::string s;
      get_string(s);
      v = std::move(s);
    } else if constexpr (kIsQuantity<T>) {
      double d = 0.0;
      get(d);
      v = T(d);
    } else if constexpr (kIsOptional<T>) {
      bool present = false;
      get(present);
      if (present) get(v.emplace());
    } else if constexpr (kIsVector<T>) {
      using Item = typename T::value_type;
      const std::size_t count = get_count<Item>();
      // A large list (400,000 links) is backed by huge pages before it is first written: in
      // 4 KiB pages its page faults cost more than decoding it.
      reserve_huge(v, count);
      v.resize(count);
      if constexpr (kIsPlain<Item> && !std::is_same_v<Item, bool>) {
        raw(v.data(), v.size() * sizeof(Item));
      } else {
        for (auto& item : v)
          get(item);
      }
    } else if constexpr (kIsArray<T>) {
      for (auto& item : v)
        get(item);
    } else if constexpr (kIsVariant<T>) {
      std::uint8_t index = 0;
      get(index);
      get_alternative(v, index, std::make_index_sequence<std::variant_size_v<T>>());
    } else {
      fields(*this, v);  // found by argument-dependent lookup in this namespace
    }
  }

  const char* at_;
  const char* end_;
  std::vector<std::string_view> shared_;
};

}  // namespace corridor::io::detail
