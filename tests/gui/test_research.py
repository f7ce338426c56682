"""Saved searches, collections, batch search and exports, driven as a person does."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
import rispy
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu

from partnerview.gui.article_table import article_ids_mime
from partnerview.gui.main_window import MainWindow
from partnerview.gui.saved_panel import COLLECTIONS, SEARCHES
from tests.gui.conftest import rows, saved, search

NEW_ARTICLE = """Kunpeng lab opens at Lakeside University

Lakeside University and Huawei opened a Kunpeng computing lab on 3 May 2026.
"""


def listed(window: MainWindow, kind: str) -> list[tuple[str, str]]:
    """(name, count) of every saved search or collection the side panel shows."""
    return [(name, window.saved.item(kind, name).text(1)) for name in window.saved.names(kind)]


def answer(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """The next text or choice asked for is ``text``."""
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (text, True)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (text, True)))


def edited(qtbot: Any, window: MainWindow, change: Any) -> None:
    """Make a change and wait until it is saved and the side panel counted again."""
    with qtbot.waitSignal(window.marking.edited, timeout=10000):
        change()


def choose(menu: QMenu, text: str) -> None:
    """Click the item ``text`` of a context menu (in a submenu too), as a person does."""
    for action in menu.actions():
        if action.menu() is not None and text not in {a.text().replace("&", "")
                                                       for a in menu.actions()}:
            choose(action.menu(), text)
        elif action.text().replace("&", "") == text:
            action.trigger()
            return


def test_save_a_search_see_whats_new_and_open_it(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    result = search(qtbot, window, "kunpeng")
    answer(monkeypatch, "Kunpeng labs")
    edited(qtbot, window, window.menu.save_search_action.trigger)
    qtbot.waitUntil(lambda: listed(window, SEARCHES) == [("Kunpeng labs", str(result.total))])

    path = tmp_path / "lakeside.txt"
    path.write_text(NEW_ARTICLE, "utf-8")
    with qtbot.waitSignal(window.importing.library_changed, timeout=30000):
        window.importing.add([path])
    qtbot.waitUntil(lambda: listed(window, SEARCHES) == [
        ("Kunpeng labs", f"{result.total + 1}  ·  1 new")], timeout=10000)

    search(qtbot, window, "talent")
    with qtbot.waitSignal(window.search_finished, timeout=10000):
        qtbot.mouseClick(window.saved.tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=window.saved.tree.visualItemRect(
                             window.saved.item(SEARCHES, "Kunpeng labs")).center())
    assert window.search_bar.edit.text() == "kunpeng"
    assert "Kunpeng lab opens at Lakeside University" in rows(window)
    qtbot.waitUntil(lambda: listed(window, SEARCHES) == [
        ("Kunpeng labs", str(result.total + 1))], timeout=10000)  # seen now


def test_rename_and_delete_a_saved_search_with_undo(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    search(qtbot, window, "cloud")
    answer(monkeypatch, "Cloud")
    edited(qtbot, window, window.menu.save_search_action.trigger)
    qtbot.waitUntil(lambda: window.saved.names(SEARCHES) == ["Cloud"])
    answer(monkeypatch, "Cloud computing")
    edited(qtbot, window, lambda: choose(window.saved.menu(SEARCHES, "Cloud"), "Rename…"))
    qtbot.waitUntil(lambda: window.saved.names(SEARCHES) == ["Cloud computing"])

    edited(qtbot, window, lambda: choose(window.saved.menu(SEARCHES, "Cloud computing"),
                                         "Delete"))
    qtbot.waitUntil(lambda: window.saved.names(SEARCHES) == [])
    assert window.menu.undo_action.text() == "&Undo Delete Saved Search “Cloud computing”"
    edited(qtbot, window, window.menu.undo_action.trigger)
    qtbot.waitUntil(lambda: window.saved.names(SEARCHES) == ["Cloud computing"])
    assert window.library.saved_searches.get("Cloud computing").query.text == "cloud"


def test_collect_from_the_list_menu_and_by_dragging(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    view = window.table.view
    view.selectRow(0)
    first = window.table.selected_ids()
    answer(monkeypatch, "Report")
    saved(qtbot, window, lambda: choose(window.research.menu_for_rows(first),
                                        "New Collection…"))
    qtbot.waitUntil(lambda: listed(window, COLLECTIONS) == [("Report", "1")])

    # Two more articles dragged from the list onto the collection.
    target = window.saved.tree.visualItemRect(window.saved.item(COLLECTIONS, "Report"))
    others = [window.table.model.article_id(r) for r in (1, 2)]
    dragged = article_ids_mime(others)  # the event does not own it: keep it alive
    drop = QDropEvent(QPointF(target.center()), Qt.DropAction.CopyAction, dragged,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    saved(qtbot, window, lambda: window.saved.tree.dropEvent(drop))
    qtbot.waitUntil(lambda: listed(window, COLLECTIONS) == [("Report", "3")])
    qtbot.waitUntil(lambda: window.facets.model.all_values("collections") == {"Report": 3})

    with qtbot.waitSignal(window.search_finished, timeout=10000):
        window.saved.collection_requested.emit("Report")
    assert sorted(window.table.model.article_id(r) for r in range(3)) == sorted(first + others)
    assert window.table.model.rowCount() == 3

    # Taken out again from the list's menu, while the collection is shown; then undone.
    saved(qtbot, window, lambda: choose(window.research.menu_for_rows(first),
                                        "Remove from “Report”"))
    qtbot.waitUntil(lambda: listed(window, COLLECTIONS) == [("Report", "2")])
    qtbot.waitUntil(lambda: window.table.model.rowCount() == 2)
    saved(qtbot, window, window.menu.undo_action.trigger)
    qtbot.waitUntil(lambda: listed(window, COLLECTIONS) == [("Report", "3")])


def test_delete_a_collection_and_undo(qtbot: Any, window: MainWindow) -> None:
    ids = window.library.article_ids()[:2]
    saved(qtbot, window, lambda: window.research.add_to_collection(ids, "Kenya"))
    qtbot.waitUntil(lambda: listed(window, COLLECTIONS) == [("Kenya", "2")])
    saved(qtbot, window, lambda: window.saved.delete_collection_requested.emit("Kenya"))
    qtbot.waitUntil(lambda: listed(window, COLLECTIONS) == [])
    assert len(window.library) == 5
    saved(qtbot, window, window.menu.undo_action.trigger)
    qtbot.waitUntil(lambda: listed(window, COLLECTIONS) == [("Kenya", "2")])
    assert window.library.collections.members("Kenya") == ids


def test_export_the_results_as_ris_from_the_file_menu(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    result = search(qtbot, window, "huawei")
    target = tmp_path / "huawei"  # no suffix typed: the format's is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: (str(target), "RIS (EndNote, Zotero, Mendeley) (*.ris)")))
    window.menu.export_results_action.trigger()
    written = target.with_suffix(".ris")
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=10000)
    entries = rispy.loads(written.read_text("utf-8"))
    assert len(entries) == result.total
    assert {e["title"] for e in entries} == {
        window.library.article(h.id).title for h in result.hits}


def test_export_selected_rows_as_csv_from_the_list_menu(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    ids = [window.table.model.article_id(r) for r in (0, 1)]
    target = tmp_path / "two.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: (str(target), "CSV table (*.csv)")))
    choose(window.research.menu_for_rows(ids), "Export 2 Articles…")
    qtbot.waitUntil(lambda: "Exported 2 articles" in window.statusBar().currentMessage(),
                    timeout=10000)
    table = list(csv.DictReader(io.StringIO(target.read_text("utf-8"))))
    assert [r["Id"] for r in table] == ids


def test_batch_search_counts_each_term_and_saves_csv(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    window.menu.batch_search_action.trigger()
    dialog = window.research.batch_dialog
    dialog.terms.setPlainText("Kunpeng\nChongqing University\nzzzz nothing")  # pasted
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10000)
    shown = {dialog.table.item(r, 0).text(): int(dialog.table.item(r, 1).text())
             for r in range(3)}
    assert shown == {"Kunpeng": window.library.search("Kunpeng").total,
                     "Chongqing University":
                         window.library.search("Chongqing University").total,
                     "zzzz nothing": 0}
    assert "2 of 3 terms found" in dialog.status.text()

    target = tmp_path / "batch.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    table = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
    assert {r["Term"]: int(r["Articles"]) for r in table} == shown

    row = next(r for r in range(3) if dialog.table.item(r, 0).text() == "Kunpeng")
    with qtbot.waitSignal(window.search_finished, timeout=10000):
        dialog.table.cellDoubleClicked.emit(row, 0)
    assert window.search_bar.edit.text() == "Kunpeng"
    dialog.close()


def test_saved_searches_and_collections_are_shown_after_a_restart(
        qtbot: Any, window: MainWindow, settings: Any) -> None:
    from partnerview.core.search import SearchQuery
    from tests.gui.conftest import open_window

    window.library.saved_searches.save("Talent", SearchQuery.make("talent"))
    window.library.collections.add("Picked", window.library.article_ids()[:1])
    folder = window.library.folder
    window.close()
    window.library.close()
    again = open_window(qtbot, folder, settings)
    try:
        qtbot.waitUntil(lambda: window_lists(again) == (["Talent"], [("Picked", "1")]))
    finally:
        again.close()
        again.library.close()


def window_lists(window: MainWindow) -> tuple[list[str], list[tuple[str, str]]]:
    return window.saved.names(SEARCHES), listed(window, COLLECTIONS)
