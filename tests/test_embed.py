"""Embeddable charts: each chart has a page of its own (embed/<id>/) with no site navigation,
drawn in headless Chromium at a narrow and a wide iframe size, light or dark; the site's "Cite this
chart" block offers the iframe snippet at the edition's own address. Screenshots are kept in
test-artifacts/screenshots/."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import REPO, free_port, serve

from generator import cli

SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
PORT = free_port()


@pytest.fixture(scope="module")
def ev_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = Path(shutil.copytree(REPO / "tests" / "fixtures" / "ev-duties", tmp_path_factory.mktemp("embed") / "ev"))
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace('site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]',
                                                 f"site_url: http://127.0.0.1:{PORT}/"))
    assert cli.main(["build", "--root", str(root)]) == 0
    return root / "site"


@pytest.mark.parametrize("width, height, theme", [(400, 300, "light"), (1200, 700, "dark")])
def test_an_embedded_chart_draws_without_the_site_around_it(ev_site: Path, browser, width: int, height: int, theme: str) -> None:
    with serve(ev_site, PORT) as base:
        page = browser.new_page(viewport={"width": width, "height": height})
        failed: list[str] = []
        page.on("requestfailed", lambda request: failed.append(request.url))
        page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
        page.goto(f"{base}embed/duties/?theme={theme}")
        page.wait_for_selector('.bf-chart__plot[data-bf-state="drawn"] .main-svg', timeout=20_000)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"embed-{width}x{height}-{theme}.png"), full_page=True)
        assert page.locator(".md-header, .md-sidebar, .md-footer").count() == 0, "no site chrome"
        assert page.evaluate("document.body.dataset.mdColorScheme") == ("slate" if theme == "dark" else "default")
        plot = page.locator(".main-svg").first.bounding_box()
        assert plot["width"] <= width and plot["width"] > width * 0.8, plot  # the chart fills the frame's width
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        caption = page.locator(".bf-chart__caption").inner_text()
        assert caption.startswith("Data as of 29 October 2024. Sources: European Commission (4 July 2024)")
        assert page.locator(".bf-embed__from").inner_text() == "From the briefing, edition 2024-10 (30 October 2024)."
        downloads = page.locator(".bf-chart__downloads a").evaluate_all("links => links.map(a => a.textContent)")
        assert downloads == ["CSV", "JSON", "PNG", "SVG"]
        assert failed == []
        page.close()


def test_the_site_offers_the_iframe_at_the_editions_address(ev_site: Path) -> None:
    home = (ev_site / "index.html").read_text()
    assert (f'&lt;iframe src="http://127.0.0.1:{PORT}/embed/duties/" title="EU countervailing duties on Chinese electric cars, '
            'provisional and definitive" width="100%" height="620" style="border:0"&gt;&lt;/iframe&gt;') in home
    embed = (ev_site / "embed" / "duties" / "index.html").read_text()
    assert '<meta name="robots" content="noindex">' in embed and "Cite this chart" not in embed
