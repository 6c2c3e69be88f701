// Text from a scenario shown on a terminal: control characters become visible escapes.

#include <catch2/catch.hpp>

#include <corridor/model/printable.hpp>

namespace corridor::model {
namespace {

TEST_CASE("printable text is kept as it is", "[model][printable]") {
  CHECK(printable("Kaunas KIT") == "Kaunas KIT");
  // UTF-8 outside ASCII is printable: an en dash, a Turkish dotless i, a CJK character.
  CHECK(printable("Khorgos\u2013Aktau, T\u00fcrkiye, \u897f\u5b89") ==
        "Khorgos\u2013Aktau, T\u00fcrkiye, \u897f\u5b89");
  CHECK(printable("").empty());
}

TEST_CASE("control characters are escaped", "[model][printable]") {
  // ESC [ 3 1 m would turn a terminal red; ESC ] 0 ; ... BEL would retitle its window.
  CHECK(printable("A\x1b[31mB") == "A\\x1b[31mB");
  CHECK(printable("\x1b]0;pwned\x07") == "\\x1b]0;pwned\\x07");
  CHECK(printable("a\nb\tc\rd") == "a\\nb\\tc\\rd");
  CHECK(printable(std::string_view("\0", 1)) == "\\x00");
  CHECK(printable("\x7f") == "\\x7f");
  // C1 controls are two bytes in UTF-8: U+009B is the 8-bit CSI.
  CHECK(printable("\xc2\x9b"
                  "2J") == "\\u009b2J");
  // NEL (U+0085) is a C1 control too.
  CHECK(printable("\xc2\x85") == "\\u0085");
}

TEST_CASE("bytes that are not UTF-8 are escaped one by one", "[model][printable]") {
  CHECK(printable("\xff") == "\\xff");
  CHECK(printable("\x9b") == "\\x9b");           // a lone continuation byte
  CHECK(printable("\xe2\x80") == "\\xe2\\x80");  // a sequence cut short
  CHECK(printable("\xc0\xaf") == "\\xc0\\xaf");  // an overlong encoding of '/'
}

}  // namespace
}  // namespace corridor::model
