"""The methodology tables (assumptions, derived figures, claim checks), split like the Data pages.

They list every computed figure of the project, so on one page they would grow with the data set
(890 KB at 10x the example project in the benchmark). Above ``PAGE_ROWS`` rows they are split over a power of two of
pages: the page that calls ``methodology()`` holds part 1, generated pages ``methodology/<n>.md`` the
others. A row's part is picked by a hash of its id, so a row stays where it is as others are added
(until the count of parts doubles).
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field

from .derive import Derivation

PAGE_ROWS = 100  # a row takes about 2 KB of the page's HTML with its notes: a part stays near 200 KB
FOLDER = "methodology"


@dataclass
class Part:
    number: int
    assumptions: list = field(default_factory=list)
    derived: list = field(default_factory=list)
    checks: list = field(default_factory=list)


def count(d: Derivation) -> int:
    """How many parts: a power of two, so a row moves only when the count doubles."""
    rows = len(d.ds.assumptions) + len(d.ds.derived) + len(d.checks)
    return 1 << (math.ceil(rows / PAGE_ROWS) - 1).bit_length() if rows else 1


def path(number: int) -> str:
    """The generated page of part ``number`` (2 and up; part 1 is on the page that calls ``methodology()``)."""
    return f"{FOLDER}/{number}.md"


def parts(d: Derivation) -> list[Part]:
    """Every part, in order, with the rows it lists (in the data set's order)."""
    total = count(d)
    found = [Part(n) for n in range(1, total + 1)]

    def of(kind: str, row_id: str) -> Part:
        return found[int(hashlib.sha256(f"{kind}:{row_id}".encode()).hexdigest()[:8], 16) % total]

    for a in d.ds.assumptions:
        of("assumption", a.id).assumptions.append(a)
    for item in d.ds.derived:
        of("derived", item.id).derived.append(item)
    for c in d.checks:
        of("check", c.id).checks.append(c)
    return found

