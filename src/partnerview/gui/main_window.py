"""The main window: builds the panels and makes every signal connection in one place."""

from __future__ import annotations

import html
import sys
from dataclasses import replace

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from partnerview import paths
from partnerview.core.library import Library
from partnerview.core.search import SearchQuery, SearchResult, query_words
from partnerview.gui.annotation_panel import AnnotationPanel
from partnerview.gui.article_table import ArticleTable
from partnerview.gui.background import LongWork
from partnerview.gui.curation import Curation
from partnerview.gui.dialogs import show_about, show_query_syntax, show_shortcuts
from partnerview.gui.errors import describe, report, show_error, show_work_failed
from partnerview.gui.facet_panel import FacetPanel
from partnerview.gui.importing import Importing
from partnerview.gui.marking import Marking
from partnerview.gui.menus import MainMenu
from partnerview.gui.network_view import NetworkView
from partnerview.gui.networking import Networking
from partnerview.gui.reader import Reader
from partnerview.gui.research import Research
from partnerview.gui.saved_panel import SavedPanel
from partnerview.gui.search_bar import SearchBar
from partnerview.gui.searching import Marks, Searcher
from partnerview.gui.settings import Settings
from partnerview.gui.timeline import Timeline

PAGE_SIZE = 200
#: What a search leaves out to count each reposted story once: its later copies.
COPIES = (("copy", ("yes",)),)
COMPLETION_DELAY_MS = 1500
#: How long a worker thread may hold the interpreter before the GUI thread gets a turn
#: (Python's default is 5 ms; every slot the GUI runs waits for a turn).
GIL_SWITCH_SECONDS = 0.001
#: Which facet a click on a highlighted entity of each type filters by.
ENTITY_FACETS = {"organization": "organizations", "person": "people", "place": "places",
                 "field": "fields", "date": "years", "partner": "partners"}


class MainWindow(QMainWindow):
    """Search bar on top; facets, article list and reader side by side."""

    search_finished = Signal(object)  # the SearchResult now shown (tests wait on it)
    search_failed = Signal(str)  # why a search could not run, as shown to the user
    changes_saved = Signal(list)  # ids of the articles a saved (or undone) change touched
    article_opened = Signal(str)

    def __init__(self, library: Library, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = Settings(settings)
        self.query = SearchQuery(limit=PAGE_SIZE, exclude=COPIES)
        self.result: SearchResult | None = None
        self.searches = Searcher(library, self)
        self._pending_article: str | None = None
        self._completion_timer = QTimer(self)
        self._completion_timer.setSingleShot(True)
        self._completion_timer.setInterval(COMPLETION_DELAY_MS)
        sys.setswitchinterval(GIL_SWITCH_SECONDS)
        self.setWindowTitle("PartnerView")
        self.setAcceptDrops(True)
        self._build_widgets()
        self.marking = Marking(self, library, self.table, self.reader)
        self.work = LongWork(self.statusBar())  # imports and other long writes
        self.importing = Importing(self, library, self.work)
        self.research = Research(self, library, self.marking, self.work, self.saved,
                                 self.table, lambda: self.query)
        self.curation = Curation(self, library, self.marking, lambda: self.query)
        self.networking = Networking(self, library, self.network, self.network_dock)
        self.menu = MainMenu(self)
        self._connect_signals()
        self.menu.show_undo("", "")
        self.resize(1400, 860)

    # ------------------------------------------------------------------ building

    def _build_widgets(self) -> None:
        self.search_bar = SearchBar(self)
        self.saved = SavedPanel(self)
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
        self.left = QSplitter(Qt.Orientation.Vertical, self)
        self.left.addWidget(self.saved)
        self.left.addWidget(self.facets)
        self.left.setStretchFactor(1, 3)
        self.left.setSizes([170, 630])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([280, 760, 560])  # the list gets the most room
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.network = NetworkView(self)
        self.network_dock = QDockWidget("Partner network", self)
        self.network_dock.setObjectName("networkDock")  # its place is saved with the window
        self.network_dock.setWidget(self.network)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.network_dock)
        self.network_dock.hide()

        self.status = QLabel(self)
        self.status.setObjectName("statusCount")
        self.statusBar().addWidget(self.status, 1)

    def _connect_signals(self) -> None:
        menu, marking, research, saved = self.menu, self.marking, self.research, self.saved
        for signal, slot in (
                (menu.export_results_requested, research.export_results),
                (menu.save_search_requested, research.save_search),
                (menu.batch_search_requested, research.batch_search),
                (saved.search_requested, research.open_search),
                (saved.collection_requested, research.show_collection),
                (saved.update_search_requested, research.update_search),
                (saved.rename_search_requested, research.rename_search),
                (saved.delete_search_requested, research.delete_search),
                (saved.rename_collection_requested, research.rename_collection),
                (saved.delete_collection_requested, research.delete_collection),
                (saved.export_collection_requested, research.export_collection),
                (saved.articles_dropped, lambda name, ids: research.add_to_collection(ids, name)),
                (self.table.menu_requested, research.row_menu),
                (research.query_requested, self._on_research_query_requested),
                (marking.edited, research.refresh),
                (marking.edited, self.curation.refresh_dialog),
                (menu.network_toggled, self.network_dock.setVisible),
                (self.network_dock.visibilityChanged, menu.network_action.setChecked),
                (self.search_finished, lambda result: self.networking.show_for(result.query)),
                (self.network.partner_requested,
                 lambda name: self._add_filter("partners", name)),
                (self.network.pair_requested, self._on_network_pair_requested),
                (self.reader.copy_requested, self.open_article),
                (self.reader.compare_requested, research.compare),
                (menu.stories_toggled, self._on_menu_stories_toggled),
                (menu.corrections_requested, self.curation.show_corrections),
                (self.facets.menu_about_to_show, self.curation.add_facet_actions),
                (self.reader.menu_about_to_show, self.curation.add_reader_actions),
                (menu.add_files_requested, self.importing.choose_files),
                (menu.add_folder_requested, self.importing.choose_folder),
                (menu.export_requested, marking.export_annotations),
                (menu.quit_requested, self.close),
                (menu.undo_requested, marking.undo),
                (menu.redo_requested, marking.redo),
                (menu.find_requested, self.search_bar.focus),
                (menu.find_in_article_requested, self.reader.focus_find),
                (menu.clear_filters_requested, self._clear_filters),
                (menu.bookmark_requested, marking.toggle_bookmarks),
                (menu.highlight_requested, lambda: self.reader.highlight_selection()),
                (menu.note_requested, self.reader.note_selection),
                (menu.tags_requested, marking.edit_tags),
                (menu.manage_tags_requested, marking.manage_tags),
                (menu.all_annotations_requested, marking.show_all_annotations),
                (menu.reextract_requested, self.importing.reextract),
                (menu.zoom_requested, self.reader.zoom),
                (menu.syntax_requested, lambda: show_query_syntax(self)),
                (menu.shortcuts_requested, lambda: show_shortcuts(self, menu.shortcuts())),
                (menu.about_requested, lambda: show_about(self, self.library.folder)),
                (menu.panel_toggled, self._on_panel_toggled),
                (menu.entity_type_toggled, self.reader.set_type_visible),
                (menu.compact_toggled, self.table.set_compact),
                (menu.pane_requested, self._on_pane_requested),
                (self.search_bar.query_requested, self._on_search_bar_query_requested),
                (self.search_bar.sort_requested, self._on_sort_requested),
                (self.search_bar.filter_add_requested, self._add_filter),
                (self.search_bar.filter_remove_requested, self._remove_filter),
                (self.search_bar.clear_filters_requested, self._clear_filters),
                (self.search_bar.list_focus_requested, self._on_search_bar_list_focus_requested),
                (self.facets.filter_toggled, self._on_facets_filter_toggled),
                (self.facets.clear_requested, self._clear_filters),
                (self.table.article_selected, self.open_article),
                (self.table.sort_requested, self._on_sort_requested),
                (self.table.more_requested,
                 lambda offset: self.searches.next_page(self.query, offset)),
                (self.searches.found, self._on_search_done),
                (self.searches.page_found, self.table.append_hits),
                (self.searches.failed, self._on_search_failed),
                (self.searches.completions_read, self.search_bar.set_completions),
                (self.timeline.years_requested, self._on_timeline_years_requested),
                (self.reader.entity_filter_requested, self._on_reader_entity_filter_requested),
                (self.reader.bookmark_requested,
                 lambda article_id, on: marking.set_bookmarks([article_id], on)),
                (self.reader.annotate_requested, marking.highlight),
                (self.reader.note_requested, marking.add_note),
                (self.reader.link_requested, self._on_reader_link_requested),
                (self.reader.type_visibility_changed, menu.show_type_visible),
                (self.annotations.go_to_requested, self._on_annotations_go_to_requested),
                (self.annotations.edit_requested, marking.edit_annotation),
                (self.annotations.delete_requested, marking.delete_annotation),
                (self.annotations.reattach_requested, marking.reattach_annotation),
                (marking.go_to_requested, self._on_marking_go_to_requested),
                (marking.undo_changed, menu.show_undo),
                (marking.changes_saved, self.changes_saved),
                (self.changes_saved, self._after_change),
                (self.importing.library_changed, self._on_index_ready),
                (self._completion_timer.timeout, self.searches.read_completions)):
            signal.connect(slot)

    # ------------------------------------------------------------------ start and stop

    def start(self) -> None:
        """Restore the last session, then show the library (importing the demo articles
        when it is empty)."""
        self._restore_state()
        if len(self.library) == 0:
            self.importing.add([paths.seeds_dir()], first_run=True)
        else:
            self._show_newest()
            self._prepare_index()

    def _show_newest(self) -> None:
        """The newest articles at once, read from the store, until the index has answered
        the first search (opening it takes seconds on a large library)."""
        if self.query.text or self.query.filters:
            self.table.show_result([], 0, "<h3>Searching…</h3>")
            self.status.setText("Opening the library…")
            return
        hits = self.library.newest(PAGE_SIZE)
        self.table.show_result(hits, len(hits), "")
        self.status.setText(f"The newest {len(hits)} of {len(self.library)} articles  ·  "
                            "searching…")
        if not (self._pending_article and self.table.select(self._pending_article)):
            self.table.select_first()

    def _prepare_index(self) -> None:
        self.work.run(self.library.backup_if_due, lambda _: None, self._on_backup_failed)
        if self.library.index_is_current():
            self._on_index_ready()
        else:
            self.work.start("Rebuilding the search index…", self.library.rebuild_index,
                            lambda _: self._on_index_ready(), self._on_work_failed)

    def _on_index_ready(self) -> None:
        self.run_search()
        self._load_completions()
        self.research.refresh()
        if not self.library.read_only and self.library.stories.unsigned():
            # A library from before repost detection by bands: its articles are signed,
            # so that their copies are found when they come.
            self.work.start("Preparing older articles for repost detection…",
                            self.library.stories.sign, lambda _: None, self._on_work_failed)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._save_state()
        self._completion_timer.stop()
        self.work.stop()
        self.searches.wait()
        self.marking.wait()
        self.research.wait()
        self.networking.wait()
        super().closeEvent(event)

    def _save_state(self) -> None:
        article = self.reader.current_article()
        self.settings.save({
            "window/geometry": self.saveGeometry(), "window/state": self.saveState(),
            "window/splitter": self.splitter.saveState(),
            "window/reader_splitter": self.right.saveState(),
            "window/left_splitter": self.left.saveState(),
            "window/list_columns": self.table.header_state(),
            "window/compact_list": self.menu.compact(),
            "view/every_copy": not self.menu.stories_action.isChecked(),
            "facets/hide_units": self.facets.hides_units(),
            "window/panels": self.menu.panels_shown(),
            "query/text": self.query.text, "query/sort": self.query.sort,
            "query/filters": {k: list(v) for k, v in self.query.filters},
            "query/history": self.search_bar.history,
            "reader/article": article.id if article else "",
            "reader/zoom": self.reader.zoom_level,
            "reader/hidden_types": self.menu.hidden_types()})

    def _restore_state(self) -> None:
        s = self.settings
        for key, apply in (("window/geometry", self.restoreGeometry),
                           ("window/state", self.restoreState),
                           ("window/splitter", self.splitter.restoreState),
                           ("window/reader_splitter", self.right.restoreState),
                           ("window/left_splitter", self.left.restoreState),
                           ("window/list_columns", self.table.restore_header_state)):
            s.restore(key, apply)
        self.menu.set_compact(s.flag("window/compact_list"))
        self.facets.set_hide_units(s.flag("facets/hide_units"))
        panels = s.json("window/panels", {})
        self.menu.show_panels({name: bool(on) for name, on in panels.items()})
        filters = s.json("query/filters", {})
        once = not s.flag("view/every_copy")
        self.query = SearchQuery.make(s.text("query/text"),
                                      {k: v for k, v in filters.items() if isinstance(v, list)},
                                      sort=s.text("query/sort", "relevance"), limit=PAGE_SIZE,
                                      exclude=COPIES if once else ())
        self.menu.stories_action.blockSignals(True)
        self.menu.stories_action.setChecked(once)
        self.menu.stories_action.blockSignals(False)
        self.search_bar.set_text(self.query.text)
        self.search_bar.set_sort(self.query.sort)
        self.search_bar.set_history([h for h in s.json("query/history", []) if isinstance(h, str)])
        self._pending_article = s.text("reader/article") or None
        if zoom := s.number("reader/zoom"):
            self.reader.zoom(zoom)
        for kind in s.json("reader/hidden_types", []):
            self.menu.show_type_visible(kind, False)

    # ------------------------------------------------------------------ searching

    def run_search(self) -> None:
        """Search for ``self.query`` in the background; only the latest result is shown."""
        self.search_bar.show_filters(self.query.filter_dict)
        self.searches.search(self.query)

    def _on_search_done(self, result: SearchResult, marks: Marks) -> None:
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
        self.table.set_marks(marks.bookmarks, marks.notes)
        self.facets.show_counts(result.facets, selected)
        self.search_bar.show_hint(result.message, result.suggestion)
        undated = result.total - sum(result.facets.get("years", {}).values())
        self.timeline.set_counts(result.facets.get("years", {}), selected.get("years", ()),
                                 max(0, undated))
        once = "  ·  reposts counted once" if result.query.exclude == COPIES else ""
        self.status.setText(f"{result.total} of {marks.articles} articles{once}  ·  "
                            f"{result.seconds * 1000:.0f} ms")
        current = self.reader.current_article()
        wanted = self._pending_article or (current.id if current else None)
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

    def _set_query(self, query: SearchQuery) -> None:
        if query != self.query:
            self.query = query
            self.run_search()

    def _on_research_query_requested(self, query: SearchQuery) -> None:
        """A saved search or a collection was opened: its words, filters and order."""
        self.search_bar.set_text(query.text)
        self.search_bar.set_sort(query.sort)
        self._set_query(replace(query, limit=PAGE_SIZE, offset=0, exclude=self.query.exclude))

    def _on_menu_stories_toggled(self, once: bool) -> None:
        """Count each reposted story once (its copies left out), or every copy."""
        self._set_query(replace(self.query, exclude=COPIES if once else ()))

    def _on_network_pair_requested(self, first: str, second: str) -> None:
        """A link of the partner network: the articles both partners are named in."""
        text = f'partner:"{first}" partner:"{second}"'
        self.search_bar.set_text(text)
        self._set_query(replace(self.query, text=text, offset=0))

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
        article = self.reader.current_article()
        if kind == "organization" and article and name in article.partners:
            facet = "partners"
        if kind == "date":
            name = name[:4]
            if not name.isdigit():
                return
        self._add_filter(facet, name)

    def _on_search_bar_list_focus_requested(self) -> None:
        self.table.focus_list()

    def _load_completions(self) -> None:
        # After the first result is painted: reading every facet value competes with it.
        self._completion_timer.start()


    # ------------------------------------------------------------------ reading

    def open_article(self, article_id: str) -> None:
        """Show an article in the reader with the query's words marked."""
        try:
            article = self.library.article(article_id)
        except KeyError:
            self.reader.clear("This article is no longer in the library.")
            return
        notes = self.library.annotations(article_id)
        self.reader.show_article(article, query_words(self.query.text), notes,
                                 self.research.copies_of(article_id))
        self.annotations.show_annotations(notes)
        self.article_opened.emit(article_id)

    def _after_change(self, article_ids: list[str]) -> None:
        """Show the state after a change to bookmarks, tags or annotations."""
        current = self.reader.current_article()
        if current is not None and current.id in article_ids:
            self.open_article(current.id)
        self.run_search()

    # ------------------------------------------------------------------ user's marks

    def _on_pane_requested(self, step: int) -> None:
        """F6 and Shift+F6: the keyboard moves between search, facets, list, reader and
        annotations, in the order they are laid out."""
        panes = [pane for pane in (self.search_bar.edit, self.saved.tree, self.facets.tree,
                                   self.table.view,
                                   self.reader.body, self.annotations.list)
                 if pane.isVisibleTo(self)]
        focused = next((i for i, pane in enumerate(panes)
                        if pane.hasFocus() or pane.isAncestorOf(self.focusWidget())), -1)
        panes[(focused + step) % len(panes)].setFocus(Qt.FocusReason.TabFocusReason)

    def _on_panel_toggled(self, name: str, on: bool) -> None:
        {"saved": self.saved, "facets": self.facets, "timeline": self.timeline,
         "annotations": self.annotations}[name].setVisible(on)

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

    def _on_marking_go_to_requested(self, article_id: str, annotation_id: str) -> None:
        if not self.table.select(article_id):
            self.open_article(article_id)
        self._on_annotations_go_to_requested(annotation_id)

    # ------------------------------------------------------------------ importing

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.importing.add(files)

    def _on_backup_failed(self, exc: Exception) -> None:
        show_error(self, "Automatic backup failed", exc, in_status_bar=True)

    def _on_work_failed(self, exc: Exception) -> None:
        show_work_failed(self, exc)
