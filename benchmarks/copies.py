"""Benchmark of repost detection: copies made of articles already in a library (a new
title, a paragraph dropped, boilerplate added, cut to its first half, re-encoded) are
imported; prints how many joined their original's story, how many joined another, and the
import time per copy.

Run: python benchmarks/copies.py LIBRARY_FOLDER CORPUS_FOLDER [--copies 200] [--seed N]
(the library holds the corpus already, e.g. after `partnerview add CORPUS`).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from partnerview.core.library import Library

EDITS = {
    "title": lambda lines: ["Repost: " + lines[0].strip(), *lines[1:]],
    "dropped": lambda lines: [ln for i, ln in enumerate(lines) if i != len(lines) // 2],
    "boilerplate": lambda lines: ["Home | News | Contact", *lines,
                                  "Share this story. Copyright 2026. All rights reserved."],
    "truncated": lambda lines: lines[: max(2, len(lines) // 2)],
    "encoding": lambda lines: lines,  # the same text as UTF-16
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026,
                        help="another seed picks other articles (a library keeps the copies "
                             "of an earlier run, and the same copy again is no new article)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sources = rng.sample(sorted(args.corpus.rglob("*.txt")), args.copies)
    with tempfile.TemporaryDirectory() as folder, Library.open(args.library) as library:
        made = {}
        for number, source in enumerate(sources):
            edit = list(EDITS)[number % len(EDITS)]
            lines = EDITS[edit](source.read_text("utf-8").splitlines())
            target = Path(folder) / f"copy{number}_{edit}.txt"
            target.write_text("\n".join(lines) + "\n",
                              "utf-16" if edit == "encoding" else "utf-8")
            made[target.name] = (library.find_article(source), edit)
        started = time.perf_counter()
        library.add([folder])
        seconds = time.perf_counter() - started
        found = {edit: [0, 0, 0] for edit in EDITS}  # joined its original, another, none
        for name, (original, edit) in made.items():
            copy = library.find_article(Path(folder) / name)
            others = library.stories.copies(copy)
            found[edit][0 if original in others else 1 if others else 2] += 1
    print(f"{args.copies} copies imported in {seconds:.1f} s "
          f"({seconds / args.copies * 1000:.1f} ms a copy, extraction included)")
    print(f"{'edit':<12} {'found':>6} {'wrong':>6} {'missed':>7}")
    for edit, (right, wrong, missed) in found.items():
        print(f"{edit:<12} {right:>6} {wrong:>6} {missed:>7}")


if __name__ == "__main__":
    main()
