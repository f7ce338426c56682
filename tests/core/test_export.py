"""Annotation export and import: W3C Web Annotation JSON-LD and Markdown."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from partnerview import Library

#: The W3C Web Annotation model test suite (its MUST assertions as JSON Schemas), vendored
#: under its W3C test suite licence (see its license.md).
SUITE = Path(__file__).resolve().parent / "w3c-annotation-tests"


def must_validators() -> list[tuple[str, Draft4Validator]]:
    """One validator per MUST assertion of the suite, with its $refs resolved."""
    resources = []
    for definition in (SUITE / "definitions").glob("*.json"):
        resources.append((definition.name, Resource.from_contents(
            json.loads(definition.read_text("utf-8")), default_specification=DRAFT4)))
    registry = Registry().with_resources(resources)
    test = json.loads((SUITE / "annotations" / "annotationMusts.test").read_text("utf-8"))
    validators = []
    for assertion in test["assertions"]:
        schema = json.loads((SUITE / assertion).read_text("utf-8"))
        validators.append((assertion, Draft4Validator(schema, registry=registry)))
    return validators


def failed_musts(annotation: dict[str, Any]) -> list[str]:
    return [name for name, validator in must_validators()
            if not validator.is_valid(annotation)]


@pytest.fixture
def annotated(library: Library) -> Library:
    ids = library.article_ids()
    text = library.article(ids[0]).text
    start = text.index("signing ceremony")
    library.annotate(ids[0], start, start + len("signing ceremony"), note="Check the **date**",
                     color="green", tags=["to cite", "ceremony"])
    second = library.article(ids[2]).text.index("Kunpeng")
    library.annotate(ids[2], second, second + 7)
    return library


def test_suite_is_there_and_can_fail() -> None:
    assert len(must_validators()) > 50
    incorrect = SUITE / "tools" / "samples" / "incorrect"
    broken = []
    for sample in sorted(incorrect.glob("*.json")):
        try:
            broken.append(json.loads(sample.read_text("utf-8")))
        except ValueError:
            continue  # some incorrect samples are not even JSON
    assert len(broken) >= 5 and all(failed_musts(sample) for sample in broken[:5])


def test_every_exported_annotation_passes_the_w3c_musts(annotated: Library) -> None:
    collection = json.loads(annotated.export_annotations("w3c"))
    assert collection["type"] == "AnnotationCollection"
    items = collection["first"]["items"]
    assert len(items) == 2
    for item in items:
        assert failed_musts(item) == []
        assert item["@context"] == "http://www.w3.org/ns/anno.jsonld"
        selectors = {s["type"] for s in item["target"]["selector"]}
        assert selectors == {"TextQuoteSelector", "TextPositionSelector"}
        assert item["created"] and item["modified"]
    noted = next(i for i in items if "body" in i)
    assert {"type": "TextualBody", "value": "to cite", "purpose": "tagging"} in noted["body"]
    assert any(b.get("value") == "Check the **date**" for b in noted["body"])


def test_round_trip_into_a_fresh_library(annotated: Library, seeds: Path,
                                         tmp_path: Path) -> None:
    exported = annotated.export_annotations("w3c")
    with Library.open(tmp_path / "other") as other:
        other.add([seeds])
        assert other.import_annotations(exported) == 2
        assert other.import_annotations(exported) == 0  # no duplicates
        mine = sorted((a.quote, a.note, a.tags, a.color) for a in annotated.annotations())
        theirs = sorted((a.quote, a.note, a.tags, a.color) for a in other.annotations())
        assert theirs == mine
        assert all(a.status == "anchored" for a in other.annotations())


def test_markdown_report_is_grouped_by_article(annotated: Library) -> None:
    report = annotated.export_annotations("markdown")
    assert report.startswith("# Annotations\n")
    assert report.count("\n## ") == 2
    assert "> signing ceremony" in report
    assert "Check the **date**" in report
    assert "Tags: `ceremony`, `to cite`" in report


def test_cli_export_and_import(annotated: Library, tmp_path: Path, isolated: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    from partnerview.cli import main

    annotated.close()
    target = tmp_path / "notes.jsonld"
    assert main(["export", "annotations", "--format", "w3c", "-o", str(target)]) == 0
    assert all(not failed_musts(i) for i in json.loads(target.read_text())["first"]["items"])
    assert main(["import", "annotations", str(target)]) == 0
    assert "0 annotations imported" in capsys.readouterr().out


def test_import_rejects_what_is_not_json(library: Library) -> None:
    with pytest.raises(ValueError, match="not JSON"):
        library.import_annotations("<xml/>")
