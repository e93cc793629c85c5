"""Editions: publishing with mike to a gh-pages branch (a bare repository stands in for GitHub),
never altering an older edition, and a What changed page computed from the previous edition."""
from __future__ import annotations

import html
import json
import subprocess
from pathlib import Path

import pytest
from conftest import briefing, copy_project


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def files_of(repo: Path, ref: str, folder: str) -> dict[str, str]:
    """Blob ids of every file under ``folder`` at ``ref``: equal ids mean identical bytes."""
    out = git(repo, "ls-tree", "-r", ref, folder)
    return {line.split("\t")[1]: line.split()[2] for line in out.splitlines()}


def add_edition(project: Path, edition_id: str, date: str, summary: str) -> None:
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


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Two editions published from a git checkout whose origin is a bare repository."""
    base = tmp_path_factory.mktemp("editions")
    remote = base / "remote.git"
    git(base, "init", "--bare", "-q", str(remote))
    project = copy_project(base / "project")
    git(project, "init", "-q", "-b", "main")
    git(project, "config", "user.email", "curator@example.org")
    git(project, "config", "user.name", "Curator")
    (project / ".gitignore").write_text("build/\nsite/\nnode_modules\n")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "first edition")
    git(project, "remote", "add", "origin", str(remote))
    first = briefing("publish", "2026-11-23", cwd=project)
    assert first.returncode == 0, first.stderr
    edition_one = files_of(remote, "gh-pages", "2026-11-23")

    add_edition(project, "2026-12-01", "2026-12-01", "Second edition, with revised orders.")
    set_value(project, "cn-ordered-units", 2_500_000)
    facts = project / "data" / "facts" / "volumes-prices.yaml"
    facts.write_text(facts.read_text().replace("more than 2 million H200", "more than 2.5 million H200"))
    second = briefing("publish", cwd=project)
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
    import io

    import pypdf

    blob = subprocess.run(["git", "show", "gh-pages:2026-12-01/pdf/h200-full.pdf"], cwd=published["remote"],
                          check=True, capture_output=True).stdout
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(io.BytesIO(blob)).pages)
    assert "Values revised" in text and "more than 2.5 million chips" in text


def test_the_first_edition_says_so(built_site: Path) -> None:
    page = (built_site / "changes" / "index.html").read_text()
    assert "This is the first edition" in page


def test_publishing_an_undeclared_edition_is_refused(project: Path) -> None:
    result = briefing("publish", "2099-01-01", cwd=project)
    assert result.returncode == 2
    assert "edition '2099-01-01' is not the last declared edition" in result.stderr
