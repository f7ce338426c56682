"""Fixtures for the desktop app: a window on a temporary library, dialogs never block."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from partnerview import Library
from partnerview.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes are recorded instead of waiting for a click."""
    shown: list[tuple[str, str]] = []

    def record(kind: str) -> Any:
        def show(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            shown.append((kind, f"{title}: {text}"))
            return QMessageBox.StandardButton.Ok
        return show

    for kind in ("warning", "information", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return shown


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def open_window(qtbot: Any, folder: Path, settings: QSettings) -> MainWindow:
    """A started window; returns once its first search is shown."""
    window = MainWindow(Library.open(folder), settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.search_finished, timeout=30000):
        window.show()
        window.start()
    return window


@pytest.fixture
def window(qtbot: Any, isolated: Path, settings: QSettings) -> Iterator[MainWindow]:
    """The app on a new library: the first start imports the demo articles."""
    window = open_window(qtbot, isolated, settings)
    yield window
    window.close()
    window.library.close()


def search(qtbot: Any, window: MainWindow, text: str) -> Any:
    """Type a query as a person does and wait for its result."""
    window.search_bar.edit.clear()
    with qtbot.waitSignal(window.search_finished, timeout=10000) as blocker:
        qtbot.keyClicks(window.search_bar.edit, text)
        qtbot.keyClick(window.search_bar.edit, "\r")
    while blocker.args[0].query.text != text:
        with qtbot.waitSignal(window.search_finished, timeout=10000) as blocker:
            pass
    return blocker.args[0]


def saved(qtbot: Any, window: MainWindow, change: Any) -> None:
    """Make a change as a person does and wait until it is saved (edits run off the GUI
    thread, one after another)."""
    with qtbot.waitSignal(window.changes_saved, timeout=10000):
        change()


def rows(window: MainWindow) -> list[str]:
    """The titles in the article list, top to bottom."""
    model = window.table.model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def formats(window: MainWindow, prop: int) -> list[tuple[str, Any]]:
    """(text, property value) of every run of characters in the reader carrying ``prop``."""
    document = window.reader.body.document()
    text = document.toPlainText()
    cursor = QTextCursor(document)
    values = []
    for position in range(len(text)):
        cursor.setPosition(position + 1)  # the format of the character before the cursor
        fmt = cursor.charFormat()
        values.append(fmt.property(prop) if fmt.hasProperty(prop) else None)
    runs, start = [], 0
    for position in range(1, len(text) + 1):
        if position == len(text) or values[position] != values[start]:
            if values[start] is not None:
                runs.append((text[start:position], values[start]))
            start = position
    return runs
