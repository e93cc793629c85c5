"""Editions: publishing with mike to a gh-pages branch (a bare repository stands in for GitHub),
never altering an older edition, and a What changed page computed from the previous edition."""
from __future__ import annotations

import html
import json
import subprocess
from pathlib import Path

import pytest
from conftest import REPO, copy_project, pdf_text, run_cli

from generator import pipeline
from generator.cli import main


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def files_of(repo: Path, ref: str, folder: str) -> dict[str, str]:
    """Blob ids of every file under ``folder`` at ``ref``: equal ids mean identical bytes."""
    out = git(repo, "ls-tree", "-r", ref, folder)
    return {line.split("\t")[1]: line.split()[2] for line in out.splitlines()}


def add_edition(project: Path, edition_id: str, date: str, summary: str) -> None:
    """Declare an edition by hand, as a curator who skips `briefing edition new` would."""
    path = project / "data" / "editions.yaml"
    path.write_text(path.read_text() + f'\n- id: "{edition_id}"\n  date: {date}\n  summary: {summary}\n')


def set_value(project: Path, fact_id: str, value: float) -> None:
    for path in (project / "data" / "facts").glob("*.yaml"):
        text = path.read_text()
        if f"- id: {fact_id}\n" in text:
            head, rest = text.split(f"- id: {fact_id}\n", 1)
            lines = rest.split("\n")
            i = next(n for n, line in enumerate(lines) if line.startswith("  value:"))
            lines[i] = f"  value: {value:g}"
            path.write_text(head + f"- id: {fact_id}\n" + "\n".join(lines))
            return
    raise AssertionError(fact_id)


PUBLIC = {"SITE_URL": "https://briefing.example.org/"}


def committed(project: Path) -> Path:
    """The project as a git work tree with everything committed, as a curator's clone is."""
    git(project, "init", "-q", "-b", "main")
    git(project, "config", "user.email", "curator@example.org")
    git(project, "config", "user.name", "Curator")
    (project / ".gitignore").write_text("build/\nsite/\nnode_modules\n")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "first edition")
    return project


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, built_once: Path) -> dict:
    """Two editions published from a git checkout whose origin is a bare repository, following the
    README: publish, change a value, start the next edition, commit, publish."""
    base = tmp_path_factory.mktemp("editions")
    remote = base / "remote.git"
    git(base, "init", "--bare", "-q", str(remote))
    project = committed(copy_project(base / "project", cache_from=built_once / "build" / "cache"))
    git(project, "remote", "add", "origin", str(remote))
    first = run_cli("publish", "2026-11-23", root=project, env=PUBLIC)
    assert first.returncode == 0, first.stderr
    edition_one = files_of(remote, "gh-pages", "2026-11-23")
    assert git(project, "status", "--porcelain") == "", "the committed record is the one publishing writes"

    set_value(project, "cn-ordered-units", 2_500_000)
    facts = project / "data" / "facts" / "volumes-prices.yaml"  # the statement says the number too
    facts.write_text(facts.read_text().replace("more than 2 million H200", "more than 2.5 million H200"))
    started = run_cli("edition", "new", "2026-12-01", "--summary", "Second edition, with revised orders.", "--date", "2026-12-01",
                      root=project)
    assert started.returncode == 0, started.stderr
    git(project, "commit", "-q", "-am", "Second edition")
    second = run_cli("publish", root=project, env=PUBLIC)
    assert second.returncode == 0, second.stderr
    return {"project": project, "remote": remote, "edition_one": edition_one, "second": second}


def test_each_edition_is_a_folder_with_a_latest_copy_and_a_root_redirect(published: dict) -> None:
    remote = published["remote"]
    versions = json.loads(git(remote, "show", "gh-pages:versions.json"))
    assert [(v["version"], v["aliases"]) for v in versions] == [("2026-12-01", ["latest"]), ("2026-11-23", [])]
    assert versions[0]["title"] == "2026-12-01 (1 December 2026)"
    listing = git(remote, "ls-tree", "gh-pages")
    assert "120000" not in listing, "aliases must be copies, not symlinks"
    assert "latest" in listing and "index.html" in listing
    assert "latest/" in git(remote, "show", "gh-pages:index.html")


def test_publishing_a_new_edition_never_alters_an_older_one(published: dict) -> None:
    assert files_of(published["remote"], "gh-pages", "2026-11-23") == published["edition_one"]


def test_pages_show_their_edition_and_the_version_selector(published: dict) -> None:
    remote = published["remote"]
    page = git(remote, "show", "gh-pages:2026-12-01/volumes/index.html")
    assert "Edition <strong>2026-12-01</strong>" in page
    assert '"version": {"default": "latest", "provider": "mike"}' in page  # Material's version selector
    old = git(remote, "show", "gh-pages:2026-11-23/volumes/index.html")
    assert "Edition <strong>2026-11-23</strong>" in old


def test_what_changed_lists_revised_values_with_old_and_new(published: dict) -> None:
    page = html.unescape(git(published["remote"], "show", "gh-pages:2026-12-01/changes/index.html"))
    assert "Changes since edition 2026-11-23" in page
    section = page[page.index("Values revised"):]
    assert "more than 2 million chips" in section and "more than 2.5 million chips" in section
    record = json.loads((published["project"] / "data" / "snapshots" / "2026-12-01.json").read_text())
    assert record["edition"] == "2026-12-01"


def test_the_full_pdf_carries_the_change_list(published: dict) -> None:
    blob = subprocess.run(["git", "show", "gh-pages:2026-12-01/pdf/h200-full.pdf"], cwd=published["remote"],
                          check=True, capture_output=True).stdout
    text = pdf_text(blob)
    assert "Values revised" in text and "more than 2.5 million chips" in text


def test_the_first_edition_says_so(built_site: Path) -> None:
    page = (built_site / "changes" / "index.html").read_text()
    assert "This is the first edition" in page


def test_publishing_an_undeclared_edition_is_refused(project: Path) -> None:
    result = run_cli("publish", "2099-01-01", root=committed(project), env=PUBLIC)
    assert result.returncode == 2
    assert ("edition '2099-01-01' is not the last declared edition (declared: 2026-11-23); start it with "
            "`briefing edition new 2099-01-01 --summary ...` first") in result.stderr


def test_publish_says_where_it_pushes_before_pushing(published: dict) -> None:
    said = published["second"].stderr
    where = (f"publishing edition 2026-12-01 for https://briefing.example.org/2026-12-01/ to the gh-pages branch of origin "
             f"({published['remote']}), then pushing it there")
    assert where in said
    assert said.index(where) < said.index("published edition 2026-12-01 to the gh-pages branch and pushed it")


def test_an_edition_names_its_own_folder_in_canonical_links_and_citations(published: dict) -> None:
    page = git(published["remote"], "show", "gh-pages:2026-12-01/volumes/index.html")
    assert '<link rel="canonical" href="https://briefing.example.org/2026-12-01/volumes/">' in page
    assert "https://briefing.example.org/2026-12-01/volumes/#chart-volumes" in page  # the "Cite this chart" address


def test_the_repository_holds_the_record_of_the_current_edition() -> None:
    from generator import derive, editions, load, validate

    record = json.loads((REPO / "data" / "snapshots" / "2026-11-23.json").read_text())
    assert record == editions.snapshot(derive.run(validate.run(load.run(REPO))))


def test_starting_an_edition_appends_it_and_keeps_the_file_as_written(project: Path, capsys: pytest.CaptureFixture) -> None:
    path = project / "data" / "editions.yaml"
    before = path.read_text()
    assert main(["edition", "new", "2026-12-01", "--summary", 'Orders revised: "2.5 million".', "--date", "2026-12-01",
                 "--root", str(project)]) == 0
    assert path.read_text() == before + '- id: "2026-12-01"\n  date: 2026-12-01\n  summary: "Orders revised: \\"2.5 million\\"."\n'
    assert "kept the existing record data/snapshots/2026-11-23.json" in capsys.readouterr().err


@pytest.mark.parametrize("args, expected", [
    (["2026-11-23"], "data/editions.yaml:3:7: id: edition '2026-11-23' is already declared; choose a new id"),
    (["2026-12-01", "--date", "2026-11-01"],
     "data/editions.yaml: date: 2026-11-01 is not after the current edition's date 2026-11-23; pass --date"),
    (["2026-11-23b", "--date", "2026-11-23"],
     "data/editions.yaml: date: 2026-11-23 is not after the current edition's date 2026-11-23; pass --date"),
    (["2026 12", "--date", "2026-12-01"],
     "data/editions.yaml: id: '2026 12' is not a valid edition id: use letters, digits, dots and hyphens, as in 2026-12-01"),
    (["e" * 41, "--date", "2026-12-01"],  # one more character than an edition id may have (model.EDITION_ID_LENGTH)
     f"data/editions.yaml: id: '{'e' * 41}' is not a valid edition id: use letters, digits, dots and hyphens, as in 2026-12-01"),
])
def test_starting_an_edition_refuses_what_would_break_the_file(project: Path, capsys: pytest.CaptureFixture, args: list,
                                                                 expected: str) -> None:
    before = (project / "data" / "editions.yaml").read_text()
    assert main(["edition", "new", *args, "--summary", "x", "--root", str(project)]) == 2
    assert expected in capsys.readouterr().err.splitlines()
    assert (project / "data" / "editions.yaml").read_text() == before


def test_starting_an_edition_without_a_summary_or_with_an_impossible_date_is_refused(small: Path,
                                                                                     capsys: pytest.CaptureFixture) -> None:
    before = (small / "data" / "editions.yaml").read_text()
    assert main(["edition", "new", "2024-11", "--summary", " ", "--date", "2024-11-15", "--root", str(small)]) == 2
    assert capsys.readouterr().err.splitlines()[0] == ('data/editions.yaml: summary: say in one line what the new edition '
                                                       'brings (--summary "...")')
    with pytest.raises(SystemExit) as refused:  # argparse's own refusal: exit 2, the option named
        main(["edition", "new", "2024-11", "--summary", "x", "--date", "2024-13-01", "--root", str(small)])
    assert refused.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == ("briefing edition new: error: argument --date: '2024-13-01' is not "
                                                        "a date written YYYY-MM-DD")
    assert (small / "data" / "editions.yaml").read_text() == before


def test_a_value_changed_before_starting_the_edition_is_listed_as_changed(project: Path, capsys: pytest.CaptureFixture) -> None:
    """The curator edits first and starts the edition second: the record comes from the last commit."""
    (project / "data" / "snapshots" / "2026-11-23.json").unlink()
    committed(project)
    set_value(project, "cn-ordered-units", 2_500_000)
    facts = project / "data" / "facts" / "volumes-prices.yaml"  # the statement states the value: revise both
    facts.write_text(facts.read_text().replace("ordered more than 2 million H200", "ordered more than 2.5 million H200", 1))
    assert main(["edition", "new", "2026-12-01", "--summary", "Revised orders.", "--date", "2026-12-01", "--root", str(project)]) == 0
    head = git(project, "rev-parse", "HEAD").strip()
    assert f"froze the record of edition 2026-11-23 from commit {head[:10]}" in capsys.readouterr().err
    said: list[str] = []
    pipeline.generate(project, said.append, preview=True)
    assert not [line for line in said if "WARNING" in line]
    page = html.unescape((project / "build" / "docs" / "changes.md").read_text())
    assert "Changes since edition 2026-11-23" in page
    revised = page[page.index("Values revised"):]
    assert "more than 2 million chips" in revised and "more than 2.5 million chips" in revised


def test_without_git_the_record_is_frozen_from_the_work_tree(project: Path, capsys: pytest.CaptureFixture) -> None:
    (project / "data" / "snapshots" / "2026-11-23.json").unlink()
    assert main(["edition", "new", "2026-12-01", "--summary", "Next.", "--date", "2026-12-01", "--root", str(project)]) == 0
    assert "froze the record of edition 2026-11-23 from the work tree (no commit declares it last)" in capsys.readouterr().err
    assert json.loads((project / "data" / "snapshots" / "2026-11-23.json").read_text())["edition"] == "2026-11-23"


MISSING = ("WARNING: What changed is empty because the record of the previous edition 2026-11-23 is missing (looked in "
           "data/snapshots/2026-11-23.json and the gh-pages branch). Run `briefing edition record 2026-11-23` to rebuild it "
           "from the last commit of that edition, commit it, then build again.")


def test_a_build_warns_loudly_when_the_previous_record_is_missing_and_the_named_command_fixes_it(
        project: Path, capsys: pytest.CaptureFixture) -> None:
    (project / "data" / "snapshots" / "2026-11-23.json").unlink()
    committed(project)
    add_edition(project, "2026-12-01", "2026-12-01", "Declared by hand.")
    said: list[str] = []
    pipeline.generate(project, said.append, preview=True)
    assert MISSING in said
    assert main(["edition", "record", "2026-11-23", "--root", str(project)]) == 0
    said.clear()
    pipeline.generate(project, said.append, preview=True)
    assert MISSING not in said
    assert "No figure, status or source changed since edition 2026-11-23." in html.unescape(
        (project / "build" / "docs" / "changes.md").read_text())


def test_the_record_can_be_rebuilt_from_a_named_commit(project: Path) -> None:
    committed(project)
    first = git(project, "rev-parse", "HEAD").strip()
    set_value(project, "cn-ordered-units", 2_500_000)
    git(project, "commit", "-q", "-am", "value changed without a new edition")
    assert main(["edition", "record", "2026-11-23", "--from", first, "--root", str(project)]) == 0
    record = json.loads((project / "data" / "snapshots" / "2026-11-23.json").read_text())
    assert {f["id"]: f for f in record["figures"]}["cn-ordered-units"]["value"] == 2_000_000


def test_publish_refuses_without_the_previous_record(project: Path) -> None:
    (project / "data" / "snapshots" / "2026-11-23.json").unlink()
    add_edition(project, "2026-12-01", "2026-12-01", "Declared by hand.")
    line = (project / "data" / "editions.yaml").read_text().splitlines().index('- id: "2026-12-01"') + 1
    result = run_cli("publish", root=committed(project), env=PUBLIC)
    assert result.returncode == 2
    assert (f"data/editions.yaml:{line}:7: the record of the previous edition 2026-11-23 is missing, so What changed would be "
            "empty; run `briefing edition record 2026-11-23`, commit it, then publish") in result.stderr


def test_publish_refuses_a_work_tree_with_uncommitted_changes(project: Path) -> None:
    committed(project)
    set_value(project, "cn-ordered-units", 2_500_000)
    (project / "content" / "draft.md").write_text("# Draft\n")
    result = run_cli("publish", root=project, env=PUBLIC)
    assert result.returncode == 2
    assert (".: the work tree has uncommitted changes (content/draft.md, data/facts/volumes-prices.yaml); commit or stash "
            "them first, so the published edition is the committed one") in result.stderr


def test_publish_refuses_a_site_url_on_this_machine(project: Path) -> None:
    result = run_cli("publish", root=committed(project), env={"SITE_URL": "http://localhost:8000/"})
    assert result.returncode == 2
    assert ("mkdocs.yml: site_url: is http://localhost:8000/, an address on this machine; set SITE_URL to the public address "
            "of the site, as in `SITE_URL=https://example.org/briefing/ briefing publish`") in result.stderr
