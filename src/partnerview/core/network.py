"""The partner network of a set of articles: partners as nodes (sized by their articles),
joined when an article names both (weighted by how many do), laid out by force, and
written for other tools (GraphML for Gephi, a CSV of edges for a spreadsheet).

The layout is a Fruchterman–Reingold spring layout in plain Python, seeded from the last
positions so that nodes stay put when a filter changes (networkx's own needs NumPy, a
16 MB dependency, for what is a few hundred nodes here).
"""

from __future__ import annotations

import csv
import io
import math
import random
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

#: How many partners the network shows unless asked for more.
DEFAULT_TOP = 40
Position = tuple[float, float]


@dataclass(frozen=True)
class PartnerNode:
    """A partner: its name, how many of the articles name it, and what kind it is."""

    name: str
    articles: int
    kind: str  # "company", "university" or "other"


@dataclass
class PartnerNetwork:
    """Partners and the articles they share."""

    nodes: dict[str, PartnerNode] = field(default_factory=dict)
    edges: dict[tuple[str, str], int] = field(default_factory=dict)  # sorted pair -> shared
    articles: int = 0  # how many articles it was drawn from

    def top(self, count: int) -> PartnerNetwork:
        """The ``count`` partners with the most articles, and the edges between them."""
        kept = dict(sorted(self.nodes.items(), key=lambda kv: (-kv[1].articles, kv[0]))
                    [:max(0, count)])
        return PartnerNetwork(kept, {pair: weight for pair, weight in self.edges.items()
                                     if pair[0] in kept and pair[1] in kept}, self.articles)

    def graph(self) -> object:
        """The network as a networkx graph (node attributes: articles, kind; edge: weight)."""
        import networkx

        graph = networkx.Graph()
        for node in self.nodes.values():
            graph.add_node(node.name, articles=node.articles, kind=node.kind)
        for (a, b), weight in self.edges.items():
            graph.add_edge(a, b, weight=weight)
        return graph


def build(partner_lists: Iterable[list[str]], kind_of: Callable[[str], str]) -> PartnerNetwork:
    """The network of articles given by their partners (one list an article)."""
    counts: Counter[str] = Counter()
    edges: Counter[tuple[str, str]] = Counter()
    articles = 0
    for partners in partner_lists:
        names = sorted(set(partners))
        articles += 1
        counts.update(names)
        edges.update((a, b) for i, a in enumerate(names) for b in names[i + 1:])
    return PartnerNetwork({name: PartnerNode(name, count, kind_of(name))
                           for name, count in counts.items()}, dict(edges), articles)


def layout(network: PartnerNetwork, previous: dict[str, Position] | None = None,
           iterations: int | None = None) -> dict[str, Position]:
    """Positions in [-1, 1]² from a spring layout: joined partners pull together, all push
    apart; nodes placed before start where they were, and move less. Each round costs the
    square of the nodes: big networks get fewer rounds (100 up to 100 nodes, 30 at 500)."""
    names = sorted(network.nodes)
    if not names:
        return {}
    iterations = iterations or max(30, min(100, 10_000 // len(names)))
    previous = previous or {}
    rng = random.Random(len(names))  # the same network always gets the same picture
    pos = {n: list(previous.get(n) or (rng.uniform(-1, 1), rng.uniform(-1, 1))) for n in names}
    settled = sum(1 for n in names if n in previous) / len(names)
    k = 3.0 / math.sqrt(len(names))  # the distance two nodes settle at
    temperature = 0.3 * (1 - 0.8 * settled)  # a known picture is only adjusted
    heaviest = max(network.edges.values(), default=1)
    linked = {n for pair in network.edges for n in pair}
    # Gravity holds partners without links near the others, not in a far ring.
    gravity = {n: 0.1 if n in linked else 0.6 for n in names}
    for _ in range(iterations):
        moves = {n: [0.0, 0.0] for n in names}
        for i, a in enumerate(names):
            ax, ay = pos[a]
            move_a = moves[a]
            for b in names[i + 1:]:
                dx, dy = ax - pos[b][0], ay - pos[b][1]
                distance2 = max(dx * dx + dy * dy, 1e-6)
                push = k * k / distance2
                move_a[0] += dx * push
                move_a[1] += dy * push
                moves[b][0] -= dx * push
                moves[b][1] -= dy * push
        for (a, b), weight in network.edges.items():
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            distance = math.sqrt(dx * dx + dy * dy) or 1e-3
            pull = distance / k * (0.5 + weight / heaviest)
            moves[a][0] -= dx * pull
            moves[a][1] -= dy * pull
            moves[b][0] += dx * pull
            moves[b][1] += dy * pull
        for n in names:
            x, y = pos[n]
            mx, my = moves[n][0] - x * gravity[n], moves[n][1] - y * gravity[n]
            length = math.sqrt(mx * mx + my * my) or 1.0
            step = min(length, temperature)
            pos[n] = [x + mx / length * step, y + my / length * step]
        temperature *= 0.95
    return _fitted({n: (p[0], p[1]) for n, p in pos.items()})


def _fitted(pos: dict[str, Position]) -> dict[str, Position]:
    """The positions scaled into [-1, 1]² (one node sits in the middle)."""
    span = max((max(abs(x), abs(y)) for x, y in pos.values()), default=0.0)
    if span == 0 or len(pos) == 1:
        return {n: (0.0, 0.0) for n in pos} if len(pos) == 1 else pos
    return {n: (x / span, y / span) for n, (x, y) in pos.items()}


def to_graphml(network: PartnerNetwork) -> str:
    """GraphML (Gephi, Cytoscape, yEd), written by networkx."""
    import networkx

    return "\n".join(networkx.generate_graphml(network.graph())) + "\n"


def to_csv(network: PartnerNetwork) -> str:
    """A CSV table of edges (Source, Target, Weight: Gephi's edge list) and, for partners
    no edge joins, a row with no target."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Source", "Target", "Weight", "Source articles", "Target articles"])
    joined = set()
    for (a, b), weight in sorted(network.edges.items(), key=lambda kv: (-kv[1], kv[0])):
        writer.writerow([a, b, weight, network.nodes[a].articles, network.nodes[b].articles])
        joined.update((a, b))
    for name in sorted(set(network.nodes) - joined):
        writer.writerow([name, "", 0, network.nodes[name].articles, ""])
    return out.getvalue()
