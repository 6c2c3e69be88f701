#pragma once
// Private to report: the one place that picks a report's writer by its format and guards what
// holds for every report (a byte order mark goes only before CSV; a format a report does not
// have is refused, saying which formats it has).

#include <functional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

#include <corridor/report/report.hpp>

#include "report/document.hpp"

namespace corridor::report::detail {

/// The UTF-8 encoding of U+FEFF.
inline constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

/// The writers of one kind of result. Text and Markdown share one layout (`render`); every
/// other format has a writer of its own, and html and geojson may have none. A writer is any
/// callable, so one that needs more than the result binds it (std::bind_front). `refusal` names
/// the formats the report has ("a calibration report is text, md, json or csv"), for refusing
/// the others.
template <class Result>
struct Writers {
  using Writer = std::function<void(const Result&, std::ostream&)>;
  std::function<void(const Result&, Document&)> render;
  Writer json;
  Writer csv;
  Writer html = nullptr;
  Writer geojson = nullptr;
  std::string_view refusal = {};
};

/// Writes `result` in `format` with the writer `w` has for it; a byte order mark first when
/// `options` ask for one. Throws std::invalid_argument for a byte order mark before a format
/// other than CSV and for a format without a writer ("<refusal>, not html").
template <class Result>
void dispatch(const Result& result, Format format, std::ostream& out, const WriteOptions& options,
              const Writers<Result>& w) {
  if (options.byte_order_mark && format != Format::csv) {
    throw std::invalid_argument("a byte order mark is written only before CSV reports");
  }
  switch (format) {
    case Format::text:
    case Format::md: {
      Document doc(format == Format::md ? Document::Style::markdown : Document::Style::text, out);
      w.render(result, doc);
      return;
    }
    case Format::json:
      w.json(result, out);
      return;
    case Format::csv:
      if (options.byte_order_mark) out << kByteOrderMark;
      w.csv(result, out);
      return;
    case Format::html:
      if (!w.html) break;
      w.html(result, out);
      return;
    case Format::geojson:
      if (!w.geojson) break;
      w.geojson(result, out);
      return;
  }
  const std::string name(to_string(format));
  throw std::invalid_argument(w.refusal.empty() ? "this report has no " + name + " format"
                                                : std::string(w.refusal) + ", not " + name);
}

}  // namespace corridor::report::detail
