"""Exports of a set of articles: a table for spreadsheets, citations for reference managers
(CSL-JSON, RIS, BibTeX) and a readable HTML report with each article's highlights and notes.

RIS and BibTeX are written by maintained libraries (rispy; bibtexparser, which also escapes
LaTeX's special characters), CSV by the standard library, CSL-JSON as the JSON it is.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from partnerview.core.article import Article
from partnerview.core.dates import describe
from partnerview.core.kinds import KINDS
from partnerview.core.store import Annotation


@dataclass(frozen=True)
class Format:
    """An export format: its name for the command line, its label and file ending."""

    name: str
    label: str
    suffix: str


FORMATS = {f.name: f for f in (
    Format("csv", "CSV table", ".csv"),
    Format("excel-csv", "CSV table for Excel (UTF-8 with BOM)", ".csv"),
    Format("csl-json", "CSL-JSON (Zotero, Mendeley, Pandoc)", ".json"),
    Format("ris", "RIS (EndNote, Zotero, Mendeley)", ".ris"),
    Format("bibtex", "BibTeX", ".bib"),
    Format("html", "HTML report", ".html"),
)}


#: The columns of the table, one article a row.
COLUMNS = ("Title", "Date", "Kind", "Partners", "Fields", "Organisations", "People", "Places",
           "Source", "URL", "Tags", "Bookmarked", "Notes", "Id")


def export_articles(articles: Iterable[Article], annotations: dict[str, list[Annotation]],
                    format: str) -> str:  # noqa: A002 (the CLI's word)
    """``articles`` in ``format`` (one of ``FORMATS``); ``annotations`` by article id."""
    writers: dict[str, Callable[[list[Article], dict[str, list[Annotation]]], str]] = {
        "csv": _csv, "excel-csv": _csv, "csl-json": _csl_json, "ris": _ris,
        "bibtex": _bibtex, "html": _html,
    }
    if format not in writers:
        raise ValueError(f"unknown format {format!r}: use {', '.join(FORMATS)}")
    text = writers[format](list(articles), annotations)
    return "\ufeff" + text if format == "excel-csv" else text  # Excel reads UTF-8 by its BOM


def _csv(articles: list[Article], annotations: dict[str, list[Annotation]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for a in articles:
        writer.writerow([
            a.title, a.date or "", a.kind, "; ".join(a.partners), "; ".join(a.fields),
            "; ".join(a.organizations), "; ".join(_person(p) for p in a.people),
            "; ".join(a.places), a.source, a.url, "; ".join(a.tags),
            "yes" if a.bookmarked else "", len(annotations.get(a.id, [])), a.id])
    return out.getvalue()


def _person(person: Any) -> str:
    name, role = (person.get("name", ""), person.get("role", "")) if isinstance(person, dict) \
        else (person.name, person.role)
    return f"{name} ({role})" if role else name


def _publication(article: Article) -> str:
    """Where the article was published ("huawei.com"), never the name of the file it was
    added from: a citation names no file on the user's disk."""
    source = article.source
    return "" if not source or re.search(r"\.(?:txt|md|html?|pdf|docx?|eml|json)$", source,
                                         re.I) else source


def _date_parts(article: Article) -> list[int]:
    """[year, month, day] as far as the article's date is known; [] without a year."""
    if not article.date or article.date.startswith("--"):
        return []
    return [int(p) for p in article.date.split("-")]


def _csl_json(articles: list[Article], _annotations: dict[str, list[Annotation]]) -> str:
    items = []
    for a in articles:
        # News items and press releases alike: CSL has no type for a press release.
        item: dict[str, Any] = {"id": a.id, "type": "article-newspaper", "title": a.title}
        if parts := _date_parts(a):
            item["issued"] = {"date-parts": [parts]}
        if source := _publication(a):
            item["container-title"] = source
        if a.kind:
            item["genre"] = KINDS.get(a.kind, a.kind)
        if a.url:
            item["URL"] = a.url
        keywords = a.partners + a.fields
        if keywords:
            item["keyword"] = ", ".join(keywords)
        items.append(item)
    return json.dumps(items, ensure_ascii=False, indent=2)


def _ris(articles: list[Article], _annotations: dict[str, list[Annotation]]) -> str:
    import rispy

    entries = []
    for a in articles:
        entry: dict[str, Any] = {"type_of_reference": "NEWS", "title": a.title, "id": a.id}
        if parts := _date_parts(a):
            entry["year"] = str(parts[0])
            entry["date"] = "/".join(f"{p:02d}" for p in parts)
        if source := _publication(a):
            entry["secondary_title"] = source
        if a.url:
            entry["urls"] = [a.url]
        if keywords := a.partners + a.fields:
            entry["keywords"] = keywords
        entries.append(entry)
    class Writer(rispy.RisWriter):
        def set_header(self, count: int) -> str:
            return ""  # not rispy's "1.": EndNote expects each record to open with TY

    return rispy.dumps(entries, implementation=Writer)


def _bibtex(articles: list[Article], _annotations: dict[str, list[Annotation]]) -> str:
    import bibtexparser
    from bibtexparser.middlewares import LatexEncodingMiddleware
    from bibtexparser.model import Entry, Field

    library = bibtexparser.Library()
    keys: set[str] = set()
    for a in articles:
        fields = [Field("title", a.title)]
        if parts := _date_parts(a):
            fields.append(Field("year", str(parts[0])))
            if len(parts) > 1:
                fields.append(Field("date", a.date))
        if source := _publication(a):
            fields.append(Field("journal", source))
        if a.url:
            fields.append(Field("url", a.url))
        if keywords := a.partners + a.fields:
            fields.append(Field("keywords", ", ".join(keywords)))
        library.add(Entry("article" if _publication(a) else "misc", _citation_key(a, keys), fields))
    # Every field but the URL is made safe for LaTeX ("&" is "\&", "é" is "\'e").
    return bibtexparser.write_string(library, prepend_middleware=[
        LatexEncodingMiddleware(keep_math=False, enclose_urls=False)])


def _citation_key(article: Article, taken: set[str]) -> str:
    """ "ecnu2025": the title's first word of four letters or more and the year, as
    reference managers make keys for works without an author; unique within the export."""
    words = [w for w in re.findall(r"[a-z0-9]+", article.title.lower()) if len(w) > 3]
    parts = _date_parts(article)
    key = f"{words[0] if words else 'article'}{parts[0] if parts else ''}"
    unique, n = key, 0
    while unique in taken:
        n += 1
        unique = f"{key}{chr(ord('a') + n - 1)}" if n <= 26 else f"{key}-{n}"
    taken.add(unique)
    return unique


def _html(articles: list[Article], annotations: dict[str, list[Annotation]]) -> str:
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             "<title>PartnerView report</title>",
             "<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.5}"
             "dt{font-weight:bold}dd{margin:0 0 .3em 1em}blockquote{border-left:4px solid "
             "#fde047;margin:.5em 0;padding:.2em .8em;background:#fffbe6}"
             ".note{color:#444}</style>", "</head>", "<body>",
             f"<h1>PartnerView report: {len(articles)} article{'s' * (len(articles) != 1)}</h1>"]
    for a in articles:
        parts.append(f'<article id="{e(a.id)}">')
        title = f'<a href="{e(a.url)}">{e(a.title)}</a>' if a.url else e(a.title)
        parts.append(f"<h2>{title}</h2>")
        parts.append("<dl>")
        for label, value in (("Date", describe(a.date, a.date_precision)),
                             ("Source", a.source), ("Partners", ", ".join(a.partners)),
                             ("Fields", ", ".join(a.fields)),
                             ("People", ", ".join(_person(p) for p in a.people)),
                             ("Places", ", ".join(a.places)), ("Tags", ", ".join(a.tags))):
            if value:
                parts.append(f"<dt>{label}</dt><dd>{e(value)}</dd>")
        parts.append("</dl>")
        for note in sorted(annotations.get(a.id, []), key=lambda n: n.start):
            parts.append(f"<blockquote>{e(note.quote)}</blockquote>")
            if note.note:
                parts.append(f'<p class="note">{e(note.note)}</p>')
        parts.append("</article>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)
