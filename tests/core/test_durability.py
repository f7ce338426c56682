"""User data survives a process killed in the middle of writing."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from partnerview import Library

WRITER = """
import sys
from partnerview import Library
lib = Library.open(sys.argv[1])
article = lib.article_ids()[0]
i = 0
while True:
    note = lib.annotate(article, i % 50, i % 50 + 5, note=f"note {i}")
    print(note.id, flush=True)  # printed only once the call has returned
    i += 1
"""

IMPORTER = """
import sys
from partnerview import Library
lib = Library.open(sys.argv[1])
lib.add([sys.argv[2]], progress=lambda done, total: print(done, flush=True))
"""


def run_until_killed(script: str, args: list[str], lines: int) -> list[str]:
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                             text=True)
    seen = []
    assert child.stdout is not None
    for line in child.stdout:
        seen.append(line.strip())
        if len(seen) >= lines:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    return seen


def workers_left(seconds: float = 5.0) -> list[int]:
    """Import worker processes orphaned by a killed import, once given time to end."""
    import time

    deadline = time.monotonic() + seconds
    while True:
        orphans = []
        for status in Path("/proc").glob("[0-9]*/status"):
            try:
                text = status.read_text()
                command = (status.parent / "cmdline").read_bytes()
            except OSError:
                continue
            if b"spawn_main" in command and "\nPPid:\t1\n" in text:
                orphans.append(int(status.parent.name))
        if not orphans or time.monotonic() > deadline:
            return orphans
        time.sleep(0.2)


def integrity(folder: Path) -> str:
    return sqlite3.connect(folder / "library.sqlite3").execute(
        "PRAGMA integrity_check").fetchone()[0]


def test_annotations_survive_sigkill(library: Library, isolated: Path) -> None:
    library.close()
    returned = run_until_killed(WRITER, [str(isolated)], lines=40)
    assert integrity(isolated) == "ok"
    with Library.open(isolated) as reopened:
        stored = {a.id for a in reopened.annotations()}
        assert set(returned) <= stored
        assert reopened.search("note:note").total == 1  # the index was repaired to match


def batch(folder: Path, word: str, count: int = 600) -> Path:
    """A folder of ``count`` small articles, the i-th holding the word ``{word}{i}``."""
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:04}.txt").write_text(f"Article {word} {i}\n\nHuawei and University "
                                            f"{i} signed. {word}{i}.\n")
    return folder


def test_killed_import_can_simply_be_run_again(isolated: Path, tmp_path: Path) -> None:
    folder = batch(tmp_path / "batch", "Word")
    run_until_killed(IMPORTER, [str(isolated), str(folder)], lines=250)
    assert integrity(isolated) == "ok"
    assert workers_left() == [], "the killed import's worker processes must end too"
    with Library.open(isolated) as lib:
        report = lib.add([folder])
        assert len(report.added) + len(report.unchanged) == 600
        assert len(lib) == 600
        assert lib.search("word599").total == 1
        assert lib.search().total == 600
