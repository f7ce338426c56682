"""Searches off the GUI thread, one after another: only the latest one's result is
reported, so a slow search never paints over a newer one."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

from partnerview.core.library import Library
from partnerview.core.search import SearchQuery, SearchResult
from partnerview.gui.errors import report
from partnerview.gui.search_bar import COMPLETED_FACETS
from partnerview.gui.tasks import TaskRunner


class Marks(NamedTuple):
    """What the list shows beside a search result: library size, stars, note counts."""

    articles: int
    bookmarks: set[str]
    notes: dict[str, int]


class Searcher(QObject):
    """Runs the library's searches in the background and reports them on the GUI thread."""

    found = Signal(object, object)  # the SearchResult of the latest search, its Marks
    page_found = Signal(list)  # the hits of the next page of the latest search
    completions_read = Signal(dict, dict)  # facet values; their names in Chinese
    failed = Signal(object)  # the exception a search raised

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._runner = TaskRunner(1, self)
        self._serial = 0

    def search(self, request: SearchQuery) -> None:
        """Search; ``found`` reports it unless a newer search was asked for meanwhile."""
        self._serial += 1
        serial, library = self._serial, self.library

        def run() -> tuple[SearchResult, Marks]:
            # Everything the list shows is read here, off the GUI thread.
            return library.run_search(request), Marks(
                len(library), set(library.bookmarks()), library.annotation_counts())

        self._runner.run(run, lambda done: self._report(serial, self.found, *done),
                         self.failed.emit)

    def next_page(self, request: SearchQuery, offset: int) -> None:
        """The page of ``request`` from ``offset``, for the list scrolled to its end."""
        serial, page = self._serial, replace(request, offset=offset)
        self._runner.run(lambda: self.library.run_search(page).hits,
                         lambda hits: self._report(serial, self.page_found, hits),
                         self.failed.emit)

    def read_completions(self) -> None:
        """Every value of the completed facets, with the Chinese names of known ones."""
        library = self.library

        def read() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
            values = {f: list(library.facet_values(f)) for f in COMPLETED_FACETS}
            chinese = {v: library.chinese_names(v) for f in ("partners", "fields", "places")
                       for v in values[f]}
            return values, {v: names for v, names in chinese.items() if names}

        # Completion is a help, not an answer: a failure is logged, and nothing is shown.
        self._runner.run(read, lambda done: self.completions_read.emit(*done), report)

    def wait(self) -> None:
        """Block until the running searches end (the app is closing)."""
        self._runner.wait()

    def _report(self, serial: int, signal: Signal, *values: object) -> None:
        if serial == self._serial:  # a newer search is on its way: drop a stale answer
            signal.emit(*values)
