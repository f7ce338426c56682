"""Adding articles (from file dialogs, drops or the demo library) and extracting their
entities again, as long work in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from partnerview.core.importer import ImportReport
from partnerview.core.library import Library
from partnerview.gui.background import LongWork
from partnerview.gui.dialogs import ImportReportDialog
from partnerview.gui.errors import show_work_failed

ARTICLE_FILES = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


class Importing(QObject):
    """Runs imports and re-extraction on ``work``, one at a time."""

    library_changed = Signal()  # articles or their entities changed: search again
    import_finished = Signal(object)  # the ImportReport of a finished import
    reextract_finished = Signal(int)  # the number of articles extracted again

    def __init__(self, window: QMainWindow, library: Library, work: LongWork) -> None:
        super().__init__(window)
        self._window = window
        self.library = library
        self.work = work

    def add(self, sources: list[Path | str], first_run: bool = False) -> None:
        """Import files or folders in the background with progress and cancel."""
        if self.work.busy():
            QMessageBox.information(self._window, "Import", "An import is already running.")
            return
        library = self.library
        self.work.start("Importing the demo articles…" if first_run else "Importing…",
                        lambda progress: library.add(sources, progress=progress),
                        lambda report: self._on_import_done(report, first_run),
                        self._on_work_failed)

    def choose_files(self) -> None:
        """Ask for files to import."""
        files, _ = QFileDialog.getOpenFileNames(self._window, "Add articles", str(Path.home()),
                                                ARTICLE_FILES)
        if files:
            self.add(files)

    def choose_folder(self) -> None:
        """Ask for a folder to import."""
        folder = QFileDialog.getExistingDirectory(self._window, "Add a folder of articles",
                                                  str(Path.home()))
        if folder:
            self.add([folder])

    def reextract(self) -> None:
        """Find the entities of every article again, with the current knowledge."""
        if self.work.busy():
            QMessageBox.information(self._window, "Re-extract",
                                    "Wait for the running import to end.")
            return
        self.work.start("Re-extracting entities…", self.library.reextract,
                        self._on_reextract_done, self._on_work_failed)

    def _on_import_done(self, report: ImportReport, first_run: bool) -> None:
        self._window.statusBar().showMessage(f"Import: {report.summary()}", 10000)
        self.library_changed.emit()
        if report.failed and not first_run:
            ImportReportDialog(report.summary(), report.failed, self._window).exec()
        self.import_finished.emit(report)

    def _on_reextract_done(self, count: int) -> None:
        self._window.statusBar().showMessage(f"Entities found again in {count} articles",
                                             10000)
        self.library_changed.emit()
        self.reextract_finished.emit(count)

    def _on_work_failed(self, exc: Exception) -> None:
        show_work_failed(self._window, exc)
