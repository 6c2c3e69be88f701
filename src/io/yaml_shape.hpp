#pragma once
// Private to io: the structural limits of a YAML text, checked on its event stream before a
// node tree is built from it.

#include <cstdint>
#include <string>
#include <string_view>

namespace corridor::io::detail {

/// Deepest nesting of maps and lists (a scenario needs 8).
inline constexpr int kMaxNestingDepth = 64;
/// Aliases may add at most this many nodes plus as many as the file writes itself.
inline constexpr std::uint64_t kAliasAllowance = 10'000;

/// Checks that `text` is one YAML document whose maps have scalar keys, whose nesting is at
/// most kMaxNestingDepth deep, and whose aliases neither refer to a node that contains them
/// nor expand it to more than twice its written nodes plus kAliasAllowance. Syntax errors are
/// reported too (a tab in the indentation is named as such). Throws ValidationError with the
/// first problem, located in `file`. O(n) in the text: aliases are counted, never expanded.
void check_yaml_shape(std::string_view text, const std::string& file);

}  // namespace corridor::io::detail
