#include "report/document.hpp"

#include <corridor/model/printable.hpp>

#include "report/svg.hpp"

namespace corridor::report::detail {

std::string_view Document::indent() const {
  if (style_ != Style::text) return "";
  return level_ >= 3 ? "    " : level_ == 2 ? "  " : "";
}

void Document::close_fields() {
  if (fields_open_) out_ << (style_ == Style::html ? "</dl>\n" : "\n");
  fields_open_ = false;
}

// Every text reaches the reader through printable(): names and ids come from the scenario.
void Document::heading(int level, const std::string& raw) {
  const std::string text = model::printable(raw);
  close_fields();
  if (style_ == Style::html) {
    if (level > 1) {
      const std::string tag = "h" + std::to_string(level + 1);
      out_ << '<' << tag << '>' << svg::escape(text) << "</" << tag << ">\n";
    }
  } else if (style_ == Style::markdown) {
    out_ << std::string(static_cast<std::size_t>(level), '#') << ' ' << text << "\n\n";
  } else {
    level_ = level - 1;
    out_ << indent() << text << '\n';
    if (level == 1) out_ << std::string(display_width(text), '=') << '\n';
    out_ << '\n';
  }
  level_ = level;
}

void Document::paragraph(const std::string& raw) {
  const std::string text = model::printable(raw);
  close_fields();
  if (style_ == Style::html) {
    out_ << "<p>" << svg::escape(text) << "</p>\n";
  } else {
    out_ << indent() << text << "\n\n";
  }
}

void Document::field(const std::string& key, const std::string& raw) {
  const std::string value = model::printable(raw);
  if (style_ == Style::html) {
    if (!fields_open_) out_ << "<dl class=\"fields\">";
    out_ << "<dt>" << svg::escape(key) << "</dt><dd>" << svg::escape(value) << "</dd>";
  } else if (style_ == Style::markdown) {
    out_ << "- **" << key << ":** " << value << '\n';
  } else {
    out_ << indent() << key << ": " << value << '\n';
  }
  fields_open_ = true;
}

void Document::table(const Table& table) {
  close_fields();
  if (style_ == Style::html) {
    table.render_html(out_);
    return;
  }
  if (style_ == Style::markdown) {
    table.render_markdown(out_);
  } else {
    table.render_text(out_, indent());
  }
  out_ << '\n';
}

void Document::finish() {
  if (style_ == Style::html) close_fields();
}

}  // namespace corridor::report::detail
