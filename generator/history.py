"""A figure's history: its value in every edition, with the status and sources it had then.

Pure: it reads nothing. It takes the records of the editions (what ``editions.snapshot`` wrote for
each, oldest first, the current edition's last; None where an edition's record was not kept) and
returns, figure by figure, what the history pages print, and for a number that changed the
points of a small step chart of its value by edition. Withdrawn figures keep their history.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from . import citations, present
from .derive import Derivation
from .model import Edition, When
from .units import number

_VALUE_KEYS = ("value", "low", "high", "unit", "qualifier")


@dataclass
class Input:
    """One input of a computed figure as the same edition recorded it (None: that record lacks it)."""

    letter: str
    id: str
    row: Optional[dict]


@dataclass
class Entry:
    """A figure as one edition published it, and what had changed since the edition before."""

    edition: Edition
    row: dict
    change: str  # "First published", "Value revised", "Unchanged"...: what the history table says of it
    inputs: list[Input] = field(default_factory=list)

    @property
    def has_value(self) -> bool:
        return _number(self.row)

    def input(self, ref: str) -> Optional[Input]:
        return next((i for i in self.inputs if i.id == ref), None)

    @property
    def addresses(self) -> list[tuple[str, str]]:
        """The sources' web addresses the edition recorded, as (host, address); any other scheme is left out."""
        return [(address.split("/")[2], address) for address in (self.row.get("source_urls") or "").split()
                if address.startswith(("https://", "http://")) and address.count("/") >= 2 and address.split("/")[2]]

    @property
    def as_of(self) -> str:
        """The as-of date the edition gave, as pages print dates (``8 January 2026``, ``February 2026``)."""
        text = self.row.get("as_of") or ""
        try:
            return (When(dt.date.fromisoformat(text)) if len(text) == 10 else When(dt.date.fromisoformat(text + "-01"), "month")).display
        except ValueError:
            return text


@dataclass
class Point:
    """One edition on a figure's chart: where it is drawn (in the chart's own pixels) and what it reads."""

    edition: str
    x: float
    y: Optional[float]  # the value; None for a range no source gave a central value for
    y_low: Optional[float]  # a range's ends; None when the value is a single number
    y_high: Optional[float]
    row: dict  # the figure as that edition recorded it
    label: str  # the value as printed above the point, empty when it is the same as the edition before

    @property
    def label_y(self) -> float:
        return round((self.y_high if self.y_high is not None else self.y) - 10, 1)


@dataclass
class Chart:
    width: int
    height: int
    baseline: float  # the y of the bottom of the plot: edition names are written under it
    zero: float  # the y of the value zero (the axis line unless values are negative)
    points: list[Point]
    path: str  # the step line: each value holds until the next edition's
    ticks: list[Point]  # the points whose edition is written under the axis (as many as fit)


@dataclass
class FigureHistory:
    id: str
    label: str  # as the latest edition that had the figure words it
    entries: list[Entry]
    withdrawn_in: Optional[Edition]  # the edition from which it is no longer published
    chart: Optional[Chart]
    charted_without: str = ""  # why a number that changed is not charted

    @property
    def anchor(self) -> str:
        return citations.history_anchor(self.id)

    @property
    def sources_by_edition(self) -> list[tuple[list[Edition], Entry]]:
        """The sources it had, once for each run of editions that gave the same ones."""
        runs: list[tuple[list[Edition], Entry]] = []
        for e in self.entries:
            if runs and (runs[-1][1].row.get("sources"), runs[-1][1].addresses) == (e.row.get("sources"), e.addresses):
                runs[-1][0].append(e.edition)
            else:
                runs.append(([e.edition], e))
        return runs

    @property
    def input_ids(self) -> list[str]:
        """The figures it was computed from in any edition, in the order its formulas name them."""
        return list(dict.fromkeys(i.id for e in self.entries for i in e.inputs))


@dataclass
class Histories:
    figures: dict[str, FigureHistory]  # every figure a kept record holds, by id
    missing: list[Edition]  # editions whose record was not kept: their values are unknown
    pages: int  # how many history pages (see citations.history_page_of)

    def by_page(self) -> dict[str, list[FigureHistory]]:
        """The history pages and the figures each holds, in the order of the figures' labels."""
        parts: dict[str, list[FigureHistory]] = {}
        for fh in sorted(self.figures.values(), key=lambda fh: (fh.label.lower(), fh.id)):
            parts.setdefault(citations.history_page_of(fh.anchor, self.pages), []).append(fh)
        return dict(sorted(parts.items(), key=lambda item: int(item[0].split("/")[1].removesuffix(".md"))))

    def withdrawn(self) -> list[FigureHistory]:
        return [fh for fh in self.figures.values() if fh.withdrawn_in]


def histories(records: list[Optional[dict]], d: Derivation) -> Histories:
    """Every figure's history from the records of ``d``'s editions (one record per edition, in order)."""
    editions = d.ds.editions
    if len(records) != len(editions):
        raise ValueError(f"{len(records)} edition records for {len(editions)} editions")
    kept = [(edition, {row["id"]: row for row in record["figures"]}) for edition, record in zip(editions, records) if record]
    figures = {}
    for fid in sorted({fid for _, rows in kept for fid in rows}):
        entries = _entries(fid, kept)
        last = next(i for i, (_, rows) in reversed(list(enumerate(kept))) if fid in rows)
        withdrawn = kept[last + 1][0] if last + 1 < len(kept) else None
        chart, why_not = _chart(entries)
        figures[fid] = FigureHistory(fid, entries[-1].row["statement"], entries, withdrawn, chart, why_not)
    return Histories(figures, [e for e, record in zip(editions, records) if not record], citations.history_pages(d))


def _entries(fid: str, kept: list[tuple[Edition, dict]]) -> list[Entry]:
    entries: list[Entry] = []
    before: Optional[dict] = None
    for edition, rows in kept:
        row = rows.get(fid)
        if row is not None:
            inputs = [Input(letter, ref, rows.get(ref)) for letter, ref in _inputs(row)]
            entries.append(Entry(edition, row, _change(before, row, first=not entries), inputs))
        before = row
    return entries


def _inputs(row: dict) -> list[tuple[str, str]]:
    """``A = byd.definitive; B = sampled-producers`` (a record's inputs) as (letter, figure id) pairs."""
    return [tuple(part.split(" = ", 1)) for part in (row.get("inputs") or "").split("; ") if " = " in part]


def _change(before: Optional[dict], row: dict, first: bool) -> str:
    """What an edition changed in a figure, compared with the kept edition just before it."""
    if before is None:
        return "First published" if first else "Back after being withdrawn"
    changed = []
    if any(before.get(k) != row.get(k) for k in _VALUE_KEYS):
        changed.append("value revised")
    if before.get("status") != row.get("status"):
        changed.append("status changed")
    if before.get("statement") != row.get("statement") and not changed:
        changed.append("reworded")
    if before.get("sources") != row.get("sources"):
        changed.append("sources changed")
    if before.get("as_of") != row.get("as_of") and not changed:
        changed.append("as-of date changed")
    return ", ".join(changed).capitalize() if changed else "Unchanged"


# The chart's geometry, in its own pixels: one column per edition, the step line between them.
CHART_HEIGHT, CHART_TOP, CHART_BOTTOM, CHART_SIDE = 170, 30, 36, 48
EDITION_SPACING, MAX_WIDTH, TICK_ROOM = 160, 640, 84


def _chart(entries: list[Entry]) -> tuple[Optional[Chart], str]:
    """The step chart of a number that changed between editions, or None and why not (empty when it never changed)."""
    numeric = [e for e in entries if _number(e.row)]
    if len({tuple(e.row.get(k) for k in _VALUE_KEYS) for e in numeric}) < 2:
        return None, ""
    if len({e.row.get("unit") for e in numeric}) > 1:
        return None, "Its unit changed between editions, so its values are not charted against each other."
    width = min(MAX_WIDTH, 2 * CHART_SIDE + EDITION_SPACING * (len(numeric) - 1))
    lows = [e.row.get("low") if e.row.get("low") is not None else e.row["value"] for e in numeric]
    highs = [e.row.get("high") if e.row.get("high") is not None else e.row["value"] for e in numeric]
    bottom, top = min(0, *lows), max(0, *highs)  # from zero, as the site's charts: a small revision looks small
    top += (top - bottom) * 0.05 or 1
    baseline = CHART_HEIGHT - CHART_BOTTOM

    def y(value: Optional[float]) -> Optional[float]:
        return None if value is None else round(baseline - (value - bottom) / (top - bottom) * (baseline - CHART_TOP), 1)

    step = (width - 2 * CHART_SIDE) / (len(numeric) - 1)
    points, previous = [], None
    for i, e in enumerate(numeric):
        row = e.row
        shown = tuple(row.get(k) for k in _VALUE_KEYS)
        ranged = row.get("low") is not None and row.get("high") is not None
        points.append(Point(e.edition.id, round(CHART_SIDE + i * step, 1), y(row.get("value")),
                            y(row.get("low")) if ranged else None, y(row.get("high")) if ranged else None,
                            row, _label(row) if shown != previous else ""))
        previous = shown
    return Chart(width, CHART_HEIGHT, baseline, y(0), points, _step_path(points), _ticks(points)), ""


def _number(row: dict) -> bool:
    return isinstance(row.get("value"), (int, float)) or (row.get("low") is not None and row.get("high") is not None)


def _label(row: dict) -> str:
    """The value as printed on the chart: ``>17.1``, ``5,000–10,000``."""
    ranged = row.get("low") is not None and row.get("high") is not None
    return present.signed(f"{number(row['low'])}–{number(row['high'])}" if ranged else number(row["value"]), row.get("qualifier"))


def _step_path(points: list[Point]) -> str:
    """``M x y H x V y ...``: each value held level until the next edition's, broken where there is none."""
    parts, last = [], None
    for p in points:
        if p.y is None:
            last = None
            continue
        parts.append(f"M{p.x} {p.y}" if last is None else f"H{p.x} V{p.y}")
        last = p
    return " ".join(parts)


def _ticks(points: list[Point]) -> list[Point]:
    """The editions named under the axis: the first, the last, and between them as many as fit."""
    ticks: list[Point] = []
    for p in points:
        if not ticks or (p.x - ticks[-1].x >= TICK_ROOM and points[-1].x - p.x >= TICK_ROOM) or p is points[-1]:
            ticks.append(p)
    return ticks
