"""Publish stage for editions: deploy the built site as a version with mike.

Each edition becomes a folder on the ``gh-pages`` branch; ``latest`` is a copy (GitHub Pages
refuses symlinks) and the site root redirects to it. Older editions' folders are never touched.
The edition's record is kept in ``data/snapshots/`` so the next edition can list what changed.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Callable, Optional

import yaml

from . import editions, pipeline
from .editions import SNAPSHOTS
from .errors import BuildError, InputError, Location, Problem


def run(root: Path, report: Callable[[str], None], edition_id: Optional[str] = None, branch: str = "gh-pages") -> bool:
    """Publish the last declared edition; returns whether it was pushed to a remote."""
    with pipeline.build_lock(root):
        return _publish(root, report, edition_id, branch)


def _publish(root: Path, report: Callable[[str], None], edition_id: Optional[str], branch: str) -> bool:
    derived = pipeline.generate(root, report)
    edition = derived.ds.edition
    if edition_id and edition_id != edition.id:
        declared = ", ".join(e.id for e in derived.ds.editions)
        raise InputError([Problem(Location("data/editions.yaml"), "", f"edition {edition_id!r} is not the last declared edition "
                                  f"(declared: {declared}); add it at the end of data/editions.yaml first")])
    config = root / "build" / "mkdocs-publish.yml"
    config.write_text(yaml.safe_dump({"INHERIT": str(root / "mkdocs.yml"), "docs_dir": str(root / "build" / "docs"),
                                      "theme": {"name": "material", "custom_dir": str(root / "site_theme")},
                                      "extra": {"version": {"provider": "mike", "default": "latest"}}}, sort_keys=True))
    remote = subprocess.run(["git", "remote", "get-url", "origin"], cwd=root, capture_output=True).returncode == 0
    push = ["--push"] if remote else []
    title = f"{edition.id} ({edition.date.display})"
    _mike(root, ["deploy", "--config-file", str(config), "--branch", branch, "--update-aliases", "--alias-type", "copy",
                 "--title", title, "--message", f"Publish edition {edition.id}: {edition.summary}", *push, edition.id, "latest"],
          epoch=edition.date.day)
    _mike(root, ["set-default", "--config-file", str(config), "--branch", branch, *push, "latest"], epoch=edition.date.day)
    snapshot = root / SNAPSHOTS / f"{edition.id}.json"
    snapshot.parent.mkdir(parents=True, exist_ok=True)
    snapshot.write_text(json.dumps(editions.snapshot(derived), indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    report(f"published edition {edition.id} to the {branch} branch" + (" and pushed it" if remote else " (no remote: not pushed)"))
    report(f"kept its record in {snapshot.relative_to(root)}: commit it so later editions can list what changed")
    return remote


def _mike(root: Path, args: list[str], epoch) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(pipeline.epoch(epoch)),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run([str(Path(sys.executable).parent / "mike"), *args], cwd=root, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(f"mike {args[0]} failed: {(result.stderr or result.stdout).strip()}")
