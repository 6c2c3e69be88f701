#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include <corridor/io/hints.hpp>

namespace corridor::io {
namespace {

TEST_CASE("edit distance counts single-character edits, ignoring case", "[io]") {
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("KAUNAS_KIT", "kaunas_kit") == 0);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("KAUNAS_KTI", "KAUNAS_KIT") == 2);
}

TEST_CASE("suggestions only for plausible typos", "[io]") {
  const std::vector<std::string> ids{"KAUNAS_KIT", "VILNIUS_VIT", "KLAIPEDA_PORT"};
  CHECK(did_you_mean("KAUNAS_KTI", ids) == "did you mean 'KAUNAS_KIT'?");
  CHECK(did_you_mean("vilnius_vit", ids) == "did you mean 'VILNIUS_VIT'?");
  CHECK(did_you_mean("BAKU", ids).empty());
  CHECK(did_you_mean("klaipeda", ids) == "did you mean 'KLAIPEDA_PORT'?");
  // An abbreviation of two ids suggests neither.
  CHECK(did_you_mean("K", std::vector<std::string>{"KAUNAS_KIT", "KLAIPEDA_PORT"}).empty());
  CHECK(did_you_mean("KA", std::vector<std::string>{"KAUNAS_KIT", "KAUNAS_PORT"}).empty());
  CHECK(nearest("tarif", std::vector<std::string>{"tariff", "to", "from"}) == "tariff");
}

}  // namespace
}  // namespace corridor::io
