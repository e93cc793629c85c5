"""Briefing is a generator for any story: units, comparison tables, entity kinds and the site's
identity come from the project's files, `briefing new` scaffolds a project that builds, and a
second, hand-written briefing on another topic (tests/fixtures/ev-duties) builds as well."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import EV_DUTIES, REPO

from generator import cli, pipeline

STORY_WORDS = re.compile(r"\b(h200|h20|h100|gh200|nvidia|chips?|tpp|tflops|tencent|alibaba|bytedance|huawei|ascend|deepseek)\b", re.I)


def run(capsys: pytest.CaptureFixture, *args: str) -> tuple[int, list[str]]:
    """The briefing command in-process, as a curator types it; returns the exit code and stderr lines."""
    code = cli.main(list(args))
    return code, capsys.readouterr().err.splitlines()


def ev_project(tmp_path: Path) -> Path:
    return Path(shutil.copytree(EV_DUTIES, tmp_path / "ev-duties"))


@pytest.fixture(scope="module")
def ev_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The second briefing built once (site and caches); read it, or copy it to change and build again."""
    root = ev_project(tmp_path_factory.mktemp("ev-built"))
    assert cli.main(["build", "--root", str(root)]) == 0
    return root


def test_the_generator_and_its_theme_name_no_story() -> None:
    shipped = [p for folder in (REPO / "generator", REPO / "site_theme") for p in folder.rglob("*")
               if p.is_file() and p.suffix in {".py", ".md", ".html", ".yml", ".yaml", ".css", ".js", ".txt"}]
    found = [f"{p.relative_to(REPO)}:{n}: {m[0]}" for p in shipped
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) for m in STORY_WORDS.finditer(line)]
    assert found == []
    assert not STORY_WORDS.search(cli.parser().format_help())


def test_briefing_new_scaffolds_a_project_that_checks_and_builds(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "my-story"
    assert run(capsys, "new", str(target))[0] == 0
    for name in ("README.md", ".gitignore", ".github/workflows/briefing.yml", "mkdocs.yml", "data/units.yaml",
                 "data/schema/facts.schema.json", "data/editions.yaml", "content/index.md"):
        assert (target / name).is_file(), name
    assert run(capsys, "check", "--root", str(target)) == (0, ["ok: 4 figures, 1 source, 1 chart; no problems found"])
    assert run(capsys, "build", "--root", str(target))[0] == 0
    home = (target / "site" / "index.html").read_text(encoding="utf-8")
    assert "This is an example" in home and "18.3 percentage points" in home
    assert (target / "site" / "assets" / "vendor" / "plotly-basic.min.js").is_file()  # the generator's npm assets
    assert (target / "site" / "assets" / "briefing" / "briefing.js").is_file()  # and its theme, not copied into the project
    text_files = [p for p in (target / "site").rglob("*") if p.suffix in {".html", ".json", ".csv", ".xml"}]
    assert [p.name for p in text_files if STORY_WORDS.search(p.read_text(encoding="utf-8"))] == []


def test_briefing_new_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "notes.txt").write_text("mine")
    code, err = run(capsys, "new", str(tmp_path / "taken"))
    assert code == 2
    assert err[0] == f"{tmp_path / 'taken'}: already exists and is not empty: choose a new folder (briefing new never overwrites files)"
    assert (tmp_path / "taken" / "notes.txt").read_text() == "mine"


def test_a_second_briefing_builds_with_its_own_units_kinds_and_table(ev_built: Path) -> None:
    root = ev_built
    page = (root / "build" / "docs" / "index.md").read_text(encoding="utf-8")
    # The declared unit reads as declared, alone and in a rate; pp is built in.
    assert ">3 exporting producers</span>" in page
    assert ">23.7% per exporting producer</span>" in page
    assert ">2.3 percentage points</span>" in page
    # The comparison table: the kind's name heads the rows, metrics are the columns, each cell cited.
    assert "| Carmaker | Provisional duty &#40;July 2024&#41; (%) | Definitive duty &#40;October 2024&#41; (%) |" in page
    rows = [line for line in page.splitlines() if line.startswith("| [")]
    assert [re.findall(r'^\| \[([^]]+)\]|data-status="confirmed">([\d.]+)</span>\[\^', row) for row in rows] == [
        [("BYD", ""), ("", "17.4"), ("", "17")], [("Geely", ""), ("", "19.9"), ("", "18.8")], [("SAIC Motor", ""), ("", "37.6"), ("", "35.3")]]
    # The chart of a figure in a declared unit carries that unit and the computed value.
    chart = json.loads((root / "site" / "assets" / "charts" / "average.json").read_text())
    assert [(r["figure"], r["value"], r["unit"]) for r in chart["rows"]] == [("duty-per-producer", 23.7, "%/producer")]
    entities = (root / "build" / "docs" / "entities" / "index.md").read_text(encoding="utf-8")
    assert "Carmakers and authorities in this briefing." in entities
    assert [line for line in entities.splitlines() if line.startswith("## ")] == ["## Carmakers", "## Authorities"]
    site = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert "<title>EU duties on Chinese electric cars - EU duties on Chinese electric cars</title>" in site  # page - site_name


@pytest.mark.parametrize("edit, expected", [
    (("data/facts/example.yaml", "unit: producer", "unit: producr"),
     "data/facts/example.yaml:5:9: sampled-producers.unit: unknown unit 'producr'; did you mean 'producer'?"),
    (("data/derived.yaml", '"%/producer"', '"%/producers"'),
     "data/derived.yaml:10:9: duty-per-producer.unit: unknown unit 'producers' in '%/producers'; did you mean 'producer'?"),
    (("data/derived.yaml", "{saic.provisional} - {saic.definitive}", "{saic.provisional} - {sampled-producers}"),
     "data/derived.yaml:4:32: saic-cut.formula: cannot subtract {saic.provisional} (%) and {sampled-producers} (producer) in "
     "'{saic.provisional} - {sampled-producers}'"),
    (("data/entities.yaml", "kind: carmaker\n  country: China\n- id: geely", "kind: carmakr\n  country: China\n- id: geely"),
     "data/entities.yaml:7:9: byd.kind: unknown entity kind 'carmakr'; declare it in data/entity-kinds.yaml (declared: authority, carmaker)"),
    (("data/tables/duties.yaml", "{item: geely, metric: provisional", "{item: european-commission, metric: provisional"),
     "data/tables/duties.yaml:14:12: european-commission.provisional.item: unknown carmaker 'european-commission' "
     "(declare it in data/entities.yaml with kind: carmaker)"),
    (("data/units.yaml", "- id: producer", "- id: USD"),
     "data/units.yaml:2:7: USD.id: 'USD' is a built-in unit; use it as it is, or choose another name"),
], ids=["misspelt declared unit", "misspelt unit in a rate", "declared unit in a formula", "unknown entity kind",
        "table item of another kind", "declared unit shadowing a built-in"])
def test_declared_vocabulary_is_checked_at_its_line(tmp_path: Path, capsys: pytest.CaptureFixture, edit: tuple, expected: str) -> None:
    root = ev_project(tmp_path)
    path, old, new = edit
    text = (root / path).read_text()
    assert old in text
    (root / path).write_text(text.replace(old, new, 1))
    code, err = run(capsys, "check", "--root", str(root))
    assert code == 2
    assert expected in err, "\n".join(err)


def test_a_missing_mkdocs_yml_is_the_users_to_fix(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    root = ev_project(tmp_path)
    (root / "mkdocs.yml").unlink()
    code, err = run(capsys, "build", "--root", str(root))
    assert code == 2
    assert err[0] == (f"mkdocs.yml: missing: {root} has no mkdocs.yml; run `briefing new DIR` for a working project, "
                      "or pass --root with the project's folder")


def test_a_nav_entry_without_a_page_is_named_at_its_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    root = ev_project(tmp_path)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - Overview: index.md\n", "  - Overview: index.md\n  - Costs: costs.md\n"))
    line = config.read_text().splitlines().index("  - Costs: costs.md") + 1
    code, err = run(capsys, "build", "--root", str(root))
    assert code == 2
    assert f"mkdocs.yml:{line}:12: nav: no page 'costs.md': add content/costs.md, or remove it from the nav" in err
    assert not (root / "site").exists()


def test_a_project_overrides_one_template_of_the_generators_theme(ev_built: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    root = Path(shutil.copytree(ev_built, tmp_path / "ev-duties"))
    (root / "overrides" / "partials").mkdir(parents=True)
    (root / "overrides" / "partials" / "copyright.html").write_text("<div class=\"md-copyright\">Published by the Example Desk</div>\n")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("  name: material\n", "  name: material\n  custom_dir: overrides\n", 1))
    assert run(capsys, "build", "--root", str(root))[0] == 0
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert "Published by the Example Desk" in home
    assert "assets/briefing/briefing.js" in home  # the rest of the generator's theme is still there


def test_the_pinned_plotly_version_is_the_one_the_error_message_names() -> None:
    assert json.loads((REPO / "package.json").read_text())["dependencies"]["plotly.js-basic-dist-min"] == pipeline.PLOTLY_VERSION
