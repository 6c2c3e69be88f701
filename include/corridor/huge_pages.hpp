#pragma once
/// Asks the kernel to back a large buffer with huge pages before it is first written. A
/// 100,000-node network's tables, model and virtual network take a few hundred MB; in 4 KiB
/// pages that is tens of thousands of page faults, which cost more than parsing the tables or
/// building the network on a virtual machine.

#include <cstddef>
#include <vector>

namespace corridor {

/// Advises transparent huge pages for the whole 2 MiB pages inside [data, data + bytes), where
/// the system offers them (Linux, `madvise` mode); does nothing elsewhere, for small buffers,
/// or when the kernel declines. Never changes the buffer's contents or what a program computes.
void advise_huge_pages(void* data, std::size_t bytes);

/// Asks the C library to keep large freed buffers for reuse rather than give each back to the
/// kernel (glibc: buffers up to 32 MiB come from the heap, which is not trimmed below 1 GiB).
/// A run on a 100,000-node network allocates and frees buffers of tens of MB (tables, edge
/// weights, the searches' memory); each one given back has its pages faulted in and zeroed
/// again when the next is allocated. For a program's start (the command-line tool); does nothing
/// where the C library is not glibc. Never changes what a program computes.
void keep_freed_memory();

/// Room for `n` values in `v`, with huge pages asked for before the new room is written (a
/// vector about to be filled by push_back, or resized). O(size of v) when it reallocates.
template <class T, class A>
void reserve_huge(std::vector<T, A>& v, std::size_t n) {
  v.reserve(n);
  advise_huge_pages(v.data(), v.capacity() * sizeof(T));
}

}  // namespace corridor
