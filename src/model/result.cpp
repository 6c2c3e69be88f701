#include <corridor/model/result.hpp>

namespace corridor::model {

std::string_view to_string(Criterion criterion) {
  switch (criterion) {
    case Criterion::time:
      return "time";
    case Criterion::cost:
      return "cost";
    case Criterion::co2:
      return "co2";
  }
  return "?";
}

}  // namespace corridor::model
