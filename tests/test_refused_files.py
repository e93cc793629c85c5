"""A data file refused as a whole (a comparison table with a schema problem) is reported once: the
formulas, charts and pages that read its figures are left out with it, not reported as citing unknown ids."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_check


def test_a_refused_table_is_the_only_problem_reported(project: Path) -> None:
    table = project / "data" / "tables" / "chips.yaml"
    table.write_text(table.read_text(encoding="utf-8").replace("item_kind: chip\n", "item_kind: chip\nbogus_field: 1\n"),
                     encoding="utf-8")
    result = run_check(project)
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["data/tables/chips.yaml:8:1: bogus_field: unknown field", "    bogus_field: 1", "    ^",
                                          "1 problem(s) found."]



DUTIES = "data/tables/duties.yaml"  # its figures are read by two derived figures and a chart


def located(project: Path) -> tuple[int, list[str]]:
    result = run_check(project)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    return result.returncode, [line for line in result.stderr.splitlines() if line.startswith(("data/", "content/"))]


def table_lines(project: Path) -> list[str]:
    return (project / DUTIES).read_text(encoding="utf-8").splitlines()[1:]  # without the schema comment


def test_two_tables_written_as_a_list_in_one_file_are_one_problem(small: Path) -> None:
    """Both tables' figures are left out with the file: the derived figures and the chart citing the first
    one's are not reported as citing unknown figures."""
    first = ["- " + table_lines(small)[0], *("  " + line for line in table_lines(small)[1:])]
    second = ["- id: other-duties", "  item_kind: carmaker", "  metrics: [{id: rate, name: Rate, unit: '%'}]"]
    (small / DUTIES).write_text("\n".join(first + second) + "\n", encoding="utf-8")
    assert located(small) == (2, ["data/tables/duties.yaml:1:1: expected a record (`field: value` lines), found a list"])


def test_a_table_without_its_id_is_one_problem(small: Path) -> None:
    (small / DUTIES).write_text("\n".join(line for line in table_lines(small) if line != "id: duties") + "\n", encoding="utf-8")
    assert located(small) == (2, ["data/tables/duties.yaml:1:1: id: required field is missing"])


def test_a_table_figure_without_its_item_is_one_problem(small: Path) -> None:
    """The figure has no id (``item.metric``) to leave out; the table's other figures are left out as ever."""
    with open(small / DUTIES, "a", encoding="utf-8") as table:
        table.write('  - {metric: definitive, value: 1.0, unit: "%", as_of: 2024-10-29, sources: [eu-reg-2024-2754], status: confirmed}\n')
    assert located(small) == (2, ["data/tables/duties.yaml:18:5: figures[6].item: required field is missing"])


def test_an_empty_table_file_is_named_without_a_position(small: Path) -> None:
    (small / "data/tables/extra.yaml").write_text("# to be written\n", encoding="utf-8")
    assert located(small) == (2, ["data/tables/extra.yaml: expected a record (`field: value` lines), found an empty list, or an empty file"])


def test_an_editions_file_declaring_none_asks_for_one(small: Path) -> None:
    (small / "data/editions.yaml").write_text("[]\n", encoding="utf-8")
    assert located(small) == (2, ["data/editions.yaml: declare at least one edition"])


def test_a_page_or_data_file_that_is_not_utf8_is_named_and_no_line_of_it_is_shown(small: Path) -> None:
    """The data file's place is the first byte that is not UTF-8; its line cannot be shown as text."""
    (small / "content/latin.md").write_bytes("# Caf\xe9\n".encode("latin-1"))
    (small / "data/facts/latin.yaml").write_bytes("- id: cafe\n  statement: Caf\xe9.\n".encode("latin-1"))
    assert run_check(small).stderr.splitlines() == ["content/latin.md: file is not valid UTF-8 text",
                                                    "data/facts/latin.yaml:2:17: file is not valid UTF-8 text",
                                                    "2 problem(s) found."]


def test_a_control_character_is_located_and_the_units_its_file_declares_are_not_called_unknown(small: Path) -> None:
    """A stray control character refuses the units file; the figures in its units are left out with it."""
    units = small / "data/units.yaml"
    units.write_text(units.read_text(encoding="utf-8").replace("  noun: exporting producer", "  noun: exporting\x07producer"),
                     encoding="utf-8")
    assert located(small) == (2, ["data/units.yaml:3:18: character #x0007 is not allowed: control characters are not "
                                  "allowed; delete it or retype the text around it"])


def test_a_refused_source_is_the_only_problem_reported_not_the_status_of_every_figure_citing_it(small: Path) -> None:
    """A typo in a primary source's kind refuses the source; the figures it confirms are not also told they
    lack a primary source (fixing the typo fixes them)."""
    sources = small / "data" / "sources.yaml"
    lines = sources.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[6] == "  kind: primary\n"
    lines[6] = "  kind: primry\n"
    sources.write_text("".join(lines), encoding="utf-8")
    assert located(small) == (2, ["data/sources.yaml:7:9: eu-reg-2024-1866.kind: input should be 'primary', 'wire' or 'secondary'"])


@pytest.mark.parametrize("kind", ["sources", "entities"])
def test_a_missing_required_file_is_the_one_problem_and_says_where_it_was_looked_for(small: Path, kind: str) -> None:
    """Not also an unknown source (or entity) for every citation (or subject) of what it would declare."""
    (small / "data" / f"{kind}.yaml").unlink()
    assert located(small) == (2, [f"data/{kind}.yaml: missing: the {kind} file is required (looked in {small / 'data'}; "
                                  "use --root to point at the project)"])


def test_files_that_cannot_be_read_are_named_and_the_next_files_are_still_read(small: Path) -> None:
    """A folder named like a data file and a file that is not UTF-8 come before a file with a problem of its own."""
    facts = small / "data" / "facts"
    (facts / "a-folder.yaml").mkdir()
    (facts / "b-latin1.yaml").write_bytes("- id: caf\xe9\n".encode("latin-1"))
    (facts / "c-more.yaml").write_text("- id: c-more\n  bogus: 1\n", encoding="utf-8")
    code, lines = located(small)
    assert code == 2
    assert (lines[:2], {line.split(":")[0] for line in lines[2:]}) == (
        ["data/facts/a-folder.yaml: not a regular file", "data/facts/b-latin1.yaml:1:10: file is not valid UTF-8 text"],
        {"data/facts/c-more.yaml"}), lines


def test_two_files_that_are_not_yaml_leave_out_what_each_declares(project: Path) -> None:
    """Every record citing either file's ids is left out with them: two problems, one per file."""
    for name in ("volumes-prices.yaml", "performance.yaml"):
        path = project / "data" / "facts" / name
        path.write_text(path.read_text(encoding="utf-8").replace("  as_of:", "  as_of: [", 1), encoding="utf-8")
    code, lines = located(project)
    assert (code, [line.split(":")[0] for line in lines]) == (2, ["data/facts/performance.yaml", "data/facts/volumes-prices.yaml"]), lines
