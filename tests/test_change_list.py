"""What changed: a figure added since the previous edition is listed once, whether or not it has a value."""
from __future__ import annotations

import pytest
from conftest import REPO

from generator import charts, derive, editions, load, render, validate


@pytest.fixture(scope="module")
def added_section() -> str:
    d = derive.run(validate.run(load.run(REPO)))
    current = editions.snapshot(d)
    previous = {**current, "figures": [f for f in current["figures"]
                                       if f["id"] not in ("bis-rule-dates", "cn-approved-units", "h200-first-shipment-modules")]}
    changes = editions.compare("2026-11-01", "a test record", previous, current)
    page = render.run(d, charts.run(d), REPO, {}, changes)["changes.md"].decode()
    return page[page.index("## Added"):].split("\n## ")[0]


def test_a_figure_without_a_value_is_listed_once_with_its_statement(added_section: str) -> None:
    assert added_section.count("The rule was released on 13 January 2026") == 1
    row = next(line for line in added_section.splitlines() if "The rule was released" in line)
    assert row.endswith("| – | Confirmed |")


def test_added_figures_with_values_show_statement_and_value(added_section: str) -> None:
    assert "more than 400,000 chips" in added_section
    assert "5,000–10,000 modules" in added_section  # a range with no central value still shows as a range
