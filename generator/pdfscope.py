"""A briefing's share of the pages that list the whole data set (the timeline, the methodology tables).

A PDF briefing carries those pages too, but only the parts that involve the figures the briefing
cites: so its size does not grow with the data set, and editing a figure it does not cite leaves its
bytes (and its cached PDF) unchanged. A part involves a figure when it holds the figure's footnote
reference; parts that cite no figure at all (explanations, the statuses table) are kept.

Every briefing of an export reads the same pages, so each page is indexed once (``Index``): its
table rows, tables, sections and notes, and which of them cite each figure. Scoping it to a
briefing then costs what the briefing keeps, not the page's length: at 100x the example project,
200 briefings each scanning every part of the Timeline made composing grow with briefings × data.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

_REF = re.compile(r'<a class="footnote-ref" href="#fn:([^"]+)">\d+</a>')
_ROW = re.compile(r"<tr>.*?</tr>\n?", re.S)
_TABLE = re.compile(r"<table>.*?</table>", re.S)
_BLOCK = re.compile(r'<h2 id="[^"]*">.*?(?=<h2 id=|<div class="footnote">|\Z)', re.S)
_NOTES = re.compile(r'<div class="footnote">\s*<hr>\s*<ol>(.*?)</ol>\s*</div>', re.S)
_NOTE = re.compile(r'<li id="fn:([^"]+)">.*?</li>\n?', re.S)
NONE_KEPT = "<p><em>None of this briefing's figures.</em></p>"  # in place of a table left with no rows


def cited(html: str) -> set[str]:
    """The figures a page's HTML cites (by footnote reference)."""
    return set(_REF.findall(html))


@dataclass
class _Piece:
    """A run of the page's text: a whole table row, a whole note, or text between the places where
    rows, tables, sections, notes and the list of notes begin or end."""

    text: str
    refs: frozenset[str]  # the figures it refers to
    row: bool = False
    note: Optional[str] = None  # the figure whose note it is


@dataclass
class _Table:
    frame: list[int] = field(default_factory=list)  # its text outside rows, and its rows that cite no figure
    cells: bool = False  # its frame holds a cell: the table stays, whatever rows are left


@dataclass
class _Notes:
    frame: list[int] = field(default_factory=list)  # the list's own text, kept with any note
    notes: dict[str, list[int]] = field(default_factory=dict)  # figure -> its notes


Unit = tuple[str, int]  # ("block", n), ("table", n) or ("piece", n): what is kept or dropped as a whole
Kept = dict[int, tuple[str, frozenset[str]]]  # piece -> its text as kept, and the figures it refers to


class Index:
    """A page read once: what a briefing keeps of it (``scoped``) is what is kept for no figure at all,
    redone only where the page cites one of the briefing's figures."""

    def __init__(self, html: str):
        rows = [m.span() for m in _ROW.finditer(html)]
        tables = [m.span() for m in _TABLE.finditer(html)]
        blocks = [m.span() for m in _BLOCK.finditer(html)]
        lists = list(_NOTES.finditer(html))
        listed = [m for n in lists for m in _NOTE.finditer(html, n.start(1), n.end(1))]
        notes = {m.start(): m[1] for m in listed}
        list_spans = [n.span() for n in lists]
        cuts = sorted({0, len(html), *(i for span in rows + tables + blocks + list_spans for i in span),
                       *(i for m in listed for i in m.span()), *(i for n in lists for i in n.span(1))})
        row_starts = {start for start, _ in rows}
        self.pieces: list[_Piece] = []
        self.tables = [_Table() for _ in tables]
        self.lists = [_Notes() for _ in lists]
        self.units: dict[Unit, list[int]] = {}  # the pieces of each unit, but the rows of its tables that cite a figure
        self.unit_of: dict[int, Unit] = {}
        self.table_of: dict[int, int] = {}
        self.citing: dict[str, list[int]] = {}  # figure -> the pieces that refer to it
        for i, (start, end) in enumerate(zip(cuts, cuts[1:])):
            piece = _Piece(html[start:end], frozenset(_REF.findall(html, start, end)), start in row_starts, notes.get(start))
            self.pieces.append(piece)
            table, block, in_list = (_within(spans, start) for spans in (tables, blocks, list_spans))
            if in_list is not None:
                (self.lists[in_list].notes.setdefault(piece.note, []) if piece.note else self.lists[in_list].frame).append(i)
                continue
            unit = ("block", block) if block is not None else ("table", table) if table is not None else ("piece", i)
            self.unit_of[i] = unit
            for ref in piece.refs:
                self.citing.setdefault(ref, []).append(i)
            if table is not None:
                self.table_of[i] = table
                if piece.row and piece.refs:
                    continue
                self.tables[table].frame.append(i)
                self.tables[table].cells |= "<td" in piece.text
            self.units.setdefault(unit, []).append(i)
        self.base: Kept = {}
        for unit in self.units:
            self.base.update(self._unit(unit, set(), set()))

    def scoped(self, figures: set[str]) -> str:
        """The page as a briefing citing ``figures`` keeps it (see the module's docstring)."""
        touched = {i for f in figures for i in self.citing.get(f, ())}
        kept = dict(self.base)
        for unit in {self.unit_of[i] for i in touched}:
            for i in self.units[unit]:
                kept.pop(i, None)
            kept.update(self._unit(unit, figures, touched))
        return self._numbered(kept)

    def _unit(self, unit: Unit, figures: set[str], touched: set[int]) -> Kept:
        """What is kept of a section, a table outside sections, or a piece outside both: its rows that
        cite no figure or one of ``figures`` (``touched``); a section only if it then cites none or one of them."""
        kind, n = unit
        if kind == "table":
            return self._table(n, touched)
        kept: Kept = {}
        for i in self.units[unit]:
            piece = self.pieces[i]
            if i in self.table_of:  # a table is kept or replaced as a whole, from its first piece
                if i == self.tables[self.table_of[i]].frame[0]:
                    kept.update(self._table(self.table_of[i], touched))
            elif not (piece.row and piece.refs) or i in touched:
                kept[i] = (piece.text, piece.refs)
        refs = frozenset().union(*(refs for _, refs in kept.values()))
        return kept if kind == "piece" or not refs or refs & figures else {}

    def _table(self, n: int, touched: set[int]) -> Kept:
        """A table with its rows that cite no figure or one of the briefing's (``touched``), or a line
        saying that none is left."""
        table = self.tables[n]
        rows = [i for i in touched if self.table_of.get(i) == n and self.pieces[i].row]
        if not table.cells and not any("<td" in self.pieces[i].text for i in rows):
            return {table.frame[0]: (NONE_KEPT, frozenset())}
        return {i: (self.pieces[i].text, self.pieces[i].refs) for i in table.frame + rows}

    def _numbered(self, kept: Kept) -> str:
        """The kept pieces in order, with the notes still referred to, numbered again in order."""
        refs = frozenset().union(*(refs for _, refs in kept.values()))
        text = {i: piece_text for i, (piece_text, _) in kept.items()}
        if refs:
            for notes in self.lists:
                text.update({i: self.pieces[i].text for i in notes.frame})
                text.update({i: self.pieces[i].text for figure in refs for i in notes.notes.get(figure, ())})
        order: dict[str, int] = {}
        for i in sorted(text):
            if self.pieces[i].note:
                order[self.pieces[i].note] = len(order) + 1
        return _REF.sub(lambda m: f'<a class="footnote-ref" href="#fn:{m[1]}">{order[m[1]]}</a>', "".join(text[i] for i in sorted(text)))


def _within(spans: list[tuple[int, int]], position: int) -> Optional[int]:
    """The index of the span (sorted, not overlapping) that holds ``position``, if any."""
    n = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return n if n >= 0 and spans[n][0] <= position < spans[n][1] else None

