#!/usr/bin/env bash
# Loading a peer network (shared/peers/gen_network.py) in corridor and in networkx, from one run:
# networkx's json.load + DiGraph build (peer_networkx.py, its own timers), and whole corridor
# processes on the same network written by corridor-peer-scenario as YAML with CSV tables and
# as one YAML file: `validate` (read, validate, plausibility checks) and `routes -k 10` between
# the network's suggested places (read, validate, build, ten corridors, report). Wall time and
# peak memory (maximum resident set) of each process with /usr/bin/time; corridor's runs are
# the median of RUNS, networkx's one run of its script. corridor's plain runs read the files
# (CORRIDOR_CACHE_DIR=off); the "cold cache" runs also write the scenario cache (each into an
# empty cache), the "warm cache" runs read it (docs/scenario-format.md, "The scenario cache").
#
#   tools/bench/routing/compare_load.sh BUILD_DIR PEER_DATA_DIR [preset] [runs]
#   e.g. CORRIDOR_PEERS=shared/peers tools/bench/routing/compare_load.sh build/ci /tmp/peers 100k 3
# CORRIDOR_PEERS: the folder of peer_networkx.py (default: shared/peers).
set -euo pipefail
build=$1
data=$2
preset=${3:-100k}
runs=${4:-3}
peers=$(realpath "${CORRIDOR_PEERS:-shared/peers}")
corridor=$(realpath "$build/corridor")
converter=$(realpath "$build/tools/corridor-peer-scenario")
net=$(realpath "$data/net_$preset.json")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CORRIDOR_CACHE_DIR=off

query=$("$converter" "$net" "$work/tables.yaml" --tables | sed 's/^query: //')
"$converter" "$net" "$work/yaml.yaml" >/dev/null
bytes() { du -cb "$@" | tail -1 | cut -f1; }
tables_mb=$(bytes "$work"/tables.yaml "$work"/tables.*.csv)
yaml_mb=$(bytes "$work/yaml.yaml")

# measure NAME RUNS COMMAND...: prints NAME, the median wall and CPU (user + system) seconds
# and the largest peak memory of RUNS runs. On a shared machine wall time includes the time
# other processes held the cores; CPU time does not.
measure() {
  local name=$1 n=$2
  shift 2
  : >"$work/times"
  for _ in $(seq "$n"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" ||
      { cat "$work/err" >&2; exit 1; }
    cat "$work/time" >>"$work/times"
  done
  local wall cpu peak
  wall=$(cut -d' ' -f1 "$work/times" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
  cpu=$(awk '{print $2 + $3}' "$work/times" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
  peak=$(cut -d' ' -f4 "$work/times" | sort -n | tail -1)
  printf "%s: wall %.2f s, CPU %.2f s, peak %.0f MB\n" "$name" "$wall" "$cpu" "$((peak / 1024))"
}

awk -v net="$net" -v t="$tables_mb" -v y="$yaml_mb" \
  'BEGIN {printf "network: %s (tables %.1f MB, YAML %.1f MB)\n", net, t / 1e6, y / 1e6}'
/usr/bin/time -f "%e %U %S %M" -o "$work/nx.time" /usr/bin/python3 "$peers/peer_networkx.py" "$net" \
  --skip sssp_pred,st,bidir,yen --apsp off --min-time 0 >"$work/nx.json"
/usr/bin/python3 - "$work/nx.json" "$work/nx.time" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))["timings_s"]
wall, user, system, rss = open(sys.argv[2]).read().split()
print(f"networkx: load {t['load']:.2f} s + build {t['build']:.2f} s = {t['load'] + t['build']:.2f} s; "
      f"whole script wall {float(wall):.2f} s, CPU {float(user) + float(system):.2f} s, "
      f"peak {int(rss) / 1024:.0f} MB")
PY
(cd "$work" && measure "corridor-validate-tables" "$runs" "$corridor" validate tables.yaml)
(cd "$work" && measure "corridor-routes-k10-tables" "$runs" "$corridor" routes tables.yaml $query -k 10)
(cd "$work" && CORRIDOR_MAX_SCENARIO_MB=1024 measure "corridor-validate-yaml" 1 "$corridor" validate yaml.yaml)

# The scenario cache: a cold run loads the files and writes the cache, a warm one reads it.
with_cache=(env CORRIDOR_CACHE_DIR="$work/cache")
(cd "$work" && rm -rf cache &&
  measure "corridor-validate-tables-cold-cache" 1 "${with_cache[@]}" "$corridor" validate tables.yaml)
(cd "$work" && measure "corridor-validate-tables-warm-cache" "$runs" "${with_cache[@]}" "$corridor" validate tables.yaml)
(cd "$work" && measure "corridor-routes-k10-tables-warm-cache" "$runs" "${with_cache[@]}" "$corridor" routes tables.yaml $query -k 10)
export CORRIDOR_MAX_SCENARIO_MB=1024
(cd "$work" && measure "corridor-validate-yaml-cold-cache" 1 "${with_cache[@]}" "$corridor" validate yaml.yaml)
(cd "$work" && measure "corridor-validate-yaml-warm-cache" "$runs" "${with_cache[@]}" "$corridor" validate yaml.yaml)
(cd "$work" && measure "corridor-routes-k10-yaml-warm-cache" "$runs" "${with_cache[@]}" "$corridor" routes yaml.yaml $query -k 10)
