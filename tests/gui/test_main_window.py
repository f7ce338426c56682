"""The main window, driven as a person drives it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from partnerview import Library
from partnerview.gui.main_window import MainWindow
from partnerview.gui.reader import SEARCH_HIT
from tests.gui.conftest import formats, open_window, rows, search


def test_first_start_opens_the_demo_library(window: MainWindow) -> None:
    assert len(rows(window)) == 5
    assert window.status.text().startswith("5 of 5 articles")
    assert window.reader.article is not None  # the first article is open
    assert window.facets.model.rowCount() > 0

def test_typing_a_query_changes_the_list(qtbot: Any, window: MainWindow) -> None:
    result = search(qtbot, window, "kunpeng")
    assert result.total == 2
    assert len(rows(window)) == 2
    assert window.status.text().startswith("2 of 5 articles")
    # The open article shows the hits, marked differently from entities.
    hits = formats(window, SEARCH_HIT)
    assert hits and all(text.lower().startswith("kunpeng") for text, _ in hits)

def test_did_you_mean_is_a_link(qtbot: Any, window: MainWindow) -> None:
    result = search(qtbot, window, "kunpng")
    assert result.total == 0
    assert "Did you mean" in window.search_bar.hint.text()
    assert window.table.empty.isVisible() or not window.table.view.isVisible()
    with qtbot.waitSignal(window.search_finished) as blocker:
        window.search_bar.hint.linkActivated.emit("suggest:kunpeng")
    assert blocker.args[0].total == 2

def test_malformed_query_shows_a_hint_not_an_error(qtbot: Any, window: MainWindow,
                                                    no_blocking_dialogs: list[Any]) -> None:
    search(qtbot, window, '"smart campus')
    assert "quotation mark" in window.search_bar.hint.text()
    assert no_blocking_dialogs == []

def test_keyboard_navigation(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    window.search_bar.focus()
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Down)
    first = window.reader.article.id
    qtbot.keyClick(window.table.view, Qt.Key.Key_Down)
    assert window.reader.article.id != first
    qtbot.keyClick(window.table.view, Qt.Key.Key_Up)
    assert window.reader.article.id == first
    search(qtbot, window, "kunpeng")
    if window.search_bar.completer.popup().isVisible():
        qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Escape)  # first Esc: the popup
    with qtbot.waitSignal(window.search_finished) as blocker:
        qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Escape)
    assert blocker.args[0].query.text == "" and blocker.args[0].total == 5
    zoom = window.reader.zoom_level
    window.menu.zoom_actions[0].trigger()
    assert window.reader.zoom_level == zoom + 1

def test_state_is_restored_on_the_next_start(qtbot: Any, window: MainWindow, settings: Any,
                                             isolated: Path) -> None:
    search(qtbot, window, "cooperation")
    with qtbot.waitSignal(window.search_finished):
        window._add_filter("fields", "Kunpeng")
    window.table.select(window.table.model.article_id(1))
    opened = window.reader.article.id
    window.library.annotate(opened, 0, 6, note="keep me", tags=["report"])
    window.library.set_bookmark(opened, True)
    # Small enough for the offscreen test screen, which clips restored geometry to 800 px.
    window.resize(760, 560)
    window.splitter.setSizes([150, 250, 360])
    sizes, size = window.splitter.sizes(), window.size()
    window.close()
    window.library.close()
    again = open_window(qtbot, isolated, settings)
    assert again.search_bar.text == "cooperation"
    assert again.query.filter_dict == {"fields": ("Kunpeng",)}
    assert again.reader.article.id == opened
    # The user's marks are there after the restart, shown and searchable.
    assert again.annotations.list.count() == 1
    assert "keep me" in again.annotations.list.item(0).text()
    assert again.reader.star.isChecked()
    assert search(qtbot, again, "note:keep").total == 1
    assert again.size() == size
    assert again.splitter.sizes()[0] == sizes[0]
    again.close()
    again.library.close()

def test_unexpected_errors_show_a_dialog_and_are_logged(qtbot: Any, isolated: Path,
                                                        no_blocking_dialogs: list[Any]) -> None:
    import sys

    from partnerview.gui.app import install_exception_hook

    saved = sys.excepthook
    try:
        install_exception_hook(isolated / "partnerview.log")
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = saved
    assert no_blocking_dialogs[0][0] == "warning"
    assert "RuntimeError: boom" in no_blocking_dialogs[0][1]
    assert "RuntimeError: boom" in (isolated / "partnerview.log").read_text()

@pytest.mark.parametrize("scale", ["1", "2"])
def test_screenshot_command(tmp_path: Path, seeds: Path, scale: str) -> None:
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    picture = tmp_path / "shot.png"
    data = tmp_path / "lib"
    out = subprocess.run([sys.executable, "-m", "partnerview", "--data-dir", str(data),
                          "--screenshot", str(picture), "--query", "kunpeng"],
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_SCALE_FACTOR": scale})
    assert out.returncode == 0, out.stderr
    image = QImage(str(picture))
    # At twice the scale the window is drawn with twice the pixels, not stretched.
    assert image.width() >= 1200 * int(scale) and image.height() >= 700 * int(scale)
    shutil.rmtree(data)


def test_a_failed_search_during_an_import_leaves_the_import_alone(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    release = threading.Event()

    def slow_add(sources: list[Any], progress: Any = None) -> Any:
        release.wait(30)
        from partnerview.core.importer import ImportReport
        return ImportReport()

    def broken_search(request: Any) -> Any:
        raise RuntimeError("the index went away")

    monkeypatch.setattr(window.library, "add", slow_add)
    monkeypatch.setattr(window.library, "run_search", broken_search)
    window.importing.add(["somewhere"])
    try:
        with qtbot.waitSignal(window.search_failed, timeout=10000) as failed:
            qtbot.keyClicks(window.search_bar.edit, "kunpeng")
        assert "the index went away" in failed.args[0]
        assert window.work.progress.isVisible() and window.work.cancel_button.isEnabled()
        assert window.work.busy()  # a second import is still refused
        assert window.status.text() == "Search failed"
    finally:
        release.set()
    with qtbot.waitSignal(window.importing.import_finished, timeout=10000):
        pass

def test_a_damaged_settings_file_starts_with_defaults(qtbot: Any, isolated: Path,
                                                     settings: Any) -> None:
    for key, value in (("reader/zoom", "abc"), ("query/filters", "{not json"),
                       ("window/panels", "[1, 2]"), ("query/history", "{}"),
                       ("query/text", "kunpeng"), ("reader/hidden_types", '"person"')):
        settings.setValue(key, value)
    window = open_window(qtbot, isolated, settings)
    try:
        assert window.query.text == "kunpeng" and window.query.filters == ()
        assert window.reader.zoom_level == 0
        assert all(action.isChecked() for action in window.menu.panel_actions.values())
        assert all(action.isChecked() for action in window.menu.entity_actions.values())
    finally:
        window.close()
        window.library.close()


def test_the_newest_articles_show_at_once_then_the_search_fills_in(
        qtbot: Any, window: MainWindow, settings: Any, isolated: Path) -> None:
    window.close()
    window.library.close()
    again = MainWindow(Library.open(isolated), settings)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.search_finished, timeout=30000) as blocker:
        again.start()
        # Before the index answers: the list is full and an article is open.
        first = rows(again)
        assert first[0].startswith("Huawei and Shenyang Institute")  # the newest, 2025
        assert len(first) == 5 and again.reader.article is not None
        assert again.status.text().endswith("searching…")
        assert again.facets.model.rowCount() == 0
    assert blocker.args[0].total == 5 and sorted(rows(again)) == sorted(first)
    assert again.facets.model.rowCount() > 0
    assert again.status.text().startswith("5 of 5 articles")
    again.close()
    again.library.close()
