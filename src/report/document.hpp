#pragma once
// Private to report: a tiny document model that renders either as terminal text or Markdown,
// so both human formats share one layout.

#include <ostream>
#include <string>

#include "report/format.hpp"

namespace corridor::report::detail {

class Document {
 public:
  enum class Style : std::uint8_t { text, markdown };
  Document(Style style, std::ostream& out) : style_(style), out_(out) {}

  /// Level 1 is the document title, 2 a section, 3 a subsection.
  void heading(int level, const std::string& text);
  void paragraph(const std::string& text);
  void table(const Table& table);
  /// A "key: value" line (bold key in Markdown).
  void field(const std::string& key, const std::string& value);

 private:
  [[nodiscard]] std::string_view indent() const;

  Style style_;
  std::ostream& out_;
  int level_ = 1;
  bool fields_open_ = false;
};

}  // namespace corridor::report::detail
