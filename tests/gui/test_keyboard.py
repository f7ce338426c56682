"""The whole tour without a mouse, and names a screen reader reads for every control."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from partnerview.gui.main_window import MainWindow
from tests.gui.conftest import saved

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot: Any, key: Qt.Key, modifiers: Any = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard is: the widget with the focus."""
    qtbot.keyClick(QApplication.focusWidget() or QApplication.activeWindow(), key, modifiers)


def test_the_whole_tour_with_the_keyboard_only(qtbot: Any, window: MainWindow, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window.activateWindow()
    window.table.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    # Search: Ctrl+F, words, Enter.
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.search_bar.edit
    qtbot.keyClicks(window.search_bar.edit, "huawei")
    with qtbot.waitSignal(window.search_finished, timeout=10000) as blocker:
        press(qtbot, Qt.Key.Key_Return)
    assert blocker.args[0].total == 5
    # A facet: F6 to the saved searches, F6 to the facets, Down to the first partner,
    # Space to filter by it.
    press(qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.saved.tree
    press(qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.facets.tree
    press(qtbot, Qt.Key.Key_Down)  # the Partners group
    press(qtbot, Qt.Key.Key_Down)  # its first value
    chosen = window.facets.tree.currentIndex().data()
    with qtbot.waitSignal(window.search_finished, timeout=10000) as blocker:
        press(qtbot, Qt.Key.Key_Space)
    while blocker.args[0].query.filter_dict.get("partners") != (chosen,):
        with qtbot.waitSignal(window.search_finished, timeout=10000) as blocker:
            pass
    # The list: F6, then Down opens the next article.
    press(qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.table.view
    first = window.reader.article.id
    with qtbot.waitSignal(window.article_opened, timeout=5000):
        press(qtbot, Qt.Key.Key_Down)
    article = window.reader.article
    assert article.id != first
    # The reader: F6, select two words with Shift+Ctrl+Right, Ctrl+H highlights them.
    press(qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.reader.body
    press(qtbot, Qt.Key.Key_Home, CTRL)
    for _ in range(2):
        press(qtbot, Qt.Key.Key_Right, CTRL | SHIFT)
    saved(qtbot, window, lambda: press(qtbot, Qt.Key.Key_H, CTRL))
    [highlight] = window.library.annotations(article.id)
    assert highlight.quote.strip() and article.text.startswith(highlight.quote.strip()[:5])
    # A note: select the next word, Ctrl+Shift+H, type, Ctrl+Enter saves.
    window.reader.body.setFocus()
    press(qtbot, Qt.Key.Key_Right, CTRL | SHIFT)

    def write_note() -> None:
        dialog = QApplication.activeModalWidget()
        qtbot.keyClicks(QApplication.focusWidget(), "to cite")
        qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)

    QTimer.singleShot(200, write_note)
    saved(qtbot, window, lambda: press(qtbot, Qt.Key.Key_H, CTRL | SHIFT))
    assert [n.note for n in window.library.annotations(article.id)] == ["", "to cite"]
    window.activateWindow()  # as the window manager does when a dialog closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    # A bookmark: Ctrl+D.
    saved(qtbot, window, lambda: press(qtbot, Qt.Key.Key_D, CTRL))
    assert article.id in window.library.bookmarks()
    # Export: Ctrl+E (the system's file dialog takes the name from the keyboard too).
    target = tmp_path / "notes.jsonld"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "W3C Web Annotation")))
    press(qtbot, Qt.Key.Key_E, CTRL)
    assert len(json.loads(target.read_text())["first"]["items"]) == 2


def test_every_control_has_a_name_a_screen_reader_reads(window: MainWindow) -> None:
    unnamed = []
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            interface = QAccessible.queryAccessibleInterface(widget)
            if not interface or not interface.text(QAccessible.Text.Name).strip():
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_f6_goes_round_the_panes_in_the_order_they_are_laid_out(
        qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    window.search_bar.edit.setFocus()
    order = []
    for _ in range(6):
        press(qtbot, Qt.Key.Key_F6)
        order.append(QApplication.focusWidget())
    assert order == [window.saved.tree, window.facets.tree, window.table.view,
                     window.reader.body, window.annotations.list, window.search_bar.edit]
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert QApplication.focusWidget() is window.annotations.list


def test_tab_goes_through_the_controls_in_the_order_they_are_laid_out(
        window: MainWindow) -> None:
    order, widget = [], window.search_bar.edit
    while True:
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        if widget is window.search_bar.edit:
            break
    panes = [window.search_bar.edit, window.saved.tree, window.facets.tree, window.table.view,
             window.reader.body, window.annotations.list]
    positions = [order.index(pane) for pane in panes]
    assert positions == sorted(positions)  # left to right, top to bottom
    assert order.index(window.search_bar.sort) == 1  # the search box, then its order
