#!/usr/bin/env bash
# The example CI's gate (examples/ci/corridor-gate.sh, the commands both example workflows run)
# on a scenario library of its own: one what-if that holds, then one that regresses, then an
# invalid one. Asserts the exit codes, the JUnit files (read by a real XML parser), the job
# summary and the annotations.
set -euo pipefail
corridor=$1
python=$2
gate=examples/ci/corridor-gate.sh
data=tests/cli/data
lib=$(mktemp -d)
trap 'rm -rf "$lib"' EXIT
mkdir "$lib/scenarios"
cp $data/gates-base.yaml $data/gates-same.yaml "$lib/scenarios/"

run_gate() {  # CODE ARGS...: runs the gate, fails unless it exits CODE
  local code=$1
  shift
  set +e
  "$gate" -c "$corridor" -d "$lib/scenarios" -o "$lib/reports" "$@" >"$lib/out" 2>"$lib/err"
  local got=$?
  set -e
  if [ "$got" != "$code" ]; then
    echo "expected exit $code, got $got" >&2
    cat "$lib/out" "$lib/err" >&2
    exit 1
  fi
}

# junit FILE TESTS FAILURES: prints the failed cases' names.
junit() {
  "$python" - "$@" <<'PY'
import sys
import xml.etree.ElementTree as ET
path, tests, failures = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
root = ET.parse(path).getroot()
cases = root.findall("./testsuite/testcase")
failed = [c for c in cases if c.find("failure") is not None]
assert len(cases) == tests, (path, len(cases), tests)
assert len(failed) == failures, (path, len(failed), failures)
print("\n".join(sorted(c.get("name") for c in failed)))
PY
}

# A what-if that changes nothing the routes use: every check holds, exit 0.
run_gate 0
ls "$lib/reports" | sort >"$lib/files"
printf '%s\n' gates-base.check.md gates-base.check.xml gates-same.check.md gates-same.check.xml \
  gates-same.compare.md gates-same.compare.xml summary.md | diff - "$lib/files"
junit "$lib/reports/gates-base.check.xml" 5 0 >/dev/null
junit "$lib/reports/gates-same.compare.xml" 5 0 >/dev/null
[ "$(grep -c '^## PASS' "$lib/reports/summary.md")" = 3 ]
if grep -q '^## FAIL' "$lib/reports/summary.md"; then exit 1; fi
[ "$(grep -c '^::error' "$lib/out" || true)" = 0 ]

# Add a what-if that regresses: exit 1; its check and its comparison fail, at the lines of
# gates-base.yaml where the checks are written; the other reports still pass.
cp $data/gates-slower.yaml "$lib/scenarios/"
run_gate 1
[ "$(junit "$lib/reports/gates-slower.compare.xml" 5 3)" = "A->C
a-c-within-3-days [A->C] in gates-slower
usd-within-10pct [A->C] in gates-slower" ]
[ "$(junit "$lib/reports/gates-slower.check.xml" 5 2)" = "A->C
a-c-within-3-days [A->C] in gates-slower" ]
junit "$lib/reports/gates-same.compare.xml" 5 0 >/dev/null
grep -q "^::error file=$lib/scenarios/gates-base.yaml,line=21,col=5::check usd-within-10pct \[A->C\] in gates-slower failed" "$lib/out"
grep -q '^## FAIL — corridor compare' "$lib/reports/summary.md"

# Only the what-ifs named are compared (a pull request that changes gates-same): the
# regressing what-if's own check still fails the job.
rm -r "$lib/reports"
run_gate 1 "$lib/scenarios/gates-same.yaml"
if [ -e "$lib/reports/gates-slower.compare.xml" ]; then exit 1; fi
junit "$lib/reports/gates-same.compare.xml" 5 0 >/dev/null

# An invalid scenario: exit 2, annotated at its line, and the other reports are still written.
rm "$lib/scenarios/gates-slower.yaml"
cp $data/gates-invalid.yaml "$lib/scenarios/"
run_gate 2
grep -q "^::error file=$lib/scenarios/gates-invalid.yaml,line=5,col=6::checks\[0\].demand: unknown demand line 'A->D'" "$lib/out"
junit "$lib/reports/gates-same.compare.xml" 5 0 >/dev/null
