"""Which rendered pages a build can reuse: each page's key is the fingerprint of what it read.

A page reads figures, charts, events and checks through its helpers and records those
dependencies; the index (``pages.json``) remembers them per page, and the page itself lives in
the build's store (``cache.Store``) under the fingerprint of its text and of every dependency's
current value (plus the generator's own code, the edition and the briefings).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Optional

from . import citations, sourcing
from .cache import Store, fingerprint
from .charts import ChartOutput
from .derive import Derivation

CODE = Path(__file__).parent  # the generator's own code: a change to it changes every page

# The kinds of input a page's signature reads, by the dependency that reads them ("base": every
# page). tests/test_pagecache.py edits each in turn and compares an incremental build with a clean
# one, byte for byte: declare a new input here and that test asks for an edit of it.
INPUTS = {
    "base": ("generator code", "templates", "edition", "briefings", "units"),
    "figure": ("facts", "table figures", "assumptions", "derived figures", "sources"),
    "chart": ("charts", "facts", "sources"),
    "events": ("events", "entities", "sources"),
    "entity": ("entities", "facts", "events"),
    "checks": ("checks", "facts"),
    "table": ("tables", "table figures", "entities", "entity kinds"),
    "everything": ("facts", "table figures", "assumptions", "derived figures", "checks", "sources"),
}


class PageCache:
    """What each page read at the last build (the index at ``path``); the pages themselves are in ``store``."""

    def __init__(self, d: Derivation, charts: dict[str, ChartOutput], templates: Path, store: Optional[Store] = None,
                 path: Optional[Path] = None):
        self.path, self.store, self.reused, self.reused_entities = path, store or Store(), 0, 0
        self.pages: dict[str, dict] = json.loads(path.read_text()) if path and path.exists() else {}
        self._parts: dict[str, str] = {}
        self._d, self._charts = d, charts
        ds = d.ds
        generator_files = sorted(CODE.rglob("*.py")) + sorted(templates.iterdir())
        self._base = fingerprint([[p.name, hashlib.sha256(p.read_bytes()).hexdigest()] for p in generator_files]
                             + [_fields([ds.edition]), _fields(ds.briefings), _fields(ds.units),  # unit prose shapes every figure
                                citations.data_pages(d), citations.source_pages(d)])  # where footnotes link: the parts of Data and Sources

    def get(self, rel: str, source: str) -> Optional[bytes]:
        """The stored page, if its source and everything it depended on are unchanged."""
        entry = self.pages.get(rel)
        return self.store.get(self.key(rel, source, entry["deps"])) if entry and entry.get("source") == source else None

    def put(self, rel: str, source: str, deps: set[str], output: bytes) -> None:
        self.pages[rel] = {"source": source, "deps": sorted(deps)}
        self.store.put(self.key(rel, source, self.pages[rel]["deps"]), output)

    def key(self, rel: str, source: str, deps: list[str]) -> str:
        return fingerprint(self._base, rel, source, *(self._part(dep) for dep in deps))

    def _part(self, dep: str) -> str:
        if dep not in self._parts:
            self._parts[dep] = fingerprint(self._value(dep))
        return self._parts[dep]

    def _value(self, dep: str) -> Any:
        d = self._d
        kind, _, key = dep.partition(":")
        if kind == "figure":
            fig = d.figures.get(key)
            if fig is None:
                return None
            shown = [fig] + [d.figures[i] for i in fig.inputs]  # a computed figure's note gives each input and its sources
            cited = [s for f in shown for s in sourcing.cited(f)]
            cited += [sourcing.origin(s, d.sources) for s in cited]  # a relayed story is cited with its origin's headline
            return [[repr(f) for f in shown], [d.sources[s].record() for s in cited], d.independent.get(key)]
        if kind == "chart":
            out = self._charts.get(key)
            return out and [_fields([out.chart]), out.figure, out.files.get(f"{key}.csv", b"").decode("utf-8"),
                            [d.sources[s].record() for s in out.sources]]
        if kind == "events":
            return _fields(d.ds.events) + _fields(d.ds.entities) + [s.record() for s in d.ds.sources]
        if kind == "entity":  # an entity page lists the figures and events about it
            if not hasattr(self, "_about"):
                self._about: dict[str, list] = {}
                for fig in d.figures.values():
                    for subject in fig.subjects:
                        self._about.setdefault(subject, []).append(repr(fig))
                for event in d.ds.events:
                    for subject in event.subjects:
                        self._about.setdefault(subject, []).append(_fields([event]))
            entity = next((e for e in d.ds.entities if e.id == key), None)
            return [_fields([entity]), self._about.get(key, [])]
        if kind == "checks":
            return [repr(c) for c in d.checks]
        if kind == "table":
            table = next((t for t in d.ds.tables if t.id == key), None)
            ids = {f.id for f in table.figures} if table else set()
            return [_fields([table]), [repr(f) for f in d.figures.values() if f.id in ids], _fields(d.ds.entities), _fields(d.ds.entity_kinds)]
        return [repr(f) for f in d.figures.values()] + [repr(c) for c in d.checks] + _fields(d.ds.sources)

    def save(self) -> None:
        if self.path:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(self.pages, sort_keys=True), encoding="utf-8")


def _fields(records: list) -> list:
    """What a key reads of curated records: each one's fields (None for one that is gone)."""
    return [r.model_dump(mode="json") if r is not None else None for r in records]
