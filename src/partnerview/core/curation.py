"""The user's corrections of what the extractor found: merged and renamed entities, false
hits removed, partners demoted or promoted, types changed, names marked by hand.

The store keeps the extractor's own output; corrections are kept beside it and applied
whenever an article is read or indexed, so they survive a re-extraction, an index rebuild
and a new knowledge base, and undoing one is deleting it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, replace
from typing import Any

from partnerview.core.entities import Entity, Person
from partnerview.core.extract import Extraction
from partnerview.core.store import Store

#: The entity types a user corrects, and the facet (and Extraction list) of each.
FACET_OF = {"organization": "organizations", "person": "people", "place": "places",
            "field": "fields"}
ACTIONS = ("rename", "remove", "retype", "add", "partner")
#: ``changing(ids, progress)``: one write whose articles are re-indexed after it.
Changing = Callable[[list[str], Any], AbstractContextManager[Any]]


@dataclass(frozen=True)
class Correction:
    """One correction; ``article`` limits it to one article ("" is everywhere).

    rename: ``name`` of ``type`` is called ``value`` (a merge is several renames);
    remove: ``name`` is no entity; retype: ``name`` is of type ``value``; add: the text
    ``name`` is an entity of ``type`` called ``value`` (with ``role`` for a person);
    partner: ``name`` is a partner ("yes") or not ("no").
    """

    action: str
    type: str
    name: str
    value: str = ""
    article: str = ""
    role: str = ""
    id: int = 0
    created: str = ""

    def describe(self) -> str:
        """The correction in the user's words: "Huawai → Huawei (organisation)"."""
        where = " in one article" if self.article else ""
        return {
            "rename": f"{self.name} → {self.value}",
            "remove": f"{self.name} is no {self.type}{where}",
            "retype": f"{self.name} is a {self.value}, not a {self.type}{where}",
            "add": f"“{self.name}” is the {self.type} {self.value or self.name}"
                   + (f" ({self.role})" if self.role else ""),
            "partner": f"{self.name} is {'a' if self.value == 'yes' else 'no'} partner{where}",
        }[self.action]

    def applies_to(self, article_id: str) -> bool:
        return not self.article or self.article == article_id


def check(correction: Correction) -> Correction:
    """The correction, tidied; ValueError says what is wrong with it."""
    fixed = replace(correction, name=" ".join(correction.name.split()),
                    value=" ".join(correction.value.split()), role=correction.role.strip())
    if fixed.action not in ACTIONS:
        raise ValueError(f"unknown correction {fixed.action!r}: use {', '.join(ACTIONS)}")
    if fixed.type not in FACET_OF:
        raise ValueError(f"type must be one of {', '.join(FACET_OF)}, not {fixed.type!r}")
    if not fixed.name:
        raise ValueError("a correction needs the name it corrects")
    if fixed.action == "rename" and not fixed.value:
        raise ValueError("a new name cannot be empty")
    if fixed.action == "retype" and fixed.value not in FACET_OF:
        raise ValueError(f"the new type must be one of {', '.join(FACET_OF)}")
    if fixed.action == "partner" and fixed.value not in ("yes", "no"):
        raise ValueError("a partner correction says yes or no")
    return fixed


def apply(extraction: Extraction, text: str, article_id: str,
          corrections: Iterable[Correction]) -> Extraction:
    """What the user believes the article names: ``extraction`` with the corrections that
    apply to this article, in the order they were made."""
    entities = list(extraction.entities)
    lists = {t: list(getattr(extraction, FACET_OF[t])) for t in FACET_OF if t != "person"}
    people = list(extraction.people)
    partners = list(extraction.partners)
    changed = False
    for c in corrections:
        if not c.applies_to(article_id):
            continue
        changed = True
        if c.action == "rename":
            entities = [replace(e, canonical=c.value) if _is(e, c) else e for e in entities]
            if c.type == "person":
                people = [replace(p, name=c.value) if p.name == c.name else p for p in people]
            else:
                lists[c.type] = [c.value if n == c.name else n for n in lists[c.type]]
            if c.type == "organization":
                partners = [c.value if n == c.name else n for n in partners]
        elif c.action in ("remove", "retype"):
            found = [e for e in entities if _is(e, c)]
            entities = [e for e in entities if not _is(e, c)]
            if c.action == "retype" and found:
                entities += [replace(e, type=c.value, kind="") for e in found]
                if c.value == "person":
                    people.append(Person(c.name, found[0].role))
                else:
                    lists[c.value].append(c.name)
            if c.type == "person":
                people = [p for p in people if p.name != c.name]
            else:
                lists[c.type] = [n for n in lists[c.type] if n != c.name]
            if c.type == "organization":
                partners = [n for n in partners if n != c.name]
        elif c.action == "partner":
            partners = partners + [c.name] if c.value == "yes" else \
                [n for n in partners if n != c.name]
        elif c.action == "add":
            spans = [(m.start(), m.end()) for m in re.finditer(
                rf"(?<![\w-]){re.escape(c.name)}(?![\w-])", text)]
            if not spans:
                continue
            name = c.value or c.name
            entities = [e for e in entities if not any(e.start < b and a < e.end
                                                       for a, b in spans)]
            entities += [Entity(c.type, text[a:b], name, a, b, role=c.role) for a, b in spans]
            if c.type == "person":
                people.append(Person(name, c.role))
            else:
                lists[c.type].append(name)
    if not changed:
        return extraction
    by_name: dict[str, Person] = {}
    for person in people:
        by_name.setdefault(person.name, person)
    return replace(extraction, entities=sorted(entities, key=lambda e: (e.start, e.end)),
                   partners=list(dict.fromkeys(partners)),
                   organizations=list(dict.fromkeys(lists["organization"])),
                   places=list(dict.fromkeys(lists["place"])),
                   fields=list(dict.fromkeys(lists["field"])),
                   people=list(by_name.values()))


def _is(entity: Entity, correction: Correction) -> bool:
    return entity.type == correction.type and entity.canonical == correction.name


class Curation:
    """The library's corrections: made, undone, listed, shared between users."""

    def __init__(self, store: Store, changing: Changing,
                 current_ids: Callable[[str, str], list[str]]) -> None:
        self._store = store
        self._changing = changing
        self._current_ids = current_ids  # (facet, value) -> ids the index has it for
        self._cache: list[Correction] | None = None

    def __iter__(self) -> Any:
        return iter(self.all())

    def all(self) -> list[Correction]:
        """Every correction, oldest first."""
        if self._cache is None:
            self._cache = [Correction(**{**json.loads(body), "id": row_id, "created": created})
                           for row_id, body, created in self._store.corrections()]
        return self._cache

    def apply(self, extraction: Extraction, text: str, article_id: str = "") -> Extraction:
        """An extraction as the user has corrected it."""
        return apply(extraction, text, article_id, self.all())

    def add(self, *corrections: Correction, progress: Callable[[int, int], Any] | None = None
            ) -> tuple[list[Correction], list[str]]:
        """Make corrections (a merge is several renames) and re-index the articles they
        touch, in one write; returns them with their ids, and the articles' ids."""
        checked = [check(c) for c in corrections]
        ids = list(dict.fromkeys(i for c in checked for i in self.touched_by(c)))
        with self._changing(ids, progress) as db:
            made = [replace(c, id=self._store.add_correction(db, _body(c))) for c in checked]
            self._cache = None  # the articles are indexed with them
        return made, ids

    def delete(self, *correction_ids: int,
               progress: Callable[[int, int], Any] | None = None) -> list[str]:
        """Undo corrections; returns the ids of the articles they touched."""
        found = [c for c in self.all() if c.id in correction_ids]
        ids = list(dict.fromkeys(i for c in found for i in self.touched_by(c)))
        with self._changing(ids, progress) as db:
            for correction in found:
                self._store.delete_correction(db, correction.id)
            self._cache = None
        return ids

    def merge(self, type_: str, names: Iterable[str], into: str,
              progress: Callable[[int, int], Any] | None = None
              ) -> tuple[list[Correction], list[str]]:
        """Make several names of one entity one ("Huawei Technologies Co Ltd", "Huawai" →
        "Huawei"): the others are renamed, wherever they are found."""
        return self.add(*[Correction("rename", type_, n, into) for n in dict.fromkeys(names)
                          if n != into], progress=progress)

    def touched_by(self, correction: Correction) -> list[str]:
        """The articles a correction can change: the one it is limited to, or those that
        name the name (as extracted, or as shown now), or whose text has what is marked."""
        if correction.article:
            return [correction.article]
        if correction.action == "add":
            return self._store.ids_with_text(correction.name)
        shown = self._current_ids(FACET_OF[correction.type], correction.name)
        if correction.action == "partner":
            shown += self._current_ids("partners", correction.name)
        return list(dict.fromkeys(self._store.ids_naming(correction.name) + shown))

    def export(self) -> str:
        """Every correction as JSON, to share with a team."""
        return json.dumps({"partnerview-corrections": 1,
                           "corrections": [_body(c) for c in self.all()]},
                          ensure_ascii=False, indent=2)

    def import_(self, text: str) -> int:
        """Add the corrections of an export that this library lacks; returns how many.

        Raises:
            ValueError: the text is no PartnerView corrections file.
        """
        new = self.missing(read_export(text))
        return len(self.add(*new)[0]) if new else 0

    def missing(self, corrections: Iterable[Correction]) -> list[Correction]:
        """Those of ``corrections`` this library does not have yet."""
        have = {json.dumps(_body(c), sort_keys=True) for c in self.all()}
        return [c for c in corrections if json.dumps(_body(c), sort_keys=True) not in have]


def read_export(text: str) -> list[Correction]:
    """The corrections of a file made by :meth:`Curation.export`.

    Raises:
        ValueError: the text is no PartnerView corrections file, or a correction in it is
        not understood.
    """
    try:
        items = json.loads(text)["corrections"]
        return [check(Correction(**{k: str(v) for k, v in item.items()
                                    if k in Correction.__dataclass_fields__
                                    and k not in ("id", "created")}))
                for item in items]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a PartnerView corrections file ({exc})") from exc


def _body(correction: Correction) -> dict[str, str]:
    return {k: v for k, v in asdict(correction).items() if k not in ("id", "created") and v}
