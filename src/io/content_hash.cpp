#include "io/content_hash.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace corridor::io::detail {

namespace {

// Odd 64-bit constants with well-mixed bits (the primes of the xxHash family of hashes).
constexpr std::uint64_t kPrime1 = 0x9E3779B185EBCA87ULL;
constexpr std::uint64_t kPrime2 = 0xC2B2AE3D27D4EB4FULL;
constexpr std::uint64_t kPrime3 = 0x165667B19E3779F9ULL;
constexpr std::uint64_t kPrime4 = 0x85EBCA77C2B2AE63ULL;

constexpr std::uint64_t rotl(std::uint64_t x, int r) {
  return (x << r) | (x >> (64 - r));
}

std::uint64_t word(const char* p) {
  std::uint64_t w = 0;
  std::memcpy(&w, p, sizeof w);
  return w;
}

constexpr std::uint64_t round(std::uint64_t lane, std::uint64_t w) {
  return rotl(lane + w * kPrime2, 31) * kPrime1;
}

constexpr std::uint64_t avalanche(std::uint64_t h) {
  h ^= h >> 33;
  h *= kPrime2;
  h ^= h >> 29;
  h *= kPrime3;
  h ^= h >> 32;
  return h;
}

}  // namespace

ContentHasher::ContentHasher(std::uint64_t seed)
    : lanes_{seed + kPrime1 + kPrime2, seed + kPrime2, seed, seed - kPrime1} {}

void ContentHasher::consume(const char* block) {
  for (std::size_t i = 0; i < lanes_.size(); ++i)
    lanes_[i] = round(lanes_[i], word(block + 8 * i));
}

void ContentHasher::update(std::string_view bytes) {
  total_ += bytes.size();
  const char* p = bytes.data();
  std::size_t n = bytes.size();
  if (pending_size_ > 0) {
    const std::size_t take = std::min(n, kBlock - pending_size_);
    std::memcpy(pending_.data() + pending_size_, p, take);
    pending_size_ += take;
    p += take;
    n -= take;
    if (pending_size_ < kBlock) return;
    consume(pending_.data());
    pending_size_ = 0;
  }
  for (; n >= kBlock; p += kBlock, n -= kBlock)
    consume(p);
  std::memcpy(pending_.data(), p, n);
  pending_size_ = n;
}

std::uint64_t ContentHasher::digest() const {
  std::uint64_t h =
      rotl(lanes_[0], 1) + rotl(lanes_[1], 7) + rotl(lanes_[2], 12) + rotl(lanes_[3], 18);
  for (const std::uint64_t lane : lanes_)
    h = (h ^ round(0, lane)) * kPrime1 + kPrime4;
  h += total_;
  std::size_t i = 0;
  for (; i + 8 <= pending_size_; i += 8)
    h = rotl(h ^ round(0, word(pending_.data() + i)), 27) * kPrime1 + kPrime4;
  for (; i < pending_size_; ++i)
    h = rotl(h ^ (static_cast<unsigned char>(pending_[i]) * kPrime3), 11) * kPrime1;
  return avalanche(h);
}

std::uint64_t content_hash(std::string_view bytes, std::uint64_t seed) {
  ContentHasher hasher(seed);
  hasher.update(bytes);
  return hasher.digest();
}

std::optional<FileDigest> digest_file(const std::filesystem::path& path, std::uint64_t max_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  std::optional<FileDigest> out;
  if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) &&
      static_cast<std::uint64_t>(info.st_size) <= max_bytes) {
    ContentHasher hasher;
    std::vector<char> buffer(std::size_t{1} << 20U);
    std::uint64_t size = 0;
    for (;;) {
      const ssize_t n = ::read(fd, buffer.data(), buffer.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        if (n == 0) out = FileDigest{size, hasher.digest()};
        break;
      }
      size += static_cast<std::uint64_t>(n);
      if (size > max_bytes) break;
      hasher.update(std::string_view(buffer.data(), static_cast<std::size_t>(n)));
    }
  }
  ::close(fd);
  return out;
}

}  // namespace corridor::io::detail
