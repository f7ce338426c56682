"""What extraction finds: entities with their places in the text, and small helpers to
keep them apart (which characters are taken, each value once)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

ENTITY_TYPES = ("organization", "person", "place", "field", "date")


@dataclass
class Entity:
    """A span of the article text that names something."""

    type: str
    text: str
    canonical: str
    start: int
    end: int
    role: str = ""  # people: the role the article gives them
    kind: str = ""  # organisations: company, university, ...


@dataclass
class Person:
    """A person named in an article, with the role the article states."""

    name: str
    role: str = ""


#: Letters for names written in Latin scripts with accents ("Tecnológica", "École", "Peña").
UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f\u1e00-\u1eff"  # Latin Extended-A and Additional: "Łukasz", "Ễ"


LOWER = "a-zß-öø-ÿ\u0100-\u017f\u1e00-\u1eff"  # "Zielińska", "Dvořák", "Nguyễn"


def occurrences(text: str, name: str, joined: str = "_-") -> Iterator[tuple[int, int]]:
    """Where ``name`` stands in ``text`` as whole words, not joined to letters, digits or
    ``joined`` on either side (a compiled pattern per name would cost more than this)."""
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        before, after = text[start - 1:start], text[end:end + 1]
        if not (before and (before.isalnum() or before in "_-")) and \
                not (after and (after.isalnum() or after in joined)):
            yield start, end
        start = text.find(name, start + 1)


#: Where a sentence may end: a stop before a space and a capital, a digit or a quote, a
#: Chinese stop, or the end of a line.
_SENTENCE_END = re.compile(r"[.!?]+(?=\s+[\"“'‘(\d" + UPPER + r"])|[。！？]+|\n")


#: Words a stop follows without ending the sentence: "Meridian Compute Inc. announced" is
#: caught by the capital rule; these are the ones a capital follows ("Dr. Stefan Brandt").
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Eng|Engr|Amb|Rev|Assoc|St|No|Jr|Sr|"
                           r"Gen|Col|Capt|Hon|Hj|Ir|Ts|Sdn|Pte|Pty|Co|[A-Z])|\bH\.E|\bU\.S)$")

#: A company's legal form, and a bracket after its stop: the sentence goes on in "Hitachi,
#: Ltd. (TSE: 6501) announced".
_LEGAL_FORM = re.compile(r"\b(?:Ltd|Inc|Corp|Co|Plc|PLC|LLC|S\.A|N\.V|B\.V)$")
_BRACKET_NEXT = re.compile(r"\s*\(")


@lru_cache(maxsize=8)  # the article's sentences are asked for by several rules
def sentences(text: str) -> tuple[tuple[int, str], ...]:
    """(start, sentence) for each sentence of ``text``, not cut after "Dr." or "Inc."."""
    out = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group().startswith(".") and (
                _ABBREVIATION.search(text, max(0, match.start() - 6), match.start()) or
                _BRACKET_NEXT.match(text, match.end()) and
                _LEGAL_FORM.search(text, max(0, match.start() - 8), match.start())):
            continue
        if text[start:match.end()].strip():
            out.append((start, text[start:match.end()]))
        start = match.end()
    if text[start:].strip():
        out.append((start, text[start:]))
    return tuple(out)


def without_overlaps(entities: list[Entity], prefer_longer: bool) -> list[Entity]:
    ordered = sorted(entities, key=lambda e: (-(e.end - e.start), e.start)) if prefer_longer \
        else entities
    kept: list[Entity] = []
    used = Spans([])
    for entity in ordered:
        if used.free(entity.start, entity.end):
            kept.append(entity)
            used.add(entity)
    return sorted(kept, key=lambda e: e.start)


class Spans:
    """Which characters some entities cover: overlap tests in C, not in a Python loop."""

    def __init__(self, entities: list[Entity]) -> None:
        self.covered = bytearray(max((e.end for e in entities), default=0))
        for entity in entities:
            self.add(entity)

    def add(self, entity: Entity) -> None:
        if entity.end > len(self.covered):
            self.covered.extend(bytes(entity.end - len(self.covered)))
        self.covered[entity.start:entity.end] = b"\x01" * (entity.end - entity.start)

    def free(self, start: int, end: int) -> bool:
        return self.covered.find(1, start, end) == -1


def unique(values: Any) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


#: Han characters (with extensions and compatibility forms): Chinese, written without
#: spaces between words.
HAN_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Han, kana and hangul: scripts whose names run on into the next word.
CJK_CHARS = HAN_CHARS + "\u3040-\u30ff\uac00-\ud7af"
_CJK = re.compile(f"[{CJK_CHARS}]")


def has_cjk(text: str) -> bool:
    """Whether ``text`` has a Chinese, Japanese or Korean character."""
    return _CJK.search(text) is not None

