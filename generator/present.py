"""How a figure reads, in every output: pages, tables, charts, downloads, PDF and What changed.

One place decides the words for a status and a qualifier, how a value reads with its unit or
range, its compact form in table cells and on bars, and the values a download publishes, so a
number reads the same wherever a reader meets it.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Optional

from .units import BASE, Units, exact, number

if TYPE_CHECKING:
    from .derive import Figure

STATUS_WORDS = {
    "confirmed": "Confirmed",
    "reported": "Reported",
    "estimate": "Estimate",
    "disputed": "Disputed",
    "derived": "Derived",
    "assumption": "Assumption",
}
FLAGGED = ("estimate", "disputed", "assumption")  # statuses named beside the value, not only in its footnote
QUALIFIER_WORDS = {"about": "about", "over": "more than", "at least": "at least", "up to": "up to", "under": "under"}
QUALIFIER_SIGNS = {"about": "~", "over": ">", "under": "<", "up to": "≤", "at least": "≥"}


def prose(fig: Figure) -> str:
    """The figure as a reader sees it: ``more than 400,000 vehicles``; its statement if it has no value."""
    return _prose(fig.value, fig.low, fig.high, fig.unit, fig.qualifier, fig.units) or fig.label


def row_prose(row: dict, registry: Units = BASE) -> str:
    """A figure from an edition's record (a row of figures.json), read as ``prose`` reads a figure."""
    value = row.get("value")
    low, high = row.get("low", value), row.get("high", value)
    if low is None:
        low = high = value
    return _prose(value, low, high, row.get("unit"), row.get("qualifier"), registry) or row["statement"]


def _prose(value: Optional[float], low: Optional[float], high: Optional[float], unit: Optional[str],
           qualifier: Optional[str], registry: Units) -> Optional[str]:
    ranged = low is not None and high is not None and low != high
    if value is None and not ranged:
        return None
    text = registry.prose(low, unit, high) if ranged else registry.prose(value, unit)
    return f"{QUALIFIER_WORDS[qualifier]} {text}" if qualifier else text


def compact(fig: Figure) -> str:
    """The number alone, its qualifier as a sign: ``>2,000,000`` or ``1,500–2,000`` (table cells)."""
    text = f"{number(fig.low)}–{number(fig.high)}" if fig.is_range else number(fig.value)
    return signed(text, fig.qualifier)


def signed(text: str, qualifier: Optional[str]) -> str:
    """``text`` with its qualifier as a sign, for places too narrow for words (bars, cells)."""
    return QUALIFIER_SIGNS.get(qualifier or "", "") + text


def flag(fig: Figure) -> str:
    """`` (estimate)`` beside a value whose status a reader must not miss; empty otherwise."""
    return f" ({fig.status})" if fig.status in FLAGGED else ""


def as_of(fig: Figure) -> str:
    return f"as of {fig.as_of.display}" if fig.as_of else ""


def status_line(fig: Figure) -> str:
    """``Reported, as of 28 January 2026``: how sure, and when."""
    return f"{STATUS_WORDS[fig.status]}, {as_of(fig)}"


def claim_prose(fig: Figure, claim) -> str:
    """A competing claim's value, read in the figure's own unit."""
    from .derive import split_quantity

    value, low, high = split_quantity(claim.value)
    return prose(replace(fig, value=value, low=low, high=high, qualifier=claim.qualifier))


def record(fig: Figure) -> dict:
    """The figure's value fields as downloads publish them: exact numbers, low and high only for ranges."""
    return {"value": exact(fig.value), "low": exact(fig.low) if fig.is_range else None,
            "high": exact(fig.high) if fig.is_range else None, "unit": fig.unit, "qualifier": fig.qualifier,
            "as_of": str(fig.as_of) if fig.as_of else None, "status": fig.status}
