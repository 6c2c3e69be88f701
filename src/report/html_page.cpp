#include "report/html_page.hpp"

#include "report/basemap.hpp"
#include "report/svg.hpp"

namespace corridor::report::detail::html {

namespace {

using svg::escape;

/// Patterns the charts fill with (by id), defined once per page.
constexpr std::string_view kPatterns =
    "<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\"><defs>"
    "<pattern id=\"hatch-wait\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
    "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f7d6d0\"/>"
    "<path d=\"M0 0v6\" stroke=\"#b8312f\" stroke-width=\"2.4\"/></pattern>"
    "<pattern id=\"dots-dwell\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
    "<rect width=\"5\" height=\"5\" fill=\"#f3e3a6\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.2\" "
    "fill=\"#8a6d00\"/></pattern></defs></svg>\n";

void sources(std::ostream& out, const model::Provenance& provenance) {
  if (provenance.sources.empty()) {
    out << "<p>The scenario cites no sources.</p>\n";
    return;
  }
  out << "<p>Where the scenario's figures come from, as its <code>source:</code> keys say.</p>\n"
         "<div class=\"table\"><table class=\"sources\"><thead><tr><th>element</th><th>id</th>"
         "<th>source</th></tr></thead><tbody>\n";
  for (const auto& c : provenance.sources) {
    out << "<tr><td>" << escape(model::to_string(c.element)) << "</td><td>" << escape(c.id)
        << "</td><td>" << linkify(c.source) << "</td></tr>\n";
  }
  out << "</tbody></table></div>\n";
}

}  // namespace

std::string linkify(std::string_view text) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t start = text.find("http", at);
    while (start != std::string_view::npos && text.substr(start, 7) != "http://" &&
           text.substr(start, 8) != "https://") {
      start = text.find("http", start + 4);
    }
    if (start == std::string_view::npos) break;
    std::size_t end = start;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '"')
      ++end;
    // Punctuation that ends a sentence or closes a parenthesis is not part of the address.
    while (end > start && std::string_view(".,;:)]'").find(text[end - 1]) != std::string_view::npos)
      --end;
    const std::string_view url = text.substr(start, end - start);
    out += escape(text.substr(at, start - at));
    out += "<a href=\"" + escape(url) + "\">" + escape(url) + "</a>";
    at = end;
  }
  out += escape(text.substr(at));
  return out;
}

void write_page(std::ostream& out, const Page& page) {
  const std::string heading =
      page.scenario + (page.description.empty() ? "" : " \u2014 " + page.description);
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"corridor "
      << escape(page.provenance ? page.provenance->version : "") << "\">\n"
      << "<title>" << escape(page.scenario + " \u00b7 " + page.kind) << "</title>\n<style>\n"
      << style_sheet() << page.extra_css << "</style>\n</head>\n<body>\n"
      << kPatterns << "<header>\n<p class=\"kind\">" << escape(page.kind) << "</p>\n<h1>"
      << escape(page.scenario) << "</h1>\n";
  if (!page.description.empty())
    out << "<p class=\"lede\">" << escape(page.description) << "</p>\n";
  out << "<ul class=\"facts\">";
  for (const auto& fact : page.facts)
    out << "<li>" << escape(fact) << "</li>";
  out << "</ul>\n";
  if (page.provenance) {
    out << "<p class=\"made\">Made by corridor " << escape(page.provenance->version);
    if (!page.provenance->command.empty()) {
      out << " with <code>" << escape(page.provenance->command) << "</code>";
    }
    out << ".</p>\n";
  }
  out << "<nav aria-label=\"Contents\"><ol>";
  for (const auto& s : page.sections)
    out << "<li><a href=\"#" << escape(s.id) << "\">" << escape(s.heading) << "</a></li>";
  if (page.provenance) out << "<li><a href=\"#sources\">Sources</a></li>";
  out << "</ol></nav>\n</header>\n<main>\n";
  for (const auto& s : page.sections) {
    out << "<section id=\"" << escape(s.id) << "\">\n<h2>" << escape(s.heading) << "</h2>\n"
        << s.body << "</section>\n";
  }
  if (page.provenance) {
    out << "<section id=\"sources\">\n<h2>Sources</h2>\n";
    sources(out, *page.provenance);
    out << "</section>\n";
  }
  out << "</main>\n<footer><p>" << escape(heading) << ". " << escape(basemap::kAttribution)
      << ", <a href=\"https://www.naturalearthdata.com/\">naturalearthdata.com</a>.</p></footer>\n"
      << "</body>\n</html>\n";
}

}  // namespace corridor::report::detail::html
