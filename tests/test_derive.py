"""Derived figures: computed by declared formulas with units checked, ranges carried through,
sources unioned, claims checked; and clear errors for formulas that cannot be computed."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import REPO, run_check

from generator import derive, formula, load, units, validate


@pytest.fixture(scope="module")
def derived() -> derive.Derivation:
    return derive.run(validate.run(load.run(REPO)))


def test_tpp_follows_the_export_control_definition(derived: derive.Derivation) -> None:
    # 2 x MacTOPS x bit length with MacTOPS = dense TFLOPS / 2, the larger of FP8 and FP16
    assert derived.figures["h200-tpp"].value == pytest.approx(1979 * 8)
    assert derived.figures["h20-tpp"].value == pytest.approx(296 * 8)
    assert derived.figures["h200-tpp"].unit == "TPP"
    assert derived.figures["h200-tpp-share-of-cap"].value == pytest.approx(1979 * 8 / 21000 * 100)


def test_ranges_flow_through_formulas(derived: derive.Derivation) -> None:
    tpp = derived.figures["ascend-910b-tpp"]
    assert (tpp.low, tpp.value, tpp.high) == pytest.approx((256 * 16, 320 * 16, 376 * 16))
    share = derived.figures["us-share-ordered-usd"]
    assert share.high == pytest.approx(0.25 * 2_000_000 * 27_000)
    assert share.low == pytest.approx(0.25 * 2_000_000 * 1_400_000 / 8 / (1_500_000 / 8 / 27_000))
    assert share.is_range and share.prose() == 'US$12.6 billion–13.5 billion'  # no "more than": the inputs' qualifiers do not carry over


def test_a_derived_figure_carries_its_inputs_sources_and_status(derived: derive.Derivation) -> None:
    share = derived.figures["us-share-approved-reuters-price"]
    assert share.status == "derived"
    expected = []
    for ref in ("us-share-pct", "cn-approved-units", "h200-price-usd"):
        expected += [s for s in derived.figures[ref].sources if s not in expected]
    assert share.sources == expected
    assert share.inputs == ["us-share-pct", "cn-approved-units", "h200-price-usd"]


def test_units_convert_inside_formulas(derived: derive.Derivation) -> None:
    # TB/s against GB/s, expressed in percent
    assert derived.figures["h200-bandwidth-share-of-cap"].value == pytest.approx(4800 / 6500 * 100)


def test_the_six_times_claim_holds_for_compute_only(derived: derive.Derivation) -> None:
    (check,) = derived.checks
    verdicts = {row.against: row.agrees for row in check.rows}
    assert verdicts == {
        "h200-h20-fp8-ratio": True,
        "h200-h20-fp16-ratio": True,
        "h200-h20-memory-ratio": False,
        "h200-h20-bandwidth-ratio": False,
        "h200-h20-nvlink-ratio": False,
    }


@pytest.mark.parametrize("margin, agrees", [(0, True), (1e-9, False)])
def test_a_computed_ratio_exactly_at_the_tolerance_agrees_with_the_claim(margin: float, agrees: bool) -> None:
    """The tolerance is the largest deviation that still agrees: at it the claim holds, a hair past it not."""
    ds = validate.run(load.run(REPO))
    (check,) = derive.run(ds).checks
    memory = next(row for row in check.rows if row.against == "h200-h20-memory-ratio")
    ds.checks = [ds.checks[0].model_copy(update={"tolerance": abs(memory.deviation) - margin})]
    (check,) = derive.run(ds).checks
    assert next(row for row in check.rows if row.against == "h200-h20-memory-ratio").agrees is agrees


def test_independent_sources_count_a_relayed_wire_story_once(derived: derive.Derivation) -> None:
    fig = derived.figures["cn-ordered-units"]
    assert fig.sources == ["reuters-2025-12-31", "the-decoder-2025-12-31"]
    # The Decoder relays the 31 December report: one story, read where a reader can open it.
    assert derived.independent["cn-ordered-units"] == ["reuters-2025-12-31"]


def test_formulas_are_parsed_not_evaluated() -> None:
    with pytest.raises(formula.FormulaError):
        formula.parse("__import__('os').system('true')")
    tree = formula.parse("round({a} * 2[bit] / max({b}, {c}), 2)")
    assert formula.references(tree) == ["a", "b", "c"]


def test_number_formatting(derived: derive.Derivation) -> None:
    project_units = derived.ds.registry  # chip and module are declared in data/units.yaml
    assert project_units.prose(400000, "chip") == "400,000 chips"
    assert project_units.prose(1, "chip") == "1 chip"
    assert project_units.prose(27000, "USD/chip") == "US$27,000 per chip"
    assert units.BASE.prose(2_700_000_000, "USD") == "US$2.7 billion"
    assert units.BASE.prose(6.6858, "times") == "6.69×"
    assert project_units.prose(5000, "module", 10000) == "5,000–10,000 modules"


def add_derived(project: Path, text: str) -> list[str]:
    path = project / "data" / "derived.yaml"
    before = len(path.read_text().splitlines())
    path.write_text(path.read_text() + textwrap.dedent(text))
    result = run_check(project)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    return [line.replace(f"derived.yaml:{before + 3}:", "derived.yaml:FORMULA-LINE:")
            for line in result.stderr.splitlines() if line.startswith("data/")]


def test_adding_chips_to_dollars_is_an_error_naming_the_formula(project: Path) -> None:
    lines = add_derived(project, """\
        - id: nonsense
          name: Nonsense
          formula: "{cn-approved-units} + {h200-price-usd}"
          unit: USD
          explanation: Adds chips to dollars.
        """)
    assert lines == [  # the caret at the operator, each input with its unit
        "data/derived.yaml:FORMULA-LINE:33: nonsense.formula: cannot add {cn-approved-units} (chip) and {h200-price-usd} (USD/chip) "
        "in '{cn-approved-units} + {h200-price-usd}'"]


def test_division_by_zero_is_an_error(project: Path) -> None:
    lines = add_derived(project, """\
        - id: by-zero
          name: By zero
          formula: "{cn-approved-units} / ({cn-approved-units} - {cn-approved-units})"
          unit: chip
          explanation: Divides by zero.
        """)
    assert len(lines) == 1 and "by-zero.formula: division by zero" in lines[0]


def test_a_cycle_among_derived_figures_is_named(project: Path) -> None:
    lines = add_derived(project, """\
        - id: loop-a
          name: A
          formula: "{loop-b} * 2"
          unit: chip
          explanation: Depends on B.
        - id: loop-b
          name: B
          formula: "{loop-a} / 2"
          unit: chip
          explanation: Depends on A.
        """)
    assert any("derived figures form a cycle: loop-a -> loop-b -> loop-a" in line for line in lines), lines


def test_an_unknown_figure_in_a_formula_is_named(project: Path) -> None:
    lines = add_derived(project, """\
        - id: typo
          name: Typo
          formula: "{cn-aproved-units} * 2"
          unit: chip
          explanation: Misspelt reference.
        """)
    assert lines == ["data/derived.yaml:FORMULA-LINE:13: typo.formula: unknown figure {cn-aproved-units} in '{cn-aproved-units} * 2'"]


def test_a_wrong_declared_unit_is_an_error(project: Path) -> None:
    lines = add_derived(project, """\
        - id: wrong-unit
          name: Wrong unit
          formula: "{cn-approved-units} * 2"
          unit: USD
          explanation: Chips declared as dollars.
        """)
    assert lines == ["data/derived.yaml:FORMULA-LINE:12: wrong-unit.formula: the formula gives chip but the declared unit is USD in '{cn-approved-units} * 2'"]


def test_assumption_cases_must_be_in_order_and_in_the_declared_unit(project: Path) -> None:
    path = project / "data" / "assumptions.yaml"
    path.write_text(path.read_text().replace('low: "{h200-price-tencent-usd}"', 'low: "{cn-ordered-units}"'))
    result = run_check(project)
    assert result.returncode == 2
    assert "h200-price-scenario.low: the low gives chip but the declared unit is USD/chip in" in result.stderr


def test_a_claim_check_compares_like_with_like(project: Path) -> None:
    path = project / "data" / "checks.yaml"
    path.write_text(path.read_text().replace("    - h200-h20-nvlink-ratio\n", "    - h200-tpp-share-of-cap\n"))
    result = run_check(project)
    assert result.returncode == 2
    assert "h200-six-times-h20.against[4]: 'h200-tpp-share-of-cap' is in %, the claim in times" in result.stderr


def test_rounding_and_overflow_are_refused_cleanly(project: Path) -> None:
    lines = add_derived(project, """\
        - id: too-big
          name: Too big
          formula: "{cn-approved-units} * 1e300 * 1e300"
          unit: chip
          explanation: Overflows.
        """)
    assert lines == ["data/derived.yaml:FORMULA-LINE:12: too-big.formula: the formula does not give a finite number in '{cn-approved-units} * 1e300 * 1e300'"]


def test_a_claim_of_zero_cannot_be_checked_and_is_refused_at_the_check(project: Path) -> None:
    """A ratio against zero means nothing: the claim's value must be positive, zero included in the refusal."""
    (project / "data" / "facts" / "zz-test.yaml").write_text(textwrap.dedent("""\
        - id: zz-zero-claim
          statement: A test claim that the H200 is no more powerful than nothing.
          value: 0
          unit: times
          as_of: 2026-01-10
          subjects: [h200]
          sources: [reuters-2026-01-28]
          status: reported
        """), encoding="utf-8")
    checks = project / "data" / "checks.yaml"
    line = checks.read_text().count("\n") + 2
    checks.write_text(checks.read_text() + "- id: zz-zero\n  claim: zz-zero-claim\n  against: [h200-h20-fp8-ratio]\n"
                      "  tolerance: 0.1\n  explanation: A test.\n", encoding="utf-8")
    result = run_check(project)
    assert (result.returncode, [x for x in result.stderr.splitlines() if x.startswith("data/")]) == \
        (2, [f"data/checks.yaml:{line}:10: zz-zero.claim: the fact 'zz-zero-claim' has no positive value to check"])


def test_a_computed_figure_reads_as_its_record_says(derived: derive.Derivation) -> None:
    """Name, explanation and kind come from the record; an assumption is one kind, a formula's result another."""
    records = {r.id: r for r in [*derived.ds.assumptions, *derived.ds.derived]}
    for fid, kind in (("h200-price-scenario", "assumption"), ("us-share-approved-reuters-price", "derived")):
        fig, record = derived.figures[fid], records[fid]
        assert (fig.kind, fig.status, fig.label, fig.note, fig.unit) == (kind, kind, record.name, record.explanation, record.unit)
        assert fig.as_of == max(derived.figures[ref].as_of for ref in fig.inputs)


def computed(project: Path) -> derive.Derivation:
    return derive.run(validate.run(load.run(project)))


def test_an_assumption_of_plain_numbers_is_dated_by_the_edition(project: Path) -> None:
    """With no input to take a date from, the figure is as of the edition that states it."""
    path = project / "data" / "assumptions.yaml"
    path.write_text(path.read_text() + textwrap.dedent("""\
        - id: zz-rate
          name: Exchange rate
          unit: CNY/USD
          low: 6.9
          central: 7.0
          high: 7.0
          explanation: A test assumption with no inputs.
        """), encoding="utf-8")
    d = computed(project)
    fig = d.figures["zz-rate"]
    assert (fig.as_of, fig.inputs, fig.sources, (fig.low, fig.value, fig.high)) == (d.ds.edition.date, [], [], (6.9, 7.0, 7.0))


def test_a_formula_literal_may_be_in_a_unit_the_project_declares(project: Path) -> None:
    path = project / "data" / "derived.yaml"
    path.write_text(path.read_text() + textwrap.dedent("""\
        - id: zz-eight-chips
          name: Eight chips at Reuters' price
          formula: "{h200-price-usd} * 8[chip]"
          unit: USD
          explanation: A module's worth of chips.
        """), encoding="utf-8")
    assert computed(project).figures["zz-eight-chips"].value == pytest.approx(8 * 27000)


def test_a_computed_input_keeps_its_unit_in_messages(project: Path) -> None:
    lines = add_derived(project, """\
        - id: mixed
          name: Mixed
          formula: "{h200-tpp} + {cn-approved-units}"
          unit: TPP
          explanation: Adds chips to a computed performance figure.
        """)
    assert lines == ["data/derived.yaml:FORMULA-LINE:24: mixed.formula: cannot add {h200-tpp} (TPP) and {cn-approved-units} (chip) "
                     "in '{h200-tpp} + {cn-approved-units}'"]


def test_a_declared_unit_written_otherwise_is_also_given_in_base_units(project: Path) -> None:
    lines = add_derived(project, """\
        - id: wrong-rate
          name: Wrong rate
          formula: "{cn-approved-units} * 2"
          unit: TB/s
          explanation: Chips declared as a data rate.
        """)
    assert lines == ["data/derived.yaml:FORMULA-LINE:12: wrong-rate.formula: the formula gives chip but the declared unit is TB/s (bit/s) "
                     "in '{cn-approved-units} * 2'"]


def test_a_figure_without_a_value_cannot_enter_a_formula(project: Path) -> None:
    (project / "data" / "facts" / "zz-test.yaml").write_text(textwrap.dedent("""\
        - id: zz-no-value
          statement: A test fact that states no number.
          as_of: 2026-01-10
          subjects: [h200]
          sources: [reuters-2026-01-28]
          status: reported
        """), encoding="utf-8")
    lines = add_derived(project, """\
        - id: from-nothing
          name: From nothing
          formula: "{zz-no-value} * 2"
          unit: chip
          explanation: Uses a fact without a value.
        """)
    assert lines == ["data/derived.yaml:FORMULA-LINE:13: from-nothing.formula: {zz-no-value} has no value to compute with in '{zz-no-value} * 2'"]


@pytest.mark.parametrize("low, problem", [
    ('"{h200-price-usd}"', None),  # low equal to central: allowed
    ("30000", "the cases must satisfy low <= central <= high; they give low US$30,000 per chip, central US$27,000 per chip "
              "and high US$27,000 per chip"),
])
def test_assumption_cases_may_touch_but_not_cross(project: Path, low: str, problem: str | None) -> None:
    """Crossed cases are one problem, at the low case: the figures computed from the assumption wait for its fix."""
    path = project / "data" / "assumptions.yaml"
    text = path.read_text()
    line = text.splitlines().index('  low: "{h200-price-tencent-usd}"') + 1
    path.write_text(text.replace('low: "{h200-price-tencent-usd}"', f"low: {low}"), encoding="utf-8")
    result = run_check(project)
    found = [x for x in result.stderr.splitlines() if x.startswith("data/")]
    assert (result.returncode, found) == ((0, []) if problem is None else (2, [f"data/assumptions.yaml:{line}:8: h200-price-scenario.low: {problem}"]))


def test_a_figure_that_cannot_be_computed_is_one_problem_wherever_it_is_declared(project: Path) -> None:
    """Declared after the figure that reads it or before: the failing figure is reported once, its reader not at all."""
    formula_line = len((project / "data" / "derived.yaml").read_text().splitlines()) + 8  # zz-wrong's formula
    lines = add_derived(project, """\
        - id: zz-reader
          name: Reader
          formula: "{zz-wrong} * 2"
          unit: USD
          explanation: Reads a figure declared after it.
        - id: zz-wrong
          name: Wrong
          formula: "{cn-approved-units} * 2"
          unit: USD
          explanation: Chips declared as dollars.
        """)
    assert lines == [f"data/derived.yaml:{formula_line}:12: zz-wrong.formula: the formula gives chip but the declared unit is USD "
                     "in '{cn-approved-units} * 2'"]


def test_a_formula_that_does_not_parse_is_located_at_its_formula(project: Path) -> None:
    lines = add_derived(project, """\
        - id: unfinished
          name: Unfinished
          formula: "{cn-approved-units} *"
          unit: chip
          explanation: A formula cut short.
        """)
    assert lines == ["data/derived.yaml:FORMULA-LINE:34: unfinished.formula: the formula ends too early in '{cn-approved-units} *'"]


def test_rounding_a_number_that_overflows_is_refused_at_the_round(project: Path) -> None:
    lines = add_derived(project, """\
        - id: round-inf
          name: Rounded overflow
          formula: "round({cn-approved-units} * 1e300 * 1e300, 2)"
          unit: chip
          explanation: Rounds what overflowed.
        """)
    assert lines == ["data/derived.yaml:FORMULA-LINE:13: round-inf.formula: round needs a finite number (this one overflows or is "
                     "undefined) in 'round({cn-approved-units} * 1e300 * 1e300, 2)'"]


def test_a_cycle_through_an_assumption_is_located_at_its_low_case(project: Path) -> None:
    path = project / "data" / "assumptions.yaml"
    text = path.read_text()
    line = text.splitlines().index('  low: "{h200-price-tencent-usd}"') + 1
    path.write_text(text.replace('low: "{h200-price-tencent-usd}"', 'low: "{zz-loop}"'), encoding="utf-8")
    found = add_derived(project, """\
        - id: zz-loop
          name: Loop
          formula: "{h200-price-scenario} * 1"
          unit: USD/chip
          explanation: Reads the assumption that reads it.
        """)
    assert found == [f"data/assumptions.yaml:{line}:8: h200-price-scenario.low: derived figures form a cycle: "
                     "h200-price-scenario -> zz-loop -> h200-price-scenario"]


def test_crossed_cases_are_given_in_the_declared_unit(project: Path) -> None:
    path = project / "data" / "assumptions.yaml"
    path.write_text(path.read_text() + textwrap.dedent("""\
        - id: zz-compute
          name: Compute
          unit: TFLOPS
          low: 900
          central: 800
          high: 1000
          explanation: Crossed cases in a scaled unit.
        """), encoding="utf-8")
    assert [x.split(": ", 1)[1] for x in run_check(project).stderr.splitlines() if x.startswith("data/")] == [
        "zz-compute.low: the cases must satisfy low <= central <= high; they give low 900 TFLOPS, central 800 TFLOPS and high 1,000 TFLOPS"]


def test_an_assumption_cites_its_own_sources_before_its_inputs(project: Path) -> None:
    path = project / "data" / "assumptions.yaml"
    path.write_text(path.read_text().replace("  unit: USD/chip\n", "  unit: USD/chip\n  sources: [the-decoder-2025-12-31]\n", 1),
                    encoding="utf-8")
    fig = computed(project).figures["h200-price-scenario"]
    assert fig.sources == ["the-decoder-2025-12-31", "tencent-technology-2025-12-24", "reuters-2025-12-31"]
    assert fig.prose() == "US$25,200–27,000 per chip", "a computed figure reads in the project's units"


@pytest.mark.parametrize("value, refused", [(0, True), (0.5, False)])
def test_any_positive_claim_can_be_checked(project: Path, value: float, refused: bool) -> None:
    """Zero is refused at the check; a claim below one (half as fast, say) is checked like any other."""
    (project / "data" / "facts" / "zz-test.yaml").write_text(textwrap.dedent(f"""\
        - id: zz-claim
          statement: A test claim about how the H200 compares with the H20.
          value: {value}
          unit: times
          as_of: 2026-01-10
          subjects: [h200]
          sources: [reuters-2026-01-28]
          status: reported
        """), encoding="utf-8")
    checks = project / "data" / "checks.yaml"
    checks.write_text(checks.read_text() + "- id: zz-check\n  claim: zz-claim\n  against: [h200-h20-fp8-ratio]\n"
                      "  tolerance: 0.1\n  explanation: A test.\n", encoding="utf-8")
    result = run_check(project)
    assert (result.returncode, "has no positive value to check" in result.stderr) == ((2, True) if refused else (0, False)), result.stderr


def test_a_claim_check_keeps_its_explanation(derived: derive.Derivation) -> None:
    (check,) = derived.checks
    assert check.explanation == next(c for c in derived.ds.checks if c.id == check.id).explanation


def test_figures_computed_from_an_invented_central_are_invented_too_at_any_depth(derived: derive.Derivation) -> None:
    assert {"ascend-910c-tpp", "ascend-910c-tpp-vs-threshold"} <= derived.invented  # the second reads the first
