#include "io/cache_file.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/codec_archive.hpp"
#include "io/content_hash.hpp"
#include "io/scenario_codec.hpp"

namespace corridor::io::detail {

namespace {

constexpr std::array<char, 8> kMagic{'c', 'o', 'r', 'r', 'i', 'd', 'o', 'r'};

struct CacheHeader {
  std::array<char, 8> magic{};
  std::uint32_t format = 0;
  std::uint32_t reserved = 0;
  std::array<char, 32> version{};  ///< corridor's version, NUL-padded
  std::uint64_t manifest_bytes = 0;
  std::uint64_t manifest_hash = 0;
  std::uint64_t payload_bytes = 0;
  std::uint64_t payload_hash = 0;
};
static_assert(sizeof(CacheHeader) == 80, "the header has no padding");

std::array<char, 32> version_field(const std::string& version) {
  std::array<char, 32> field{};
  std::memcpy(field.data(), version.data(), std::min(version.size(), field.size() - 1));
  return field;
}

/// Closes a descriptor on every way out.
struct Descriptor {
  int fd;
  explicit Descriptor(int f) : fd(f) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

template <class Ar, class T>
requires std::same_as<std::remove_const_t<T>, InputFile>
void fields(Ar& ar, T& v) {
  auto& [path, size, hash] = v;
  ar(path, size, hash);
}

MappedFile::MappedFile(const std::filesystem::path& path) {
  const Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
  if (fd.fd < 0) {
    if (errno == ENOENT) return;
    throw CorruptCache(std::string("it cannot be opened: ") + std::strerror(errno));
  }
  exists_ = true;
  struct stat info {};
  if (::fstat(fd.fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    throw CorruptCache("it is not a regular file");
  }
  size_ = static_cast<std::size_t>(info.st_size);
  if (size_ == 0) return;
  data_ = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd.fd, 0);
  if (data_ == MAP_FAILED) {
    data_ = nullptr;
    size_ = 0;
    throw CorruptCache(std::string("it cannot be mapped: ") + std::strerror(errno));
  }
}

MappedFile::~MappedFile() {
  if (data_ != nullptr) ::munmap(data_, size_);
}

CacheContents open_cache(std::string_view bytes, const std::string& version) {
  CacheHeader header;
  if (bytes.size() < sizeof header) throw CorruptCache("it is shorter than its header");
  std::memcpy(&header, bytes.data(), sizeof header);
  if (header.magic != kMagic) throw CorruptCache("it is not a corridor cache");
  if (header.format != kCacheFormat) {
    throw CorruptCache("it has encoding " + std::to_string(header.format) + ", not " +
                       std::to_string(kCacheFormat));
  }
  if (header.version != version_field(version)) {
    throw CorruptCache("another corridor version wrote it");
  }
  const std::uint64_t body = bytes.size() - sizeof header;
  if (header.manifest_bytes > body || header.payload_bytes != body - header.manifest_bytes) {
    throw CorruptCache("its length is not the one its header records");
  }
  const std::string_view manifest = bytes.substr(sizeof header, header.manifest_bytes);
  if (content_hash(manifest) != header.manifest_hash) {
    throw CorruptCache("its list of input files is damaged");
  }
  CacheContents contents;
  Reader reader(manifest);
  reader(contents.scenario, contents.inputs);
  if (!reader.done()) throw CorruptCache("its list of input files is damaged");
  contents.payload = bytes.substr(sizeof header + header.manifest_bytes);
  contents.payload_hash = header.payload_hash;
  return contents;
}

void check_payload(const CacheContents& contents) {
  if (content_hash(contents.payload) != contents.payload_hash) {
    throw CorruptCache("its scenario is damaged");
  }
}

std::optional<std::string> write_cache_file(const std::filesystem::path& file,
                                            const std::string& scenario, const std::string& version,
                                            const std::vector<InputFile>& inputs,
                                            std::string_view payload) {
  Writer writer;
  writer(scenario, inputs);
  const std::string manifest = writer.take();
  CacheHeader header;
  header.magic = kMagic;
  header.format = kCacheFormat;
  header.version = version_field(version);
  header.manifest_bytes = manifest.size();
  header.manifest_hash = content_hash(manifest);
  header.payload_bytes = payload.size();
  header.payload_hash = content_hash(payload);

  const std::filesystem::path directory = file.parent_path();
  std::error_code ec;
  std::filesystem::create_directories(directory, ec);
  if (ec) return "cannot create the cache directory " + directory.string() + ": " + ec.message();
  std::string temp = (directory / (file.filename().string() + ".XXXXXX")).string();
  const Descriptor fd(::mkstemp(temp.data()));
  if (fd.fd < 0) {
    return "cannot write in the cache directory " + directory.string() + ": " +
           std::strerror(errno);
  }
  const bool written =
      write_all(fd.fd, std::string_view(reinterpret_cast<const char*>(&header), sizeof header)) &&
      write_all(fd.fd, manifest) && write_all(fd.fd, payload);
  const int error = errno;
  if (!written || ::rename(temp.c_str(), file.c_str()) != 0) {
    const std::string reason = std::strerror(written ? errno : error);
    ::unlink(temp.c_str());
    return "cannot write the cache file " + file.string() + ": " + reason;
  }
  return std::nullopt;
}

}  // namespace corridor::io::detail
