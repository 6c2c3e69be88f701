#!/usr/bin/env bash
# Route queries on the peers' networks (shared/peers/gen_network.py) in corridor and in its
# peers, from one run, with the time of each query and the peak memory of the process that
# answers it:
#   - networkx (peer_networkx.py): s-t Dijkstra (`dijkstra_path_length`) and Yen's k = 10
#     (`shortest_simple_paths`), its own timers (repeated for at least a second where faster);
#     peak memory of the script (json.load, build, the queries);
#   - pure-Python Pareto (peer_pareto.py) at 1k: its own timer and the script's peak memory;
#   - corridor: bench_peer_routing on the same files, median of 5 repetitions (the network
#     already built, as networkx's graph is); peak memory of whole `corridor routes` processes
#     (read, validate, build, the query, the report) on the network written as a scenario with
#     CSV tables by corridor-peer-scenario, scenario cache off.
# Prints one line per query and size: both times, the ratio, both answers, both peaks.
#
#   tools/bench/routing/compare_queries.sh BUILD_DIR PEER_DATA_DIR [presets]
#   e.g. CORRIDOR_PEERS=shared/peers tools/bench/routing/compare_queries.sh build/bench /tmp/peers
# BUILD_DIR: a build with the benchmarks (the bench preset). CORRIDOR_PEERS: the folder of the
# peers' scripts (default: shared/peers). networkx's Yen takes minutes at 100k (132 s for two
# paths): it runs up to 10k.
set -euo pipefail
build=$(realpath "$1")
data=$(realpath "$2")
presets=${3:-"1k 10k 100k"}
peers=$(realpath "${CORRIDOR_PEERS:-shared/peers}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CORRIDOR_CACHE_DIR=off

# peak NAME COMMAND...: runs COMMAND (stdout to $work/NAME.out) and records its peak memory.
peak() {
  local name=$1
  shift
  /usr/bin/time -f "%M" -o "$work/$name.peak" "$@" >"$work/$name.out" 2>"$work/err" ||
    { cat "$work/err" >&2; exit 1; }
}

for p in $presets; do
  skip=sssp_pred,bidir
  [ "$p" = 100k ] && skip=$skip,yen
  peak "nx_$p" /usr/bin/python3 "$peers/peer_networkx.py" "$data/net_$p.json" -k 10 --apsp off \
    --skip "$skip" --min-time 1
  query=$("$build/tools/corridor-peer-scenario" "$data/net_$p.json" "$work/net_$p.yaml" --tables |
    sed 's/^query: //')
  (cd "$work" && peak "routes_$p" "$build/corridor" routes "net_$p.yaml" $query)
  (cd "$work" && peak "routes10_$p" "$build/corridor" routes "net_$p.yaml" $query -k 10)
  if [ "$p" = 1k ]; then
    peak pareto_py /usr/bin/python3 "$peers/peer_pareto.py" "$data/net_1k.json"
    (cd "$work" && peak pareto_1k "$build/corridor" routes net_1k.yaml $query --pareto)
  fi
done
CORRIDOR_PEER_DATA=$data "$build/tools/bench/routing/bench_peer_routing" \
  --benchmark_filter='BM_Peer(ShortestPath|ShortestPathSharedWeights|EdgeWeights|Yen10|Pareto)/' \
  --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  --benchmark_format=json >"$work/corridor.json"

/usr/bin/python3 - "$work" "$presets" <<'PY'
import json, os, sys
work, presets = sys.argv[1], sys.argv[2].split()
index = {"1k": 0, "10k": 1, "100k": 2}
runs = json.load(open(f"{work}/corridor.json"))["benchmarks"]
def corridor(name, preset):
    run = next(r for r in runs if r["name"] == f"BM_Peer{name}/{index[preset]}_median")
    return run["real_time"], run  # milliseconds
def mb(name):
    path = f"{work}/{name}.peak"
    return f"{int(open(path).read()) / 1024:.0f} MB" if os.path.exists(path) else ""
def line(query, size, theirs, ours, ratio, answers, peaks):
    print(f"{query:<34} {size:>5} {theirs:>11} {ours:>10} {ratio:>7}  {answers:<30} {peaks}")
line("query", "size", "peer", "corridor", "ratio", "answers (peer / corridor)",
     "peak memory (peer / corridor)")
for p in presets:
    nx = json.load(open(f"{work}/nx_{p}.out"))
    t, a = nx["timings_s"], nx["answers"]
    st = t["st"] * 1e3
    peaks = f"{mb('nx_' + p)} / {mb('routes_' + p)}"
    for name, label in (("ShortestPath", "one shortest path, cold"),
                        ("ShortestPathSharedWeights", "one shortest path, shared weights")):
        ms, run = corridor(name, p)
        line(label, p, f"{st:.2f} ms", f"{ms:.2f} ms", f"{st / ms:.1f}x",
             f"{a['st_cost']:.6g} / {run['cost']:.6g}", peaks)
        peaks = ""
    ms, _ = corridor("EdgeWeights", p)
    line("  of which weights + reversed graph", p, "", f"{ms:.2f} ms", "", "", "")
    ms, run = corridor("Yen10", p)
    if "yen" in t and a["yen"]["k_found"] == 10:
        yen = t["yen"] * 1e3
        line("Yen k = 10", p, f"{yen:.0f} ms", f"{ms:.2f} ms", f"{yen / ms:.0f}x",
             f"{a['yen']['paths'][-1]['cost']:.7g} / {run['cost_10th']:.7g} (10th)",
             f"(routes -k 10: {mb('routes10_' + p)})")
    else:
        line("Yen k = 10", p, "(not run)", f"{ms:.2f} ms", "", f"{run['cost_10th']:.7g} (10th)",
             f"(routes -k 10: {mb('routes10_' + p)})")
    if p == "1k":
        py = json.load(open(f"{work}/pareto_py.out"))
        ms, run = corridor("Pareto", p)
        theirs = py["timings_s"]["pareto"] * 1e3
        line("Pareto set (hours, USD, CO2e)", p, f"{theirs:.0f} ms", f"{ms:.1f} ms",
             f"{theirs / ms:.0f}x", f"{py['pareto_size']} / {run['options']:.0f} options",
             f"{mb('pareto_py')} / {mb('pareto_1k')}")
PY
