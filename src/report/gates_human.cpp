// Text and Markdown reports of check and compare, and the CI job summary.

#include "report/gates_human.hpp"

#include <sstream>

#include <corridor/model/printable.hpp>

#include "report/document.hpp"
#include "report/gates_tables.hpp"

namespace corridor::report::detail {

namespace {

std::string title(const model::GateRun& run) {
  if (!run.comparison()) return "corridor check: " + run.scenarios.front().name;
  std::string t = "corridor compare: " + run.scenarios.front().name + " \u2192 ";
  for (std::size_t i = 1; i < run.scenarios.size(); ++i)
    t += (i > 1 ? ", " : "") + run.scenarios[i].name;
  return t;
}

std::string simulation_text(const model::GateRun& run) {
  if (!run.simulated) return "not simulated (routing at expected values; --simulate adds P50-P95)";
  std::string text = "seed " + std::to_string(run.seed) + ", " +
                     grouped(static_cast<double>(run.replications), 0) +
                     " replications of each line's best route";
  if (run.comparison()) text += ", the same random streams in every scenario";
  return text;
}

std::vector<model::CheckOutcome> failed(const model::GateRun& run) {
  std::vector<model::CheckOutcome> out;
  for (const auto& c : run.checks) {
    if (!c.skipped && !c.passed) out.push_back(c);
  }
  return out;
}

void answers(const model::GateRun& run, Document& doc) {
  if (!run.comparison()) {
    doc.heading(2, "Answers");
    doc.table(answers_table(run));
    return;
  }
  const auto& base = run.scenarios.front();
  for (std::size_t i = 1; i < run.scenarios.size(); ++i) {
    const auto& v = run.scenarios[i];
    doc.heading(2, v.name + " against " + base.name);
    doc.heading(3, "Inputs changed");
    const auto& changes = run.changes[i - 1];
    if (changes.empty()) {
      doc.paragraph("none: the merged scenarios say the same");
    } else {
      doc.table(changes_table(changes));
    }
    doc.heading(3, "Best routes");
    doc.table(routes_table(base, v));
    doc.heading(3, "Answers");
    doc.table(deltas_table(run, i));
  }
}

}  // namespace

void render_gates(const model::GateRun& run, Document& doc) {
  doc.heading(1, model::printable(title(run)));
  doc.field("verdict", verdict(run));
  for (const auto& s : run.scenarios)
    doc.field(s.name, s.file);
  doc.field("simulation", simulation_text(run));
  answers(run, doc);
  doc.heading(2, "Checks");
  if (run.checks.empty()) {
    doc.paragraph("none: add checks: to the scenario or --fail-if 'METRIC > LIMIT'");
  } else {
    doc.table(checks_table(run.checks));
  }
  doc.finish();
}

void render_summary(const model::GateRun& run, std::ostream& out) {
  Document doc(Document::Style::markdown, out);
  doc.heading(2, (run.passed() ? "PASS \u2014 " : "FAIL \u2014 ") + model::printable(title(run)));
  doc.paragraph(verdict(run));
  if (const auto f = failed(run); !f.empty()) {
    doc.heading(3, "Failed checks");
    doc.table(checks_table(f));
  }
  if (run.comparison()) {
    for (std::size_t i = 1; i < run.scenarios.size(); ++i) {
      doc.heading(3, run.scenarios[i].name + " against " + run.scenarios.front().name);
      doc.table(deltas_table(run, i));
    }
  } else {
    doc.heading(3, "Answers");
    doc.table(answers_table(run));
  }
  doc.field("simulation", simulation_text(run));
  doc.finish();
}

}  // namespace corridor::report::detail
