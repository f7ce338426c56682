"""How often the extractor finds both parties of a signing when the university is a real one.

The names come from a file, one institution a line (for example the names of JetBrains'
swot list of academic domains: ``pip download swot``, unzip the wheel, and
``cat swot-*.data/data/swot_lib/lib/domains/*/*.txt > names.txt``). Each sampled name is put
into twelve sentences of the shapes press releases use, beside a company the knowledge base
knows or a made-up one, and the partners found are compared with the two expected::

    python benchmarks/institutions.py names.txt --sample 300 --seed 1

A name cut before "at"/"in"/"," and its place ("University of Texas ... at Dallas") counts
as found. The misses are listed, one line a name, so that a rule can be written for a shape.
"""

from __future__ import annotations

import argparse
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

from partnerview.core.extract import Extractor
from partnerview.core.knowledge import KnowledgeBase

COMPANIES = ["Huawei", "ZTE", "Alibaba Cloud", "Tencent", "IBM", "Microsoft", "Netvoni",
             "Orvane Systems", "Kestrel Telecom", "Lumora Technologies"]

#: (title, body): {C} the company, {U} the institution, {A} its initials, {O} another
#: institution, no party.
SHAPES = [
    ("", "{C} and {U} signed a memorandum of understanding on Monday to set up a joint "
         "laboratory for artificial intelligence."),
    ("", "{U} ({A}) has signed an agreement with {C} to train students in cloud computing. "
         "The {A} rector welcomed it."),
    ("", "{C} has partnered with {U} to launch an innovation centre for 5G."),
    ("", "LONDON - {U} and {C}, a leading technology provider, have signed an MoU on big data "
         "research."),
    ("{C}, {A} sign MoU on AI talent", "{U} ({A}) and {C} on Tuesday signed a memorandum of "
                                       "understanding to train AI talent."),
    ("", "The memorandum was signed between {U} and {C} at a ceremony attended by the "
         "Minister of Education."),
    ("", "{C} signed a cooperation agreement with the Faculty of Engineering of {U} on "
         "Wednesday."),
    ("", "In partnership with {C}, {U} will open a data science centre next year. {C} will "
         "provide equipment."),
    ("", "{U} has joined hands with {C} to set up an ICT academy, the university said in a "
         "statement."),
    # a second institution ({O}) that only attends, hosts or is named in passing
    ("", "{C} and {U} signed the agreement in the presence of officials from {O} and the "
         "Ministry of Higher Education."),
    ("", "{U} signed an MoU with {C} on Friday. Last year {C} opened a similar centre at {O}."),
    ("", "{C} has signed a memorandum of understanding with {U}. The ceremony was held at {O} "
         "and witnessed by the Education Bureau."),
]


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _usable(name: str) -> bool:
    """Names written in Latin letters, two to nine words, starting with a capital."""
    return bool(re.fullmatch(r"[A-Za-zÀ-ÿ .,&'’-]+", name)) and 2 <= len(name.split()) <= 9 \
        and name[0].isupper()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", type=Path, help="a file of institution names, one a line")
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--companies", type=Path,
                        help="a file of company names, one a line, to use instead of ten")
    args = parser.parse_args()
    lines = args.names.read_text("utf-8", errors="replace").splitlines()
    names = sorted({line.strip() for line in lines if _usable(line.strip())})
    sample = random.Random(args.seed).sample(names, min(args.sample, len(names)))
    companies = args.companies.read_text("utf-8").split("\n") if args.companies else COMPANIES
    companies = [c.strip() for c in companies if c.strip()]
    extractor = Extractor(KnowledgeBase.load())
    tried, misses = 0, Counter()
    for i, name in enumerate(sample):
        company = companies[i % len(companies)]
        other = sample[i - 1]
        acronym = "".join(w[0] for w in name.split() if w[0].isupper())
        accepted = {_fold(name), _fold(re.sub(r"(?:,| at| in) [A-Z][\w ]+$", "", name))}
        for shape, (title, body) in enumerate(SHAPES):
            if "{A}" in body and (len(acronym) < 2 or not acronym.isascii()):
                continue
            values = {"C": company, "U": name, "A": acronym, "O": other}
            found = extractor.extract(title.format(**values), body.format(**values)).partners
            tried += 1
            folded = {_fold(p) for p in found}
            if not (_fold(company) in folded and folded & accepted and len(folded) == 2):
                misses[name] += 1
                if misses[name] == 1:
                    print(f"shape {shape}: {name!r} with {company}: found {found}")
    right = tried - sum(misses.values())
    print(f"\n{len(sample)} names, {tried} signings: both parties and no other in {right} "
          f"({right / tried:.1%}); names missed at least once: {len(misses)}")


if __name__ == "__main__":
    main()
