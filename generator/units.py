"""Units: what a figure's ``unit`` may say, how units combine in formulas, and how values print.

A unit string is a product of atoms with ``*`` and ``/`` (``USD/vehicle``, ``TB/s``, ``km2``). Each
atom has a dimension and a scale, so ``TB/s`` and ``GB/s`` compare, ``%`` is a scaled pure number,
and adding vehicles to dollars is caught before anything is computed.

A small base serves any briefing (currencies by ISO code, %, times, SI units with their prefixes);
each project declares its own atoms and prose in ``data/units.yaml`` and gets a ``Units`` registry
that knows both. Nothing here knows what a briefing is about.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

from .errors import did_you_mean


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

    def __pow__(self, power: int) -> "Dim":
        return Dim(tuple((d, p * power) for d, p in self.dims), self.scale ** power)

    def same_kind(self, other: "Dim") -> bool:
        return self.dims == other.dims

    def __str__(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        return "/".join([up, *(_power(d, -p) for d, p in self.dims if p < 0)])


def _power(name: str, power: int) -> str:
    return name if power == 1 else f"{name}{power}"


def _merge(a: tuple, b: tuple, sign: int) -> tuple:
    out = dict(a)
    for d, p in b:
        out[d] = out.get(d, 0) + sign * p
    return tuple(sorted((d, p) for d, p in out.items() if p))


PURE = Dim(())


@dataclass(frozen=True)
class Atom:
    """One unit symbol: its dimension and scale, and how a value in it reads."""

    symbol: str
    dim: Dim
    prose: Optional[str] = None  # "{n} vehicles"; None prints "{n} symbol"
    singular: Optional[str] = None  # "{n} vehicle", for exactly one
    noun: Optional[str] = None  # "vehicle": what "per ..." says in a rate such as USD/vehicle
    prefixes: bool = False  # SI prefixes apply: kW, MW, GW from W


# SI prefixes a prefixable atom accepts (ASCII "u" for micro).
PREFIXES = {"n": 1e-9, "u": 1e-6, "m": 1e-3, "c": 1e-2, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15}

# ISO 4217 codes of currencies briefings commonly cite; each is its own dimension (rates are facts).
CURRENCIES = {
    "USD": "US${n}", "EUR": "€{n}", "GBP": "£{n}", "JPY": "¥{n}", "CNY": "RMB {n}", "CHF": "CHF {n}", "CAD": "C${n}",
    "AUD": "A${n}", "NZD": "NZ${n}", "HKD": "HK${n}", "TWD": "NT${n}", "SGD": "S${n}", "KRW": "₩{n}", "INR": "₹{n}",
    "RUB": "RUB {n}", "BRL": "R${n}", "MXN": "MXN {n}", "ZAR": "ZAR {n}", "TRY": "TRY {n}", "SEK": "SEK {n}",
    "NOK": "NOK {n}", "DKK": "DKK {n}", "PLN": "PLN {n}", "CZK": "CZK {n}", "HUF": "HUF {n}", "SAR": "SAR {n}",
    "AED": "AED {n}", "IDR": "IDR {n}", "MYR": "MYR {n}", "THB": "THB {n}", "VND": "VND {n}", "PHP": "PHP {n}",
    "ILS": "ILS {n}", "EGP": "EGP {n}", "NGN": "NGN {n}", "ARS": "ARS {n}", "CLP": "CLP {n}", "COP": "COP {n}",
}
CURRENCY_NOUNS = {"USD": "US dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "yen", "CNY": "yuan"}


# Module-level data, not built by a helper: what runs at import time is out of mutation testing's reach.
# Units of measure take SI prefixes; those that read as words say so (3 days, per day).
BASE_ATOMS = {a.symbol: a for a in [
    Atom("%", Dim((), 0.01), "{n}%"),
    Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
    Atom("times", PURE, "{n}×"),
    Atom("bit", Dim((("bit", 1),)), prefixes=True),
    Atom("B", Dim((("bit", 1),), 8), prefixes=True),
    Atom("s", Dim((("s", 1),)), prefixes=True),
    Atom("min", Dim((("s", 1),), 60), noun="minute"),
    Atom("h", Dim((("s", 1),), 3600), noun="hour"),
    Atom("day", Dim((("s", 1),), 86400), "{n} days", "{n} day", "day"),
    Atom("week", Dim((("s", 1),), 604800), "{n} weeks", "{n} week", "week"),
    Atom("year", Dim((("s", 1),), 31557600), "{n} years", "{n} year", "year"),  # the Julian year, 365.25 days
    Atom("W", Dim((("W", 1),)), prefixes=True),
    Atom("Wh", Dim((("W", 1), ("s", 1)), 3600), prefixes=True),
    Atom("J", Dim((("W", 1), ("s", 1))), prefixes=True),
    Atom("g", Dim((("g", 1),)), prefixes=True),
    Atom("t", Dim((("g", 1),), 1e6), noun="tonne", prefixes=True),
    Atom("tonne", Dim((("g", 1),), 1e6), "{n} tonnes", "{n} tonne", "tonne"),
    Atom("m", Dim((("m", 1),)), prefixes=True),
    Atom("L", Dim((("m", 3),), 1e-3), prefixes=True),
    Atom("Hz", Dim((("s", -1),)), prefixes=True),
    *(Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()),
]}
_TOKEN = re.compile(r"\s*([*/])?\s*([A-Za-z%][A-Za-z0-9%]*)")
_POWER = re.compile(r"^(.*[A-Za-z%])([2-9])$")


class Units:
    """A project's units: the base atoms plus those it declares, and prose for whole unit strings."""

    def __init__(self, atoms: Iterable[Atom] = (), prose: Optional[dict[str, str]] = None):
        self.atoms = {**BASE_ATOMS, **{a.symbol: a for a in atoms}}
        self.unit_prose = dict(prose or {})

    def atom(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def suggest(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        prefixed = [p + symbol for symbol, atom in self.atoms.items() if atom.prefixes for p in PREFIXES]
        return did_you_mean(token, [*self.atoms, *prefixed]) or \
            "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def parse(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        def known(token: str) -> Dim:
            atom = self.atom(token)
            if atom is None:
                where = f" in {unit!r}" if unit != token else ""
                raise UnitError(f"unknown unit {token!r}{where}{self.suggest(token)}")
            return atom

        return _reduce(unit, known)

    def prose(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if high is None else f"{number(value)}–{number(high)}"
        return self._template(unit, one=high is None and value == 1).format(n=n)

    def _template(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)


def _superscripts(unit: str) -> str:
    """``m2`` reads m², ``km3`` km³; a chemical formula (two capitals before the digit: ``tCO2``) keeps its digit."""
    return re.sub(r"([A-Za-z]+)([23])\b", lambda m: m[0] if re.search("[A-Z]{2}", m[1]) else m[1] + ("²" if m[2] == "2" else "³"), unit)


BASE = Units()


def dimension(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    def base(token: str) -> Dim:
        power = _POWER.match(token)
        return Dim(((power[1], int(power[2])),) if power else ((token, 1),))

    return Dim(_reduce(expression.strip(), base).dims, scale)


def _reduce(expression: str, term: Callable[[str], Dim]) -> Dim:
    """``a*b/c2`` read left to right, each name made a Dim by ``term``: the one grammar of units and
    of declared dimensions. UnitError if the text is not names joined by * and /."""
    result, pos = PURE, 0
    for i, m in enumerate(_TOKEN.finditer(expression)):
        if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
            break
        pos = m.end()
        result = result / term(m[2]) if m[1] == "/" else result * term(m[2])
    if pos != len(expression) or not expression:
        raise UnitError(f"cannot read unit {expression!r}: write units joined by * and /, such as USD/t or TB/s")
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


def exact(value: Optional[float]) -> Optional[float]:
    """A value as downloads write it: whole numbers as integers (400000, not 400000.0)."""
    return int(value) if isinstance(value, float) and value.is_integer() and abs(value) < 2**53 else value


def _trim(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
