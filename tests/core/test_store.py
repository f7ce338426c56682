"""The store explains what SQLite reports, by error code, in the user's words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from partnerview.core.store import Store, StoreError, explain


@pytest.mark.parametrize("code,reason", [
    (sqlite3.SQLITE_FULL, "the disk is full"),
    (sqlite3.SQLITE_READONLY, "the library folder is read-only"),
    (sqlite3.SQLITE_BUSY, "the library is busy in another program; try again"),
    (sqlite3.SQLITE_CORRUPT, "the library file is damaged"),
    (sqlite3.SQLITE_IOERR | (3 << 8), "the disk could not be read or written"),  # IOERR_WRITE
])
def test_errors_are_explained_by_their_sqlite_code(code: int, reason: str) -> None:
    error = sqlite3.OperationalError("some message SQLite wrote")
    error.sqlite_errorcode = code
    assert explain(error) == reason


def test_a_read_from_a_damaged_database_is_a_store_error(tmp_path: Path) -> None:
    store = Store(tmp_path / "library.sqlite3")
    store._db.execute("CREATE TABLE filler (x)")
    # The filler is the file's second half, damaged below: the schema's pages stay whole.
    store._db.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 1000)
    store.close()
    data = bytearray((tmp_path / "library.sqlite3").read_bytes())
    data[len(data) // 2:] = b"\xff" * (len(data) - len(data) // 2)  # damaged pages
    (tmp_path / "library.sqlite3").write_bytes(bytes(data))
    damaged = Store(tmp_path / "library.sqlite3")
    with pytest.raises(StoreError, match="Could not read the library: the library file is "
                                         "damaged"):
        damaged._query("SELECT count(*) FROM filler WHERE x LIKE '%y%'")
