"""The facet panel: values clicked as a person clicks them."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from partnerview.gui.dialogs import FacetValuesDialog
from partnerview.gui.facet_panel import FACET_ROLE
from partnerview.gui.main_window import MainWindow
from tests.gui.conftest import rows


def value_rect(window: MainWindow, group: int, name: str) -> QRect:
    """Where a facet value's row is drawn in the tree."""
    model, tree = window.facets.model, window.facets.tree
    parent = model.index(group, 0)
    index = next(model.index(r, 0, parent) for r in range(model.rowCount(parent))
                 if model.index(r, 0, parent).data() == name)
    return tree.visualRect(index)


def click(qtbot: Any, window: MainWindow, where: QPoint) -> Any:
    with qtbot.waitSignal(window.search_finished) as blocker:
        qtbot.mouseClick(window.facets.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    return blocker.args[0]


def test_clicking_a_facet_value_filters_list_and_counts(qtbot: Any, window: MainWindow) -> None:
    wut = "Wuhan University of Technology"
    result = click(qtbot, window, value_rect(window, 0, wut).center())  # on the name
    assert result.total == 1
    assert rows(window) == ["WUT and Huawei Signed a Agreement to Continue to Build the ICT "
                            "Innovative Talent Center"]
    # Counts follow: the partners of the other articles stay countable (OR within a facet).
    assert result.facets["partners"]["East China Normal University"] == 2
    assert window.query.filter_dict == {"partners": (wut,)}
    # A chip shows the filter; clicking it removes the filter.
    chips = [c for c in window.search_bar.chips.findChildren(type(window.reader.star))
             if c.objectName() == "filterChip"]
    assert [c.text() for c in chips] == [f"Partner: {wut}  ✕"]
    with qtbot.waitSignal(window.search_finished) as blocker:
        qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    assert blocker.args[0].total == 5


@pytest.mark.parametrize("spot", ["check box", "name", "count"])
def test_a_click_anywhere_on_a_value_toggles_it_once(qtbot: Any, window: MainWindow,
                                                      spot: str) -> None:
    header = window.facets.tree.header()
    count_x = header.sectionPosition(1) + header.sectionSize(1) // 2

    def where() -> QPoint:
        rect = value_rect(window, 0, "Chongqing University")  # again: the list is refreshed
        x = {"check box": rect.left() + 8, "name": rect.center().x(), "count": count_x}[spot]
        return QPoint(x, rect.center().y())

    assert click(qtbot, window, where()).total == 1
    assert window.query.filter_dict == {"partners": ("Chongqing University",)}
    assert click(qtbot, window, where()).total == 5
    assert window.query.filter_dict == {}


def test_show_all_lists_every_value_to_sort_filter_and_choose(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    model, tree = window.facets.model, window.facets.tree
    people = next(r for r in range(model.rowCount()) if model.index(r, 0).data(FACET_ROLE)
                  == "people")
    group = model.index(people, 0)
    last = model.index(model.rowCount(group) - 1, 0, group)
    assert last.data() == "Show all 34…" and group.data() == "People  (25 of 34)"
    assert not last.flags() & Qt.ItemFlag.ItemIsUserCheckable
    seen: list[list[str]] = []

    def choose(dialog: FacetValuesDialog) -> int:
        names = [dialog.values.topLevelItem(i).text(0)
                 for i in range(dialog.values.topLevelItemCount())]
        seen.append(names)
        assert len(names) == 34 and names[0] == "Qian Xuhong"  # most articles first
        dialog.values.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        assert dialog.values.topLevelItem(0).text(0) == "Cheng Jing"  # by name
        dialog.filter.setText("aoying")
        shown = [dialog.values.topLevelItem(i) for i in range(len(names))
                 if not dialog.values.topLevelItem(i).isHidden()]
        assert [i.text(0) for i in shown] == ["Zhou Aoying"]  # beyond the top 25
        shown[0].setCheckState(0, Qt.CheckState.Checked)
        return 1

    monkeypatch.setattr(FacetValuesDialog, "exec", choose)
    tree.scrollTo(last)
    with qtbot.waitSignal(window.search_finished, timeout=10000) as blocker:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=tree.visualRect(last).center())
    assert seen and blocker.args[0].query.filter_dict == {"people": ("Zhou Aoying",)}
    # The chosen value now leads its group.
    group = model.index(people, 0)
    assert model.index(0, 0, group).data() == "Zhou Aoying"
