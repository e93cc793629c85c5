"""Nesting guards: input nested deeply enough to exhaust Python's recursion in a parser we drive
(Jinja, Python-Markdown, the formula parser) is refused with its location before that parser sees it.

Real pages and formulas nest a few levels; the limits are far above that and far below the depth
at which those parsers fail (Jinja near 100 brackets, Markdown near 300 list levels).
"""
from __future__ import annotations

import re

from .errors import Location, Problem
from .load import Dataset

MAX_BRACKETS = 30
MAX_BLOCKS = 30
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_OPEN, _CLOSE = "([{", ")]}"


def bracket_depth(text: str) -> tuple[int, int]:
    """The deepest bracket nesting in ``text`` and the offset where it first exceeds the limit (-1 if never)."""
    depth = deepest = 0
    for i, char in enumerate(text):
        depth += (char in _OPEN) - (char in _CLOSE)
        deepest = max(deepest, depth)
        if depth > MAX_BRACKETS:
            return deepest, i
    return deepest, -1


def page_problems(ds: Dataset) -> list[Problem]:
    """Content pages whose template calls or Markdown blocks nest too deeply, at their line and column."""
    problems = []
    for page, text in ds.pages.items():
        rel = f"content/{page}"
        for tag in _TAG.finditer(text):
            at = bracket_depth(tag.group()[2:-2])[1]  # inside the {{ }} or {% %}
            if at >= 0:
                problems.append(Problem(_where(rel, text, tag.start() + 2 + at), "",
                                        f"brackets are nested more than {MAX_BRACKETS} levels deep in this call; simplify it"))
                break
        for number, line in enumerate(text.splitlines(), 1):
            quotes = len(re.match(r"[ >]*", line).group().replace(" ", ""))
            indent = len(line) - len(line.lstrip(" "))
            if quotes > MAX_BLOCKS or indent > 4 * MAX_BLOCKS:
                problems.append(Problem(Location(rel, number, 1), "", f"quotes or lists are nested more than {MAX_BLOCKS} "
                                        "levels deep here; flatten them"))
                break
    return problems


def formula_problems(ds: Dataset) -> list[Problem]:
    """Derived figures and assumption cases whose formula nests parentheses too deeply."""
    formulas = [(record, "formula", record.formula) for record in ds.derived]
    formulas += [(record, case, getattr(record, case)) for record in ds.assumptions for case in ("low", "central", "high")]
    return [ds.problem(record, (field,), f"parentheses are nested more than {MAX_BRACKETS} levels deep; simplify the formula")
            for record, field, text in formulas if isinstance(text, str) and bracket_depth(text)[1] >= 0]


def _where(rel: str, text: str, offset: int) -> Location:
    line = text.count("\n", 0, offset) + 1
    return Location(rel, line, offset - (text.rfind("\n", 0, offset) + 1) + 1)
