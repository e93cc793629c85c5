"""Accessibility: axe-core (pinned in package.json) finds no critical or serious violation on any
page of the published briefing, in the light and in the dark palette, with the charts drawn."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO
from playwright.sync_api import Browser
from test_browser import ALL_SETTLED, DRAW_TIMEOUT_MS

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("critical", "serious")

# Every violation of the blocking impacts, one line per rule with up to three offending elements.
RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.filter(v => ["critical", "serious"].includes(v.impact)).map(v =>
    `${v.impact} ${v.id} (${v.nodes.length}): ${v.help}; e.g. ` +
    v.nodes.slice(0, 3).map(n => n.target.join(" ") + " " + (n.failureSummary || "").split("\\n").slice(1, 2).join("")).join(" | "));
}"""


def pages_of(site: Path) -> list[str]:
    return sorted(p.parent.relative_to(site).as_posix().removeprefix(".") + "/" for p in site.rglob("index.html")
                  if p.parent != site / "search")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_or_critical_violation_on_any_page(built_site: Path, site_url: str, browser: Browser, scheme: str) -> None:
    pages = pages_of(built_site)
    assert len(pages) >= 40 and "/" in pages and "timeline/" in pages
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    found = []
    try:
        page = ctx.new_page()
        for rel in pages:
            page.goto(site_url + rel.lstrip("/"))
            assert page.get_attribute("body", "data-md-color-scheme") == ("slate" if scheme == "dark" else "default")
            if page.locator("[data-bf-chart]").count():
                page.wait_for_function(ALL_SETTLED, timeout=DRAW_TIMEOUT_MS)
            page.add_script_tag(path=str(AXE))
            found += [f"{rel}: {line}" for line in page.evaluate(RUN_AXE)]
    finally:
        ctx.close()
    assert found == [], f"{len(found)} blocking violations ({scheme}):\n" + "\n".join(found)
