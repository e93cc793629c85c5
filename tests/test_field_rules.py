"""Every rule of a record's own fields (the schema in generator/model.py) at its edge: the bad value
is refused with exit 2 and the exact located message, and the value just allowed passes.

Each case appends a record to a copy of the small EV story; ``{L}`` in the message is the line the
record starts on. (Rules between records are in test_rules.py; whole-file shapes in test_bad_input.py.)"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_rules import allowed, append, fact, refused, source

FACTS, SOURCES, UNITS, CHARTS = "data/facts/zz-test.yaml", "data/sources.yaml", "data/units.yaml", "data/charts.yaml"


def event(end_date: str) -> str:
    return f"- id: e1\n  date: 2024-07-10\n  end_date: {end_date}\n  title: A test event\n  sources: [eu-reg-2024-2754]\n"


def chart(kind: str, series: str = "") -> str:
    return f"- id: c1\n  title: A test chart\n  kind: {kind}\n{series}"


UNSOURCED_UNIT = "- id: f1\n  statement: A test fact.\n  value: 10\n  as_of: 2024-07-10\n  sources: [eu-reg-2024-2754]\n  status: reported\n"
CLAIMS = "\n    - {value: 10, sources: [eu-reg-2024-2754]}\n    - {value: 12, sources: [eu-reg-2024-1866]}"
LONG_ID = "f" * 81

REFUSED = {  # rule: (file, record, the message)
    "a date with a time": (FACTS, fact("f1", as_of="2024-07-10 10:00:00"), "{L+4}:10: f1.as_of: give a date without a time"),
    "a month that does not exist": (FACTS, fact("f1", as_of='"2024-13"'), "{L+4}:10: f1.as_of: '2024-13' is not a real month"),
    "a date in words": (FACTS, fact("f1", as_of="July 2024"),
                        "{L+4}:10: f1.as_of: expected a date as YYYY-MM-DD, or YYYY-MM when only the month is known"),
    "a date before 1990": (FACTS, fact("f1", as_of="1989-12-31"), "{L+4}:10: f1.as_of: 1989-12-31 is outside 1990-2100"),
    "a date after 2100": (SOURCES, source("s1", published="2101-01-01"), "{L+4}:14: s1.published: 2101-01-01 is outside 1990-2100"),
    "a range whose low is above its high": (FACTS, fact("f1", value="{low: 14, high: 10}"),
                                            "{L+2}:10: f1.value: low (14) is greater than high (10)"),
    "a value without a unit": (FACTS, UNSOURCED_UNIT, "{L}:3: f1: a value needs a unit"),
    "competing claims on a figure not disputed": (FACTS, fact("f1", claims=CLAIMS),
                                                  "{L}:3: f1: a figure with competing claims must have status 'disputed'"),
    "a source with a date and a reason it has none": (SOURCES, source("s1", date_unavailable="not given"),
                                                      "{L}:3: s1: give only one of published and date_unavailable"),
    "a source with an address and a place offline": (SOURCES, source("s1", offline="print edition, p. 3"),
                                                     "{L}:3: s1: give only one of url and offline"),
    "a disputed figure with one claim": (FACTS, fact("f1", status="disputed", claims="\n    - {value: 10, sources: [eu-reg-2024-2754]}"),
                                         "{L}:3: f1: a disputed figure must list two or more competing claims, each with its "
                                         "own sources"),
    "an event ending before it starts": ("data/events.yaml", event("2024-07-09"), "{L}:3: e1: end_date is before date"),
    "a compound unit declaring a noun": (UNITS, '- id: producer/year\n  noun: thing\n  prose: "{n} a year"\n',
                                         "{L}:3: producer/year: 'producer/year' combines units, so it can only say how it reads "
                                         "(prose); declare its parts one by one"),
    "a compound unit without its prose": (UNITS, "- id: producer/year\n",
                                          "{L}:3: producer/year: 'producer/year' combines units: give its prose, such as '{n} ...'"),
    "a plural without its noun": (UNITS, "- id: widget\n  plural: widgets\n", "{L}:3: widget: a plural needs its noun (the singular) too"),
    "a scale of zero": (UNITS, "- id: kproducer\n  dimension: producer\n  scale: 0\n",
                        "{L+2}:10: kproducer.scale: input should be greater than 0"),
    "prose without the number": (UNITS, "- id: producer/year\n  prose: per producer a year\n",
                                 "{L+1}:10: producer/year.prose: 'per producer a year' does not say where the number goes: "
                                 "write {n} once, and no other braces, as in '{n} yuan per US dollar'"),
    "a unit with a space": (UNITS, "- id: per cent\n  noun: point\n",
                            "{L}:7: per cent.id: 'per cent' is not a valid unit: use letters, digits and %, with * or / "
                            "between units, as in USD/t"),
    "a dimension with a space": (UNITS, "- id: kwidget\n  dimension: W s\n",
                                 "{L+1}:14: kwidget.dimension: 'W s' is not a valid dimension: use unit names joined by * or /, "
                                 "as in W*s"),
    "an id in capitals": (FACTS, fact("F1"), "{L}:7: F1.id: 'F1' is not a valid id: use lower-case letters, digits and single hyphens"),
    "an id of 81 characters": (FACTS, fact(LONG_ID), f"{{L}}:7: {LONG_ID}.id: string should have at most 80 characters"),
    "a figure id in capitals": (CHARTS, chart("bar", "  series:\n    - name: S\n      points:\n        - {label: BYD, ref: BYD.definitive}\n"),
                                "{L+6}:29: c1.series[0].points[0].ref: 'BYD.definitive' is not a valid figure id: use an id "
                                "(lower-case letters, digits and single hyphens), or item.metric for a table's figure"),
    "an edition id starting with a hyphen": ("data/editions.yaml", '- id: "-x"\n  date: 2024-11-30\n  summary: Bad id.\n',
                                             "{L}:7: -x.id: '-x' is not a valid edition id: use letters, digits, dots and hyphens, "
                                             "as in 2026-12-01"),
    "an edition id of 41 characters": ("data/editions.yaml", f'- id: "{"e" * 41}"\n  date: 2024-11-30\n  summary: Long id.\n',
                                       f"{{L}}:7: {'e' * 41}.id: string should have at most 40 characters"),
    "an empty statement": (FACTS, fact("f1", statement='""'), "{L+1}:14: f1.statement: string should have at least 1 character"),
    "a note of 2001 characters": (FACTS, fact("f1", note="x" * 2001), "{L+7}:9: f1.note: string should have at most 2000 characters"),
    "no sources": (FACTS, fact("f1", sources="[]"), "{L+5}:12: f1.sources: must not be empty"),
    "an unknown status": (FACTS, fact("f1", status="rumoured"),
                          "{L+6}:11: f1.status: input should be 'confirmed', 'reported', 'estimate' or 'disputed'"),
    "an unknown qualifier": (FACTS, fact("f1", qualifier="roughly"),
                             "{L+7}:14: f1.qualifier: input should be 'about', 'over', 'at least', 'up to' or 'under'"),
    "an unknown field": (FACTS, fact("f1", colour="red"), "{L+7}:3: f1.colour: unknown field"),
    "a bar chart without series": (CHARTS, chart("bar"), "{L}:3: c1: a bar chart needs at least one series"),
}

ALLOWED = {  # the value just inside each edge
    "the first day of 1990": (FACTS, fact("f1", as_of="1990-01-01")),
    "a range whose low is its high": (FACTS, fact("f1", value="{low: 10, high: 10}")),
    "a fact without a value or a unit": (FACTS, UNSOURCED_UNIT.replace("  value: 10\n", "")),
    "an event ending the day it starts": ("data/events.yaml", event("2024-07-10")),
    "a compound unit with only its prose": (UNITS, '- id: producer/year\n  prose: "{n} per producer a year"\n'),
    "an id of 80 characters": (FACTS, fact("f" * 80)),
    "a note of 2000 characters": (FACTS, fact("f1", note="x" * 2000)),
    "an edition id of 40 characters": ("data/editions.yaml", f'- id: "{"e" * 40}"\n  date: 2024-11-30\n  summary: Long id.\n'),
    "a timeline chart without series": (CHARTS, chart("timeline")),
}


@pytest.mark.parametrize("rule", REFUSED)
def test_a_field_breaking_its_rule_is_refused_at_its_place(rule: str, small: Path) -> None:
    rel, record, message = REFUSED[rule]
    line = append(small, rel, record)
    located = re.sub(r"\{L(?:\+(\d))?\}", lambda m: str(line + int(m[1] or 0)), message)
    refused(small, f"{rel}:{located}")


@pytest.mark.parametrize("edge", ALLOWED)
def test_a_field_just_inside_its_rule_is_allowed(edge: str, small: Path) -> None:
    rel, record = ALLOWED[edge]
    append(small, rel, record)
    allowed(small)
