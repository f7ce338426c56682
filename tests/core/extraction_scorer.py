"""Score the extractor against the hand-written expectations for the seeds.

Run ``python -m tests.core.extraction_scorer`` from the repository to print precision and
recall per entity type; the tests fail if a figure drops below what has been reached.
"""

from __future__ import annotations

import json
from pathlib import Path

from partnerview.core.article import load_article
from partnerview.core.extract import Extractor
from partnerview.core.knowledge import KnowledgeBase
from partnerview.paths import seeds_dir

EXPECTATIONS = Path(__file__).parent / "expectations"
TYPES = ("partners", "organizations", "people", "places", "fields")


def score() -> dict[str, dict[str, float]]:
    """Precision and recall per type over all seeds (micro-averaged)."""
    extractor = Extractor(KnowledgeBase.load())
    counts = {t: {"found": 0, "expected": 0, "right": 0} for t in TYPES}
    for expectation in sorted(EXPECTATIONS.glob("*.json")):
        expected = json.loads(expectation.read_text("utf-8"))
        article = load_article(seeds_dir() / (expectation.stem + ".txt"))
        got = extractor.extract(article.title, article.text)
        for type_ in TYPES:
            truth = [set(v.split("|")) for v in expected[type_]]
            values = [p.name for p in got.people] if type_ == "people" else getattr(got, type_)
            matched = [any(v in names for v in values) for names in truth]
            correct = [any(v in names for names in truth) for v in values]
            counts[type_]["expected"] += len(truth)
            counts[type_]["found"] += len(values)
            counts[type_]["right"] += sum(matched)
            counts[type_]["found"] -= len(values) - len(set(values))
            counts[type_]["found"] -= sum(correct) - sum(matched)  # two spellings, one entity
    return {t: {"precision": c["right"] / c["found"] if c["found"] else 1.0,
                "recall": c["right"] / c["expected"] if c["expected"] else 1.0}
            for t, c in counts.items()}


def main() -> None:
    """Print the table."""
    print(f"{'type':<15}{'precision':>10}{'recall':>10}")
    for type_, figures in score().items():
        print(f"{type_:<15}{figures['precision']:>10.3f}{figures['recall']:>10.3f}")


if __name__ == "__main__":
    main()
