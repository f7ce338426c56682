"""Bitsets of document numbers give back exactly the numbers put in, sparse or dense."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from partnerview.core.bitsets import mask_of, members, union


@given(st.integers(0, 3000), st.sets(st.integers(0, 2999)))
def test_members_are_the_numbers_put_in(size: int, numbers: set[int]) -> None:
    docnums = {d for d in numbers if d < size}  # dense where size is small
    assert members(mask_of(docnums, size)) == docnums


def test_dense_and_sparse_bitsets_alike() -> None:
    every = mask_of(range(10_000), 10_000)
    few = mask_of(range(0, 10_000, 97), 10_000)
    assert members(every) == set(range(10_000))  # dense: read from its binary digits
    assert members(few) == set(range(0, 10_000, 97))  # sparse: a bit at a time
    assert members(union([every & ~few, few])) == set(range(10_000))
    assert members(0) == set()
