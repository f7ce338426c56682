"""Long work in the background, one piece at a time, with progress and Cancel in the
status bar: imports, re-extraction and index rebuilds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QProgressBar, QPushButton, QStatusBar

from partnerview.gui.tasks import Task, TaskRunner


class LongWork(TaskRunner):
    """Runs one long task at a time and shows it in ``status_bar`` until it ends."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(1, status_bar)
        self._status_bar = status_bar
        self._task: Task | None = None
        self.progress = QProgressBar(status_bar)
        self.progress.setMaximumWidth(260)
        self.progress.setFormat("%v of %m")
        self.progress.setAccessibleName("Progress of the work in the background")
        self.cancel_button = QPushButton("Cancel", status_bar)
        self.cancel_button.setToolTip("Stop; what was saved so far is kept")
        status_bar.addPermanentWidget(self.progress)
        status_bar.addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._on_cancel_clicked)

    def busy(self) -> bool:
        """Whether a long task is running."""
        return self._task is not None

    def start(self, message: str, work: Callable[..., Any],
              on_success: Callable[[Any], None],
              on_failure: Callable[[Exception], None]) -> None:
        """Run ``work(progress=...)``; the progress bar goes before either callback runs."""
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self._status_bar.showMessage(message)
        self._task = self.run(work, lambda value: self._end(on_success, value),
                              lambda exc: self._end(on_failure, exc), self._on_progress)

    def stop(self) -> None:
        """Cancel the running task and wait for the pool (the app is closing)."""
        if self._task is not None:
            self._task.cancel()
        self.wait()

    def _end(self, callback: Callable[[Any], None], value: Any) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        self._status_bar.clearMessage()
        callback(value)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _on_cancel_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self._status_bar.showMessage("Cancelling… the articles read so far are kept.")
