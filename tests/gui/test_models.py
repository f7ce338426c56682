"""Every Qt model passes Qt's model tester."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex

from partnerview.core.search import Hit
from partnerview.gui.article_table import ArticleTableModel
from partnerview.gui.facet_panel import FacetModel

HITS = [Hit(f"id{i}", f"Title {i}", f"20{10 + i}-01-0{i % 9 + 1}", "day", 1.0 / (i + 1),
            f"snippet <b>{i}</b>", ["Huawei"], ["Kunpeng"]) for i in range(12)]


def test_article_table_model(qtmodeltester: Any) -> None:
    model = ArticleTableModel()
    model.set_hits(HITS[:10], total=12)
    model.set_marks({"id1"}, {"id2": 3})
    asked: list[int] = []
    model.more_requested.connect(asked.append)
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)  # the tester scrolls to the end: the next page is asked for
    assert asked == [10]
    model.append_hits(HITS[10:])
    assert model.rowCount() == 12
    qtmodeltester.check(model)


def test_facet_model(qtmodeltester: Any) -> None:
    model = FacetModel()
    model.set_counts({"partners": {"Huawei": 5, "ECNU": 2}, "years": {"2019": 1, "2025": 3},
                      "kinds": {}}, {"partners": ("ECNU",), "fields": ("Kunpeng",)})
    qtmodeltester.check(model)
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups == ["Partners  ·  1 chosen", "Fields  ·  1 chosen", "Years"]
    years = model.index(2, 0)
    assert [model.index(r, 0, years).data() for r in range(2)] == ["2025", "2019"]
