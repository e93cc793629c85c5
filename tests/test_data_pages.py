"""The Data page is split so that no page grows with the whole data set, and every link to a figure's
row lands on the page that lists it."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import pytest
from conftest import copy_project

from generator import citations, derive, load, pipeline, validate


@pytest.fixture(scope="module")
def split_site(tmp_path_factory: pytest.TempPathFactory, built_once: Path) -> Path:
    """The H200 briefing built with at most 50 figures a Data page (it has over 100): four pages."""
    root = copy_project(tmp_path_factory.mktemp("split") / "project", cache_from=built_once / "build" / "cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(citations, "DATA_PAGE_FIGURES", 50)
        pipeline.build(root, lambda line: None)
    return root / "site"


def rows(html: str) -> set[str]:
    return set(re.findall(r'<span id="(fig-[^"]+)"></span>', html))


def test_the_data_page_stays_one_page_for_one_briefing() -> None:
    d = derive.run(validate.run(load.run(Path(__file__).resolve().parent.parent)))
    assert len(d.figures) < citations.DATA_PAGE_FIGURES and citations.data_pages(d) == 1


def test_every_figure_is_listed_on_exactly_one_of_the_pages(split_site: Path) -> None:
    pages = [split_site / "data" / "index.html"] + [split_site / "data" / str(n) / "index.html" for n in (2, 3, 4)]
    listed = [rows(page.read_text()) for page in pages]
    assert not (split_site / "data" / "5").exists()
    assert all(10 < len(found) <= 50 for found in listed), [len(found) for found in listed]
    everything = set().union(*listed)
    assert sum(len(found) for found in listed) == len(everything)
    d = derive.run(validate.run(load.run(split_site.parent)))
    assert everything == {citations.figure_anchor(fid) for fid in d.figures}
    for number, page in enumerate(pages, 1):
        html = page.read_text()
        assert re.search(rf"<h1[^>]*>Data, page {number} of 4<", html)
        assert html.count('href="../') or number == 1
        assert 'downloads/figures.csv"' in html


def test_every_link_to_a_figure_lands_on_the_page_that_lists_it(split_site: Path) -> None:
    found = 0
    for page in split_site.rglob("*.html"):
        base = "http://site/" + page.relative_to(split_site).as_posix()
        for href in re.findall(r'href="([^"]*#fig-[^"]+)"', page.read_text()):
            target, anchor = urljoin(base, href).removeprefix("http://site/").split("#")
            html = (split_site / target / "index.html") if not target.endswith(".html") else split_site / target
            assert anchor in rows(html.read_text()), f"{page.relative_to(split_site)} links {href}, which does not list it"
            found += 1
    assert found > 50  # the sources page, the methodology tables and computed figures' footnotes link rows


def test_a_figure_keeps_its_page_when_others_are_added() -> None:
    anchors = [f"fig-example-{n}" for n in range(1000)]
    before = {a: citations.data_page_of(a, 8) for a in anchors}
    assert len(set(before.values())) == 8
    assert {a: citations.data_page_of(a, 8) for a in anchors[:500]} == {a: before[a] for a in anchors[:500]}
