#pragma once
// Private to report: a tiny document model that renders as terminal text, Markdown or an HTML
// fragment, so that every human format shares one layout.

#include <ostream>
#include <string>

#include "report/format.hpp"

namespace corridor::report::detail {

class Document {
 public:
  /// In HTML, a level-1 heading is left out (the page's own header carries the title) and
  /// level n becomes <h(n+1)>, so the fragment nests in a page section.
  enum class Style : std::uint8_t { text, markdown, html };
  Document(Style style, std::ostream& out) : style_(style), out_(out) {}

  /// Level 1 is the document title, 2 a section, 3 a subsection.
  void heading(int level, const std::string& text);
  void paragraph(const std::string& text);
  void table(const Table& table);
  /// A "key: value" line (bold key in Markdown).
  void field(const std::string& key, const std::string& value);
  /// Ends the document (closes an open list of fields in HTML).
  void finish();

 private:
  [[nodiscard]] std::string_view indent() const;
  /// Ends a run of fields before another element.
  void close_fields();

  Style style_;
  std::ostream& out_;
  int level_ = 1;
  bool fields_open_ = false;
};

}  // namespace corridor::report::detail
