#include "report/document.hpp"

namespace corridor::report::detail {

std::string_view Document::indent() const {
  if (style_ == Style::markdown) return "";
  return level_ >= 3 ? "    " : level_ == 2 ? "  " : "";
}

void Document::heading(int level, const std::string& text) {
  if (fields_open_) out_ << '\n';
  fields_open_ = false;
  if (style_ == Style::markdown) {
    out_ << std::string(static_cast<std::size_t>(level), '#') << ' ' << text << "\n\n";
  } else {
    level_ = level - 1;
    out_ << indent() << text << '\n';
    if (level == 1) out_ << std::string(display_width(text), '=') << '\n';
    out_ << '\n';
  }
  level_ = level;
}

void Document::paragraph(const std::string& text) {
  if (fields_open_) out_ << '\n';
  fields_open_ = false;
  out_ << indent() << text << "\n\n";
}

void Document::field(const std::string& key, const std::string& value) {
  if (style_ == Style::markdown) {
    out_ << "- **" << key << ":** " << value << '\n';
  } else {
    out_ << indent() << key << ": " << value << '\n';
  }
  fields_open_ = true;
}

void Document::table(const Table& table) {
  if (fields_open_) out_ << '\n';
  fields_open_ = false;
  if (style_ == Style::markdown) {
    table.render_markdown(out_);
  } else {
    table.render_text(out_, indent());
  }
  out_ << '\n';
}

}  // namespace corridor::report::detail
