// --set: reading the argument, resolving its path by ids and keys, and the variants it makes.

#include <catch2/catch.hpp>

#include <corridor/io/set_path.hpp>
#include <corridor/io/variants.hpp>

#include "unit/sweep/sweep_files.hpp"

namespace corridor {
namespace {

/// The formatted issues of what `f` throws ("" when it throws nothing).
template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const ValidationError& e) {
    std::string out;
    for (const auto& i : e.issues())
      out += format_issue(i) + "\n";
    return out;
  }
  return "";
}

TEST_CASE("a --set splits its values at the commas outside brackets and quotes", "[sweep]") {
  const auto axis = io::parse_set("policy.avoid_countries=[],[RU, BY], 'a,b'");
  CHECK(axis.path == "policy.avoid_countries");
  CHECK(axis.segments == std::vector<std::string>{"policy", "avoid_countries"});
  CHECK(axis.values == std::vector<std::string>{"[]", "[RU, BY]", "'a,b'"});
  CHECK(io::parse_set("links.X.schedule.every_hours=24,42,72").values.size() == 3);
}

TEST_CASE("a malformed --set is an error naming the argument", "[sweep]") {
  CHECK(error_of([] { (void)io::parse_set("policy.objective"); }) ==
        "error: --set 'policy.objective': no '=': a --set gives PATH=VALUE,VALUE,...\n"
        "  hint: e.g. --set 'links.AKTAU-ALAT.schedule.every_hours=24,42,72'\n");
  CHECK(error_of([] { (void)io::parse_set("policy.avoid_countries=[RU,BY"); }) ==
        "error: --set 'policy.avoid_countries=[RU,BY': a bracket or brace is not closed\n");
  CHECK(error_of([] { (void)io::parse_set("links..hours=1"); }) ==
        "error: --set 'links..hours=1': the path 'links..hours' has an empty part\n"
        "  hint: parts are separated by single dots: links.ID.key\n");
  CHECK(error_of([] { (void)io::parse_set("policy.max_days=30,,40"); }) ==
        "error: --set 'policy.max_days=30,,40': value 2 is empty\n"
        "  hint: write null for no value, [] for an empty list\n");
  CHECK(error_of([] { (void)io::parse_set("extends=a.yaml"); }) ==
        "error: --set 'extends=a.yaml': extends cannot be set: --set applies to the merged "
        "scenario\n");
}

TEST_CASE("a --set path names list items by id, with a hint for a near miss", "[sweep]") {
  const test::TempFile file("corridor-set-path.yaml", test::kTriangle);
  const io::VariantSource source(file.path(), {});
  const auto check = [&](const std::string& argument) {
    return error_of([&] { source.check({io::parse_set(argument)}); });
  };
  CHECK(check("links.AC.tariff.usd_per_teu=1") == "");
  CHECK(check("links.AC.schedule.every_hours=24") == "");  // a key not written yet is added
  CHECK(check("demand.1.teu_per_week=2") == "");           // demand items have no id: an index
  CHECK(check("links.ACC.hours=1") ==
        "error: --set 'links.ACC.hours=1': 'links' has no item with id 'ACC'\n"
        "  hint: did you mean 'AC'?\n");
  CHECK(check("links.AC.tarif.usd_per_teu=1") ==
        "error: --set 'links.AC.tarif.usd_per_teu=1': 'links.AC.tarif' is not in the "
        "scenario\n  hint: did you mean 'tariff'?\n");
  CHECK(check("links.AC.hours.min=1") ==
        "error: --set 'links.AC.hours.min=1': 'links.AC.hours' is a value (60), it has no "
        "'min'\n  hint: set 'links.AC.hours' itself\n");
  CHECK(check("demand.2.teu_per_week=1") ==
        "error: --set 'demand.2.teu_per_week=1': 'demand' is a list of 2 items without ids; "
        "'2' names none of them\n  hint: name an item by its index, 0 to 1\n");
}

TEST_CASE("a variant is the scenario with the values set, validated as a file", "[sweep]") {
  const test::TempFile file("corridor-set-variant.yaml", test::kTriangle);
  const io::VariantSource source(file.path(), {});
  const std::vector<io::SetAxis> axes{io::parse_set("links.AC.tariff.usd_per_teu=150,-5"),
                                      io::parse_set("policy.avoid_countries=[],[RU]")};
  const auto v = source.variant(axes, {0, 1}, "variant 2").scenario;
  CHECK(v.links.at(2).tariff.usd_per_teu.value() == 150.0);
  CHECK(v.policy.constraints.avoid_countries == std::vector<std::string>{"RU"});
  CHECK(source.base().scenario.links.at(2).tariff.usd_per_teu.value() == 500.0);  // untouched
  // An invalid value is located at the --set that gave it, and the variant is named.
  const std::string error = error_of([&] { (void)source.variant(axes, {1, 0}, "variant 3"); });
  // (The scenario's own warnings, its missing sources, come with it.)
  CHECK(error.find("\nerror: variant 3: --set links.AC.tariff.usd_per_teu: must be >= 0, got "
                   "-5\n") != std::string::npos);
}

}  // namespace
}  // namespace corridor
