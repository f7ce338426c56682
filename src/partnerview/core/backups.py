"""Backups of a library's database, and setting a damaged database aside.

A backup is SQLite's online copy, kept in ``backups/`` (the last five); a damaged database
is moved to ``damaged/``, never deleted, so that it can still be examined or rescued.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from partnerview.core.files import LockHeld, ProcessLock
from partnerview.core.store import LibraryBusy, Store

DATABASE = "library.sqlite3"
WRITE_LOCK = "write.lock"
BACKUPS = "backups"
KEEP_BACKUPS = 5
BACKUP_EVERY_SECONDS = 24 * 3600


def write_backup(store: Store, folder: Path) -> Path:
    """Save a copy of ``store`` in the library ``folder``'s backups, keeping the last few."""
    target = folder / BACKUPS / f"library-{time.strftime('%Y%m%d-%H%M%S')}.sqlite3"
    target.parent.mkdir(exist_ok=True)
    temporary = target.with_suffix(".partial")
    store.backup_to(temporary)
    os.replace(temporary, target)
    for old in backups(folder)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    return target


def due(folder: Path) -> bool:
    """Whether the newest backup is older than a day, or there is none."""
    newest = backups(folder)[:1]
    return not newest or time.time() - newest[0].stat().st_mtime >= BACKUP_EVERY_SECONDS


def backups(folder: Path) -> list[Path]:
    """The library's backups, newest first."""
    return sorted((folder / BACKUPS).glob("library-*.sqlite3"), reverse=True)


def set_aside_damaged(folder: Path) -> Path:
    """Move a damaged database (and its journal files) to ``damaged/``; return its path.

    Nothing is deleted: the file can still be examined or rescued by hand.
    """
    target = folder / "damaged"
    target.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    moved = target / f"library-{stamp}.sqlite3"
    for n in range(2, 1000):  # two in one second (a damaged backup after the damaged file)
        if not moved.exists():
            break
        stamp = f"{time.strftime('%Y%m%d-%H%M%S')}-{n}"
        moved = target / f"library-{stamp}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        source = folder / (DATABASE + suffix)
        if source.exists():
            os.replace(source, target / f"library-{stamp}.sqlite3{suffix}")
    shutil.rmtree(folder / "index", ignore_errors=True)
    return moved


def restore(folder: Path, backup: Path) -> None:
    """Replace the library's database with ``backup`` (the library must be closed).

    The current database, if any, is first set aside, and the index is rebuilt later.
    """
    lock = ProcessLock(folder / WRITE_LOCK)
    try:
        lock.acquire()
    except LockHeld:
        raise LibraryBusy("Close PartnerView before restoring a backup.") from None
    try:
        if (folder / DATABASE).exists():
            set_aside_damaged(folder)
        temporary = folder / (DATABASE + ".restoring")
        shutil.copyfile(backup, temporary)
        os.replace(temporary, folder / DATABASE)
        shutil.rmtree(folder / "index", ignore_errors=True)
    finally:
        lock.release()
