#include "report/svg.hpp"

#include <cmath>
#include <cstdlib>

#include "report/format.hpp"

namespace corridor::report::detail::svg {

namespace {

long long tenths(double value) {
  return std::llround(value * 10.0);
}

std::string from_tenths(long long t) {
  const bool negative = t < 0;
  const long long a = std::llabs(t);
  std::string text = (negative ? "-" : "") + std::to_string(a / 10);
  if (a % 10 != 0) text += "." + std::to_string(a % 10);
  return text;
}

}  // namespace

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string num(double value) {
  return from_tenths(tenths(value));
}

std::string attr(std::string_view name, std::string_view value) {
  return " " + std::string(name) + "=\"" + escape(value) + "\"";
}

std::string attr(std::string_view name, double value) {
  return " " + std::string(name) + "=\"" + num(value) + "\"";
}

std::string title(std::string_view text) {
  return "<title>" + escape(text) + "</title>";
}

void PathData::number(long long t, bool separate) {
  // Path data needs a separator between numbers only where the next has no minus sign.
  const std::string text = from_tenths(t);
  if (separate && text.front() != '-') d_ += ' ';
  d_ += text;
}

void PathData::command(char letter) {
  // After a moveto, further coordinate pairs are implicit linetos, and any other command may
  // repeat without its letter.
  const bool implicit = (letter == last_ && letter != 'm') || (letter == 'l' && last_ == 'm');
  if (!implicit) d_ += letter;
  pending_separator_ = implicit;
  last_ = letter;
}

void PathData::to(long long x, long long y) {
  number(x - x_, pending_separator_);
  number(y - y_, true);
  x_ = x;
  y_ = y;
  pending_separator_ = true;
}

void PathData::move_to(Point p) {
  const long long x = tenths(p.x);
  const long long y = tenths(p.y);
  if (d_.empty()) {  // the first move is absolute
    d_ += 'M' + from_tenths(x);
    number(y, true);
    x_ = x;
    y_ = y;
    // Pairs after an absolute moveto would be absolute linetos: the next command is spelt out.
    last_ = 'M';
  } else {
    command('m');
    to(x, y);
  }
  start_x_ = x;
  start_y_ = y;
}

void PathData::line_to(Point p) {
  const long long x = tenths(p.x);
  const long long y = tenths(p.y);
  if (x == x_ && y == y_) return;  // a zero-length segment draws nothing
  command('l');
  to(x, y);
}

void PathData::quad_to(Point control, Point p) {
  const long long x = tenths(p.x);
  const long long y = tenths(p.y);
  command('q');
  number(tenths(control.x) - x_, pending_separator_);
  number(tenths(control.y) - y_, true);
  pending_separator_ = true;
  to(x, y);
}

void PathData::close() {
  d_ += 'z';
  last_ = 'z';
  pending_separator_ = false;
  // A closepath returns to the subpath's start: later offsets are from there.
  x_ = start_x_;
  y_ = start_y_;
}

double text_width(std::string_view text, double font_size) {
  return static_cast<double>(display_width(text)) * 0.6 * font_size;
}

}  // namespace corridor::report::detail::svg
