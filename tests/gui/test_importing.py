"""Imports and re-extraction from the window: progress, cancel, failures by name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from partnerview.gui.dialogs import ImportReportDialog
from partnerview.gui.main_window import MainWindow
from tests.gui.conftest import search


def test_import_lists_failures_by_name(qtbot: Any, window: MainWindow, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[ImportReportDialog] = []
    monkeypatch.setattr(ImportReportDialog, "exec", lambda self: shown.append(self) or 0)
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "good.md").write_text("# Safaricom and Kenyatta University sign MoU\n\n"
                                    "They will train 5G engineers.\n")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 500)
    with qtbot.waitSignal(window.importing.import_finished, timeout=20000) as blocker:
        window.importing.add([folder])
    assert blocker.args[0].summary().startswith("1 added")
    [dialog] = shown
    item = dialog.table.topLevelItem(0)
    assert (item.text(0), item.text(1)) == ("broken.txt", "binary file, not text")
    qtbot.waitUntil(lambda: window.status.text().startswith("6 of 6"))


def test_gui_thread_keeps_running_during_a_large_import(qtbot: Any, window: MainWindow,
                                                        tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    text = (Path(window.library.article(window.table.model.article_id(0)).path)
            .read_text("utf-8"))
    for i in range(400):
        (folder / f"a{i}.txt").write_text(f"Copy {i}\n\n{text}\nUnique word w{i}x.\n")
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    window.importing.add([folder])
    # While the import is still running, the event loop keeps serving timers and input.
    qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=20000)
    assert window.work.busy(), "the import ended before the loop was checked"
    qtbot.keyClicks(window.search_bar.edit, "w1x")
    assert window.search_bar.text == "w1x"
    with qtbot.waitSignal(window.importing.import_finished, timeout=120000):
        pass
    timer.stop()


def test_reextract_from_the_menu_shows_progress_and_updates_facets(
        qtbot: Any, window: MainWindow) -> None:
    window.library.add_knowledge("organization", "Office of Teaching Affairs",
                                 aliases=["Teaching Affairs Office"], kind="department")
    with qtbot.waitSignal(window.importing.reextract_finished, timeout=30000) as blocker:
        window.menu.reextract_action.trigger()
        assert window.work.progress.isVisible()
    assert blocker.args == [5]
    qtbot.waitUntil(lambda: not window.work.progress.isVisible())
    result = search(qtbot, window, 'org:"Office of Teaching Affairs"')
    assert result.total == 1


def test_a_failed_import_is_explained_and_the_window_goes_on(
        qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from partnerview.core.store import StoreError

    def full_disk(sources: list[Any], progress: Any = None) -> Any:
        raise StoreError("Could not save to the library: the disk is full")

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(window.library, "add", full_disk)
    window.importing.add(["somewhere"])
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    [(title, text)] = shown
    assert title == "The work in the background stopped"
    assert text.startswith("Could not save to the library: the disk is full")
    assert "log file" not in text  # an error the user can act on is no bug
    assert not window.work.progress.isVisible() and not window.work.busy()
