"""The user's standing questions and hand-offs: saving, opening and editing searches,
collecting articles, batch searches and exports of results, as undoable changes (through
:class:`Marking`) and work in the background."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMenu, QMessageBox

from partnerview.core.article import Article
from partnerview.core.citations import FORMATS
from partnerview.core.copies import differences
from partnerview.core.dates import describe
from partnerview.core.files import write_atomically
from partnerview.core.library import Library
from partnerview.core.search import SearchQuery
from partnerview.gui import commands
from partnerview.gui.article_table import ArticleTable
from partnerview.gui.background import LongWork
from partnerview.gui.dialogs import TextDialog
from partnerview.gui.dialogs.batch import BatchSearchDialog
from partnerview.gui.errors import show_error, show_work_failed
from partnerview.gui.marking import Marking
from partnerview.gui.saved_panel import SavedPanel
from partnerview.gui.tasks import TaskRunner


class Research(QObject):
    """Saved searches, collections, batch search and exports for one window."""

    query_requested = Signal(object)  # a SearchQuery the window should show

    def __init__(self, window: QMainWindow, library: Library, marking: Marking,
                 work: LongWork, panel: SavedPanel, table: ArticleTable,
                 current_query: Callable[[], SearchQuery]) -> None:
        super().__init__(window)
        self._window, self.library, self._marking = window, library, marking
        self._table = table
        self._work, self._panel, self._current_query = work, panel, current_query
        self._counting = TaskRunner(1, self)
        self._counts_wanted = 0  # refreshes asked for: only the latest is shown
        self.batch_dialog: BatchSearchDialog | None = None

    # ------------------------------------------------------------------ the panel

    def refresh(self) -> None:
        """Count every saved search and collection again, in the background."""
        self._counts_wanted += 1
        wanted = self._counts_wanted

        def count() -> tuple[list[tuple[str, int, int]], dict[str, int]]:
            rows = []
            for saved in self.library.saved_searches:
                count = self.library.saved_searches.count(saved)
                rows.append((saved.name, count.total, count.new))
            return rows, self.library.collections.counts()

        def show(counts: tuple[list[tuple[str, int, int]], dict[str, int]]) -> None:
            if wanted == self._counts_wanted:  # a stale count is dropped, not painted
                self._panel.show_searches(counts[0])
                self._panel.show_collections(counts[1])

        self._counting.run(count, show, lambda exc: show_error(
            self._window, "Could not count the saved searches", exc, in_status_bar=True))

    def wait(self) -> None:
        """Block until the counting in the background ends (the window is closing)."""
        self._counting.wait()

    # ------------------------------------------------------------------ saved searches

    def save_search(self) -> None:
        """Ask for a name and keep the current search under it (Ctrl+S)."""
        query = self._current_query()
        suggested = query.text or ", ".join(v for _, values in query.filters for v in values)
        name, ok = QInputDialog.getText(self._window, "Save Search",
                                        "Name of the search (it appears in the side panel):",
                                        text=suggested[:60])
        if not ok or not name.strip():
            return
        taken = [s.name for s in self.library.saved_searches
                 if s.name.casefold() == name.strip().casefold()]
        if taken and QMessageBox.question(
                self._window, "Save Search",
                f"Replace the saved search “{taken[0]}” with this one?") != \
                QMessageBox.StandardButton.Yes:
            return
        self._marking.push(commands.SaveSearch(self.library, name.strip(), query))

    def open_search(self, name: str) -> None:
        """Show a saved search; what was new in it is seen now."""
        try:
            saved = self.library.saved_searches.get(name)
        except KeyError:
            self.refresh()
            return
        self.query_requested.emit(saved.query)
        self._marking.edits.run(lambda: self.library.saved_searches.mark_opened(name),
                                lambda _: self.refresh(), self._on_failed)

    def update_search(self, name: str) -> None:
        """Keep the current search under an existing name."""
        self._marking.push(commands.SaveSearch(self.library, name, self._current_query()))

    def rename_search(self, name: str) -> None:
        """Ask for a saved search's new name."""
        new, ok = QInputDialog.getText(self._window, "Rename Saved Search", "New name:",
                                       text=name)
        if ok and new.strip() and new.strip() != name:
            self._marking.push(commands.RenameSavedSearch(self.library, name, new.strip()))

    def delete_search(self, name: str) -> None:
        """Forget a saved search (Undo brings it back)."""
        self._marking.push(commands.DeleteSavedSearch(self.library, name))
        self._window.statusBar().showMessage(f"Deleted the saved search “{name}” "
                                             "(Edit › Undo brings it back)", 8000)

    # ------------------------------------------------------------------ collections

    def show_collection(self, name: str) -> None:
        """Show every article of a collection."""
        self.query_requested.emit(SearchQuery.make("", {"collections": [name]}))

    def add_to_collection(self, article_ids: list[str], name: str | None = None) -> None:
        """Put articles into a collection; with no name, ask for one (new or existing)."""
        if not article_ids:
            return
        if name is None:
            existing = list(self.library.collections.counts())
            name, ok = QInputDialog.getItem(
                self._window, "Add to Collection",
                f"Put {len(article_ids)} article{'s' * (len(article_ids) != 1)} into the "
                "collection (type a new name to make one):", existing, 0, True)
            if not ok or not name.strip():
                return
        self._marking.push(commands.Collect(self.library, name.strip(), article_ids, True,
                                            self._marking.touched))

    def remove_from_collection(self, name: str, article_ids: list[str]) -> None:
        """Take articles out of a collection."""
        self._marking.push(commands.Collect(self.library, name, article_ids, False,
                                            self._marking.touched))

    def rename_collection(self, name: str) -> None:
        """Ask for a collection's new name."""
        new, ok = QInputDialog.getText(self._window, "Rename Collection", "New name:",
                                       text=name)
        if ok and new.strip() and new.strip() != name:
            self._marking.push(commands.RenameCollection(self.library, name, new.strip(),
                                                         self._marking.touched))

    def delete_collection(self, name: str) -> None:
        """Remove a collection, not its articles (Undo brings it back)."""
        self._marking.push(commands.DeleteCollection(self.library, name,
                                                     self._marking.touched))
        self._window.statusBar().showMessage(f"Deleted the collection “{name}”; its articles "
                                             "stay in the library (Edit › Undo)", 8000)

    def row_menu(self, article_ids: list[str], position: QPoint) -> None:
        """Open the context menu of the selected rows of the list."""
        if article_ids:
            self.menu_for_rows(article_ids).exec(position)

    def menu_for_rows(self, article_ids: list[str]) -> QMenu:
        """The context menu of the selected rows: collections, copies and export."""
        menu = QMenu(self._window)
        count = f"{len(article_ids)} Article{'s' * (len(article_ids) != 1)}"
        add = menu.addMenu("Add to &Collection")
        for name in self.library.collections.counts():
            add.addAction(name).triggered.connect(
                lambda _=False, n=name: self.add_to_collection(article_ids, n))
        add.addSeparator()
        add.addAction("&New Collection…").triggered.connect(
            lambda: self.add_to_collection(article_ids))
        for name in self._current_query().filter_dict.get("collections", ()):
            menu.addAction(f"&Remove from “{name}”").triggered.connect(
                lambda _=False, n=name: self.remove_from_collection(n, article_ids))
        copies = self.library.stories.copies(article_ids[0]) if len(article_ids) == 1 else []
        if copies and not self._table.model.is_copy_row(article_ids[0]):
            label = f"{len(copies)} Cop{'ies' if len(copies) > 1 else 'y'}"
            menu.addAction(f"&Hide the {label}" if self._table.model.copies_shown(article_ids[0])
                           else f"&Show the {label} Here").triggered.connect(
                lambda: self.toggle_copies(article_ids[0]))
        if copies:
            menu.addAction("&Split Off from Its Story (Not a Copy)").triggered.connect(
                lambda: self._marking.push(commands.SetStories(
                    self.library, article_ids, False, self._marking.touched)))
        elif len(article_ids) > 1:
            menu.addAction("&Join into One Story (Copies)").triggered.connect(
                lambda: self._marking.push(commands.SetStories(
                    self.library, article_ids, True, self._marking.touched)))
        menu.addSeparator()
        menu.addAction(f"&Export {count}…").triggered.connect(
            lambda: self.export(article_ids, f"{len(article_ids)} selected articles"))
        return menu

    # ------------------------------------------------------------------ reposted copies

    def toggle_copies(self, article_id: str) -> None:
        """Show a story's copies in the list under it, or hide them."""
        copies = self.library.stories.copies(article_id)
        hits = [] if self._table.model.copies_shown(article_id) else \
            self.library.run_search(SearchQuery(among=tuple(copies), limit=len(copies))).hits
        self._table.model.show_copies(article_id, sorted(hits, key=lambda h: copies.index(h.id)))

    def copies_of(self, article_id: str) -> list[tuple[str, str]]:
        """(id, where and when) of the other copies of an article's story."""
        return [(i, _where_and_when(self.library.article(i)))
                for i in self.library.stories.copies(article_id)]

    def compare(self, article_id: str, other_id: str) -> None:
        """Two copies of a story side by side, where they differ."""
        first, second = self.library.article(article_id), self.library.article(other_id)
        TextDialog("Compare copies", differences(
            first.text, second.text, _where_and_when(first), _where_and_when(second)),
            self._window).exec()

    # ------------------------------------------------------------------ batch and export

    def batch_search(self) -> None:
        """Open the batch search, within the filters chosen now."""
        base = replace(self._current_query(), text="", limit=3, offset=0)
        self.batch_dialog = BatchSearchDialog(self.library, base, self._window)
        self.batch_dialog.term_requested.connect(
            lambda term: self.query_requested.emit(replace(base, text=term)))
        self.batch_dialog.show()

    def export_results(self) -> None:
        """Export every article the current search finds (File › Export Results…)."""
        query = self._current_query()
        self.export(None, "the articles found", query)

    def export_collection(self, name: str) -> None:
        """Export a collection's articles."""
        self.export(self.library.collections.members(name), f"the collection “{name}”")

    def export(self, article_ids: list[str] | None, what: str,
               query: SearchQuery | None = None) -> None:
        """Ask for a file and a format, then write the articles (or every article ``query``
        finds) in the background with progress."""
        filters = {f"{f.label} (*{f.suffix})": f.name for f in FORMATS.values()}
        name, chosen = QFileDialog.getSaveFileName(
            self._window, f"Export {what}", str(Path.home() / "partnerview-export.csv"),
            ";;".join(filters))
        if not name:
            return
        format_ = filters.get(chosen) or next(
            (f.name for f in FORMATS.values() if name.lower().endswith(f.suffix)), "csv")
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(FORMATS[format_].suffix)

        def write(progress: Any) -> int:
            ids = article_ids if article_ids is not None else self.library.result_ids(query)
            write_atomically(path, self.library.export_articles(ids, format_, progress))
            return len(ids)

        self._work.start(f"Exporting {what}…", write, lambda count: self._window.statusBar(
        ).showMessage(f"Exported {count} articles to {path}", 10000),
            lambda exc: None if isinstance(exc, InterruptedError)
            else show_work_failed(self._window, exc))

    def _on_failed(self, exc: Exception) -> None:
        show_error(self._window, "Could not save", exc)


def _where_and_when(article: Article) -> str:
    """ "nation.africa, 4 Mar 2026": where a copy was published, and when."""
    where = article.source or Path(article.path or article.id).name
    return f"{where}, {describe(article.date, article.date_precision)}" if article.date \
        else where
