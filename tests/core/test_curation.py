"""The user's corrections of entities: what each does to an article, its facets and search,
and that it stays through re-extraction, an index rebuild, a restart and a shared file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from partnerview.cli import main
from partnerview.core.curation import Correction, apply, check, read_export
from partnerview.core.entities import Entity, Person
from partnerview.core.extract import Extraction
from partnerview.core.library import Library

TEXT = "Huawai and Orion Lab signed with Lagos Orion + Nova Research Centre in Lagos."


def found() -> Extraction:
    return Extraction(
        entities=[Entity("organization", "Huawai", "Huawai", 0, 6, kind="company"),
                  Entity("organization", "Orion Lab", "Orion Lab", 11, 20, kind="lab"),
                  Entity("organization", "Research Centre", "Research Centre", 52, 67),
                  Entity("place", "Lagos", "Lagos", 71, 76)],
        partners=["Huawai", "Orion Lab"], organizations=["Huawai", "Orion Lab",
                                                         "Research Centre"],
        places=["Lagos"], people=[Person("Ada Obi", "dean")])


def test_a_rename_changes_the_entity_its_lists_and_the_partners() -> None:
    fixed = apply(found(), TEXT, "a1", [Correction("rename", "organization", "Huawai",
                                                   "Huawei")])
    assert fixed.entities[0].canonical == "Huawei" and fixed.entities[0].text == "Huawai"
    assert fixed.partners == ["Huawei", "Orion Lab"]
    assert fixed.organizations == ["Huawei", "Orion Lab", "Research Centre"]


def test_a_removal_here_or_everywhere_and_a_demoted_or_promoted_partner() -> None:
    here = Correction("remove", "organization", "Orion Lab", article="a1")
    assert "Orion Lab" not in apply(found(), TEXT, "a1", [here]).organizations
    assert "Orion Lab" in apply(found(), TEXT, "a2", [here]).organizations  # not there
    demoted = apply(found(), TEXT, "a1", [Correction("partner", "organization", "Orion Lab",
                                                     "no")])
    assert demoted.partners == ["Huawai"] and "Orion Lab" in demoted.organizations
    promoted = apply(found(), TEXT, "a1", [Correction("partner", "organization",
                                                      "Research Centre", "yes", "a1")])
    assert promoted.partners == ["Huawai", "Orion Lab", "Research Centre"]


def test_a_type_change_moves_the_entity_to_another_list() -> None:
    fixed = apply(found(), TEXT, "a1", [Correction("retype", "organization", "Orion Lab",
                                                   "field")])
    assert "Orion Lab" not in fixed.organizations + fixed.partners
    assert fixed.fields == ["Orion Lab"]
    assert [e.type for e in fixed.entities if e.canonical == "Orion Lab"] == ["field"]


def test_marked_text_replaces_what_it_overlaps_everywhere_it_is_written() -> None:
    mark = Correction("add", "organization", "Lagos Orion + Nova Research Centre",
                      "Orion Nova Research Centre")
    fixed = apply(found(), TEXT, "a1", [mark])
    names = [(e.text, e.canonical) for e in fixed.entities]
    assert ("Lagos Orion + Nova Research Centre", "Orion Nova Research Centre") in names
    assert ("Research Centre", "Research Centre") not in names  # the part it swallowed
    person = apply(found(), "Dean Ada Obi spoke; Obi left.", "a1",
                   [Correction("add", "person", "Obi", "Ada Obi", role="Dean of Law")])
    assert [p.role for p in person.people if p.name == "Ada Obi"] == ["dean"]  # first kept
    assert [e.start for e in person.entities if e.canonical == "Ada Obi"] == [9, 20]


def test_a_correction_is_checked() -> None:
    with pytest.raises(ValueError, match="new name"):
        check(Correction("rename", "organization", "X", " "))
    with pytest.raises(ValueError, match="type must be"):
        check(Correction("remove", "company", "X"))
    assert check(Correction("rename", "place", "  Lagos ", " Lagos  City")).value == \
        "Lagos City"


def test_a_merge_shows_in_facets_and_search_and_is_undone(library: Library) -> None:
    before = library.search("").facets["partners"]
    made, ids = library.curation.merge("organization", ["Chongqing University",
                                                        "Wuhan University of Technology"],
                                       "Two Universities")
    assert len(made) == 2 and ids
    partners = library.search("").facets["partners"]
    assert partners["Two Universities"] == before["Chongqing University"] + \
        before["Wuhan University of Technology"]
    assert "Chongqing University" not in partners
    assert library.search('partner:"Two Universities"').total == partners["Two Universities"]
    assert library.search('org:"Two Universities"').total == len(ids)
    article = library.article(ids[0])
    assert "Two Universities" in article.partners
    assert any(e.canonical == "Two Universities" for e in article.entities)

    library.curation.delete(*(c.id for c in made))
    assert library.search("").facets["partners"] == before


def test_corrections_survive_reextract_rebuild_and_restart(library: Library) -> None:
    library.curation.add(Correction("rename", "organization", "Huawei", "Huawei Technologies"))
    library.reextract()
    library.rebuild_index()
    assert "Huawei Technologies" in library.search("").facets["partners"]
    folder = library.folder
    library.close()
    with Library.open(folder) as again:
        assert "Huawei" not in again.search("").facets["partners"]
        assert again.search('partner:"Huawei Technologies"').total == 5
        hit = again.newest(1)[0]
        assert "Huawei Technologies" in hit.partners  # the list before the index answers


def test_corrections_are_exported_and_imported_once(library: Library, tmp_path: Path) -> None:
    library.curation.add(Correction("remove", "organization", "Teaching Affairs Office"),
                         Correction("rename", "place", "Shenzhen", "Shenzhen City"))
    shared = library.curation.export()
    assert [c.describe() for c in read_export(shared)] == [
        "Teaching Affairs Office is no organization", "Shenzhen → Shenzhen City"]
    with Library.open(tmp_path / "colleague") as colleague:
        assert colleague.curation.import_(shared) == 2
        assert colleague.curation.import_(shared) == 0  # nothing twice
    with pytest.raises(ValueError, match="not a PartnerView corrections file"):
        read_export('{"annotations": []}')


def test_cli_merge_rename_remove_list_export_import(
        library: Library, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = str(library.folder)
    library.close()

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", folder, "knowledge", *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("merge", "Huawei", "Huawei Cloud")[1].startswith("Huawei Cloud → Huawei")
    assert run("rename", "Chongqing University", "CQU")[0] == 0
    assert run("remove", "Wuhan University of Technology", "--partner")[0] == 0
    code, _, err = run("remove", "Nothing Such")
    assert code == 2 and "--type" in err
    listed = run("list")[1]
    assert "Chongqing University → CQU" in listed and "is no partner" in listed
    target = tmp_path / "corrections.json"
    assert run("export", "-o", str(target))[0] == 0
    assert len(json.loads(target.read_text("utf-8"))["corrections"]) == 3
    assert main(["--data-dir", folder, "search", "--partner", "CQU", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 1
    other = str(tmp_path / "other")
    assert main(["--data-dir", other, "knowledge", "import", str(target)]) == 0
    assert "Added 3 corrections" in capsys.readouterr().out
    assert main(["--data-dir", other, "knowledge", "import", str(tmp_path)]) == 1
