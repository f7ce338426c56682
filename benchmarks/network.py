"""Benchmark of the partner network: the spring layout at 100, 200 and 500 partners, from
scratch and seeded from the previous positions (as after a filter changes), median of 3.

Run: python benchmarks/network.py
"""

from __future__ import annotations

import random
import statistics
import time

import networkx

from partnerview.core.network import PartnerNetwork, PartnerNode, layout


def synthetic(nodes: int, seed: int = 7) -> PartnerNetwork:
    """A scale-free network like a partnership library's: a few hubs, many leaves."""
    graph = networkx.barabasi_albert_graph(nodes, 2, seed=seed)
    rng = random.Random(seed)
    return PartnerNetwork(
        {str(n): PartnerNode(str(n), graph.degree(n), rng.choice(["company", "university"]))
         for n in graph.nodes},
        {tuple(sorted((str(a), str(b)))): rng.randint(1, 5) for a, b in graph.edges})


def median_seconds(run, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    print(f"{'partners':>9} {'links':>6} {'layout s':>9} {'seeded s':>9}")
    for size in (40, 100, 200, 500):
        net = synthetic(size)
        first = layout(net)
        fresh = median_seconds(lambda net=net: layout(net))
        seeded = median_seconds(lambda net=net, first=first: layout(net, first))
        print(f"{size:>9} {len(net.edges):>6} {fresh:>9.2f} {seeded:>9.2f}")


if __name__ == "__main__":
    main()
