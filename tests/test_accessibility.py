"""Accessibility: axe-core (pinned in package.json) finds no critical or serious violation on any
page of the published briefing, in the light and in the dark palette, with the charts drawn."""
from __future__ import annotations

from pathlib import Path

from conftest import REPO
from playwright.sync_api import Browser, Page
from test_browser import ALL_SETTLED, DRAW_TIMEOUT_MS

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("critical", "serious")
COLOUR_RULES = ["color-contrast", "link-in-text-block"]  # the rules whose outcome a palette can change
SCHEMES = {"default": "light", "slate": "dark"}  # Material's name for each palette -> the reader's

# Every violation of the blocking impacts of the given rules (all, without), one line per rule with up
# to three offending elements.
RUN_AXE = """async rules => {
  const options = rules ? {runOnly: {type: "rule", values: rules}, resultTypes: ["violations"]} : {resultTypes: ["violations"]};
  const result = await axe.run(document, options);
  return result.violations.filter(v => ["critical", "serious"].includes(v.impact)).map(v =>
    `${v.impact} ${v.id} (${v.nodes.length}): ${v.help}; e.g. ` +
    v.nodes.slice(0, 3).map(n => n.target.join(" ") + " " + (n.failureSummary || "").split("\\n").slice(1, 2).join("")).join(" | "));
}"""
SETTLED = "() => !document.querySelector('[data-bf-chart]') || (" + ALL_SETTLED + ")()"
# A reader's click on a link to ``target`` (Material's instant navigation fetches the page and swaps its
# content into the open document), and the sign it has arrived: the address is the target's and the
# content is no longer the content left.
CLICK = """target => {
  window.__bfLeft = document.querySelector("[data-md-component=container]");
  const link = Object.assign(document.createElement("a"), {href: target});
  document.body.append(link);
  link.click();
  link.remove();
}"""
ARRIVED = """target => location.href === target && document.querySelector("[data-md-component=container]") !== window.__bfLeft"""


def pages_of(site: Path) -> list[str]:
    """Every page's address below the site's, the embedded charts (pages without the site around them) last."""
    return sorted((p.parent.relative_to(site).as_posix().removeprefix(".") + "/" for p in site.rglob("index.html")
                   if p.parent != site / "search"), key=lambda rel: (rel.startswith("embed/"), rel))


def open_page(page: Page, url: str) -> None:
    """Open ``url`` as a reader would from the page shown: by a click where Material's instant navigation
    runs (the document, and axe in it, stay), else by loading it."""
    if page.url != url and page.evaluate("() => 'location$' in window") and "/embed/" not in url:
        page.evaluate(CLICK, url)
        page.wait_for_function(ARRIVED, arg=url)
    elif page.url != url:
        page.goto(url)


def test_no_serious_or_critical_violation_on_any_page_in_either_palette(built_site: Path, site_url: str, browser: Browser) -> None:
    """Each page is checked against every rule in the palette it opens with, then switched to the other
    palette (Material's toggle, whose choice the next page keeps; an embedded chart's ``?theme=``) and
    checked against the colour rules there, charts re-coloured: the full rules meet both palettes by turns."""
    pages = pages_of(built_site)
    assert len(pages) >= 40 and "/" in pages and "timeline/" in pages
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    found, checked = [], []
    try:
        page = ctx.new_page()
        page.goto(site_url)
        page.wait_for_load_state("networkidle")  # Material reads the sitemap first; until then clicks reload
        for rel in pages:
            open_page(page, site_url + rel.lstrip("/"))
            for rules in (None, COLOUR_RULES):
                page.wait_for_function(SETTLED, timeout=DRAW_TIMEOUT_MS)
                if not page.evaluate("() => 'axe' in window"):  # instant navigation and the palette switch keep the document, and axe in it
                    page.add_script_tag(path=str(AXE))
                material = page.get_attribute("body", "data-md-color-scheme")
                found += [f"{rel} ({SCHEMES[material]}): {line}" for line in page.evaluate(RUN_AXE, rules)]
                checked.append((rel, SCHEMES[material], rules is None))
                toggle = page.locator('form[data-md-component="palette"] label:visible')
                if rules is not None:
                    break
                if toggle.count():  # clicked from script: a pointer left on the toggle would fade its tooltip in mid-check
                    toggle.evaluate("label => label.click()")
                    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') !== {material!r}")
                else:  # an embedded chart, without the site around it
                    page.goto(site_url + rel.lstrip("/") + "?theme=" + ("dark" if material == "default" else "light"))
    finally:
        ctx.close()
    assert all({scheme for r, scheme, _ in checked if r == rel} == {"light", "dark"} for rel in pages), checked
    assert {scheme for _, scheme, every_rule in checked if every_rule} == {"light", "dark"}
    assert found == [], f"{len(found)} blocking violations:\n" + "\n".join(found)
