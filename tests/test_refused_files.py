"""A data file refused as a whole (a comparison table with a schema problem) is reported once: the
formulas, charts and pages that read its figures are left out with it, not reported as citing unknown ids."""
from __future__ import annotations

from pathlib import Path

from conftest import run_check


def test_a_refused_table_is_the_only_problem_reported(project: Path) -> None:
    table = project / "data" / "tables" / "chips.yaml"
    table.write_text(table.read_text(encoding="utf-8").replace("item_kind: chip\n", "item_kind: chip\nbogus_field: 1\n"),
                     encoding="utf-8")
    result = run_check(project)
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["data/tables/chips.yaml:8:1: bogus_field: unknown field", "    bogus_field: 1", "    ^",
                                          "1 problem(s) found."]

