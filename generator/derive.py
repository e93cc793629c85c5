"""Derive stage: one table of every figure a page or chart can cite, computed ones included.

Facts and comparison-table figures enter as reported. Assumptions and derived figures are evaluated from their
formulas, in dependency order, with units checked; each result carries the union of its inputs'
sources, the latest input date, and the status "derived". Claim checks compare a reported
comparison with computed ratios.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field, replace
from typing import Optional, Union

from . import formula, present, sourcing, units
from .errors import InputError, Problem
from .load import Dataset
from .model import Assumption, Claim, Entity, Event, Range, Source, When


@dataclass
class Figure:
    """A citable number (or a statement) with everything a reader needs to trust it."""

    id: str
    kind: str  # fact, table, assumption or derived
    label: str  # the statement, or a name for computed figures
    value: Optional[float] = None  # central value, in ``unit``
    low: Optional[float] = None
    high: Optional[float] = None
    unit: Optional[str] = None
    qualifier: Optional[str] = None
    as_of: Optional[When] = None
    status: str = "reported"
    sources: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    note: Optional[str] = None
    formula: Optional[str] = None
    inputs: list[str] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    units: units.Units = field(default=units.BASE, repr=False, compare=False)  # the project's units, for prose

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None and self.low != self.high

    def prose(self) -> str:
        """The figure as a reader sees it (see ``present``): templates call it on the figure."""
        return present.prose(self)


@dataclass
class CheckRow:
    against: str
    computed: Figure
    agrees: bool
    deviation: float  # computed / claimed - 1


@dataclass
class CheckResult:
    id: str
    claim: Figure
    tolerance: float
    explanation: Optional[str]
    rows: list[CheckRow]


@dataclass
class Derivation:
    """What the derive stage hands on: the dataset, every figure by id, and claim-check results."""

    ds: Dataset
    figures: dict[str, Figure]
    checks: list[CheckResult]
    independent: dict[str, list[str]]  # figure id -> independent origins, from the relay graph (sourcing.py)
    sources: dict[str, Source]
    warnings: list[Problem] = field(default_factory=list)  # printed by `briefing check`; they do not stop a build
    invented: set[str] = field(default_factory=set)  # ranges whose central value no source gave (downloads leave it out)

    @functools.cached_property
    def events_about(self) -> dict[Optional[str], list[Event]]:
        """Events in date order by the entity they are about (None: every event), looked up once per build,
        not once per page that lists them."""
        about: dict[Optional[str], list[Event]] = {None: sorted(self.ds.events, key=lambda e: (e.date.order, e.id))}
        for event in about[None]:
            for subject in event.subjects:
                about.setdefault(subject, []).append(event)
        return about

    @functools.cached_property
    def timeline(self) -> list[Event]:
        """Events in date order, as the Timeline lists them (events of one date in file order)."""
        return sorted(self.ds.events, key=lambda e: e.date.order)

    @functools.cached_property
    def timeline_position(self) -> dict[str, int]:
        return {event.id: i for i, event in enumerate(self.timeline)}

    @functools.cached_property
    def entities(self) -> dict[str, Entity]:
        return {e.id: e for e in self.ds.entities}


def run(ds: Dataset) -> Derivation:
    figures: dict[str, Figure] = {}
    for f in ds.facts:
        figures[f.id] = _reported(ds, f.id, "fact", f.statement, f)
        figures[f.id].subjects = list(f.subjects)
    names = {e.id: e.name for e in ds.entities}
    for table in ds.tables:
        metrics = {m.id: m for m in table.metrics}
        for t in table.figures:
            figures[t.id] = _reported(ds, t.id, "table", f"{names[t.item]}: {metrics[t.metric].name}", t)
            figures[t.id].subjects = [t.item]
    _compute(ds, figures)
    sources = {s.id: s for s in ds.sources}
    independent = {fid: sourcing.independent(sourcing.cited(fig), sources)
                   for fid, fig in figures.items() if fig.kind in ("fact", "table")}
    return Derivation(ds, figures, _check_claims(ds, figures), independent, sources, sourcing.warnings(ds),
                      _invented_centrals(ds, figures))


def _invented_centrals(ds: Dataset, figures: dict[str, Figure]) -> set[str]:
    """Figures whose central value no source gave: reported ranges without one, and what is computed from them."""
    invented = {r.id for r in [*ds.facts, *ds.table_figures] if isinstance(r.value, Range) and r.value.central is None}
    changed = True
    while changed:
        grown = {fid for fid, fig in figures.items() if fig.is_range and invented.intersection(fig.inputs)}
        changed = not grown <= invented
        invented |= grown
    return invented


def _reported(ds: Dataset, fid: str, kind: str, label: str, record) -> Figure:
    value, low, high = split_quantity(record.value)
    return Figure(fid, kind, label, value, low, high, record.unit, record.qualifier, record.as_of,
                  record.status, list(record.sources), list(record.claims), record.note, units=ds.registry)


def split_quantity(q: Union[float, Range, None]) -> tuple[Optional[float], Optional[float], Optional[float]]:
    if isinstance(q, Range):
        central = q.central if q.central is not None else (q.low + q.high) / 2
        return central, q.low, q.high
    return q, q, q


def _compute(ds: Dataset, figures: dict[str, Figure]) -> None:
    """Evaluate assumptions and derived figures in dependency order; all problems at once."""
    problems: list[Problem] = []
    pending: dict[str, tuple] = {}  # id -> (record, {field: tree})
    for record in [*ds.assumptions, *ds.derived]:
        fields = ("low", "central", "high") if isinstance(record, Assumption) else ("formula",)
        trees = {}
        for name in fields:
            text = getattr(record, name)
            try:
                trees[name] = formula.parse(str(text), ds.registry) if isinstance(text, str) else ("num", float(text), record.unit)
            except formula.FormulaError as err:
                problems.append(ds.problem(record, (name,), f"{err} in {text!r}", err.at))
        pending[record.id] = (record, trees)
    if problems:
        raise InputError(problems)

    done: dict[str, Optional[formula.Value]] = {}  # None: could not be computed (its problem is reported once)
    for fid, fig in figures.items():
        if fig.value is not None:
            dim = ds.registry.parse(fig.unit)
            done[fid] = formula.Value(fig.low * dim.scale, fig.value * dim.scale, fig.high * dim.scale, units.Dim(dim.dims), fig.unit)

    def visit(fid: str, trail: list[str]) -> None:
        """Compute ``fid`` after the computed figures it reads. A figure whose input could not be computed
        is not computed either, and says nothing: its input's problem is the one to fix."""
        record, trees = pending[fid]
        if fid in trail:
            cycle = " -> ".join(trail[trail.index(fid):] + [fid])
            raise _Stop(ds.problem(record, tuple(trees)[:1], f"derived figures form a cycle: {cycle}"), trail)
        inputs = [ref for tree in trees.values() for ref in formula.references(tree) if ref in pending]
        for ref in inputs:
            if ref not in done:
                visit(ref, trail + [fid])
        done[fid] = None
        if any(done[ref] is None for ref in inputs):
            return
        try:
            _evaluate(ds, record, trees, figures, done)
        except _Stop as stop:
            problems.append(stop.problem)
        except _CaseError as err:
            problems.append(ds.problem(record, (err.field,), f"{err} in {getattr(record, err.field)!r}", err.at))

    for fid in pending:
        if fid not in done:
            try:
                visit(fid, [])
            except _Stop as stop:  # a cycle: reported once, where it closes; no figure on the way to it is computed
                problems.append(stop.problem)
                done.update(dict.fromkeys(stop.trail))
    if problems:
        raise InputError(problems)


class _CaseError(formula.FormulaError):
    """A problem with one formula of a computed figure (its formula, or an assumption's low, central or high), located there."""

    def __init__(self, field: str, err: formula.FormulaError):
        super().__init__(str(err), err.at)
        self.field = field


class _Stop(Exception):
    """Stops evaluating a figure (a cycle, assumption cases out of order) with its problem, located already."""

    def __init__(self, problem: Problem, trail: Optional[list[str]] = None):
        self.problem, self.trail = problem, trail or []


def _formula_text(record) -> str:
    return getattr(record, "formula", None) or f"{record.low} / {record.central} / {record.high}"


def _evaluate(ds: Dataset, record, trees: dict, figures: dict[str, Figure], done: dict) -> None:
    inputs: list[str] = []

    def lookup(ref: str) -> formula.Value:
        if ref not in figures or done.get(ref) is None:
            if ref in figures and figures[ref].value is None:
                raise formula.FormulaError(f"{{{ref}}} has no value to compute with")
            raise formula.FormulaError(f"unknown figure {{{ref}}}")
        if ref not in inputs:
            inputs.append(ref)
        return done[ref]

    results = {}
    declared = ds.registry.parse(record.unit)
    for name, tree in trees.items():
        try:
            value = results[name] = formula.evaluate(tree, lookup, ds.registry)
        except formula.FormulaError as err:
            raise _CaseError(name, err) from None
        if not declared.same_kind(value.dim):
            raise _CaseError(name, formula.FormulaError(f"the {name} gives {value.dim} but the declared unit is {record.unit}"
                                                        + (f" ({declared})" if str(declared) != record.unit else "")))
        if not all(math.isfinite(v) for v in (value.low, value.central, value.high)):
            raise _CaseError(name, formula.FormulaError(f"the {name} does not give a finite number"))
    if "formula" in results:
        result = results["formula"]
    else:
        low, central, high = (results[n].central for n in ("low", "central", "high"))
        if not low <= central <= high:
            given = [f"{n} {ds.registry.prose(v / declared.scale, record.unit)}" for n, v in (("low", low), ("central", central), ("high", high))]
            raise _Stop(ds.problem(record, ("low",), f"the cases must satisfy low <= central <= high; they give {', '.join(given[:2])} and {given[2]}"))
        result = formula.Value(low, central, high, results["central"].dim)
    done[record.id] = replace(result, unit=record.unit)
    scale = declared.scale
    sources: list[str] = list(getattr(record, "sources", []))
    for ref in inputs:
        sources += [s for s in figures[ref].sources if s not in sources]
    dates = [figures[ref].as_of for ref in inputs if figures[ref].as_of]
    is_assumption = "formula" not in results
    figures[record.id] = Figure(
        id=record.id, kind="assumption" if is_assumption else "derived", label=record.name,
        value=result.central / scale, low=result.low / scale, high=result.high / scale, unit=record.unit,
        as_of=max(dates) if dates else ds.edition.date, status="assumption" if is_assumption else "derived",
        sources=sources, note=record.explanation, formula=_formula_text(record), inputs=inputs, units=ds.registry,
    )


def _check_claims(ds: Dataset, figures: dict[str, Figure]) -> list[CheckResult]:
    results = []
    for check in ds.checks:
        claim = figures[check.claim]
        if claim.value is None or claim.value <= 0:
            raise InputError([ds.problem(check, ("claim",), f"the fact {check.claim!r} has no positive value to check")])
        rows = []
        for i, ref in enumerate(check.against):
            computed = figures[ref]
            if ds.registry.parse(computed.unit) != ds.registry.parse(claim.unit):
                raise InputError([ds.problem(check, ("against", i), f"{ref!r} is in {computed.unit}, the claim in {claim.unit}")])
            deviation = computed.value / claim.value - 1
            rows.append(CheckRow(ref, computed, abs(deviation) <= check.tolerance, deviation))
        results.append(CheckResult(check.id, claim, check.tolerance, check.explanation, rows))
    return results
