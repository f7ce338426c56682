"""Parsing and extracting files for an import, on worker processes when there are many.

Workers are started with ``spawn`` (never ``fork``: the app has threads), but without the
caller's main module: a script without an ``if __name__ == "__main__":`` guard, a script
fed on standard input, ``python -c`` and a notebook all import alike. If the workers cannot
start or one dies, the import goes on in this process and says so in the log.
"""

from __future__ import annotations

import logging
import multiprocessing.context
import os
import sys
import threading
import time
import types
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from partnerview.core.article import ArticleError, ParsedArticle, load_article
from partnerview.core.extract import Extraction, Extractor
from partnerview.core.knowledge import KnowledgeBase

log = logging.getLogger(__name__)

#: Imports of at least this many new files parse and extract on worker processes.
PARALLEL_MIN_FILES = 300
MAX_WORKERS = 4
PARALLEL_WINDOW = 512

Outcome = tuple[ParsedArticle, Extraction] | str


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


def _on_workers(paths: list[str], user_knowledge: list[dict[str, Any]]) -> Iterator[Outcome]:
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    with ProcessPoolExecutor(workers, mp_context=_WorkerContext(), initializer=_start_worker,
                             initargs=(user_knowledge, os.getpid())) as pool:
        try:
            # A window of files at a time: submitting them all would let parsed articles
            # pile up in memory whenever indexing is slower than the workers.
            for first in range(0, len(paths), PARALLEL_WINDOW):
                window = paths[first:first + PARALLEL_WINDOW]
                yield from pool.map(parse_and_extract, window, chunksize=16)
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
