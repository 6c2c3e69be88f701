#include "report/format.hpp"

#include <sstream>

#include <catch2/catch.hpp>

#include "report/csv.hpp"

namespace corridor::report::detail {
namespace {

TEST_CASE("numbers are formatted with fixed decimals", "[report]") {
  CHECK(fixed(3.14159, 2) == "3.14");
  CHECK(fixed(-0.001, 1) == "0.0");
  CHECK(fixed(2.5, 0) == "3");
  CHECK(grouped(1234567.891, 1) == "1,234,567.9");
  CHECK(grouped(-1234.0, 0) == "-1,234");
  CHECK(grouped(999.0, 0) == "999");
  CHECK(rounded(0.125, 2) == 0.13);
}

TEST_CASE("tables align by display width", "[report]") {
  Table t({{"name", Table::Align::left}, {"km", Table::Align::right}});
  t.add({"Kaunas\u2013Vilnius", "100"});
  t.add({"A", "7"});
  std::ostringstream text;
  t.render_text(text, "  ");
  CHECK(text.str() ==
        "  name             km\n"
        "  --------------  ---\n"
        "  Kaunas\u2013Vilnius  100\n"
        "  A                 7\n");
  std::ostringstream md;
  t.render_markdown(md);
  CHECK(md.str() == "| name | km |\n|---|---:|\n| Kaunas\u2013Vilnius | 100 |\n| A | 7 |\n");
}

TEST_CASE("CSV quotes only what needs quoting", "[report]") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  std::ostringstream out;
  csv_row(out, {"x", "y,z"});
  CHECK(out.str() == "x,\"y,z\"\r\n");
}

}  // namespace
}  // namespace corridor::report::detail
