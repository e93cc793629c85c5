"""Publish stage for editions: deploy the built site as a version with mike.

Each edition becomes a folder on the ``gh-pages`` branch; ``latest`` is a copy (GitHub Pages
refuses symlinks) and the site root redirects to it. Older editions' folders are never touched.
The edition's record is kept in ``data/snapshots/`` so the next edition can list what changed.
Only a committed work tree is published, never for a local address, and never without the
previous edition's record (What changed would silently be empty).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import urlsplit

from . import editions, load, pipeline, records, siteconfig, validate
from .errors import BuildError, InputError, Location, Problem


def run(root: Path, report: Callable[[str], None], edition_id: Optional[str] = None, branch: str = "gh-pages") -> bool:
    """Publish the last declared edition; returns whether it was pushed to a remote."""
    with pipeline.build_lock(root):
        return _publish(root, report, edition_id, branch)


def _publish(root: Path, report: Callable[[str], None], edition_id: Optional[str], branch: str) -> bool:
    _require_clean(root)
    site_url = _require_public_site_url(root)
    ds = validate.run(load.run(root))
    if edition_id and edition_id != ds.edition.id:
        declared = ", ".join(e.id for e in ds.editions)
        raise InputError([Problem(Location("data/editions.yaml"), "", f"edition {edition_id!r} is not the last declared edition "
                                  f"(declared: {declared}); start it with `briefing edition new {edition_id} --summary ...` first")])
    records.require_previous(root, ds)
    derived = pipeline.generate(root, report)
    edition = derived.ds.edition
    config = root / "build" / "config" / "mkdocs-publish.yml"  # beside the build's own, with mike's version selector
    # mike builds the edition for its own folder (site_url + edition id): canonical addresses, link previews and
    # every "Cite this" link name the edition the reader saw, which never changes.
    edition_url = f"{site_url.rstrip('/')}/{edition.id}/"
    config.write_text(siteconfig.child_config(siteconfig.project_config(root),
                                              {"extra": {"version": {"provider": "mike", "default": "latest"}}}), encoding="utf-8")
    remote = subprocess.run(["git", "remote", "get-url", "origin"], cwd=root, capture_output=True, text=True)
    push = ["--push"] if remote.returncode == 0 else []
    if push:
        report(f"publishing edition {edition.id} for {edition_url} to the {branch} branch of origin ({remote.stdout.strip()}), "
               "then pushing it there")
    else:
        report(f"publishing edition {edition.id} for {edition_url} to the local {branch} branch (no remote origin: nothing is pushed)")
    title = f"{edition.id} ({edition.date.display})"
    _mike(root, ["deploy", "--config-file", str(config), "--branch", branch, "--update-aliases", "--alias-type", "copy",
                 "--title", title, "--message", f"Publish edition {edition.id}: {edition.summary}", *push, edition.id, "latest"],
          epoch=edition.date.day)
    _mike(root, ["set-default", "--config-file", str(config), "--branch", branch, *push, "latest"], epoch=edition.date.day)
    snapshot = records.write(root, editions.snapshot(derived))
    report(f"published edition {edition.id} to the {branch} branch" + (" and pushed it" if push else " (no remote: not pushed)"))
    report(f"kept its record in {snapshot.relative_to(root)}: commit it so later editions can list what changed")
    return bool(push)


def _require_clean(root: Path) -> None:
    """Publish only what is committed: the edition must be reproducible from the repository."""
    status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=root, capture_output=True, text=True)
    if status.returncode != 0:
        raise InputError([Problem(Location("."), "", "not a git work tree: publishing commits to the gh-pages branch; "
                                  "run `git init` and commit the project first")])
    dirty = sorted(line[3:] for line in status.stdout.splitlines())
    if dirty:
        shown = ", ".join(dirty[:5]) + (f" and {len(dirty) - 5} more" if len(dirty) > 5 else "")
        raise InputError([Problem(Location("."), "", f"the work tree has uncommitted changes ({shown}); commit or stash them "
                                  "first, so the published edition is the committed one")])


_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}


def _require_public_site_url(root: Path) -> str:
    """The address readers will use; a local one would break the published sitemap and instant navigation."""
    site_url = siteconfig.project_config(root).get("site_url") or ""
    host = urlsplit(site_url).hostname or ""
    if not site_url or host in _LOCAL_HOSTS or host.startswith("127."):
        raise InputError([Problem(Location("mkdocs.yml"), "site_url", f"is {site_url or 'not set'}, an address on this machine; "
                                  "set SITE_URL to the public address of the site, as in "
                                  "`SITE_URL=https://example.org/briefing/ briefing publish`")])
    return site_url


def _mike(root: Path, args: list[str], epoch) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(pipeline.epoch(epoch)),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run([str(Path(sys.executable).parent / "mike"), *args], cwd=root, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(f"mike {args[0]} failed: {(result.stderr or result.stdout).strip()}")
