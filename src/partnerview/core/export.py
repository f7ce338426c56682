"""Annotation exports: W3C Web Annotation JSON-LD and a Markdown report; W3C import."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from partnerview.core.anchoring import Selector
from partnerview.core.article import Article
from partnerview.core.dates import describe
from partnerview.core.store import Annotation, now

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
ARTICLE_URN = "urn:partnerview:article:"
COLOR_PREFIX = "partnerview-"
#: Highlight colours as CSS, so that other W3C clients can show them (model 4.4).
STYLESHEET = {
    "type": "CssStylesheet",
    "value": " ".join(f".{COLOR_PREFIX}{name} {{ background-color: {css}; }}" for name, css in (
        ("yellow", "#fde047"), ("green", "#86efac"), ("blue", "#93c5fd"), ("pink", "#f9a8d4"),
        ("purple", "#c4b5fd"))),
}


def to_w3c(annotations: list[Annotation], articles: dict[str, Article]) -> str:
    """An AnnotationCollection (one page holding every annotation) as JSON-LD."""
    items = [_w3c_annotation(a, articles.get(a.article_id)) for a in annotations]
    collection = {
        "@context": W3C_CONTEXT,
        "id": "urn:partnerview:export:" + now(),
        "type": "AnnotationCollection",
        "label": "PartnerView annotations",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return json.dumps(collection, ensure_ascii=False, indent=2)


def _w3c_annotation(a: Annotation, article: Article | None) -> dict[str, Any]:
    body: list[dict[str, Any]] = []
    if a.note:
        body.append({"type": "TextualBody", "value": a.note, "format": "text/markdown",
                     "purpose": "commenting"})
    body += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in a.tags]
    source: dict[str, Any] = {"id": ARTICLE_URN + a.article_id, "type": "Text"}
    if article is not None:
        source["title"] = article.title
    annotation: dict[str, Any] = {
        "@context": W3C_CONTEXT,
        "id": "urn:uuid:" + _uuid(a.id),
        "type": "Annotation",
        "motivation": "commenting" if a.note else "highlighting",
        "stylesheet": STYLESHEET,
        "created": a.created,
        "modified": a.modified,
        "target": {
            "type": "SpecificResource",
            "source": source,
            "selector": [
                {"type": "TextQuoteSelector", "exact": a.quote, "prefix": a.prefix,
                 "suffix": a.suffix},
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            ],
            "styleClass": COLOR_PREFIX + a.color,
        },
    }
    if body:
        annotation["body"] = body if len(body) > 1 else body[0]
    if a.status == "orphaned":
        annotation["partnerview:status"] = "orphaned"
    return annotation


def _uuid(hex_id: str) -> str:
    if len(hex_id) == 32:
        return f"{hex_id[:8]}-{hex_id[8:12]}-{hex_id[12:16]}-{hex_id[16:20]}-{hex_id[20:]}"
    return hex_id


def to_markdown(annotations: list[Annotation], articles: dict[str, Article]) -> str:
    """A report grouped by article: title, date, source, then each quote with its note."""
    lines = ["# Annotations", ""]
    if not annotations:
        lines.append("No annotations yet.")
    by_article: dict[str, list[Annotation]] = {}
    for a in annotations:
        by_article.setdefault(a.article_id, []).append(a)
    for article_id, notes in sorted(by_article.items(),
                                    key=lambda kv: articles[kv[0]].title.casefold()):
        article = articles[article_id]
        cited = " · ".join(part for part in (article.source, f"<{article.url}>" if article.url
                                             else "") if part)
        lines += [f"## {article.title}", "",
                  f"*{describe(article.date, article.date_precision)}* · {cited}", ""]
        for a in notes:
            status = " *(orphaned: its passage is no longer in the article)*" \
                if a.status == "orphaned" else ""
            lines.append(f"> {' '.join(a.quote.split())}{status}")
            lines.append("")
            if a.note:
                lines += [a.note, ""]
            if a.tags:
                lines += ["Tags: " + ", ".join(f"`{t}`" for t in a.tags), ""]
    return "\n".join(lines).rstrip() + "\n"


@dataclass
class ImportedAnnotation:
    """An annotation read from W3C JSON, with what is needed to place it."""

    annotation: Annotation
    article_id: str
    selector: Selector


def from_w3c(text: str) -> list[ImportedAnnotation]:
    """Read annotations from W3C JSON: a collection, a page, a list, or one annotation.

    Raises:
        ValueError: the text is not JSON or holds no annotations.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc}") from exc
    if isinstance(data, dict) and data.get("type") == "AnnotationCollection":
        data = (data.get("first") or {}).get("items", [])
    elif isinstance(data, dict) and data.get("type") == "AnnotationPage":
        data = data.get("items", [])
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list):
        raise ValueError("no annotations found")
    return [item for item in (_read(d) for d in data if isinstance(d, dict)) if item]


def _read(data: dict[str, Any]) -> ImportedAnnotation | None:
    target = data.get("target") or {}
    if isinstance(target, list):
        target = target[0] if target else {}
    source = target.get("source") if isinstance(target, dict) else None
    source_id = source.get("id") if isinstance(source, dict) else source
    if not isinstance(source_id, str) or not source_id.startswith(ARTICLE_URN):
        return None
    selectors = target.get("selector") or []
    if isinstance(selectors, dict):
        selectors = [selectors]
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
    position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), {})
    if quote is None:
        return None
    bodies = data.get("body") or []
    if isinstance(bodies, dict):
        bodies = [bodies]
    note = next((b.get("value", "") for b in bodies if b.get("purpose") != "tagging"), "")
    tags = tuple(b.get("value", "") for b in bodies if b.get("purpose") == "tagging")
    color = str(target.get("styleClass", "")).removeprefix(COLOR_PREFIX) or "yellow"
    selector = Selector(int(position.get("start", 0)), int(position.get("end", 0)),
                        quote.get("exact", ""), quote.get("prefix", ""),
                        quote.get("suffix", ""))
    identifier = str(data.get("id", "")).removeprefix("urn:uuid:").replace("-", "")
    article_id = source_id.removeprefix(ARTICLE_URN)
    annotation = Annotation(
        id=identifier, article_id=article_id, start=selector.start, end=selector.end,
        quote=selector.quote, prefix=selector.prefix, suffix=selector.suffix, note=note,
        color=color, tags=tags, created=data.get("created", now()),
        modified=data.get("modified", now()))
    return ImportedAnnotation(annotation, article_id, selector)
