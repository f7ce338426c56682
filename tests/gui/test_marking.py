"""Bookmarks, tags, highlights and notes: saved off the GUI thread, undoable."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from partnerview.gui.dialogs import NoteDialog
from partnerview.gui.main_window import MainWindow
from partnerview.gui.reader import ANNOTATION_ID
from tests.gui.conftest import formats, saved, search


def test_annotate_with_keyboard_undo_and_redo(qtbot: Any, window: MainWindow) -> None:
    article = window.reader.article
    body = window.reader.body
    start = article.text.index(" ") + 1
    cursor = QTextCursor(body.document())
    cursor.setPosition(start)
    cursor.setPosition(start + 12, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    saved(qtbot, window, window.menu.highlight_action.trigger)
    [note] = window.library.annotations(article.id)
    assert note.quote == article.text[start:start + 12]
    assert window.annotations.list.count() == 1
    assert formats(window, ANNOTATION_ID)[0][1] == note.id
    saved(qtbot, window, window.menu.undo_action.trigger)
    assert window.library.annotations(article.id) == []
    assert window.annotations.list.count() == 0
    saved(qtbot, window, window.menu.redo_action.trigger)
    assert [a.id for a in window.library.annotations(article.id)] == [note.id]


def test_annotate_with_the_mouse_and_a_note(qtbot: Any, window: MainWindow,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(NoteDialog, "exec", lambda self: 1)
    monkeypatch.setattr(NoteDialog, "values", lambda self: ("Budget line", "green", ("cite",)))
    body = window.reader.body
    text = window.reader.article.text
    a, b = QTextCursor(body.document()), QTextCursor(body.document())
    a.setPosition(0)
    b.setPosition(20)
    start, end = body.cursorRect(a).center(), body.cursorRect(b).center()
    qtbot.mousePress(body.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(1, 0))
    qtbot.mouseMove(body.viewport(), end)
    qtbot.mouseRelease(body.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert window.reader.selection() is not None
    saved(qtbot, window, lambda: qtbot.mouseClick(window.reader.note,
                                                   Qt.MouseButton.LeftButton))
    [note] = window.library.annotations(window.reader.article.id)
    assert (note.note, note.color, note.tags) == ("Budget line", "green", ("cite",))
    assert text[note.start:note.end] == note.quote
    result = search(qtbot, window, "note:budget")
    assert result.total == 1


def test_bookmark_with_ctrl_d(qtbot: Any, window: MainWindow) -> None:
    article_id = window.reader.article.id
    window.table.view.setFocus()
    with qtbot.waitSignal(window.search_finished) as blocker:
        window.menu.bookmark_action.trigger()
    assert window.library.bookmarks() == [article_id]
    assert blocker.args[0].facets["bookmarked"] == {"yes": 1}
    row = window.table.model.row_of(article_id)
    assert window.table.model.index(row, 0).data() == "★"
    assert window.reader.star.isChecked()
    with qtbot.waitSignal(window.search_finished):
        window.menu.undo_action.trigger()
    assert window.library.bookmarks() == []


def test_all_annotations_view_and_reattaching_an_orphan(qtbot: Any, window: MainWindow,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    from partnerview.gui.dialogs import AllAnnotationsDialog

    library = window.library
    ids = library.article_ids()
    kept = library.annotate(ids[1], 0, 10, note="first budget remark")
    library.annotate(ids[2], 5, 15, note="second remark")
    seen: list[AllAnnotationsDialog] = []

    def choose(dialog: AllAnnotationsDialog) -> int:
        seen.append(dialog)
        dialog.filter.setText("budget")
        dialog.table.setCurrentItem(next(
            dialog.table.topLevelItem(r) for r in range(dialog.table.topLevelItemCount())
            if not dialog.table.topLevelItem(r).isHidden()))
        dialog._open_current()
        return 1

    monkeypatch.setattr(AllAnnotationsDialog, "exec", choose)
    window.menu.all_annotations_action.trigger()
    assert seen[0].count.text() == "1 of 2 annotations"
    assert window.reader.article.id == ids[1]
    assert window.reader.selection() == (0, 10)

    # An orphaned annotation is listed as such and can be placed again by hand.
    from dataclasses import replace

    library.restore_annotation(replace(kept, status="orphaned"))
    window.open_article(ids[1])
    assert "Orphaned" in window.annotations.list.item(0).text()
    window.annotations.list.setCurrentRow(0)
    assert window.annotations.reattach.isVisibleTo(window.annotations)
    cursor = QTextCursor(window.reader.body.document())
    cursor.setPosition(20)
    cursor.setPosition(30, QTextCursor.MoveMode.KeepAnchor)
    window.reader.body.setTextCursor(cursor)
    saved(qtbot, window, window.annotations.reattach.click)
    moved = library.annotation(kept.id)
    assert (moved.start, moved.end, moved.status) == (20, 30, "anchored")


def test_tags_on_selected_articles(qtbot: Any, window: MainWindow,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("report 2025, to cite", True)))
    window.table.view.selectAll()
    with qtbot.waitSignal(window.search_finished) as blocker:
        window.menu.tags_action.trigger()
    assert blocker.args[0].facets["tags"] == {"report 2025": 5, "to cite": 5}
    result = search(qtbot, window, "tag:\"to cite\"")
    assert result.total == 5
    with qtbot.waitSignal(window.search_finished) as blocker:
        window.menu.undo_action.trigger()
    assert blocker.args[0].facets["tags"] == {}


def test_an_edit_during_an_imports_write_waits_off_the_gui_thread(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    from partnerview.core.importer import ImportReport

    release, holding = threading.Event(), threading.Event()

    def writing_import(sources: list[Any], progress: Any = None) -> ImportReport:
        with window.library._writing:  # an import batch being saved and indexed
            holding.set()
            release.wait(30)
        return ImportReport()

    monkeypatch.setattr(window.library, "add", writing_import)
    article_id = window.reader.article.id
    window.importing.add(["somewhere"])
    assert holding.wait(10)
    started = time.monotonic()
    window.menu.bookmark_action.trigger()
    assert time.monotonic() - started < 0.5  # the window did not wait for the import
    qtbot.wait(200)
    assert window.library.bookmarks() == []  # the save waits for the import's write
    with qtbot.waitSignals([window.changes_saved, window.importing.import_finished], timeout=10000):
        release.set()
    assert window.library.bookmarks() == [article_id]
