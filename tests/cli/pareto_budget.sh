#!/usr/bin/env bash
# A Pareto search that reaches its label budget still gives a report: the line lists the exact
# options found, says `complete: false` with the reason, and every other line of the plan is
# still there (the budget used to end the run with exit 2 and no report at all).
#
#   pareto_budget.sh CORRIDOR PYTHON
set -euo pipefail
corridor=$1
python=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
flagship=scenarios/titr-baltic.yaml

"$corridor" run "$flagship" --pareto --format json >"$dir/full.json"
"$corridor" run "$flagship" --pareto --pareto-max-labels 100 --format json >"$dir/budget.json"
"$corridor" run "$flagship" --pareto --pareto-max-labels 100 >"$dir/budget.txt"

"$python" - "$dir/full.json" "$dir/budget.json" <<'PY'
import json, sys
full = json.load(open(sys.argv[1]))["demands"]
budget = json.load(open(sys.argv[2]))["demands"]
assert len(budget) == len(full), (len(budget), len(full))
message = "the Pareto search stopped at its budget of 100 labels"
cut = listed = 0
for f, b in zip(full, budget):
    assert (b["from"], b["to"], b["cargo"]) == (f["from"], f["to"], f["cargo"])
    # The ranked routes do not depend on the Pareto budget.
    assert b["routes"] == f["routes"], (b["from"], b["to"])
    assert not any("Pareto" in w for w in f["warnings"])
    if not any(message in w for w in b["warnings"]):
        assert b["pareto"] == f["pareto"] and b["complete"] == f["complete"]
        continue
    cut += 1
    assert b["complete"] is False
    # What was found is listed: fewer options, each one of the full front (compared without
    # `wins`: a truncated front has fewer options to beat).
    def key(o):
        return json.dumps({k: v for k, v in o.items() if k != "wins"}, sort_keys=True)
    front = {key(o) for o in f["pareto"]}
    assert len(b["pareto"]) < len(f["pareto"]), (len(b["pareto"]), len(f["pareto"]))
    for o in b["pareto"]:
        assert key(o) in front, o["corridor"]
    listed += len(b["pareto"])
assert cut > 0 and listed > 0, (cut, listed)
print("lines:", len(budget), "cut by the budget:", cut, "options listed on them:", listed)
PY
grep -q "the Pareto search stopped at its budget of 100 labels" "$dir/budget.txt"
echo ok
