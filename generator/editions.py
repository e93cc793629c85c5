"""What changed since the previous edition, computed from that edition's published figures.

Every build publishes ``downloads/figures.json``: the complete record of an edition's figures and
sources. The load stage reads the previous edition's copy from ``data/snapshots/<edition>.json`` (written by
``briefing publish``), or else from the ``gh-pages`` branch where mike published it. The change
list is computed from the two records, never written by hand.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from . import citations, present
from .derive import Derivation, Figure
from .model import Edition


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


def citation(d: Derivation) -> str:
    """How to cite a download: the briefing, its edition and date."""
    edition = d.ds.edition
    title = d.ds.briefings[0].title if d.ds.briefings else "Briefing"
    return f"Cite as: {title}, edition {edition.id} ({edition.date.display})."


def figure_rows(d: Derivation) -> list[dict]:
    """Every figure as one flat row: the Data page's CSV and the edition record share these.

    Sources are named as a reader knows them (publisher, headline, date) with their addresses;
    values are exact (integers as integers), and a range nobody gave a central value for has
    low and high only.
    """
    rows = []
    for fig in d.figures.values():
        row = {"id": fig.id, "kind": fig.kind, "statement": fig.label, **present.record(fig)}
        if fig.id in d.invented:
            row["value"] = None
        row.update({
            **citations.named_sources(fig.sources, d),
            "independent_sources": len(d.independent[fig.id]) if fig.id in d.independent else None,
            **_formula(fig, d),
        })
        rows.append(row)
    return rows


def _formula(fig: Figure, d: Derivation) -> dict:
    """A computed figure's formula as readers see it, and the figure each letter stands for."""
    if not fig.formula:
        return {"formula": None, "inputs": None}
    text, letters = citations.reader_formula(fig, d)
    return {"formula": text, "inputs": "; ".join(f"{letter} = {ref}" for ref, letter in letters.items())}


def snapshot(d: Derivation) -> dict:
    """The record of an edition that later editions are compared with (published as figures.json)."""
    edition = d.ds.edition
    rows = figure_rows(d)
    return {"edition": edition.id, "edition_date": str(edition.date), "citation": citation(d), "licence": LICENCE,
            "figures": rows, "sources": [s.record() for s in d.ds.sources]}


def run(d: Derivation) -> Changes:
    """What changed since the previous edition, from its record as the load stage found it."""
    editions = d.ds.editions
    if len(editions) < 2:
        return Changes(previous=None)
    previous_id = editions[-2].id
    if previous_id not in d.ds.records:
        return Changes(previous=previous_id)
    record, where = d.ds.records[previous_id]
    return compare(previous_id, where, record, snapshot(d))


def records(d: Derivation) -> list[Optional[dict]]:
    """Every edition's record, oldest first: the earlier ones as the load stage found them (None where not
    kept), then the current one."""
    return [d.ds.records.get(e.id, (None, None))[0] for e in d.ds.editions[:-1]] + [snapshot(d)]


def history(d: Derivation, records: list[Optional[dict]]) -> list[tuple[Edition, Optional[Changes]]]:
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
