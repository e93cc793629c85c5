"""The Atom feed of editions: one entry per edition, newest first, with what changed (a value
revised old → new, a fact added, one withdrawn), read back with a feed library as a reader's
feed software would."""
from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

import feedparser
import pytest
from conftest import EV_DUTIES, REPO, ev_second_edition

from generator import pipeline

SITE = "https://desk.example.org/ev/"
@pytest.fixture(scope="module")
def two_editions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The EV duties briefing in a first edition, then a second one in which BYD's definitive duty
    was revised, a fact was added and the derived SAIC cut withdrawn."""
    root = Path(shutil.copytree(EV_DUTIES, tmp_path_factory.mktemp("feed") / "ev"))
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace('site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]', f"site_url: {SITE}"))
    ev_second_edition(root)
    pipeline.generate(root, lambda line: None, preview=True)
    return root


def test_the_feed_has_an_entry_per_edition_newest_first_with_stable_ids(two_editions: Path) -> None:
    feed = feedparser.parse((two_editions / "build" / "docs" / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert feed.feed.id == f"{SITE}latest/feed.xml"
    assert feed.feed.title == "EU duties on Chinese electric cars: editions"
    assert feed.feed.updated == "2024-11-15T00:00:00Z", "the feed was last updated by its newest edition"
    assert [(e.id, e.title, e.updated, e.link) for e in feed.entries] == [
        (f"{SITE}2024-11/", "Edition 2024-11, 15 November 2024", "2024-11-15T00:00:00Z", f"{SITE}2024-11/changes/"),
        (f"{SITE}2024-10/", "Edition 2024-10, 30 October 2024", "2024-10-30T00:00:00Z", f"{SITE}2024-10/changes/")]
    assert feed.entries[0].summary == "BYD's duty revised; Tesla's added."


def test_an_entry_lists_what_the_edition_changed(two_editions: Path) -> None:
    newest, first = feedparser.parse((two_editions / "build" / "docs" / "feed.xml").read_bytes()).entries
    items = [html.unescape(li.split("</li>")[0]) for li in newest.content[0].value.split("<li>")[1:]]
    assert items == ["Revised: BYD: Definitive duty (October 2024): 17% → 17.1%",
                     "Added: The EU's definitive countervailing duty on battery electric vehicles made by Tesla in China is 7.8%.",
                     "Withdrawn: Cut in SAIC's duty from provisional to definitive"]
    assert "Since edition 2024-10:" in newest.content[0].value
    assert "The first edition." in first.content[0].value


def test_pages_announce_the_feed_and_what_changed_links_it(two_editions: Path) -> None:
    changes = (two_editions / "build" / "docs" / "changes.md").read_text()
    assert "[Atom feed of editions](feed.xml)" in changes
    head = (REPO / "site_theme" / "main.html").read_text()
    assert '<link rel="alternate" type="application/atom+xml"' in head and "'feed.xml' | url" in head


def test_without_a_site_address_there_is_no_feed(tmp_path: Path) -> None:
    root = Path(shutil.copytree(EV_DUTIES, tmp_path / "ev"))
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace('site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]\n', ""))
    pipeline.generate(root, lambda line: None, preview=True)
    assert not (root / "build" / "docs" / "feed.xml").exists()
    assert "feed.xml" not in (root / "build" / "docs" / "changes.md").read_text()


def test_the_feed_is_the_same_whatever_another_library_registered_for_its_namespace(two_editions: Path, tmp_path: Path) -> None:
    """ElementTree's namespace registry is global: a library that registers a prefix for Atom's
    namespace (as WeasyPrint's import once dropped the feed's) must not change the feed's bytes."""
    import xml.etree.ElementTree as ET

    from generator import feed

    root = Path(shutil.copytree(two_editions, tmp_path / "ev", symlinks=True))
    pipeline.generate(root, lambda line: None, preview=True)
    alone = (root / "build" / "docs" / "feed.xml").read_bytes()
    try:
        ET.register_namespace("atom", feed.ATOM)
        pipeline.generate(root, lambda line: None, preview=True)
    finally:
        ET._namespace_map.pop(feed.ATOM, None)
    assert (root / "build" / "docs" / "feed.xml").read_bytes() == alone
    assert alone.startswith(b"<?xml version='1.0' encoding='utf-8'?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">")


def test_a_status_change_reads_from_the_old_status_to_the_new(tmp_path: Path) -> None:
    """An entry names a changed status in the order it changed, as a revised value reads old → new."""
    from generator import derive, editions, feed, load, validate

    root = Path(shutil.copytree(EV_DUTIES, tmp_path / "ev"))
    d = derive.run(validate.run(load.run(root)))
    now = editions.snapshot(d)
    before = json.loads(json.dumps(now))
    row = next(r for r in before["figures"] if r["id"] == "sampled-producers")
    assert row["status"] == "confirmed"
    row["status"] = "reported"
    changes = editions.compare("2024-09", "", before, now)
    entry = feedparser.parse(feed.atom("Site", SITE, [(d.ds.edition, changes)], d.ds.registry)).entries[0]
    items = [html.unescape(li.split("</li>")[0]) for li in entry.content[0].value.split("<li>")[1:]]
    assert items == [f"Status changed: {row['statement'].rstrip('.')}: reported → confirmed"]


def test_an_edition_that_changed_no_figure_says_so(tmp_path: Path) -> None:
    from generator import derive, editions, feed, load, validate

    root = Path(shutil.copytree(EV_DUTIES, tmp_path / "ev"))
    d = derive.run(validate.run(load.run(root)))
    now = editions.snapshot(d)
    entry = feedparser.parse(feed.atom("Site", SITE, [(d.ds.edition, editions.compare("2024-09", "", now, now))], d.ds.registry)).entries[0]
    assert entry.content[0].value.endswith("<p>Since edition 2024-09:</p><ul><li>No figure changed.</li></ul>")
