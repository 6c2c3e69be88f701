#include "report/document.hpp"

#include <corridor/model/printable.hpp>

namespace corridor::report::detail {

std::string_view Document::indent() const {
  if (style_ == Style::markdown) return "";
  return level_ >= 3 ? "    " : level_ == 2 ? "  " : "";
}

// Every text reaches the terminal through printable(): names and ids come from the scenario.
void Document::heading(int level, const std::string& raw) {
  const std::string text = model::printable(raw);
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
  out_ << indent() << model::printable(text) << "\n\n";
}

void Document::field(const std::string& key, const std::string& raw) {
  const std::string value = model::printable(raw);
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
