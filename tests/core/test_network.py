"""The partner network: who shares articles with whom, its layout and its exports."""

from __future__ import annotations

import csv
import io
import math

import networkx
import pytest

from partnerview.cli import main
from partnerview.core.library import Library
from partnerview.core.network import build, layout, to_csv, to_graphml
from partnerview.core.search import SearchQuery

ARTICLES = [["Huawei", "Nile University"], ["Huawei", "Nile University", "Orion Labs"],
            ["ZTE", "Nile University"], ["Tembo College"]]
KINDS = {"Huawei": "company", "ZTE": "company", "Orion Labs": "company"}


def network():
    return build(ARTICLES, lambda name: KINDS.get(name, "university"))


def test_partners_are_sized_by_articles_and_joined_by_the_articles_they_share() -> None:
    net = network()
    assert {n: (v.articles, v.kind) for n, v in net.nodes.items()} == {
        "Huawei": (2, "company"), "Nile University": (3, "university"),
        "Orion Labs": (1, "company"), "ZTE": (1, "company"), "Tembo College": (1, "university")}
    assert net.edges == {("Huawei", "Nile University"): 2, ("Huawei", "Orion Labs"): 1,
                         ("Nile University", "Orion Labs"): 1, ("Nile University", "ZTE"): 1}
    assert net.articles == 4
    top = net.top(2)
    assert set(top.nodes) == {"Nile University", "Huawei"}
    assert top.edges == {("Huawei", "Nile University"): 2}


def test_the_layout_keeps_nodes_apart_and_in_place_when_a_filter_changes() -> None:
    net = network()
    first = layout(net)
    assert set(first) == set(net.nodes)
    assert all(-1 <= x <= 1 and -1 <= y <= 1 for x, y in first.values())
    names = sorted(first)
    closest = min(math.dist(first[a], first[b]) for i, a in enumerate(names)
                  for b in names[i + 1:])
    assert closest > 0.05  # no two partners drawn on top of each other
    assert layout(net) == first  # the same network, the same picture
    smaller = net.top(4)  # Tembo College filtered away
    again = layout(smaller, first)
    moved = max(math.dist(first[n], again[n]) for n in smaller.nodes)
    assert moved < 0.5  # the others stay about where they were


def test_graphml_reads_back_in_networkx_and_csv_in_a_spreadsheet() -> None:
    net = network()
    graph = networkx.parse_graphml(to_graphml(net))
    assert graph.number_of_nodes() == 5 and graph.number_of_edges() == 4
    assert graph.nodes["Nile University"] == {"articles": 3, "kind": "university"}
    assert graph.edges["Huawei", "Nile University"]["weight"] == 2
    rows = list(csv.DictReader(io.StringIO(to_csv(net))))
    assert rows[0] == {"Source": "Huawei", "Target": "Nile University", "Weight": "2",
                       "Source articles": "2", "Target articles": "3"}
    assert rows[-1]["Source"] == "Tembo College" and rows[-1]["Target"] == ""


def test_the_network_of_a_search_in_the_library(library: Library) -> None:
    net = library.partner_network(SearchQuery.make("", {"partners": ["Huawei"]}))
    assert net.nodes["Huawei"].articles == 5 and net.nodes["Huawei"].kind == "company"
    assert net.nodes["East China Normal University"].kind == "university"
    assert net.edges[("East China Normal University", "Huawei")] == 2
    assert library.partner_network(SearchQuery.make("kunpeng")).articles == \
        library.search("kunpeng").total


@pytest.mark.parametrize("format_", ["graphml", "csv", "png", "svg"])
def test_cli_writes_the_network_in_each_format(
        library: Library, tmp_path, capsys: pytest.CaptureFixture[str], format_: str) -> None:
    folder = str(library.folder)
    library.close()
    target = tmp_path / f"net.{format_}"
    assert main(["--data-dir", folder, "network", "--partner", "Huawei", "--format", format_,
                 "-o", str(target)]) == 0
    data = target.read_bytes()
    if format_ == "graphml":
        assert "Huawei" in networkx.parse_graphml(data.decode("utf-8")).nodes
    elif format_ == "csv":
        assert "Huawei" in data.decode("utf-8")
    elif format_ == "png":
        assert data.startswith(b"\x89PNG")
    else:
        import xml.dom.minidom

        assert xml.dom.minidom.parseString(data).documentElement.tagName == "svg"
    assert "Wrote" in capsys.readouterr().out
