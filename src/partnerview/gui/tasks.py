"""Background work: run a function off the GUI thread, get its result back on it.

The function never touches a widget; its success, failure and progress callbacks run
on the GUI thread (Anki's ``qt/aqt/operations`` pattern).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal


class _Relay(QObject):
    """Carries a worker's outcome to the thread that owns this object (the GUI thread)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Task:
    """One piece of work; ``cancel()`` asks it to stop at its next progress report.

    A plain object, not a QRunnable subclass: the pool runs ``task.run`` through a
    runnable of its own, so no Qt object is freed while a worker still touches it.
    """

    def __init__(self, work: Callable[..., Any], with_progress: bool,
                 owner: QObject | None = None) -> None:
        # Created on the GUI thread, so its signals arrive there; a child of the runner,
        # so an outcome that arrives after the window is gone is dropped with it.
        self.relay = _Relay(owner)
        self._work = work
        self._with_progress = with_progress
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop; it ends at its next progress report."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._cancelled.is_set()

    def _progress(self, done: int, total: int) -> bool:
        self.relay.progressed.emit(done, total)
        return not self._cancelled.is_set()

    def run(self) -> None:
        """Run the work on a worker thread and relay its outcome."""
        try:
            result = self._work(progress=self._progress) if self._with_progress \
                else self._work()
        except Exception as exc:  # reported to the GUI, which shows it without crashing
            exc.traceback_text = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs tasks on a pool of worker threads."""

    def __init__(self, threads: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._running: set[Task] = set()

    def run(self, work: Callable[..., Any], on_success: Callable[[Any], None],
            on_failure: Callable[[Exception], None] | None = None,
            on_progress: Callable[[int, int], None] | None = None) -> Task:
        """Start ``work`` (called with ``progress=`` when ``on_progress`` is given)."""
        task = Task(work, with_progress=on_progress is not None, owner=self)
        self._running.add(task)

        def done(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
            def finish(value: Any) -> None:
                # Let go of the task on the next turn of the loop, not inside its own signal.
                QTimer.singleShot(0, lambda: self._release(task))
                if callback is not None:
                    callback(value)
            return finish

        task.relay.succeeded.connect(done(on_success))
        task.relay.failed.connect(done(on_failure or _raise_on_gui_thread))
        if on_progress is not None:
            task.relay.progressed.connect(on_progress)
        self.pool.start(task.run)
        return task

    def _release(self, task: Task) -> None:
        self._running.discard(task)
        if shiboken6.isValid(task.relay):  # a window that closed took its relays with it
            task.relay.deleteLater()

    def wait(self, milliseconds: int = 30000) -> bool:
        """Block until all tasks end (used when the app closes)."""
        return self.pool.waitForDone(milliseconds)


def _raise_on_gui_thread(exc: Exception) -> None:
    # Re-raised on the GUI thread, it reaches the app's exception hook and its dialog.
    raise exc
