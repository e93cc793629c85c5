"""Every cross-reference and ordering rule of the checker at its edge: the bad input is refused with
exit 2 and the exact located message, and the value just allowed passes. Run in-process, so
mutation testing (``make mutants``) sees the rules these tests pin down."""
from __future__ import annotations

import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import run_check

from generator import citations


def append(project: Path, rel: str, text: str) -> int:
    """Append YAML to a data file; returns the line number of the first appended line."""
    path = project / rel
    before = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(before + textwrap.dedent(text), encoding="utf-8")
    return len(before.splitlines()) + 1


def replace(project: Path, rel: str, old: str, new: str) -> int:
    """Replace the first ``old`` in a data file; returns the line it starts on."""
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{rel} no longer holds {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def problems(project: Path) -> tuple[int, list[str]]:
    result = run_check(project)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    return result.returncode, [line for line in result.stderr.splitlines() if line.startswith(("data/", "content/"))]


def refused(project: Path, *expected: str) -> None:
    assert problems(project) == (2, list(expected))


def refused_among(project: Path, expected: str) -> None:
    """The rule's message is among the problems (the formulas reading the refused table's figures say
    they miss them too)."""
    code, lines = problems(project)
    assert code == 2 and expected in lines, lines


def allowed(project: Path) -> None:
    assert problems(project) == (0, [])


def source(sid: str, **fields: str) -> str:
    record = {"publisher": "Example Daily", "title": "A report", "url": f"https://example.com/{sid}", "published": "2024-07-10",
              "kind": "secondary", **fields}
    return f"- id: {sid}\n" + "".join(f"  {key}: {value}\n" for key, value in record.items())


def fact(fid: str, **fields: str) -> str:
    record = {"statement": "A test fact.", "value": "10", "unit": "producer", "as_of": "2024-07-10", "sources": "[eu-reg-2024-2754]",
              "status": "reported", **fields}
    return f"- id: {fid}\n" + "".join(f"  {key}: {value}\n" for key, value in record.items())


# --- sources ---------------------------------------------------------------------------------

def test_a_relay_of_an_unknown_source_is_refused(small: Path) -> None:
    line = append(small, "data/sources.yaml", source("relay-one", relays="no-such-source"))
    refused(small, f"data/sources.yaml:{line + 6}:11: relay-one.relays: unknown source 'no-such-source'")


def test_a_source_relaying_itself_is_refused(small: Path) -> None:
    line = append(small, "data/sources.yaml", source("relay-self", relays="relay-self"))
    refused(small, f"data/sources.yaml:{line + 6}:11: relay-self.relays: a source cannot relay itself")


def test_a_source_accessed_before_it_was_published_is_refused(small: Path) -> None:
    line = append(small, "data/sources.yaml", source("early-read", accessed="2024-07-09"))
    refused(small, f"data/sources.yaml:{line + 6}:13: early-read.accessed: accessed (2024-07-09) is before published (2024-07-10)")


def test_a_source_accessed_on_the_day_it_was_published_is_allowed(small: Path) -> None:
    append(small, "data/sources.yaml", source("same-day-read", accessed="2024-07-10"))
    allowed(small)


def test_a_circle_of_three_relays_names_every_step(small: Path) -> None:
    line = append(small, "data/sources.yaml", source("ring-a", relays="ring-b") + source("ring-b", relays="ring-c")
                  + source("ring-c", relays="ring-a"))
    refused(small, f"data/sources.yaml:{line + 6}:11: ring-a.relays: sources relay each other in a circle: ring-a -> ring-b -> ring-c -> ring-a",
            f"data/sources.yaml:{line + 13}:11: ring-b.relays: sources relay each other in a circle: ring-b -> ring-c -> ring-a -> ring-b",
            f"data/sources.yaml:{line + 20}:11: ring-c.relays: sources relay each other in a circle: ring-c -> ring-a -> ring-b -> ring-c")


def test_a_chain_of_relays_ending_at_a_known_source_is_allowed(small: Path) -> None:
    append(small, "data/sources.yaml", source("chain-a", relays="chain-b") + source("chain-b", relays="eu-reg-2024-2754"))
    allowed(small)


# --- editions and dates ----------------------------------------------------------------------

def test_an_edition_on_the_same_day_as_the_previous_is_refused(small: Path) -> None:
    line = append(small, "data/editions.yaml", '- id: "same-day"\n  date: 2024-10-30\n  summary: Same day.\n')
    refused(small, f"data/editions.yaml:{line + 1}:9: same-day.date: editions must be in date order: 2024-10-30 is not after 2024-10-30")


def test_a_figure_dated_on_the_edition_date_is_allowed(small: Path) -> None:
    append(small, "data/facts/zz-test.yaml", fact("edge-fact", as_of="2024-10-30"))
    allowed(small)


def test_a_figure_dated_the_day_after_the_edition_is_refused(small: Path) -> None:
    line = append(small, "data/facts/zz-test.yaml", fact("late-fact", as_of="2024-10-31"))
    refused(small, f"data/facts/zz-test.yaml:{line + 4}:10: late-fact.as_of: as_of 2024-10-31 is after the edition date 2024-10-30")


def test_a_figure_known_to_the_month_of_the_edition_is_allowed(small: Path) -> None:
    append(small, "data/facts/zz-test.yaml", fact("month-fact", as_of='"2024-10"'))
    allowed(small)


def test_a_figure_known_to_the_month_after_the_edition_is_refused(small: Path) -> None:
    line = append(small, "data/facts/zz-test.yaml", fact("next-month-fact", as_of='"2024-11"'))
    refused(small, f"data/facts/zz-test.yaml:{line + 4}:10: next-month-fact.as_of: as_of 2024-11 is after the edition date 2024-10-30")


def test_a_table_figure_dated_after_the_edition_is_refused(project: Path) -> None:
    line = replace(project, "data/tables/chips.yaml", 'value: 1979\n    unit: TFLOPS\n    as_of: "2026-02"',
                   'value: 1979\n    unit: TFLOPS\n    as_of: "2026-12"')
    refused(project, f"data/tables/chips.yaml:{line + 2}:12: h200.fp8-dense.as_of: as_of 2026-12 is after the edition date 2026-11-23")


# --- references between records --------------------------------------------------------------

def test_a_claim_citing_an_unknown_source_is_refused(small: Path) -> None:
    line = append(small, "data/facts/zz-test.yaml", fact("claimed-fact", status="disputed")
                  + "  claims:\n    - {value: 10, sources: [eu-reg-2024-2754]}\n    - {value: 12, sources: [no-such-source]}\n")
    refused(small, f"data/facts/zz-test.yaml:{line + 9}:29: claimed-fact.claims[1].sources[0]: unknown source 'no-such-source'")


def test_an_event_naming_unknown_subjects_facts_and_sources_is_refused_at_each(small: Path) -> None:
    line = append(small, "data/events.yaml", textwrap.dedent("""\
        - id: test-event
          date: 2024-07-10
          title: A test event
          description: Something happened.
          subjects: [nobody]
          facts: [no-fact]
          sources: [no-source]
        """))
    refused(small, f"data/events.yaml:{line + 4}:14: test-event.subjects[0]: unknown entity 'nobody'",
            f"data/events.yaml:{line + 5}:11: test-event.facts[0]: unknown fact 'no-fact'",
            f"data/events.yaml:{line + 6}:13: test-event.sources[0]: unknown source 'no-source'")


def test_an_entity_of_an_undeclared_kind_is_refused_listing_the_kinds(small: Path) -> None:
    line = append(small, "data/entities.yaml", "- id: test-thing\n  name: Test thing\n  kind: gadget\n")
    refused(small, f"data/entities.yaml:{line + 2}:9: test-thing.kind: unknown entity kind 'gadget'; declare it in "
                     "data/entity-kinds.yaml (declared: authority, carmaker)")


def test_a_table_of_an_undeclared_kind_is_refused(project: Path) -> None:
    line = replace(project, "data/tables/chips.yaml", "item_kind: chip", "item_kind: gadget")
    refused_among(project, f"data/tables/chips.yaml:{line}:12: chips.item_kind: unknown entity kind 'gadget' (declare it in data/entity-kinds.yaml)")


def test_a_table_figure_about_an_entity_of_another_kind_is_refused(project: Path) -> None:
    line = replace(project, "data/tables/chips.yaml", "  - item: h200\n    metric: fp8-dense", "  - item: nvidia\n    metric: fp8-dense")
    refused_among(project, f"data/tables/chips.yaml:{line}:11: nvidia.fp8-dense.item: unknown chip 'nvidia' (declare it in data/entities.yaml with kind: chip)")


def test_a_table_figure_on_an_undeclared_metric_is_refused(project: Path) -> None:
    line = replace(project, "data/tables/chips.yaml", "  - item: h200\n    metric: fp8-dense", "  - item: h200\n    metric: fp4-dense")
    refused(project, f"data/tables/chips.yaml:{line + 1}:13: h200.fp4-dense.metric: unknown metric 'fp4-dense'; this table measures "
                     "fp8-dense, fp8-sparse, fp16-dense, fp16-sparse, memory, bandwidth, power, nvlink")


def test_a_table_figure_in_another_unit_than_its_metric_is_refused(project: Path) -> None:
    line = replace(project, "data/tables/chips.yaml", "value: 1979\n    unit: TFLOPS", "value: 1979\n    unit: GB")
    refused(project, f"data/tables/chips.yaml:{line + 1}:11: h200.fp8-dense.unit: the metric 'fp8-dense' is measured in 'TFLOPS', not 'GB'")


def test_a_claim_check_naming_unknown_figures_is_refused(project: Path) -> None:
    line = replace(project, "data/checks.yaml", "  claim: h200-vs-h20-claim\n  against:\n    - h200-h20-fp8-ratio",
                   "  claim: no-such-claim\n  against:\n    - no-such-ratio")
    refused(project, f"data/checks.yaml:{line}:10: h200-six-times-h20.claim: unknown fact 'no-such-claim'",
            f"data/checks.yaml:{line + 2}:7: h200-six-times-h20.against[0]: unknown derived figure 'no-such-ratio'")


def test_a_chart_threshold_naming_an_unknown_figure_is_refused(project: Path) -> None:
    line = replace(project, "data/charts.yaml", "    - ref: tpp-threshold-3a090", "    - ref: tpp-threshold-9z999")
    refused(project, f"data/charts.yaml:{line}:12: tpp-thresholds.thresholds[0].ref: unknown figure 'tpp-threshold-9z999'; "
                     "did you mean 'tpp-threshold-3a090'?")


def test_a_briefing_naming_unknown_key_facts_and_charts_is_refused(project: Path) -> None:
    line = replace(project, "data/briefings.yaml", "key_facts: [cn-approved-units,", "key_facts: [no-such-fact,")
    charts = replace(project, "data/briefings.yaml", "charts: []", "charts: [no-such-chart]")
    refused(project, f"data/briefings.yaml:{line}:15: h200-full.key_facts[0]: unknown figure 'no-such-fact'",
            f"data/briefings.yaml:{charts}:12: h200-full.charts[0]: unknown chart 'no-such-chart'")


def test_a_derived_figure_and_a_fact_may_not_share_an_id(small: Path) -> None:
    line = append(small, "data/facts/zz-test.yaml", fact("saic-cut"))
    first = replace(small, "data/derived.yaml", "- id: saic-cut", "- id: saic-cut")
    refused(small, f"data/derived.yaml:{first}:7: saic-cut.id: duplicate id (first declared at data/facts/zz-test.yaml:{line}:7)")


def test_a_table_declaring_a_metric_twice_is_refused(project: Path) -> None:
    line = replace(project, "data/tables/chips.yaml", "  - id: fp8-sparse\n", "  - id: fp8-dense\n")
    first = replace(project, "data/tables/chips.yaml", "  - id: fp8-dense\n", "  - id: fp8-dense\n")
    assert problems(project)[1][0] == f"data/tables/chips.yaml:{line}:9: fp8-dense.id: duplicate id (first declared at data/tables/chips.yaml:{first}:9)"



# --- disputed values and stated numbers ---------------------------------------------------------

CLAIMS = ("  claims:\n    - {value: 10, sources: [eu-reg-2024-2754]}\n"
          "    - {value: {low: 11, high: 14}, sources: [eu-reg-2024-1866]}\n")


def test_a_disputed_value_matching_no_claim_is_refused_showing_each_claim(small: Path) -> None:
    line = append(small, "data/facts/zz-test.yaml", fact("split-fact", value="12.5", status="disputed") + CLAIMS)
    refused(small, f"data/facts/zz-test.yaml:{line + 2}:10: split-fact.value: the value 12.5 matches none of its claims "
                     "(10, 11–14); make the value one of the claimed values (or the range they span), or add the claim that gives it")


@pytest.mark.parametrize("value", ["10", "{low: 11, high: 14}", "{low: 10, high: 14}"])
def test_a_disputed_value_may_be_a_claimed_value_or_the_span_of_the_claims(small: Path, value: str) -> None:
    append(small, "data/facts/zz-test.yaml", fact("split-fact", value=value, status="disputed") + CLAIMS)
    allowed(small)


def test_a_statement_stating_another_number_than_the_value_is_refused(small: Path) -> None:
    line = append(small, "data/facts/zz-test.yaml", fact("ratio-fact", statement="A ratio of 1.5 was reported.", value="2",
                                                             unit="times"))
    refused(small, f"data/facts/zz-test.yaml:{line + 1}:14: ratio-fact.statement: the statement states 1.5 but the value is 2; "
                     "make them agree")


def test_a_statement_in_words_and_scale_agreeing_with_the_value_is_allowed(small: Path) -> None:
    append(small, "data/facts/zz-test.yaml", fact("orders-fact", statement="Orders reached 2.5 million cars.", value="2500000"))
    allowed(small)


def test_a_statement_disagreeing_in_millions_prints_both_numbers_in_full(small: Path) -> None:
    line = append(small, "data/facts/zz-test.yaml", fact("orders-fact", statement="Orders reached 2.5 million cars.", value="3000000"))
    refused(small, f"data/facts/zz-test.yaml:{line + 1}:14: orders-fact.statement: the statement states 2,500,000 but the value is "
                     "3,000,000; make them agree")


# --- more rules, on the small project ---------------------------------------------------------------


def test_the_small_project_checks_clean(small: Path) -> None:
    allowed(small)


def test_an_entity_kind_with_none_declared_says_none_are(small: Path) -> None:
    (small / "data/entity-kinds.yaml").write_text("[]\n", encoding="utf-8")
    refused_among(small, "data/entities.yaml:4:9: european-commission.kind: unknown entity kind 'authority'; declare it in "
                         "data/entity-kinds.yaml (declared: none)")


def test_a_table_figure_about_no_entity_at_all_is_refused(small: Path) -> None:
    line = replace(small, "data/tables/duties.yaml", "{item: byd, metric: provisional", "{item: tesla, metric: provisional")
    refused_among(small, f"data/tables/duties.yaml:{line}:12: tesla.provisional.item: unknown carmaker 'tesla' "
                         "(declare it in data/entities.yaml with kind: carmaker)")


def test_an_assumption_citing_an_unknown_source_is_refused(small: Path) -> None:
    line = append(small, "data/assumptions.yaml", """\
        - id: fleet-share
          name: Share of the fleet
          unit: "%"
          low: 10
          central: 20
          high: 30
          sources: [eu-reg-2024-2754, no-such-regulation]
          explanation: A test case.
        """)
    refused(small, f"data/assumptions.yaml:{line + 6}:31: fleet-share.sources[1]: unknown source 'no-such-regulation'")


def test_a_scatter_point_whose_x_names_an_unknown_figure_is_refused(small: Path) -> None:
    line = append(small, "data/charts.yaml", """\
        - id: spread
          title: Provisional against definitive duty
          kind: scatter
          series:
            - name: Carmakers
              points:
                - {label: BYD, ref: byd.definitive, x: byd.provisional}
                - {label: SAIC, ref: saic.definitive, x: saic.provisonal}
        """)
    refused(small, f"data/charts.yaml:{line + 7}:50: spread.series[0].points[1].x: unknown figure 'saic.provisonal'; "
                   "did you mean 'saic.provisional'?")


def test_a_record_refused_for_its_own_fault_is_not_reported_again_where_it_is_named(small: Path) -> None:
    replace(small, "data/facts/example.yaml", "  status: confirmed\n", "  status: confirmed\n  colour: red\n")
    line = (small / "data/facts/example.yaml").read_text(encoding="utf-8").splitlines().index("  colour: red") + 1
    refused(small, f"data/facts/example.yaml:{line}:3: sampled-producers.colour: unknown field")


@pytest.mark.parametrize("events, pages", [(0, 1), (1, 1), (100, 1), (101, 2), (200, 2), (201, 3)])
def test_the_timeline_takes_a_page_per_100_events_and_always_one(events: int, pages: int) -> None:
    """In date order, so a page is full before the next begins; an empty Timeline is still a page."""
    assert citations.TIMELINE_PAGE_EVENTS == 100
    assert citations.timeline_pages(SimpleNamespace(timeline=[None] * events)) == pages


# --- declared units --------------------------------------------------------------------------------

def test_a_unit_declared_under_a_built_in_name_is_refused(small: Path) -> None:
    line = append(small, "data/units.yaml", "- id: USD\n  noun: dollar\n")
    refused(small, f"data/units.yaml:{line}:7: USD.id: 'USD' is a built-in unit; use it as it is, or choose another name")


def test_a_compound_unit_naming_an_undeclared_unit_is_refused(small: Path) -> None:
    line = append(small, "data/units.yaml", '- id: lorry/day\n  prose: "{n} lorries a day"\n')
    refused(small, f"data/units.yaml:{line}:7: lorry/day.id: unknown unit 'lorry' in 'lorry/day'; declare it in data/units.yaml, "
                   "or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)")


def declared_and_used(project: Path, unit: str, value: str = "10") -> str:
    """The prose of a fact of ``value`` in ``unit`` added to the project (the statement states the value)."""
    from generator import derive, load, validate

    append(project, "data/facts/unit-test.yaml", fact("unit-test", value=value, unit=f'"{unit}"', statement=f'"About {value}."'))
    return derive.run(validate.run(load.run(project))).figures["unit-test"].prose()


def test_a_compound_units_declared_prose_is_how_its_figures_read(small: Path) -> None:
    append(small, "data/units.yaml", '- id: producer/day\n  prose: "{n} producers a day"\n')
    assert declared_and_used(small, "producer/day") == "10 producers a day"


def test_a_unit_declared_with_prefixes_takes_them_and_one_without_does_not(small: Path) -> None:
    append(small, "data/units.yaml", "- id: bbl\n  noun: barrel\n  plural: barrels\n  prefixes: true\n")
    assert declared_and_used(small, "kbbl") == "10 kbbl"
    replace(small, "data/units.yaml", "  prefixes: true\n", "  prefixes: false\n")
    refused(small, "data/facts/unit-test.yaml:4:9: unit-test.unit: unknown unit 'kbbl'; did you mean 'bbl'?")
