#pragma once
// Private to report: the page every HTML report is: one self-contained file (inline style sheet
// and SVG, no scripts, fonts or files to fetch) with a header naming the scenario and what
// produced the report, sections, the scenario's sources and a footer.

#include <ostream>
#include <string>
#include <vector>

#include <corridor/model/provenance.hpp>

namespace corridor::report::detail::html {

/// A section of the page, listed in its table of contents.
struct Section {
  std::string id;
  std::string heading;  ///< text of its <h2>
  std::string body;     ///< HTML after the heading
};

struct Page {
  std::string kind;         ///< "Route report", "Simulation report"
  std::string scenario;     ///< the scenario's name
  std::string description;  ///< the scenario's description
  const model::Provenance* provenance = nullptr;
  std::vector<std::string> facts;  ///< short "key: value" lines under the title
  std::string extra_css;           ///< rules of this page's interactive parts
  std::vector<Section> sections;
};

/// Writes the page: doctype, head with the style sheet, header, contents, the sections, the
/// scenario's sources (from the provenance) and a footer with the base map's attribution.
/// The same page gives the same bytes. O(size of the page).
void write_page(std::ostream& out, const Page& page);

/// The style sheet every report shares (screen and A4 print).
[[nodiscard]] std::string_view style_sheet();

/// `text` escaped for HTML, with every http(s) address made a link.
[[nodiscard]] std::string linkify(std::string_view text);

}  // namespace corridor::report::detail::html
