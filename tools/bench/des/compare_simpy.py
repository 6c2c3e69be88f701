#!/usr/bin/python3
"""Runs corridor's discrete-event benchmarks and the SimPy peer on the same workloads, round
by round, and prints both with the ratio (Markdown).

  tools/bench/des/compare_simpy.py build/bench/tools/bench/des/bench_des \
      [--peer /work/shared/peers/peer_simpy.py] [--repetitions 5]

Workloads (shared/peers/peer_simpy.py): the chain of six servers and a timetabled ferry with
100,000 shipments, and M/M/1 at rho = 0.8 with 500,000 customers. Each round runs corridor's
benchmark (Google Benchmark, wall time of one simulation) and then SimPy's (the wall time of
its simulate(), in a fresh process), so that both see the same load on a shared machine; the
table gives the medians of the rates and of the per-round ratios. Answers
are printed side by side: they come from different random streams, so they agree within
sampling error, not to the digit.
"""
import argparse
import json
import statistics
import subprocess
import sys

def corridor_run(binary):
    out = subprocess.run(
        [binary, "--benchmark_filter=BM_Chain/shipments:100000/real_time$|BM_MMc/customers:500000/c:1",
         "--benchmark_format=json"],
        check=True, capture_output=True, text=True).stdout
    return {b["run_name"]: b for b in json.loads(out)["benchmarks"]}


def simpy_run(peer, scenario):
    out = subprocess.run(["/usr/bin/python3", peer, "--scenario", scenario],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["results"][0]


def median(xs):
    return statistics.median(xs)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bench_des")
    ap.add_argument("--peer", default="/work/shared/peers/peer_simpy.py")
    ap.add_argument("--repetitions", type=int, default=5)
    a = ap.parse_args()

    # Interleaved, so that both see the same load on a shared machine; ratios are taken per
    # round, then the median.
    chain, mm1, peer_chain, peer_mm1 = [], [], [], []
    for _ in range(a.repetitions):
        ours = corridor_run(a.bench_des)
        chain.append(ours["BM_Chain/shipments:100000/real_time"])
        mm1.append(ours["BM_MMc/customers:500000/c:1/real_time"])
        peer_chain.append(simpy_run(a.peer, "chain"))
        peer_mm1.append(simpy_run(a.peer, "mm1"))

    c_rate = median([b["shipments/s"] for b in chain])
    p_rate = median([r["shipments_per_s"] for r in peer_chain])
    m_rate = median([b["customers/s"] for b in mm1])
    q_rate = median([r["customers_per_s"] for r in peer_mm1])
    # Rates in the CPU time of the simulating thread: what the simulation itself used, when
    # other processes share the cores (SimPy reports wall time only).
    c_cpu = median([100000 / (b["cpu_time"] / 1e3) for b in chain])
    m_cpu = median([500000 / (b["cpu_time"] / 1e3) for b in mm1])
    c_ratio = median([b["shipments/s"] / r["shipments_per_s"] for b, r in zip(chain, peer_chain)])
    m_ratio = median([b["customers/s"] / r["customers_per_s"] for b, r in zip(mm1, peer_mm1)])
    last = chain[-1]
    pc = peer_chain[-1]["transit_hours"]
    print("| workload | corridor | corridor, CPU time | SimPy 2.3.1 | ratio | corridor answer | "
          "SimPy answer |")
    print("|---|---:|---:|---:|---:|---|---|")
    print("| chain K=6 + ferry, 100k shipments: shipments/s | %.2f M/s | %.2f M/s | %.1f k/s | "
          "%.0f x | "
          "transit mean %.2f h, P50 %.2f, P95 %.2f, P99 %.2f | "
          "transit mean %.2f h, P50 %.2f, P95 %.2f, P99 %.2f |" % (
              c_rate / 1e6, c_cpu / 1e6, p_rate / 1e3, c_ratio,
              last["transit_mean_h"], last["transit_p50_h"], last["transit_p95_h"],
              last["transit_p99_h"], pc["mean"], pc["p50"], pc["p95"], pc["p99"]))
    lm = mm1[-1]
    pm = peer_mm1[-1]
    print("| M/M/1 rho=0.8, 500k customers: customers/s | %.2f M/s | %.2f M/s | %.1f k/s | "
          "%.0f x | "
          "Wq %.3f +- %.3f (analytic 4.000) | Wq %.3f +- %.3f (analytic %.3f) |" % (
              m_rate / 1e6, m_cpu / 1e6, q_rate / 1e3, m_ratio, lm["Wq"], lm["Wq_ci95"],
              pm["Wq_simulated"], pm["Wq_ci95_halfwidth"], pm["Wq_analytic"]))
    print()
    print("%d rounds, each running corridor's benchmark (Google Benchmark, wall time per "
          "simulation) then SimPy's simulate() in a fresh process; medians of the rates and of "
          "the per-round ratios." % a.repetitions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
