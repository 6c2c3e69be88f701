#!/usr/bin/env bash
# Times the command a user runs for the x3 what-if: a year at three times the volumes, 10
# replications, end to end (load, route, simulate, write the report). Uses hyperfine when it is
# installed, else /usr/bin/time (wall and CPU time of each run).
#   tools/bench/des/capacity_cli.sh [path/to/corridor] [runs]
set -euo pipefail
cd "$(dirname "$0")/../../.."
corridor=${1:-build/ci/corridor}
runs=${2:-5}
command="$corridor capacity scenarios/titr-2030-x3.yaml --replications 10 --no-progress"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs "$runs" --output null "$command"
else
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e s wall, %U s user, %S s system" $command >/dev/null
  done
fi
