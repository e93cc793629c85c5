"""What a reader gets, pinned: frozen projects (the H200 briefing as it stood on 30 November 2026,
tests/fixtures/h200-frozen; the small EV story; and that story in a second edition, a figure revised,
one added and one withdrawn since the first; that story without charts or a site address; and tests/fixtures/edges,
fictional widget makers that take every output path, with two variants of its editions) are rendered in-process,
every page, chart file, download and feed and each PDF's composed HTML, and compared byte for byte with tests/golden/.

The other tests check rules at their edges; this one catches any change in the output they do not
name (a word, a link, a column, a date). A change meant to alter the output is recorded with
`make golden`, and the diff of tests/golden/ in the commit shows a reviewer what readers will see."""
from __future__ import annotations

import difflib
import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import EV_DUTIES, FROZEN_H200, REPO, ev_second_edition, run_cli

from generator import citations, feed, methodology, page, pdf, pipeline, render

GOLDEN = REPO / "tests" / "golden"
UPDATE = os.environ.get("BRIEFING_GOLDEN") == "update"


EDGES = REPO / "tests" / "fixtures" / "edges"


def without_charts(root: Path) -> Path:
    """The EV story (a copy at ``root``) with no chart at all: pages, previews and downloads without one."""
    (root / "data" / "charts.yaml").write_text("[]\n")
    page = root / "content" / "index.md"
    page.write_text(page.read_text().replace('{{ chart("duties") }}', "").replace('{{ chart("average") }}', ""))
    return root


def edges_record_lost(root: Path) -> Path:
    """The edges fixture (a copy at ``root``) with edition e3's record lost too: What changed cannot be computed."""
    (root / "data" / "snapshots" / "e3.json").unlink()
    return root


def edges_next_edition(root: Path) -> Path:
    """The edges fixture (a copy at ``root``) with e3's record lost and an edition e5 started that changes nothing."""
    started = run_cli("edition", "new", "e5", "--summary", "Nothing changed.", "--date", "2026-03-09", root=edges_record_lost(root))
    assert started.returncode == 0, started.stderr
    return root


PROJECTS = {"h200": lambda tmp: FROZEN_H200, "ev-duties": lambda tmp: EV_DUTIES,
            "ev-duties-second-edition": lambda tmp: ev_second_edition(Path(shutil.copytree(EV_DUTIES, tmp / "ev-duties"))),
            "ev-duties-no-charts": lambda tmp: without_charts(Path(shutil.copytree(EV_DUTIES, tmp / "ev-duties"))),
            "edges": lambda tmp: EDGES,
            "edges-record-lost": lambda tmp: edges_record_lost(Path(shutil.copytree(EDGES, tmp / "edges"))),
            "edges-next-edition": lambda tmp: edges_next_edition(Path(shutil.copytree(EDGES, tmp / "edges")))}
WITHOUT_ADDRESS = {"ev-duties-no-charts"}  # built without a site address: no feed
# The edges fixture is small, so its pages are split at small sizes: every split page (Data, Sources, Timeline,
# Methodology, a chart's data table) is rendered in parts, as a large project's are.
SMALL_PAGES = dict.fromkeys(("edges", "edges-record-lost", "edges-next-edition"), {(citations, "DATA_PAGE_FIGURES"): 8, (citations, "SOURCES_PAGE_ENTRIES"): 4,
                         (citations, "TIMELINE_PAGE_EVENTS"): 2, (methodology, "PAGE_ROWS"): 2, (page, "CHART_TABLE_ROWS"): 3})
# One variant keeps a chart table row more, so that its timeline chart leaves out one row ("the other row"), not two.
SMALL_PAGES["edges-record-lost"] = {**SMALL_PAGES["edges-record-lost"], (page, "CHART_TABLE_ROWS"): 4}


def output(root: Path, has_feed: bool = True) -> dict[str, bytes]:
    """The docs tree as a build renders it (chart images stubbed: Chromium draws those), the Atom feed
    for a fixed address (none for a site without an address), and each briefing's HTML as composed for printing."""
    p = pipeline.prepare(root)
    tree = render.run(p.derived, p.charts, {}, p.changes, has_feed=has_feed, histories=p.histories)
    if has_feed:
        tree["feed.xml"] = feed.atom("Site", "https://example.org/briefing/", p.history, p.derived.ds.registry)
    images = {f"assets/charts/{chart_id}.svg": f"<svg><title>{chart_id}</title></svg>".encode() for chart_id in p.charts}
    for b in p.derived.ds.briefings:
        tree[f"pdf/{b.id}.html"] = pdf.compose(p.derived, p.charts, {**tree, **images}, p.changes, b, b.paper).encode()
    return tree


@pytest.mark.parametrize("name", PROJECTS)
def test_the_output_of_a_frozen_project_is_the_recorded_one(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for (module, constant), size in SMALL_PAGES.get(name, {}).items():
        monkeypatch.setattr(module, constant, size)
    got, folder = output(PROJECTS[name](tmp_path), has_feed=name not in WITHOUT_ADDRESS), GOLDEN / name
    if UPDATE:
        for path in sorted(folder.rglob("*")) if folder.exists() else []:
            if path.is_file() and path.relative_to(folder).as_posix() not in got:
                path.unlink()
        for rel, blob in got.items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_bytes(blob)
    recorded = {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    assert sorted(got) == sorted(recorded), "files added or gone; if meant, run `make golden`"
    changed = [rel for rel in sorted(got) if got[rel] != recorded[rel]]
    diffs = ["".join(difflib.unified_diff(recorded[rel].decode().splitlines(True), got[rel].decode().splitlines(True),
                                          f"recorded/{rel}", f"now/{rel}", n=1))[:3000] for rel in changed[:3]]
    assert not changed, f"{len(changed)} file(s) differ from tests/golden/{name} (if meant, run `make golden`):\n" + "\n".join(diffs)


def test_each_composed_briefing_gives_each_anchor_once() -> None:
    """Footnote marks, the contents and source links each find one target in print: no id twice in a briefing
    (the parts of a split page, each with its own "Claim checks", once gave two)."""
    for path in sorted(GOLDEN.glob("*/pdf/*.html")):
        ids = re.findall(r'\bid="([^"]+)"', path.read_text(encoding="utf-8"))
        assert len(ids) > 20 and sorted({i for i in ids if ids.count(i) > 1}) == [], path.relative_to(GOLDEN)
