#include <boost/mpi/collectives.hpp>
#include <boost/mpi/communicator.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/vector.hpp>

#include <corridor/distributed/split.hpp>

namespace corridor::distributed {

World world() {
  const boost::mpi::communicator comm;
  return {comm.rank(), comm.size()};
}

std::vector<std::size_t> share(std::size_t n, World w) {
  std::vector<std::size_t> mine;
  for (auto i = static_cast<std::size_t>(w.rank); i < n; i += static_cast<std::size_t>(w.size))
    mine.push_back(i);
  return mine;
}

std::vector<std::string> all_gather(
    std::size_t n,
    const std::function<std::vector<std::string>(const std::vector<std::size_t>& mine)>& work) {
  const boost::mpi::communicator comm;
  const World w{comm.rank(), comm.size()};
  const std::vector<std::string> mine = work(share(n, w));
  std::vector<std::vector<std::string>> by_rank;
  boost::mpi::all_gather(comm, mine, by_rank);
  std::vector<std::string> out(n);
  const auto size = static_cast<std::size_t>(w.size);
  for (std::size_t i = 0; i < n; ++i)
    out[i] = std::move(by_rank.at(i % size).at(i / size));
  return out;
}

}  // namespace corridor::distributed
