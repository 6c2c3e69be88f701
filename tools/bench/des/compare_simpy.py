#!/usr/bin/python3
"""Runs corridor's discrete-event benchmarks and the SimPy peer on the same workloads, one
after the other, and prints both with the ratio (Markdown).

  tools/bench/des/compare_simpy.py build/bench/tools/bench/des/bench_des \
      [--peer /work/shared/peers/peer_simpy.py] [--repetitions 3]

Workloads (shared/peers/peer_simpy.py): the chain of six servers and a timetabled ferry with
100,000 shipments, and M/M/1 at rho = 0.8 with 500,000 customers. corridor's figures are the
median over repetitions of the wall time of one simulation (Google Benchmark, real time);
SimPy's are the wall time of its simulate() in one process per repetition, median. Answers
are printed side by side: they come from different random streams, so they agree within
sampling error, not to the digit.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def corridor_runs(binary, repetitions):
    out = subprocess.run(
        [binary, "--benchmark_filter=BM_Chain/shipments:100000/real_time$|BM_MMc/customers:500000/c:1",
         "--benchmark_format=json", "--benchmark_repetitions=%d" % repetitions],
        check=True, capture_output=True, text=True).stdout
    runs = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        runs.setdefault(b["run_name"], []).append(b)
    return runs


def simpy_runs(peer, scenario, repetitions):
    results = []
    for _ in range(repetitions):
        out = subprocess.run(["/usr/bin/python3", peer, "--scenario", scenario],
                             check=True, capture_output=True, text=True).stdout
        results.append(json.loads(out)["results"][0])
    return results


def median(xs):
    return statistics.median(xs)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bench_des")
    ap.add_argument("--peer", default="/work/shared/peers/peer_simpy.py")
    ap.add_argument("--repetitions", type=int, default=3)
    a = ap.parse_args()

    ours = corridor_runs(a.bench_des, a.repetitions)
    chain = ours["BM_Chain/shipments:100000/real_time"]
    mm1 = ours["BM_MMc/customers:500000/c:1/real_time"]
    peer_chain = simpy_runs(a.peer, "chain", a.repetitions)
    peer_mm1 = simpy_runs(a.peer, "mm1", a.repetitions)

    c_rate = median([b["shipments/s"] for b in chain])
    p_rate = median([r["shipments_per_s"] for r in peer_chain])
    m_rate = median([b["customers/s"] for b in mm1])
    q_rate = median([r["customers_per_s"] for r in peer_mm1])
    last = chain[-1]
    pc = peer_chain[-1]["transit_hours"]
    print("| workload | corridor | SimPy 2.3.1 | ratio | corridor answer | SimPy answer |")
    print("|---|---:|---:|---:|---|---|")
    print("| chain K=6 + ferry, 100k shipments: shipments/s | %.2f M/s | %.1f k/s | %.0f x | "
          "transit mean %.2f h, P50 %.2f, P95 %.2f, P99 %.2f | "
          "transit mean %.2f h, P50 %.2f, P95 %.2f, P99 %.2f |" % (
              c_rate / 1e6, p_rate / 1e3, c_rate / p_rate,
              last["transit_mean_h"], last["transit_p50_h"], last["transit_p95_h"],
              last["transit_p99_h"], pc["mean"], pc["p50"], pc["p95"], pc["p99"]))
    lm = mm1[-1]
    pm = peer_mm1[-1]
    print("| M/M/1 rho=0.8, 500k customers: customers/s | %.2f M/s | %.1f k/s | %.0f x | "
          "Wq %.3f +- %.3f (analytic 4.000) | Wq %.3f +- %.3f (analytic %.3f) |" % (
              m_rate / 1e6, q_rate / 1e3, m_rate / q_rate, lm["Wq"], lm["Wq_ci95"],
              pm["Wq_simulated"], pm["Wq_ci95_halfwidth"], pm["Wq_analytic"]))
    print()
    print("corridor: median of %d repetitions (Google Benchmark, wall time per simulation); "
          "SimPy: median of %d processes (simulate() wall time)." % (a.repetitions, a.repetitions))
    return 0


if __name__ == "__main__":
    sys.exit(main())
