"""The Sources page and the Timeline grow with the data set, so they are split in parts like the Data
page, and every link to a source or an event goes to the part that lists it."""
from __future__ import annotations

import csv
import html as html_module
import posixpath
import re
from pathlib import Path

import pytest

from generator import citations, pipeline
from generator import page as page_helpers
from generator.text import page_url

LINK = re.compile(r"\]\(([^)\s]*?)#(src-[a-z0-9-]+)\)|href=\"([^\"]*?)#(src-[a-z0-9-]+)\"")


@pytest.fixture
def split_tree(project: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The H200 docs tree with ten sources a page (42 sources: eight parts)."""
    monkeypatch.setattr(citations, "SOURCES_PAGE_ENTRIES", 10)
    pipeline.generate(project, lambda line: None, preview=True)
    docs = project / "build" / "docs"
    return {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8") for p in docs.rglob("*.md")}


def test_each_source_is_listed_on_exactly_one_part(split_tree: dict[str, str]) -> None:
    parts = ["sources.md"] + [f"sources/{n}.md" for n in range(2, 9)]
    assert sorted(rel for rel in split_tree if rel == "sources.md" or rel.startswith("sources/")) == sorted(parts)
    listed = [anchor for rel in parts for anchor in re.findall(r"\{: #(src-[a-z0-9-]+) \}", split_tree[rel])]
    assert len(listed) == len(set(listed)) == 42
    assert split_tree["sources/3.md"].startswith("---") and "# Sources, page 3 of 8" in split_tree["sources/3.md"]


def test_every_link_to_a_source_goes_to_the_part_that_lists_it(split_tree: dict[str, str]) -> None:
    where = {anchor: rel for rel, text in split_tree.items() for anchor in re.findall(r"\{: #(src-[a-z0-9-]+) \}", text)}
    checked = 0
    for rel, text in split_tree.items():
        for match in LINK.finditer(text):
            if match[2]:  # Markdown: relative to the page's file
                anchor = match[2]
                target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), match[1])) if match[1] else rel
            else:  # HTML: relative to the page's address (directory URLs: volumes.md is served at volumes/)
                anchor = match[4]
                target = posixpath.normpath(posixpath.join(page_url(rel), match[3])).removeprefix("./") + ".md"
            assert target == where[anchor], f"{rel}: the link to {anchor} goes to {target}, which does not list it"
            checked += 1
    assert checked > 300, "footnotes, Data rows and relays all link to sources"


def test_one_part_keeps_the_page_whole(project: Path) -> None:
    pipeline.generate(project, lambda line: None, preview=True)
    assert not (project / "build" / "docs" / "sources").exists()
    assert "# Sources\n" in (project / "build" / "docs" / "sources.md").read_text(encoding="utf-8")


def test_the_timeline_is_split_in_date_order_and_links_to_an_event_go_to_its_part(project: Path,
                                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(citations, "TIMELINE_PAGE_EVENTS", 5)
    derived = pipeline.generate(project, lambda line: None, preview=True)
    docs = project / "build" / "docs"
    count = len(derived.ds.events)
    parts = ["timeline.md"] + [f"timeline/{n}.md" for n in range(2, -(-count // 5) + 1)]
    assert sorted(p.relative_to(docs).as_posix() for p in docs.glob("timeline*/**/*.md")) == sorted(parts[1:])
    listed = [(rel, anchor) for rel in parts
              for anchor in re.findall(r"\{: #event-([a-z0-9-]+) \}", (docs / rel).read_text(encoding="utf-8"))]
    assert [anchor for _, anchor in listed] == [e.id for e in sorted(derived.ds.events, key=lambda e: e.date.order)]
    assert [len([1 for rel, _ in listed if rel == part]) for part in parts] == [5] * (len(parts) - 1) + [count - 5 * (len(parts) - 1)]
    where = {anchor: rel for rel, anchor in listed}
    linked = 0
    for page in docs.rglob("*.md"):
        rel = page.relative_to(docs).as_posix()
        for path, anchor in re.findall(r"\]\(([^)\s#]*)#event-([a-z0-9-]+)\)", page.read_text(encoding="utf-8")):
            target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path)) if path else rel
            assert target == where[anchor], f"{rel}: the link to event {anchor} goes to {target}"
            linked += 1
    assert linked >= count, "home and entity pages list events"


CHART_TABLE = re.compile(r'<details class="bf-chart__data">.*?</details>', re.S)


def test_a_chart_table_lists_every_row_while_it_is_within_the_bound(project: Path) -> None:
    pipeline.generate(project, lambda line: None, preview=True)
    table = CHART_TABLE.search((project / "build" / "docs" / "timeline.md").read_text(encoding="utf-8"))[0]
    assert table.count("<tr><td>") == 15
    assert "rows)</summary>" not in table and "in the order plotted" not in table and "bf-chart__left-out" not in table


def test_a_chart_table_longer_than_the_bound_shows_the_first_rows_and_says_where_every_row_is(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The timeline chart plots every event: its table on a page (its text alternative) lists the first
    rows only, says how many it leaves out, and links the full table and the Timeline part that goes on."""
    monkeypatch.setattr(page_helpers, "CHART_TABLE_ROWS", 5)
    monkeypatch.setattr(citations, "TIMELINE_PAGE_EVENTS", 4)  # the sixth event is on the second part
    derived = pipeline.generate(project, lambda line: None, preview=True)
    docs = project / "build" / "docs"
    events = derived.events_about[None]  # in the order the chart plots them
    with (docs / "assets" / "charts" / "timeline.csv").open(encoding="utf-8") as handle:
        assert [row["figure"] for row in csv.DictReader(handle)] == [e.id for e in events], "the download holds every row"
    for rel in ("timeline.md", "embed/timeline/index.html"):
        html = (docs / rel).read_text(encoding="utf-8")
        table = CHART_TABLE.search(html)[0]
        assert re.findall(r'<th scope="row">([^<]*)</th>', table) == [html_module.escape(e.title) for e in events[:5]]
        assert "(first 5 of 15 rows)</summary>" in table
        assert "the first 5 of 15 rows, in the order plotted</caption>" in table
        assert "the data table below lists the first 5 values, the CSV and JSON downloads all 15)" in html
        sources = {s for e in events for s in e.sources}
        assert (f"Sources: the {len(sources)} sources of the 15 rows plotted, each named with its address in the downloads; "
                "the data table names those of the rows it shows.</figcaption>") in html
        note = re.search(r'<p class="bf-chart__left-out">(.*?)</p>', table)[1]
        assert re.sub(r"<[^>]+>", "", note) == (
            "This table leaves out the other 10 rows: the events after these in date order, from "
            f"{events[5].when}. The full table, every row, is in the downloads: CSV · JSON. The Timeline lists "
            f"every event with its sources, continuing from {html_module.escape(events[5].title)}.")
        base = page_url(rel.removesuffix("index.html") + "index.md" if rel.endswith(".html") else rel)
        links = re.findall(r'href="([^"]+)"', note)
        targets = [posixpath.normpath(posixpath.join(base, link)) for link in links]
        assert targets[:2] == ["assets/charts/timeline.csv", "assets/charts/timeline.json"]
        assert targets[2] == f"timeline/2/#event-{events[5].id}"
        assert f"{{: #event-{events[5].id} }}" in (docs / "timeline" / "2.md").read_text(encoding="utf-8")
    listed = {s for e in events[:5] for s in e.sources}
    on_part_one = [e for e in events if f"{{: #event-{e.id} }}" in (docs / "timeline.md").read_text(encoding="utf-8")]
    listed |= {s for e in on_part_one for s in e.sources} | {s for e in on_part_one for f in e.facts for s in derived.figures[f].sources}
    named = set(re.findall(r"^  id: (.+)$", (docs / "timeline.md").read_text(encoding="utf-8").split("\n---\n")[0], re.M))
    assert {s for e in events[:5] for s in e.sources} <= named == listed, "the page names the sources it shows, not every row's"
