"""How a figure reads wherever a reader meets it: one module decides the words, signs and values."""
from __future__ import annotations

import datetime as dt

import pytest

from generator import present, units
from generator.derive import Figure
from generator.model import Claim, Range, When

VEHICLES = units.Units([units.Atom("vehicle", units.dimension("vehicle"), "{n} vehicles", "{n} vehicle", "vehicle")])


def figure(value=None, low=None, high=None, unit="vehicle", qualifier=None, status="reported", as_of=None) -> Figure:
    low = value if low is None else low
    high = value if high is None else high
    return Figure("f", "fact", "Vehicles were shipped.", value, low, high, unit, qualifier, as_of, status, units=VEHICLES)


@pytest.mark.parametrize("fig, prose", [
    (figure(400000), "400,000 vehicles"),
    (figure(1), "1 vehicle"),
    (figure(400000, qualifier="over"), "more than 400,000 vehicles"),
    (figure(5, qualifier="about"), "about 5 vehicles"),
    (figure(5, qualifier="at least"), "at least 5 vehicles"),
    (figure(5, qualifier="up to"), "up to 5 vehicles"),
    (figure(5, qualifier="under"), "under 5 vehicles"),
    (figure(7500, 5000, 10000), "5,000–10,000 vehicles"),
    (figure(None, 5000, 10000, qualifier="about"), "about 5,000–10,000 vehicles"),
    (figure(7500, 7500, 7500), "7,500 vehicles"),  # low == high is no range
    (figure(None, unit=None), "Vehicles were shipped."),  # no value: the statement
])
def test_a_figure_reads_with_its_qualifier_unit_and_range(fig: Figure, prose: str) -> None:
    assert present.prose(fig) == fig.prose() == prose


@pytest.mark.parametrize("row, prose", [
    ({"value": 400000, "unit": "vehicle", "qualifier": "over"}, "more than 400,000 vehicles"),
    ({"value": None, "low": 5000, "high": 10000, "unit": "vehicle"}, "5,000–10,000 vehicles"),
    ({"value": 7500, "low": None, "high": None, "unit": "vehicle"}, "7,500 vehicles"),  # a record keeps no ends for a single value
    ({"value": None}, "Vehicles were shipped."),
])
def test_a_recorded_row_reads_as_the_figure_it_records(row: dict, prose: str) -> None:
    assert present.row_prose({"statement": "Vehicles were shipped.", **row}, VEHICLES) == prose


@pytest.mark.parametrize("fig, cell", [
    (figure(2000000, qualifier="over"), ">2 million"),
    (figure(400000), "400,000"),
    (figure(3, qualifier="about"), "~3"),
    (figure(3, qualifier="under"), "<3"),
    (figure(3, qualifier="up to"), "≤3"),
    (figure(3, qualifier="at least"), "≥3"),
    (figure(1750, 1500, 2000), "1,500–2,000"),
    (figure(0.5), "0.5"),
])
def test_a_cell_gives_the_number_with_its_qualifier_as_a_sign(fig: Figure, cell: str) -> None:
    assert present.compact(fig) == cell


@pytest.mark.parametrize("status, flag", [("estimate", " (estimate)"), ("disputed", " (disputed)"), ("assumption", " (assumption)"),
                                          ("reported", ""), ("confirmed", ""), ("derived", "")])
def test_a_status_the_reader_must_not_miss_is_named_beside_the_value(status: str, flag: str) -> None:
    assert present.flag(figure(3, status=status)) == flag


def test_the_status_line_says_how_sure_and_when() -> None:
    fig = figure(3, status="confirmed", as_of=When(dt.date(2026, 1, 28)))
    assert (present.status_line(fig), present.as_of(fig)) == ("Confirmed, as of 28 January 2026", "as of 28 January 2026")
    assert present.as_of(figure(3)) == ""


def test_a_download_gives_exact_values_and_ends_only_for_ranges() -> None:
    assert present.record(figure(400000.0, as_of=When(dt.date(2026, 1, 1), "month"), qualifier="over")) == {
        "value": 400000, "low": None, "high": None, "unit": "vehicle", "qualifier": "over", "as_of": "2026-01", "status": "reported"}
    ranged = present.record(figure(7500.0, 5000.0, 10000.5))
    assert (ranged["value"], ranged["low"], ranged["high"]) == (7500, 5000, 10000.5)
    assert all(type(ranged[k]) is t for k, t in (("value", int), ("low", int), ("high", float)))


def test_a_competing_claim_reads_in_the_figures_unit_with_its_own_qualifier() -> None:
    fig = figure(400000, qualifier="over", status="disputed")
    assert present.claim_prose(fig, Claim(value=Range(low=1000, central=2000, high=3000), qualifier="about", sources=["s"])) \
        == "about 1,000–3,000 vehicles"
    assert present.claim_prose(fig, Claim(value=250, sources=["s"])) == "250 vehicles"


def test_a_footnote_mark_is_set_apart_from_a_unit_ending_in_a_superscript(project) -> None:
    from generator import pipeline
    from generator.page import Page

    p = pipeline.prepare(project)
    page = Page("volumes.md", p.derived, p.charts)
    fig = next(f for f in p.derived.figures.values() if f.value is not None and f.unit == "GB")
    squared = type(fig)(**{**fig.__dict__, "id": "area", "unit": "m2", "value": 5.0, "low": 5.0, "high": 5.0})
    p.derived.figures["area"] = squared
    assert str(page.fact("area")).endswith("5 m²</span>\u202f[^area]")
    assert str(page.fact(fig.id)).endswith(f"</span>[^{fig.id.replace('.', '--')}]")
