#include "io/yaml_reader.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <set>

#include <corridor/io/hints.hpp>

#include "io/scalar_text.hpp"

namespace corridor::io::detail {

void Diagnostics::error(const std::string& path, std::string message, std::string hint) {
  error_paths_.insert(path);
  issues_.push_back(Issue{Issue::Severity::error, where_.locate(path), where_.written(path),
                          std::move(message), std::move(hint)});
}

void Diagnostics::warning(const std::string& path, std::string message, std::string hint) {
  issues_.push_back(Issue{Issue::Severity::warning, where_.locate(path), where_.written(path),
                          std::move(message), std::move(hint)});
}

Field Field::operator[](std::string_view key) const {
  YAML::Node child;
  if (node_.IsMap()) {
    for (const auto& kv : node_) {
      if (kv.first.IsScalar() && kv.first.Scalar() == key) {
        child = kv.second;
        break;
      }
    }
  }
  return Field(child, path_.empty() ? std::string(key) : path_ + "." + std::string(key), *diag_);
}

std::vector<Field> Field::items() const {
  std::vector<Field> out;
  if (!expect_list()) return out;
  out.reserve(node_.size());
  std::size_t i = 0;
  for (const auto& item : node_) {
    out.emplace_back(item, path_ + "[" + std::to_string(i) + "]", *diag_);
    ++i;
  }
  return out;
}

std::string Field::describe_value() const {
  if (!present()) return "nothing";
  if (node_.IsMap()) return "a map";
  if (node_.IsSequence()) return "a list";
  if (node_.Tag() == "!") return "the string \"" + node_.Scalar() + "\"";
  return "'" + node_.Scalar() + "'";
}

bool Field::expect_map(std::initializer_list<std::string_view> allowed) const {
  if (!node_.IsMap()) {
    error("expected a map, got " + describe_value());
    return false;
  }
  const std::vector<std::string> names(allowed.begin(), allowed.end());
  std::set<std::string> seen;
  for (const auto& kv : node_) {
    if (!kv.first.IsScalar()) {
      error("map keys must be plain words");
      continue;
    }
    const std::string& key = kv.first.Scalar();
    const std::string child = path_.empty() ? key : path_ + "." + key;
    if (!seen.insert(key).second) {
      diag_->error(child, "duplicate key '" + key + "'", "each key may appear once in a map");
    }
    if (std::find(names.begin(), names.end(), key) == names.end()) {
      std::string hint = did_you_mean(key, names);
      if (hint.empty()) {
        hint = "allowed keys here:";
        for (const auto& n : names)
          hint += " " + n;
      }
      diag_->error(child, "unknown key '" + key + "'", hint);
    }
  }
  return true;
}

bool Field::expect_list() const {
  if (node_.IsSequence()) return true;
  error("expected a list, got " + describe_value());
  return false;
}

std::optional<double> Field::number() const {
  if (node_.IsScalar() && node_.Tag() != "!") {
    if (auto value = number_from_text(node_.Scalar())) return value;
  }
  std::string hint;
  if (node_.IsScalar() && node_.Tag() == "!") hint = "remove the quotes";
  error("expected a number, got " + describe_value(), hint);
  return std::nullopt;
}

std::optional<std::int64_t> Field::integer() const {
  if (node_.IsScalar() && node_.Tag() != "!") {
    const std::string& text = node_.Scalar();
    std::int64_t value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && ptr == text.data() + text.size()) return value;
  }
  error("expected a whole number, got " + describe_value());
  return std::nullopt;
}

std::optional<std::int64_t> Field::integer_in(std::int64_t min, std::int64_t max,
                                              std::string hint) const {
  if (node_.IsScalar() && node_.Tag() != "!" && whole_number_text(node_.Scalar())) {
    const std::string& text = node_.Scalar();
    std::int64_t value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && value >= min && value <= max) return value;
    error(out_of_range(min, max, text), std::move(hint));
    return std::nullopt;
  }
  return integer();  // reports what else was written
}

std::optional<std::uint64_t> Field::natural() const {
  if (node_.IsScalar() && node_.Tag() != "!" && whole_number_text(node_.Scalar())) {
    const std::string& text = node_.Scalar();
    std::uint64_t value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && ptr == text.data() + text.size()) return value;
    error("must be between 0 and " + std::to_string(std::numeric_limits<std::uint64_t>::max()) +
          ", got " + text);
    return std::nullopt;
  }
  (void)integer();  // reports what else was written
  return std::nullopt;
}

std::optional<bool> Field::boolean() const {
  if (node_.IsScalar() && node_.Tag() != "!") {
    if (node_.Scalar() == "true") return true;
    if (node_.Scalar() == "false") return false;
  }
  error("expected true or false, got " + describe_value());
  return std::nullopt;
}

std::optional<std::string> Field::string() const {
  if (node_.IsScalar()) return node_.Scalar();
  error("expected text, got " + describe_value());
  return std::nullopt;
}

std::optional<std::vector<std::string>> Field::string_list() const {
  if (!expect_list()) return std::nullopt;
  std::vector<std::string> out;
  bool ok = true;
  for (const Field& item : items()) {
    auto s = item.string();
    if (s) {
      out.push_back(*s);
    } else {
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<std::vector<double>> Field::number_list() const {
  if (!expect_list()) return std::nullopt;
  std::vector<double> out;
  bool ok = true;
  for (const Field& item : items()) {
    auto v = item.number();
    if (v) {
      out.push_back(*v);
    } else {
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

bool Field::require(std::string_view key) const {
  if ((*this)[key].present()) return true;
  error("missing required key '" + std::string(key) + "'");
  return false;
}

void Field::error(std::string message, std::string hint) const {
  diag_->error(path_, std::move(message), std::move(hint));
}

void Field::warning(std::string message, std::string hint) const {
  diag_->warning(path_, std::move(message), std::move(hint));
}

std::string number_text(double value) {
  std::array<char, 32> buf{};
  if (value == std::trunc(value) && std::abs(value) < 1e15) {
    auto [end, ec] =
        std::to_chars(buf.data(), buf.data() + buf.size(), static_cast<long long>(value));
    return std::string(buf.data(), end);
  }
  auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
  return ec == std::errc() ? std::string(buf.data(), end) : std::string("?");
}

namespace {
void record(const YAML::Node& node, const std::string& path, const std::string& file,
            SourceMap& map) {
  if (node.IsMap()) {
    for (const auto& kv : node) {
      if (!kv.first.IsScalar()) continue;
      const std::string child = path.empty() ? kv.first.Scalar() : path + "." + kv.first.Scalar();
      const YAML::Mark m = kv.first.Mark();
      map.add(child, file, m.line + 1, m.column + 1);
      record(kv.second, child, file, map);
    }
  } else if (node.IsSequence()) {
    std::size_t i = 0;
    for (const auto& item : node) {
      const std::string child = path + "[" + std::to_string(i++) + "]";
      const YAML::Mark m = item.Mark();
      map.add(child, file, m.line + 1, m.column + 1);
      record(item, child, file, map);
    }
  }
}
}  // namespace

void record_positions(const YAML::Node& root, const std::string& file, SourceMap& map) {
  record(root, "", file, map);
}

}  // namespace corridor::io::detail
