"""Rules and outputs where a third round of realistic seeded bugs got past the suite: a value at the
edge of what a rule allows, a field a check or a key forgot, a sign or a unit read the wrong way.
Each test names the value just allowed and the one just past it, or the exact output expected.
In-process: no subprocess adds proof."""
from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest
import yaml
from conftest import FROZEN_H200, run_check, run_cli, stand_in_images
from test_rules import allowed, replace

from generator import (
    citations,
    derive,
    load,
    model,
    page,
    pagecache,
    pdf,
    pipeline,
    render,
    sourcing,
    templating,
    text,
    units,
    validate,
)


@pytest.fixture(scope="module")
def derived() -> derive.Derivation:
    return derive.run(validate.run(load.run(FROZEN_H200)))


# --- the data model and the checker -----------------------------------------------------------

@pytest.mark.parametrize("central", [5.0, 7.5, 10.0])
def test_a_ranges_central_value_may_be_either_end_of_the_range(central: float) -> None:
    """Sources often give a span and name one end as the figure most give: ``central`` may equal low or high."""
    assert model.Range.model_validate({"low": 5, "high": 10, "central": central}).central == central


@pytest.mark.parametrize("central", [4.99, 10.01])
def test_a_ranges_central_value_outside_it_is_refused(central: float) -> None:
    with pytest.raises(ValueError, match="central must lie between low and high"):
        model.Range.model_validate({"low": 5, "high": 10, "central": central})


def test_a_briefings_key_figures_may_be_derived_or_table_figures(project: Path) -> None:
    """A key figure is any figure a page can cite: a computed one and a comparison table's cell included."""
    replace(project, "data/briefings.yaml", "key_facts: [cn-approved-units,", "key_facts: [sales-approved-usd, h200.fp8-dense, cn-approved-units,")
    allowed(project)


def test_two_unsafe_links_to_one_target_on_one_line_are_one_problem(small: Path) -> None:
    """The same problem found twice (one target, one line) is listed once: a curator counts what to fix."""
    (small / "content" / "links.md").write_text("# Links\n\nSee [one](javascript:alert) and [two](javascript:alert).\n",
                                                 encoding="utf-8")
    result = run_check(small)
    assert result.returncode == 2
    message = "link target 'javascript:alert' is not allowed: link to http(s), mailto or a page of this site"
    assert [line for line in result.stderr.splitlines() if line.startswith("content/")] == [
        "content/links.md: unsafe page: href='javascript:alert' is not allowed: link to http(s), mailto or a page of this site",
        f"content/links.md:3:1: {message}"]
    assert result.stderr.rstrip().endswith("2 problem(s) found.")


# --- units ------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, unit, prose", [(1, "day", "1 day"), (1, "pp", "1 percentage point"), (0.5, "day", "0.5 days"),
                                                (0, "week", "0 weeks"), (0.25, "pp", "0.25 percentage points"), (2, "tonne", "2 tonnes")])
def test_only_exactly_one_reads_in_the_singular(value: float, unit: str, prose: str) -> None:
    """English says "1 day" but "0.5 days" and "0 weeks": the singular is for exactly one."""
    assert units.BASE.prose(value, unit) == prose


# --- the command line -------------------------------------------------------------------------

@pytest.mark.parametrize("charts, counted", [("[]\n", "0 charts"), (None, "2 charts")])
def test_check_counts_no_chart_in_the_plural(small: Path, charts: str | None, counted: str) -> None:
    """"0 charts", as "2 charts": only exactly one takes the singular."""
    if charts is not None:
        (small / "data" / "charts.yaml").write_text(charts, encoding="utf-8")
        for chart_id in ("duties", "average"):
            replace(small, "content/index.md", f'{{{{ chart("{chart_id}") }}}}', "")
    result = run_check(small)
    assert result.returncode == 0, result.stderr
    assert f"ok: 9 figures, 2 sources, {counted}; no problems found" in result.stderr


@pytest.mark.parametrize("given, folder", [(None, "build/pdf"), ("out/pdfs", "out/pdfs")])
def test_pdf_writes_a_relative_output_folder_inside_the_project_named_by_root(given: str | None, folder: str, tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """``briefing --root P pdf --output out`` writes P/out, wherever it is run from, as --root says what "." is."""
    asked = []
    monkeypatch.setattr(pipeline, "export_pdf", lambda root, out, report, only, paper: asked.append((root, out, only, paper)))
    monkeypatch.chdir(tmp_path)
    result = run_cli("pdf", "h200-summary", *(["--output", given] if given else []), "--paper", "Letter", root=FROZEN_H200)
    assert result.returncode == 0, result.stderr
    assert asked == [(FROZEN_H200, FROZEN_H200 / folder, "h200-summary", "Letter")]


# --- PDF composition --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def prepared():
    """The frozen H200 briefing prepared and rendered in-process, a stand-in image for each chart."""
    p = pipeline.prepare(FROZEN_H200)
    tree = render.run(p.derived, p.charts, {}, p.changes)
    tree.update(stand_in_images(p.charts))
    return p, tree


def test_a_full_briefing_listing_the_timeline_among_its_pages_prints_it_once(prepared) -> None:
    """A full briefing adds the Timeline after its pages, unless it already lists it: then it stays where listed."""
    p, tree = prepared
    full = next(b for b in p.derived.ds.briefings if b.format == "full")
    briefing = full.model_copy(update={"pages": ["timeline", "index"]})
    document = pdf.compose(p.derived, p.charts, tree, p.changes, briefing, "A4")
    sections = re.findall(r'<section class="(?:chapter|sources)" id="([^"]+)"', document)
    assert sections == ["sec-timeline", "sec-index", "sec-changes", "sources"]


# --- sourcing ---------------------------------------------------------------------------------

def story(sid: str, publisher: str = "Example Daily", **fields) -> model.Source:
    return model.Source.model_validate({"id": sid, "publisher": publisher, "title": "A report on the duties", "kind": "secondary",
                                        "url": f"https://example.com/{sid}", "published": dt.date(2024, 7, 10), **fields})


def test_a_thread_is_one_publishers_running_story_so_two_publishers_on_threads_of_one_name_count_twice() -> None:
    """A thread groups one publisher's reports on a story; another publisher naming its own thread alike is
    another newsroom's work, an independent source."""
    sources = {s.id: s for s in [story("daily-a", thread="duties"), story("daily-b", thread="duties"),
                                 story("gazette", "Example Gazette", thread="duties")]}
    assert sourcing.independent(["daily-a", "daily-b", "gazette"], sources) == ["daily-a", "gazette"]


def test_a_download_gives_a_sources_own_address_and_its_archived_copy_only_when_it_has_no_other() -> None:
    """A paywalled story is named by its own address (the archived copy is on the Sources page); a source with no
    address of its own is named by its archived copy; one with neither by none."""
    sources = [story("paywalled", paywalled=True, archive_url="https://archive.example.org/paywalled"),
               story("gone", url=None, url_unavailable="The page was taken down.", archive_url="https://archive.example.org/gone"),
               story("print", url=None, offline="The print edition of 10 July 2024.")]
    d = SimpleNamespace(sources={s.id: s for s in sources})
    named = citations.named_sources(["paywalled", "gone", "print"], d)
    assert named["source_urls"] == "https://example.com/paywalled https://archive.example.org/gone"
    assert named["sources"] == "; ".join(["Example Daily: A report on the duties, 10 July 2024"] * 3)


# --- pages ------------------------------------------------------------------------------------

def pdfs_offered(path: str, d: derive.Derivation) -> list[str]:
    """The PDFs a page offers for download (its front matter, which the theme prints)."""
    rendered = page.render(path, d, {}, jinja2.Template("# A page\n\nSome text.\n")).decode("utf-8")
    return [p["title"] for p in yaml.safe_load(text.split_front_matter(rendered)[0])["pdfs"]]


def test_the_home_page_offers_every_briefings_pdf_and_another_page_those_it_is_part_of(derived: derive.Derivation,
                                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The home page is where a reader looks for the PDFs: it offers all of them, even those whose pages leave it out."""
    full, summary = derived.ds.briefings
    monkeypatch.setattr(derived.ds, "briefings", [full.model_copy(update={"pages": ["volumes", "performance"]}),
                                                  summary.model_copy(update={"pages": ["volumes"]})])
    assert pdfs_offered("index.md", derived) == [full.title, summary.title]
    assert pdfs_offered("volumes.md", derived) == [full.title, summary.title]
    assert pdfs_offered("performance.md", derived) == [full.title]
    assert pdfs_offered("concerns.md", derived) == []


def test_a_pipe_in_a_name_stays_text_inside_its_table_cell(small: Path) -> None:
    """A Markdown table splits cells at "|": a name holding one (a joint venture "Geely | Volvo") must stay one
    cell, read as typed, or every cell after it shifts under the wrong heading."""
    replace(small, "data/entities.yaml", "name: Geely", "name: Geely | Volvo")
    replace(small, "data/tables/duties.yaml", "name: Definitive duty (October 2024)", "name: Definitive | final duty")
    d = derive.run(validate.run(load.run(small)))
    table = text.to_html(str(page.Page("index.md", d, {}).table("duties")))
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
    assert [len(re.findall(r"<t[hd]", row)) for row in rows] == [3, 3, 3, 3]
    assert "<th>Definitive | final duty (%)</th>" in html.unescape(table)
    assert ">Geely | Volvo</a></td>" in html.unescape(table)


# --- the page cache ---------------------------------------------------------------------------

def test_a_page_listing_events_is_keyed_on_the_sources_it_names(derived: derive.Derivation, monkeypatch: pytest.MonkeyPatch) -> None:
    """A page listing events names their sources (its front matter's list of sources, which the theme prints):
    renaming a source's publisher must change the key of every page that read the events."""
    listing = page.Page("index.md", derived, {})
    listing.events()
    cited = listing.cited[0]

    def key() -> str:
        return pagecache.PageCache(derived, {}, templating.TEMPLATES).key("index.md", "the page", sorted(listing.deps))

    before = key()
    renamed = [s.model_copy(update={"publisher": "Renamed Agency"}) if s.id == cited else s for s in derived.ds.sources]
    monkeypatch.setattr(derived.ds, "sources", renamed)
    assert listing.deps == {"events"}
    assert key() != before
