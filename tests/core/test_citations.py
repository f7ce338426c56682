"""Exports of a result set: each format read back by a parser for that format."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc import formatter as citeproc_formatter
from citeproc.source.json import CiteProcJSON

from partnerview.cli import main
from partnerview.core.citations import FORMATS
from partnerview.core.library import Library

TITLE = "Nile Valley University & Qamar Systems open a 100% solar {AI} lab in Assiut"
URL = "https://news.example.org/nvu-qamar?id=7&lang=en"
#: HTML elements that have no end tag.
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                 "source", "track", "wbr"}
ARTICLE = f"""{TITLE}

ASSIUT, 3 June 2026 – Nile Valley University and Qamar Systems signed an agreement to open
a solar-powered artificial intelligence lab for students of Upper Egypt.

Source: {URL}
"""


@pytest.fixture
def exported(library: Library, tmp_path: Path) -> tuple[Library, list[str]]:
    path = tmp_path / "nvu.txt"
    path.write_text(ARTICLE, "utf-8")
    library.add([path])
    ours = library.find_article(path)
    start = library.article(ours).text.index("solar-powered")
    library.annotate(ours, start, start + len("solar-powered"), note="Who pays for the panels?")
    others = [i for i in library.article_ids() if i != ours]
    return library, [ours, *others[:2]]


def test_csv_has_a_row_per_article_with_its_entities_and_notes(exported) -> None:
    library, ids = exported
    rows = list(csv.DictReader(io.StringIO(library.export_articles(ids, "csv"))))
    assert [r["Id"] for r in rows] == ids
    assert rows[0]["Title"] == TITLE
    assert rows[0]["Date"] == "2026-06-03"
    assert rows[0]["Partners"] == "Nile Valley University; Qamar Systems"
    assert rows[0]["URL"] == URL
    assert rows[0]["Notes"] == "1" and rows[1]["Notes"] == "0"


def test_excel_csv_starts_with_the_bom_excel_needs_for_utf8(exported) -> None:
    library, ids = exported
    data = library.export_articles(ids, "excel-csv").encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["Title"] == TITLE


def test_csl_json_renders_as_a_bibliography(exported) -> None:
    library, ids = exported
    items = json.loads(library.export_articles(ids, "csl-json"))
    assert items[0]["issued"] == {"date-parts": [[2026, 6, 3]]}
    assert items[0]["URL"] == URL
    source = CiteProcJSON(items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, citeproc_formatter.plain)
    bibliography.register(Citation([CitationItem(ids[0])]))
    entry = str(bibliography.bibliography()[0])
    assert "Nile Valley University" in entry and "2026" in entry and URL in entry


def test_ris_reads_back_with_title_date_and_url(exported) -> None:
    library, ids = exported
    entries = rispy.loads(library.export_articles(ids, "ris"))
    assert len(entries) == 3
    assert entries[0]["type_of_reference"] == "NEWS"
    assert entries[0]["title"] == TITLE
    assert entries[0]["year"] == "2026" and entries[0]["urls"] == [URL]
    assert "Qamar Systems" in entries[0]["keywords"]


def test_bibtex_parses_and_decodes_to_the_same_title(exported) -> None:
    library, ids = exported
    text = library.export_articles(ids, "bibtex")
    parsed = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    assert not parsed.failed_blocks
    assert len({e.key for e in parsed.entries}) == 3
    entry = parsed.entries[0]
    assert entry["title"] == TITLE  # "&", "%" and braces were escaped, and come back
    assert entry["year"] == "2026" and entry["url"] == URL


def test_html_report_shows_each_article_with_its_highlights_and_notes(exported) -> None:
    library, ids = exported

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.open: list[str] = []
            self.text: dict[str, list[str]] = {}

        def handle_starttag(self, tag: str, attrs: list) -> None:
            if tag not in VOID_ELEMENTS:
                self.open.append(tag)

        def handle_endtag(self, tag: str) -> None:
            assert self.open.pop() == tag  # every element is closed, in order

        def handle_data(self, data: str) -> None:
            if self.open and data.strip():
                self.text.setdefault(self.open[-1], []).append(data.strip())

    reader = Reader()
    reader.feed(library.export_articles(ids, "html"))
    assert reader.text["h1"] == ["PartnerView report: 3 articles"]
    assert TITLE in reader.text["a"]  # the title links to the article's source
    assert reader.text["blockquote"] == ["solar-powered"]
    assert "Who pays for the panels?" in reader.text["p"]


@pytest.mark.parametrize("format_", sorted(FORMATS))
def test_cli_exports_the_results_of_a_search(
        capsys: pytest.CaptureFixture[str], exported, tmp_path: Path, format_: str) -> None:
    library, ids = exported
    target = tmp_path / f"out{FORMATS[format_].suffix}"
    code = main(["--data-dir", str(library.folder), "export", "results", "solar-powered",
                 "--format", format_, "-o", str(target)])
    assert code == 0 and capsys.readouterr().out.strip() == f"Wrote {target}"
    text = target.read_text("utf-8-sig")
    assert TITLE.split(" & ")[0] in text
    assert library.article(ids[1]).title not in text  # only what the search found


def test_cli_says_which_formats_fit_what_is_exported(
        capsys: pytest.CaptureFixture[str], exported) -> None:
    library, _ = exported
    code = main(["--data-dir", str(library.folder), "export", "results", "--format", "w3c"])
    assert code == 2
    assert "results export as csv, excel-csv" in capsys.readouterr().err
