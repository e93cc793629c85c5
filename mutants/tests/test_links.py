"""Every internal link and anchor in the built site resolves, checked on the built HTML."""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        for name in ("href", "src"):
            if values.get(name) and not (tag == "link" and values.get("rel") == "canonical"):
                self.links.append(values[name])


def parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def resolve(site: Path, page: Path, link: str) -> tuple[Path, str]:
    parts = urlsplit(link)
    base = site.resolve() if parts.path.startswith("/") else page.parent  # 404.html links from the root
    target = (base / unquote(parts.path).lstrip("/")).resolve() if parts.path else page
    if target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


def test_every_internal_link_and_anchor_resolves(built_site: Path) -> None:
    pages = {p.resolve(): parse(p) for p in built_site.rglob("*.html")}
    broken = []
    for page, found in pages.items():
        for link in found.links:
            if urlsplit(link).scheme or link.startswith(("//", "mailto:")):
                continue
            target, anchor = resolve(built_site, page, link)
            if not target.exists():
                broken.append(f"{page.relative_to(built_site.resolve())}: {link} (no file)")
            elif anchor and target in pages and anchor not in pages[target].ids:
                broken.append(f"{page.relative_to(built_site.resolve())}: {link} (no anchor)")
    assert not broken, "\n".join(broken[:30])
    assert len(pages) > 20
