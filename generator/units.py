"""Units: what a figure's ``unit`` may say, how units combine in formulas, and how values print.

A unit string is a product of atoms with ``*`` and ``/`` (``USD/chip``, ``TB/s``). Each atom
has a dimension and a scale, so ``TB/s`` and ``GB/s`` compare, ``%`` is a scaled pure number,
and adding chips to dollars is caught before anything is computed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

# atom -> (dimensions, scale to the base unit of those dimensions)
ATOMS: dict[str, tuple[dict[str, int], float]] = {
    "chip": ({"chip": 1}, 1.0),
    "module": ({"module": 1}, 1.0),
    "company": ({"company": 1}, 1.0),
    "USD": ({"USD": 1}, 1.0),
    "CNY": ({"CNY": 1}, 1.0),
    "TFLOPS": ({"FLOPS": 1}, 1e12),
    "bit": ({"bit": 1}, 1.0),
    "TPP": ({"FLOPS": 1, "bit": 1}, 1e12),  # 2 x MacTOPS x bit length, per ECCN 3A090
    "GB": ({"byte": 1}, 1e9),
    "TB": ({"byte": 1}, 1e12),
    "s": ({"s": 1}, 1.0),
    "W": ({"W": 1}, 1.0),
    "mm2": ({"mm2": 1}, 1.0),
    "%": ({}, 0.01),
    "times": ({}, 1.0),
}

# How a value in a unit reads in prose: a format with {n} for the number.
PROSE = {
    "chip": "{n} chips",
    "module": "{n} modules",
    "company": "{n} companies",
    "USD": "US${n}",
    "CNY": "RMB {n}",
    "USD/chip": "US${n} per chip",
    "CNY/chip": "RMB {n} per chip",
    "CNY/module": "RMB {n} per module",
    "chip/module": "{n} chips per module",
    "CNY/USD": "{n} yuan per US dollar",
    "%": "{n}%",
    "times": "{n}×",
    "TPP": "TPP {n}",
    "TPP/mm2": "{n} TPP per mm²",
    "mm2": "{n} mm²",
}
SINGULAR = {"chip": "{n} chip", "module": "{n} module", "company": "{n} company"}


class UnitError(ValueError):
    """A unit string that does not parse, or units that do not combine."""


@dataclass(frozen=True)
class Dim:
    """A unit reduced to base dimensions and a scale factor."""

    dims: tuple[tuple[str, int], ...]
    scale: float = 1.0

    def __mul__(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, 1), self.scale * other.scale)

    def __truediv__(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, -1), self.scale / other.scale)

    def same_kind(self, other: "Dim") -> bool:
        return self.dims == other.dims

    def __str__(self) -> str:
        if not self.dims:
            return "a pure number"
        return " * ".join(f"{d}^{p}" if p != 1 else d for d, p in self.dims)


def _merge(a: tuple, b: tuple, sign: int) -> tuple:
    out = dict(a)
    for d, p in b:
        out[d] = out.get(d, 0) + sign * p
    return tuple(sorted((d, p) for d, p in out.items() if p))


PURE = Dim(())
_TOKEN = re.compile(r"\s*([*/])?\s*([A-Za-z%][A-Za-z0-9%]*)")


def parse(unit: str) -> Dim:
    """Reduce a unit string such as ``USD/chip`` to dimensions; UnitError if an atom is unknown."""
    result, pos = PURE, 0
    for i, m in enumerate(_TOKEN.finditer(unit)):
        if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
            break
        pos = m.end()
        if m[2] not in ATOMS:
            raise UnitError(f"unknown unit {m[2]!r} in {unit!r}; known units: {', '.join(ATOMS)}")
        dims, scale = ATOMS[m[2]]
        atom = Dim(tuple(sorted(dims.items())), scale)
        result = result / atom if m[1] == "/" else result * atom
    if pos != len(unit) or not unit:
        raise UnitError(f"cannot read unit {unit!r}: write atoms joined by * and /, such as USD/chip")
    return result


def number(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def _trim(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def prose(value: Optional[float], unit: str, high: Optional[float] = None) -> str:
    """``400,000 chips``, ``US$27,000 per chip``, or a range ``5,000-10,000 modules``."""
    n = number(value) if high is None else f"{number(value)}–{number(high)}"
    template = SINGULAR.get(unit) if high is None and value == 1 else None
    template = template or PROSE.get(unit) or ("{n} " + unit.replace("mm2", "mm²"))
    return template.format(n=n)
