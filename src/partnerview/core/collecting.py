"""Long work in the background without the window freezing for the garbage collector.

A full collection walks every object the process holds: the knowledge base, the index
writer's postings, the regular expressions being compiled. In the middle of an import or
while the knowledge base is built, that took 40–140 ms at a time, in which the app's window
could not repaint or take a key. Young objects are still collected while the work runs; the
old ones wait for its end (an import leaves almost no cyclic garbage behind).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_holding = 0  # pieces of work holding full collections back now
_lock = threading.Lock()
_thresholds = gc.get_threshold()


@contextmanager
def young_collections_only() -> Iterator[None]:
    """No full collection until the work inside ends (nested and concurrent work alike)."""
    global _holding, _thresholds
    with _lock:
        if not _holding:
            _thresholds = gc.get_threshold()
            gc.set_threshold(_thresholds[0], _thresholds[1], 1 << 30)
        _holding += 1
    try:
        yield
    finally:
        with _lock:
            _holding -= 1
            if not _holding:
                gc.set_threshold(*_thresholds)


def let_go(items: dict[Any, Any] | list[Any]) -> None:
    """Empty a large container an item at a time. Its objects freed all at once (a batch's
    postings, its articles' shingles: hundreds of thousands) hold the interpreter for
    30–70 ms, and the window's thread with it; a loop lets that thread in between."""
    while items:
        items.popitem() if isinstance(items, dict) else items.pop()
