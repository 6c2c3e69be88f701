#pragma once
/// Checks written on the command line: `--fail-if 'KHORGOS->VILNIUS_VIT.p95_days > 40'`,
/// `--fail-if 'usd > +10%'`.

#include <string>
#include <string_view>

#include <corridor/model/check.hpp>

namespace corridor::gates {

/// A check given with --fail-if, and the expression as typed.
struct FailIf {
  model::Check check;
  std::string expression;
};

/// Parses `[LINE.]METRIC OP LIMIT`: LINE a demand line id (without one, every line), METRIC as
/// in a scenario's checks, OP `>` (fail above LIMIT: a `max`) or `<` (fail below: a `min`), LIMIT
/// a number, or with `>` a signed percentage (`+10%`: fail when the value grows by more than
/// 10 % over the base, a `max_increase_pct`). Whether LINE exists is checked against the
/// scenarios later. Throws ValidationError naming the option, the column and what was expected.
/// O(length).
[[nodiscard]] FailIf parse_fail_if(std::string_view expression);

}  // namespace corridor::gates
