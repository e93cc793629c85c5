"""A full build of the H200 briefing: strict MkDocs, every page present, every number cited,
byte-identical output from identical input, and only changed files rewritten."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from pathlib import Path

from conftest import FIRST_BUILD_ENV, REPO, copy_project, run_cli

from generator import load
from generator.model import export_json_schemas

CONTENT_PAGES = ["index", "us-decision", "china-approvals", "volumes", "performance", "concerns", "methodology"]
GENERATED_PAGES = ["sources", "timeline", "data", "entities"]


def html(site: Path, page: str) -> str:
    return (site / page / "index.html" if page != "index" else site / "index.html").read_text(encoding="utf-8")


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_every_page_is_published(built_site: Path) -> None:
    for page in CONTENT_PAGES + GENERATED_PAGES:
        assert "<h1" in html(built_site, page), page
    for page in CONTENT_PAGES + ["timeline", "data"]:
        assert "Sources cited on this page" in html(built_site, page), page
    for entity in ("nvidia", "h200", "deepseek", "ndrc"):
        assert (built_site / "entities" / entity / "index.html").exists()


def test_a_fact_reference_renders_value_qualifier_unit_and_footnote(built_site: Path) -> None:
    page = html(built_site, "volumes")
    fact = re.search(r'<span class="bf-fact" data-status="reported" title="Reported, as of 31 December 2025">'
                     r'about US\$27,000 per chip</span><sup id="fnref\d*:([a-z0-9-]+)">', page)
    assert fact, "the price renders with qualifier, unit, status and a footnote"
    note = re.search(rf'<li id="fn:{fact[1]}">(.*?)</li>', page, re.S).group(1)
    assert "Reported, as of 31 December 2025." in note
    assert 'href="../sources/#src-reuters-2025-12-31"' in note
    assert "Reuters</a>, Report that Chinese firms" in note  # a wire story read through the outlet that carries it
    assert 'carried by <a href="../sources/#src-the-decoder-2025-12-31">The Decoder</a>' in note


def test_a_disputed_fact_shows_every_claim(built_site: Path) -> None:
    page = html(built_site, "performance")
    assert "about 6× (disputed)" in page
    note = re.search(r'<li id="fn:h200-vs-h20-claim">(.*?)</li>', page, re.S).group(1)
    assert note.count("Claim:") == 2
    data = html(built_site, "data")
    assert 'id="disputed-h200-vs-h20-claim"' in data


def test_every_page_shows_the_edition_in_the_footer(built_site: Path) -> None:
    for page in CONTENT_PAGES + GENERATED_PAGES:
        assert "Edition <strong>2026-11-23</strong>, built 23 November 2026" in html(built_site, page)


def test_sources_page_lists_each_source_with_the_facts_citing_it(built_site: Path) -> None:
    page = html(built_site, "sources")
    entry = page[page.index('id="src-federal-register-2026-00789"'):]
    entry = entry[: entry.index("<h3")]
    assert "https://www.govinfo.gov/content/pkg/FR-2026-01-15/html/2026-00789.htm" in entry
    assert "Cited for:" in entry


def test_timeline_lists_events_in_date_order(built_site: Path) -> None:
    """Every event once, earliest first, and on one date in the order data/events.yaml gives them."""
    page = html(built_site, "timeline")
    ids = re.findall(r'<h2 id="event-([a-z0-9-]+)"', page)
    events = load.run(REPO).events
    assert ids == [e.id for e in sorted(events, key=lambda e: e.date)]
    assert len(ids) == len(events) == 15


def test_data_downloads_hold_every_figure(built_site: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((built_site / "downloads/figures.csv").read_text().split("\n", 1)[1])))
    ids = {r["id"] for r in rows}
    assert {"cn-approved-units", "h200.fp8-dense", "us-share-ordered-usd", "h200-price-scenario"} <= ids
    payload = json.loads((built_site / "downloads/figures.json").read_text())
    assert payload["edition"] == "2026-11-23"
    assert len(payload["figures"]) == len(rows)


def test_build_output_is_byte_identical_for_identical_input(built_site: Path, built_once: Path, tmp_path: Path) -> None:
    """A second build from a fresh copy publishes the same bytes. Its static charts and PDFs come from the
    first build's caches: test_pdf lays the PDFs out again and compares them byte for byte."""
    other = copy_project(tmp_path / "again", cache_from=built_once / "build" / "cache")
    assert run_cli("build", root=other, env=FIRST_BUILD_ENV).returncode == 0
    assert tree_digest(other / "site") == tree_digest(built_site)


def build(project: Path) -> str:
    """Build ``project`` for the address the first build was made for; returns what the build said."""
    result = run_cli("build", root=project, env=FIRST_BUILD_ENV)
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_a_rebuild_with_nothing_changed_does_nothing(built_project: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in built_project.rglob("*") if p.is_file() and "site" in p.parts}
    assert before, "the copy holds the published site"
    assert "nothing changed since the last build" in build(built_project)
    assert {p: p.stat().st_mtime_ns for p in built_project.rglob("*") if p.is_file() and "site" in p.parts} == before


def test_a_page_edit_rewrites_only_that_page_and_the_pdf_covering_it(built_project: Path) -> None:
    docs = built_project / "build" / "docs"
    stamps = {p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}
    page = built_project / "content" / "concerns.md"
    page.write_text(page.read_text() + "\nOne more sentence.\n")
    said = build(built_project)
    assert "content pages: 6 unchanged and reused" in said
    assert "static charts: 0 exported, 5 from cache" in said
    changed = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file() and p.stat().st_mtime_ns != stamps.get(p))
    assert changed == ["concerns.md", "pdf/h200-full.pdf"]


def test_a_one_fact_change_renders_only_what_depends_on_it(built_project: Path, tmp_path: Path) -> None:
    facts = built_project / "data" / "facts" / "export-controls.yaml"
    text = facts.read_text()
    start = text.index("- id: cn-volume-cap-pct")
    facts.write_text(text[:start] + text[start:].replace("at most 50%", "at most 40%", 1).replace("value: 50", "value: 40", 1))
    said = build(built_project)
    # us-decision and concerns cite the fact; methodology lists every figure; the other four are reused
    assert "content pages: 4 unchanged and reused" in said
    assert "entity pages: 27 reused" in said  # the two entities the fact is about are rendered again
    assert "static charts: 0 exported, 5 from cache" in said
    # A clean build: no page index, no inputs stamp. Chart images and PDFs are kept by the hash of what
    # they are made from, so reusing them cannot hide a difference (a page that differs prints a new PDF).
    clean = copy_project(tmp_path / "clean", cache_from=built_project / "build" / "cache")
    assert not (clean / "build" / "cache" / "pages.json").exists()
    (clean / "data" / "facts" / "export-controls.yaml").write_text(facts.read_text())
    build(clean)
    assert tree_digest(clean / "site") == tree_digest(built_project / "site"), "a cached build equals a clean one"


def test_the_committed_json_schemas_are_current(tmp_path: Path) -> None:
    export_json_schemas(tmp_path)
    for schema in tmp_path.iterdir():
        assert (REPO / "data" / "schema" / schema.name).read_text() == schema.read_text(), f"run `briefing schema` ({schema.name})"


def test_every_data_file_points_at_its_schema() -> None:
    for path in sorted((REPO / "data").rglob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
        assert match, f"{path} lacks a schema modeline"
        assert (path.parent / match[1]).resolve().exists()
