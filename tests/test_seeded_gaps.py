"""Rules at their edges that realistic slips once got past: how many parts a split page has at
exactly a page's worth of rows, and the like. Each test names the value just allowed and the one
just past it, in-process, on the real data where the data reaches the edge and on counted rows
where only the count matters."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from generator import methodology


def rows(count: int) -> SimpleNamespace:
    """A derivation with ``count`` methodology rows (assumptions, derived figures and checks together)."""
    third = count // 3
    ds = SimpleNamespace(assumptions=[None] * third, derived=[None] * third)
    return SimpleNamespace(ds=ds, checks=[None] * (count - 2 * third))


@pytest.mark.parametrize("count, parts", [(0, 1), (1, 1), (100, 1), (101, 2), (200, 2), (201, 4), (400, 4), (401, 8)])
def test_the_methodology_tables_split_only_past_a_full_page_of_rows(count: int, parts: int) -> None:
    assert methodology.PAGE_ROWS == 100
    assert methodology.count(rows(count)) == parts
