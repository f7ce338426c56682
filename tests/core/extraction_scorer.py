"""Score the extractor against hand-written labels.

The sets scored: the seeds (``expectations/``), the development set (``devset/``, articles
written for the tests and modelled on real press releases from many countries) and the
held-out sets (``heldout*/``, written the same way and scored once before any rule was fitted
to them, so that their first figures, kept in each set's README, say how the rules do on
articles they have not seen).
Run ``python -m tests.core.extraction_scorer`` from the repository to print precision,
recall and F1 per entity type; ``tests/core/test_extract.py`` fails if a figure drops.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from partnerview.core.article import load_article
from partnerview.core.extract import Extractor
from partnerview.core.knowledge import KnowledgeBase
from partnerview.paths import seeds_dir

HERE = Path(__file__).parent
TYPES = ("partners", "organizations", "people", "places", "fields")


@dataclass
class Figures:
    """Counts of one entity type over a set of articles, and the rates they give."""

    found: int = 0
    expected: int = 0
    right: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def labelled(set_name: str) -> list[tuple[Path, dict]]:
    """(article file, labels) for the "seeds", the "devset" or the "heldout" set."""
    if set_name == "seeds":
        return [(seeds_dir() / (path.stem + ".txt"), json.loads(path.read_text("utf-8")))
                for path in sorted((HERE / "expectations").glob("*.json"))]
    return [(path.with_suffix(".txt"), json.loads(path.read_text("utf-8")))
            for path in sorted((HERE / set_name).glob("*.json"))]


def _fold(name: str) -> str:
    """Names compare without case or accents: "Huawei México" is "huawei mexico"."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _people_names(value: list | dict) -> list[str]:
    return list(value) if isinstance(value, dict) else [p["name"] for p in value]


def score(set_name: str = "seeds", verbose: bool = False) -> dict[str, Figures]:
    """Micro-averaged figures per type over one labelled set."""
    extractor = Extractor(KnowledgeBase.load())
    counts = {t: Figures() for t in TYPES}
    for path, expected in labelled(set_name):
        article = load_article(path)
        got = extractor.extract(article.title, article.text)
        for type_ in TYPES:
            truth_values = _people_names(expected[type_]) if type_ == "people" \
                else expected[type_]
            truth = [{_fold(n) for n in v.split("|")} for v in truth_values]
            raw = [p.name for p in got.people] if type_ == "people" else getattr(got, type_)
            values = list(dict.fromkeys(_fold(v) for v in raw))
            matched = [any(v in names for v in values) for names in truth]
            # Two spellings of one labelled entity count once; a value no label names is wrong.
            hits = {i for v in values for i, names in enumerate(truth) if v in names}
            wrong = [v for v in values if not any(v in names for names in truth)]
            counts[type_].expected += len(truth)
            counts[type_].right += sum(matched)
            counts[type_].found += len(hits) + len(wrong)
            if verbose and (wrong or not all(matched)):
                missed = [truth_values[i] for i, ok in enumerate(matched) if not ok]
                print(f"{path.stem} {type_}: wrong {wrong} missed {missed}")
    return counts


def all_sets() -> list[str]:
    """Every labelled set: the seeds, then each folder of labelled articles by name."""
    folders = sorted((p.parent.name for p in HERE.glob("*/*.json")
                      if p.with_suffix(".txt").exists()),
                     key=lambda name: (name.rstrip("0123456789"),
                                       int("0" + name[len(name.rstrip("0123456789")):])))
    return ["seeds", *dict.fromkeys(folders)]


def main() -> None:
    """Print the tables of the sets named on the command line, or of every set (``-v`` also
    lists every miss and false hit)."""
    import sys

    verbose = "-v" in sys.argv
    for set_name in [a for a in sys.argv[1:] if a != "-v"] or all_sets():
        figures = score(set_name, verbose)
        print(f"\n{set_name} ({len(labelled(set_name))} articles)")
        print(f"{'type':<15}{'precision':>10}{'recall':>10}{'F1':>8}")
        for type_, f in figures.items():
            print(f"{type_:<15}{f.precision:>10.2f}{f.recall:>10.2f}{f.f1:>8.2f}")


if __name__ == "__main__":
    main()
