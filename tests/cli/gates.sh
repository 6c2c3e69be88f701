#!/usr/bin/env bash
# corridor check, corridor compare and run --strict as a CI job runs them: exit codes (0 pass,
# 1 a check failed, 2 bad input), JUnit XML read back by a real XML parser, the job summary and
# GitHub annotations at the line of the failed check.
set -euo pipefail
corridor=$1
python=$2
data=tests/cli/data
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

expect_exit() {  # CODE COMMAND...: runs COMMAND, fails unless it exits CODE
  local code=$1
  shift
  set +e
  "$@" >"$dir/out" 2>"$dir/err"
  local got=$?
  set -e
  if [ "$got" != "$code" ]; then
    echo "expected exit $code, got $got: $*" >&2
    cat "$dir/out" "$dir/err" >&2
    exit 1
  fi
}

# junit FILE TESTS FAILURES: the file parses as XML and counts TESTS cases, FAILURES failed.
junit() {
  "$python" - "$@" <<'PY'
import sys
import xml.etree.ElementTree as ET
path, tests, failures = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
root = ET.parse(path).getroot()
assert root.tag == "testsuites", root.tag
cases = root.findall("./testsuite/testcase")
failed = [c for c in cases if c.find("failure") is not None]
assert len(cases) == tests, (len(cases), tests)
assert len(failed) == failures, (len(failed), failures)
assert int(root.get("tests")) == tests and int(root.get("failures")) == failures
for suite in root.findall("testsuite"):
    assert int(suite.get("tests")) == len(suite.findall("testcase"))
print("\n".join(sorted(c.get("classname") + " " + c.get("name") for c in failed)))
PY
}

# The base's own checks: the relative one is skipped, the 3-day limit holds (exactly 3 days).
expect_exit 0 "$corridor" check $data/gates-base.yaml --junit "$dir/check.xml"
grep -q "PASS: 1 check passed" "$dir/out"
junit "$dir/check.xml" 5 0 >/dev/null

# A variant that changes nothing on the routes: every check holds, every delta is zero.
expect_exit 0 "$corridor" compare $data/gates-base.yaml $data/gates-same.yaml --simulate \
  --fail-if 'p95_days > +0%' --junit "$dir/same.xml" --summary "$dir/same.md" --format json
"$python" - "$dir/out" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["verdict"] == "pass" and doc["failures"] == 0
assert [c["path"] for c in doc["variants"][0]["changes"]] == ["links.CA"]
for line in doc["variants"][0]["lines"]:
    for metric, d in line["deltas"].items():
        assert d["absolute"] in (0, None), (line["id"], metric, d)
PY
head -1 "$dir/same.md" | grep -q "^## PASS"
junit "$dir/same.xml" 7 0 >/dev/null

# Each --fail-if takes one expression: the files may follow it.
expect_exit 0 "$corridor" compare --fail-if 'usd > +0%' $data/gates-base.yaml $data/gates-same.yaml
grep -q "PASS: 5 checks passed" "$dir/out"

# A variant that regresses: exit 1, JUnit and annotations name the failed checks, at the lines of
# gates-base.yaml where they are written (the what-if inherits them).
expect_exit 1 "$corridor" compare $data/gates-base.yaml $data/gates-slower.yaml \
  --junit "$dir/slower.xml" --summary "$dir/slower.md" --format github
failed=$(junit "$dir/slower.xml" 5 3)
[ "$failed" = "corridor.checks.gates-slower a-c-within-3-days [A->C] in gates-slower
corridor.checks.gates-slower usd-within-10pct [A->C] in gates-slower
corridor.lines.gates-slower A->C" ]
grep -qx '::error file=tests/cli/data/gates-base.yaml,line=17,col=5::check a-c-within-3-days \[A->C\] in gates-slower failed: days 4.00 > max 3.00' "$dir/out"
grep -qx '::error file=tests/cli/data/gates-base.yaml,line=21,col=5::check usd-within-10pct \[A->C\] in gates-slower failed: usd 300.00 → 350.00 (+16.7%25, more than +10.0%25)' "$dir/out"
grep -qx '::notice::FAIL: 2 of 3 checks failed' "$dir/out"
head -1 "$dir/slower.md" | grep -q "^## FAIL"
grep -q "| A->C | days | 3.0 | 4.0 | +1.0 | +33.3 % |" "$dir/slower.md"

# --fail-if on the command line: annotated at the scenario file.
expect_exit 1 "$corridor" check $data/gates-base.yaml --fail-if 'short.usd > 150' --format github
grep -qx "::error file=tests/cli/data/gates-base.yaml::check short.usd > 150 \[short\] in gates-base failed: usd 200.00 > max 150.00 (--fail-if 'short.usd > 150')" "$dir/out"

# Bad input is exit 2, distinct from a failed check: a bad expression, a relative limit without
# a base, an unknown line, an invalid scenario (annotated at its line with --format github).
expect_exit 2 "$corridor" check $data/gates-base.yaml --fail-if 'usd >= 3'
expect_exit 2 "$corridor" check $data/gates-base.yaml --fail-if 'usd > +5%'
grep -q "a relative limit needs a base to compare with" "$dir/err"
expect_exit 2 "$corridor" check $data/gates-base.yaml --fail-if 'A->X.usd > 5'
grep -q "unknown demand line 'A->X'" "$dir/err"
expect_exit 2 "$corridor" check $data/gates-invalid.yaml --format github
grep -qx "::error file=tests/cli/data/gates-invalid.yaml,line=5,col=6::checks\[0\].demand: unknown demand line 'A->D'%0Ahint: did you mean 'A->C'?" "$dir/out"

# run --strict: exit 1 when a line has no route (and says which), 0 without --strict.
expect_exit 0 "$corridor" run $data/gates-unreachable.yaml
expect_exit 1 "$corridor" run $data/gates-unreachable.yaml --strict
grep -q "demand line B->A has no route" "$dir/err"
expect_exit 0 "$corridor" run $data/gates-base.yaml --strict
