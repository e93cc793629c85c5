"""Edition records: the frozen figures of an edition that the next one's What changed compares with.

A record is written when an edition is published, and again, if it is missing, when the next
edition is started (``briefing edition new``). It must describe the edition as it was, not the
data as edited since: it is copied from the published ``gh-pages`` branch when there, otherwise
derived from the newest commit in which that edition was the last one declared, and only from the
work tree when git has no such commit.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Callable, Optional

import yaml

from . import derive, editions, load, model, validate
from .errors import InputError, Location, Problem

EDITIONS_FILE = "data/editions.yaml"


def path(root: Path, edition_id: str) -> Path:
    return root / load.SNAPSHOTS / f"{edition_id}.json"


def write(root: Path, record: dict) -> Path:
    """Write an edition's record (sorted keys: the same figures give the same bytes)."""
    target = path(root, record["edition"])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(record, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def fix_command(edition_id: str) -> str:
    return f"briefing edition record {edition_id}"


def missing_warning(changes: editions.Changes) -> Optional[str]:
    """The loud line a build prints when What changed cannot be computed, naming the fix."""
    if not changes.previous or changes.found_in:
        return None
    return (f"WARNING: What changed is empty because the record of the previous edition {changes.previous} is missing "
            f"(looked in data/snapshots/{changes.previous}.json and the gh-pages branch). Run `{fix_command(changes.previous)}` "
            "to rebuild it from the last commit of that edition, commit it, then build again.")


def require_previous(root: Path, ds: load.Dataset) -> None:
    """Refuse (for publish) when the previous edition's record cannot be found."""
    if len(ds.editions) < 2:
        return
    previous = ds.editions[-2].id
    if load.previous_record(root, previous)[0] is None:
        raise InputError([Problem(ds.where(ds.edition, "id"), "", f"the record of the previous edition {previous} is missing, "
                                  f"so What changed would be empty; run `{fix_command(previous)}`, commit it, then publish")])


def freeze(root: Path, edition_id: str, report: Callable[[str], None], commit: Optional[str] = None) -> Path:
    """Make sure ``data/snapshots/<edition_id>.json`` exists; returns its path.

    An existing record is kept; otherwise it is taken from the published branch, from ``commit``
    (default: the newest commit in which the edition was the last declared), or from the work tree.
    """
    target = path(root, edition_id)
    if target.exists() and commit is None:
        report(f"kept the existing record {target.relative_to(root)}")
        return target
    published, where = (None, None) if commit else load.previous_record(root, edition_id)
    if published is not None:
        report(f"copied the record of edition {edition_id} from {where}")
        return write(root, published)
    commit = commit or _last_commit_of(root, edition_id)
    if commit:
        with tempfile.TemporaryDirectory() as tmp:
            _extract_data(root, commit, Path(tmp))
            record = _record_of(Path(tmp), edition_id, f"commit {commit[:10]}")
        report(f"froze the record of edition {edition_id} from commit {commit[:10]}")
    else:
        record = _record_of(root, edition_id, "the work tree")
        report(f"froze the record of edition {edition_id} from the work tree (no commit declares it last)")
    return write(root, record)


def _record_of(root: Path, edition_id: str, where: str) -> dict:
    derived = derive.run(validate.run(load.run(root)))
    if derived.ds.edition.id != edition_id:
        raise InputError([Problem(Location(EDITIONS_FILE), "", f"in {where} the last declared edition is {derived.ds.edition.id!r}, "
                                  f"not {edition_id!r}; pass --from with a commit of edition {edition_id} "
                                  f"(git log --oneline -- {EDITIONS_FILE})")])
    return editions.snapshot(derived)


def _git(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=root, capture_output=True)


def _last_commit_of(root: Path, edition_id: str) -> Optional[str]:
    """The newest commit that changed data/ while ``edition_id`` was the last edition declared."""
    prefix = _git(root, "rev-parse", "--show-prefix").stdout.decode().strip()
    log = _git(root, "log", "--format=%H", "-n", "500", "HEAD", "--", "data")
    for commit in log.stdout.decode().split():
        shown = _git(root, "show", f"{commit}:{prefix}{EDITIONS_FILE}")
        try:
            declared = [e.get("id") for e in yaml.safe_load(shown.stdout) or [] if isinstance(e, dict)]
        except yaml.YAMLError:
            continue
        if declared and str(declared[-1]) == edition_id:
            return commit
        if edition_id not in map(str, declared):
            return None  # older commits predate the edition
    return None


def _extract_data(root: Path, commit: str, target: Path) -> None:
    prefix = _git(root, "rev-parse", "--show-prefix").stdout.decode().strip()
    archive = _git(root, "archive", "--format=tar", f"{commit}:{prefix}data")
    if archive.returncode != 0:
        raise InputError([Problem(Location("data"), "", f"git cannot read data/ at {commit}: {archive.stderr.decode().strip()}")])
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(target / "data", filter="data")


def start(root: Path, edition_id: str, summary: str, day: Optional[dt.date], report: Callable[[str], None]) -> None:
    """Freeze the current edition's record, then declare ``edition_id`` at the end of editions.yaml."""
    ds = validate.run(load.run(root))
    current = ds.edition
    day = day or dt.datetime.now(dt.timezone.utc).date()
    where = Location(EDITIONS_FILE)
    if not re.match(model.EDITION_ID, edition_id) or len(edition_id) > model.EDITION_ID_LENGTH:
        raise InputError([Problem(where, "id", f"{edition_id!r} {model.EDITION_ID_HELP}")])
    if any(e.id == edition_id for e in ds.editions):
        raise InputError([Problem(ds.where(next(e for e in ds.editions if e.id == edition_id), "id"), "id",
                                  f"edition {edition_id!r} is already declared; choose a new id")])
    if day <= current.date.day:
        raise InputError([Problem(where, "date", f"{day} is not after the current edition's date {current.date}; pass --date")])
    if not summary.strip():
        raise InputError([Problem(where, "summary", "say in one line what the new edition brings (--summary \"...\")")])
    freeze(root, current.id, report)
    editions_file = root / EDITIONS_FILE
    text = editions_file.read_text(encoding="utf-8")
    entry = f'- id: "{edition_id}"\n  date: {day.isoformat()}\n  summary: {json.dumps(summary.strip(), ensure_ascii=False)}\n'
    editions_file.write_text(text + ("" if text.endswith("\n") else "\n") + entry, encoding="utf-8")
    try:
        load.run(root)
    except InputError:
        editions_file.write_text(text, encoding="utf-8")
        raise
    report(f"declared edition {edition_id} ({day.isoformat()}) at the end of {EDITIONS_FILE}")
    report("next: change the data, `briefing build` (What changed lists the changes), commit, then `briefing publish`")
