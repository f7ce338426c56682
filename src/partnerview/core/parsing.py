"""Queries as people type them, made into Whoosh queries that always run: unknown fields,
unclosed quotes and odd input become plain words with a hint; facet values typed in a
query are resolved to the names the index holds; a Chinese name is searched in both
languages; fuzzy and wildcard terms are kept quick."""

from __future__ import annotations

import re
from collections.abc import Callable

from whoosh import fields, qparser, query

from partnerview.core.entities import has_cjk

#: ``resolve(facet, value)``: the name the index holds for what the user typed.
Resolve = Callable[[str, str], str]
#: The facets a query can name (``partner:ECNU``), as the index calls them.
FACETS = ("partners", "fields", "people", "places", "organizations", "years", "kinds",
          "languages", "tags", "collections", "bookmarked", "annotated", "copy")
#: Short names a user can type in a query (``partner:ECNU``) for the index fields.
FIELD_ALIASES = {
    "partners": ["partner"], "fields": ["field", "topic"], "people": ["person"],
    "places": ["place"], "organizations": ["org", "organization", "organisation"],
    "years": ["year"], "kinds": ["kind"], "languages": ["language", "lang"], "tags": ["tag"],
    "collections": ["collection"], "notes": ["note", "annotation"],
    "content": ["text", "body"],
}
MAX_FUZZY_EDITS = 2


def parse(schema: fields.Schema, text: str, resolve: Resolve | None
          ) -> tuple[query.Query, str | None]:
    """A typed query as a Whoosh query, and a hint for the user when part of it was not
    understood (then the words are searched as plain words: any input gives a result)."""
    if not text or text == "*":
        return query.Every(), None
    parser = qparser.QueryParser("content", schema)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(qparser.GtLtPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    message = None
    unknown = [name for name in re.findall(r"(?<![\w\"])([A-Za-z_]+):", text)
               if name.lower() not in schema.names() and
               not any(name.lower() in a for a in FIELD_ALIASES.values())]
    if unknown:
        message = (f"Unknown field {unknown[0]!r}: searched for its value in the whole "
                   "text. Fields: partner, field, person, place, org, year, kind, "
                   "language, tag, collection, note, title, date.")
        for name in unknown:
            text = re.sub(rf"(?<![\w\"]){re.escape(name)}:", "", text)
    empty = re.search(r"(?<![\w\"])([A-Za-z_]+):(?=\s|$)", text)
    if empty:
        message = f"{empty.group(1)}: needs a value, for example partner:Huawei."
    if text.count('"') % 2:
        message = "A quotation mark is not closed: searched the words without it."
        text = text.replace('"', " ")
    try:
        parsed = parser.parse(text)
        if resolve is not None:
            parsed = parsed.accept(lambda node: _resolve_node(node, resolve))
            parsed = parsed.accept(lambda node: _in_both_languages(schema, node, resolve))
        parsed = parsed.accept(_tame)
    except Exception:  # the parser can fail on odd input; fall back to plain words
        parsed = None
    if parsed is None or parsed is query.NullQuery or _has_error(parsed):
        message = message or "Part of the query was not understood: searched the words."
        parsed = plain_words(schema, text)
    return parsed, message


def _in_both_languages(schema: fields.Schema, node: query.Query, resolve: Resolve
                       ) -> query.Query:
    """A Chinese name searched also by its canonical name ("华为": "Huawei"), which
    articles in other languages write (and in which every article is indexed too)."""
    if not isinstance(node, query.Term | query.Phrase) or node.fieldname != "content":
        return node
    written = "".join(node.words) if isinstance(node, query.Phrase) else term_text(node.text)
    name = resolve("content", written) if has_cjk(written) else written
    if name == written:
        return node
    words = list(schema["content"].process_text(name, mode="query"))
    other = query.Term("content", words[0]) if len(words) == 1 else \
        query.Phrase("content", words)
    return query.Or([node, other])


def plain_words(schema: fields.Schema, text: str) -> query.Query:
    """Every word of ``text`` as a plain term, analysed as the index analyses them: no
    operator, field or bracket is handed back to the parser, so this cannot fail."""
    terms = dict.fromkeys(schema["content"].process_text(text, mode="query"))
    if not terms:
        return query.NullQuery
    return query.And([query.Term("content", term) for term in terms])


def term_text(term: bytes | str) -> str:
    """A term of the index as text."""
    return term.decode("utf-8") if isinstance(term, bytes) else term


def _tame(node: query.Query) -> query.Query:
    """A typed query that stays quick: fuzzy terms within two edits (``cloud~99`` would
    compare every word of the index), and ``*`` or ``?*?`` inside a query ("NOT *") as
    every document, not as a union of every word's documents. A boost of zero or less
    (``huawei^0``) would divide by zero in Whoosh's skipping: it becomes a very small one."""
    if getattr(node, "boost", 1) <= 0:
        node = node.copy()
        node.boost = 0.001
    if isinstance(node, query.Every) and node.fieldname or \
            isinstance(node, query.Wildcard) and not node.text.strip("*?"):
        return query.Every()  # Every("content") or "?*?" would read every word's documents
    if isinstance(node, query.FuzzyTerm) and node.maxdist > MAX_FUZZY_EDITS:
        return query.FuzzyTerm(node.fieldname, node.text, node.boost, MAX_FUZZY_EDITS,
                               node.prefixlength)
    return node


def _has_error(q: query.Query) -> bool:
    return any(isinstance(node, query.Term) and node.text in ("", b"")
               for node in [q, *q.leaves()])


def _resolve_node(node: query.Query, resolve: Resolve) -> query.Query:
    """Map facet values typed in a query (``partner:ECNU``) to the names in the index."""
    if isinstance(node, query.Term) and node.fieldname in FACETS:
        return query.Term(node.fieldname, resolve(node.fieldname, term_text(node.text)),
                          boost=node.boost)
    if isinstance(node, query.Phrase) and node.fieldname in FACETS:
        return query.Term(node.fieldname, resolve(node.fieldname, " ".join(node.words)),
                          boost=node.boost)
    if isinstance(node, query.TermRange) and node.fieldname == "date" and node.end:
        # date:[2019 TO 2020] includes 2020-12-31: a partial end date covers its whole span.
        end = term_text(node.end)
        if len(end) < 10:
            return query.TermRange("date", node.start, end + "~", node.startexcl,
                                   node.endexcl)
    return node
