// `--set PATH=V1,V2,...`: reading the argument, resolving its path in a merged document by ids
// and keys, and assigning values there.

#include <optional>
#include <utility>

#include <corridor/error.hpp>
#include <corridor/io/hints.hpp>
#include <corridor/io/set_path.hpp>

#include "io/yaml_path.hpp"
#include "io/yaml_shape.hpp"

namespace corridor::io {

namespace {

[[noreturn]] void refuse(std::string_view argument, std::string message, std::string hint = {}) {
  throw ValidationError("", {Issue{Issue::Severity::error,
                                   {},
                                   "--set '" + std::string(argument) + "'",
                                   std::move(message),
                                   std::move(hint)}});
}

std::string_view trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t");
  return s.substr(first, last - first + 1);
}

/// The text split at the commas outside brackets, braces and quotes.
std::vector<std::string> split_values(std::string_view argument, std::string_view text) {
  std::vector<std::string> out;
  int depth = 0;
  char quote = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quote != 0) {
      if (c == '\\' && quote == '"') {
        ++i;  // an escaped character in a double-quoted string
      } else if (c == quote) {
        quote = 0;
      }
      continue;
    }
    if (c == '\'' || c == '"') quote = c;
    if (c == '[' || c == '{') ++depth;
    if (c == ']' || c == '}') {
      if (--depth < 0) refuse(argument, "'" + std::string(1, c) + "' closes nothing");
    }
    if (c == ',' && depth == 0) {
      out.emplace_back(trimmed(text.substr(start, i - start)));
      start = i + 1;
    }
  }
  if (quote != 0) refuse(argument, "a quote is not closed");
  if (depth != 0) refuse(argument, "a bracket or brace is not closed");
  out.emplace_back(trimmed(text.substr(start)));
  return out;
}

}  // namespace

std::string set_option_name(const SetAxis& axis) {
  return "--set '" + axis.argument + "'";
}

SetAxis parse_set(std::string_view argument) {
  const auto eq = argument.find('=');
  if (eq == std::string_view::npos) {
    refuse(argument, "no '=': a --set gives PATH=VALUE,VALUE,...",
           "e.g. --set 'links.AKTAU-ALAT.schedule.every_hours=24,42,72'");
  }
  SetAxis axis;
  axis.argument = std::string(argument);
  axis.path = std::string(trimmed(argument.substr(0, eq)));
  if (axis.path.empty()) refuse(argument, "the path before '=' is empty");
  std::size_t start = 0;
  while (true) {
    const auto dot = axis.path.find('.', start);
    axis.segments.push_back(axis.path.substr(start, dot - start));
    if (axis.segments.back().empty()) {
      refuse(argument, "the path '" + axis.path + "' has an empty part",
             "parts are separated by single dots: links.ID.key");
    }
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  if (axis.segments.front() == "extends") {
    refuse(argument, "extends cannot be set: --set applies to the merged scenario");
  }
  axis.values = split_values(argument, argument.substr(eq + 1));
  if (axis.values.size() > kMaxSetValues) {
    refuse(argument, std::to_string(axis.values.size()) + " values; one --set takes at most " +
                         std::to_string(kMaxSetValues));
  }
  for (std::size_t i = 0; i < axis.values.size(); ++i) {
    const std::string& v = axis.values[i];
    if (v.empty()) {
      refuse(argument, "value " + std::to_string(i + 1) + " is empty",
             "write null for no value, [] for an empty list");
    }
    try {
      detail::check_yaml_shape(v, "--set '" + axis.argument + "'");
      (void)YAML::Load(v);
    } catch (const ValidationError& e) {
      refuse(argument, "value '" + v + "' is not YAML: " + e.issues().front().message);
    } catch (const YAML::Exception& e) {
      refuse(argument, "value '" + v + "' is not YAML: " + e.msg);
    }
  }
  return axis;
}

namespace detail {

namespace {

std::optional<std::string> id_of(const YAML::Node& item) {
  if (!item.IsMap()) return std::nullopt;
  const YAML::Node id = item["id"];
  if (!id || !id.IsScalar() || id.Scalar().empty()) return std::nullopt;
  return id.Scalar();
}

bool is_index(const std::string& s) {
  return !s.empty() && s.size() < 10 && s.find_first_not_of("0123456789") == std::string::npos;
}

std::string display(const std::string& yaml_path) {
  return yaml_path.empty() ? "the scenario" : "'" + yaml_path + "'";
}

/// The list item the segments from `i` name, consuming as many segments as its id has
/// dot-separated parts (ids may contain dots); sets `i` past them.
PathStep item_step(const YAML::Node& list, const SetAxis& axis, std::size_t& i,
                   const std::string& where) {
  std::vector<std::string> ids;
  for (const auto& item : list) {
    if (auto id = id_of(item)) ids.push_back(*id);
  }
  // The longest run of segments that is an id: "links.A.B.hours" with an id "A.B".
  std::string joined;
  std::optional<PathStep> found;
  std::size_t end = i;
  for (std::size_t j = i; j < axis.segments.size(); ++j) {
    joined += (j == i ? "" : ".") + axis.segments[j];
    for (std::size_t k = 0; k < list.size(); ++k) {
      if (id_of(list[k]) == joined) {
        found = PathStep{true, {}, k};
        end = j;
      }
    }
  }
  if (found) {
    i = end;
    return *found;
  }
  const std::string& segment = axis.segments[i];
  if (ids.empty()) {
    if (is_index(segment) && std::stoul(segment) < list.size()) {
      return PathStep{true, {}, std::stoul(segment)};
    }
    refuse(axis.argument,
           display(where) + " is a list of " + std::to_string(list.size()) +
               " items without ids; '" + segment + "' names none of them",
           list.size() == 0 ? ""
                            : "name an item by its index, 0 to " + std::to_string(list.size() - 1));
  }
  refuse(axis.argument, display(where) + " has no item with id '" + segment + "'",
         did_you_mean(segment, ids));
}

}  // namespace

ResolvedPath resolve_set_path(const YAML::Node& root, const SetAxis& axis) {
  ResolvedPath out;
  std::string typed;  // the path so far as the argument spells it, for messages
  YAML::Node cur = root;
  for (std::size_t i = 0; i < axis.segments.size(); ++i) {
    const std::string& segment = axis.segments[i];
    if (cur.IsSequence()) {
      const std::size_t first = i;
      const PathStep step = item_step(cur, axis, i, typed);
      for (std::size_t j = first; j <= i; ++j)
        typed += "." + axis.segments[j];
      out.yaml_path += "[" + std::to_string(step.index) + "]";
      out.steps.push_back(step);
      cur.reset(std::as_const(cur)[step.index]);
      continue;
    }
    if (cur.IsDefined() && !cur.IsNull() && !cur.IsMap()) {
      refuse(axis.argument,
             display(typed) + " is a value (" + YAML::Dump(cur) + "), it has no '" + segment + "'",
             "set " + display(typed) + " itself");
    }
    typed += (typed.empty() ? "" : ".") + segment;
    out.yaml_path += (out.yaml_path.empty() ? "" : ".") + segment;
    out.steps.push_back(PathStep{false, segment, 0});
    if (!cur.IsDefined() || !cur.IsMap()) {
      cur.reset(YAML::Node());  // nothing below yet: keys are added
      continue;
    }
    const YAML::Node next = std::as_const(cur)[segment];
    if (!next) {
      std::vector<std::string> keys;
      for (const auto& kv : cur)
        keys.push_back(kv.first.Scalar());
      if (auto hint = did_you_mean(segment, keys); !hint.empty()) {
        refuse(axis.argument, display(typed) + " is not in the scenario", hint);
      }
      cur.reset(YAML::Node(YAML::NodeType::Undefined));
      continue;
    }
    cur.reset(next);
  }
  return out;
}

bool assign(YAML::Node root, const ResolvedPath& path, const YAML::Node& value) {
  YAML::Node cur = root;
  for (std::size_t s = 0; s + 1 < path.steps.size(); ++s) {
    const PathStep& step = path.steps[s];
    if (step.item) {
      if (!cur.IsSequence() || step.index >= cur.size()) return false;
      cur.reset(cur[step.index]);
    } else {
      // "key:" with nothing yet, or a key added by the step before
      if (!cur.IsDefined() || cur.IsNull()) cur = YAML::Node(YAML::NodeType::Map);
      if (!cur.IsMap()) return false;
      cur.reset(cur[step.key]);  // added when missing
    }
  }
  const PathStep& last = path.steps.back();
  if (last.item) {
    if (!cur.IsSequence() || last.index >= cur.size()) return false;
    cur[last.index] = value;
    return true;
  }
  if (!cur.IsDefined() || cur.IsNull()) cur = YAML::Node(YAML::NodeType::Map);
  if (!cur.IsMap()) return false;
  cur[last.key] = value;
  return true;
}

YAML::Node value_node(const std::string& text) {
  return YAML::Load(text);
}

}  // namespace detail

}  // namespace corridor::io
