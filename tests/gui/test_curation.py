"""Correcting entities from the facet panel and the reader, as a person does: what the facets,
the highlights and the search show afterwards, undo and redo, the Corrections dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog, QMenu

from partnerview.gui.article_browser import ENTITY_NAME
from partnerview.gui.facet_panel import FACET_ROLE, VALUE_ROLE
from partnerview.gui.main_window import MainWindow
from tests.gui.conftest import formats, open_window, saved, search


def answer(monkeypatch: pytest.MonkeyPatch, *texts: str) -> None:
    """The next questions are answered with ``texts``, in order."""
    answers = list(texts)
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: (answers.pop(0), True)))
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: (answers.pop(0), True)))


def choose(menu: QMenu, text: str) -> None:
    """Click the item of a menu (or of its submenus) whose text starts with ``text``."""
    for action in menu.actions():
        if action.menu() is not None:
            choose(action.menu(), text)
        elif action.text().replace("&", "").startswith(text):
            action.trigger()
            return


def facet_row(window: MainWindow, facet: str, value: str) -> QModelIndex:
    model = window.facets.model
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(VALUE_ROLE) == value and parent.data(FACET_ROLE) == facet:
                return index
    raise AssertionError(f"{value!r} is not under {facet!r}")


def facet_counts(window: MainWindow, facet: str) -> dict[str, int]:
    return window.facets.model.all_values(facet)


def test_rename_a_partner_from_the_facet_menu_then_undo_and_redo(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    answer(monkeypatch, "Chongqing University (CQU)")
    menu = window.facets.menu(facet_row(window, "partners", "Chongqing University"))
    saved(qtbot, window, lambda: choose(menu, "Rename “Chongqing University”"))
    qtbot.waitUntil(lambda: "Chongqing University (CQU)" in facet_counts(window, "partners"))
    assert "Chongqing University" not in facet_counts(window, "partners")
    assert search(qtbot, window, 'partner:"Chongqing University (CQU)"').total == 1
    assert window.menu.undo_action.text() == "&Undo Rename “Chongqing University”"
    saved(qtbot, window, window.menu.undo_action.trigger)
    assert search(qtbot, window, 'partner:"Chongqing University"').total == 1
    saved(qtbot, window, window.menu.redo_action.trigger)
    assert search(qtbot, window, 'partner:"Chongqing University (CQU)"').total == 1


def test_merge_a_misspelt_name_into_the_right_one(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    before = facet_counts(window, "partners")
    answer(monkeypatch, "Huawei")
    menu = window.facets.menu(facet_row(window, "partners", "East China Normal University"))
    saved(qtbot, window, lambda: choose(menu, "Merge Into"))
    qtbot.waitUntil(lambda: "East China Normal University" not in
                    facet_counts(window, "partners"))
    assert facet_counts(window, "partners")["Huawei"] == before["Huawei"]  # same articles


def test_merge_the_checked_values_into_one(qtbot: Any, window: MainWindow) -> None:
    for name in ("Chongqing University", "Wuhan University of Technology"):
        with qtbot.waitSignal(window.search_finished, timeout=10000):
            window.facets.model.setData(facet_row(window, "partners", name),
                                        Qt.CheckState.Checked.value,
                                        Qt.ItemDataRole.CheckStateRole)
    menu = window.facets.menu(facet_row(window, "partners", "Huawei"))
    saved(qtbot, window, lambda: choose(menu, "Merge the 2 Checked Into “Huawei”"))
    assert window.library.search("", filters={"partners": ["Chongqing University"]}).total == 0
    assert window.library.search('partner:Huawei').total == 5


def entity_point(window: MainWindow, name: str) -> Any:
    """Where the first highlighted ``name`` is drawn in the reader."""
    reader = window.reader
    start = next(e.start for e in reader.article.entities if e.canonical == name)
    cursor = QTextCursor(reader.body.document())
    cursor.setPosition(reader._offset + start + 1)
    return reader.body.cursorRect(cursor).center()


def test_not_an_entity_in_this_article_from_the_readers_menu(
        qtbot: Any, window: MainWindow) -> None:
    article = window.reader.article
    before = {i: window.library.article(i).fields for i in window.library.article_ids()}
    name = next(e.canonical for e in article.entities if e.type == "field" and any(
        e.canonical in fields for i, fields in before.items() if i != article.id))
    menu = window.reader.body.menu_at(entity_point(window, name))
    with qtbot.waitSignal(window.article_opened, timeout=10000):
        saved(qtbot, window, lambda: choose(menu, "Not an Entity in This Article"))
    assert name not in [value for _, value in formats(window, ENTITY_NAME)]
    assert name not in window.library.article(article.id).fields
    for other, fields in before.items():  # the other articles keep it
        if other != article.id:
            assert window.library.article(other).fields == fields


def test_mark_selected_text_as_an_organisation_everywhere(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    result = search(qtbot, window, '"digital transformation"')
    assert result.total >= 1
    body = window.reader.body
    text = window.reader.article.text
    start = text.index("digital transformation")
    cursor = QTextCursor(body.document())
    cursor.setPosition(window.reader._offset + start)
    cursor.setPosition(window.reader._offset + start + len("digital transformation"),
                       QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    answer(monkeypatch, "Digital Transformation Programme")
    menu = body.menu_at(body.cursorRect(cursor).center())
    saved(qtbot, window, lambda: choose(menu, "Mark “digital transformation” as Organisation"))
    found = search(qtbot, window, 'org:"Digital Transformation Programme"')
    assert found.total == window.library.search('"digital transformation"').total
    qtbot.waitUntil(lambda: "Digital Transformation Programme" in
                    [value for _, value in formats(window, ENTITY_NAME)])


def test_the_corrections_dialog_lists_and_removes_them(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from partnerview.core.curation import Correction

    saved(qtbot, window, lambda: window.curation.correct(
        Correction("rename", "organization", "Huawei", "Huawei Technologies"), "Rename"))
    window.menu.corrections_action.trigger()
    dialog = window.curation.dialog
    assert [dialog.list.item(r).text().split("    ")[0] for r in range(dialog.list.count())] \
        == ["Huawei → Huawei Technologies"]
    dialog.list.setCurrentRow(0)
    saved(qtbot, window, dialog.remove.click)
    qtbot.waitUntil(lambda: dialog.list.item(0).text().startswith("No corrections yet"))
    assert search(qtbot, window, "partner:Huawei").total == 5
    saved(qtbot, window, window.menu.undo_action.trigger)  # the removal is undone
    qtbot.waitUntil(lambda: dialog.list.item(0).text().startswith("Huawei → "))
    dialog.close()


def test_hide_units_leaves_institutions_and_is_remembered(
        qtbot: Any, window: MainWindow, settings: Any) -> None:
    model = window.facets.model

    def organisations() -> list[str]:
        group = next(model.index(r, 0) for r in range(model.rowCount())
                     if model.index(r, 0).data(FACET_ROLE) == "organizations")
        values = [model.index(r, 0, group).data(VALUE_ROLE) for r in range(model.rowCount(group))]
        return [v for v in values if v]

    window.facets.filter.setText("of")  # "School of …", "University of …"
    assert any(v.startswith("School of") for v in organisations())
    assert "Gannan University of Science and Technology" in organisations()
    menu = window.facets.menu(facet_row(window, "organizations", "School of Automation"))
    choose(menu, "Hide Departments, Labs and Programmes")
    assert not any(v.startswith(("School of", "Department of")) for v in organisations())
    assert "Gannan University of Science and Technology" in organisations()
    folder = window.library.folder
    window.close()
    window.library.close()
    again = open_window(qtbot, folder, settings)
    try:
        assert again.facets.hides_units()
    finally:
        again.close()
        again.library.close()


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_a_merge_over_thousands_of_articles_runs_while_the_window_responds(
        qtbot: Any, isolated: Path, settings: Any, tmp_path: Path) -> None:
    from partnerview import Library

    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(3000):
        (folder / f"a{i}.txt").write_text(
            f"Nimbus Cloud and University {i} sign pact\n\nNimbus Cloud and the University "
            f"of Place{i} signed an agreement on cloud computing on 3 May 2025. Word w{i}x.\n",
            "utf-8")
    with Library.open(isolated) as library:
        library.add([folder])
    window = open_window(qtbot, isolated, settings)
    try:
        ticks: list[int] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(10)
        from partnerview.core.curation import Correction

        done: list[list[str]] = []
        window.changes_saved.connect(done.append)
        with qtbot.waitSignal(window.changes_saved, timeout=300000):
            window.curation.correct(Correction("rename", "organization", "Nimbus Cloud",
                                               "Nimbus Cloud Ltd"), "Rename")
            qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=20000)
            qtbot.keyClicks(window.search_bar.edit, "w7x")  # typing goes on meanwhile
            assert window.search_bar.text == "w7x"
            assert not done, "the merge ended before the window was tried"
        assert len(done[0]) == 3000
        timer.stop()
        assert window.library.search('partner:"Nimbus Cloud Ltd"').total == 3000
        # What was typed meanwhile is searched, and shows the renamed partner once the
        # merge has landed (its first result may come before).
        qtbot.waitUntil(lambda: window.result is not None and
                        window.result.query.text == "w7x" and bool(window.result.hits) and
                        window.result.hits[0].partners[0] == "Nimbus Cloud Ltd",
                        timeout=30000)
    finally:
        window.close()
        window.library.close()
