"""Validate stage: checks that span records and files, after each file passed the schema.

Every reference must point at a record that exists, ids must be unique, relays must not go in
circles, and dates must make sense against each other and the edition. All problems are reported
at once.
"""
from __future__ import annotations

from collections.abc import Iterable

from . import sourcing
from .errors import InputError, Problem, did_you_mean
from .load import Dataset
from .model import ComparisonTable, Strict

FIGURE_KINDS = ("facts", "table_figures", "derived", "assumptions")


def _leave_out_what_a_missing_file_declares(ds: Dataset) -> None:
    """The sources or entities a missing required file would declare are left out, not unknown: the missing
    file is one problem, not one more for every citation or subject."""
    if "sources" in ds.missing:
        ds.left_out |= {s for kind in (*FIGURE_KINDS, "events") for record in getattr(ds, kind) for s in sourcing.cited(record)}
    if "entities" in ds.missing:
        ds.left_out |= {e for record in (*ds.facts, *ds.events) for e in record.subjects} | {f.item for f in ds.table_figures}


def run(ds: Dataset) -> Dataset:
    _leave_out_what_a_missing_file_declares(ds)
    problems: list[Problem] = _unique(ds, [("sources",), ("entity_kinds",), ("entities",), ("events",), ("tables",), ("charts",),
                                          ("briefings",), ("editions",), ("checks",), FIGURE_KINDS])
    sources = {s.id for s in ds.sources}
    entities = {e.id: e for e in ds.entities}
    facts = {f.id: f for f in ds.facts}
    kinds = {k.id for k in ds.entity_kinds}
    derived = {d.id for d in ds.derived}
    figures = {r.id for kind in FIGURE_KINDS for r in getattr(ds, kind)}

    def refs(record: Strict, field: tuple, ids: Iterable[str], known, what: str) -> None:
        for i, ref in enumerate(ids):
            one(record, field + (i,), ref, known, what)

    def one(record: Strict, field: tuple, ref: str, known, what: str) -> None:
        if ref not in known and ref not in ds.left_out:
            problems.append(ds.problem(record, field, f"unknown {what} {ref!r}{did_you_mean(ref, known)}"))

    for s in ds.sources:
        if s.relays and s.relays not in sources:
            problems.append(ds.problem(s, ("relays",), f"unknown source {s.relays!r}"))
        elif s.relays == s.id:
            problems.append(ds.problem(s, ("relays",), "a source cannot relay itself"))
        if s.published and s.accessed and s.accessed < s.published:
            problems.append(ds.problem(s, ("accessed",), f"accessed ({s.accessed}) is before published ({s.published})"))
    for previous, edition in zip(ds.editions, ds.editions[1:]):
        if edition.date.day <= previous.date.day:
            problems.append(ds.problem(edition, ("date",), f"editions must be in date order: {edition.date} is not after {previous.date}"))
    by_id = {s.id: s for s in ds.sources}
    for s in ds.sources:
        seen, current = [s.id], s
        while current.relays in by_id and current.relays not in seen:
            seen.append(current.relays)
            current = by_id[current.relays]
        if current.relays == s.id and len(seen) > 1:
            problems.append(ds.problem(s, ("relays",), f"sources relay each other in a circle: {' -> '.join(seen + [s.id])}"))
    for figure in [*ds.facts, *ds.table_figures]:
        refs(figure, ("sources",), figure.sources, sources, "source")
        for c, claim in enumerate(figure.claims):
            refs(figure, ("claims", c, "sources"), claim.sources, sources, "source")
        if figure.as_of.day > ds.edition.date.day:
            problems.append(ds.problem(figure, ("as_of",), f"as_of {figure.as_of} is after the edition date {ds.edition.date}"))
    for f in ds.facts:
        refs(f, ("subjects",), f.subjects, entities, "entity")
    for e in ds.events:
        refs(e, ("subjects",), e.subjects, entities, "entity")
        refs(e, ("facts",), e.facts, facts, "fact")
        refs(e, ("sources",), e.sources, sources, "source")
    for e in ds.entities:
        if e.kind not in kinds:
            problems.append(ds.problem(e, ("kind",), f"unknown entity kind {e.kind!r}; declare it in data/entity-kinds.yaml "
                                                     f"(declared: {', '.join(sorted(kinds)) or 'none'})"))
    for table in ds.tables:
        problems += _table(ds, table, entities, kinds)
    for record in [*ds.derived, *ds.assumptions]:
        refs(record, ("sources",), getattr(record, "sources", []), sources, "source")
    for check in ds.checks:
        one(check, ("claim",), check.claim, facts, "fact")
        refs(check, ("against",), check.against, derived, "derived figure")
    for chart in ds.charts:
        for s, series in enumerate(chart.series):
            for p, point in enumerate(series.points):
                one(chart, ("series", s, "points", p, "ref"), point.ref, figures, "figure")
                if point.x:
                    one(chart, ("series", s, "points", p, "x"), point.x, figures, "figure")
        for t, threshold in enumerate(chart.thresholds):
            one(chart, ("thresholds", t, "ref"), threshold.ref, figures, "figure")
    for b in ds.briefings:
        refs(b, ("key_facts",), b.key_facts, figures, "figure")
        refs(b, ("charts",), b.charts, {c.id for c in ds.charts}, "chart")
    problems += sourcing.problems(ds)
    if problems:
        raise InputError(problems)
    return ds


def _table(ds: Dataset, table: ComparisonTable, entities: dict, kinds: set[str]) -> list[Problem]:
    """Each figure of a comparison table is about an item of the table's kind, on one of its metrics."""
    problems = _unique_in(ds, table.metrics)
    if table.item_kind not in kinds:
        return problems + [ds.problem(table, ("item_kind",), f"unknown entity kind {table.item_kind!r} (declare it in data/entity-kinds.yaml)")]
    metrics = {m.id: m for m in table.metrics}
    for figure in table.figures:
        item = entities.get(figure.item)
        if (item is None and figure.item not in ds.left_out) or (item is not None and item.kind != table.item_kind):
            problems.append(ds.problem(figure, ("item",), f"unknown {table.item_kind} {figure.item!r} "
                                                          f"(declare it in data/entities.yaml with kind: {table.item_kind})"))
        metric = metrics.get(figure.metric)
        if metric is None:
            problems.append(ds.problem(figure, ("metric",), f"unknown metric {figure.metric!r}; this table measures "
                                                            + ", ".join(metrics)))
        elif figure.unit and figure.unit != metric.unit:
            problems.append(ds.problem(figure, ("unit",), f"the metric {metric.id!r} is measured in {metric.unit!r}, not {figure.unit!r}"))
    return problems


def _unique(ds: Dataset, namespaces: list[tuple[str, ...]]) -> list[Problem]:
    return [p for kinds in namespaces for p in _unique_in(ds, [r for kind in kinds for r in getattr(ds, kind)])]


def _unique_in(ds: Dataset, records: list[Strict]) -> list[Problem]:
    problems = []
    seen: dict[str, Strict] = {}
    for record in records:
        first = seen.setdefault(record.id, record)
        if first is not record:
            problems.append(ds.problem(record, ("id",), f"duplicate id (first declared at {ds.where(first, 'id')})"))
    return problems
