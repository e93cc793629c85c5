"""A briefing's share of the pages that list the whole data set (the timeline, the methodology tables).

A PDF briefing carries those pages too, but only the parts that involve the figures the briefing
cites: so its size does not grow with the data set, and editing a figure it does not cite leaves its
bytes (and its cached PDF) unchanged. A part involves a figure when it holds the figure's footnote
reference; parts that cite no figure at all (explanations, the statuses table) are kept.
"""
from __future__ import annotations

import re

_REF = re.compile(r'<a class="footnote-ref" href="#fn:([^"]+)">\d+</a>')
_ROW = re.compile(r"<tr>.*?</tr>\n?", re.S)
_TABLE = re.compile(r"<table>.*?</table>", re.S)
_BLOCK = re.compile(r'<h2 id="[^"]*">.*?(?=<h2 id=|<div class="footnote">|\Z)', re.S)
_NOTES = re.compile(r'<div class="footnote">\s*<hr>\s*<ol>(.*?)</ol>\s*</div>', re.S)
_NOTE = re.compile(r'<li id="fn:([^"]+)">.*?</li>\n?', re.S)


def cited(html: str) -> set[str]:
    """The figures a page's HTML cites (by footnote reference)."""
    return set(_REF.findall(html))


def scoped(html: str, figures: set[str]) -> str:
    """The page without the table rows and sections that cite only figures outside ``figures``; its
    notes are those still referred to, numbered again in order."""
    html = _ROW.sub(lambda m: _keep(m[0], figures), html)
    html = _TABLE.sub(lambda m: m[0] if "<td" in m[0] else "<p><em>None of this briefing's figures.</em></p>", html)
    html = _BLOCK.sub(lambda m: _keep(m[0], figures), html)
    kept = cited(html)
    order: dict[str, int] = {}

    def note(match: re.Match) -> str:
        if match[1] not in kept:
            return ""
        order[match[1]] = len(order) + 1
        return match[0]

    html = _NOTES.sub(lambda m: m[0].replace(m[1], _NOTE.sub(note, m[1])) if kept else "", html)
    return _REF.sub(lambda m: f'<a class="footnote-ref" href="#fn:{m[1]}">{order[m[1]]}</a>', html)


def _keep(part: str, figures: set[str]) -> str:
    refs = cited(part)
    return part if not refs or refs & figures else ""
