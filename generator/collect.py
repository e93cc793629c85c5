"""Every problem at once: records with problems are left out so the later stages can check the rest.

The loader leaves out records that fail the schema; after cross-reference checks, records named by
a problem are left out too, and so is everything that depends on a record left out (a formula
citing it, a chart plotting it), since those cannot be computed and have no problem of their own.
A later stage's complaint about a left-out id is a consequence, not a new problem.
"""
from __future__ import annotations

import re
from typing import Callable

from . import sourcing
from .errors import InputError, Problem
from .load import Dataset

RECORD_KINDS = ("sources", "facts", "entity_kinds", "entities", "events", "tables", "table_figures", "assumptions", "derived",
                "checks", "charts", "briefings")
_REFERENCE = re.compile(r"\{([^{}]+)\}")  # {figure-id} in formulas


def stage(found: list[Problem], ds: Dataset, run: Callable, *args):
    """Run one stage, adding its problems to ``found``; None when it failed.

    After problems were found, a stage may trip over what they left out: that is not a new problem."""
    try:
        return run(*args)
    except InputError as err:
        found += [p for p in err.problems if not _names_left_out(p, ds.left_out)]
    except (KeyError, AttributeError, TypeError, ValueError, IndexError):
        if not found:
            raise
    return None


def leave_out(ds: Dataset, problems: list[Problem]) -> None:
    """Leave the records named by ``problems``, and those depending on them, out of later stages."""
    named = {p.field for p in problems if p.field}
    _drop(ds, lambda record: any(f == record.id or f.startswith((record.id + ".", record.id + "[")) for f in named))
    while _drop(ds, lambda record: bool(_needs(record) & ds.left_out)):
        pass


def _drop(ds: Dataset, bad: Callable) -> bool:
    dropped = False
    for kind in RECORD_KINDS:
        records = getattr(ds, kind)
        gone = {r.id for r in records if bad(r)}
        if gone:
            setattr(ds, kind, [r for r in records if r.id not in gone])
            for table in ds.tables if kind == "table_figures" else ():  # the tables' own lists, which derive reads
                table.figures = [f for f in table.figures if f.id not in gone]
            ds.left_out |= gone
            dropped = True
    return dropped


def _needs(record) -> set[str]:
    """The ids a record is computed or drawn from, and the sources it cites."""
    texts = [getattr(record, name, None) for name in ("formula", "low", "central", "high")]
    needs = {ref for text in texts if isinstance(text, str) for ref in _REFERENCE.findall(text)}
    for series in getattr(record, "series", []):
        needs |= {ref for point in series.points for ref in (point.ref, point.x) if ref}
    needs |= {t.ref for t in getattr(record, "thresholds", [])}
    needs |= set(getattr(record, "against", []))
    if isinstance(getattr(record, "claim", None), str):
        needs.add(record.claim)
    needs |= set(sourcing.cited(record))
    if getattr(record, "relays", None):
        needs.add(record.relays)
    return needs


def _names_left_out(problem: Problem, left_out: set[str]) -> bool:
    return any(f"'{i}'" in problem.message or f"{{{i}}}" in problem.message for i in left_out)
