"""Batch search: a list of terms (universities, companies, topics), each one's number of
articles and best articles in a table that can be saved as CSV."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partnerview.core.library import Library
from partnerview.core.research import BatchRow, batch_csv
from partnerview.core.search import SearchQuery
from partnerview.gui.errors import save_file, show_error
from partnerview.gui.tasks import Task, TaskRunner

#: The largest term file read (a list of names, not a book).
MAX_TERMS_BYTES = 1_000_000


class _Count(QTableWidgetItem):
    """A number that sorts as one."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.text() or 0) < int(other.text() or 0)


class BatchSearchDialog(QDialog):
    """Paste or load terms, one a line; Search fills the table (in the background)."""

    term_requested = Signal(str)  # show this term's search in the main window

    def __init__(self, library: Library, base: SearchQuery, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Batch Search")
        self.resize(900, 560)
        self._library, self._base = library, base
        self._runner = TaskRunner(1, self)
        self._task: Task | None = None
        self.rows: list[BatchRow] = []
        filters = ", ".join(f"{v}" for _, values in base.filters for v in values)
        intro = QLabel("One term a line: a university, a company, a topic. Each is searched "
                       "as you would type it in the search box"
                       + (f", within the filters chosen now ({filters})." if filters else "."),
                       self)
        intro.setWordWrap(True)
        self.terms = QPlainTextEdit(self)
        self.terms.setAccessibleName("Terms, one a line")
        self.terms.setPlaceholderText("Kenyatta University\nUniversity of Nairobi\n"
                                      "\"cloud computing\"\npartner:ZTE")
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName("Batch search results")
        self.table.setHorizontalHeaderLabels(["Term", "Articles", "Top articles"])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 200)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the terms' own order
        # Each row as tall as its titles, also when the dialog is resized.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.terms)
        splitter.addWidget(self.table)
        splitter.setSizes([280, 620])
        self.load_button = QPushButton("&Load Terms…", self)
        self.search_button = QPushButton("&Search", self)
        self.search_button.setDefault(True)
        self.export_button = QPushButton("&Export CSV…", self)
        self.export_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setFormat("%v of %m terms")
        self.progress.hide()
        self.status = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        row = QHBoxLayout()
        for widget in (self.load_button, self.search_button, self.export_button):
            row.addWidget(widget)
        row.addWidget(self.progress, 1)
        row.addWidget(self.status, 1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.load_button.clicked.connect(self._on_load_clicked)
        self.search_button.clicked.connect(self.search)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.table.cellDoubleClicked.connect(self._on_table_cell_double_clicked)
        buttons.rejected.connect(self.reject)

    def search(self) -> None:
        """Search every term in the background; Search becomes Stop meanwhile."""
        if self._task is not None:
            self._task.cancel()
            return
        terms = self.terms.toPlainText().splitlines()
        if not any(t.strip() for t in terms):
            self.status.setText("Type or load some terms first.")
            return
        self.status.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.search_button.setText("&Stop")
        self._task = self._runner.run(
            lambda progress: self._library.batch_search(terms, self._base, progress=progress),
            self._on_search_done, self._on_search_failed, self._on_search_progress)

    def _on_search_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _end_search(self) -> None:
        self._task = None
        self.progress.hide()
        self.search_button.setText("&Search")

    def _on_search_done(self, rows: list[BatchRow]) -> None:
        self._end_search()
        self.show_rows(rows)

    def _on_search_failed(self, exc: Exception) -> None:
        self._end_search()
        if isinstance(exc, InterruptedError):
            self.status.setText("Stopped.")
        else:
            show_error(self, "Batch search failed", exc)

    def show_rows(self, rows: list[BatchRow]) -> None:
        """Fill the table: a row a term, biggest counts sortable by a header click."""
        self.rows = rows
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            titles = "\n".join(h.title for h in row.top)
            for column, item in enumerate((QTableWidgetItem(row.term), _Count(str(row.total)),
                                           QTableWidgetItem(titles))):
                item.setToolTip(titles or "No article")
                self.table.setItem(number, column, item)
        self.table.setSortingEnabled(True)
        found = sum(1 for r in rows if r.total)
        self.status.setText(f"{found} of {len(rows)} terms found. Double-click a row to see "
                            "its articles.")
        self.export_button.setEnabled(bool(rows))

    def _on_load_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Load terms", str(Path.home()),
                                              "Text files (*.txt *.csv);;All files (*)")
        if not name:
            return
        try:
            data = Path(name).read_bytes()[:MAX_TERMS_BYTES]
            text = data.decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            show_error(self, "Could not load the terms", exc, "Save the list as UTF-8 text, "
                       "one term a line.")
            return
        lines = text.splitlines()
        if name.lower().endswith(".csv"):  # a spreadsheet's list of names: its first column
            lines = [row[0] for row in csv.reader(lines) if row]
        self.terms.setPlainText("\n".join(line.strip() for line in lines))

    def _on_export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export batch search",
                                              str(Path.home() / "batch-search.csv"),
                                              "CSV table (*.csv)")
        if not name:
            return
        if not save_file(self, Path(name), "\ufeff" + batch_csv(self.rows)):  # Excel: the BOM
            return
        self.status.setText(f"Saved {Path(name).name}")

    def _on_table_cell_double_clicked(self, row: int, _column: int) -> None:
        self.term_requested.emit(self.table.item(row, 0).text())

    def done(self, result: int) -> None:  # noqa: D102 (stop the search when closed)
        if self._task is not None:
            self._task.cancel()
        self._runner.wait()
        super().done(result)
