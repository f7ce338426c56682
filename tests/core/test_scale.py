"""The hostile-query, kill and two-writer guarantees hold on a library of 10,000 articles,
not only on the five seeds. Slow: the library is imported once for the module (about a
minute on two cores)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings

from partnerview import Library
from partnerview.core.library import LibraryBusy
from tests.core.query_grammar import FILTERS, QUERIES
from tests.core.test_durability import (
    IMPORTER,
    WRITER,
    batch,
    integrity,
    run_until_killed,
    workers_left,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from generate import generate  # noqa: E402

ARTICLES = 10_000
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of a library of 10,000 generated articles."""
    root = tmp_path_factory.mktemp("scale")
    generate(ARTICLES, root / "corpus")
    with Library.open(root / "data") as lib:
        report = lib.add([root / "corpus"])
        assert len(report.added) == ARTICLES and report.failed == []
    return root / "data"


@pytest.fixture(scope="module")
def reader(big: Path):
    with Library.open(big, read_only=True) as lib:
        yield lib


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(query=QUERIES, filters=FILTERS)
@example(query="huawei^0", filters=None)  # a zero boost once divided by zero in Whoosh
def test_no_query_raises_at_scale(reader: Library, query: str, filters: dict | None) -> None:
    result = reader.search(query, filters)
    assert result.total >= 0 and len(result.hits) <= result.total


def test_a_second_writer_is_told_clearly_at_scale(big: Path) -> None:
    with Library.open(big) as writer:
        with pytest.raises(LibraryBusy, match="open in another PartnerView"):
            Library.open(big)
        with Library.open(big, read_only=True) as other:
            assert other.search().total == len(writer) == ARTICLES


def test_annotations_survive_sigkill_at_scale(big: Path) -> None:
    returned = run_until_killed(WRITER, [str(big)], lines=40)
    assert integrity(big) == "ok"
    with Library.open(big) as reopened:
        assert set(returned) <= {a.id for a in reopened.annotations()}
        assert reopened.search("note:note").total == 1


def test_a_killed_import_into_a_big_library_can_be_run_again(big: Path,
                                                              tmp_path: Path) -> None:
    folder = batch(tmp_path / "batch", "Lateword")
    run_until_killed(IMPORTER, [str(big), str(folder)], lines=250)
    assert integrity(big) == "ok"
    assert workers_left() == []
    with Library.open(big) as lib:
        lib.add([folder])
        assert len(lib) == ARTICLES + 600
        assert lib.search("lateword599").total == 1
        assert lib.search().total == ARTICLES + 600
