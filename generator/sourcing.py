"""How far a figure's sources can be trusted: the relay graph, computed independence, and the
status rules the checker enforces.

A source that relays another (directly or through a chain) collapses into its origin; two stories
from the same publisher on the same ``thread`` count once. The count a reader sees is computed
here, never declared. ``problems`` are errors (exit 2); ``warnings`` are printed by
``briefing check`` but do not stop a build.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from .errors import Problem
from .load import Dataset
from .model import Claim, Range, Reported, Source


def origin(sid: str, sources: dict[str, Source]) -> str:
    """The story a source ultimately carries: its relay chain followed to the end."""
    seen = {sid}
    while sid in sources and sources[sid].relays in sources and sources[sid].relays not in seen:
        sid = sources[sid].relays
        seen.add(sid)
    return sid


def _story(sid: str, sources: dict[str, Source]) -> tuple:
    """What counts once: an origin, or a publisher's thread of stories."""
    root = origin(sid, sources)
    source = sources.get(root)
    return (source.publisher, source.thread) if source and source.thread else (root,)


def independent(source_ids: Iterable[str], sources: dict[str, Source]) -> list[str]:
    """One origin per independent story behind ``source_ids``, in citation order."""
    stories: dict[tuple, str] = {}
    for sid in source_ids:
        stories.setdefault(_story(sid, sources), origin(sid, sources))
    return list(stories.values())


def cited(record: Any) -> list[str]:
    """Every source a record cites, in order: its own, then its claims' (a record without either cites none)."""
    return [*(getattr(record, "sources", None) or []), *(s for claim in getattr(record, "claims", None) or [] for s in claim.sources)]


def readable(source: Source) -> bool:
    """Whether a reader can consult the document itself (online, archived or in print)."""
    return bool(source.url or source.archive_url or source.offline)


# --- errors -----------------------------------------------------------------------------------

def problems(ds: Dataset) -> list[Problem]:
    """Status rules and consistency of values, claims and statements, for facts and table figures."""
    sources = {s.id: s for s in ds.sources}
    found: list[Problem] = []
    for fig in [*ds.facts, *ds.table_figures]:
        if ds.left_out & set(cited(fig)):
            continue  # a source it cites was refused, with its own problem: judging the status now would only echo that
        if fig.status == "confirmed" and not any(s in sources and sources[s].kind == "primary" and readable(sources[s])
                                                 for s in fig.sources):
            found.append(ds.problem(fig, ("status",), "'confirmed' needs a primary source that itself carries the figure, "
                                    "cited directly and with an address (url, archive_url or offline); a primary document "
                                    "known only through relays is 'reported'"))
        if fig.status == "disputed" and not _competing(fig.claims, sources):
            found.append(ds.problem(fig, ("claims",), "'disputed' needs two or more claims that differ in substance, each "
                                    "with its own sources: different values, or accounts from different origins (a relay "
                                    "repeating its origin less precisely is not a competing claim)"))
        found += _value_matches_claims(ds, fig)
    for fact in ds.facts:
        found += _statement_states_value(ds, fact)
    return found


def _competing(claims: list[Claim], sources: dict[str, Source]) -> bool:
    """Whether at least two claims differ in substance and rest on their own sources."""
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a.value is not None and b.value is not None:
                if _bounds(a.value) != _bounds(b.value):
                    return True
            elif set(independent(a.sources, sources)) != set(independent(b.sources, sources)):
                return True
    return False


def _bounds(value: float | Range) -> tuple[float, float]:
    return (value.low, value.high) if isinstance(value, Range) else (value, value)


def _value_matches_claims(ds: Dataset, fig: Reported) -> list[Problem]:
    """A disputed figure's value is one of its claims' values, or the range they span together."""
    claimed = [_bounds(c.value) for c in fig.claims if c.value is not None]
    if fig.value is None or not claimed:
        return []
    span = (min(low for low, _ in claimed), max(high for _, high in claimed))
    if _bounds(fig.value) in (*claimed, span):
        return []
    shown = ", ".join(_span(b) for b in claimed)
    return [ds.problem(fig, ("value",), f"the value {_span(_bounds(fig.value))} matches none of its claims ({shown}); "
                       "make the value one of the claimed values (or the range they span), or add the claim that gives it")]


def _span(bounds: tuple[float, float]) -> str:
    low, high = bounds
    return _number(low) if low == high else f"{_number(low)}–{_number(high)}"


# --- numbers stated in a fact's statement -----------------------------------------------------

_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?|\b(?:{_MONTHS})\s+\d{{4}}|\b(?:19|20)\d\d\b(?![,.]\d)")
_NUMBER = re.compile(rf"(?<![\w.,])(\d[\d,]*(?:\.\d+)?|{'|'.join(_WORDS)})(?![\w])(?:\s+({'|'.join(_SCALE)})\b)?", re.I)


def stated_numbers(statement: str) -> list[float]:
    """The numbers a statement states, dates and model names (A320, 3A090) left out."""
    text = _DATE.sub(" ", statement)
    numbers = []
    for digits, scale in _NUMBER.findall(text):
        word = digits.lower()
        base = float(_WORDS[word]) if word in _WORDS else float(digits.replace(",", ""))
        numbers.append(base * _SCALE.get(scale.lower(), 1) if scale else base)
    return numbers


def _statement_states_value(ds: Dataset, fact) -> list[Problem]:
    if fact.value is None:
        return []
    stated = stated_numbers(fact.statement)
    wanted = set(_bounds(fact.value))
    if not stated or any(math.isclose(n, w, rel_tol=1e-9) for n in stated for w in wanted):
        return []
    says = ", ".join(_number(n) for n in stated)
    value = " to ".join(_number(v) for v in sorted(wanted))
    return [ds.problem(fact, ("statement",), f"the statement states {says} but the value is {value}; make them agree")]


def _number(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:,g}"


# --- warnings ---------------------------------------------------------------------------------

def warnings(ds: Dataset) -> list[Problem]:
    """Corroboration that the relay graph does not support, and relays a curator likely forgot."""
    sources = {s.id: s for s in ds.sources}
    found = []
    for fig in [*ds.facts, *ds.table_figures]:
        cited = [s for s in fig.sources if s in sources]
        looks_separate = [s for s in cited if sources[s].relays not in cited]  # no cited source it relays
        stories = independent(cited, sources)
        if len(looks_separate) > 1 and len(stories) == 1:
            found.append(ds.problem(fig, ("sources",), f"its sources look like corroboration but all lead to one origin "
                                    f"({_name(sources[stories[0]])}): it has one independent source"))
    for relay, wire in forgotten_relays(ds):
        found.append(ds.problem(relay, ("id",), f"possibly a forgotten relay: it shares a fact with an earlier wire story "
                                f"({_name(wire)}); if it carries that story, add 'relays: {wire.id}'"))
    return found


def forgotten_relays(ds: Dataset) -> list[tuple[Source, Source]]:
    """Secondary sources without ``relays`` that share a fact with a wire story published days earlier.

    Competing claims are compared within each claim, since a source that disagrees is not a relay.
    """
    sources = {s.id: s for s in ds.sources}
    groups = [c.sources for f in [*ds.facts, *ds.table_figures] for c in f.claims]
    groups += [r.sources for r in [*ds.facts, *ds.table_figures, *ds.events] if not getattr(r, "claims", None)]
    pairs: list[tuple[Source, Source]] = []
    for group in groups:
        cited = [sources[s] for s in group if s in sources]
        for relay in (s for s in cited if s.kind == "secondary" and not s.relays and s.published):
            for wire in (s for s in cited if s.kind == "wire" and s.published and s.published.day < relay.published.day):
                if (relay, wire) not in pairs:
                    pairs.append((relay, wire))
    return pairs


def _name(source: Source) -> str:
    return f"{source.publisher}, {source.published.display}" if source.published else source.publisher
