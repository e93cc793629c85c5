"""What changed since the previous edition, computed from that edition's published figures.

Every build publishes ``downloads/figures.json``: the complete record of an edition's figures and
sources. The previous edition's copy is read from ``data/snapshots/<edition>.json`` (written by
``briefing publish``), or else from the ``gh-pages`` branch where mike published it. The change
list is computed from the two records, never written by hand.
"""
from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from . import citations, units
from .derive import Derived, Figure
from .errors import InputError, Location, Problem
from .model import Edition, Range
from .units import BASE, Units

SNAPSHOTS = Path("data") / "snapshots"
PUBLISH_BRANCHES = ("gh-pages", "origin/gh-pages")


@dataclass
class ValueChange:
    id: str
    label: str
    old: dict
    new: dict


@dataclass
class Changes:
    """The differences between the previous edition's figures and this edition's."""

    previous: Optional[str]  # the previous edition's id; None for the first edition
    found_in: Optional[str] = None  # where its record was read; None if it could not be found
    added: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    values: list[ValueChange] = field(default_factory=list)
    statuses: list[ValueChange] = field(default_factory=list)
    sources_added: list[dict] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.values or self.statuses or self.sources_added)


LICENCE = ("Licence: CC BY 4.0 (reuse with attribution) for this briefing's figures and text; "
           "the sources' own texts belong to their publishers.")


def citation(d: Derived) -> str:
    """How to cite a download: the briefing, its edition and date."""
    edition = d.ds.edition
    title = d.ds.briefings[0].title if d.ds.briefings else "Briefing"
    return f"Cite as: {title}, edition {edition.id} ({edition.date.display})."


def figure_rows(d: Derived) -> list[dict]:
    """Every figure as one flat row: the Data page's CSV and the edition record share these.

    Sources are named as a reader knows them (publisher, headline, date) with their addresses;
    values are exact (integers as integers), and a range nobody gave a central value for has
    low and high only.
    """
    invented = invented_centrals(d)
    rows = []
    for fig in d.figures.values():
        row = {"id": fig.id, "kind": fig.kind, "statement": fig.label, **fig.record()}
        row.update({key: units.exact(row[key]) for key in ("value", "low", "high")})
        if fig.id in invented:
            row["value"] = None
        row.update({
            **citations.named_sources(fig.sources, d),
            "independent_sources": len(d.independent[fig.id]) if fig.id in d.independent else None,
            **_formula(fig, d),
        })
        rows.append(row)
    return rows


def _formula(fig: Figure, d: Derived) -> dict:
    """A computed figure's formula as readers see it, and the figure each letter stands for."""
    if not fig.formula:
        return {"formula": None, "inputs": None}
    text, letters = citations.reader_formula(fig, d)
    return {"formula": text, "inputs": "; ".join(f"{letter} = {ref}" for ref, letter in letters.items())}


def invented_centrals(d: Derived) -> set[str]:
    """Figures whose central value no source gave: reported ranges without one, and what is computed from them."""
    invented = {r.id for r in [*d.ds.facts, *d.ds.table_figures] if isinstance(r.value, Range) and r.value.central is None}
    changed = True
    while changed:
        grown = {fid for fid, fig in d.figures.items() if fig.is_range and invented.intersection(fig.inputs)}
        changed = not grown <= invented
        invented |= grown
    return invented


def row_prose(row: dict, registry: Units = BASE) -> str:
    """A recorded figure as a reader reads it, in the project's units: ``more than 400,000 vehicles``."""
    fig = Figure(row["id"], row["kind"], row["statement"], row.get("value"), row.get("low", row.get("value")),
                 row.get("high", row.get("value")), row.get("unit"), row.get("qualifier"), units=registry)
    if fig.low is None:
        fig.low = fig.high = fig.value
    return fig.prose()


def snapshot(d: Derived) -> dict:
    """The record of an edition that later editions are compared with (published as figures.json)."""
    edition = d.ds.edition
    rows = figure_rows(d)
    return {"edition": edition.id, "edition_date": str(edition.date), "citation": citation(d), "licence": LICENCE,
            "figures": rows, "sources": [s.record() for s in d.ds.sources]}


def previous_record(root: Path, edition_id: str) -> tuple[Optional[dict], Optional[str]]:
    """The published record of ``edition_id`` and where it was found, or (None, None)."""
    stored = root / SNAPSHOTS / f"{edition_id}.json"
    if stored.exists():
        return _parse(stored.read_bytes(), stored.relative_to(root).as_posix()), stored.relative_to(root).as_posix()
    for branch in PUBLISH_BRANCHES:
        spec = f"{branch}:{edition_id}/downloads/figures.json"
        result = subprocess.run(["git", "show", spec], cwd=root, capture_output=True)
        if result.returncode == 0:
            return _parse(result.stdout, spec), f"the {branch} branch"
    return None, None


def _parse(blob: bytes, where: str) -> dict:
    """An edition record, or an InputError saying which record is damaged."""
    try:
        record = json.loads(blob)
        if not all(isinstance(f, dict) and {"id", "statement", "status", "sources"} <= f.keys() for f in record["figures"]):
            raise ValueError("a figure lacks id, statement, status or sources")
        if not isinstance(record.get("sources", []), list):
            raise ValueError("sources is not a list")
        return record
    except (ValueError, KeyError, TypeError, RecursionError) as err:
        raise InputError([Problem(Location(where), "", f"not a valid edition record ({err}); restore it or delete it")]) from None


def run(root: Path, d: Derived) -> Changes:
    current = snapshot(d)
    editions = d.ds.editions
    if len(editions) < 2:
        return Changes(previous=None)
    previous_id = editions[-2].id
    record, where = previous_record(root, previous_id)
    if record is None:
        return Changes(previous=previous_id)
    return compare(previous_id, where, record, current)


def records(root: Path, d: Derived) -> list[Optional[dict]]:
    """Every edition's record, oldest first: the earlier ones as published (None where not kept), then the current one."""
    return [previous_record(root, e.id)[0] for e in d.ds.editions[:-1]] + [snapshot(d)]


def history(d: Derived, records: list[Optional[dict]]) -> list[tuple[Edition, Optional[Changes]]]:
    """Every edition, newest first, with what changed since the one before it (None when either
    record is missing): the edition feed's entries."""
    out: list[tuple[Edition, Optional[Changes]]] = [(d.ds.editions[0], Changes(previous=None))]
    for before, edition, old, new in zip(d.ds.editions, d.ds.editions[1:], records, records[1:]):
        out.append((edition, compare(before.id, "", old, new) if old and new else None))
    return out[::-1]


_VALUE_KEYS = ("value", "low", "high", "unit", "qualifier")


def compare(previous_id: str, where: str, old: dict, new: dict) -> Changes:
    changes = Changes(previous=previous_id, found_in=where)
    before = {f["id"]: f for f in old["figures"]}
    after = {f["id"]: f for f in new["figures"]}
    changes.added = [after[i] for i in after if i not in before]
    changes.removed = [before[i] for i in before if i not in after]
    for fid in after.keys() & before.keys():
        a, b = before[fid], after[fid]
        if any(a.get(k) != b.get(k) for k in _VALUE_KEYS):
            changes.values.append(ValueChange(fid, b["statement"], a, b))
        if a.get("status") != b.get("status"):
            changes.statuses.append(ValueChange(fid, b["statement"], a, b))
    changes.values.sort(key=lambda c: c.id)
    changes.statuses.sort(key=lambda c: c.id)
    old_sources = {s["id"] for s in old.get("sources", [])}
    changes.sources_added = [s for s in new.get("sources", []) if s["id"] not in old_sources]
    return changes
