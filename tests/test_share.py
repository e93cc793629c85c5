"""Sharing and citing: each page describes itself, link previews carry absolute addresses built from
the configured site_url (a chart page previews a picture of its chart), each chart offers CSV, JSON,
PNG and SVG and a ready citation naming the edition, and the site has robots.txt and proper icons."""
from __future__ import annotations

import html
import json
import re
import struct
import sys
from pathlib import Path

import pytest
from conftest import REPO, SITE_URL
from test_browser import CHART_PAGES

EDITION = "2026-11-23"


def meta(page: str) -> dict[str, str]:
    """The page's <meta name|property=... content=...> tags, content unescaped."""
    found = re.findall(r'<meta (?:name|property)="([^"]+)" content="([^"]*)"', page)
    return {key: html.unescape(value) for key, value in found}


def pages(site: Path) -> dict[str, str]:
    return {p.parent.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in sorted(site.rglob("index.html"))
            if p.parent.name != "search" and "embed" not in p.relative_to(site).parts}  # embeds are frames, not pages


def png_size(blob: bytes) -> tuple[int, int]:
    assert blob[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", blob[16:24])


def test_every_page_has_its_own_description(built_site: Path) -> None:
    descriptions = {rel: meta(text)["description"] for rel, text in pages(built_site).items()}
    assert len(descriptions) >= 40
    assert len(set(descriptions.values())) == len(descriptions), "two pages share a description"
    assert descriptions["."].startswith("In late January 2026 Beijing cleared ByteDance, Alibaba and Tencent")
    assert all(20 <= len(d) <= 240 for d in descriptions.values()), descriptions  # a first paragraph, cut near 200
    assert not [d for d in descriptions.values() if "[^" in d or "<" in d or "{{" in d]


def test_link_previews_use_absolute_addresses_from_the_configured_site_url(built_site: Path) -> None:
    for rel, text in pages(built_site).items():
        tags = meta(text)
        address = SITE_URL + ("" if rel == "." else rel + "/")
        assert tags["og:url"] == address and f'<link rel="canonical" href="{address}">' in text, rel
        assert tags["og:title"] and tags["twitter:title"] == tags["og:title"]
        assert tags["og:description"] == tags["twitter:description"] == tags["description"]
        assert tags["og:image"].startswith(SITE_URL) and tags["twitter:image"] == tags["og:image"]
        assert (tags["citation_title"], tags["citation_publication_date"], tags["citation_edition"], tags["citation_public_url"]) \
            == (tags["og:title"], "2026/11/23", EDITION, address), rel
        image = built_site / tags["og:image"].removeprefix(SITE_URL)
        assert image.is_file(), f"{rel}: preview image {tags['og:image']} is not in the site"


@pytest.mark.parametrize("name", CHART_PAGES, ids=CHART_PAGES)
def test_a_chart_page_previews_a_picture_of_its_chart(built_site: Path, name: str) -> None:
    text = (built_site / name / "index.html").read_text()
    first_chart = re.search(r'data-bf-chart="\.\./assets/charts/([a-z0-9-]+)\.plot\.json"', text)[1]
    tags = meta(text)
    assert tags["og:image"] == f"{SITE_URL}assets/charts/{first_chart}.png"
    assert tags["twitter:card"] == "summary_large_image"
    title = re.search(rf'id="chart-{first_chart}-title"><strong>(.*?)</strong>', text)[1]
    assert tags["og:image:alt"] == html.unescape(title)
    width, height = png_size((built_site / "assets" / "charts" / f"{first_chart}.png").read_bytes())
    assert width == 1520 and height >= 840


def test_each_chart_offers_png_beside_csv_json_svg_and_a_citation(built_site: Path) -> None:
    text = (built_site / "performance" / "index.html").read_text()
    figure = text[text.index('id="chart-tpp-thresholds"'):]
    figure = figure[: figure.index("</figure>")]
    for suffix in (".csv", ".json", ".png", ".svg"):
        assert f'href="../assets/charts/tpp-thresholds{suffix}" download' in figure
    citation = re.sub(r"<[^>]+>", "", re.search(r'<p class="bf-chart__citation">(.*?)</p>', figure, re.S)[1])
    assert citation == (
        "“Total Processing Performance against export-control thresholds”, chart in China and the Nvidia H200: "
        f"a sourced briefing, edition {EDITION} (23 November 2026). Data as of February 2026. "
        f"{SITE_URL}performance/#chart-tpp-thresholds")


def test_no_citation_placeholder_is_left_anywhere(built_site: Path) -> None:
    """The theme fills each citation's address and site name; the search index leaves citations out."""
    left = [p.relative_to(built_site).as_posix() for p in built_site.rglob("*")
            if p.suffix in (".html", ".json", ".xml", ".txt") and "@@bf-" in p.read_text(encoding="utf-8")]
    assert left == []


def test_robots_txt_points_at_the_sitemap(built_site: Path) -> None:
    assert (built_site / "robots.txt").read_text().split("\n") == [
        "User-agent: *", "Allow: /", f"Sitemap: {SITE_URL}sitemap.xml", ""]


def test_icons_in_every_size_and_made_from_one_drawing(built_site: Path) -> None:
    home = (built_site / "index.html").read_text()
    assert '<link rel="icon" href="assets/briefing/favicon.svg">' in home
    assert '<link rel="apple-touch-icon" sizes="180x180" href="assets/briefing/icon-180.png">' in home
    assert '<link rel="manifest" href="site.webmanifest">' in home
    manifest = json.loads((built_site / "site.webmanifest").read_text())
    assert manifest["name"] == "China and the Nvidia H200: a sourced briefing"
    assert [(i["src"], i["sizes"]) for i in manifest["icons"]] == [("assets/briefing/icon-192.png", "192x192"),
                                                                   ("assets/briefing/icon-512.png", "512x512")]
    folder = built_site / "assets" / "briefing"
    for size in (180, 192, 512):
        assert png_size((folder / f"icon-{size}.png").read_bytes()) == (size, size)
    sys.path.insert(0, str(REPO / "scripts"))
    import make_icons

    assert {name: (folder / name).read_bytes() for name in make_icons.icons()} == make_icons.icons(), \
        "the committed icons differ from what scripts/make_icons.py draws: run it"
