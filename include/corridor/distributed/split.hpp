#pragma once
/// Splitting independent work items over MPI ranks (built with -DCORRIDOR_MPI=ON).
///
/// A run of N items — the closures of `corridor criticality`, the variants of a sweep — is cut
/// round-robin: rank r of R evaluates the items i with i mod R = r, on its own threads, encodes
/// each result as bytes, and every rank receives every item's bytes in item order. What a
/// command then writes is computed from the same bytes in the same order as in one process, so
/// rank 0 writes the bytes a single process writes. Round-robin rather than blocks: items next
/// to each other (neighbours in a ranking, a sweep's grid) tend to cost alike.

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace corridor::distributed {

/// This process's place among the ranks of MPI_COMM_WORLD. Precondition: MPI is initialised
/// (a boost::mpi::environment exists, as the corridor executable creates).
struct World {
  int rank = 0;
  int size = 1;
};
[[nodiscard]] World world();

/// The items of [0, n) rank `w.rank` evaluates, ascending. O(n / size).
[[nodiscard]] std::vector<std::size_t> share(std::size_t n, World w);

/// Collective: every rank calls it with the same `n`. `work` receives this rank's share and
/// returns one byte string per item of it, in the same order; the result is every item's
/// bytes, in item order, on every rank.
[[nodiscard]] std::vector<std::string> all_gather(
    std::size_t n,
    const std::function<std::vector<std::string>(const std::vector<std::size_t>& mine)>& work);

}  // namespace corridor::distributed
