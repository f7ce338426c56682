"""The library API imports on worker processes whatever way its caller was started, and
finishes in this process when the workers cannot."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from partnerview import Library
from partnerview.core import importer
from partnerview.core.extract import Extractor
from partnerview.core.knowledge import KnowledgeBase

FILES = 40

#: A short script without an ``if __name__ == "__main__":`` guard, as most are. Its first
#: lines make the import use two workers for a few files, a few at a time; the count of
#: outcomes that came back from the workers shows the pool really ran.
SCRIPT = """
import os, sys
print("script started", flush=True)
from partnerview import Library
from partnerview.core import importer
from partnerview.core.extract import Extractor
from partnerview.core.knowledge import KnowledgeBase
importer.PARALLEL_MIN_FILES = 2
importer.CHUNK, importer.PARALLEL_WINDOW = 3, 9  # the window is topped up many times
os.cpu_count = lambda: 2
on_workers = importer._on_workers
def counted(*args):
    for outcome in on_workers(*args):
        counted.n += 1
        yield outcome
counted.n = 0
importer._on_workers = counted
lib = Library.open(DATA)
report = lib.add([FOLDER])
print("added", len(report.added), "on workers", counted.n, flush=True)
lib.close()
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(FILES):
        (folder / f"{i:03}.txt").write_text(
            f"Orion Networks and Northgate University sign pact {i}\n\nOrion Networks signed "
            f"an agreement with Northgate University on cloud computing, number {i}.\n")
    return folder


def script(isolated: Path, folder: Path) -> str:
    return SCRIPT.replace("DATA", repr(str(isolated))).replace("FOLDER", repr(str(folder)))


def notebook(code: str) -> str:
    """Run ``code`` as a notebook cell does: in a ``__main__`` with no file and no spec."""
    return ("import sys, types\nmain = types.ModuleType('__main__')\n"
            "sys.modules['__main__'] = main\n"
            f"exec(compile({code!r}, '<cell>', 'exec'), main.__dict__)\n")


@pytest.mark.parametrize("started_as", ["script", "stdin", "-c", "notebook"])
def test_an_import_works_however_the_caller_was_started(isolated: Path, folder: Path,
                                                        tmp_path: Path, started_as: str) -> None:
    code = script(isolated, folder)
    path = tmp_path / "unguarded.py"
    path.write_text(code)
    command, stdin = {
        "script": ([sys.executable, str(path)], None),
        "stdin": ([sys.executable, "-"], code),
        "-c": ([sys.executable, "-c", code], None),
        "notebook": ([sys.executable, "-c", notebook(code)], None),
    }[started_as]
    run = subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=300,
                         cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("script started") == 1, "a worker ran the caller's script"
    assert f"added {FILES} on workers {FILES}" in run.stdout, (run.stdout, run.stderr)


def test_a_broken_pool_finishes_the_import_in_this_process(
        isolated: Path, folder: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    extractor = Extractor(KnowledgeBase.load())

    def breaks_after_three(paths: list[str], _knowledge: object):
        for path in paths[:3]:
            yield importer.parse_and_extract(path, extractor)
        raise BrokenProcessPool("a worker died")

    monkeypatch.setattr(importer, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(importer.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(importer, "_on_workers", breaks_after_three)
    with Library.open(isolated) as lib:
        report = lib.add([folder])
        assert len(report.added) == FILES and report.failed == []
        assert lib.search("number").total == FILES
    assert f"importing the remaining {FILES - 3} files in this process" in caplog.text


def test_workers_that_cannot_start_leave_the_import_to_this_process(
        isolated: Path, folder: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    def cannot_start(*_args: object):
        raise OSError(24, "Too many open files")
        yield  # a generator, as the real one is

    monkeypatch.setattr(importer, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(importer.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(importer, "_on_workers", cannot_start)
    with Library.open(isolated) as lib:
        assert len(lib.add([folder]).added) == FILES
    assert "Too many open files" in caplog.text
