#include <cstdint>

#include <corridor/huge_pages.hpp>

#if defined(__linux__)
#include <sys/mman.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace corridor {

void advise_huge_pages(void* data, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20U;
  const auto first = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t begin = (first + kHugePage - 1) & ~(kHugePage - 1);
  const std::uintptr_t end = (first + bytes) & ~(kHugePage - 1);
  if (end <= begin) return;
  // Advice only: a kernel without huge pages answers EINVAL, and nothing changes.
  (void)::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)data;
  (void)bytes;
#endif
}

void keep_freed_memory() {
#if defined(__GLIBC__)
  (void)::mallopt(M_MMAP_THRESHOLD, 32 << 20);  // glibc's largest
  (void)::mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
}

}  // namespace corridor
