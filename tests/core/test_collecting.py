"""Long work holds the garbage collector's full collections back, and always gives them back."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from partnerview.core.collecting import let_go, young_collections_only
from partnerview.core.library import Library
from partnerview.paths import seeds_dir


def test_an_import_runs_without_full_collections_and_gives_them_back(tmp_path: Path) -> None:
    before = gc.get_threshold()
    during: list[int] = []
    with Library.open(tmp_path / "library") as library:
        library.add([seeds_dir()], progress=lambda done, total: during.append(
            gc.get_threshold()[2]))
    assert during and min(during) > 1_000_000
    assert gc.get_threshold() == before


def test_nested_and_failed_work_gives_full_collections_back() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), young_collections_only():
        with young_collections_only():
            pass
        assert gc.get_threshold()[2] > 1_000_000  # the outer work still holds them
        raise RuntimeError("the work failed")
    assert gc.get_threshold() == before


def test_a_container_let_go_of_is_emptied() -> None:
    shingles = {f"article{i}": set(range(i, i + 50)) for i in range(100)}
    postings = [(i, b"term") for i in range(100)]
    let_go(shingles)
    let_go(postings)
    assert shingles == {} and postings == []
