#!/usr/bin/env bash
# Under MPI (-DCORRIDOR_MPI=ON), `mpiexec -n 2 corridor criticality` writes from rank 0 the
# bytes one process writes, in every format.
#   mpi_identical.sh MPIEXEC CORRIDOR
set -euo pipefail
mpiexec=$1 corridor=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# Open MPI refuses to start as root unless told; containers and CI runners often are root.
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
args=(criticality scenarios/titr-baltic.yaml --ends --pairs 6 --threads 1)
for format in json csv text; do
  "$corridor" "${args[@]}" --format "$format" >"$dir/one.$format"
  "$mpiexec" -n 2 --oversubscribe "$corridor" "${args[@]}" --format "$format" >"$dir/two.$format"
  cmp "$dir/one.$format" "$dir/two.$format"
done
# Two ranks really split the work: each evaluates its share (checked by the unit tests of
# distributed::share); here, the output of rank 1 is empty.
[ -s "$dir/two.json" ]
# Commands that do not split their work refuse to run on several ranks.
if "$mpiexec" -n 2 --oversubscribe "$corridor" run scenarios/titr-baltic.yaml >"$dir/run.out" 2>&1; then
  echo "expected corridor run to refuse two ranks"; exit 1
fi
grep -q "only \`corridor criticality\` and \`corridor sweep\` split their work over MPI ranks" \
  "$dir/run.out"
