"""The briefing on a phone (390 px) and on paper: nothing cut, squeezed or shrunk out of reading.

Full-page screenshots of the home page, a chart page and the timeline, on a phone and as printed,
are kept in test-artifacts/screenshots/ for a person to look at; the assertions check what the eye
would: no word broken mid-way, no page wider than the screen, wide tables that say they scroll,
charts that fit with no toolbar over their legend, static images at a readable size, and on paper
tables within the page and charts kept whole.
"""
from __future__ import annotations

from typing import Iterator

import pytest
from conftest import REPO
from playwright.sync_api import Browser, Page
from test_browser import ALL_SETTLED, DRAW_TIMEOUT_MS, Logged

SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}
SHOWN = {"home": "", "performance": "performance/", "timeline": "timeline/"}

# Words of the element's text that the browser broke across two lines.
BROKEN_WORDS = """el => {
  const broken = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of node.textContent.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
      if (tops.size > 1) { broken.push(m[0]); }
    }
  }
  return broken;
}"""


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    ctx = browser.new_context(viewport=PHONE, color_scheme="light", is_mobile=True, has_touch=True, device_scale_factor=2)
    ctx.set_default_timeout(DRAW_TIMEOUT_MS)
    try:
        yield ctx.new_page()
    finally:
        ctx.close()


def open_settled(page: Page, url: str) -> None:
    page.goto(url)
    if page.locator("[data-bf-chart]").count():
        page.wait_for_function(ALL_SETTLED, timeout=DRAW_TIMEOUT_MS)


@pytest.mark.parametrize("name", list(SHOWN))
def test_on_a_phone_nothing_is_cut_or_squeezed(name: str, site_url: str, phone: Page) -> None:
    logged = Logged()
    logged.watch(phone)
    open_settled(phone, site_url + SHOWN[name])
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    phone.screenshot(path=str(SCREENSHOTS / f"phone-{name}.png"), full_page=True)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "the page scrolls sideways"
    assert phone.locator("article h1").first.evaluate(BROKEN_WORDS) == []
    for chart in phone.locator(".bf-chart__live").all():
        box = chart.bounding_box()
        assert box and 300 <= box["width"] <= PHONE["width"], f"chart {box} does not fit the screen"
        assert chart.locator(".modebar").count() == 0, "a phone shows the chart toolbar over the legend"
        assert chart.locator("g.annotation").evaluate_all(
            "notes => notes.filter(n => { const r = n.getBoundingClientRect(); return r.right > innerWidth + 1 || r.left < -1; }).length") == 0
    logged.assert_clean()


def test_a_wide_table_on_a_phone_says_it_scrolls(site_url: str, phone: Page) -> None:
    open_settled(phone, site_url + "performance/")
    wrap = phone.locator(".md-typeset__scrollwrap").first
    assert wrap.evaluate("w => w.scrollWidth > w.clientWidth"), "the spec table fits a phone: pick a wider table"
    assert "bf-overflows" in (wrap.get_attribute("class") or "")
    hint = phone.locator(".md-typeset__scrollwrap.bf-overflows").first.locator("xpath=preceding-sibling::p[1]")
    assert hint.text_content() == "This table is wider than the screen: scroll it sideways to see every column."
    assert hint.is_visible()


def test_without_javascript_a_phone_shows_readable_static_charts(site_url: str, browser: Browser) -> None:
    """The static image keeps a readable size (it scrolls sideways) and leaves no gap under it."""
    ctx = browser.new_context(viewport=PHONE, java_script_enabled=False, is_mobile=True)
    try:
        page = ctx.new_page()
        page.goto(site_url + "volumes/")
        image = page.locator("img.bf-chart__static").first
        image.scroll_into_view_if_needed()
        size = image.evaluate("i => [i.getBoundingClientRect().width, i.getBoundingClientRect().height, i.naturalWidth]")
        holder = page.locator(".bf-chart__plot").first.bounding_box()
        assert size[2] > 0 and size[0] >= 640, f"static chart drawn {size[0]} px wide: its labels are too small to read"
        assert holder and holder["height"] - size[1] < 24, f"{holder['height'] - size[1]} px of gap under the static chart"
    finally:
        ctx.close()


@pytest.mark.parametrize("name", list(SHOWN))
def test_printed_pages_keep_tables_and_charts_whole(name: str, site_url: str, browser: Browser) -> None:
    ctx = browser.new_context(viewport={"width": 794, "height": 1123}, color_scheme="light")  # A4 at 96 dpi
    try:
        page = ctx.new_page()
        open_settled(page, site_url + SHOWN[name])
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")  # as a reader printing it open
        page.emulate_media(media="print")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"print-{name}.png"), full_page=True)
        right = page.locator("article").first.evaluate("a => a.getBoundingClientRect().right")
        cut = page.locator("article table").evaluate_all(
            "(ts, right) => ts.filter(t => t.getBoundingClientRect().right > right + 1 || t.scrollWidth > t.clientWidth + 1)"
            ".map(t => t.querySelector('th') ? t.querySelector('th').textContent : '?')", right)
        assert cut == [], f"tables cut at the right edge when printed: {cut}"
        for figure in page.locator("figure.bf-chart").all():
            assert figure.evaluate("f => getComputedStyle(f).breakInside") == "avoid"
            assert figure.locator("img.bf-chart__static").is_visible()
    finally:
        ctx.close()
