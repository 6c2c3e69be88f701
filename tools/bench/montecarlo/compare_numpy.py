#!/usr/bin/python3
"""Runs `corridor simulate` and the numpy peer on the same 20-leg route, whole process against
whole process, round by round, and prints both with the ratio (Markdown).

  tools/bench/montecarlo/compare_numpy.py build/release/corridor \
      [--route /work/shared/peers/results/mc_route.json] [--replications 1000000] \
      [--repetitions 5]

The route (shared/peers: peer_montecarlo.py --dump-route) is written as a chain scenario by
tools/peers/mc_route_to_scenario.py; corridor simulates it on one thread with its exact
percentiles, histograms and per-step statistics, and writes the JSON report. The peer draws
the same legs with numpy (PCG64, one vector per leg) and takes np.percentile. Each round runs
both as fresh processes, so that both see the same load on a shared machine; the table gives
the medians of wall and CPU (user + system) seconds and of the per-round ratios. Answers are
printed side by side: the random streams differ, so they agree within sampling error.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CONVERTER = os.path.join(HERE, "..", "..", "peers", "mc_route_to_scenario.py")


def timed(cmd):
    """Runs cmd; returns (wall s, CPU s, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, out


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corridor")
    ap.add_argument("--route", default="/work/shared/peers/results/mc_route.json")
    ap.add_argument("--peer", default="/work/shared/peers/peer_montecarlo.py")
    ap.add_argument("--replications", type=int, default=1000000)
    ap.add_argument("--repetitions", type=int, default=5)
    a = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        scenario = os.path.join(tmp, "mc-route.yaml")
        report = os.path.join(tmp, "mc-route.json")
        with open(scenario, "w", encoding="utf-8") as f:
            subprocess.run(["/usr/bin/python3", CONVERTER, a.route,
                            "--replications", str(a.replications)], check=True, stdout=f)
        ours_cmd = [a.corridor, "simulate", scenario, "--threads", "1", "--format", "json",
                    "-o", report]
        peer_cmd = ["/usr/bin/python3", a.peer, "--impl", "numpy", "--route", a.route,
                    "-n", str(a.replications)]
        ours, peer = [], []
        for _ in range(a.repetitions):
            ours.append(timed(ours_cmd)[:2])
            peer.append(timed(peer_cmd))
        with open(report, encoding="utf-8") as f:
            days = json.load(f)["demands"][0]["routes"][0]["days"]
        peer_run = json.loads(peer[-1][2])["runs"][0]

    med = statistics.median
    o_wall, o_cpu = med(w for w, _ in ours), med(c for _, c in ours)
    p_wall, p_cpu = med(w for w, _, _ in peer), med(c for _, c, _ in peer)
    wall_ratio = med(p[0] / o[0] for o, p in zip(ours, peer))
    cpu_ratio = med(p[1] / o[1] for o, p in zip(ours, peer))
    n = a.replications
    print("| %d replications of the 20-leg route, whole process | wall s | CPU s | "
          "replications/s (wall) |" % n)
    print("|---|---|---|---|")
    print("| corridor simulate, 1 thread, exact percentiles | %.3f | %.3f | %.3g |"
          % (o_wall, o_cpu, n / o_wall))
    print("| numpy peer (peer_montecarlo.py --impl numpy) | %.3f | %.3f | %.3g |"
          % (p_wall, p_cpu, n / p_wall))
    print("| ratio (numpy / corridor, median of rounds) | %.2f | %.2f | |"
          % (wall_ratio, cpu_ratio))
    print()
    print("corridor: mean %.2f h, P50 %.2f h, P95 %.2f h, P99 %.2f h"
          % (days["mean"] * 24, days["p50"] * 24, days["p95"] * 24, days["p99"] * 24))
    print("numpy:    mean %.2f h, P50 %.2f h, P95 %.2f h, P99 %.2f h"
          % (peer_run["mean"], peer_run["p50"], peer_run["p95"], peer_run["p99"]))


if __name__ == "__main__":
    main()
