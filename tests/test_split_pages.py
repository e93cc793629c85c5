"""The Sources page and the Timeline grow with the data set, so they are split in parts like the Data
page, and every link to a source or an event goes to the part that lists it."""
from __future__ import annotations

import posixpath
import re
from pathlib import Path

import pytest

from generator import citations, pipeline
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
