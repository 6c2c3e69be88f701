#!/usr/bin/python3
"""Writes the peer Monte Carlo route (shared/peers results/mc_route.json) as a corridor scenario.

Each leg of the route becomes a rail link of a chain N00 -> N01 -> ... -> Nnn whose running
time is the leg's base_hours plus its delay:

  triangular(min, mode, max)  ->  {triangular: [base+min, base+mode, base+max]}
  lognormal(mu, sigma)        ->  {lognormal: {median: base+e^mu, p95: base+e^(mu+z95*sigma),
                                               shift: base}}

so that `corridor simulate` draws exactly the distribution peer_montecarlo.py draws (the
log-normal through its median and 95th percentile, which fix mu and sigma). One demand line
runs from the first node to the last; `--replications` sets the Monte Carlo size.

  tools/peers/mc_route_to_scenario.py ../shared/peers/results/mc_route.json > mc-route.yaml
"""
import argparse
import json
import math
import sys

Z95 = 1.6448536269514722  # standard normal 95th percentile


def hours(leg):
    base = float(leg["base_hours"])
    delay = leg["delay"]
    p = delay["params"]
    if delay["dist"] == "triangular":
        return "{triangular: [%r, %r, %r]}" % (
            base + p["min"], base + p["mode"], base + p["max"])
    if delay["dist"] == "lognormal":
        median = base + math.exp(p["mu"])
        p95 = base + math.exp(p["mu"] + Z95 * p["sigma"])
        return "{lognormal: {median: %r, p95: %r, shift: %r}}" % (median, p95, base)
    sys.exit("unsupported delay distribution: %s" % delay["dist"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("route", help="JSON list of legs (peer_montecarlo.py --dump-route)")
    parser.add_argument("--replications", type=int, default=1000000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with open(args.route, encoding="utf-8") as f:
        legs = json.load(f)

    out = [
        "# The peer Monte Carlo route (%d legs) as a chain, written by"
        " tools/peers/mc_route_to_scenario.py." % len(legs),
        "scenario: peer-mc-route",
        "nodes:",
    ]
    for i in range(len(legs) + 1):
        out.append("  - {id: N%02d, name: N%02d, country: KZ, kind: terminal,"
                   " source: \"estimate: synthetic benchmark chain\"}" % (i, i))
    out.append("links:")
    for i, leg in enumerate(legs):
        out.append("  - {id: L%02d, from: N%02d, to: N%02d, mode: rail, gauge: 1520,"
                   " distance_km: 100,"
                   " hours: %s, source: \"peer route leg %s\"}"
                   % (i, i, i + 1, hours(leg), leg["name"]))
    out += [
        "cargo:",
        "  - {id: box, tonnes_per_teu: 10, value_usd_per_teu: 50000,"
        " source: \"estimate: synthetic benchmark\"}",
        "demand:",
        "  - {from: N00, to: N%02d, cargo: box, teu_per_week: 1}" % len(legs),
        "simulation: {replications: %d, seed: %d}" % (args.replications, args.seed),
    ]
    print("\n".join(out))


if __name__ == "__main__":
    main()
