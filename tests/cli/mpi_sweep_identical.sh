#!/usr/bin/env bash
# Under MPI (-DCORRIDOR_MPI=ON), `mpiexec -n 2 corridor sweep` writes from rank 0 the bytes one
# process writes, in every format, with and without --shard and --simulate.
#   mpi_sweep_identical.sh MPIEXEC CORRIDOR
set -euo pipefail
mpiexec=$1 corridor=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# Open MPI refuses to start as root unless told; containers and CI runners often are root.
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
args=(sweep scenarios/titr-baltic.yaml --set 'links.AKTAU-ALAT.schedule.every_hours=24,42,72'
      --set 'policy.avoid_countries=[],[RU,BY]' --threads 1)
for format in json csv text; do
  "$corridor" "${args[@]}" --format "$format" >"$dir/one.$format"
  "$mpiexec" -n 2 --oversubscribe "$corridor" "${args[@]}" --format "$format" >"$dir/two.$format"
  cmp "$dir/one.$format" "$dir/two.$format"
done
[ -s "$dir/two.json" ]
# A shard split again over the ranks, with the Monte Carlo.
sim=("${args[@]}" --simulate --replications 200 --shard 2/3 --format json)
"$corridor" "${sim[@]}" >"$dir/one-sim.json"
"$mpiexec" -n 2 --oversubscribe "$corridor" "${sim[@]}" >"$dir/two-sim.json"
cmp "$dir/one-sim.json" "$dir/two-sim.json"
