// The rules of `observations:`: ids, the nodes, cargo and countries they name, their figures
// and dates.

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include "io/checker.hpp"

namespace corridor::io::detail {

namespace {

bool digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

/// YYYY, YYYY-MM or YYYY-MM-DD, with a month 1-12 and a day 1-31.
bool valid_date(std::string_view date) {
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
  if (!digits(date.substr(0, 4))) return false;
  if (date.size() == 4) return true;
  if (date[4] != '-' || !digits(date.substr(5, 2))) return false;
  const int month = std::stoi(std::string(date.substr(5, 2)));
  if (month < 1 || month > 12) return false;
  if (date.size() == 7) return true;
  if (date[7] != '-' || !digits(date.substr(8, 2))) return false;
  const int day = std::stoi(std::string(date.substr(8, 2)));
  return day >= 1 && day <= 31;
}

}  // namespace

void Checker::check_observations() {
  std::map<std::string, std::size_t> first;
  for (std::size_t i = 0; i < s_.observations.size(); ++i) {
    const auto& o = s_.observations[i];
    const std::string p = at("observations", i);
    if (!o.id.empty()) {
      if (!valid_id(o.id)) {
        error(p + ".id",
              "observation id '" + o.id + "' may only use letters, digits, '_', '-' " + "and '.'");
      }
      auto [it, inserted] = first.emplace(o.id, i);
      if (!inserted) {
        error(p + ".id", "duplicate observation id '" + o.id + "'",
              "the other is observations[" + std::to_string(it->second) + "] at line " +
                  std::to_string(where_.locate(at("observations", it->second)).line));
      }
    }
    check_reference(p + ".from", o.from, node_ids_, "node");
    check_reference(p + ".to", o.to, node_ids_, "node");
    if (!o.from.empty() && o.from == o.to) {
      error(p + ".to", "origin and destination are the same node '" + o.to + "'");
    }
    for (std::size_t v = 0; v < o.via.size(); ++v) {
      const std::string path = o.via.size() == 1 && readable(p + ".via") && written(p + ".via")
                                   ? p + ".via"
                                   : p + ".via[" + std::to_string(v) + "]";
      check_reference(written(path) ? path : p + ".via", o.via[v], node_ids_, "node");
    }
    if (o.via.size() > model::kMaxVia) {
      error(p + ".via", "at most " + std::to_string(model::kMaxVia) + " via nodes, got " +
                            std::to_string(o.via.size()));
    }
    if (!o.cargo.empty()) check_reference(p + ".cargo", o.cargo, cargo_ids_, "cargo");
    for (std::size_t c = 0; c < o.allow.size(); ++c) {
      if (!valid_country(o.allow[c])) {
        error(p + ".allow_countries[" + std::to_string(c) + "]",
              "'" + o.allow[c] + "' is not an ISO 3166-1 alpha-2 country code", "e.g. RU, BY");
      }
    }
    check_figure(p + ".days", o.days, model::kMaxDays, "durations are at most 10 years");
    check_figure(p + ".usd_per_container", o.usd_per_container, model::kMaxUsd, kMoneyLimit);
    if (!o.days && !o.usd_per_container && readable(p)) {
      error(p, "an observation needs days, usd_per_container or both",
            "the figures the model is compared with");
    }
    if (o.usd_per_container && !o.container && readable(p + ".usd_per_container")) {
      error(p + ".usd_per_container", "a price per container needs its container",
            "add container: 20ft, 40ft or 40hc");
    }
    if (!o.date.empty() && !valid_date(o.date)) {
      error(p + ".date", "date '" + o.date + "' is not YYYY, YYYY-MM or YYYY-MM-DD",
            "e.g. 2024-07 for a figure published in July 2024");
    }
    if (written(p + ".source") && o.source.empty()) {
      error(p + ".source", "an observation's source cannot be empty",
            "the publication and its URL");
    }
  }
}

void Checker::check_figure(const std::string& path, const std::optional<model::ObservedRange>& r,
                           double max, std::string why) {
  if (!r || !readable(path)) return;
  const bool range = written(path + "[0]");
  const std::string low = range ? path + "[0]" : path;
  between(low, r->low, 0.0, true, max, why);
  if (!range) return;
  between(path + "[1]", r->high, 0.0, true, max, why);
  if (r->low > r->high) {
    error(path, "the range [" + number(r->low) + ", " + number(r->high) + "] runs backwards",
          "write the low value first");
  }
}

}  // namespace corridor::io::detail
