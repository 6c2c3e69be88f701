#pragma once
/// Random number generation for the Monte Carlo engine.
///
/// Every replication draws from its own stream: a xoshiro256++ generator whose state is
/// expanded by SplitMix64 from `stream_key(seed, replication)`. Results therefore depend only
/// on (seed, replication index), never on how replications are spread over threads, and one
/// replication can be rerun alone. `LaneStreams` holds the streams of a batch of replications
/// side by side (structure of arrays) so that a sampler can advance all of them in one
/// vectorised loop.

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

namespace corridor::sim {

inline constexpr std::uint64_t kGoldenGamma = 0x9E3779B97F4A7C15ULL;

/// The SplitMix64 output function: a bijective 64-bit mixer (Steele, Lea and Flood 2014).
[[nodiscard]] constexpr std::uint64_t mix64(std::uint64_t z) {
  z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31U);
}

/// SplitMix64: a counter passed through `mix64`. Used to expand one key into generator states.
class SplitMix64 {
 public:
  constexpr explicit SplitMix64(std::uint64_t state) : state_(state) {}
  constexpr std::uint64_t next() {
    state_ += kGoldenGamma;
    return mix64(state_);
  }

 private:
  std::uint64_t state_;
};

/// Key of replication `replication`'s stream in a run seeded with `seed`. For a fixed seed,
/// distinct replications get distinct keys (the map is a bijection of the index).
[[nodiscard]] constexpr std::uint64_t stream_key(std::uint64_t seed, std::uint64_t replication) {
  return mix64(mix64(seed) ^ (replication * kGoldenGamma + 0x632BE59BD9B4E019ULL));
}

/// xoshiro256++ (Blackman and Vigna 2019): 256 bits of state, period 2^256 - 1, all output bits
/// of good quality. Seeded from a 64-bit key through SplitMix64, so the state is never zero.
class Xoshiro256pp {
 public:
  constexpr explicit Xoshiro256pp(std::uint64_t key) {
    SplitMix64 expand(key);
    for (auto& word : s_)
      word = expand.next();
  }
  constexpr Xoshiro256pp(std::uint64_t s0, std::uint64_t s1, std::uint64_t s2, std::uint64_t s3)
      : s_{s0, s1, s2, s3} {}

  constexpr std::uint64_t operator()() {
    const std::uint64_t result = std::rotl(s_[0] + s_[3], 23) + s_[0];
    const std::uint64_t t = s_[1] << 17U;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = std::rotl(s_[3], 45);
    return result;
  }

  [[nodiscard]] constexpr const std::array<std::uint64_t, 4>& state() const { return s_; }

 private:
  std::array<std::uint64_t, 4> s_{};
};

/// Uniform on [0, 1) in steps of 2^-52, from the top 52 bits. Built by bit manipulation (a
/// double in [1, 2) minus 1), so it is exact and vectorises without integer conversions.
[[nodiscard]] constexpr double to_unit(std::uint64_t bits) {
  return std::bit_cast<double>((bits >> 12U) | 0x3FF0000000000000ULL) - 1.0;
}

/// Uniform on the open interval (0, 1): (k + 1/2) 2^-52 for k in [0, 2^52), exact. For
/// logarithms, which must not see 0.
[[nodiscard]] constexpr double to_open_unit(std::uint64_t bits) {
  return std::bit_cast<double>((bits >> 12U) | 0x3FF0000000000000ULL) - 0.99999999999999988898;
}

/// Replications sampled together by the batch kernel.
inline constexpr std::size_t kLanes = 64;

/// The streams of `kLanes` consecutive replications, structure of arrays. Lane j holds the
/// generator of replication `first + j`.
struct LaneStreams {
  alignas(64) std::array<std::uint64_t, kLanes> s0{};
  alignas(64) std::array<std::uint64_t, kLanes> s1{};
  alignas(64) std::array<std::uint64_t, kLanes> s2{};
  alignas(64) std::array<std::uint64_t, kLanes> s3{};

  /// Seeds lane j with the stream of replication `first + j` (j < kLanes).
  void seed(std::uint64_t run_seed, std::uint64_t first) {
    for (std::size_t j = 0; j < kLanes; ++j)
      set(j, Xoshiro256pp(stream_key(run_seed, first + j)));
  }
  [[nodiscard]] Xoshiro256pp get(std::size_t j) const {
    return Xoshiro256pp(s0[j], s1[j], s2[j], s3[j]);
  }
  void set(std::size_t j, const Xoshiro256pp& g) {
    s0[j] = g.state()[0];
    s1[j] = g.state()[1];
    s2[j] = g.state()[2];
    s3[j] = g.state()[3];
  }
  /// Advances lane j and returns its output: the same step as Xoshiro256pp::operator(), written
  /// on the arrays so that a loop over j vectorises.
  [[gnu::always_inline]] std::uint64_t next(std::size_t j) {
    const std::uint64_t a = s0[j];
    const std::uint64_t b = s1[j];
    const std::uint64_t c = s2[j] ^ a;
    const std::uint64_t d = s3[j] ^ b;
    const std::uint64_t result = std::rotl(a + s3[j], 23) + a;
    s0[j] = a ^ d;
    s1[j] = b ^ c;
    s2[j] = c ^ (b << 17U);
    s3[j] = std::rotl(d, 45);
    return result;
  }
};

}  // namespace corridor::sim
