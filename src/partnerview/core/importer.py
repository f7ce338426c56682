"""Parsing and extracting files for an import, on worker processes when there are many.

Workers are started with ``spawn`` (never ``fork``: the app has threads), but without the
caller's main module: a script without an ``if __name__ == "__main__":`` guard, a script
fed on standard input, ``python -c`` and a notebook all import alike. If the workers cannot
start or one dies, the import goes on in this process and says so in the log.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import multiprocessing.context
import os
import sys
import threading
import time
import types
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partnerview.core.article import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    ArticleError,
    ParsedArticle,
    load_article,
)
from partnerview.core.extract import Extraction, Extractor
from partnerview.core.knowledge import KnowledgeBase
from partnerview.core.store import ArticleRecord, Store, now

log = logging.getLogger(__name__)

#: ``progress(done, total)``; returning False asks the work to stop.
Progress = Callable[[int, int], Any]
#: Stores and indexes records: ``write(records, changed_text, fresh_ids)``.
Write = Callable[[list[ArticleRecord], dict[str, str], frozenset[str]], None]
#: Articles are stored and indexed this many at a time. Each batch is a segment of the
#: index, and Whoosh merges small segments by rewriting them (about 2 ms an article): at 250
#: an import of 100,000 articles rewrote 165,000 of them, at 1,000 about half as many.
BATCH = 1000

#: Imports of at least this many new files parse and extract on worker processes, a chunk
#: of files at a time, with a window of files in flight (more than the workers parse while
#: a batch is written).
PARALLEL_MIN_FILES = 300
MAX_WORKERS = 4
CHUNK = 16
PARALLEL_WINDOW = 1536

Outcome = tuple[ParsedArticle, Extraction] | str


@dataclass
class ImportReport:
    """What an import did: article ids added, updated and unchanged; files that failed."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        """One line for people: "3 added, 1 updated, 0 unchanged, 2 failed"."""
        text = (f"{len(self.added)} added, {len(self.updated)} updated, "
                f"{len(self.unchanged)} unchanged, {len(self.failed)} failed")
        return text + (" (cancelled)" if self.cancelled else "")


def import_files(paths_: Iterable[str | os.PathLike[str]], store: Store, extractor: Extractor,
                 write: Write, progress: Progress | None = None) -> ImportReport:
    """Import files and folders. Unreadable files are reported; the rest go in.

    Files whose content the library already holds are skipped after a hash; the others
    are parsed and extracted (on every core for large imports) and written in batches,
    so a cancelled or killed import keeps what was written.
    """
    report = ImportReport()
    files = list(_collect(paths_, report))
    todo: list[_Job] = []
    hashes: set[str] = set()
    for path in files:
        job = _triage(store, path, report)
        if job and job.content_hash in hashes:  # a copy of a file in this import
            report.unchanged.append(job.existing_id or job.content_hash[:16])
        elif job:
            hashes.add(job.content_hash)
            todo.append(job)
    done = len(files) - len(todo)
    if progress and progress(done, len(files)) is False:
        report.cancelled = True
        return report
    pending: list[ArticleRecord] = []
    changed_text: dict[str, str] = {}
    outcomes = parse_all([str(job.path) for job in todo], extractor, store.user_knowledge())
    for job, outcome in zip(todo, outcomes, strict=False):
        done += 1
        if isinstance(outcome, str):
            report.failed.append((str(job.path), outcome))
        else:
            pending.append(_record(store, job, *outcome, report, changed_text))
        if len(pending) >= BATCH:
            write(pending, changed_text, frozenset(report.added))
            pending, changed_text = [], {}
        if progress and progress(done, len(files)) is False:
            report.cancelled = True
            break
    write(pending, changed_text, frozenset(report.added))
    return report


@dataclass(frozen=True)
class _Job:
    """A file whose content is new to the library."""

    path: Path
    key: str  # the resolved path, as stored
    content_hash: str
    existing_id: str | None  # the article it updates, if any


def _triage(store: Store, path: Path, report: ImportReport) -> _Job | None:
    """A file to parse, or None when it failed or its content is already here."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            report.failed.append((str(path), f"file is larger than "
                                             f"{MAX_FILE_BYTES // 2**20} MB"))
            return None
        content_hash = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        report.failed.append((str(path), exc.strerror or str(exc)))
        return None
    key = str(path.resolve())
    existing = store.find_by_path(key)
    if existing and existing[1] == content_hash:
        report.unchanged.append(existing[0])
        return None
    same = store.find_by_hash(content_hash)
    if not existing and same:
        report.unchanged.append(same)
        return None
    return _Job(path, key, content_hash, existing[0] if existing else None)


def _record(store: Store, job: _Job, parsed: ParsedArticle, extraction: Extraction,
            report: ImportReport, changed_text: dict[str, str]) -> ArticleRecord:
    article_id = job.existing_id or job.content_hash[:16]
    old = store.get_article(article_id) if job.existing_id else None
    if job.existing_id:
        if old is not None and old.text != parsed.text:
            changed_text[article_id] = parsed.text
        report.updated.append(article_id)
    else:
        report.added.append(article_id)
    stamp = now()
    return ArticleRecord(
        id=article_id, path=job.key, content_hash=job.content_hash, title=parsed.title,
        text=parsed.text, date=parsed.date, date_precision=parsed.date_precision,
        source=parsed.source or job.path.name, kind=extraction.kind, meta=parsed.meta,
        extraction=extraction.to_dict(), added=old.added if old else stamp, modified=stamp)


def _collect(paths_: Iterable[str | os.PathLike[str]], report: ImportReport) -> Iterator[Path]:
    """Files to import: named files, and supported files inside named folders."""
    for raw in paths_:
        path = Path(raw).expanduser()
        if path.is_dir():
            for folder, dirs, names in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    file = Path(folder) / name
                    if file.suffix.lower() in SUPPORTED_SUFFIXES:
                        yield file
                    else:
                        report.failed.append((str(file), "not a supported file type "
                                              "(.txt, .md, .html)"))
        elif path.exists():
            yield path
        else:
            report.failed.append((str(path), "no such file or folder"))


def parse_all(paths: list[str], extractor: Extractor,
              user_knowledge: list[dict[str, Any]]) -> Iterator[Outcome]:
    """Parse and extract each file, in order; a string says why a file failed."""
    done = 0
    if len(paths) >= PARALLEL_MIN_FILES and (os.cpu_count() or 1) >= 2:
        try:
            for outcome in _on_workers(paths, user_knowledge):
                yield outcome
                done += 1
        except (BrokenProcessPool, OSError) as exc:
            log.warning("Import workers stopped (%s); importing the remaining %d files in "
                        "this process.", exc or type(exc).__name__, len(paths) - done)
    for path in paths[done:]:
        yield parse_and_extract(path, extractor)


def parse_and_extract(path: str, extractor: Extractor | None = None) -> Outcome:
    """Parse one file and extract its entities; a string says why it failed."""
    try:
        parsed = load_article(path)
    except ArticleError as exc:
        return str(exc)
    found = (extractor or _worker_extractor).extract(parsed.title, parsed.text)
    return parsed, found


def _parse_chunk(paths: list[str]) -> list[Outcome]:
    return [parse_and_extract(path) for path in paths]


def _on_workers(paths: list[str], user_knowledge: list[dict[str, Any]]) -> Iterator[Outcome]:
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    chunks = (paths[first:first + CHUNK] for first in range(0, len(paths), CHUNK))
    with ProcessPoolExecutor(workers, mp_context=_WorkerContext(), initializer=_start_worker,
                             initargs=(user_knowledge, os.getpid())) as pool:
        try:
            # A window of files in flight, topped up as each chunk is taken: submitting all
            # would let parsed articles pile up whenever indexing is slower than the workers,
            # and waiting for a whole window to be taken would idle them while a batch is
            # written.
            flight = deque(pool.submit(_parse_chunk, chunk)
                           for chunk in itertools.islice(chunks, PARALLEL_WINDOW // CHUNK))
            while flight:
                outcomes = flight.popleft().result()
                if (chunk := next(chunks, None)) is not None:
                    flight.append(pool.submit(_parse_chunk, chunk))
                yield from outcomes
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


class _WorkerProcess(multiprocessing.context.SpawnProcess):
    """A spawned process told nothing of the caller's ``__main__``.

    ``spawn`` normally re-runs the parent's main script (or module) in the child, which is
    why unguarded scripts start workers without end and ``python - < script.py`` fails on
    ``'<stdin>'``. The workers need only this package, so while the child is launched the
    parent's main module is hidden behind an empty one."""

    @staticmethod
    def _Popen(process_obj: Any) -> Any:  # noqa: N802 (multiprocessing's name)
        main = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            return multiprocessing.context.SpawnProcess._Popen(process_obj)
        finally:
            sys.modules["__main__"] = main


class _WorkerContext(multiprocessing.context.SpawnContext):
    Process = _WorkerProcess


_worker_extractor: Extractor | None = None


def _start_worker(user_knowledge: list[dict[str, Any]], parent: int) -> None:
    """In an import worker process: build the extractor once, and end with the parent."""
    global _worker_extractor
    _worker_extractor = Extractor(KnowledgeBase.load(user_entries=user_knowledge))
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    # A killed import leaves its workers waiting for work that never comes: they would
    # live on, holding the terminal or the test runner's output open.
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)
