"""The knowledge base: organisations, technology fields and places with their aliases.

The curated base ships in ``resources/knowledge.toml``; a user's additions are kept in
their library and merged on top (:meth:`KnowledgeBase.with_entries`).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partnerview.core.entities import CJK_CHARS, has_cjk
from partnerview.paths import resources_dir

ENTITY_SECTIONS = {"organization": "organization", "field": "field", "place": "place"}


@dataclass
class Entry:
    """One known thing: its type, canonical name, aliases, kind and parent."""

    type: str  # organization | field | place
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = ""
    parent: str = ""
    demonyms: list[str] = field(default_factory=list)  # of a place: "Kenyan", "Kenyans"


class KnowledgeBase:
    """Canonical names and every way of writing them, ready for matching."""

    def __init__(self, entries: Iterable[Entry], towns: dict[str, tuple[str, str]] | None = None
                 ) -> None:
        #: Towns too small to be places everywhere: folded name -> (name, country).
        self.towns = towns or {}
        self.entries: dict[tuple[str, str], Entry] = {}
        for entry in entries:
            self._merge(entry)
        self._build()

    @classmethod
    def load(cls, path: Path | None = None,
             user_entries: Iterable[dict[str, Any]] = ()) -> KnowledgeBase:
        """The bundled base (or the ``knowledge.toml`` at ``path``, with the fields and
        places beside it) with the user's entries on top."""
        path = path or resources_dir() / "knowledge.toml"
        entries = _toml_entries(path)
        if (path.parent / "fields.toml").exists():
            entries += _toml_entries(path.parent / "fields.toml")
        if (path.parent / "places.tsv").exists():
            entries += _place_entries(path.parent / "places.tsv")
        for translated in sorted(path.parent.glob("knowledge_*.toml")):  # zh, es, ...
            entries = _with_translations(entries, translated)
        entries += [Entry(**entry) for entry in user_entries]
        return cls(entries, _towns(path.parent / "towns.tsv"))

    def _merge(self, entry: Entry) -> None:
        key = (entry.type, entry.name.casefold())
        known = self.entries.get(key)
        if known is None:
            self.entries[key] = Entry(entry.type, entry.name, list(entry.aliases), entry.kind,
                                      entry.parent, list(entry.demonyms))
            return
        known.aliases += [a for a in entry.aliases if a not in known.aliases]
        known.demonyms += entry.demonyms
        known.kind = entry.kind or known.kind
        known.parent = entry.parent or known.parent

    def _build(self) -> None:
        self.demonyms = {form for entry in self.entries.values() for form in entry.demonyms}
        # Each written form maps to its entry; exact-case forms are kept apart.
        self.exact: dict[str, Entry] = {}
        self.folded: dict[str, Entry] = {}
        for entry in self.entries.values():
            for form in _written_forms(entry):
                if is_case_sensitive(form):
                    self.exact.setdefault(form, entry)
                else:
                    self.folded.setdefault(form.casefold(), entry)
        # One regular expression shaped as a trie of every lower-cased form: the regex
        # engine then tests a text position against shared prefixes, not 1,000 names.
        forms = {form.lower() for form in [*self.exact, *self._original_forms()]}
        latin = _trie_pattern(f for f in forms if not has_cjk(f))
        # A name ends where a word does; Chinese characters next to it end it too ("在5G、").
        word = rf"[^\W{CJK_CHARS}]"
        # (not after one hyphen, "e-Government"; but after a wire's "--(BUSINESS WIRE)--")
        self.pattern = re.compile(rf"(?<!{word})(?<!(?<!-)-)(?:{latin})(?!{word})")
        # Chinese is written without spaces: its names are found anywhere in a run.
        self.cjk_pattern = re.compile(_trie_pattern(f for f in forms if has_cjk(f)) or "(?!)")
        self.single_words = {form for form in self.folded if " " not in form and len(form) >= 5}

    def _original_forms(self) -> list[str]:
        return [form for entry in self.entries.values()
                for form in _written_forms(entry) if not is_case_sensitive(form)]

    def finditer(self, text: str) -> list[tuple[int, int, Entry]]:
        """Every known name in ``text``: (start, end, entry), longest at each place."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters change length when lowered
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        found = []
        matches = list(self.pattern.finditer(lowered))
        if has_cjk(text):
            matches = sorted(matches + list(self.cjk_pattern.finditer(text)),
                             key=lambda m: m.start())
        for match in matches:
            entry = self.lookup(text[match.start():match.end()])
            if entry is not None:
                found.append((match.start(), match.end(), entry))
        return found

    def lookup(self, text: str) -> Entry | None:
        """The entry written as ``text`` (exact case for acronyms), or None."""
        text = " ".join(text.replace("’", "'").split()) if "’" in text else text
        return self.exact.get(text) or self.folded.get(text.casefold())

    def get(self, type_: str, name: str) -> Entry | None:
        """The entry with this canonical name."""
        return self.entries.get((type_, name.casefold()))

    def find(self, name: str, type_: str | None = None) -> Entry | None:
        """The entry a user means by ``name`` (canonical name or any alias, any case)."""
        for entry in self.entries.values():
            if type_ and entry.type != type_:
                continue
            if name.casefold() in (form.casefold() for form in [entry.name, *entry.aliases]):
                return entry
        return None


def fold(name: str) -> str:
    """A name to compare by, without case or accents: "tacuarembo" for "Tacuarembó"."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold())
                   if not unicodedata.combining(c))


def _toml_entries(path: Path) -> list[Entry]:
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    return [Entry(type=section, name=item["name"], aliases=list(item.get("aliases", [])),
                  kind=item.get("kind", ""), parent=item.get("parent", ""))
            for section in ENTITY_SECTIONS for item in data.get(section, [])]


def _with_translations(entries: list[Entry], path: Path) -> list[Entry]:
    """``entries`` with the names in another language that ``path`` gives them, as aliases
    ({type: {canonical name: [names]}})."""
    with open(path, "rb") as handle:
        names = tomllib.load(handle)
    for entry in entries:
        entry.aliases += names.get(entry.type, {}).get(entry.name, [])
    return entries


#: Romanian writes "ș" and "ț" with a comma below, GeoNames with a cedilla ("Timişoara").
_COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")


def _place_entries(path: Path) -> list[Entry]:
    """Rows of ``places.tsv``; a demonym ("Kenyan") and its people ("Kenyans") become
    aliases of its country."""
    entries: dict[str, Entry] = {}
    demonyms: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            name, aliases, kind, parent = line.rstrip("\n").split("\t")
            if kind == "demonym":
                demonyms.append((name, parent))
                continue
            forms = aliases.split("|") if aliases else []
            if (written := name.translate(_COMMA_BELOW)) != name:
                forms.append(written)
            entries[name] = Entry("place", name, forms, kind, parent)
    for form, country in demonyms:
        if country in entries:
            # "Nigerians", "Saudis", "Pacific Islanders"; "the Chinese" and "the Swiss" are
            # plural already.
            forms = [form, form + "s"] if form.endswith(("n", "i", "er")) else [form]
            entries[country].aliases += forms
            entries[country].demonyms += forms
    return list(entries.values())


def _towns(path: Path) -> dict[str, tuple[str, str]]:
    """Rows of ``towns.tsv`` (name, country) by their folded names (none without the file)."""
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if not line.startswith("#")]
    return {fold(name): (name, country) for name, country in rows}


def _written_forms(entry: Entry) -> list[str]:
    """An entry's name and aliases, a hyphen between words also written as a space
    ("fifth-generation networks", "fifth generation networks"; not "e-commerce")."""
    forms = [entry.name, *entry.aliases]
    return forms + [spaced for form in forms
                    if (spaced := _HYPHEN_BETWEEN_WORDS.sub(" ", form)) != form]


_HYPHEN_BETWEEN_WORDS = re.compile(r"(?<=[a-z]{3})-(?=[a-z]{3})")


def is_case_sensitive(form: str) -> bool:
    """Short names and acronyms match only as written: "AI" is not "ai", "MIT" not "mit"."""
    letters = [c for c in form if c.isalpha()]
    return len(form) <= 3 or (letters and sum(c.isupper() for c in letters) >= len(letters) - 1
                              and len(letters) <= 6)


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first, built as a trie."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items())
                    if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return build(trie)
