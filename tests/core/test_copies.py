"""Reposted copies of one story: found at import, kept through edits the user makes."""

from __future__ import annotations

import json
import random
import re
import sqlite3
import zlib
from pathlib import Path

import pytest

from partnerview.cli import main
from partnerview.core import copies
from partnerview.core.copies import (
    BANDS,
    are_copies,
    bands,
    packed,
    resemblance,
    shingles,
    signature,
)
from partnerview.core.library import Library
from partnerview.core.search import SearchQuery

STORY = """Savanna Telecom and Rift Valley University open a 5G training centre

NAKURU, 4 March 2026 — Savanna Telecom and Rift Valley University have opened a 5G training
centre on the university's main campus, where 600 engineering students a year will learn to
plan, build and run mobile networks.

The centre was opened by the Vice-Chancellor, Prof. Mary Wanjiku, and by Daniel Otieno,
chief technology officer of Savanna Telecom, who said the company would also offer 40
internships a year to the best students.

"Our students will train on the same equipment the operators use," Prof. Wanjiku said. The
university plans to add courses in cloud computing and cybersecurity next year, and the
company will send its engineers to teach some of the practical classes.

Students from the polytechnics of the county will be able to use the centre on weekends,
under an agreement with the county government signed at the same ceremony.
"""


def copies_of(library: Library) -> dict[str, list[str]]:
    """File name -> file names of its story's other copies."""
    result = library.search("", limit=500)
    name = {h.id: Path(library.article(h.id).path).name for h in result.hits}
    return {name[h.id]: sorted(name[c] for c in h.copies) for h in result.hits}


@pytest.fixture
def reposts(tmp_path: Path) -> Path:
    folder = tmp_path / "reposts"
    folder.mkdir()
    lines = STORY.split("\n")
    paragraphs = STORY.split("\n\n")
    (folder / "original.txt").write_text(STORY, "utf-8")
    (folder / "edited_title.txt").write_text(
        "Rift Valley University, Savanna Telecom launch 5G academy\n" + "\n".join(lines[1:]),
        "utf-8")
    (folder / "dropped_paragraph.txt").write_text(
        "\n\n".join(p for i, p in enumerate(paragraphs) if i != 3), "utf-8")
    (folder / "boilerplate.txt").write_text(
        "Home | News | Campus life\n\n" + STORY + "\nShare this story. Follow us for more "
        "news from the campus. Copyright 2026 Rift Valley University. All rights reserved.\n",
        "utf-8")
    (folder / "utf16.txt").write_text(STORY, "utf-16")  # other bytes, the same text
    (folder / "truncated.txt").write_text("\n\n".join(paragraphs[:3]), "utf-8")
    return folder



def test_shingles_are_the_hashes_of_every_run_of_five_words_as_stored_before() -> None:
    # Signatures are kept in libraries: the hashes must stay what they were.
    for text in (STORY, "华为与重庆大学共建鲲鹏产业学院，培养人工智能人才。Huawei 与 Universität "
                 "Zürich — co-operation, 5G+ labs.", "Too short to shingle", ""):
        words = re.findall(r"[\u3400-\u9fff]|\w+", text.casefold())
        expected = {zlib.crc32(" ".join(words[i:i + 5]).encode("utf-8"))
                    for i in range(max(0, len(words) - 4))}
        assert shingles(text) == expected
    assert len(shingles(STORY)) > 100 and shingles("Too short to shingle") == set()

def test_copies_with_edits_of_many_kinds_are_one_story(library: Library, reposts: Path,
                                                       seeds: Path) -> None:
    library.add([reposts])
    found = copies_of(library)
    names = sorted(p.name for p in reposts.iterdir())
    for name in names:
        assert found[name] == sorted(set(names) - {name}), name
    for seed in sorted(seeds.iterdir()):  # the demo articles are copies of nothing
        assert found[seed.name] == []


def test_unrelated_articles_are_not_grouped(tmp_path: Path) -> None:
    devset = Path(__file__).parent / "devset"
    with Library.open(tmp_path / "lib") as library:
        library.add(sorted(devset.glob("*.txt")))
        assert all(not h.copies for h in library.search("", limit=500).hits)


def test_a_truncated_copy_is_contained_and_a_short_text_is_no_copy() -> None:
    whole = shingles(STORY)
    assert are_copies(shingles(STORY[:len(STORY) // 3]), whole)
    assert not are_copies(shingles("Savanna Telecom opened a centre."), whole)


def test_signatures_guess_what_two_texts_share() -> None:
    paragraphs = STORY.split("\n\n")
    whole, half = shingles(STORY), shingles("\n\n".join(paragraphs[:3]))
    exact = len(whole & half) / len(whole | half)
    guess = resemblance(packed(signature(whole)), packed(signature(half)))
    assert abs(guess - exact) < 0.15
    assert resemblance(packed(signature(whole)), packed(signature(shingles(STORY)))) == 1.0
    other = shingles(" ".join(reversed(STORY.split())))
    assert resemblance(packed(signature(whole)), packed(signature(other))) < 0.1
    assert len(bands(signature(whole))) == BANDS
    assert signature(shingles("Savanna Telecom opened a centre.")) == []  # too short


def test_a_copy_is_found_among_articles_made_of_common_sentences(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Articles written from the same stock sentences (every five words of them shared by
    many other articles) are no copies of each other, and do not hide a real copy."""
    monkeypatch.setattr(copies, "COMMON", 10)  # a small library where phrases are common
    words = sorted(set(STORY.replace(",", "").replace(".", "").split()))
    pick = random.Random(7)
    stock = [" ".join(pick.choice(words) for _ in range(12)) + "." for _ in range(30)]
    folder = tmp_path / "releases"
    folder.mkdir()
    for n in range(130):  # each sentence is in about 35 articles
        body = " ".join(pick.sample(stock, 8))
        (folder / f"release{n:03}.txt").write_text(
            f"Savanna Telecom opens centre number {n}\n\n{body}\n", "utf-8")
    with Library.open(tmp_path / "lib") as library:
        library.add([folder])
        assert all(not h.copies for h in library.search("", limit=500).hits)
        copy = tmp_path / "copy.txt"
        lines = (folder / "release042.txt").read_text("utf-8").splitlines()
        copy.write_text("\n".join(["Repost: " + lines[0], *lines[1:]]), "utf-8")
        library.add([copy])
        original = library.find_article(folder / "release042.txt")
        assert library.stories.copies(library.find_article(copy)) == [original]


def test_counting_stories_leaves_the_copies_out(library: Library, reposts: Path) -> None:
    library.add([reposts])
    every = library.search("Savanna")
    stories = library.run_search(SearchQuery.make("Savanna", exclude=(("copy", ("yes",)),)))
    assert (every.total, stories.total) == (6, 1)
    assert stories.hits[0].copies and len(stories.hits[0].copies) == 5
    assert stories.facets["partners"]["Savanna Telecom"] == 1


def test_split_and_join_by_hand_stay_and_are_undone(library: Library, reposts: Path) -> None:
    library.add([reposts])
    ids = {Path(library.article(i).path).name: i for i in library.article_ids()}
    before = library.stories.places(ids.values())
    library.stories.split(ids["truncated.txt"])
    assert library.stories.copies(ids["truncated.txt"]) == []
    assert ids["truncated.txt"] not in library.stories.copies(ids["original.txt"])
    library.reextract()  # detection runs again: the split stays
    assert library.stories.copies(ids["truncated.txt"]) == []
    seed = next(i for name, i in ids.items() if name.startswith("00"))
    library.stories.join([seed, ids["original.txt"]])
    assert seed in library.stories.copies(ids["original.txt"])
    library.stories.restore(before)
    assert library.stories.copies(seed) == []
    assert len(library.stories.copies(ids["truncated.txt"])) == 5


def test_cli_search_json_names_each_hits_copies(
        library: Library, reposts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library.add([reposts])
    folder = str(library.folder)
    library.close()
    assert main(["--data-dir", folder, "search", "Savanna", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert len(hits) == 6 and all(len(h["copies"]) == 5 for h in hits)


def test_a_library_from_before_bands_signs_its_articles_and_finds_their_copies(
        tmp_path: Path, reposts: Path) -> None:
    with Library.open(tmp_path / "lib") as library:
        library.add([reposts / "original.txt"])
        db = sqlite3.connect(tmp_path / "lib" / "library.sqlite3")
        with db:
            db.execute("DELETE FROM signatures")  # as a library of schema 4 has them
            db.execute("DELETE FROM bands")
        db.close()
        assert library.stories.unsigned() == 1
        library.add([reposts / "edited_title.txt"])
        assert library.stories.unsigned() == 0
        original = library.find_article(reposts / "original.txt")
        assert library.stories.copies(original) == [
            library.find_article(reposts / "edited_title.txt")]
