#include <corridor/model/capacity_result.hpp>

namespace corridor::model {

std::string_view to_string(ResourceKind kind) {
  switch (kind) {
    case ResourceKind::handling:
      return "handling";
    case ResourceKind::departures:
      return "departures";
    case ResourceKind::throughput:
      return "throughput";
  }
  return "?";
}

}  // namespace corridor::model
