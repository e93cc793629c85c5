"""The published briefing in a real browser: charts draw, survive navigation, follow the palette.

The real briefing is built once (``built_site``), served over HTTP from 127.0.0.1 and opened in
Debian's Chromium through Playwright. Each test opens its own browser context, so no state
(palette choice, cached figures, scroll position) leaks between tests.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pytest
from conftest import REPO
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from generator.charts import BUNDLE_TRACES

SCREENSHOTS = REPO / "test-artifacts" / "screenshots"

# The pages that carry charts, as folders of the built site. test_chart_pages_are_the_known_ones
# checks this list against the built site, so a new chart page cannot go untested.
CHART_PAGES = ["volumes", "us-decision", "performance", "timeline"]
CHART_PAGES_IN_NAV_ORDER = ["us-decision", "volumes", "performance", "timeline"]

DRAW_TIMEOUT_MS = 15_000

# True once every chart placeholder on the page has settled: drawn live, or kept static on failure.
ALL_SETTLED = """() => {
  const holders = [...document.querySelectorAll("[data-bf-chart]")];
  return holders.length > 0 && holders.every(h => ["drawn", "static"].includes(h.getAttribute("data-bf-state")));
}"""

# For each placeholder: its state and how many marks (bars, points, lines, slices) its live plot shows.
CHART_REPORT = """() => [...document.querySelectorAll("[data-bf-chart]")].map(h => {
  const live = h.querySelector(":scope > .bf-chart__live");
  const marks = live ? live.querySelectorAll(
    "svg.main-svg .barlayer path, svg.main-svg .barlayer rect, svg.main-svg .scatterlayer path.point, " +
    "svg.main-svg .scatterlayer path.js-line, svg.main-svg .pielayer path.surface").length : 0;
  return {chart: h.getAttribute("data-bf-chart"), state: h.getAttribute("data-bf-state"),
          live: live !== null, marks: marks};
})"""


def chart_pages_in(site: Path) -> list[str]:
    """Folders of the built site whose page holds at least one chart placeholder."""
    return sorted(p.parent.relative_to(site).as_posix() for p in site.rglob("index.html")
                  if "data-bf-chart" in p.read_text(encoding="utf-8") and "embed" not in p.relative_to(site).parts)


# -- fixtures -------------------------------------------------------------------------------------

@dataclass
class Logged:
    """What a page reported while a test used it: console errors and uncaught exceptions."""
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> Page:
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.page_errors.append(f"{page.url}: {error}"))
        return page

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.console_errors.append(f"{message.location.get('url', '')}: {message.text}")

    def assert_clean(self) -> None:
        assert self.console_errors == [], "console errors:\n" + "\n".join(self.console_errors)
        assert self.page_errors == [], "uncaught page errors:\n" + "\n".join(self.page_errors)


@pytest.fixture
def logged() -> Logged:
    return Logged()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    ctx.set_default_timeout(DRAW_TIMEOUT_MS)
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def page(context: BrowserContext, logged: Logged) -> Page:
    return logged.watch(context.new_page())


# -- helpers --------------------------------------------------------------------------------------

def wait_all_drawn(page: Page) -> list[dict]:
    """Wait until every chart on the page has settled; assert each was drawn with visible marks."""
    try:
        page.wait_for_function(ALL_SETTLED, timeout=DRAW_TIMEOUT_MS)
    except PlaywrightTimeout:
        pytest.fail(f"{page.url}: charts not settled after {DRAW_TIMEOUT_MS} ms: {page.evaluate(CHART_REPORT)}")
    report = page.evaluate(CHART_REPORT)
    for chart in report:
        assert chart["state"] == "drawn", f"{page.url}: chart {chart['chart']} was not drawn: {chart}"
        assert chart["live"] and chart["marks"] > 0, f"{page.url}: chart {chart['chart']} drew no marks: {chart}"
    return report


def tick_fill(page: Page) -> str:
    """The fill of the first x-axis tick label of the first drawn chart that has an x axis."""
    return page.locator(".bf-chart__live .xtick text").first.evaluate("el => getComputedStyle(el).fill")


# -- tests ----------------------------------------------------------------------------------------

def test_chart_pages_are_the_known_ones(built_site: Path) -> None:
    """The pages these tests open are exactly the built site's pages that hold charts."""
    assert chart_pages_in(built_site) == sorted(CHART_PAGES)


@pytest.mark.parametrize("name", CHART_PAGES, ids=CHART_PAGES)
def test_every_chart_page_draws_every_chart(name: str, site_url: str, page: Page, logged: Logged) -> None:
    """Opened fresh, a chart page draws each of its charts live with Plotly, with visible marks,
    and logs no console error or uncaught exception. A screenshot of each page is kept."""
    page.goto(f"{site_url}{name}/")
    report = wait_all_drawn(page)
    assert len(report) == page.locator("[data-bf-chart]").count() >= 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    logged.assert_clean()


# What a reader's eye sees of each drawn chart: Plotly's global stylesheet, the modebar's opacity,
# annotations that stray outside the chart's box, and the fill of threshold labels and tick labels.
CHART_HEALTH = """() => {
  const style = document.getElementById("plotly.js-style-global");
  const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  const inside = (r, box) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
  return {
    rules: style && style.sheet ? style.sheet.cssRules.length : 0,
    plotly: typeof Plotly !== "undefined",
    charts: [...document.querySelectorAll(".bf-chart__live")].map(live => {
      const box = live.getBoundingClientRect();
      const notes = [...live.querySelectorAll("g.annotation")];
      const modebar = live.querySelector(".modebar-group");
      const tick = live.querySelector(".xtick text, .ytick text");
      return {
        chart: live.parentElement.getAttribute("data-bf-chart"),
        annotations: notes.length,
        outside: notes.filter(a => !inside(a.getBoundingClientRect(), box)).map(a => a.textContent),
        onMarks: notes.filter(a => [...live.querySelectorAll(".barlayer .point path, .xtick text, .ytick text")]
          .some(m => overlap(a.getBoundingClientRect(), m.getBoundingClientRect()))).map(a => a.textContent),
        noteFills: [...new Set(notes.map(a => getComputedStyle(a.querySelector("text")).fill))],
        tickFill: tick ? getComputedStyle(tick).fill : null,
        modebar: modebar ? getComputedStyle(modebar).opacity : null,
      };
    }),
  };
}"""


def assert_charts_whole(page: Page, rules: int) -> dict:
    """Every chart on the page drawn, Plotly's stylesheet holding all its rules, the modebar hidden,
    annotations inside their chart's box and drawn in the text colour; returns the health report."""
    wait_all_drawn(page)
    try:  # the modebar fades out over 0.3 s once the pointer has left a chart
        page.wait_for_function("() => [...document.querySelectorAll('.bf-chart__live .modebar-group')]"
                               ".every(g => getComputedStyle(g).opacity === '0')", timeout=3_000)
    except PlaywrightTimeout:
        pass  # reported below, chart by chart
    health = page.evaluate(CHART_HEALTH)
    assert health["rules"] == rules, f"{page.url}: Plotly's stylesheet has {health['rules']} rules, not {rules}"
    for chart in health["charts"]:
        assert chart["modebar"] == "0", f"{page.url}: {chart['chart']} shows its modebar before any hover"
        assert chart["outside"] == [], f"{page.url}: {chart['chart']} draws annotations outside its box: {chart['outside']}"
        assert chart["onMarks"] == [], f"{page.url}: {chart['chart']} labels sit on bars or tick labels: {chart['onMarks']}"
        assert chart["noteFills"] in ([], [chart["tickFill"]]), f"{page.url}: {chart['chart']} labels {chart}"
    return health


def hover_first_point(page: Page) -> None:
    """Move the mouse onto the first chart's first mark: the modebar and the tooltip must appear."""
    live = page.locator(".bf-chart__live").first
    live.scroll_into_view_if_needed()
    point = live.locator(".barlayer .point path, .scatterlayer .point").first
    box = point.bounding_box()
    assert box is not None, f"{page.url}: the first chart has no visible mark"
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    try:
        live.locator(".hoverlayer .hovertext").first.wait_for(state="visible", timeout=5_000)
        page.wait_for_function("el => getComputedStyle(el.querySelector('.modebar-group')).opacity === '1'",
                               arg=live.element_handle(), timeout=5_000)
    except PlaywrightTimeout:
        pytest.fail(f"{page.url}: hovering a point showed no tooltip or no modebar")
    page.mouse.move(0, 0)


def arrived(page: Page, site_url: str, name: str) -> None:
    """Wait until instant navigation has swapped in page ``name`` (its address changes first)."""
    page.wait_for_url(f"{site_url}{name}/")
    page.wait_for_function("name => document.querySelector(`.md-nav__link--active[href$='${name}/']`) !== null", arg=name)


def nav_click(page: Page, site_url: str, name: str) -> None:
    page.locator(f'.md-sidebar--primary a.md-nav__link[href$="{name}/"]').first.click()
    arrived(page, site_url, name)


def test_a_reader_clicks_through_every_chart_page_and_back(site_url: str, context: BrowserContext, logged: Logged) -> None:
    """At the site's configured address (instant navigation on), a reader clicks from the home page
    through every chart page, switches the palette, and goes back page by page with the back button.
    At every stop each chart is whole: Plotly's stylesheet keeps all its rules, the modebar stays hidden
    until the pointer is over the chart, annotations lie inside the chart and take the text colour, and
    hovering a point shows its tooltip. Plotly is fetched once, and not at all on the home page."""
    plotly_fetches: list[str] = []
    context.on("request", lambda r: plotly_fetches.append(r.url) if r.url.endswith("plotly-basic.min.js") else None)
    page = logged.watch(context.new_page())
    page.goto(site_url)
    page.wait_for_load_state("networkidle")  # Material reads the sitemap first; until then clicks reload
    page.evaluate("window.__bfMarker = 1")
    assert page.evaluate(CHART_HEALTH)["plotly"] is False and plotly_fetches == []

    rules = None
    for name in CHART_PAGES_IN_NAV_ORDER:
        nav_click(page, site_url, name)
        assert page.evaluate("window.__bfMarker") == 1, f"the click to {name}/ reloaded the page: no instant navigation"
        wait_all_drawn(page)
        rules = rules or page.evaluate(CHART_HEALTH)["rules"]
        assert rules > 50, f"Plotly's global stylesheet has only {rules} rules"
        assert_charts_whole(page, rules)
        hover_first_point(page)

    scheme, fill = page.get_attribute("body", "data-md-color-scheme"), tick_fill(page)
    page.locator('form[data-md-component="palette"] label:visible').click()
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') !== {scheme!r}")
    page.wait_for_function("before => getComputedStyle(document.querySelector('.bf-chart__live .xtick text')).fill !== before",
                           arg=fill)
    assert_charts_whole(page, rules)  # threshold labels too take the new text colour

    for name in reversed(CHART_PAGES_IN_NAV_ORDER[:-1]):
        page.go_back()
        page.wait_for_url(f"{site_url}{name}/")
        page.wait_for_function(f"document.querySelector('.md-nav__link--active[href$=\"{name}/\"]') !== null")
        assert page.evaluate("window.__bfMarker") == 1, f"going back to {name}/ reloaded the page"
        assert_charts_whole(page, rules)
        hover_first_point(page)
    page.go_back()
    page.wait_for_url(site_url)
    assert page.evaluate("window.__bfMarker") == 1
    assert plotly_fetches == [f"{site_url}assets/vendor/plotly-basic.min.js"]
    logged.assert_clean()


def test_published_sitemap_lists_the_pages(built_site: Path) -> None:
    """navigation.instant is on, and Material intercepts only links its sitemap lists: the published
    sitemap.xml must list the site's pages, or every click is a full page load."""
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    for name in CHART_PAGES:
        assert f"/{name}/</loc>" in sitemap, f"sitemap.xml does not list {name}/"


def test_palette_toggle_rethemes_charts(site_url: str, page: Page, logged: Logged) -> None:
    """Switching Material's palette switches the colour scheme and re-colours drawn charts' text."""
    page.goto(f"{site_url}volumes/")
    wait_all_drawn(page)
    scheme_before = page.get_attribute("body", "data-md-color-scheme")
    fill_before = tick_fill(page)

    page.locator('form[data-md-component="palette"] label:visible').click()
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') !== {scheme_before!r}")
    try:
        page.wait_for_function(
            "before => { const t = document.querySelector('.bf-chart__live .xtick text');"
            " return t !== null && getComputedStyle(t).fill !== before; }", arg=fill_before, timeout=5_000)
    except PlaywrightTimeout:
        pytest.fail(f"tick labels kept fill {fill_before} after the palette changed from {scheme_before!r}")

    scheme_after = page.get_attribute("body", "data-md-color-scheme")
    assert {scheme_before, scheme_after} == {"default", "slate"}
    assert tick_fill(page) != fill_before
    logged.assert_clean()


def test_charts_fit_a_phone_screen(site_url: str, browser: Browser) -> None:
    """At a phone's width (375 px) a drawn chart is resized to the screen, not clipped or shrunk."""
    ctx = browser.new_context(viewport={"width": 375, "height": 740}, color_scheme="light", is_mobile=True)
    logged = Logged()
    try:
        page = logged.watch(ctx.new_page())
        page.goto(f"{site_url}volumes/")
        wait_all_drawn(page)
        widths = page.eval_on_selector_all(".bf-chart__live svg.main-svg:first-of-type",
                                           "svgs => svgs.map(s => s.getBoundingClientRect().width)")
        assert widths, "no drawn chart on the page"
        for width in widths:
            assert 200 < width <= 375, f"chart is {width}px wide on a 375px screen"
        logged.assert_clean()
    finally:
        ctx.close()


def test_plotly_bundle_has_the_declared_trace_types(site_url: str, page: Page) -> None:
    """The self-hosted Plotly bundle provides every trace type the generator allows in a chart."""
    page.goto(f"{site_url}volumes/")
    page.wait_for_function("typeof Plotly !== 'undefined'")
    traces = set(page.evaluate("Object.keys(Plotly.PlotSchema.get().traces)"))
    assert BUNDLE_TRACES <= traces, f"bundle lacks {sorted(BUNDLE_TRACES - traces)}"


@pytest.mark.parametrize("name", CHART_PAGES, ids=CHART_PAGES)
def test_static_charts_show_without_javascript(name: str, site_url: str, browser: Browser) -> None:
    """With JavaScript off, every chart placeholder shows its static SVG image, and the image loads."""
    ctx = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    try:
        page = ctx.new_page()
        page.goto(f"{site_url}{name}/")
        images = page.locator("[data-bf-chart] > img.bf-chart__static")
        assert images.count() == page.locator("[data-bf-chart]").count() >= 1
        for i in range(images.count()):
            image = images.nth(i)
            image.scroll_into_view_if_needed()
            assert image.is_visible(), f"{name}/: static chart {image.get_attribute('src')} is hidden"
            natural = image.evaluate("img => img.complete ? img.naturalWidth : -1")
            assert natural > 0, f"{name}/: static chart {image.get_attribute('src')} did not load ({natural})"
    finally:
        ctx.close()
