#include "io/yaml_shape.hpp"

#include <algorithm>
#include <limits>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <corridor/error.hpp>

namespace corridor::io::detail {

namespace {

/// The first problem found, thrown out of the parser's callbacks.
struct ShapeProblem {
  YAML::Mark mark;
  std::string message;
  std::string hint;
};

std::uint64_t saturating_add(std::uint64_t a, std::uint64_t b) {
  return a > std::numeric_limits<std::uint64_t>::max() - b
             ? std::numeric_limits<std::uint64_t>::max()
             : a + b;
}

/// Follows the event stream of one document with a stack of open collections.
class ShapeChecker final : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& /*mark*/) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
  void OnScalar(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                const std::string& /*value*/) override {
    leaf(mark, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    for (const Open& open : stack_) {
      if (open.anchor == anchor) {
        defer({mark, "this alias repeats a node that contains it: the value would never end",
               "an alias may only repeat a node that is complete before it"});
      }
    }
    const auto found = closed_.find(anchor);
    // yaml-cpp reports aliases of unknown anchors itself; count such an alias as one node.
    const Anchored target = found == closed_.end() ? Anchored{1, true} : found->second;
    if (!target.scalar) key_must_be_scalar(mark);
    advance_key();
    ++written_;
    added_ = saturating_add(added_, target.size - 1);
    aliases_.push_back({added_, mark});
    add_to_parent(target.size);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value /*style*/) override {
    open(mark, anchor, false);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& /*tag*/, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value /*style*/) override {
    open(mark, anchor, true);
  }
  void OnMapEnd() override { close(); }

  /// Throws the first problem of the document: one found on the way, or aliases that expand
  /// it past its allowance.
  void finish() const {
    if (deferred_) throw *deferred_;
    const std::uint64_t allowed = saturating_add(written_, kAliasAllowance);
    if (added_ <= allowed) return;
    const auto first = std::find_if(aliases_.begin(), aliases_.end(),
                                    [&](const AliasMark& a) { return a.added_so_far > allowed; });
    throw ShapeProblem{first->mark,
                       "aliases expand this file past its limit of " +
                           std::to_string(saturating_add(written_, allowed)) +
                           " nodes (twice the " + std::to_string(written_) +
                           " nodes written, plus " + std::to_string(kAliasAllowance) + ")",
                       "an alias may repeat part of a file, not multiply it: write the values "
                       "out, or repeat fewer of them"};
  }

 private:
  struct Open {
    YAML::anchor_t anchor;
    bool is_map;
    bool expecting_key;
    std::uint64_t size;  ///< nodes in this collection with aliases expanded, itself included
  };
  struct Anchored {
    std::uint64_t size;
    bool scalar;
  };
  struct AliasMark {
    std::uint64_t added_so_far;
    YAML::Mark mark;
  };

  /// Keeps the first problem that does not stop the parser; a syntax error found later in
  /// the document wins over it, since it may be the cause.
  void defer(ShapeProblem problem) {
    if (!deferred_) deferred_ = std::move(problem);
  }

  void key_must_be_scalar(const YAML::Mark& mark) {
    if (!stack_.empty() && stack_.back().is_map && stack_.back().expecting_key) {
      defer({mark, "a map key must be a plain word, not a list or a map",
             "write keys as 'name: value'"});
    }
  }

  /// Keys and values alternate in a map.
  void advance_key() {
    if (!stack_.empty() && stack_.back().is_map) {
      stack_.back().expecting_key = !stack_.back().expecting_key;
    }
  }

  void add_to_parent(std::uint64_t size) {
    if (!stack_.empty()) stack_.back().size = saturating_add(stack_.back().size, size);
  }

  void leaf(const YAML::Mark& /*mark*/, YAML::anchor_t anchor) {
    advance_key();
    ++written_;
    if (anchor != YAML::NullAnchor) closed_[anchor] = Anchored{1, true};
    add_to_parent(1);
  }

  void open(const YAML::Mark& mark, YAML::anchor_t anchor, bool is_map) {
    key_must_be_scalar(mark);
    advance_key();
    if (stack_.size() >= static_cast<std::size_t>(kMaxNestingDepth)) {
      throw ShapeProblem{mark,
                         "nesting too deep (limit " + std::to_string(kMaxNestingDepth) +
                             " levels of maps and lists)",
                         "a scenario needs about 8 levels"};
    }
    ++written_;
    stack_.push_back(Open{anchor, is_map, is_map, 1});
  }

  void close() {
    const Open done = stack_.back();
    stack_.pop_back();
    if (done.anchor != YAML::NullAnchor) closed_[done.anchor] = Anchored{done.size, false};
    add_to_parent(done.size);
  }

  std::optional<ShapeProblem> deferred_;
  std::vector<Open> stack_;
  std::unordered_map<YAML::anchor_t, Anchored> closed_;
  std::vector<AliasMark> aliases_;
  std::uint64_t written_ = 0;  ///< node events in the text, each alias counting one
  std::uint64_t added_ = 0;    ///< nodes the aliases add when expanded
};

/// The column of the first tab in the indentation of line `line` (0-based), or -1.
int tab_in_indentation(std::string_view text, int line) {
  std::size_t at = 0;
  for (int l = 0; l < line && at != std::string_view::npos; ++l) {
    at = text.find('\n', at);
    if (at != std::string_view::npos) ++at;
  }
  if (at == std::string_view::npos) return -1;
  for (std::size_t i = at; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i) {
    if (text[i] == '\t') return static_cast<int>(i - at);
  }
  return -1;
}

[[noreturn]] void fail(const std::string& file, const YAML::Mark& mark, std::string message,
                       std::string hint) {
  throw ValidationError(file, {Issue{Issue::Severity::error,
                                     {file, mark.line + 1, mark.column + 1},
                                     "",
                                     std::move(message),
                                     std::move(hint)}});
}

}  // namespace

void check_yaml_shape(std::string_view text, const std::string& file) {
  std::istringstream in{std::string(text)};
  YAML::Parser parser(in);
  try {
    ShapeChecker first;
    if (!parser.HandleNextDocument(first)) return;  // empty: reported by the loader
    first.finish();
    // A second document would be ignored by the loader: say so instead.
    struct SecondDocument final : YAML::EventHandler {
      void OnDocumentStart(const YAML::Mark& mark) override {
        throw ShapeProblem{mark, "a second YAML document starts here: a scenario file holds one",
                           "remove the '---' line and what follows, or move it to its own file"};
      }
      void OnDocumentEnd() override {}
      void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
      void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
      void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    const std::string&) override {}
      void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                           YAML::EmitterStyle::value) override {}
      void OnSequenceEnd() override {}
      void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                      YAML::EmitterStyle::value) override {}
      void OnMapEnd() override {}
    } second;
    (void)parser.HandleNextDocument(second);
  } catch (const ShapeProblem& p) {
    fail(file, p.mark, p.message, p.hint);
  } catch (const YAML::ParserException& e) {
    if (const int tab = tab_in_indentation(text, e.mark.line); tab >= 0) {
      YAML::Mark at = e.mark;
      at.column = tab;
      fail(file, at, "tabs are not allowed for indentation", "indent with spaces");
    }
    fail(file, e.mark, "YAML syntax: " + e.msg, "");
  }
}

}  // namespace corridor::io::detail
