#include "report/format.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include <corridor/model/printable.hpp>

#include "report/svg.hpp"

namespace corridor::report::detail {

std::string fixed(double value, int decimals) {
  if (!std::isfinite(value)) return non_finite(value);
  if (value == 0.0) value = 0.0;  // no "-0.0"
  const double r = rounded(value, decimals);
  std::array<char, 64> buf{};
  std::snprintf(buf.data(), buf.size(), "%.*f", decimals, r == 0.0 ? 0.0 : r);
  return buf.data();
}

std::string grouped(double value, int decimals) {
  if (!std::isfinite(value)) return non_finite(value);
  std::string text = fixed(value, decimals);
  const bool negative = !text.empty() && text.front() == '-';
  const auto dot = text.find('.');
  const std::size_t int_end = dot == std::string::npos ? text.size() : dot;
  std::string out;
  const std::size_t int_begin = negative ? 1 : 0;
  for (std::size_t i = int_begin; i < int_end; ++i) {
    if (i > int_begin && (int_end - i) % 3 == 0) out += ',';
    out += text[i];
  }
  return (negative ? "-" : "") + out + text.substr(int_end);
}

std::string non_finite(double value) {
  if (std::isnan(value))
    return "\u2014";  // em dash: undefined (e.g. the mean of an infinite sample)
  return value > 0 ? "\u221e" : "-\u221e";
}

double rounded(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  const double r = std::round(value * scale) / scale;
  return r == 0.0 ? 0.0 : r;
}

std::string port_change(model::Port from, model::Port to) {
  return model::describe(from) + " \u2192 " + model::describe(to);
}

std::string_view kind_name(model::Step::Kind kind) {
  switch (kind) {
    case model::Step::Kind::leg:
      return "leg";
    case model::Step::Kind::dwell:
      return "dwell";
    case model::Step::Kind::transfer:
      return "transfer";
  }
  return "?";
}

namespace {
std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items)
    out += (out.empty() ? "" : ", ") + s;
  return out;
}
}  // namespace

namespace {

/// A number with at most two decimals and no trailing zeros: "40", "12.5".
std::string plain(double value) {
  std::string text = fixed(value, 2);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.back() == '.') text.pop_back();
  return text;
}

}  // namespace

std::string describe_constraints(const model::Constraints& c) {
  std::vector<std::string> parts;
  if (!c.avoid_countries.empty()) parts.push_back("avoid countries " + join(c.avoid_countries));
  if (!c.avoid_modes.empty()) {
    std::vector<std::string> modes;
    for (auto m : c.avoid_modes)
      modes.emplace_back(model::to_string(m));
    parts.push_back("avoid modes " + join(modes));
  }
  if (!c.avoid_links.empty()) parts.push_back("avoid links " + join(c.avoid_links));
  if (!c.avoid_nodes.empty()) parts.push_back("avoid nodes " + join(c.avoid_nodes));
  if (!c.via.empty()) parts.push_back("via " + join(c.via));
  if (c.max_transshipments) {
    parts.push_back("at most " + std::to_string(*c.max_transshipments) + " transshipments");
  }
  if (c.max_gauge_changes) {
    parts.push_back("at most " + std::to_string(*c.max_gauge_changes) + " gauge changes");
  }
  if (c.max_days) parts.push_back("at most " + plain(*c.max_days) + " days");
  if (parts.empty()) return "none";
  std::string out;
  for (const auto& p : parts)
    out += (out.empty() ? "" : "; ") + p;
  return out;
}

std::string describe_objective(model::Objective objective) {
  switch (objective) {
    case model::Objective::cost:
      return "lowest cost (USD per TEU)";
    case model::Objective::time:
      return "fastest (hours)";
    case model::Objective::co2:
      return "lowest emissions (kg CO2e per TEU)";
    case model::Objective::generalized:
      return "generalized cost (USD + value of time \u00d7 hours)";
  }
  return "?";
}

std::string wins_text(const std::vector<model::Criterion>& wins) {
  if (wins.empty()) return "trade-off";
  std::vector<std::string> names;
  for (auto w : wins) {
    switch (w) {
      case model::Criterion::time:
        names.emplace_back("fastest");
        break;
      case model::Criterion::cost:
        names.emplace_back("cheapest");
        break;
      case model::Criterion::co2:
        names.emplace_back("lowest CO2e");
        break;
    }
  }
  return join(names);
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (char c : text) {
    // Count bytes that start a code point (not UTF-8 continuation bytes).
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;
  }
  return width;
}

void Table::add(std::vector<std::string> row) {
  for (auto& cell : row)
    cell = model::printable(cell);
  rows_.push_back(std::move(row));
}

void Table::render_text(std::ostream& out, std::string_view indent) const {
  std::vector<std::size_t> width(columns_.size(), 0);
  for (std::size_t c = 0; c < columns_.size(); ++c)
    width[c] = display_width(columns_[c].title);
  for (const auto& row : rows_) {
    for (std::size_t c = 0; c < row.size() && c < width.size(); ++c) {
      width[c] = std::max(width[c], display_width(row[c]));
    }
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text(indent);
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      const std::string& cell = c < cells.size() ? cells[c] : std::string();
      const std::string pad(width[c] - display_width(cell), ' ');
      if (c > 0) text += "  ";
      text += columns_[c].align == Align::right ? pad + cell : cell + pad;
    }
    while (!text.empty() && text.back() == ' ')
      text.pop_back();
    out << text << '\n';
  };
  std::vector<std::string> titles;
  std::vector<std::string> rules;
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    titles.push_back(columns_[c].title);
    rules.emplace_back(width[c], '-');
  }
  line(titles);
  line(rules);
  for (const auto& row : rows_)
    line(row);
}

void Table::render_markdown(std::ostream& out) const {
  auto escape = [](const std::string& cell) {
    std::string s;
    for (char c : cell)
      s += c == '|' ? std::string("\\|") : std::string(1, c);
    return s;
  };
  out << '|';
  for (const auto& c : columns_)
    out << ' ' << escape(c.title) << " |";
  out << "\n|";
  for (const auto& c : columns_)
    out << (c.align == Align::right ? "---:|" : "---|");
  out << '\n';
  for (const auto& row : rows_) {
    out << '|';
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      out << ' ' << (c < row.size() ? escape(row[c]) : std::string()) << " |";
    }
    out << '\n';
  }
}

void Table::render_html(std::ostream& out) const {
  auto cell = [](const std::string& text) {
    std::string html;
    for (char c : svg::escape(text)) {
      html += c;
      // U+2013 EN DASH is E2 80 93 in UTF-8: allow a break after it.
      if (static_cast<unsigned char>(c) == 0x93 && html.size() >= 3 &&
          static_cast<unsigned char>(html[html.size() - 3]) == 0xE2 &&
          static_cast<unsigned char>(html[html.size() - 2]) == 0x80) {
        html += "<wbr>";
      }
    }
    return html;
  };
  auto open = [](const Column& c, const char* tag) {
    return std::string("<") + tag + (c.align == Align::right ? " class=\"r\">" : ">");
  };
  out << "<div class=\"table\"><table><thead><tr>";
  for (const auto& c : columns_)
    out << open(c, "th") << cell(c.title) << "</th>";
  out << "</tr></thead><tbody>\n";
  for (const auto& row : rows_) {
    out << "<tr>";
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      out << open(columns_[c], "td") << (c < row.size() ? cell(row[c]) : std::string()) << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody></table></div>\n";
}

}  // namespace corridor::report::detail
