"""Re-anchoring: every case ends at the right place or orphaned, never misplaced."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerview import Library
from partnerview.core.anchoring import anchor, describe

TEXT = ("Huawei and Cairo University signed an agreement on 5G research. The agreement "
        "covers a joint lab, a budget of two million dollars and twenty scholarships. "
        "Both sides will meet again in Cairo next year to review the budget.")
QUOTE = "a budget of two million dollars"


def place(new_text: str, quote: str = QUOTE) -> str | None:
    start = TEXT.index(quote)
    found = anchor(new_text, describe(TEXT, start, start + len(quote)))
    return new_text[found.start:found.end] if found.found else None


@pytest.mark.parametrize("name,new_text,expected", [
    ("unchanged", TEXT, QUOTE),
    ("text inserted before", "BREAKING: " + TEXT, QUOTE),
    ("text inserted after", TEXT + " More later.", QUOTE),
    ("whitespace changed", TEXT.replace("a budget of two", "a budget  of two"),
     "a budget  of two million dollars"),
    ("punctuation changed", TEXT.replace("two million dollars", "two million dollars,"),
     QUOTE),
    ("word inside changed", TEXT.replace("two million", "2 million"),
     "a budget of 2 million dollars"),
    ("quote deleted", TEXT.replace(QUOTE + " and ", ""), None),
    ("passage rewritten", TEXT.replace(QUOTE, "an unspecified sum"), None),
])
def test_reanchoring_table(name: str, new_text: str, expected: str | None) -> None:
    assert place(new_text) == expected, name


def test_duplicated_quote_goes_to_the_copy_with_the_same_context() -> None:
    quote = "the budget"
    start = TEXT.index(quote)
    selector = describe(TEXT, start, start + len(quote))
    new_text = "Summary: the budget is large. " + TEXT
    found = anchor(new_text, selector)
    assert new_text[found.start - 20:found.end] == TEXT[start - 20:start + len(quote)]


def test_ambiguous_copies_without_context_are_orphaned_not_guessed() -> None:
    text = "x " * 40 + "the lab" + " y" * 40
    start = text.index("the lab")
    selector = describe(text, start, start + 7)
    new_text = "the lab " * 3  # context gone, three equal copies far from the old place
    assert not anchor(new_text, selector).found


def test_reimporting_an_edited_file_keeps_annotations(library: Library, seeds: Path) -> None:
    path = seeds / "002_3025173e233142f3.txt"
    article_id = library.find_article(path)
    text = library.article(article_id).text
    kept_quote = "database innovation laboratory"
    lost_quote = "Second Computing Platform"
    kept = library.annotate(article_id, text.index(kept_quote),
                            text.index(kept_quote) + len(kept_quote), note="lab")
    lost = library.annotate(article_id, text.index(lost_quote),
                            text.index(lost_quote) + len(lost_quote), note="platform")
    source = path.read_text("utf-8")
    path.write_text(source.replace("On June 30,", "On June 30, after long preparation,")
                    .replace("the “Second Computing Platform”, ", ""), "utf-8")
    report = library.add([path])
    assert report.updated == [article_id]
    new_text = library.article(article_id).text
    after = {a.id: a for a in library.annotations(article_id)}
    assert after[kept.id].status == "anchored"
    assert new_text[after[kept.id].start:after[kept.id].end] == kept_quote
    assert after[lost.id].status == "orphaned"
    assert after[lost.id].note == "platform"  # kept, listed, never dropped
    assert library.search("note:platform").total == 1
