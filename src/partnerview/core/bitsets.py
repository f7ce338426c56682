"""Sets of document numbers as Python integers (bit n for document n): intersections and
unions of whole facets run in C, however many documents match."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress


def mask_of(docnums: Iterable[int], size: int) -> int:
    """The bitset of ``docnums`` (bit n set for document n)."""
    bits = bytearray((size >> 3) + 1)
    for docnum in docnums:
        bits[docnum >> 3] |= 1 << (docnum & 7)
    return int.from_bytes(bits, "little")


def union(masks: Iterable[int]) -> int:
    """The documents in any of ``masks``."""
    result = 0
    for mask in masks:
        result |= mask
    return result


#: ``bin()``'s digits as bytes 0 and 1.
_DIGITS = bytes.maketrans(b"01", b"\0\1")


def members(mask: int) -> set[int]:
    """The document numbers in a bitset."""
    if mask.bit_count() * 8 > mask.bit_length():  # many: picked out of every number in C
        flags = bin(mask)[:1:-1].encode().translate(_DIGITS)  # byte n: bit n
        return set(compress(range(len(flags)), flags))
    found = set()
    for position, byte in enumerate(mask.to_bytes((mask.bit_length() >> 3) + 1, "little")):
        while byte:
            low = byte & -byte
            found.add((position << 3) + low.bit_length() - 1)
            byte ^= low
    return found
