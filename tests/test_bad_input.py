"""Bad input: every kind of mistake is reported as ``path:line:col: field: message``, with exit
code 2, no traceback, all problems at once, and the previously built site left untouched."""
from __future__ import annotations

import shutil
import textwrap
from pathlib import Path
from typing import Annotated, Optional, Union

import pytest
from conftest import EV_DUTIES, FIRST_BUILD_ENV, briefing, run_check
from pydantic import Discriminator, Tag, TypeAdapter, ValidationError

from generator import load, yamlfile
from generator.model import Strict

GOOD_FACT = """\
- id: test-fact
  statement: A test fact.
  value: 10
  unit: chip
  as_of: 2026-01-10
  sources: [reuters-2026-01-28]
  status: reported
"""


# The table-driven cases below break one fact of the small project tests/fixtures/ev-duties (a check of it
# takes a tenth of the time of the H200 briefing's, which matters to `make mutants`).
SMALL_FACT = (GOOD_FACT.replace("reuters-2026-01-28", "eu-reg-2024-2754").replace("unit: chip", "unit: producer")
              .replace("2026-01-10", "2024-07-10"))
def write(project: Path, rel: str, text: str) -> None:
    (project / rel).write_text(textwrap.dedent(text), encoding="utf-8")


def check(project: Path) -> tuple[int, list[str]]:
    result = run_check(project)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith(("data/", "content/"))]
    return result.returncode, lines


CASES = {
    "unknown key": (SMALL_FACT + "  colour: red\n", "data/facts/zz-test.yaml:8:3: test-fact.colour: unknown field"),
    "wrong type": (SMALL_FACT.replace("value: 10", "value: ten"), "data/facts/zz-test.yaml:3:10: test-fact.value: expected a number, or a range {low: .., high: ..}"),
    "no source": (SMALL_FACT.replace("  sources: [eu-reg-2024-2754]\n", "  sources: []\n"), "data/facts/zz-test.yaml:6:12: test-fact.sources: must not be empty"),
    "missing field": (SMALL_FACT.replace("  status: reported\n", ""), "data/facts/zz-test.yaml:1:3: test-fact.status: required field is missing"),
    "unknown source": (SMALL_FACT.replace("eu-reg-2024-2754", "reuters-1999"), "data/facts/zz-test.yaml:6:13: test-fact.sources[0]: unknown source 'reuters-1999'"),
    "unknown entity": (SMALL_FACT + "  subjects: [nobody]\n", "data/facts/zz-test.yaml:8:14: test-fact.subjects[0]: unknown entity 'nobody'"),
    "duplicate id": (SMALL_FACT.replace("test-fact", "sampled-producers"), "data/facts/zz-test.yaml:1:7: sampled-producers.id: duplicate id (first declared at data/facts/example.yaml:"),
    "impossible date": (SMALL_FACT.replace("2024-07-10", "2026-02-30"), "data/facts/zz-test.yaml:5:10: test-fact.as_of: '2026-02-30' is not a valid real date"),
    "date after edition": (SMALL_FACT.replace("2024-07-10", "2099-01-10"), "data/facts/zz-test.yaml:5:10: test-fact.as_of: as_of 2099-01-10 is after the edition date 2024-10-30"),
    "negative count": (SMALL_FACT.replace("value: 10", "value: -5"), "data/facts/zz-test.yaml:1:3: test-fact: values cannot be negative"),
    "unknown unit": (SMALL_FACT.replace("unit: producer", "unit: wafers"), "data/facts/zz-test.yaml:4:9: test-fact.unit: unknown unit 'wafers'; declare it in data/units.yaml"),
    "duplicate key": (SMALL_FACT + "  value: 11\n", "data/facts/zz-test.yaml:8:3: test-fact.value: duplicate key (first given on line 3)"),
    "bad id": (SMALL_FACT.replace("id: test-fact", "id: Test_Fact"), "data/facts/zz-test.yaml:1:7: Test_Fact.id: 'Test_Fact' is not a valid id: use lower-case letters, digits and single hyphens"),
    "python tag": (SMALL_FACT.replace("A test fact.", "!!python/object:os.system x"), "data/facts/zz-test.yaml:2:14: test-fact.statement: tag tag:yaml.org,2002:python/object:os.system is not allowed; write plain values"),
    "NaN": (SMALL_FACT.replace("value: 10", "value: .nan"), "data/facts/zz-test.yaml:3:10: test-fact.value: NaN and infinity are not allowed"),
    "non-string key": (SMALL_FACT + "  12: twelve\n", "data/facts/zz-test.yaml:8:3: test-fact: keys must be plain text"),
    "date out of range": (SMALL_FACT.replace("2024-07-10", "1066-10-14"), "data/facts/zz-test.yaml:5:10: test-fact.as_of: 1066-10-14 is outside 1990-2100"),
    "alias": (SMALL_FACT.replace("- id:", "- &a\n  id:") + "- *a\n", "data/facts/zz-test.yaml:9:3: aliases (*name) are not allowed; repeat the value instead"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_kind_of_bad_fact_is_reported_at_its_line(small: Path, case: str) -> None:
    text, expected = CASES[case]
    write(small, "data/facts/zz-test.yaml", text)
    code, lines = check(small)
    assert code == 2
    assert any(line.startswith(expected) for line in lines), lines


def test_a_source_url_must_be_http(small: Path) -> None:
    sources = small / "data/sources.yaml"
    sources.write_text(sources.read_text() + textwrap.dedent("""\
        - id: evil-source
          publisher: Evil
          title: A link
          url: "javascript:alert(1)"
          kind: secondary
        """))
    line = sources.read_text().splitlines().index('  url: "javascript:alert(1)"') + 1
    code, lines = check(small)
    assert code == 2
    assert f"data/sources.yaml:{line}:8: evil-source.url: must be an http:// or https:// address without spaces, quotes or angle brackets" in lines


def test_a_file_that_is_not_utf8_is_refused(small: Path) -> None:
    (small / "data/facts/zz-test.yaml").write_bytes(SMALL_FACT.replace("A test fact.", "caf\xe9").encode("latin-1"))
    code, lines = check(small)
    assert code == 2
    assert lines == ["data/facts/zz-test.yaml:2:17: file is not valid UTF-8 text"]


def test_a_file_over_the_size_limit_is_refused(small: Path) -> None:
    (small / "data/facts/zz-test.yaml").write_text(SMALL_FACT + "# " + "x" * 2_100_000 + "\n")
    code, lines = check(small)
    assert code == 2
    assert lines == ["data/facts/zz-test.yaml: file is 2,100,143 bytes; the limit is 2,000,000"]


def test_a_data_file_linking_outside_the_project_is_refused(small: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text(SMALL_FACT)
    (small / "data/facts/zz-test.yaml").symlink_to(outside)
    code, lines = check(small)
    assert code == 2
    assert "data/facts/zz-test.yaml: points outside the project; copy the file in instead of linking it" in lines


def test_a_page_linking_outside_the_project_is_refused(small: Path, tmp_path: Path) -> None:
    outside = tmp_path / "secret.md"
    outside.write_text("# Secret\n")
    (small / "content/secret.md").symlink_to(outside)
    code, lines = check(small)
    assert code == 2
    assert "content/secret.md: points outside the project; copy the file in instead of linking it" in lines


def test_all_problems_are_reported_at_once(small: Path) -> None:
    write(small, "data/facts/zz-test.yaml", SMALL_FACT.replace("value: 10", "value: ten") + "  colour: red\n")
    write(small, "data/facts/zz-other.yaml", SMALL_FACT.replace("test-fact", "other-fact").replace("unit: producer", "unit: wafers"))
    code, lines = check(small)
    assert code == 2
    assert len(lines) == 3
    assert lines[0].startswith("data/facts/zz-other.yaml:4:9")  # sorted by file and line


def test_an_unknown_fact_in_a_page_names_page_and_line(project: Path) -> None:
    page = project / "content/volumes.md"
    page.write_text(page.read_text() + "\nA typo: {{ fact(\"cn-aproved-units\") }}\n")
    line = len(page.read_text().splitlines())
    code, lines = check(project)
    assert code == 2
    assert lines == [f"content/volumes.md:{line}:9: unknown figure id 'cn-aproved-units'; did you mean 'cn-approved-units'?"]


def test_an_unknown_chart_in_a_page_fails_the_build(small: Path) -> None:
    page = small / "content/index.md"
    page.write_text("# Title\n\n{{ chart(\"no-such-chart\") }}\n")
    code, lines = check(small)
    assert code == 2
    assert lines == ["content/index.md:3:1: unknown chart id 'no-such-chart'"]


@pytest.mark.parametrize("call, message", [
    ('fact("sampled-producer")', "unknown figure id 'sampled-producer'; did you mean 'sampled-producers'?"),
    ('statement("sampled-producer")', "unknown figure id 'sampled-producer'; did you mean 'sampled-producers'?"),
    ('table("duty")', "unknown table id 'duty'; did you mean 'duties'?"),
    ('table("duties", items=["tesla"])', "unknown item 'tesla' (not an entity with figures in table 'duties')"),
    ('table("duties", metrics=["definitiv"])', "unknown metric id 'definitiv'; did you mean 'definitive'?"),
    ('chart("dutie")', "unknown chart id 'dutie'; did you mean 'duties'?"),
    ('events("bydd")', "unknown entity id 'bydd'; did you mean 'byd'?"),
    ('claim_check("duties-check")', "unknown claim check id 'duties-check'"),
])
def test_each_unknown_reference_in_a_page_is_named_at_its_place(small: Path, call: str, message: str) -> None:
    """Every helper a page calls names the id it cannot find, and the closest known one."""
    page = small / "content/index.md"
    page.write_text(page.read_text() + f"\nSee {{{{ {call} }}}}\n")
    code, lines = check(small)
    assert (code, lines) == (2, [f"content/index.md:{len(page.read_text().splitlines())}:5: {message}"])


@pytest.mark.parametrize("text, place, message", [
    ('# Duties {{ fact("nope") }}\n', "1:10", "unknown figure id 'nope'"),
    ('# Duties\n\nSee {{ fact("nope") }} and {{ fact("sampled-producers") }}.\n', "3:5", "unknown figure id 'nope'"),
    ('# Duties\n\nSee {{ fact("sampled-producers") }} and {{ fact("nope") }}.\n', "3:41", "unknown figure id 'nope'"),
    ('# Duties\n\nThe nope figure: {{ fact(\'nope\') }}.\n', "3:18", "unknown figure id 'nope'"),
    ('# Duties\n\nSee {{ fact( }}.\n', "3:5", "template syntax error: unexpected '}', expected ')'"),
    ('# Duties\n\n{% if %}\n', "3:1", "template syntax error: Expected an expression, got 'end of statement block'"),
    ('# Duties\n\nSee {{ fact("sampled-producers") + 1 }}.\n', "3:5", "unsupported operand type(s) for +: 'Markup' and 'int'"),
])
def test_a_page_error_points_at_the_call_that_made_it(small: Path, text: str, place: str, message: str) -> None:
    """The call holding the unknown id (not the same word in the text around it), else the line's first call."""
    (small / "content/index.md").write_text(text)
    assert check(small) == (2, [f"content/index.md:{place}: {message}"])


def test_a_caret_snippet_points_at_the_column(small: Path) -> None:
    write(small, "data/facts/zz-test.yaml", SMALL_FACT.replace("value: 10", "value: ten"))
    result = run_check(small)
    assert "    value: ten\n             ^" in result.stderr


def site_files(project: Path) -> dict[Path, bytes]:
    return {p.relative_to(project): p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}


def test_a_broken_build_leaves_the_previous_site_untouched(built_project: Path) -> None:
    before = site_files(built_project)
    assert before, "the copy holds the site its last build published"
    write(built_project, "data/facts/zz-test.yaml", GOOD_FACT.replace("value: 10", "value: ten"))
    result = briefing("build", cwd=built_project, env=FIRST_BUILD_ENV)
    assert result.returncode == 2
    assert "nothing was published" in result.stderr
    assert site_files(built_project) == before


def test_a_failing_mkdocs_build_exits_1_and_keeps_the_site(built_project: Path) -> None:
    before = site_files(built_project)
    # a new page in no briefing, so the failure comes after rendering alone (no PDF to print again)
    (built_project / "content/notes.md").write_text("# Notes\n\n[a broken link](no-such-page.md)\n")
    result = briefing("build", cwd=built_project, env=FIRST_BUILD_ENV)
    assert result.returncode == 1
    assert "MkDocs build failed" in result.stderr
    assert site_files(built_project) == before


def append(project: Path, rel: str, text: str) -> int:
    """Append YAML to a data file; returns the line number of the first appended line."""
    path = project / rel
    before = path.read_text()
    path.write_text(before + textwrap.dedent(text))
    return len(before.splitlines()) + 1


def test_editions_must_be_in_date_order(small: Path) -> None:
    line = append(small, "data/editions.yaml", """\
        - id: older
          date: 2020-01-01
          summary: An edition dated before the first.
        """)
    code, lines = check(small)
    assert code == 2
    assert f"data/editions.yaml:{line + 1}:9: older.date: editions must be in date order: 2020-01-01 is not after 2024-10-30" in lines


def test_sources_relaying_each_other_in_a_circle_are_an_error(small: Path) -> None:
    line = append(small, "data/sources.yaml", """\
        - id: loop-one
          publisher: One
          title: One
          kind: secondary
          relays: loop-two
          url: https://one.example.com/
          published: 2026-01-01
        - id: loop-two
          publisher: Two
          title: Two
          kind: secondary
          relays: loop-one
          url: https://two.example.com/
          published: 2026-01-01
        """)
    code, lines = check(small)
    assert code == 2
    assert f"data/sources.yaml:{line + 4}:11: loop-one.relays: sources relay each other in a circle: loop-one -> loop-two -> loop-one" in lines


def test_a_briefing_naming_an_unknown_page_fails_check(project: Path) -> None:
    path = project / "data/briefings.yaml"
    path.write_text(path.read_text().replace("pages: [index]", "pages: [index, no-such-page]"))
    code, lines = check(project)
    assert code == 2
    assert any(line.endswith("h200-summary.pages[1]: unknown page 'no-such-page' (no content/no-such-page.md)") for line in lines)


def test_a_content_page_may_not_replace_a_generated_one(small: Path) -> None:
    (small / "content" / "sources.md").write_text("# My sources\n")
    code, lines = check(small)
    assert code == 2
    assert lines == ["content/sources.md: this page is generated; rename yours"]


def test_a_damaged_edition_record_is_named(project: Path) -> None:
    append(project, "data/editions.yaml", """\
        - id: "2026-12-01"
          date: 2026-12-01
          summary: Second edition.
        """)
    (project / "data" / "snapshots" / "2026-11-23.json").write_text("{not json")
    code, lines = check(project)
    assert code == 2
    assert lines[0].startswith("data/snapshots/2026-11-23.json: not a valid edition record")


def check_in_process(project: Path, capsys: pytest.CaptureFixture, *args: str) -> tuple[int, list[str]]:
    """``briefing check`` run in-process: exit code and the located problem lines."""
    from generator.cli import main

    code = main([*args, "check", "--root", str(project)] if not args else [*args])
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err
    return code, [line for line in err.splitlines() if line.startswith(("data/", "content/"))]


MEANT = {
    "misspelt field": (SMALL_FACT.replace("statement:", "statment:"),
                       "data/facts/zz-test.yaml:2:3: test-fact.statment: unknown field; did you mean 'statement'?"),
    "plural unit": (SMALL_FACT.replace("unit: producer", "unit: producers"),
                    "data/facts/zz-test.yaml:4:9: test-fact.unit: unknown unit 'producers'; did you mean 'producer'?"),
    "misspelt source": (SMALL_FACT.replace("eu-reg-2024-2754", "eu-reg-2024-2745"),
                        "data/facts/zz-test.yaml:6:13: test-fact.sources[0]: unknown source 'eu-reg-2024-2745'; did you mean 'eu-reg-2024-2754'?"),
    "misspelt entity": (SMALL_FACT + "  subjects: [geelly]\n",
                        "data/facts/zz-test.yaml:8:14: test-fact.subjects[0]: unknown entity 'geelly'; did you mean 'geely'?"),
}


@pytest.mark.parametrize("case", list(MEANT))
def test_a_near_miss_is_answered_with_did_you_mean(small: Path, capsys: pytest.CaptureFixture, case: str) -> None:
    text, expected = MEANT[case]
    write(small, "data/facts/zz-test.yaml", text)
    assert check_in_process(small, capsys) == (2, [expected])


def test_a_misspelt_fact_in_an_event_is_answered_with_did_you_mean(project: Path, capsys: pytest.CaptureFixture) -> None:
    line = append(project, "data/events.yaml", """\
        - id: first-shipment
          date: 2026-01-10
          title: First shipment
          facts: [h200-first-shipment-modles]
          sources: [reuters-2026-01-28]
        """)
    assert check_in_process(project, capsys) == (2, [
        f"data/events.yaml:{line + 3}:11: first-shipment.facts[0]: unknown fact 'h200-first-shipment-modles'; "
        "did you mean 'h200-first-shipment-modules'?"])


YAML_STRUCTURE = {
    "over-indented key": (SMALL_FACT.replace("  value: 10", "    value: 10"),
                          "data/facts/zz-test.yaml:3:5: this line is indented more than the key above it; line it up with the "
                          "other keys of its record (or, if the line above ends a text, put that text in quotes)"),
    "over-indented key after a line of spaces": (SMALL_FACT.replace("  value: 10\n  unit: producer",
                                                                    "          \n    value: 10\n        unit: producer"),
                                                 "data/facts/zz-test.yaml:4:5: this line is indented more than the key above "
                                                 "it; line it up with the other keys of its record (or, if the line above ends "
                                                 "a text, put that text in quotes)"),
    "over-indented key under the first line": (SMALL_FACT.replace("  statement:", "    statement:"),
                                               "data/facts/zz-test.yaml:2:5: this line is indented more than the key above it; "
                                               "line it up with the other keys of its record (or, if the line above ends a "
                                               "text, put that text in quotes)"),
    "list item out of line": (SMALL_FACT.replace("sources: [eu-reg-2024-2754]", "sources:\n    - eu-reg-2024-2754\n   - eu-reg-2024-1866"),
                              "data/facts/zz-test.yaml:8:4: this line does not line up with the lines above it; indent it exactly "
                              "like the key or list item it belongs with"),
    "colon inside a value": (SMALL_FACT.replace("A test fact.", "Note: a test fact."),
                             "data/facts/zz-test.yaml:2:18: a colon followed by a space inside an unquoted value; put the whole "
                             "value in quotes"),
    "under-indented key": (SMALL_FACT.replace("  value: 10", " value: 10"),
                           "data/facts/zz-test.yaml:3:2: this line is indented less than the lines of its record above it; "
                           "indent it like them, or begin a new record with '- '"),
    "unclosed quote": (SMALL_FACT.replace("A test fact.", '"A test fact.'),
                       "data/facts/zz-test.yaml:2:14: this quote is never closed; add the closing quote"),
    "unclosed bracket": (SMALL_FACT.replace("[eu-reg-2024-2754]", "[eu-reg-2024-2754"),
                         "data/facts/zz-test.yaml:6:12: this bracket is never closed, or its items lack commas between them; "
                         "close it with ] on the same line or separate the items with commas"),
    "tab indentation": (SMALL_FACT.replace("  value: 10", "\tvalue: 10"),
                        "data/facts/zz-test.yaml:3:1: a tab is used for indentation here; YAML indents with spaces only"),
    "list item after its key": (SMALL_FACT.replace("sources: [eu-reg-2024-2754]", "sources: - eu-reg-2024-2754"),
                                "data/facts/zz-test.yaml:6:12: a list item ('- ') cannot start on the line of its key; start the "
                                "list on the next line, indented, or write [a, b]"),
}


@pytest.mark.parametrize("case", list(YAML_STRUCTURE))
def test_yaml_structure_errors_are_said_in_plain_words(small: Path, capsys: pytest.CaptureFixture, case: str) -> None:
    text, expected = YAML_STRUCTURE[case]
    (small / "data/facts/zz-test.yaml").write_text(text)
    assert check_in_process(small, capsys) == (2, [expected])


def test_problems_of_data_references_and_pages_come_in_one_run(project: Path, capsys: pytest.CaptureFixture) -> None:
    write(project, "data/facts/zz-test.yaml", GOOD_FACT + "  colour: red\n" + GOOD_FACT.replace("test-fact", "other-fact")
          .replace("reuters-2026-01-28", "reuters-1999") + GOOD_FACT.replace("test-fact", "cited-fact"))
    citing = project / "content/volumes.md"
    citing.write_text(citing.read_text() + '\nCited: {{ fact("test-fact") }}.\n')
    page = project / "content/index.md"
    page.write_text(page.read_text() + '\nA typo: {{ fact("cn-aproved-units") }}\n')
    lines = len(page.read_text().splitlines())
    assert check_in_process(project, capsys) == (2, [
        f"content/index.md:{lines}:9: unknown figure id 'cn-aproved-units'; did you mean 'cn-approved-units'?",
        "data/facts/zz-test.yaml:8:3: test-fact.colour: unknown field",
        "data/facts/zz-test.yaml:14:13: other-fact.sources[0]: unknown source 'reuters-1999'; did you mean 'reuters-2026-01-29'?",
    ]), "the page citing test-fact (left out for its own problem) is not reported again"


DEEP = {
    "20,000 brackets in a fact": ("data/facts/zz-test.yaml", SMALL_FACT.replace("value: 10", "value: " + "[" * 20_000 + "]" * 20_000),
                                  "data/facts/zz-test.yaml:3:58: lists and mappings are nested more than 50 levels deep here; "
                                  "check the brackets and the indentation"),
    "20,000 unclosed brackets": ("data/facts/zz-test.yaml", SMALL_FACT.replace("value: 10", "value: " + "[" * 20_000),
                                 "data/facts/zz-test.yaml:3:58: lists and mappings are nested more than 50 levels deep here; "
                                 "check the brackets and the indentation"),
    "nested mappings": ("data/facts/zz-test.yaml", SMALL_FACT.replace("value: 10", "value: " + "{a: " * 5_000 + "1" + "}" * 5_000),
                        "data/facts/zz-test.yaml:3:202: lists and mappings are nested more than 50 levels deep here; "
                        "check the brackets and the indentation"),
    "a page call": ("content/deep.md", "# Deep\n\n{{ fact(" + "(" * 20_000 + '"x"' + ")" * 20_000 + ") }}\n",
                    "content/deep.md:3:38: brackets are nested more than 30 levels deep in this call; simplify it"),
    "a page's lists": ("content/deep.md", "# Deep\n\n" + "".join("    " * i + "- item\n" for i in range(3_000)),
                       "content/deep.md:34:1: quotes or lists are nested more than 30 levels deep here; flatten them"),
    "a page's quotes": ("content/deep.md", "# Deep\n\n" + ">" * 20_000 + " quoted\n",
                        "content/deep.md:3:1: quotes or lists are nested more than 30 levels deep here; flatten them"),
}


@pytest.mark.parametrize("case", list(DEEP))
def test_nesting_deep_enough_to_exhaust_recursion_is_located(small: Path, capsys: pytest.CaptureFixture, case: str) -> None:
    rel, text, expected = DEEP[case]
    (small / rel).write_text(text)
    code, lines = check_in_process(small, capsys)
    assert code == 2 and expected in lines, lines


def test_a_formula_nested_too_deeply_is_located(small: Path, capsys: pytest.CaptureFixture) -> None:
    line = append(small, "data/derived.yaml", f"""\
        - id: deep-formula
          name: Deep
          formula: "{'(' * 500}{{sampled-producers}}{')' * 500}"
          unit: producer
          explanation: Nested.
        """)
    assert check_in_process(small, capsys) == (2, [
        f"data/derived.yaml:{line + 2}:12: deep-formula.formula: parentheses are nested more than 30 levels deep; simplify the formula"])


def test_a_deeply_nested_edition_record_is_named(project: Path, capsys: pytest.CaptureFixture) -> None:
    append(project, "data/editions.yaml", """\
        - id: "2026-12-01"
          date: 2026-12-01
          summary: Second edition.
        """)
    (project / "data/snapshots/2026-11-23.json").write_text("[" * 20_000 + "]" * 20_000)
    code, lines = check_in_process(project, capsys)
    assert code == 2 and lines[0].startswith("data/snapshots/2026-11-23.json: not a valid edition record (maximum recursion")


def test_root_may_come_before_or_after_the_command(small: Path, capsys: pytest.CaptureFixture, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    write(small, "data/facts/zz-test.yaml", SMALL_FACT.replace("value: 10", "value: ten"))
    monkeypatch.chdir(tmp_path)
    expected = ["data/facts/zz-test.yaml:3:10: test-fact.value: expected a number, or a range {low: .., high: ..}"]
    assert check_in_process(small, capsys, "--root", str(small), "check") == (2, expected)
    assert check_in_process(small, capsys, "check", "--root", str(small)) == (2, expected)


# --- near misses at every depth of a record, on the small project ------------------------------------

NESTED = {
    "a field of the record": ("data/facts/example.yaml", "  value: 3\n", "  value: 3\n  sources_x: [a]\n",
                              ["data/facts/example.yaml:5:3: sampled-producers.sources_x: unknown field; did you mean 'sources'?"]),
    "a field of a list item": ("data/facts/example.yaml", "  status: confirmed\n",
                               "  status: disputed\n  claims:\n    - {valeu: 3, sources: [eu-reg-2024-2754]}\n"
                               "    - {value: 4, sources: [eu-reg-2024-1866]}\n",
                               ["data/facts/example.yaml:11:8: sampled-producers.claims[0].valeu: unknown field; did you mean 'value'?"]),
    "a misspelt list field": ("data/charts.yaml", "  kind: bar\n", "  kind: bar\n  serie: []\n",
                              ["data/charts.yaml:21:3: average.serie: unknown field; did you mean 'series'?"]),
    "a field beside a text given as a record": ("data/facts/example.yaml", "  statement: The", "  statement:\n    colour: red\n  x_statement: The",
                                                ["data/facts/example.yaml:4:5: sampled-producers.statement: input should be a valid string",
                                                 "data/facts/example.yaml:5:3: sampled-producers.x_statement: unknown field; did you mean 'statement'?"]),
    "a bound of a range value": ("data/facts/example.yaml", "  value: 3\n", "  value: {low: 2, hihg: 4}\n",
                                 ["data/facts/example.yaml:4:19: sampled-producers.value.hihg: unknown field; did you mean 'high'?"]),
    "a bound of a claimed range": ("data/facts/example.yaml", "  status: confirmed\n",
                                   "  status: disputed\n  claims:\n    - {value: {low: 2, hihg: 3}, sources: [eu-reg-2024-2754]}\n"
                                   "    - {value: 3, sources: [eu-reg-2024-1866]}\n",
                                   ["data/facts/example.yaml:11:24: sampled-producers.claims[0].value.hihg: unknown field; "
                                    "did you mean 'high'?"]),
    "a required field close to two": ("data/sources.yaml", "  kind: primary\n\n", "  kind: primary\n\n- id: spare\n  publishr: Someone\n"
                                      "  title: T\n  url: https://example.com/s\n  published: 2024-07-01\n  kind: secondary\n\n",
                                      ["data/sources.yaml:10:3: spare.publishr: unknown field; did you mean 'publisher'?"]),
    "a required field two lists down": ("data/charts.yaml", "{label: Per producer, ref: duty-per-producer}",
                                        "{label: Per producer, rfe: duty-per-producer}",
                                        ["data/charts.yaml:24:33: average.series[0].points[0].rfe: unknown field; did you mean 'ref'?"]),
    "a field with nothing close": ("data/facts/example.yaml", "  value: 3\n", "  value: 3\n  colour: red\n",
                                   ["data/facts/example.yaml:5:3: sampled-producers.colour: unknown field"]),
}


@pytest.mark.parametrize("case", list(NESTED))
def test_a_misspelt_field_is_answered_with_the_field_meant_at_its_depth(tmp_path: Path, case: str) -> None:
    rel, old, new, expected = NESTED[case]
    project = Path(shutil.copytree(EV_DUTIES, tmp_path / "ev-duties"))
    text = (project / rel).read_text(encoding="utf-8")
    assert old in text, f"{rel} no longer holds {old!r}"
    (project / rel).write_text(text.replace(old, new, 1), encoding="utf-8")
    assert check(project) == (2, expected)


def test_a_data_file_that_is_not_a_list_is_refused_as_a_whole(tmp_path: Path) -> None:
    project = Path(shutil.copytree(EV_DUTIES, tmp_path / "ev-duties"))
    (project / "data/facts/zz-test.yaml").write_text("id: loose-fact\nstatement: Not in a list.\n", encoding="utf-8")
    assert check(project) == (2, ["data/facts/zz-test.yaml:1:1: expected a list (one item per line starting with `- `), "
                                  "found a record (`field: value` lines)"])


def test_records_naming_a_good_record_beside_a_refused_one_are_still_checked(tmp_path: Path) -> None:
    project = Path(shutil.copytree(EV_DUTIES, tmp_path / "ev-duties"))
    with open(project / "data/facts/example.yaml", "a", encoding="utf-8") as facts:
        facts.write("- id: broken-fact\n  statement: Broken.\n  value: 1\n  unit: producer\n  as_of: 2024-10-29\n"
                    "  sources: [eu-reg-2024-2754]\n  status: confirmed\n  colour: red\n")
    with open(project / "data/derived.yaml", "a", encoding="utf-8") as derived:
        derived.write('- id: bad-sum\n  name: A bad sum\n  formula: "{sampled-producers} + {saic.definitive}"\n  unit: producer\n'
                      "  explanation: Adds unlike things.\n")
    assert check(project) == (2, [
        "data/derived.yaml:14:33: bad-sum.formula: cannot add {sampled-producers} (producer) and {saic.definitive} (%) in "
        "'{sampled-producers} + {saic.definitive}'",
        "data/facts/example.yaml:17:3: broken-fact.colour: unknown field"])


def test_each_misspelt_required_field_is_named_once_with_the_field_meant(small: Path) -> None:
    facts = small / "data/facts/example.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("statement:", "statment:").replace("status:", "staus:"), encoding="utf-8")
    assert check(small) == (2, ["data/facts/example.yaml:3:3: sampled-producers.statment: unknown field; did you mean 'statement'?",
                                "data/facts/example.yaml:9:3: sampled-producers.staus: unknown field; did you mean 'status'?"])


def test_a_field_missing_from_a_claim_is_located_at_the_claim(small: Path) -> None:
    write(small, "data/facts/zz-test.yaml", SMALL_FACT.replace("status: reported", "status: disputed") + """\
  claims:
    - {value: 10, sources: [eu-reg-2024-2754]}
    - value: 12
      wording: twelve
""")
    assert check(small) == (2, ["data/facts/zz-test.yaml:10:7: test-fact.claims[1].sources: required field is missing"])


@pytest.mark.parametrize("formula, column", [('"{sampled-producers} + {saic.definitive}"', 33),
                                             ("'{sampled-producers} + {saic.definitive}'", 33),
                                             ("1 * {sampled-producers} + {saic.definitive}", 36)],
                         ids=["double-quoted", "single-quoted", "plain"])
def test_a_formula_error_points_at_its_operator_however_the_formula_is_quoted(small: Path, formula: str, column: int) -> None:
    with open(small / "data/derived.yaml", "a", encoding="utf-8") as derived:
        derived.write(f"- id: bad-sum\n  name: A bad sum\n  formula: {formula}\n  unit: producer\n  explanation: Adds unlike things.\n")
    text = formula.strip("'\"")
    assert check(small) == (2, [f"data/derived.yaml:14:{column}: bad-sum.formula: cannot add {text.removesuffix(' + {saic.definitive}')} "
                                f"(producer) and {{saic.definitive}} (%) in '{text}'"])
    assert f"  formula: {formula}"[column - 1] == "+"


def test_a_table_figure_given_twice_is_located_at_the_second(small: Path) -> None:
    """A table figure's id (``item.metric``) is written nowhere: the duplicate is located at the figure itself."""
    with open(small / "data/tables/duties.yaml", "a", encoding="utf-8") as table:
        table.write('  - {item: byd, metric: provisional, value: 17.4, unit: "%", as_of: 2024-07-04, sources: [eu-reg-2024-1866], '
                    "status: confirmed}\n")
    assert check(small) == (2, ["data/tables/duties.yaml:18:5: byd.provisional.id: duplicate id (first declared at "
                                "data/tables/duties.yaml:12:5)"])


class _Step(Strict):
    name: str
    note: Optional[str] = None


class _Plan(Strict):
    """A record with a tagged union whose second member is a list of records (as Quantity is a tagged
    union of a number and a Range): an unknown field inside it still gets a suggestion."""
    id: str
    steps: Optional[Annotated[Union[Annotated[str, Tag("Text")], Annotated[list[_Step], Tag("Steps")]],
                              Discriminator(lambda v: "Steps" if isinstance(v, list) else "Text")]] = None


def test_an_unknown_field_inside_a_tagged_union_member_is_named_with_the_field_meant() -> None:
    text = "- id: plan\n  steps:\n    - {name: a, nte: x}\n"
    raw, positions = yamlfile.parse(text, "data/plans.yaml")
    with pytest.raises(ValidationError) as err:
        TypeAdapter(list[_Plan]).validate_python(raw)
    assert [str(p) for p in load._problems(err.value, raw, positions, "data/plans.yaml", list[_Plan])] == [
        "data/plans.yaml:3:17: plan.steps[0].nte: unknown field; did you mean 'note'?"]



def test_an_entry_that_is_a_bare_value_or_empty_says_a_record_was_expected(small: Path) -> None:
    (small / "data/facts/zz-test.yaml").write_text("- 3\n-\n")
    assert check(small) == (2, ["data/facts/zz-test.yaml:1:3: [0]: expected a record (`field: value` lines), found the value 3",
                                "data/facts/zz-test.yaml:2:2: [1]: expected a record (`field: value` lines), found nothing"])
