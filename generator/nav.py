"""Pages a reader cannot reach: content pages that no ``nav:`` entry of mkdocs.yml lists.

MkDocs itself only logs every page missing from the nav (generated entity pages included, which
are reached through the Who and what index), so a forgotten content page built silently.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.utils.yaml import yaml_load


def listed(nav: object) -> set[str]:
    """Every page path named anywhere in a nav tree."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, dict):
        return set().union(*map(listed, nav.values()))
    if isinstance(nav, list):
        return set().union(*map(listed, nav))
    return set()


def read_config(root: Path) -> dict:
    """mkdocs.yml as MkDocs reads it (``!ENV`` tags resolved), without validating it."""
    config = root / "mkdocs.yml"
    if not config.exists():
        return {}
    with open(config, encoding="utf-8") as handle:
        return yaml_load(handle) or {}


def unlisted_pages(root: Path) -> list[str]:
    """A warning for each content page in no nav, naming the file and the fix."""
    nav = read_config(root).get("nav")
    if nav is None:  # no nav: MkDocs lists every page
        return []
    pages = listed(nav)
    return [f"content/{rel}: warning: this page is in no nav of mkdocs.yml, so readers cannot reach it from the menu; "
            f"add it under nav: (for example `  - Title: {rel}`)"
            for rel in sorted(p.relative_to(root / "content").as_posix() for p in (root / "content").rglob("*.md"))
            if rel not in pages]
