"""Dates as readers see them: spans of events, and month-only dates after the dated days of that month."""
from __future__ import annotations

import datetime as dt

import pytest

from generator.model import Event, When


def event(date: str, end: str | None = None) -> Event:
    return Event(id="e", date=date, end_date=end, title="Something happened", sources=["s"])


@pytest.mark.parametrize("start, end, shown", [
    (dt.date(2026, 1, 23), None, "23 January 2026"),
    (dt.date(2026, 1, 23), dt.date(2026, 1, 24), "23–24 January 2026"),
    (dt.date(2026, 1, 30), dt.date(2026, 2, 2), "30 January – 2 February 2026"),
    (dt.date(2025, 12, 31), dt.date(2026, 1, 1), "31 December 2025 – 1 January 2026"),
    ("2026-01", dt.date(2026, 1, 24), "January 2026 – 24 January 2026"),
    (dt.date(2026, 1, 15), dt.date(2026, 1, 15), "15 January 2026"),  # ending the day it starts: one day, not "15–15"
    ("2026-01", "2026-01", "January 2026"),
])
def test_an_event_spanning_days_reads_as_one_span(start, end, shown: str) -> None:
    assert event(start, end).when == shown


def test_a_date_known_only_to_the_month_follows_that_months_days() -> None:
    dates = [When(dt.date(2026, 1, 1), "month"), When(dt.date(2026, 1, 31)), When(dt.date(2025, 12, 1), "month"),
             When(dt.date(2026, 1, 1)), When(dt.date(2026, 2, 1))]
    assert [str(d) for d in sorted(dates, key=lambda d: d.order)] == ["2025-12", "2026-01-01", "2026-01-31", "2026-01", "2026-02-01"]
