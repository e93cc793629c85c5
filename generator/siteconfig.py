"""The MkDocs configuration a build publishes with: the project's ``mkdocs.yml`` plus what the
generator brings (its Material theme, overlaid by the project's own overrides).

A project declares its identity (title, description, nav, palette) in ``mkdocs.yml``; it does not
copy the theme. The build writes ``build/theme`` (the generator's theme, then the files of the
project's ``theme.custom_dir`` on top, so a project may still override one template) and
``build/config/mkdocs.yml``, which inherits the project's configuration and points MkDocs at both.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Optional

import yaml
from mkdocs.exceptions import ConfigurationError
from mkdocs.utils.yaml import yaml_load

from .errors import InputError, Location, Problem

CONFIG = "mkdocs.yml"
# What the generator's pages need on every site, ahead of anything the project adds.
GENERATOR_ASSETS = {"extra_css": ["assets/briefing/briefing.css"],
                    "extra_javascript": ["assets/briefing/briefing.js"]}  # which fetches Plotly only where a chart is


def theme_dir(here: Path = Path(__file__).parent) -> Path:
    """The generator's Material overrides: ``site_theme/`` in a source checkout, ``theme/`` when installed."""
    return here / "theme" if (here / "theme").is_dir() else here.parent / "site_theme"


def project_config(root: Path) -> dict[str, Any]:
    """The project's mkdocs.yml as MkDocs reads it (``!ENV`` tags resolved), not yet validated; a missing
    or unreadable file is the user's to fix."""
    path = root / CONFIG
    if not path.is_file():
        raise InputError([Problem(Location(CONFIG), "", f"missing: {root} has no mkdocs.yml; run `briefing new DIR` for a "
                                                        "working project, or pass --root with the project's folder")])
    try:
        with open(path, encoding="utf-8") as handle:
            config = yaml_load(handle) or {}
    except (yaml.YAMLError, UnicodeDecodeError, ConfigurationError) as caught:
        # MkDocs wraps a YAML error in its own, which has lost the position: report the YAML error
        err = caught.__context__ if isinstance(caught, ConfigurationError) and caught.__context__ else caught
        mark = getattr(err, "problem_mark", None)
        where = Location(CONFIG, mark.line + 1, mark.column + 1) if mark else Location(CONFIG)
        raise InputError([Problem(where, "", f"mkdocs.yml cannot be read: {getattr(err, 'problem', None) or err}")]) from None
    if not isinstance(config, dict):
        raise InputError([Problem(Location(CONFIG), "", "mkdocs.yml must be a mapping of settings, such as site_name: ...")])
    return config


def nav_pages(nav: Any) -> list[str]:
    """Every page path the nav names, in order (section titles and external links left out)."""
    if isinstance(nav, str):
        return [] if "://" in nav else [nav]
    if isinstance(nav, list):
        return [page for entry in nav for page in nav_pages(entry)]
    if isinstance(nav, dict):
        return [page for value in nav.values() for page in nav_pages(value)]
    return []


def unlisted_pages(root: Path, config: dict[str, Any]) -> list[str]:
    """A warning for each content page in no nav: MkDocs builds it silently, and readers cannot reach it.
    (Generated entity pages are reached through the Who and what index, so they are not listed.)"""
    if "nav" not in config:
        return []
    listed = set(nav_pages(config["nav"]))
    return [f"content/{rel}: warning: this page is in no nav of mkdocs.yml, so readers cannot reach it from the menu; "
            f"add it under nav: (for example `  - Title: {rel}`)"
            for rel in sorted(p.relative_to(root / "content").as_posix() for p in (root / "content").rglob("*.md"))
            if rel not in listed]


def check_nav(root: Path, config: dict[str, Any], pages: set[str]) -> None:
    """Each page the nav names must be in the docs tree: name the mkdocs.yml line of any that is not."""
    if "nav" not in config:
        raise InputError([Problem(Location(CONFIG), "nav", "missing: list the pages readers can reach, such as "
                                                           "nav: [{Overview: index.md}, {Sources: sources.md}]")])
    lines = (root / CONFIG).read_text(encoding="utf-8").splitlines()
    problems = []
    for page in nav_pages(config["nav"]):
        if page not in pages:
            line, col = _nav_position(lines, page)
            problems.append(Problem(Location(CONFIG, line, col), "nav", f"no page {page!r}: add content/{page}, "
                                                                       "or remove it from the nav"))
    if problems:
        raise InputError(problems)


def _nav_position(lines: list[str], page: str) -> tuple[int, int]:
    """Where mkdocs.yml names ``page``: the path whole (not the end of a longer one, as ``a.md`` ends
    ``data.md``), the last on its line (a title may name the page too); (0, 0) when no line names it (a
    nav inherited from a parent file)."""
    whole = re.compile(rf"(?<![\w./-]){re.escape(page)}(?![\w./-])")
    for number, text in enumerate(lines, 1):
        found = [m.start() for m in whole.finditer(text)]
        if found:
            return number, found[-1] + 1
    return 0, 0


def theme_files(root: Path, config: dict[str, Any]) -> dict[str, bytes]:
    """The theme the site is published with: the generator's files, then the project's overrides."""
    folders = [theme_dir()]
    custom = (config.get("theme") or {}).get("custom_dir") if isinstance(config.get("theme"), dict) else None
    if custom and (root / custom).resolve() != theme_dir().resolve():
        if not (root / custom).is_dir():
            raise InputError([Problem(Location(CONFIG), "theme.custom_dir", f"no folder {custom!r}: create it with the "
                                                                            "templates you override, or remove the setting")])
        folders.append(root / custom)
    files: dict[str, bytes] = {}
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            files[path.relative_to(folder).as_posix()] = path.read_bytes()
    return files


def child_config(config: dict[str, Any], extra: Optional[dict[str, Any]] = None) -> str:
    """``build/config/mkdocs.yml``: the project's configuration, published from the generated docs and
    theme, with the generator's stylesheet and scripts ahead of the project's own."""
    assets = {key: files + [f for f in config.get(key) or [] if f not in files] for key, files in GENERATOR_ASSETS.items()}
    settings = {"INHERIT": f"../../{CONFIG}", "docs_dir": "../docs", "theme": {"name": "material", "custom_dir": "../theme"},
                **assets, **(extra or {})}
    return "# Written by briefing build: the project's mkdocs.yml plus the generated docs and theme.\n" + \
        yaml.safe_dump(settings, sort_keys=True)
