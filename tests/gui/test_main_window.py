"""The main window, driven as a person drives it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QTextCursor

from partnerview.gui.dialogs import ImportReportDialog, NoteDialog
from partnerview.gui.main_window import MainWindow
from partnerview.gui.reader import ANNOTATION_ID, ENTITY_NAME, ENTITY_TYPE, SEARCH_HIT
from tests.gui.conftest import open_window, saved, search


def rows(window: MainWindow) -> list[str]:
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


def test_checking_a_facet_filters_list_and_counts(qtbot: Any, window: MainWindow) -> None:
    model = window.facets.model
    partners = model.index(0, 0)
    wut = next(model.index(r, 0, partners) for r in range(model.rowCount(partners))
               if model.index(r, 0, partners).data() == "Wuhan University of Technology")
    with qtbot.waitSignal(window.search_finished) as blocker:
        model.setData(wut, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert blocker.args[0].total == 1
    assert rows(window) == ["WUT and Huawei Signed a Agreement to Continue to Build the ICT "
                            "Innovative Talent Center"]
    # Counts follow: the partners of the other articles stay countable (OR within a facet).
    assert blocker.args[0].facets["partners"]["East China Normal University"] == 2
    assert window.query.filter_dict == {"partners": ("Wuhan University of Technology",)}
    # A chip shows the filter; clicking it removes the filter.
    chips = [c for c in window.search_bar.chips.findChildren(type(window.reader.star))
             if c.objectName() == "filterChip"]
    assert [c.text() for c in chips] == ["Partner: Wuhan University of Technology  ✕"]
    with qtbot.waitSignal(window.search_finished) as blocker:
        qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    assert blocker.args[0].total == 5


def test_reader_highlights_entities_by_type(qtbot: Any, window: MainWindow) -> None:
    search(qtbot, window, "Huawai")
    assert window.reader.article.title.startswith("WUT and Huawei")
    entities = formats(window, ENTITY_TYPE)
    names = {(text, kind) for text, kind in entities}
    assert ("Wang Fazhou", "person") in names
    assert ("WUT", "organization") in names
    assert ("Hubei", "place") in names
    assert ("cloud computing", "field") in names
    assert ("December 23", "date") in names
    assert ("Huawai", "Huawei") in formats(window, ENTITY_NAME)
    # Hiding a type removes its highlights.
    window.reader.type_toggles["person"].setChecked(False)
    assert ("Wang Fazhou", "person") not in set(formats(window, ENTITY_TYPE))


def test_clicking_an_entity_filters_by_it(qtbot: Any, window: MainWindow) -> None:
    search(qtbot, window, "Huawai")
    body = window.reader.body
    at = window.reader.article.text.index("Wang Fazhou") + 2
    cursor = QTextCursor(body.document())
    cursor.setPosition(at)
    point = body.cursorRect(cursor).center()
    with qtbot.waitSignal(window.search_finished) as blocker:
        qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args[0].query.filter_dict == {"people": ("Wang Fazhou",)}


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


def test_import_lists_failures_by_name(qtbot: Any, window: MainWindow, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[ImportReportDialog] = []
    monkeypatch.setattr(ImportReportDialog, "exec", lambda self: shown.append(self) or 0)
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "good.md").write_text("# Safaricom and Kenyatta University sign MoU\n\n"
                                    "They will train 5G engineers.\n")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 500)
    with qtbot.waitSignal(window.import_finished, timeout=20000) as blocker:
        window.run_import([folder])
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
    window.run_import([folder])
    # While the import is still running, the event loop keeps serving timers and input.
    qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=20000)
    assert window._import is not None, "the import ended before the loop was checked"
    qtbot.keyClicks(window.search_bar.edit, "w1x")
    assert window.search_bar.text == "w1x"
    with qtbot.waitSignal(window.import_finished, timeout=120000):
        pass
    timer.stop()


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


def test_screenshot_command(tmp_path: Path, seeds: Path) -> None:
    import subprocess
    import sys

    picture = tmp_path / "shot.png"
    data = tmp_path / "lib"
    out = subprocess.run([sys.executable, "-m", "partnerview", "--data-dir", str(data),
                          "--screenshot", str(picture), "--query", "kunpeng"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(picture))
    assert image.width() >= 1200 and image.height() >= 700
    shutil.rmtree(data)


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


def test_links_open_only_after_confirmation(qtbot: Any, window: MainWindow, tmp_path: Path,
                                            no_blocking_dialogs: list[Any],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(
        lambda url: opened.append(url.toString()) or True))
    article = tmp_path / "linked.txt"
    article.write_text("Linked story\n\nDetails at https://example.edu/news/1. More text.\n")
    with qtbot.waitSignal(window.import_finished):
        window.run_import([article])
    article_id = window.library.find_article(article)
    window.open_article(article_id)
    from PySide6.QtGui import QTextFormat

    href = int(QTextFormat.Property.AnchorHref.value)
    assert formats(window, href) == [("https://example.edu/news/1",
                                      "https://example.edu/news/1")]
    window.reader.body.anchorClicked.emit(QUrl("https://example.edu/news/1"))
    assert no_blocking_dialogs[-1][0] == "question"
    assert "https://example.edu/news/1" in no_blocking_dialogs[-1][1]
    assert opened == []  # the recorded dialog answers Ok, not Yes: nothing opens
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    window.reader.body.anchorClicked.emit(QUrl("https://example.edu/news/1"))
    assert opened == ["https://example.edu/news/1"]


def test_timeline_click_and_drag_filter_by_years(qtbot: Any) -> None:
    from partnerview.gui.timeline import Timeline

    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.resize(400, 80)
    timeline.set_counts({"2019": 3, "2021": 1, "2025": 2}, (), undated=4)
    assert timeline.years() == list(range(2019, 2026))
    left, width = timeline._layout(7)
    at = lambda year: QPoint(int(left + (year - 2019 + 0.5) * width), 40)  # noqa: E731
    with qtbot.waitSignal(timeline.years_requested) as clicked:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=at(2021))
    assert clicked.args == [[2021]]
    with qtbot.waitSignal(timeline.years_requested) as dragged:
        qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=at(2019))
        qtbot.mouseMove(timeline, at(2025))
        qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=at(2025))
    assert dragged.args == [[2019, 2021, 2025]]  # years without articles are left out


def test_reextract_from_the_menu_shows_progress_and_updates_facets(
        qtbot: Any, window: MainWindow) -> None:
    window.library.add_knowledge("organization", "Office of Teaching Affairs",
                                 aliases=["Teaching Affairs Office"], kind="department")
    with qtbot.waitSignal(window.reextract_finished, timeout=30000) as blocker:
        window.menu.reextract_action.trigger()
        assert window.progress.isVisible()
    assert blocker.args == [5]
    qtbot.waitUntil(lambda: not window.progress.isVisible())
    result = search(qtbot, window, 'org:"Office of Teaching Affairs"')
    assert result.total == 1


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
    window.run_import(["somewhere"])
    try:
        with qtbot.waitSignal(window.search_failed, timeout=10000) as failed:
            qtbot.keyClicks(window.search_bar.edit, "kunpeng")
        assert "the index went away" in failed.args[0]
        assert window.progress.isVisible() and window.cancel.isEnabled()
        assert window._import is not None  # a second import is still refused
        assert window.status.text() == "Search failed"
    finally:
        release.set()
    with qtbot.waitSignal(window.import_finished, timeout=10000):
        pass


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
    window.run_import(["somewhere"])
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    [(title, text)] = shown
    assert title == "The work in the background stopped"
    assert text.startswith("Could not save to the library: the disk is full")
    assert "log file" not in text  # an error the user can act on is no bug
    assert not window.progress.isVisible() and window._import is None


def test_header_clicks_sort_the_whole_result_in_the_index(qtbot: Any, window: MainWindow) -> None:
    from partnerview.gui.article_table import DATE, PARTNERS

    header = window.table.view.horizontalHeader()

    def click(column: int) -> Any:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        with qtbot.waitSignal(window.search_finished, timeout=10000) as blocker:
            qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                             pos=QPoint(x, header.height() // 2))
        return blocker.args[0]

    newest = click(DATE)
    assert newest.query.sort == "date"
    assert window.search_bar.sort.currentData() == "date"
    assert header.sortIndicatorSection() == DATE
    dates = [hit.date for hit in newest.hits if hit.date and not hit.date.startswith("--")]
    assert dates == sorted(dates, reverse=True)
    oldest = click(DATE)
    assert oldest.query.sort == "oldest"
    assert [h.id for h in oldest.hits if h.date and not h.date.startswith("--")] == \
        [h.id for h in newest.hits if h.date and not h.date.startswith("--")][::-1]
    # The index cannot sort by partners: a click there changes nothing.
    x = header.sectionViewportPosition(PARTNERS) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert window.query.sort == "oldest" and header.sortIndicatorSection() == DATE


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
    window.run_import(["somewhere"])
    assert holding.wait(10)
    started = time.monotonic()
    window.menu.bookmark_action.trigger()
    assert time.monotonic() - started < 0.5  # the window did not wait for the import
    qtbot.wait(200)
    assert window.library.bookmarks() == []  # the save waits for the import's write
    with qtbot.waitSignals([window.changes_saved, window.import_finished], timeout=10000):
        release.set()
    assert window.library.bookmarks() == [article_id]
