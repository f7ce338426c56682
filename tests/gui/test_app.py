"""Starting the app on a library that cannot be opened as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from partnerview import Library
from partnerview.core.backups import backups
from partnerview.gui.app import open_library


def test_damaged_backups_are_tried_once_each_then_an_empty_library_opens(
        library: Library, isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library.backup()
    library.close()
    for file in [isolated / "library.sqlite3", *backups(isolated)]:
        file.write_bytes(b"not a database " * 1000)
    (isolated / "library.sqlite3-wal").unlink(missing_ok=True)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))

    opened = open_library(isolated, ask=False)

    assert isinstance(opened, Library) and len(opened) == 0
    opened.close()
    [warning] = warnings
    assert "was damaged as well" in warning and "starts with an empty library" in warning
    # Nothing was deleted: the damaged library and the damaged backup are both kept.
    assert len(list((isolated / "damaged").glob("library-*.sqlite3"))) == 2
