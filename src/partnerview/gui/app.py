"""The application: QApplication, settings, the exception hook and the first window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from partnerview import paths

LOG_FILE = "partnerview.log"


def settings_path() -> Path:
    """Where window state and the last query are kept (outside any library)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(paths.APP_NAME, appauthor=False)) / "settings.ini"


def run(data_dir: str | None = None, screenshot: str | None = None,
        query: str | None = None) -> int:
    """Start the desktop app; with ``screenshot``, save a picture of it and exit."""
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from partnerview.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    folder = paths.data_dir(data_dir)
    library = open_library(folder, ask=not screenshot)
    if library is None:
        return 1
    install_exception_hook(folder / LOG_FILE, interactive=not screenshot)
    settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    window = MainWindow(library, settings)
    if screenshot:
        if query is not None:
            settings.setValue("query/text", query)
            settings.setValue("query/filters", "{}")
            settings.setValue("reader/article", "")
        window.search_finished.connect(lambda _: QTimer.singleShot(
            300, lambda: _save_and_quit(window, screenshot)))
    window.show()
    window.start()
    if screenshot:  # the picture's size, whatever geometry the settings restored
        window.resize(1500, 900)
    code = app.exec()
    library.close()
    return code


def open_library(folder: Path, ask: bool = True) -> object | None:
    """Open the library, dealing with the ways it can fail; None when it cannot be used.

    A damaged database is moved aside (never deleted) and the newest backup offered.
    """
    from PySide6.QtWidgets import QMessageBox

    from partnerview.core.backups import backups, restore, set_aside_damaged
    from partnerview.core.library import Library
    from partnerview.core.store import StoreDamaged, StoreError
    from partnerview.gui.errors import show_error

    tried: list[Path] = []  # backups restored and found damaged as well
    while True:
        try:
            return Library.open(folder)
        except StoreDamaged as exc:
            moved = set_aside_damaged(folder)
            text = f"{exc}\n\nThe damaged file was kept as {moved}."
            if tried:
                text += f"\n\nThe backup {tried[-1].name} was damaged as well."
            newest = next((b for b in backups(folder) if b not in tried), None)
            if newest is not None and (not ask or QMessageBox.question(
                    None, "The library is damaged",
                    f"{text}\n\nRestore the newest backup ({newest.name})?") ==
                    QMessageBox.StandardButton.Yes):
                tried.append(newest)
                restore(folder, newest)
            else:
                QMessageBox.warning(None, "The library is damaged",
                                    f"{text}\n\nPartnerView starts with an empty library.")
        except StoreError as exc:
            show_error(None, "PartnerView cannot open the library", exc,
                       f"Library folder: {folder}")
            return None


def _save_and_quit(window: object, target: str) -> None:
    from PySide6.QtWidgets import QApplication

    window.grab().save(target)  # type: ignore[attr-defined]
    print(f"Saved {target}")
    window.close()  # type: ignore[attr-defined]
    QApplication.instance().quit()


def install_exception_hook(log_file: Path, interactive: bool = True) -> None:
    """Unexpected errors: a short dialog for the user, the traceback in the log file."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger("partnerview")
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        logger.error("Unexpected error\n%s", getattr(exc, "traceback_text", None) or text)
        from PySide6.QtWidgets import QApplication, QMessageBox

        if not interactive:  # no one to answer a dialog: say it and stop
            print(text, file=sys.stderr)
            if QApplication.instance() is not None:
                QApplication.instance().exit(1)
            return
        if QApplication.instance() is not None:
            from partnerview.gui.errors import describe

            QMessageBox.warning(
                QApplication.activeWindow(), "Something went wrong",
                f"{describe(exc)}\n\nPartnerView keeps running. The details are in "
                f"{log_file}.")

    sys.excepthook = hook
