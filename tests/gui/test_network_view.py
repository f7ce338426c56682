"""The partner network panel: drawn for the current search, clicked to filter, exported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QGraphicsEllipseItem, QGraphicsLineItem

from partnerview.gui.main_window import MainWindow
from partnerview.gui.network_view import NAME_ROLE
from tests.gui.conftest import search


def shown(qtbot: Any, window: MainWindow) -> Any:
    """Open View › Partner Network and wait for its drawing."""
    with drawn(qtbot, window):
        window.menu.network_action.trigger()
    return window.network.scene


def drawn(qtbot: Any, window: MainWindow) -> Any:
    return qtbot.waitSignal(window.networking.drawn, timeout=20000)


def circles(scene: Any) -> dict[str, QGraphicsEllipseItem]:
    return {item.data(NAME_ROLE): item for item in scene.items()
            if isinstance(item, QGraphicsEllipseItem)}


def test_the_network_of_the_search_is_drawn_and_a_click_filters(
        qtbot: Any, window: MainWindow) -> None:
    scene = shown(qtbot, window)
    partners = window.library.search("").facets["partners"]
    assert set(circles(scene)) == set(partners)
    lines = [item.data(NAME_ROLE) for item in scene.items()
             if isinstance(item, QGraphicsLineItem)]
    assert "East China Normal University\tHuawei" in lines
    assert window.network.summary.text().startswith(f"{len(partners)} of {len(partners)}")

    node = circles(scene)["Wuhan University of Technology"]
    point = window.network.view.mapFromScene(node.scenePos())
    with qtbot.waitSignal(window.search_finished, timeout=10000) as blocker:
        window.network.view.click_at(point)
    assert blocker.args[0].query.filter_dict["partners"] == ("Wuhan University of Technology",)


def test_a_click_on_a_link_shows_the_articles_both_partners_share(
        qtbot: Any, window: MainWindow) -> None:
    shown(qtbot, window)
    with qtbot.waitSignal(window.search_finished, timeout=10000) as blocker:
        window.network.pair_requested.emit("East China Normal University", "Huawei")
    assert blocker.args[0].total == 2
    assert window.search_bar.edit.text() == \
        'partner:"East China Normal University" partner:"Huawei"'


def test_nodes_stay_in_place_when_the_search_changes(
        qtbot: Any, window: MainWindow) -> None:
    before = {n: c.scenePos() for n, c in circles(shown(qtbot, window)).items()}
    with drawn(qtbot, window):
        search(qtbot, window, "huawei")
    after = {n: c.scenePos() for n, c in circles(window.network.scene).items()}
    assert set(after) <= set(before)
    moved = max((after[n] - before[n]).manhattanLength() for n in after)
    assert moved < 200  # scene units across a drawing of 640


@pytest.mark.parametrize("suffix", [".png", ".svg", ".graphml", ".csv"])
def test_export_the_network(qtbot: Any, window: MainWindow,
                            monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                            suffix: str) -> None:
    shown(qtbot, window)
    target = tmp_path / f"network{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window.network.export.click()
    if suffix == ".png":
        image = QImage(str(target))
        assert not image.isNull() and image.width() > 200
    elif suffix == ".svg":
        import xml.dom.minidom

        document = xml.dom.minidom.parse(str(target))
        texts = [t.firstChild.data for t in document.getElementsByTagName("text")
                 if t.firstChild]
        assert any("Huawei" in text for text in texts)
    elif suffix == ".graphml":
        graph = networkx.read_graphml(target)
        assert graph.nodes["Huawei"]["articles"] == 5
    else:
        assert target.read_text("utf-8").startswith("Source,Target,Weight")
    assert "Exported the partner network" in window.statusBar().currentMessage()
