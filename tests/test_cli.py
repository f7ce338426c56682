from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from partnerview.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_then_search_json(capsys: pytest.CaptureFixture[str], seeds: Path,
                              tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    code, out, _ = run(capsys, "add", str(seeds), "--data-dir", data)
    assert code == 0
    assert out.strip() == "5 added, 0 updated, 0 unchanged, 0 failed"
    code, out, _ = run(capsys, "--data-dir", data, "search", "kunpeng", "--json")
    assert code == 0
    result = json.loads(out)
    assert set(result) >= {"query", "total", "hits", "facets", "suggestion"}
    assert result["query"] == "kunpeng" and result["total"] == 2
    assert set(result["hits"][0]) == {"id", "title", "date", "score", "snippet", "copies"}
    assert result["hits"][0]["copies"] == []  # the demo articles are no reposts
    assert result["facets"]["partners"]["Huawei"] == 2


def test_search_filters_and_table(capsys: pytest.CaptureFixture[str], seeds: Path) -> None:
    run(capsys, "add", str(seeds))
    code, out, _ = run(capsys, "search", "--partner", "WUT", "--field", "cloud computing")
    assert code == 0
    assert out.startswith("1 article")
    assert "WUT and Huawei Signed" in out
    code, out, _ = run(capsys, "search", "kunpng")
    assert "Did you mean: kunpeng" in out


def test_add_reports_failures_and_exits_1(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("A title\n\nSome text about Huawei.\n")
    (folder / "blank.md").write_text("")
    code, out, err = run(capsys, "add", str(folder))
    assert code == 1
    assert out.strip() == "1 added, 0 updated, 0 unchanged, 1 failed"
    assert "blank.md: empty file" in err


def test_inspect_json_of_a_file(capsys: pytest.CaptureFixture[str], seeds: Path) -> None:
    code, out, _ = run(capsys, "inspect", str(seeds / "000_526efaf5d5e37e66.txt"), "--json")
    assert code == 0
    info = json.loads(out)
    assert set(info) == {"title", "date", "date_precision", "source", "url", "kind",
                         "partners", "organizations", "people", "places", "fields",
                         "entities"}
    assert info["url"] == ""  # the seed's file gives no address
    assert set(info["partners"]) == {"Huawei", "Wuhan University of Technology"}
    assert {"name": "Wang Fazhou", "role": "vice president of WUT"} in info["people"]
    assert {e["type"] for e in info["entities"]} <= {"organization", "person", "place",
                                                       "field", "date"}
    assert any(e["text"] == "Huawai" and e["canonical"] == "Huawei" for e in info["entities"])
    # Inspecting a file does not import it.
    assert json.loads(run(capsys, "search", "--json")[1])["total"] == 0


def test_inspect_unknown_id_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "inspect", "nope")
    assert code == 1
    assert err.strip() == "partnerview: no article with id 'nope'"


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["search", "--sort", "sideways"])
    assert stop.value.code == 2


@pytest.mark.parametrize("command", ["add", "search", "inspect", "export", "import",
                                     "reextract", "knowledge"])
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main([command, "--help"])
    assert stop.value.code == 0
    assert "usage: partnerview" in capsys.readouterr().out


def test_data_dir_from_environment(capsys: pytest.CaptureFixture[str], seeds: Path,
                                   isolated: Path) -> None:
    run(capsys, "add", str(seeds / "000_526efaf5d5e37e66.txt"))
    assert (isolated / "library.sqlite3").exists()


def test_knowledge_add_then_reextract(capsys: pytest.CaptureFixture[str],
                                      tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Zorblax signs deal\n\nZorblax and Kenyatta University signed a "
                       "cooperation agreement on quantumflux engineering.\n")
    run(capsys, "add", str(article))
    code, out, _ = run(capsys, "search", "--field", "Quantumflux", "--json")
    assert json.loads(out)["total"] == 0
    assert run(capsys, "knowledge", "add", "field", "Quantumflux",
               "--alias", "quantumflux engineering")[0] == 0
    assert run(capsys, "knowledge", "add", "organization", "Zorblax Corp",
               "--alias", "Zorblax", "--kind", "company")[0] == 0
    assert run(capsys, "reextract")[0] == 0
    result = json.loads(run(capsys, "search", "--field", "Quantumflux", "--json")[1])
    assert result["total"] == 1
    assert set(result["facets"]["partners"]) == {"Zorblax Corp", "Kenyatta University"}


def test_python_dash_m_and_version() -> None:
    out = subprocess.run([sys.executable, "-m", "partnerview", "--version"],
                         capture_output=True, text=True)
    assert out.returncode == 0
    assert out.stdout.startswith("partnerview ")
