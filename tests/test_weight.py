"""What a reader's browser downloads: the home page stays light (no Plotly), a chart page stays
under its budget, and Plotly is one cached bundle fetched once per visit.

Sizes are what a compressing web server would send: each response body gzipped (level 6),
summed over every request of a first visit with an empty cache.
"""
from __future__ import annotations

import gzip

import pytest
from playwright.sync_api import Browser, Response
from test_browser import ALL_SETTLED, CHART_PAGES, DRAW_TIMEOUT_MS

HOME_BUDGET_KB = 120
CHART_PAGE_BUDGET_KB = 600


def first_visit(browser: Browser, url: str) -> dict[str, int]:
    """Every response of a first visit, with everything settled: URL -> gzipped size in bytes."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    sizes: dict[str, int] = {}

    def record(response: Response) -> None:
        if response.ok and response.request.method == "GET":
            sizes[response.url] = len(gzip.compress(response.body(), compresslevel=6, mtime=0))

    try:
        page = ctx.new_page()
        page.on("response", record)
        page.goto(url)
        if page.locator("[data-bf-chart]").count():
            page.wait_for_function(ALL_SETTLED, timeout=DRAW_TIMEOUT_MS)
        page.wait_for_load_state("networkidle")
    finally:
        ctx.close()
    return sizes


def report(sizes: dict[str, int]) -> str:
    return "\n".join(f"{size / 1024:8.1f} KB  {url}" for url, size in sorted(sizes.items(), key=lambda kv: -kv[1]))


def test_the_home_page_is_light(site_url: str, browser: Browser) -> None:
    sizes = first_visit(browser, site_url)
    assert not [url for url in sizes if "plotly" in url], "the home page has no chart but fetched Plotly"
    total = sum(sizes.values()) / 1024
    assert total <= HOME_BUDGET_KB, f"home page: {total:.0f} KB gzip on a first visit:\n{report(sizes)}"


@pytest.mark.parametrize("name", CHART_PAGES, ids=CHART_PAGES)
def test_a_chart_page_stays_within_budget(name: str, site_url: str, browser: Browser) -> None:
    sizes = first_visit(browser, f"{site_url}{name}/")
    assert [url for url in sizes if "plotly" in url] == [f"{site_url}assets/vendor/plotly-basic.min.js"]
    total = sum(sizes.values()) / 1024
    assert total <= CHART_PAGE_BUDGET_KB, f"{name}/: {total:.0f} KB gzip on a first visit:\n{report(sizes)}"
