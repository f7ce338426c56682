"""The main window: builds the panels and makes every signal connection in one place."""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from partnerview import __version__, paths
from partnerview.core.files import write_atomically
from partnerview.core.importer import ImportReport
from partnerview.core.library import Library
from partnerview.core.search import SearchQuery, SearchResult, query_words
from partnerview.gui import commands
from partnerview.gui.annotation_panel import AnnotationPanel, summary
from partnerview.gui.article_table import ArticleTable
from partnerview.gui.dialogs import (
    QUERY_SYNTAX_HTML,
    AllAnnotationsDialog,
    ImportReportDialog,
    NoteDialog,
    TextDialog,
    shortcuts_html,
)
from partnerview.gui.errors import describe, report, show_error
from partnerview.gui.facet_panel import FacetPanel
from partnerview.gui.menus import MainMenu
from partnerview.gui.reader import Reader
from partnerview.gui.search_bar import COMPLETED_FACETS, SearchBar
from partnerview.gui.settings import Settings
from partnerview.gui.tasks import Task, TaskRunner
from partnerview.gui.timeline import Timeline

PAGE_SIZE = 200
COMPLETION_DELAY_MS = 1500
#: How long a worker thread may hold the interpreter before the GUI thread gets a turn
#: (Python's default is 5 ms; every slot the GUI runs waits for a turn).
GIL_SWITCH_SECONDS = 0.001
#: Which facet a click on a highlighted entity of each type filters by.
ENTITY_FACETS = {"organization": "organizations", "person": "people", "place": "places",
                 "field": "fields", "date": "years", "partner": "partners"}


class Marks(NamedTuple):
    """What the list shows beside a search result: library size, stars, note counts."""

    articles: int
    bookmarks: set[str]
    notes: dict[str, int]


class MainWindow(QMainWindow):
    """Search bar on top; facets, article list and reader side by side."""

    search_finished = Signal(object)  # the SearchResult now shown (tests wait on it)
    search_failed = Signal(str)  # why a search could not run, as shown to the user
    changes_saved = Signal(list)  # ids of the articles a saved (or undone) change touched
    import_finished = Signal(object)  # the ImportReport of a finished import
    reextract_finished = Signal(int)  # the number of articles extracted again
    article_opened = Signal(str)

    def __init__(self, library: Library, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = Settings(settings)
        self.query = SearchQuery(limit=PAGE_SIZE)
        self.result: SearchResult | None = None
        self.undo_stack = commands.UndoStack(self)
        self.work = TaskRunner(1, self)  # imports and other long writes
        self.searches = TaskRunner(1, self)  # searches, one after another
        self.edits = TaskRunner(1, self)  # the user's changes, one after another
        self._search_serial = 0
        self._import: Task | None = None
        self._pending_article: str | None = None
        self._completion_timer = QTimer(self)
        self._completion_timer.setSingleShot(True)
        self._completion_timer.setInterval(COMPLETION_DELAY_MS)
        sys.setswitchinterval(GIL_SWITCH_SECONDS)
        self.setWindowTitle("PartnerView")
        self.setAcceptDrops(True)
        self._build_widgets()
        self.menu = MainMenu(self)
        self._connect_signals()
        self._on_undo_stack_changed()
        self.resize(1400, 860)

    # ------------------------------------------------------------------ building

    def _build_widgets(self) -> None:
        self.search_bar = SearchBar(self)
        self.facets = FacetPanel(self)
        self.table = ArticleTable(self)
        self.timeline = Timeline(self)
        self.reader = Reader(self)
        self.annotations = AnnotationPanel(self)

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.table, 1)
        middle_layout.addWidget(self.timeline)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.addWidget(self.reader)
        self.right.addWidget(self.annotations)
        self.right.setStretchFactor(0, 4)
        self.right.setStretchFactor(1, 1)
        self.right.setSizes([640, 150])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.facets)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([285, 650, 565])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.status = QLabel(self)
        self.status.setObjectName("statusCount")
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(260)
        self.progress.setFormat("%v of %m")
        self.cancel = QPushButton("Cancel", self)
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel)
        self.progress.hide()
        self.cancel.hide()

    def _connect_signals(self) -> None:
        menu = self.menu
        for signal, slot in (
                (menu.add_files_requested, self._on_add_files_triggered),
                (menu.add_folder_requested, self._on_add_folder_triggered),
                (menu.export_requested, self._on_export_triggered),
                (menu.quit_requested, self.close),
                (menu.undo_requested, lambda: self._edit(self.undo_stack.undo)),
                (menu.redo_requested, lambda: self._edit(self.undo_stack.redo)),
                (menu.find_requested, self.search_bar.focus),
                (menu.find_in_article_requested, self.reader.focus_find),
                (menu.clear_filters_requested, self._clear_filters),
                (menu.bookmark_requested, self._on_bookmark_triggered),
                (menu.highlight_requested, lambda: self.reader.highlight_selection()),
                (menu.note_requested, self.reader.note_selection),
                (menu.tags_requested, self._on_tags_triggered),
                (menu.manage_tags_requested, self._on_manage_tags),
                (menu.all_annotations_requested, self._on_all_annotations_triggered),
                (menu.reextract_requested, self.run_reextract),
                (menu.zoom_requested, self.reader.zoom),
                (menu.syntax_requested, self._on_syntax_triggered),
                (menu.shortcuts_requested, self._on_shortcuts_triggered),
                (menu.about_requested, self._on_about_triggered),
                (menu.panel_toggled, self._on_panel_toggled),
                (menu.entity_type_toggled, self.reader.set_type_visible)):
            signal.connect(slot)
        self.search_bar.query_requested.connect(self._on_search_bar_query_requested)
        self.search_bar.sort_requested.connect(self._on_sort_requested)
        self.table.sort_requested.connect(self._on_sort_requested)
        self.search_bar.filter_add_requested.connect(self._add_filter)
        self.search_bar.filter_remove_requested.connect(self._remove_filter)
        self.search_bar.clear_filters_requested.connect(self._clear_filters)
        self.search_bar.list_focus_requested.connect(self._on_search_bar_list_focus_requested)
        self.facets.model.filter_toggled.connect(self._on_facets_filter_toggled)
        self.facets.clear_requested.connect(self._clear_filters)
        self.table.article_selected.connect(self._on_table_article_selected)
        self.table.model.more_requested.connect(self._on_table_more_requested)
        self.timeline.years_requested.connect(self._on_timeline_years_requested)
        self.reader.entity_filter_requested.connect(self._on_reader_entity_filter_requested)
        self.reader.bookmark_requested.connect(self._on_reader_bookmark_requested)
        self.reader.annotate_requested.connect(self._on_reader_annotate_requested)
        self.reader.note_requested.connect(self._on_reader_note_requested)
        self.reader.link_requested.connect(self._on_reader_link_requested)
        self.reader.type_visibility_changed.connect(
            lambda kind, on: self.menu.entity_actions[kind].setChecked(on))
        self.annotations.go_to_requested.connect(self._on_annotations_go_to_requested)
        self.annotations.edit_requested.connect(self._on_annotations_edit_requested)
        self.annotations.delete_requested.connect(self._on_annotations_delete_requested)
        self.annotations.reattach_requested.connect(self._on_annotations_reattach_requested)
        self.cancel.clicked.connect(self._on_cancel_clicked)
        self._completion_timer.timeout.connect(self._read_completions)
        self.undo_stack.changed.connect(self._on_undo_stack_changed)
        self.changes_saved.connect(self._after_change)

    # ------------------------------------------------------------------ start and stop

    def start(self) -> None:
        """Restore the last session, then show the library (importing the demo articles
        when it is empty)."""
        self._restore_state()
        if len(self.library) == 0:
            self.run_import([paths.seeds_dir()], first_run=True)
        else:
            self._prepare_index()

    def _prepare_index(self) -> None:
        self.work.run(self.library.backup_if_due, lambda _: None, self._on_backup_failed)
        if self.library.index_is_current():
            self.run_search()
            self._load_completions()
            return
        self._show_progress("Rebuilding the search index…")
        self._import = self.work.run(
            self.library.rebuild_index, lambda _: self._on_index_ready(),
            self._on_work_failed, self._on_progress)

    def _on_index_ready(self) -> None:
        self._hide_progress()
        self.run_search()
        self._load_completions()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._save_state()
        self._completion_timer.stop()
        if self._import is not None:
            self._import.cancel()
        self.work.wait()
        self.searches.wait()
        self.edits.wait()
        super().closeEvent(event)

    def _save_state(self) -> None:
        article = self.reader.article
        self.settings.save({
            "window/geometry": self.saveGeometry(), "window/state": self.saveState(),
            "window/splitter": self.splitter.saveState(),
            "window/reader_splitter": self.right.saveState(),
            "window/columns": self.table.view.horizontalHeader().saveState(),
            "window/panels": {name: action.isChecked()
                              for name, action in self.menu.panel_actions.items()},
            "query/text": self.query.text, "query/sort": self.query.sort,
            "query/filters": {k: list(v) for k, v in self.query.filters},
            "query/history": self.search_bar.history,
            "reader/article": article.id if article else "",
            "reader/zoom": self.reader.zoom_level,
            "reader/hidden_types": [k for k, a in self.menu.entity_actions.items()
                                    if not a.isChecked()]})

    def _restore_state(self) -> None:
        s = self.settings
        for key, apply in (("window/geometry", self.restoreGeometry),
                           ("window/state", self.restoreState),
                           ("window/splitter", self.splitter.restoreState),
                           ("window/reader_splitter", self.right.restoreState),
                           ("window/columns", self.table.view.horizontalHeader().restoreState)):
            s.restore(key, apply)
        panels = s.json("window/panels", {})
        for name, action in self.menu.panel_actions.items():
            action.setChecked(bool(panels.get(name, True)))
        filters = s.json("query/filters", {})
        self.query = SearchQuery.make(s.text("query/text"),
                                      {k: v for k, v in filters.items() if isinstance(v, list)},
                                      sort=s.text("query/sort", "relevance"), limit=PAGE_SIZE)
        self.search_bar.set_text(self.query.text)
        self.search_bar.set_sort(self.query.sort)
        self.search_bar.set_history([h for h in s.json("query/history", []) if isinstance(h, str)])
        self._pending_article = s.text("reader/article") or None
        if zoom := s.number("reader/zoom"):
            self.reader.zoom(zoom)
        for kind in s.json("reader/hidden_types", []):
            if kind in self.menu.entity_actions:
                self.menu.entity_actions[kind].setChecked(False)

    # ------------------------------------------------------------------ searching

    def run_search(self) -> None:
        """Search for ``self.query`` in the background; only the latest result is shown."""
        self._search_serial += 1
        serial = self._search_serial
        request = self.query
        self.search_bar.show_filters(request.filter_dict)
        library = self.library

        def search() -> tuple[SearchResult, Marks]:
            # Everything the list shows is read here, off the GUI thread.
            return library.run_search(request), Marks(
                len(library), set(library.bookmarks()), library.annotation_counts())

        self.searches.run(search, lambda done: self._on_search_done(serial, *done),
                          self._on_search_failed)

    def _on_search_done(self, serial: int, result: SearchResult, marks: Marks) -> None:
        if serial != self._search_serial:
            return  # a newer search is on its way: never paint a stale result
        self.result = result
        selected = result.query.filter_dict
        if result.total:
            empty = ""
        elif marks.articles == 0:
            empty = ("<h3>Your library is empty</h3><p>Add articles with File › Add Folder… "
                     "or drop files on this window.</p>")
        else:
            empty = ("<h3>No articles match</h3><p>Try fewer or other words"
                     + (", or remove a filter" if selected else "") + ".</p>")
        self.table.show_result(result.hits, result.total, empty)
        self.table.show_sort(result.query.sort)
        self.search_bar.set_sort(result.query.sort)
        self.table.model.set_marks(marks.bookmarks, marks.notes)
        self.facets.show_counts(result.facets, selected)
        self.search_bar.show_hint(result.message, result.suggestion)
        undated = result.total - sum(result.facets.get("years", {}).values())
        self.timeline.set_counts(result.facets.get("years", {}), selected.get("years", ()),
                                 max(0, undated))
        self.status.setText(f"{result.total} of {marks.articles} articles  ·  "
                            f"{result.seconds * 1000:.0f} ms")
        wanted = self._pending_article or (self.reader.article.id if self.reader.article
                                           else None)
        self._pending_article = None
        if not (wanted and self.table.select(wanted)):
            self.table.select_first()
        if not result.hits:
            self.reader.clear("No article to show.")
            self.annotations.show_annotations([])
        self.search_finished.emit(result)

    def _on_search_failed(self, exc: Exception) -> None:
        """A search that cannot run says so in the list; an import that runs meanwhile
        keeps its progress bar and its Cancel button."""
        report(exc)
        reason = describe(exc)
        self.table.show_result([], 0, "<h3>The search could not run</h3><p>"
                                      f"{html.escape(reason)}</p><p>Try again; the details "
                                      "are in the log file.</p>")
        self.status.setText("Search failed")
        self.search_failed.emit(reason)

    def _on_table_more_requested(self, offset: int) -> None:
        request = replace(self.query, limit=PAGE_SIZE, offset=offset)
        serial = self._search_serial

        def append(result: SearchResult) -> None:
            if serial == self._search_serial:
                self.table.model.append_hits(result.hits)

        self.searches.run(lambda: self.library.run_search(request), append,
                          self._on_search_failed)

    def _set_query(self, query: SearchQuery) -> None:
        if query != self.query:
            self.query = query
            self.run_search()

    def _on_search_bar_query_requested(self, text: str) -> None:
        if text.strip():
            self.search_bar.remember(text)
        self._set_query(replace(self.query, text=text, offset=0))

    def _on_sort_requested(self, sort: str) -> None:
        self._set_query(replace(self.query, sort=sort, offset=0))

    def _add_filter(self, facet: str, value: str) -> None:
        self._set_query(self.query.with_filter(facet, value))

    def _remove_filter(self, facet: str, value: str) -> None:
        self._set_query(self.query.without_filter(facet, value))

    def _clear_filters(self) -> None:
        self._set_query(self.query.without_filters())

    def _on_facets_filter_toggled(self, facet: str, value: str, checked: bool) -> None:
        # Deferred: the facet model is reset by the search it starts.
        QTimer.singleShot(0, lambda: (self._add_filter if checked else self._remove_filter)(
            facet, value))

    def _on_timeline_years_requested(self, years: list[int]) -> None:
        self._set_query(self.query.with_values("years", (str(y) for y in years)))

    def _on_reader_entity_filter_requested(self, kind: str, name: str) -> None:
        facet = ENTITY_FACETS.get(kind, "organizations")
        if kind == "organization" and self.reader.article and \
                name in self.reader.article.partners:
            facet = "partners"
        if kind == "date":
            name = name[:4]
            if not name.isdigit():
                return
        self._add_filter(facet, name)

    def _on_search_bar_list_focus_requested(self) -> None:
        self.table.view.setFocus()
        if not self.table.current_id():
            self.table.select_first()

    def _load_completions(self) -> None:
        # After the first result is painted: reading every facet value competes with it.
        self._completion_timer.start()

    def _read_completions(self) -> None:
        library = self.library
        self.searches.run(
            lambda: {f: list(library.facet_values(f)) for f in COMPLETED_FACETS},
            self.search_bar.set_completions, self._on_work_failed)

    # ------------------------------------------------------------------ reading

    def _on_table_article_selected(self, article_id: str) -> None:
        self.open_article(article_id)

    def open_article(self, article_id: str) -> None:
        """Show an article in the reader with the query's words marked."""
        try:
            article = self.library.article(article_id)
        except KeyError:
            self.reader.clear("This article is no longer in the library.")
            return
        notes = self.library.annotations(article_id)
        self.reader.show_article(article, query_words(self.query.text), notes)
        self.annotations.show_annotations(notes)
        self.article_opened.emit(article_id)

    def _after_change(self, article_ids: list[str]) -> None:
        """Show the state after a change to bookmarks, tags or annotations."""
        current = self.reader.article
        if current is not None and current.id in article_ids:
            article = self.library.article(current.id)
            notes = self.library.annotations(current.id)
            self.reader.article = article
            self.reader.show_article(article, query_words(self.query.text), notes)
            self.annotations.show_annotations(notes)
        self.run_search()

    # ------------------------------------------------------------------ user's marks

    def _push(self, command: commands.UndoCommand) -> None:
        """Do a change the user can undo; a failed save is explained, nothing is lost."""
        self._edit(lambda: self.undo_stack.push(command))

    def _edit(self, change: Callable[[], None]) -> None:
        # Off the GUI thread, one after another: a save may wait for an import's batch.
        # The commands report what changed through ``changes_saved``, back on this thread.
        self.edits.run(change, lambda _: None, lambda exc: show_error(
            self, "Could not save", exc, "Nothing was changed."))

    def _on_undo_stack_changed(self) -> None:
        self.menu.show_undo(self.undo_stack.undo_text(), self.undo_stack.redo_text())

    def _on_panel_toggled(self, name: str, on: bool) -> None:
        {"facets": self.facets, "timeline": self.timeline,
         "annotations": self.annotations}[name].setVisible(on)

    def _on_bookmark_triggered(self) -> None:
        ids = self.table.selected_ids() or ([self.reader.article.id] if self.reader.article
                                            else [])
        if ids:
            marked = set(self.library.bookmarks())
            on = not all(i in marked for i in ids)
            self._push(commands.SetBookmarks(self.library, ids, on,
                                                       self.changes_saved.emit))

    def _on_reader_bookmark_requested(self, article_id: str, on: bool) -> None:
        self._push(commands.SetBookmarks(self.library, [article_id], on,
                                                   self.changes_saved.emit))

    def _on_reader_annotate_requested(self, article_id: str, start: int, end: int,
                                      color: str) -> None:
        self._push(commands.AddAnnotation(self.library, article_id, start, end,
                                                    self.changes_saved.emit, color=color))

    def _on_reader_note_requested(self, article_id: str, start: int, end: int) -> None:
        quote = self.library.article(article_id).text[start:end]
        dialog = NoteDialog(quote, parent=self)
        if dialog.exec():
            note, color, tags = dialog.values()
            self._push(commands.AddAnnotation(
                self.library, article_id, start, end, self.changes_saved.emit, note=note,
                color=color, tags=tags))

    def _on_reader_link_requested(self, address: str) -> None:
        # Nothing is fetched unless the user says so, knowing where it goes.
        answer = QMessageBox.question(
            self, "Open link", f"Open this address in your web browser?\n\n{address}")
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl(address))

    def _on_annotations_go_to_requested(self, annotation_id: str) -> None:
        annotation = self.library.annotation(annotation_id)
        if annotation.status == "anchored":
            self.reader.scroll_to(annotation.start, annotation.end)

    def _on_annotations_edit_requested(self, annotation_id: str) -> None:
        annotation = self.library.annotation(annotation_id)
        dialog = NoteDialog(annotation.quote, annotation.note, annotation.color,
                            annotation.tags, parent=self)
        if dialog.exec():
            note, color, tags = dialog.values()
            self._push(commands.EditAnnotation(
                self.library, annotation_id, self.changes_saved.emit, note=note, color=color,
                tags=tags))

    def _on_annotations_delete_requested(self, annotation_id: str) -> None:
        self._push(commands.DeleteAnnotation(self.library, annotation_id,
                                                       self.changes_saved.emit))

    def _on_annotations_reattach_requested(self, annotation_id: str) -> None:
        selected = self.reader.selection()
        if selected is None:
            QMessageBox.information(self, "Re-attach annotation",
                                    "Select the passage in the article first, then click "
                                    "Re-attach to Selection.")
            return
        self._push(commands.EditAnnotation(
            self.library, annotation_id, self.changes_saved.emit, start=selected[0],
            end=selected[1]))

    def _on_all_annotations_triggered(self) -> None:
        rows = []
        titles: dict[str, str] = {}
        for annotation in self.library.annotations():
            if annotation.article_id not in titles:
                titles[annotation.article_id] = self.library.article(annotation.article_id).title
            rows.append((annotation.id, annotation.article_id, titles[annotation.article_id],
                         "  ·  ".join(summary(annotation))))
        dialog = AllAnnotationsDialog(rows, self)
        if dialog.exec() and dialog.chosen:
            article_id, annotation_id = dialog.chosen
            if not self.table.select(article_id):
                self.open_article(article_id)
            self._on_annotations_go_to_requested(annotation_id)

    def _on_tags_triggered(self) -> None:
        ids = self.table.selected_ids()
        if not ids:
            return
        current = sorted({t for i in ids for t in self.library.article(i).tags})
        text, ok = QInputDialog.getText(
            self, "Tags", f"Tags of {len(ids)} article{'s' if len(ids) > 1 else ''} "
            "(comma-separated; remove one by deleting it):", text=", ".join(current))
        if not ok:
            return
        wanted = {t.strip() for t in text.split(",") if t.strip()}
        self._push(commands.SetTags(self.library, ids, sorted(wanted),
                                              sorted(set(current) - wanted),
                                              self.changes_saved.emit))

    def _on_manage_tags(self) -> None:
        tags = list(self.library.tags())
        if not tags:
            QMessageBox.information(self, "Tags", "No article has a tag yet (Edit › Tags…).")
            return
        tag, ok = QInputDialog.getItem(self, "Rename or delete a tag", "Tag:", tags, 0, False)
        if not ok:
            return
        new, ok = QInputDialog.getText(self, "Rename or delete a tag",
                                       f"New name for “{tag}” (empty deletes it):", text=tag)
        if not ok or new.strip() == tag:
            return
        ids = self.library.tagged(tag)
        add = [new.strip()] if new.strip() else []
        self._push(commands.SetTags(self.library, ids, add, [tag],
                                              self.changes_saved.emit))

    # ------------------------------------------------------------------ importing

    def run_import(self, sources: list[Path | str], first_run: bool = False) -> None:
        """Import files or folders in the background with progress and cancel."""
        if self._import is not None:
            QMessageBox.information(self, "Import", "An import is already running.")
            return
        self._show_progress("Importing the demo articles…" if first_run else "Importing…")
        library = self.library
        self._import = self.work.run(
            lambda progress: library.add(sources, progress=progress),
            lambda report: self._on_import_done(report, first_run),
            self._on_work_failed, self._on_progress)

    def run_reextract(self) -> None:
        """Run extraction again over the whole library in the background, with progress;
        facets, highlights and search follow when it ends."""
        if self._import is not None:
            QMessageBox.information(self, "Re-extract", "Wait for the running import to end.")
            return
        self._show_progress("Re-extracting entities…")
        library = self.library
        self._import = self.work.run(
            lambda progress: library.reextract(progress=progress),
            self._on_reextract_done, self._on_work_failed, self._on_progress)

    def _on_reextract_done(self, count: int) -> None:
        self._hide_progress()
        self.statusBar().showMessage(f"Entities found again in {count} articles", 10000)
        self.run_search()
        self._load_completions()
        self.reextract_finished.emit(count)

    def _on_import_done(self, report: ImportReport, first_run: bool) -> None:
        self._hide_progress()
        self.statusBar().showMessage(f"Import: {report.summary()}", 10000)
        self.run_search()
        self._load_completions()
        if report.failed and not first_run:
            ImportReportDialog(report.summary(), report.failed, self).exec()
        self.import_finished.emit(report)

    def _on_add_files_triggered(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Add articles", str(Path.home()),
            "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)")
        if files:
            self.run_import(files)

    def _on_add_folder_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Add a folder of articles",
                                                  str(Path.home()))
        if folder:
            self.run_import([folder])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.run_import(files)

    def _show_progress(self, message: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel.show()
        self.cancel.setEnabled(True)
        self.statusBar().showMessage(message)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _hide_progress(self) -> None:
        self._import = None
        self.progress.hide()
        self.cancel.hide()
        self.statusBar().clearMessage()

    def _on_cancel_clicked(self) -> None:
        if self._import is not None:
            self._import.cancel()
            self.cancel.setEnabled(False)
            self.statusBar().showMessage("Cancelling… the articles read so far are kept.")

    def _on_backup_failed(self, exc: Exception) -> None:
        show_error(self, "Automatic backup failed", exc, in_status_bar=True)

    def _on_work_failed(self, exc: Exception) -> None:
        self._hide_progress()
        show_error(self, "The work in the background stopped", exc,
                   "What was saved before it stopped is kept.")

    # ------------------------------------------------------------------ export and help

    def _on_export_triggered(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self, "Export annotations", str(Path.home() / "annotations.jsonld"),
            "W3C Web Annotation (*.jsonld *.json);;Markdown report (*.md)")
        if not name:
            return
        markdown = name.endswith(".md") or "Markdown" in chosen
        text = self.library.export_annotations("markdown" if markdown else "w3c")
        try:
            write_atomically(Path(name), text)
        except OSError as exc:
            show_error(self, "Export failed", exc)
            return
        self.statusBar().showMessage(f"Exported annotations to {name}", 8000)

    def _on_syntax_triggered(self) -> None:
        TextDialog("Query syntax", QUERY_SYNTAX_HTML, self).exec()

    def _on_shortcuts_triggered(self) -> None:
        rows = self.menu.shortcuts() + [
            ("Up / Down", "Previous / next article"), ("Esc", "Clear the search"),
            ("F3", "Find the next match in the article")]
        TextDialog("Keyboard shortcuts", shortcuts_html(rows), self).exec()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self, "About PartnerView",
            f"<h3>PartnerView {__version__}</h3><p>An offline library of news about "
            "industry–university partnerships.</p><p>Library folder:<br>"
            f"<code>{self.library.folder}</code></p>")
