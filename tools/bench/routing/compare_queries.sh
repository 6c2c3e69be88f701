#!/usr/bin/env bash
# Route queries on the peers' networks (shared/peers/gen_network.py) in corridor and in networkx,
# from one run: networkx's s-t Dijkstra (`dijkstra_path_length`) and Yen's k = 10
# (`shortest_simple_paths`) timed by peer_networkx.py (repeated for at least a second where
# faster), then corridor's bench_peer_routing on the same files (median of 5 repetitions).
# Prints one line per query and size with both times, the ratio and both answers.
#
#   tools/bench/routing/compare_queries.sh BENCH_BINARY PEER_DATA_DIR [presets]
#   e.g. CORRIDOR_PEERS=shared/peers tools/bench/routing/compare_queries.sh \
#          build/bench/tools/bench/routing/bench_peer_routing /tmp/peers "1k 10k 100k"
# CORRIDOR_PEERS: the folder of peer_networkx.py (default: shared/peers). networkx's Yen takes
# minutes at 100k (132 s for two paths): it runs up to 10k.
set -euo pipefail
bench=$(realpath "$1")
data=$(realpath "$2")
presets=${3:-"1k 10k 100k"}
peers=$(realpath "${CORRIDOR_PEERS:-shared/peers}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for p in $presets; do
  skip=sssp_pred,bidir
  [ "$p" = 100k ] && skip=$skip,yen
  /usr/bin/python3 "$peers/peer_networkx.py" "$data/net_$p.json" -k 10 --apsp off \
    --skip "$skip" --min-time 1 >"$work/nx_$p.json"
done
CORRIDOR_PEER_DATA=$data "$bench" \
  --benchmark_filter='BM_Peer(ShortestPath|ShortestPathSharedWeights|EdgeWeights|Yen10)/' \
  --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  --benchmark_format=json >"$work/corridor.json"

/usr/bin/python3 - "$work" "$presets" <<'PY'
import json, sys
work, presets = sys.argv[1], sys.argv[2].split()
index = {"1k": 0, "10k": 1, "100k": 2}
runs = json.load(open(f"{work}/corridor.json"))["benchmarks"]
def corridor(name, preset):
    key = f"BM_Peer{name}/{index[preset]}_median"
    run = next(r for r in runs if r["name"] == key)
    return run["real_time"], run  # milliseconds
print(f"{'query':<34} {'size':>5} {'networkx':>11} {'corridor':>10} {'ratio':>7}  answers")
for p in presets:
    nx = json.load(open(f"{work}/nx_{p}.json"))
    t, a = nx["timings_s"], nx["answers"]
    st = t["st"] * 1e3
    for name, label in (("ShortestPath", "one shortest path, cold"),
                        ("ShortestPathSharedWeights", "one shortest path, shared weights")):
        ms, run = corridor(name, p)
        print(f"{label:<34} {p:>5} {st:>8.2f} ms {ms:>7.2f} ms {st / ms:>6.1f}x"
              f"  {a['st_cost']:.6g} / {run['cost']:.6g}")
    ms, _ = corridor("EdgeWeights", p)
    print(f"{'  of which weights + reversed graph':<34} {p:>5} {'':>11} {ms:>7.2f} ms")
    ms, run = corridor("Yen10", p)
    if "yen" in t and a["yen"]["k_found"] == 10:
        yen = t["yen"] * 1e3
        print(f"{'Yen k = 10':<34} {p:>5} {yen:>8.0f} ms {ms:>7.2f} ms {yen / ms:>6.0f}x"
              f"  10th {a['yen']['paths'][-1]['cost']:.7g} / {run['cost_10th']:.7g}")
    else:
        print(f"{'Yen k = 10':<34} {p:>5} {'(not run)':>11} {ms:>7.2f} ms {'':>7}"
              f"  10th {run['cost_10th']:.7g}")
PY
