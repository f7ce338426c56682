"""How errors reach the user: through ``show_error``, whatever went wrong.

An error the user can act on (the library cannot be written, a file cannot be saved) is
explained in words. Anything else is a bug: its traceback goes to the log file, and the
user is told that PartnerView keeps running and where the details are.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from partnerview.core.files import write_atomically
from partnerview.core.store import StoreError

log = logging.getLogger("partnerview")


def describe(exc: BaseException) -> str:
    """The error in the user's words."""
    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        return f"{exc.filename}: {reason}" if exc.filename else reason
    return f"{type(exc).__name__}: {exc}"


def expected(exc: BaseException) -> bool:
    """Whether the error is one the user can act on, rather than a bug."""
    return isinstance(exc, (StoreError, OSError))


def report(exc: BaseException) -> None:
    """Log an unexpected error with its traceback (a worker thread's, when it has one)."""
    if not expected(exc):
        text = getattr(exc, "traceback_text", None)
        if text:
            log.error("Unexpected error\n%s", text)
        else:
            log.error("Unexpected error", exc_info=exc)


def show_error(parent: QWidget | None, title: str, exc: BaseException, hint: str = "",
               in_status_bar: bool = False) -> None:
    """Tell the user what went wrong: in a message box, or, for work the user did not
    ask for (an automatic backup), in the window's status bar."""
    report(exc)
    text = describe(exc)
    if not expected(exc):
        hint = f"{hint} PartnerView keeps running; the details are in its log file.".strip()
    if in_status_bar and isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(f"{title}: {text}", 15000)
        return
    QMessageBox.warning(parent, title, f"{text}\n\n{hint}".strip())


def save_file(parent: QWidget | None, path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` as a whole or not at all; a failure is shown, and False."""
    try:
        write_atomically(path, text)
    except OSError as exc:
        show_error(parent, "Export failed", exc)
        return False
    return True


def show_work_failed(parent: QWidget | None, exc: BaseException) -> None:
    """Work in the background (an import, a rebuild) stopped."""
    show_error(parent, "The work in the background stopped", exc,
               "What was saved before it stopped is kept.")
