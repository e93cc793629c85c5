"""A small, safe formula language for derived figures (no ``eval``).

Grammar::

    expr    := term (("+" | "-") term)*
    term    := unary (("*" | "/") unary)*
    unary   := "-" unary | atom
    atom    := NUMBER ["[" UNIT "]"] | "{" ID "}" | NAME "(" expr ("," expr)* ")" | "(" expr ")"

``{id}`` refers to a fact, table figure (``item.metric``), assumption or derived figure. Functions:
``min``, ``max`` and ``round(x, n)`` (n significant figures). Values are intervals
(low, central, high) with units, so ranges and scenarios flow through every operation.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from . import units

FUNCTIONS = ("min", "max", "round")
_TOKENS = re.compile(
    r"\s*(?:(?P<number>\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?:\[(?P<unit>[^\]]+)\])?"
    r"|\{(?P<ref>[a-z0-9.-]+)\}|(?P<name>[a-z]+)|(?P<op>[-+*/(),]))"
)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁFormulaErrorǁ__init____mutmut: MutantDict = {}  # type: ignore


class FormulaError(ValueError):
    """A formula that does not parse or cannot be evaluated; the message says why, and ``at`` is
    the character of the formula where it went wrong (counted from 0), when known."""

    @_mutmut_mutated(mutants_xǁFormulaErrorǁ__init____mutmut)
    def __init__(self, message: str, at: Optional[int] = None):
        super().__init__(message)
        self.at = at

    def xǁFormulaErrorǁ__init____mutmut_orig(self, message: str, at: Optional[int] = None):
        super().__init__(message)
        self.at = at

    def xǁFormulaErrorǁ__init____mutmut_1(self, message: str, at: Optional[int] = None):
        super().__init__(None)
        self.at = at

    def xǁFormulaErrorǁ__init____mutmut_2(self, message: str, at: Optional[int] = None):
        super().__init__(message)
        self.at = None

mutants_xǁFormulaErrorǁ__init____mutmut['_mutmut_orig'] = FormulaError.xǁFormulaErrorǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFormulaErrorǁ__init____mutmut['xǁFormulaErrorǁ__init____mutmut_1'] = FormulaError.xǁFormulaErrorǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFormulaErrorǁ__init____mutmut['xǁFormulaErrorǁ__init____mutmut_2'] = FormulaError.xǁFormulaErrorǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁValueǁexact__mutmut: MutantDict = {}  # type: ignore
mutants_xǁValueǁ__add____mutmut: MutantDict = {}  # type: ignore
mutants_xǁValueǁ__sub____mutmut: MutantDict = {}  # type: ignore
mutants_xǁValueǁ__mul____mutmut: MutantDict = {}  # type: ignore
mutants_xǁValueǁ__truediv____mutmut: MutantDict = {}  # type: ignore
mutants_xǁValueǁ__neg____mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Value:
    """An interval with a unit, in the unit's base scale."""

    low: float
    central: float
    high: float
    dim: units.Dim
    unit: Optional[str] = field(default=None, compare=False)  # the unit as the curator wrote it, for messages

    @classmethod
    @_mutmut_mutated(mutants_xǁValueǁexact__mutmut, is_classmethod = True)
    def exact(cls, x: float, dim: units.Dim, unit: Optional[str] = None) -> "Value":
        return cls(x, x, x, dim, unit)

    @classmethod
    def xǁValueǁexact__mutmut_orig(cls, x: float, dim: units.Dim, unit: Optional[str] = None) -> "Value":
        return cls(x, x, x, dim, unit)

    @classmethod
    def xǁValueǁexact__mutmut_1(cls, x: float, dim: units.Dim, unit: Optional[str] = None) -> "Value":
        return cls(None, x, x, dim, unit)

    @classmethod
    def xǁValueǁexact__mutmut_2(cls, x: float, dim: units.Dim, unit: Optional[str] = None) -> "Value":
        return cls(x, None, x, dim, unit)

    @classmethod
    def xǁValueǁexact__mutmut_3(cls, x: float, dim: units.Dim, unit: Optional[str] = None) -> "Value":
        return cls(x, x, None, dim, unit)

    @classmethod
    def xǁValueǁexact__mutmut_4(cls, x: float, dim: units.Dim, unit: Optional[str] = None) -> "Value":
        return cls(x, x, x, None, unit)

    @classmethod
    def xǁValueǁexact__mutmut_5(cls, x: float, dim: units.Dim, unit: Optional[str] = None) -> "Value":
        return cls(x, x, x, dim, None)

    @classmethod
    def xǁValueǁexact__mutmut_6(cls, x: float, dim: units.Dim, unit: Optional[str] = None) -> "Value":
        return cls(x, x, dim, unit)

    @classmethod
    def xǁValueǁexact__mutmut_7(cls, x: float, dim: units.Dim, unit: Optional[str] = None) -> "Value":
        return cls(x, x, dim, unit)

    @classmethod
    def xǁValueǁexact__mutmut_8(cls, x: float, dim: units.Dim, unit: Optional[str] = None) -> "Value":
        return cls(x, x, dim, unit)

    @classmethod
    def xǁValueǁexact__mutmut_9(cls, x: float, dim: units.Dim, unit: Optional[str] = None) -> "Value":
        return cls(x, x, x, unit)

    @classmethod
    def xǁValueǁexact__mutmut_10(cls, x: float, dim: units.Dim, unit: Optional[str] = None) -> "Value":
        return cls(x, x, x, dim, )

    # Arithmetic on intervals; ``evaluate`` checks that added or subtracted units agree first.
    @_mutmut_mutated(mutants_xǁValueǁ__add____mutmut)
    def __add__(self, o: "Value") -> "Value":
        return Value(self.low + o.low, self.central + o.central, self.high + o.high, self.dim)

    # Arithmetic on intervals; ``evaluate`` checks that added or subtracted units agree first.
    def xǁValueǁ__add____mutmut_orig(self, o: "Value") -> "Value":
        return Value(self.low + o.low, self.central + o.central, self.high + o.high, self.dim)

    # Arithmetic on intervals; ``evaluate`` checks that added or subtracted units agree first.
    def xǁValueǁ__add____mutmut_1(self, o: "Value") -> "Value":
        return Value(None, self.central + o.central, self.high + o.high, self.dim)

    # Arithmetic on intervals; ``evaluate`` checks that added or subtracted units agree first.
    def xǁValueǁ__add____mutmut_2(self, o: "Value") -> "Value":
        return Value(self.low + o.low, None, self.high + o.high, self.dim)

    # Arithmetic on intervals; ``evaluate`` checks that added or subtracted units agree first.
    def xǁValueǁ__add____mutmut_3(self, o: "Value") -> "Value":
        return Value(self.low + o.low, self.central + o.central, None, self.dim)

    # Arithmetic on intervals; ``evaluate`` checks that added or subtracted units agree first.
    def xǁValueǁ__add____mutmut_4(self, o: "Value") -> "Value":
        return Value(self.low + o.low, self.central + o.central, self.high + o.high, None)

    # Arithmetic on intervals; ``evaluate`` checks that added or subtracted units agree first.
    def xǁValueǁ__add____mutmut_5(self, o: "Value") -> "Value":
        return Value(self.central + o.central, self.high + o.high, self.dim)

    # Arithmetic on intervals; ``evaluate`` checks that added or subtracted units agree first.
    def xǁValueǁ__add____mutmut_6(self, o: "Value") -> "Value":
        return Value(self.low + o.low, self.high + o.high, self.dim)

    # Arithmetic on intervals; ``evaluate`` checks that added or subtracted units agree first.
    def xǁValueǁ__add____mutmut_7(self, o: "Value") -> "Value":
        return Value(self.low + o.low, self.central + o.central, self.dim)

    # Arithmetic on intervals; ``evaluate`` checks that added or subtracted units agree first.
    def xǁValueǁ__add____mutmut_8(self, o: "Value") -> "Value":
        return Value(self.low + o.low, self.central + o.central, self.high + o.high, )

    # Arithmetic on intervals; ``evaluate`` checks that added or subtracted units agree first.
    def xǁValueǁ__add____mutmut_9(self, o: "Value") -> "Value":
        return Value(self.low - o.low, self.central + o.central, self.high + o.high, self.dim)

    # Arithmetic on intervals; ``evaluate`` checks that added or subtracted units agree first.
    def xǁValueǁ__add____mutmut_10(self, o: "Value") -> "Value":
        return Value(self.low + o.low, self.central - o.central, self.high + o.high, self.dim)

    # Arithmetic on intervals; ``evaluate`` checks that added or subtracted units agree first.
    def xǁValueǁ__add____mutmut_11(self, o: "Value") -> "Value":
        return Value(self.low + o.low, self.central + o.central, self.high - o.high, self.dim)

    @_mutmut_mutated(mutants_xǁValueǁ__sub____mutmut)
    def __sub__(self, o: "Value") -> "Value":
        return Value(self.low - o.high, self.central - o.central, self.high - o.low, self.dim)

    def xǁValueǁ__sub____mutmut_orig(self, o: "Value") -> "Value":
        return Value(self.low - o.high, self.central - o.central, self.high - o.low, self.dim)

    def xǁValueǁ__sub____mutmut_1(self, o: "Value") -> "Value":
        return Value(None, self.central - o.central, self.high - o.low, self.dim)

    def xǁValueǁ__sub____mutmut_2(self, o: "Value") -> "Value":
        return Value(self.low - o.high, None, self.high - o.low, self.dim)

    def xǁValueǁ__sub____mutmut_3(self, o: "Value") -> "Value":
        return Value(self.low - o.high, self.central - o.central, None, self.dim)

    def xǁValueǁ__sub____mutmut_4(self, o: "Value") -> "Value":
        return Value(self.low - o.high, self.central - o.central, self.high - o.low, None)

    def xǁValueǁ__sub____mutmut_5(self, o: "Value") -> "Value":
        return Value(self.central - o.central, self.high - o.low, self.dim)

    def xǁValueǁ__sub____mutmut_6(self, o: "Value") -> "Value":
        return Value(self.low - o.high, self.high - o.low, self.dim)

    def xǁValueǁ__sub____mutmut_7(self, o: "Value") -> "Value":
        return Value(self.low - o.high, self.central - o.central, self.dim)

    def xǁValueǁ__sub____mutmut_8(self, o: "Value") -> "Value":
        return Value(self.low - o.high, self.central - o.central, self.high - o.low, )

    def xǁValueǁ__sub____mutmut_9(self, o: "Value") -> "Value":
        return Value(self.low + o.high, self.central - o.central, self.high - o.low, self.dim)

    def xǁValueǁ__sub____mutmut_10(self, o: "Value") -> "Value":
        return Value(self.low - o.high, self.central + o.central, self.high - o.low, self.dim)

    def xǁValueǁ__sub____mutmut_11(self, o: "Value") -> "Value":
        return Value(self.low - o.high, self.central - o.central, self.high + o.low, self.dim)

    @_mutmut_mutated(mutants_xǁValueǁ__mul____mutmut)
    def __mul__(self, o: "Value") -> "Value":
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central * o.central, max(corners), self.dim * o.dim)

    def xǁValueǁ__mul____mutmut_orig(self, o: "Value") -> "Value":
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central * o.central, max(corners), self.dim * o.dim)

    def xǁValueǁ__mul____mutmut_1(self, o: "Value") -> "Value":
        corners = None
        return Value(min(corners), self.central * o.central, max(corners), self.dim * o.dim)

    def xǁValueǁ__mul____mutmut_2(self, o: "Value") -> "Value":
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central * o.central, max(corners), self.dim * o.dim)

    def xǁValueǁ__mul____mutmut_3(self, o: "Value") -> "Value":
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(None, self.central * o.central, max(corners), self.dim * o.dim)

    def xǁValueǁ__mul____mutmut_4(self, o: "Value") -> "Value":
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), None, max(corners), self.dim * o.dim)

    def xǁValueǁ__mul____mutmut_5(self, o: "Value") -> "Value":
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central * o.central, None, self.dim * o.dim)

    def xǁValueǁ__mul____mutmut_6(self, o: "Value") -> "Value":
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central * o.central, max(corners), None)

    def xǁValueǁ__mul____mutmut_7(self, o: "Value") -> "Value":
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(self.central * o.central, max(corners), self.dim * o.dim)

    def xǁValueǁ__mul____mutmut_8(self, o: "Value") -> "Value":
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), max(corners), self.dim * o.dim)

    def xǁValueǁ__mul____mutmut_9(self, o: "Value") -> "Value":
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central * o.central, self.dim * o.dim)

    def xǁValueǁ__mul____mutmut_10(self, o: "Value") -> "Value":
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central * o.central, max(corners), )

    def xǁValueǁ__mul____mutmut_11(self, o: "Value") -> "Value":
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(None), self.central * o.central, max(corners), self.dim * o.dim)

    def xǁValueǁ__mul____mutmut_12(self, o: "Value") -> "Value":
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, max(corners), self.dim * o.dim)

    def xǁValueǁ__mul____mutmut_13(self, o: "Value") -> "Value":
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central * o.central, max(None), self.dim * o.dim)

    def xǁValueǁ__mul____mutmut_14(self, o: "Value") -> "Value":
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central * o.central, max(corners), self.dim / o.dim)

    @_mutmut_mutated(mutants_xǁValueǁ__truediv____mutmut)
    def __truediv__(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_orig(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_1(self, o: "Value") -> "Value":
        if o.low < 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_2(self, o: "Value") -> "Value":
        if o.low <= 1 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_3(self, o: "Value") -> "Value":
        if o.low <= 0 < o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_4(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError(None)
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_5(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("XXdivision by zero (the divisor is, or may be, zero)XX")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_6(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("DIVISION BY ZERO (THE DIVISOR IS, OR MAY BE, ZERO)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_7(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = None
        return Value(min(corners), self.central / o.central, max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_8(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_9(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(None, self.central / o.central, max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_10(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), None, max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_11(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, None, self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_12(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, max(corners), None)

    def xǁValueǁ__truediv____mutmut_13(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(self.central / o.central, max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_14(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_15(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_16(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, max(corners), )

    def xǁValueǁ__truediv____mutmut_17(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(None), self.central / o.central, max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_18(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central * o.central, max(corners), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_19(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, max(None), self.dim / o.dim)

    def xǁValueǁ__truediv____mutmut_20(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, max(corners), self.dim * o.dim)

    @_mutmut_mutated(mutants_xǁValueǁ__neg____mutmut)
    def __neg__(self) -> "Value":
        return Value(-self.high, -self.central, -self.low, self.dim)

    def xǁValueǁ__neg____mutmut_orig(self) -> "Value":
        return Value(-self.high, -self.central, -self.low, self.dim)

    def xǁValueǁ__neg____mutmut_1(self) -> "Value":
        return Value(None, -self.central, -self.low, self.dim)

    def xǁValueǁ__neg____mutmut_2(self) -> "Value":
        return Value(-self.high, None, -self.low, self.dim)

    def xǁValueǁ__neg____mutmut_3(self) -> "Value":
        return Value(-self.high, -self.central, None, self.dim)

    def xǁValueǁ__neg____mutmut_4(self) -> "Value":
        return Value(-self.high, -self.central, -self.low, None)

    def xǁValueǁ__neg____mutmut_5(self) -> "Value":
        return Value(-self.central, -self.low, self.dim)

    def xǁValueǁ__neg____mutmut_6(self) -> "Value":
        return Value(-self.high, -self.low, self.dim)

    def xǁValueǁ__neg____mutmut_7(self) -> "Value":
        return Value(-self.high, -self.central, self.dim)

    def xǁValueǁ__neg____mutmut_8(self) -> "Value":
        return Value(-self.high, -self.central, -self.low, )

    def xǁValueǁ__neg____mutmut_9(self) -> "Value":
        return Value(+self.high, -self.central, -self.low, self.dim)

    def xǁValueǁ__neg____mutmut_10(self) -> "Value":
        return Value(-self.high, +self.central, -self.low, self.dim)

    def xǁValueǁ__neg____mutmut_11(self) -> "Value":
        return Value(-self.high, -self.central, +self.low, self.dim)

mutants_xǁValueǁexact__mutmut['_mutmut_orig'] = Value.xǁValueǁexact__mutmut_orig # type: ignore # mutmut generated
mutants_xǁValueǁexact__mutmut['xǁValueǁexact__mutmut_1'] = Value.xǁValueǁexact__mutmut_1 # type: ignore # mutmut generated
mutants_xǁValueǁexact__mutmut['xǁValueǁexact__mutmut_2'] = Value.xǁValueǁexact__mutmut_2 # type: ignore # mutmut generated
mutants_xǁValueǁexact__mutmut['xǁValueǁexact__mutmut_3'] = Value.xǁValueǁexact__mutmut_3 # type: ignore # mutmut generated
mutants_xǁValueǁexact__mutmut['xǁValueǁexact__mutmut_4'] = Value.xǁValueǁexact__mutmut_4 # type: ignore # mutmut generated
mutants_xǁValueǁexact__mutmut['xǁValueǁexact__mutmut_5'] = Value.xǁValueǁexact__mutmut_5 # type: ignore # mutmut generated
mutants_xǁValueǁexact__mutmut['xǁValueǁexact__mutmut_6'] = Value.xǁValueǁexact__mutmut_6 # type: ignore # mutmut generated
mutants_xǁValueǁexact__mutmut['xǁValueǁexact__mutmut_7'] = Value.xǁValueǁexact__mutmut_7 # type: ignore # mutmut generated
mutants_xǁValueǁexact__mutmut['xǁValueǁexact__mutmut_8'] = Value.xǁValueǁexact__mutmut_8 # type: ignore # mutmut generated
mutants_xǁValueǁexact__mutmut['xǁValueǁexact__mutmut_9'] = Value.xǁValueǁexact__mutmut_9 # type: ignore # mutmut generated
mutants_xǁValueǁexact__mutmut['xǁValueǁexact__mutmut_10'] = Value.xǁValueǁexact__mutmut_10 # type: ignore # mutmut generated

mutants_xǁValueǁ__add____mutmut['_mutmut_orig'] = Value.xǁValueǁ__add____mutmut_orig # type: ignore # mutmut generated
mutants_xǁValueǁ__add____mutmut['xǁValueǁ__add____mutmut_1'] = Value.xǁValueǁ__add____mutmut_1 # type: ignore # mutmut generated
mutants_xǁValueǁ__add____mutmut['xǁValueǁ__add____mutmut_2'] = Value.xǁValueǁ__add____mutmut_2 # type: ignore # mutmut generated
mutants_xǁValueǁ__add____mutmut['xǁValueǁ__add____mutmut_3'] = Value.xǁValueǁ__add____mutmut_3 # type: ignore # mutmut generated
mutants_xǁValueǁ__add____mutmut['xǁValueǁ__add____mutmut_4'] = Value.xǁValueǁ__add____mutmut_4 # type: ignore # mutmut generated
mutants_xǁValueǁ__add____mutmut['xǁValueǁ__add____mutmut_5'] = Value.xǁValueǁ__add____mutmut_5 # type: ignore # mutmut generated
mutants_xǁValueǁ__add____mutmut['xǁValueǁ__add____mutmut_6'] = Value.xǁValueǁ__add____mutmut_6 # type: ignore # mutmut generated
mutants_xǁValueǁ__add____mutmut['xǁValueǁ__add____mutmut_7'] = Value.xǁValueǁ__add____mutmut_7 # type: ignore # mutmut generated
mutants_xǁValueǁ__add____mutmut['xǁValueǁ__add____mutmut_8'] = Value.xǁValueǁ__add____mutmut_8 # type: ignore # mutmut generated
mutants_xǁValueǁ__add____mutmut['xǁValueǁ__add____mutmut_9'] = Value.xǁValueǁ__add____mutmut_9 # type: ignore # mutmut generated
mutants_xǁValueǁ__add____mutmut['xǁValueǁ__add____mutmut_10'] = Value.xǁValueǁ__add____mutmut_10 # type: ignore # mutmut generated
mutants_xǁValueǁ__add____mutmut['xǁValueǁ__add____mutmut_11'] = Value.xǁValueǁ__add____mutmut_11 # type: ignore # mutmut generated

mutants_xǁValueǁ__sub____mutmut['_mutmut_orig'] = Value.xǁValueǁ__sub____mutmut_orig # type: ignore # mutmut generated
mutants_xǁValueǁ__sub____mutmut['xǁValueǁ__sub____mutmut_1'] = Value.xǁValueǁ__sub____mutmut_1 # type: ignore # mutmut generated
mutants_xǁValueǁ__sub____mutmut['xǁValueǁ__sub____mutmut_2'] = Value.xǁValueǁ__sub____mutmut_2 # type: ignore # mutmut generated
mutants_xǁValueǁ__sub____mutmut['xǁValueǁ__sub____mutmut_3'] = Value.xǁValueǁ__sub____mutmut_3 # type: ignore # mutmut generated
mutants_xǁValueǁ__sub____mutmut['xǁValueǁ__sub____mutmut_4'] = Value.xǁValueǁ__sub____mutmut_4 # type: ignore # mutmut generated
mutants_xǁValueǁ__sub____mutmut['xǁValueǁ__sub____mutmut_5'] = Value.xǁValueǁ__sub____mutmut_5 # type: ignore # mutmut generated
mutants_xǁValueǁ__sub____mutmut['xǁValueǁ__sub____mutmut_6'] = Value.xǁValueǁ__sub____mutmut_6 # type: ignore # mutmut generated
mutants_xǁValueǁ__sub____mutmut['xǁValueǁ__sub____mutmut_7'] = Value.xǁValueǁ__sub____mutmut_7 # type: ignore # mutmut generated
mutants_xǁValueǁ__sub____mutmut['xǁValueǁ__sub____mutmut_8'] = Value.xǁValueǁ__sub____mutmut_8 # type: ignore # mutmut generated
mutants_xǁValueǁ__sub____mutmut['xǁValueǁ__sub____mutmut_9'] = Value.xǁValueǁ__sub____mutmut_9 # type: ignore # mutmut generated
mutants_xǁValueǁ__sub____mutmut['xǁValueǁ__sub____mutmut_10'] = Value.xǁValueǁ__sub____mutmut_10 # type: ignore # mutmut generated
mutants_xǁValueǁ__sub____mutmut['xǁValueǁ__sub____mutmut_11'] = Value.xǁValueǁ__sub____mutmut_11 # type: ignore # mutmut generated

mutants_xǁValueǁ__mul____mutmut['_mutmut_orig'] = Value.xǁValueǁ__mul____mutmut_orig # type: ignore # mutmut generated
mutants_xǁValueǁ__mul____mutmut['xǁValueǁ__mul____mutmut_1'] = Value.xǁValueǁ__mul____mutmut_1 # type: ignore # mutmut generated
mutants_xǁValueǁ__mul____mutmut['xǁValueǁ__mul____mutmut_2'] = Value.xǁValueǁ__mul____mutmut_2 # type: ignore # mutmut generated
mutants_xǁValueǁ__mul____mutmut['xǁValueǁ__mul____mutmut_3'] = Value.xǁValueǁ__mul____mutmut_3 # type: ignore # mutmut generated
mutants_xǁValueǁ__mul____mutmut['xǁValueǁ__mul____mutmut_4'] = Value.xǁValueǁ__mul____mutmut_4 # type: ignore # mutmut generated
mutants_xǁValueǁ__mul____mutmut['xǁValueǁ__mul____mutmut_5'] = Value.xǁValueǁ__mul____mutmut_5 # type: ignore # mutmut generated
mutants_xǁValueǁ__mul____mutmut['xǁValueǁ__mul____mutmut_6'] = Value.xǁValueǁ__mul____mutmut_6 # type: ignore # mutmut generated
mutants_xǁValueǁ__mul____mutmut['xǁValueǁ__mul____mutmut_7'] = Value.xǁValueǁ__mul____mutmut_7 # type: ignore # mutmut generated
mutants_xǁValueǁ__mul____mutmut['xǁValueǁ__mul____mutmut_8'] = Value.xǁValueǁ__mul____mutmut_8 # type: ignore # mutmut generated
mutants_xǁValueǁ__mul____mutmut['xǁValueǁ__mul____mutmut_9'] = Value.xǁValueǁ__mul____mutmut_9 # type: ignore # mutmut generated
mutants_xǁValueǁ__mul____mutmut['xǁValueǁ__mul____mutmut_10'] = Value.xǁValueǁ__mul____mutmut_10 # type: ignore # mutmut generated
mutants_xǁValueǁ__mul____mutmut['xǁValueǁ__mul____mutmut_11'] = Value.xǁValueǁ__mul____mutmut_11 # type: ignore # mutmut generated
mutants_xǁValueǁ__mul____mutmut['xǁValueǁ__mul____mutmut_12'] = Value.xǁValueǁ__mul____mutmut_12 # type: ignore # mutmut generated
mutants_xǁValueǁ__mul____mutmut['xǁValueǁ__mul____mutmut_13'] = Value.xǁValueǁ__mul____mutmut_13 # type: ignore # mutmut generated
mutants_xǁValueǁ__mul____mutmut['xǁValueǁ__mul____mutmut_14'] = Value.xǁValueǁ__mul____mutmut_14 # type: ignore # mutmut generated

mutants_xǁValueǁ__truediv____mutmut['_mutmut_orig'] = Value.xǁValueǁ__truediv____mutmut_orig # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_1'] = Value.xǁValueǁ__truediv____mutmut_1 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_2'] = Value.xǁValueǁ__truediv____mutmut_2 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_3'] = Value.xǁValueǁ__truediv____mutmut_3 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_4'] = Value.xǁValueǁ__truediv____mutmut_4 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_5'] = Value.xǁValueǁ__truediv____mutmut_5 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_6'] = Value.xǁValueǁ__truediv____mutmut_6 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_7'] = Value.xǁValueǁ__truediv____mutmut_7 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_8'] = Value.xǁValueǁ__truediv____mutmut_8 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_9'] = Value.xǁValueǁ__truediv____mutmut_9 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_10'] = Value.xǁValueǁ__truediv____mutmut_10 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_11'] = Value.xǁValueǁ__truediv____mutmut_11 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_12'] = Value.xǁValueǁ__truediv____mutmut_12 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_13'] = Value.xǁValueǁ__truediv____mutmut_13 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_14'] = Value.xǁValueǁ__truediv____mutmut_14 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_15'] = Value.xǁValueǁ__truediv____mutmut_15 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_16'] = Value.xǁValueǁ__truediv____mutmut_16 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_17'] = Value.xǁValueǁ__truediv____mutmut_17 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_18'] = Value.xǁValueǁ__truediv____mutmut_18 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_19'] = Value.xǁValueǁ__truediv____mutmut_19 # type: ignore # mutmut generated
mutants_xǁValueǁ__truediv____mutmut['xǁValueǁ__truediv____mutmut_20'] = Value.xǁValueǁ__truediv____mutmut_20 # type: ignore # mutmut generated

mutants_xǁValueǁ__neg____mutmut['_mutmut_orig'] = Value.xǁValueǁ__neg____mutmut_orig # type: ignore # mutmut generated
mutants_xǁValueǁ__neg____mutmut['xǁValueǁ__neg____mutmut_1'] = Value.xǁValueǁ__neg____mutmut_1 # type: ignore # mutmut generated
mutants_xǁValueǁ__neg____mutmut['xǁValueǁ__neg____mutmut_2'] = Value.xǁValueǁ__neg____mutmut_2 # type: ignore # mutmut generated
mutants_xǁValueǁ__neg____mutmut['xǁValueǁ__neg____mutmut_3'] = Value.xǁValueǁ__neg____mutmut_3 # type: ignore # mutmut generated
mutants_xǁValueǁ__neg____mutmut['xǁValueǁ__neg____mutmut_4'] = Value.xǁValueǁ__neg____mutmut_4 # type: ignore # mutmut generated
mutants_xǁValueǁ__neg____mutmut['xǁValueǁ__neg____mutmut_5'] = Value.xǁValueǁ__neg____mutmut_5 # type: ignore # mutmut generated
mutants_xǁValueǁ__neg____mutmut['xǁValueǁ__neg____mutmut_6'] = Value.xǁValueǁ__neg____mutmut_6 # type: ignore # mutmut generated
mutants_xǁValueǁ__neg____mutmut['xǁValueǁ__neg____mutmut_7'] = Value.xǁValueǁ__neg____mutmut_7 # type: ignore # mutmut generated
mutants_xǁValueǁ__neg____mutmut['xǁValueǁ__neg____mutmut_8'] = Value.xǁValueǁ__neg____mutmut_8 # type: ignore # mutmut generated
mutants_xǁValueǁ__neg____mutmut['xǁValueǁ__neg____mutmut_9'] = Value.xǁValueǁ__neg____mutmut_9 # type: ignore # mutmut generated
mutants_xǁValueǁ__neg____mutmut['xǁValueǁ__neg____mutmut_10'] = Value.xǁValueǁ__neg____mutmut_10 # type: ignore # mutmut generated
mutants_xǁValueǁ__neg____mutmut['xǁValueǁ__neg____mutmut_11'] = Value.xǁValueǁ__neg____mutmut_11 # type: ignore # mutmut generated
mutants_x_parse__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse__mutmut)
def parse(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_orig(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_1(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = None
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_2(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 1
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_3(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = None
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_4(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.lstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_5(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos <= len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_6(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = None
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_7(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(None, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_8(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, None)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_9(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_10(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, )
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_11(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m and m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_12(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_13(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() != pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_14(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = None
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_15(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) + len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_16(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(None, at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_17(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", None)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_18(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_19(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", )
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_20(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at - 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_21(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 13]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_22(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at - 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_23(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 2}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_24(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(None)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_25(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = None
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_26(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = None
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_27(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(None, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_28(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, None)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_29(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_30(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, )
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_31(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = None
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_32(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i == len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_33(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(None, _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_34(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", None)
    return tree


def x_parse__mutmut_35(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(_start(tokens[parser.i]))
    return tree


def x_parse__mutmut_36(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", )
    return tree


def x_parse__mutmut_37(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][1].strip()!r} after a complete formula", _start(tokens[parser.i]))
    return tree


def x_parse__mutmut_38(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id, at), ("neg", x), ("op", sym, a, b, at),
    ("call", name, args, at), where ``at`` is the character where the reference, operator or call starts.

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            at = len(text) - len(text[pos:].lstrip())
            raise FormulaError(f"unexpected {text[at:at + 12]!r} at character {at + 1}", at)
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula", _start(None))
    return tree

mutants_x_parse__mutmut['_mutmut_orig'] = x_parse__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_1'] = x_parse__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_2'] = x_parse__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_3'] = x_parse__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_4'] = x_parse__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_5'] = x_parse__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_6'] = x_parse__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_7'] = x_parse__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_8'] = x_parse__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_9'] = x_parse__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_10'] = x_parse__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_11'] = x_parse__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_12'] = x_parse__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_13'] = x_parse__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_14'] = x_parse__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_15'] = x_parse__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_16'] = x_parse__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_17'] = x_parse__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_18'] = x_parse__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_19'] = x_parse__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_20'] = x_parse__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_21'] = x_parse__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_22'] = x_parse__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_23'] = x_parse__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_24'] = x_parse__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_25'] = x_parse__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_26'] = x_parse__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_27'] = x_parse__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_28'] = x_parse__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_29'] = x_parse__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_30'] = x_parse__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_31'] = x_parse__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_32'] = x_parse__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_33'] = x_parse__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_34'] = x_parse__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_35'] = x_parse__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_36'] = x_parse__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_37'] = x_parse__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse__mutmut['x_parse__mutmut_38'] = x_parse__mutmut_38 # type: ignore # mutmut generated
mutants_x__start__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__start__mutmut)
def _start(token: re.Match) -> int:
    """Where a token's text begins (tokens include the blanks before them)."""
    return token.end() - len(token[0].lstrip())


def x__start__mutmut_orig(token: re.Match) -> int:
    """Where a token's text begins (tokens include the blanks before them)."""
    return token.end() - len(token[0].lstrip())


def x__start__mutmut_1(token: re.Match) -> int:
    """Where a token's text begins (tokens include the blanks before them)."""
    return token.end() + len(token[0].lstrip())

mutants_x__start__mutmut['_mutmut_orig'] = x__start__mutmut_orig # type: ignore # mutmut generated
mutants_x__start__mutmut['x__start__mutmut_1'] = x__start__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Parserǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Parserǁpeek__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Parserǁtake__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Parserǁexpr__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Parserǁterm__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Parserǁunary__mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Parserǁatom__mutmut: MutantDict = {}  # type: ignore


class _Parser:
    @_mutmut_mutated(mutants_xǁ_Parserǁ__init____mutmut)
    def __init__(self, tokens: list[re.Match], registry: units.Units):
        self.tokens, self.i, self.registry = tokens, 0, registry
    def xǁ_Parserǁ__init____mutmut_orig(self, tokens: list[re.Match], registry: units.Units):
        self.tokens, self.i, self.registry = tokens, 0, registry
    def xǁ_Parserǁ__init____mutmut_1(self, tokens: list[re.Match], registry: units.Units):
        self.tokens, self.i, self.registry = None
    def xǁ_Parserǁ__init____mutmut_2(self, tokens: list[re.Match], registry: units.Units):
        self.tokens, self.i, self.registry = tokens, 1, registry

    @_mutmut_mutated(mutants_xǁ_Parserǁpeek__mutmut)
    def peek(self, *ops: str) -> bool:
        return self.i < len(self.tokens) and self.tokens[self.i]["op"] in ops

    def xǁ_Parserǁpeek__mutmut_orig(self, *ops: str) -> bool:
        return self.i < len(self.tokens) and self.tokens[self.i]["op"] in ops

    def xǁ_Parserǁpeek__mutmut_1(self, *ops: str) -> bool:
        return self.i < len(self.tokens) or self.tokens[self.i]["op"] in ops

    def xǁ_Parserǁpeek__mutmut_2(self, *ops: str) -> bool:
        return self.i <= len(self.tokens) and self.tokens[self.i]["op"] in ops

    def xǁ_Parserǁpeek__mutmut_3(self, *ops: str) -> bool:
        return self.i < len(self.tokens) and self.tokens[self.i]["XXopXX"] in ops

    def xǁ_Parserǁpeek__mutmut_4(self, *ops: str) -> bool:
        return self.i < len(self.tokens) and self.tokens[self.i]["OP"] in ops

    def xǁ_Parserǁpeek__mutmut_5(self, *ops: str) -> bool:
        return self.i < len(self.tokens) and self.tokens[self.i]["op"] not in ops

    @_mutmut_mutated(mutants_xǁ_Parserǁtake__mutmut)
    def take(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_orig(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_1(self, op: str) -> None:
        if self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_2(self, op: str) -> None:
        if not self.peek(None):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_3(self, op: str) -> None:
        if not self.peek(op):
            at = None
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_4(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if (self.i < len(self.tokens)) and False else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_5(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if (self.i < len(self.tokens)) or True else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_6(self, op: str) -> None:
        if not self.peek(op):
            at = _start(None) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_7(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i <= len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_8(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[+1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_9(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-2].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_10(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = None
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_11(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if (self.i < len(self.tokens)) and False else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_12(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if (self.i < len(self.tokens)) or True else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_13(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][1].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_14(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i <= len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_15(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "XXthe endXX"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_16(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "THE END"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_17(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(None, at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_18(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", None)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_19(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(at)
        self.i += 1

    def xǁ_Parserǁtake__mutmut_20(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", )
        self.i += 1

    def xǁ_Parserǁtake__mutmut_21(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i = 1

    def xǁ_Parserǁtake__mutmut_22(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i -= 1

    def xǁ_Parserǁtake__mutmut_23(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 2

    @_mutmut_mutated(mutants_xǁ_Parserǁexpr__mutmut)
    def expr(self) -> tuple:
        node = self.term()
        while self.peek("+", "-"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_orig(self) -> tuple:
        node = self.term()
        while self.peek("+", "-"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_1(self) -> tuple:
        node = None
        while self.peek("+", "-"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_2(self) -> tuple:
        node = self.term()
        while self.peek(None, "-"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_3(self) -> tuple:
        node = self.term()
        while self.peek("+", None):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_4(self) -> tuple:
        node = self.term()
        while self.peek("-"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_5(self) -> tuple:
        node = self.term()
        while self.peek("+", ):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_6(self) -> tuple:
        node = self.term()
        while self.peek("XX+XX", "-"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_7(self) -> tuple:
        node = self.term()
        while self.peek("+", "XX-XX"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_8(self) -> tuple:
        node = self.term()
        while self.peek("+", "-"):
            op, at = None
            self.i += 1
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_9(self) -> tuple:
        node = self.term()
        while self.peek("+", "-"):
            op, at = self.tokens[self.i]["XXopXX"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_10(self) -> tuple:
        node = self.term()
        while self.peek("+", "-"):
            op, at = self.tokens[self.i]["OP"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_11(self) -> tuple:
        node = self.term()
        while self.peek("+", "-"):
            op, at = self.tokens[self.i]["op"], _start(None)
            self.i += 1
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_12(self) -> tuple:
        node = self.term()
        while self.peek("+", "-"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i = 1
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_13(self) -> tuple:
        node = self.term()
        while self.peek("+", "-"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i -= 1
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_14(self) -> tuple:
        node = self.term()
        while self.peek("+", "-"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 2
            node = ("op", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_15(self) -> tuple:
        node = self.term()
        while self.peek("+", "-"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = None
        return node

    def xǁ_Parserǁexpr__mutmut_16(self) -> tuple:
        node = self.term()
        while self.peek("+", "-"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("XXopXX", op, node, self.term(), at)
        return node

    def xǁ_Parserǁexpr__mutmut_17(self) -> tuple:
        node = self.term()
        while self.peek("+", "-"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("OP", op, node, self.term(), at)
        return node

    @_mutmut_mutated(mutants_xǁ_Parserǁterm__mutmut)
    def term(self) -> tuple:
        node = self.unary()
        while self.peek("*", "/"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_orig(self) -> tuple:
        node = self.unary()
        while self.peek("*", "/"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_1(self) -> tuple:
        node = None
        while self.peek("*", "/"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_2(self) -> tuple:
        node = self.unary()
        while self.peek(None, "/"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_3(self) -> tuple:
        node = self.unary()
        while self.peek("*", None):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_4(self) -> tuple:
        node = self.unary()
        while self.peek("/"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_5(self) -> tuple:
        node = self.unary()
        while self.peek("*", ):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_6(self) -> tuple:
        node = self.unary()
        while self.peek("XX*XX", "/"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_7(self) -> tuple:
        node = self.unary()
        while self.peek("*", "XX/XX"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_8(self) -> tuple:
        node = self.unary()
        while self.peek("*", "/"):
            op, at = None
            self.i += 1
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_9(self) -> tuple:
        node = self.unary()
        while self.peek("*", "/"):
            op, at = self.tokens[self.i]["XXopXX"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_10(self) -> tuple:
        node = self.unary()
        while self.peek("*", "/"):
            op, at = self.tokens[self.i]["OP"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_11(self) -> tuple:
        node = self.unary()
        while self.peek("*", "/"):
            op, at = self.tokens[self.i]["op"], _start(None)
            self.i += 1
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_12(self) -> tuple:
        node = self.unary()
        while self.peek("*", "/"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i = 1
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_13(self) -> tuple:
        node = self.unary()
        while self.peek("*", "/"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i -= 1
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_14(self) -> tuple:
        node = self.unary()
        while self.peek("*", "/"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 2
            node = ("op", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_15(self) -> tuple:
        node = self.unary()
        while self.peek("*", "/"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = None
        return node

    def xǁ_Parserǁterm__mutmut_16(self) -> tuple:
        node = self.unary()
        while self.peek("*", "/"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("XXopXX", op, node, self.unary(), at)
        return node

    def xǁ_Parserǁterm__mutmut_17(self) -> tuple:
        node = self.unary()
        while self.peek("*", "/"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("OP", op, node, self.unary(), at)
        return node

    @_mutmut_mutated(mutants_xǁ_Parserǁunary__mutmut)
    def unary(self) -> tuple:
        if self.peek("-"):
            self.i += 1
            return ("neg", self.unary())
        return self.atom()

    def xǁ_Parserǁunary__mutmut_orig(self) -> tuple:
        if self.peek("-"):
            self.i += 1
            return ("neg", self.unary())
        return self.atom()

    def xǁ_Parserǁunary__mutmut_1(self) -> tuple:
        if self.peek(None):
            self.i += 1
            return ("neg", self.unary())
        return self.atom()

    def xǁ_Parserǁunary__mutmut_2(self) -> tuple:
        if self.peek("XX-XX"):
            self.i += 1
            return ("neg", self.unary())
        return self.atom()

    def xǁ_Parserǁunary__mutmut_3(self) -> tuple:
        if self.peek("-"):
            self.i = 1
            return ("neg", self.unary())
        return self.atom()

    def xǁ_Parserǁunary__mutmut_4(self) -> tuple:
        if self.peek("-"):
            self.i -= 1
            return ("neg", self.unary())
        return self.atom()

    def xǁ_Parserǁunary__mutmut_5(self) -> tuple:
        if self.peek("-"):
            self.i += 2
            return ("neg", self.unary())
        return self.atom()

    def xǁ_Parserǁunary__mutmut_6(self) -> tuple:
        if self.peek("-"):
            self.i += 1
            return ("XXnegXX", self.unary())
        return self.atom()

    def xǁ_Parserǁunary__mutmut_7(self) -> tuple:
        if self.peek("-"):
            self.i += 1
            return ("NEG", self.unary())
        return self.atom()

    @_mutmut_mutated(mutants_xǁ_Parserǁatom__mutmut)
    def atom(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_orig(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_1(self) -> tuple:
        if self.i > len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_2(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError(None, self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_3(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", None)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_4(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError(self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_5(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", )
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_6(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("XXthe formula ends too earlyXX", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_7(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("THE FORMULA ENDS TOO EARLY", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_8(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if (self.tokens) and False else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_9(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if (self.tokens) or True else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_10(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[+1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_11(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-2].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_12(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 1)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_13(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = None
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_14(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i = 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_15(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i -= 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_16(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 2
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_17(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["XXnumberXX"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_18(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["NUMBER"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_19(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = None
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_20(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["XXunitXX"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_21(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["UNIT"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_22(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(None)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_23(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(None, tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_24(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), None) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_25(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_26(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), ) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_27(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(None), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_28(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start(None)) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_29(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("XXunitXX")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_30(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("UNIT")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_31(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("XXnumXX", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_32(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("NUM", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_33(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(None), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_34(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["XXnumberXX"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_35(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["NUMBER"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_36(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["XXrefXX"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_37(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["REF"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_38(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("XXrefXX", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_39(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("REF", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_40(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["XXrefXX"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_41(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["REF"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_42(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(None))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_43(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["XXnameXX"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_44(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["NAME"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_45(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["XXnameXX"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_46(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["NAME"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_47(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_48(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(None, _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_49(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", None)
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_50(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(_start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_51(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", )
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_52(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['XXnameXX']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_53(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['NAME']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_54(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(None)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_55(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {'XX, XX'.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_56(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(None))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_57(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take(None)
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_58(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("XX(XX")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_59(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = None
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_60(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(None):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_61(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek("XX,XX"):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_62(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i = 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_63(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i -= 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_64(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 2
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_65(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(None)
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_66(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(None)
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_67(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take("XX)XX")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_68(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("XXcallXX", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_69(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("CALL", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_70(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["XXnameXX"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_71(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["NAME"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_72(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(None))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_73(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["XXopXX"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_74(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["OP"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_75(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] != "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_76(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "XX(XX":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_77(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = None
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_78(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(None)
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_79(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take("XX)XX")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_80(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(None, _start(tok))

    def xǁ_Parserǁatom__mutmut_81(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", None)

    def xǁ_Parserǁatom__mutmut_82(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(_start(tok))

    def xǁ_Parserǁatom__mutmut_83(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", )

    def xǁ_Parserǁatom__mutmut_84(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[1].strip()!r}", _start(tok))

    def xǁ_Parserǁatom__mutmut_85(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early", self.tokens[-1].end() if self.tokens else 0)
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                try:
                    self.registry.parse(unit)
                except units.UnitError as err:
                    raise FormulaError(str(err), tok.start("unit")) from None
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"], _start(tok))
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure", _start(tok))
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args, _start(tok))
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}", _start(None))

mutants_xǁ_Parserǁ__init____mutmut['_mutmut_orig'] = _Parser.xǁ_Parserǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Parserǁ__init____mutmut['xǁ_Parserǁ__init____mutmut_1'] = _Parser.xǁ_Parserǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Parserǁ__init____mutmut['xǁ_Parserǁ__init____mutmut_2'] = _Parser.xǁ_Parserǁ__init____mutmut_2 # type: ignore # mutmut generated

mutants_xǁ_Parserǁpeek__mutmut['_mutmut_orig'] = _Parser.xǁ_Parserǁpeek__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Parserǁpeek__mutmut['xǁ_Parserǁpeek__mutmut_1'] = _Parser.xǁ_Parserǁpeek__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Parserǁpeek__mutmut['xǁ_Parserǁpeek__mutmut_2'] = _Parser.xǁ_Parserǁpeek__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Parserǁpeek__mutmut['xǁ_Parserǁpeek__mutmut_3'] = _Parser.xǁ_Parserǁpeek__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Parserǁpeek__mutmut['xǁ_Parserǁpeek__mutmut_4'] = _Parser.xǁ_Parserǁpeek__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Parserǁpeek__mutmut['xǁ_Parserǁpeek__mutmut_5'] = _Parser.xǁ_Parserǁpeek__mutmut_5 # type: ignore # mutmut generated

mutants_xǁ_Parserǁtake__mutmut['_mutmut_orig'] = _Parser.xǁ_Parserǁtake__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_1'] = _Parser.xǁ_Parserǁtake__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_2'] = _Parser.xǁ_Parserǁtake__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_3'] = _Parser.xǁ_Parserǁtake__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_4'] = _Parser.xǁ_Parserǁtake__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_5'] = _Parser.xǁ_Parserǁtake__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_6'] = _Parser.xǁ_Parserǁtake__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_7'] = _Parser.xǁ_Parserǁtake__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_8'] = _Parser.xǁ_Parserǁtake__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_9'] = _Parser.xǁ_Parserǁtake__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_10'] = _Parser.xǁ_Parserǁtake__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_11'] = _Parser.xǁ_Parserǁtake__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_12'] = _Parser.xǁ_Parserǁtake__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_13'] = _Parser.xǁ_Parserǁtake__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_14'] = _Parser.xǁ_Parserǁtake__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_15'] = _Parser.xǁ_Parserǁtake__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_16'] = _Parser.xǁ_Parserǁtake__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_17'] = _Parser.xǁ_Parserǁtake__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_18'] = _Parser.xǁ_Parserǁtake__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_19'] = _Parser.xǁ_Parserǁtake__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_20'] = _Parser.xǁ_Parserǁtake__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_21'] = _Parser.xǁ_Parserǁtake__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_22'] = _Parser.xǁ_Parserǁtake__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Parserǁtake__mutmut['xǁ_Parserǁtake__mutmut_23'] = _Parser.xǁ_Parserǁtake__mutmut_23 # type: ignore # mutmut generated

mutants_xǁ_Parserǁexpr__mutmut['_mutmut_orig'] = _Parser.xǁ_Parserǁexpr__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_1'] = _Parser.xǁ_Parserǁexpr__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_2'] = _Parser.xǁ_Parserǁexpr__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_3'] = _Parser.xǁ_Parserǁexpr__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_4'] = _Parser.xǁ_Parserǁexpr__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_5'] = _Parser.xǁ_Parserǁexpr__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_6'] = _Parser.xǁ_Parserǁexpr__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_7'] = _Parser.xǁ_Parserǁexpr__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_8'] = _Parser.xǁ_Parserǁexpr__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_9'] = _Parser.xǁ_Parserǁexpr__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_10'] = _Parser.xǁ_Parserǁexpr__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_11'] = _Parser.xǁ_Parserǁexpr__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_12'] = _Parser.xǁ_Parserǁexpr__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_13'] = _Parser.xǁ_Parserǁexpr__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_14'] = _Parser.xǁ_Parserǁexpr__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_15'] = _Parser.xǁ_Parserǁexpr__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_16'] = _Parser.xǁ_Parserǁexpr__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Parserǁexpr__mutmut['xǁ_Parserǁexpr__mutmut_17'] = _Parser.xǁ_Parserǁexpr__mutmut_17 # type: ignore # mutmut generated

mutants_xǁ_Parserǁterm__mutmut['_mutmut_orig'] = _Parser.xǁ_Parserǁterm__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_1'] = _Parser.xǁ_Parserǁterm__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_2'] = _Parser.xǁ_Parserǁterm__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_3'] = _Parser.xǁ_Parserǁterm__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_4'] = _Parser.xǁ_Parserǁterm__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_5'] = _Parser.xǁ_Parserǁterm__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_6'] = _Parser.xǁ_Parserǁterm__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_7'] = _Parser.xǁ_Parserǁterm__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_8'] = _Parser.xǁ_Parserǁterm__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_9'] = _Parser.xǁ_Parserǁterm__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_10'] = _Parser.xǁ_Parserǁterm__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_11'] = _Parser.xǁ_Parserǁterm__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_12'] = _Parser.xǁ_Parserǁterm__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_13'] = _Parser.xǁ_Parserǁterm__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_14'] = _Parser.xǁ_Parserǁterm__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_15'] = _Parser.xǁ_Parserǁterm__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_16'] = _Parser.xǁ_Parserǁterm__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Parserǁterm__mutmut['xǁ_Parserǁterm__mutmut_17'] = _Parser.xǁ_Parserǁterm__mutmut_17 # type: ignore # mutmut generated

mutants_xǁ_Parserǁunary__mutmut['_mutmut_orig'] = _Parser.xǁ_Parserǁunary__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Parserǁunary__mutmut['xǁ_Parserǁunary__mutmut_1'] = _Parser.xǁ_Parserǁunary__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Parserǁunary__mutmut['xǁ_Parserǁunary__mutmut_2'] = _Parser.xǁ_Parserǁunary__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Parserǁunary__mutmut['xǁ_Parserǁunary__mutmut_3'] = _Parser.xǁ_Parserǁunary__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Parserǁunary__mutmut['xǁ_Parserǁunary__mutmut_4'] = _Parser.xǁ_Parserǁunary__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Parserǁunary__mutmut['xǁ_Parserǁunary__mutmut_5'] = _Parser.xǁ_Parserǁunary__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Parserǁunary__mutmut['xǁ_Parserǁunary__mutmut_6'] = _Parser.xǁ_Parserǁunary__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Parserǁunary__mutmut['xǁ_Parserǁunary__mutmut_7'] = _Parser.xǁ_Parserǁunary__mutmut_7 # type: ignore # mutmut generated

mutants_xǁ_Parserǁatom__mutmut['_mutmut_orig'] = _Parser.xǁ_Parserǁatom__mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_1'] = _Parser.xǁ_Parserǁatom__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_2'] = _Parser.xǁ_Parserǁatom__mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_3'] = _Parser.xǁ_Parserǁatom__mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_4'] = _Parser.xǁ_Parserǁatom__mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_5'] = _Parser.xǁ_Parserǁatom__mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_6'] = _Parser.xǁ_Parserǁatom__mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_7'] = _Parser.xǁ_Parserǁatom__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_8'] = _Parser.xǁ_Parserǁatom__mutmut_8 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_9'] = _Parser.xǁ_Parserǁatom__mutmut_9 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_10'] = _Parser.xǁ_Parserǁatom__mutmut_10 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_11'] = _Parser.xǁ_Parserǁatom__mutmut_11 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_12'] = _Parser.xǁ_Parserǁatom__mutmut_12 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_13'] = _Parser.xǁ_Parserǁatom__mutmut_13 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_14'] = _Parser.xǁ_Parserǁatom__mutmut_14 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_15'] = _Parser.xǁ_Parserǁatom__mutmut_15 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_16'] = _Parser.xǁ_Parserǁatom__mutmut_16 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_17'] = _Parser.xǁ_Parserǁatom__mutmut_17 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_18'] = _Parser.xǁ_Parserǁatom__mutmut_18 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_19'] = _Parser.xǁ_Parserǁatom__mutmut_19 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_20'] = _Parser.xǁ_Parserǁatom__mutmut_20 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_21'] = _Parser.xǁ_Parserǁatom__mutmut_21 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_22'] = _Parser.xǁ_Parserǁatom__mutmut_22 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_23'] = _Parser.xǁ_Parserǁatom__mutmut_23 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_24'] = _Parser.xǁ_Parserǁatom__mutmut_24 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_25'] = _Parser.xǁ_Parserǁatom__mutmut_25 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_26'] = _Parser.xǁ_Parserǁatom__mutmut_26 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_27'] = _Parser.xǁ_Parserǁatom__mutmut_27 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_28'] = _Parser.xǁ_Parserǁatom__mutmut_28 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_29'] = _Parser.xǁ_Parserǁatom__mutmut_29 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_30'] = _Parser.xǁ_Parserǁatom__mutmut_30 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_31'] = _Parser.xǁ_Parserǁatom__mutmut_31 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_32'] = _Parser.xǁ_Parserǁatom__mutmut_32 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_33'] = _Parser.xǁ_Parserǁatom__mutmut_33 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_34'] = _Parser.xǁ_Parserǁatom__mutmut_34 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_35'] = _Parser.xǁ_Parserǁatom__mutmut_35 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_36'] = _Parser.xǁ_Parserǁatom__mutmut_36 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_37'] = _Parser.xǁ_Parserǁatom__mutmut_37 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_38'] = _Parser.xǁ_Parserǁatom__mutmut_38 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_39'] = _Parser.xǁ_Parserǁatom__mutmut_39 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_40'] = _Parser.xǁ_Parserǁatom__mutmut_40 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_41'] = _Parser.xǁ_Parserǁatom__mutmut_41 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_42'] = _Parser.xǁ_Parserǁatom__mutmut_42 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_43'] = _Parser.xǁ_Parserǁatom__mutmut_43 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_44'] = _Parser.xǁ_Parserǁatom__mutmut_44 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_45'] = _Parser.xǁ_Parserǁatom__mutmut_45 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_46'] = _Parser.xǁ_Parserǁatom__mutmut_46 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_47'] = _Parser.xǁ_Parserǁatom__mutmut_47 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_48'] = _Parser.xǁ_Parserǁatom__mutmut_48 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_49'] = _Parser.xǁ_Parserǁatom__mutmut_49 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_50'] = _Parser.xǁ_Parserǁatom__mutmut_50 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_51'] = _Parser.xǁ_Parserǁatom__mutmut_51 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_52'] = _Parser.xǁ_Parserǁatom__mutmut_52 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_53'] = _Parser.xǁ_Parserǁatom__mutmut_53 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_54'] = _Parser.xǁ_Parserǁatom__mutmut_54 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_55'] = _Parser.xǁ_Parserǁatom__mutmut_55 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_56'] = _Parser.xǁ_Parserǁatom__mutmut_56 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_57'] = _Parser.xǁ_Parserǁatom__mutmut_57 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_58'] = _Parser.xǁ_Parserǁatom__mutmut_58 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_59'] = _Parser.xǁ_Parserǁatom__mutmut_59 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_60'] = _Parser.xǁ_Parserǁatom__mutmut_60 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_61'] = _Parser.xǁ_Parserǁatom__mutmut_61 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_62'] = _Parser.xǁ_Parserǁatom__mutmut_62 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_63'] = _Parser.xǁ_Parserǁatom__mutmut_63 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_64'] = _Parser.xǁ_Parserǁatom__mutmut_64 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_65'] = _Parser.xǁ_Parserǁatom__mutmut_65 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_66'] = _Parser.xǁ_Parserǁatom__mutmut_66 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_67'] = _Parser.xǁ_Parserǁatom__mutmut_67 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_68'] = _Parser.xǁ_Parserǁatom__mutmut_68 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_69'] = _Parser.xǁ_Parserǁatom__mutmut_69 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_70'] = _Parser.xǁ_Parserǁatom__mutmut_70 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_71'] = _Parser.xǁ_Parserǁatom__mutmut_71 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_72'] = _Parser.xǁ_Parserǁatom__mutmut_72 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_73'] = _Parser.xǁ_Parserǁatom__mutmut_73 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_74'] = _Parser.xǁ_Parserǁatom__mutmut_74 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_75'] = _Parser.xǁ_Parserǁatom__mutmut_75 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_76'] = _Parser.xǁ_Parserǁatom__mutmut_76 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_77'] = _Parser.xǁ_Parserǁatom__mutmut_77 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_78'] = _Parser.xǁ_Parserǁatom__mutmut_78 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_79'] = _Parser.xǁ_Parserǁatom__mutmut_79 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_80'] = _Parser.xǁ_Parserǁatom__mutmut_80 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_81'] = _Parser.xǁ_Parserǁatom__mutmut_81 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_82'] = _Parser.xǁ_Parserǁatom__mutmut_82 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_83'] = _Parser.xǁ_Parserǁatom__mutmut_83 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_84'] = _Parser.xǁ_Parserǁatom__mutmut_84 # type: ignore # mutmut generated
mutants_xǁ_Parserǁatom__mutmut['xǁ_Parserǁatom__mutmut_85'] = _Parser.xǁ_Parserǁatom__mutmut_85 # type: ignore # mutmut generated
mutants_x_references__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_references__mutmut)
def references(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_orig(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_1(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = None
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_2(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[1]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_3(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind != "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_4(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "XXrefXX":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_5(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "REF":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_6(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[2]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_7(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = None
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_8(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(None, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_9(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, None)
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_10(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_11(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, )
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_12(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"XXopXX": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_13(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"OP": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_14(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[3:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_15(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:5], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_16(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "XXnegXX": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_17(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "NEG": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_18(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[2:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_19(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "XXcallXX": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_20(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "CALL": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_21(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if (kind == "call") and False else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_22(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if (kind == "call") or True else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_23(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[3] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_24(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind != "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_25(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "XXcallXX" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_26(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "CALL" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_27(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = None
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_28(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out = [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_29(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out -= [r for r in references(child) if r not in out]
    return out


def x_references__mutmut_30(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(None) if r not in out]
    return out


def x_references__mutmut_31(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:4], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r in out]
    return out

mutants_x_references__mutmut['_mutmut_orig'] = x_references__mutmut_orig # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_1'] = x_references__mutmut_1 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_2'] = x_references__mutmut_2 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_3'] = x_references__mutmut_3 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_4'] = x_references__mutmut_4 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_5'] = x_references__mutmut_5 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_6'] = x_references__mutmut_6 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_7'] = x_references__mutmut_7 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_8'] = x_references__mutmut_8 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_9'] = x_references__mutmut_9 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_10'] = x_references__mutmut_10 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_11'] = x_references__mutmut_11 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_12'] = x_references__mutmut_12 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_13'] = x_references__mutmut_13 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_14'] = x_references__mutmut_14 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_15'] = x_references__mutmut_15 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_16'] = x_references__mutmut_16 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_17'] = x_references__mutmut_17 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_18'] = x_references__mutmut_18 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_19'] = x_references__mutmut_19 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_20'] = x_references__mutmut_20 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_21'] = x_references__mutmut_21 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_22'] = x_references__mutmut_22 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_23'] = x_references__mutmut_23 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_24'] = x_references__mutmut_24 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_25'] = x_references__mutmut_25 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_26'] = x_references__mutmut_26 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_27'] = x_references__mutmut_27 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_28'] = x_references__mutmut_28 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_29'] = x_references__mutmut_29 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_30'] = x_references__mutmut_30 # type: ignore # mutmut generated
mutants_x_references__mutmut['x_references__mutmut_31'] = x_references__mutmut_31 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_evaluate__mutmut)
def evaluate(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_orig(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_1(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = None
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_2(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[1]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_3(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind != "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_4(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "XXnumXX":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_5(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "NUM":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_6(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = None
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_7(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if (tree[2]) and False else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_8(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if (tree[2]) or True else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_9(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(None) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_10(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[3]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_11(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[3] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_12(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(None, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_13(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, None, tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_14(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), None)
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_15(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_16(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_17(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), )
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_18(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] / dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_19(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[2] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_20(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(None), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_21(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[3])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_22(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind != "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_23(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "XXrefXX":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_24(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "REF":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_25(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(None)
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_26(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[2])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_27(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(None, tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_28(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), None) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_29(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_30(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), ) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_31(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(None), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_32(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if (err.at is None) and False else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_33(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if (err.at is None) or True else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_34(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[3] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_35(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is not None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_36(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind != "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_37(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "XXnegXX":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_38(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "NEG":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_39(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return +evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_40(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(None, lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_41(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], None, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_42(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, None)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_43(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_44(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_45(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, )
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_46(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[2], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_47(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind != "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_48(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "XXopXX":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_49(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "OP":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_50(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = None
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_51(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(None, lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_52(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], None, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_53(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, None), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_54(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_55(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_56(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, ), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_57(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[3], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_58(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(None, lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_59(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], None, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_60(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, None)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_61(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_62(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_63(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, )
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_64(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[4], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_65(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" or not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_66(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[2] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_67(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] not in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_68(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "XX+-XX" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_69(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_70(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(None):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_71(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = None
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_72(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if (tree[1] == "+") and False else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_73(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if (tree[1] == "+") or True else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_74(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "XXaddXX" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_75(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "ADD" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_76(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[2] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_77(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] != "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_78(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "XX+XX" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_79(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "XXsubtractXX"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_80(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "SUBTRACT"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_81(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(None, tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_82(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", None)
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_83(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_84(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", )
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_85(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(None, a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_86(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], None)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_87(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_88(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], )} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_89(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[3], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_90(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(None, b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_91(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], None)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_92(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_93(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], )}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_94(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[4], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_95(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[5])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_96(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](None)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_97(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"XX+XX": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_98(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "XX-XX": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_99(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "XX*XX": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_100(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "XX/XX": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_101(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[2]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_102(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(None, tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_103(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", None) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_104(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_105(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", ) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_106(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(None)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_107(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[5]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_108(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = None
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_109(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[2], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_110(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(None, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_111(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, None, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_112(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, None) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_113(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_114(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_115(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, ) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_116(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[3]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_117(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name != "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_118(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "XXroundXX":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_119(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "ROUND":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_120(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims and args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_121(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 and args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_122(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) == 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_123(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 3 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_124(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[2].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_125(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[2].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_126(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low == args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_127(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[2].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_128(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError(None, tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_129(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", None)
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_130(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError(tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_131(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", )
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_132(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("XXround takes a value and a plain number of significant figures: round(x, 2)XX", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_133(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("ROUND TAKES A VALUE AND A PLAIN NUMBER OF SIGNIFICANT FIGURES: ROUND(X, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_134(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[4])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_135(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = None
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_136(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[2].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_137(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) and not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_138(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits == int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_139(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(None) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_140(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_141(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 2 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_142(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 < digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_143(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits < 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_144(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 16:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_145(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError(None, tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_146(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", None)
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_147(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError(tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_148(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", )
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_149(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("XXround keeps between 1 and 15 significant figuresXX", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_150(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("ROUND KEEPS BETWEEN 1 AND 15 SIGNIFICANT FIGURES", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_151(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[4])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_152(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = None
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_153(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(None)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_154(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = None
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_155(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[1]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_156(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), None)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_157(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_158(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), )
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_159(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(None, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_160(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, None) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_161(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_162(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, ) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_163(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(None, args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_164(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], None):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_165(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_166(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], ):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_167(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[3][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_168(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][2:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_169(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[2:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_170(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_171(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(None):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_172(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[1].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_173(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(None, tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_174(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", None)
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_175(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_176(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", )
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_177(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(None, args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_178(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], None)} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_179(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_180(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], )} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_181(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[3][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_182(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][1], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_183(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[1])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_184(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(None, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_185(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, None)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_186(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_187(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, )}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_188(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[4])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_189(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = None
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_190(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if (name == "min") and False else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_191(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if (name == "min") or True else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_192(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name != "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_193(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "XXminXX" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_194(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "MIN" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_195(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(None, pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_196(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), None, pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_197(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), None, args[0].dim)


def x_evaluate__mutmut_198(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), None)


def x_evaluate__mutmut_199(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_200(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_201(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), args[0].dim)


def x_evaluate__mutmut_202(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), )


def x_evaluate__mutmut_203(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(None), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_204(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(None), pick(a.high for a in args), args[0].dim)


def x_evaluate__mutmut_205(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(None), args[0].dim)


def x_evaluate__mutmut_206(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    """The value of a parsed formula; ``lookup`` gives each ``{id}``'s value (with its unit as written)."""
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims), tree[2])
    if kind == "ref":
        try:
            return lookup(tree[1])
        except FormulaError as err:
            raise FormulaError(str(err), tree[2] if err.at is None else err.at) from None
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        if tree[1] in "+-" and not a.dim.same_kind(b.dim):
            verb = "add" if tree[1] == "+" else "subtract"
            raise FormulaError(f"cannot {verb} {_operand(tree[2], a)} and {_operand(tree[3], b)}", tree[4])
        try:
            return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
        except FormulaError as err:
            raise FormulaError(f"{err}: {text(tree)}", tree[4]) from None
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)", tree[3])
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures", tree[3])
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[1].dim)

mutants_x_evaluate__mutmut['_mutmut_orig'] = x_evaluate__mutmut_orig # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_1'] = x_evaluate__mutmut_1 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_2'] = x_evaluate__mutmut_2 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_3'] = x_evaluate__mutmut_3 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_4'] = x_evaluate__mutmut_4 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_5'] = x_evaluate__mutmut_5 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_6'] = x_evaluate__mutmut_6 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_7'] = x_evaluate__mutmut_7 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_8'] = x_evaluate__mutmut_8 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_9'] = x_evaluate__mutmut_9 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_10'] = x_evaluate__mutmut_10 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_11'] = x_evaluate__mutmut_11 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_12'] = x_evaluate__mutmut_12 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_13'] = x_evaluate__mutmut_13 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_14'] = x_evaluate__mutmut_14 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_15'] = x_evaluate__mutmut_15 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_16'] = x_evaluate__mutmut_16 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_17'] = x_evaluate__mutmut_17 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_18'] = x_evaluate__mutmut_18 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_19'] = x_evaluate__mutmut_19 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_20'] = x_evaluate__mutmut_20 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_21'] = x_evaluate__mutmut_21 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_22'] = x_evaluate__mutmut_22 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_23'] = x_evaluate__mutmut_23 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_24'] = x_evaluate__mutmut_24 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_25'] = x_evaluate__mutmut_25 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_26'] = x_evaluate__mutmut_26 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_27'] = x_evaluate__mutmut_27 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_28'] = x_evaluate__mutmut_28 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_29'] = x_evaluate__mutmut_29 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_30'] = x_evaluate__mutmut_30 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_31'] = x_evaluate__mutmut_31 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_32'] = x_evaluate__mutmut_32 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_33'] = x_evaluate__mutmut_33 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_34'] = x_evaluate__mutmut_34 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_35'] = x_evaluate__mutmut_35 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_36'] = x_evaluate__mutmut_36 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_37'] = x_evaluate__mutmut_37 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_38'] = x_evaluate__mutmut_38 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_39'] = x_evaluate__mutmut_39 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_40'] = x_evaluate__mutmut_40 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_41'] = x_evaluate__mutmut_41 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_42'] = x_evaluate__mutmut_42 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_43'] = x_evaluate__mutmut_43 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_44'] = x_evaluate__mutmut_44 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_45'] = x_evaluate__mutmut_45 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_46'] = x_evaluate__mutmut_46 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_47'] = x_evaluate__mutmut_47 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_48'] = x_evaluate__mutmut_48 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_49'] = x_evaluate__mutmut_49 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_50'] = x_evaluate__mutmut_50 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_51'] = x_evaluate__mutmut_51 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_52'] = x_evaluate__mutmut_52 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_53'] = x_evaluate__mutmut_53 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_54'] = x_evaluate__mutmut_54 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_55'] = x_evaluate__mutmut_55 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_56'] = x_evaluate__mutmut_56 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_57'] = x_evaluate__mutmut_57 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_58'] = x_evaluate__mutmut_58 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_59'] = x_evaluate__mutmut_59 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_60'] = x_evaluate__mutmut_60 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_61'] = x_evaluate__mutmut_61 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_62'] = x_evaluate__mutmut_62 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_63'] = x_evaluate__mutmut_63 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_64'] = x_evaluate__mutmut_64 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_65'] = x_evaluate__mutmut_65 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_66'] = x_evaluate__mutmut_66 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_67'] = x_evaluate__mutmut_67 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_68'] = x_evaluate__mutmut_68 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_69'] = x_evaluate__mutmut_69 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_70'] = x_evaluate__mutmut_70 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_71'] = x_evaluate__mutmut_71 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_72'] = x_evaluate__mutmut_72 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_73'] = x_evaluate__mutmut_73 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_74'] = x_evaluate__mutmut_74 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_75'] = x_evaluate__mutmut_75 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_76'] = x_evaluate__mutmut_76 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_77'] = x_evaluate__mutmut_77 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_78'] = x_evaluate__mutmut_78 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_79'] = x_evaluate__mutmut_79 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_80'] = x_evaluate__mutmut_80 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_81'] = x_evaluate__mutmut_81 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_82'] = x_evaluate__mutmut_82 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_83'] = x_evaluate__mutmut_83 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_84'] = x_evaluate__mutmut_84 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_85'] = x_evaluate__mutmut_85 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_86'] = x_evaluate__mutmut_86 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_87'] = x_evaluate__mutmut_87 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_88'] = x_evaluate__mutmut_88 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_89'] = x_evaluate__mutmut_89 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_90'] = x_evaluate__mutmut_90 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_91'] = x_evaluate__mutmut_91 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_92'] = x_evaluate__mutmut_92 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_93'] = x_evaluate__mutmut_93 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_94'] = x_evaluate__mutmut_94 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_95'] = x_evaluate__mutmut_95 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_96'] = x_evaluate__mutmut_96 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_97'] = x_evaluate__mutmut_97 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_98'] = x_evaluate__mutmut_98 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_99'] = x_evaluate__mutmut_99 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_100'] = x_evaluate__mutmut_100 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_101'] = x_evaluate__mutmut_101 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_102'] = x_evaluate__mutmut_102 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_103'] = x_evaluate__mutmut_103 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_104'] = x_evaluate__mutmut_104 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_105'] = x_evaluate__mutmut_105 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_106'] = x_evaluate__mutmut_106 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_107'] = x_evaluate__mutmut_107 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_108'] = x_evaluate__mutmut_108 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_109'] = x_evaluate__mutmut_109 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_110'] = x_evaluate__mutmut_110 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_111'] = x_evaluate__mutmut_111 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_112'] = x_evaluate__mutmut_112 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_113'] = x_evaluate__mutmut_113 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_114'] = x_evaluate__mutmut_114 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_115'] = x_evaluate__mutmut_115 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_116'] = x_evaluate__mutmut_116 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_117'] = x_evaluate__mutmut_117 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_118'] = x_evaluate__mutmut_118 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_119'] = x_evaluate__mutmut_119 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_120'] = x_evaluate__mutmut_120 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_121'] = x_evaluate__mutmut_121 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_122'] = x_evaluate__mutmut_122 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_123'] = x_evaluate__mutmut_123 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_124'] = x_evaluate__mutmut_124 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_125'] = x_evaluate__mutmut_125 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_126'] = x_evaluate__mutmut_126 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_127'] = x_evaluate__mutmut_127 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_128'] = x_evaluate__mutmut_128 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_129'] = x_evaluate__mutmut_129 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_130'] = x_evaluate__mutmut_130 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_131'] = x_evaluate__mutmut_131 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_132'] = x_evaluate__mutmut_132 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_133'] = x_evaluate__mutmut_133 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_134'] = x_evaluate__mutmut_134 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_135'] = x_evaluate__mutmut_135 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_136'] = x_evaluate__mutmut_136 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_137'] = x_evaluate__mutmut_137 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_138'] = x_evaluate__mutmut_138 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_139'] = x_evaluate__mutmut_139 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_140'] = x_evaluate__mutmut_140 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_141'] = x_evaluate__mutmut_141 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_142'] = x_evaluate__mutmut_142 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_143'] = x_evaluate__mutmut_143 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_144'] = x_evaluate__mutmut_144 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_145'] = x_evaluate__mutmut_145 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_146'] = x_evaluate__mutmut_146 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_147'] = x_evaluate__mutmut_147 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_148'] = x_evaluate__mutmut_148 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_149'] = x_evaluate__mutmut_149 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_150'] = x_evaluate__mutmut_150 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_151'] = x_evaluate__mutmut_151 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_152'] = x_evaluate__mutmut_152 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_153'] = x_evaluate__mutmut_153 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_154'] = x_evaluate__mutmut_154 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_155'] = x_evaluate__mutmut_155 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_156'] = x_evaluate__mutmut_156 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_157'] = x_evaluate__mutmut_157 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_158'] = x_evaluate__mutmut_158 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_159'] = x_evaluate__mutmut_159 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_160'] = x_evaluate__mutmut_160 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_161'] = x_evaluate__mutmut_161 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_162'] = x_evaluate__mutmut_162 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_163'] = x_evaluate__mutmut_163 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_164'] = x_evaluate__mutmut_164 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_165'] = x_evaluate__mutmut_165 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_166'] = x_evaluate__mutmut_166 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_167'] = x_evaluate__mutmut_167 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_168'] = x_evaluate__mutmut_168 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_169'] = x_evaluate__mutmut_169 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_170'] = x_evaluate__mutmut_170 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_171'] = x_evaluate__mutmut_171 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_172'] = x_evaluate__mutmut_172 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_173'] = x_evaluate__mutmut_173 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_174'] = x_evaluate__mutmut_174 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_175'] = x_evaluate__mutmut_175 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_176'] = x_evaluate__mutmut_176 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_177'] = x_evaluate__mutmut_177 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_178'] = x_evaluate__mutmut_178 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_179'] = x_evaluate__mutmut_179 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_180'] = x_evaluate__mutmut_180 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_181'] = x_evaluate__mutmut_181 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_182'] = x_evaluate__mutmut_182 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_183'] = x_evaluate__mutmut_183 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_184'] = x_evaluate__mutmut_184 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_185'] = x_evaluate__mutmut_185 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_186'] = x_evaluate__mutmut_186 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_187'] = x_evaluate__mutmut_187 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_188'] = x_evaluate__mutmut_188 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_189'] = x_evaluate__mutmut_189 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_190'] = x_evaluate__mutmut_190 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_191'] = x_evaluate__mutmut_191 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_192'] = x_evaluate__mutmut_192 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_193'] = x_evaluate__mutmut_193 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_194'] = x_evaluate__mutmut_194 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_195'] = x_evaluate__mutmut_195 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_196'] = x_evaluate__mutmut_196 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_197'] = x_evaluate__mutmut_197 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_198'] = x_evaluate__mutmut_198 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_199'] = x_evaluate__mutmut_199 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_200'] = x_evaluate__mutmut_200 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_201'] = x_evaluate__mutmut_201 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_202'] = x_evaluate__mutmut_202 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_203'] = x_evaluate__mutmut_203 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_204'] = x_evaluate__mutmut_204 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_205'] = x_evaluate__mutmut_205 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_206'] = x_evaluate__mutmut_206 # type: ignore # mutmut generated
mutants_x_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_text__mutmut)
def text(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_orig(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_1(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = None
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_2(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[1]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_3(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind != "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_4(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "XXnumXX":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_5(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "NUM":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_6(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" - (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_7(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[2]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_8(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if (tree[2]) and False else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_9(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if (tree[2]) or True else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_10(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[3]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_11(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[3] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_12(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "XXXX")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_13(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind != "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_14(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "XXrefXX":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_15(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "REF":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_16(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[2]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_17(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind != "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_18(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "XXnegXX":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_19(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "NEG":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_20(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" - text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_21(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "XX-XX" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_22(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(None)
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_23(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[2])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_24(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind != "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_25(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "XXcallXX":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_26(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "CALL":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_27(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[2]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_28(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(None)})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_29(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({'XX, XX'.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_30(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(None) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_31(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[3])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_32(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join(None)


def x_text__mutmut_33(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return "XX XX".join((_grouped(tree[2]), tree[1], _grouped(tree[3])))


def x_text__mutmut_34(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(None), tree[1], _grouped(tree[3])))


def x_text__mutmut_35(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[3]), tree[1], _grouped(tree[3])))


def x_text__mutmut_36(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[2], _grouped(tree[3])))


def x_text__mutmut_37(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(None)))


def x_text__mutmut_38(tree: tuple) -> str:
    """A parsed formula written back out, for messages: ``{a} * ({b} - 2[t])``."""
    kind = tree[0]
    if kind == "num":
        return f"{tree[1]:g}" + (f"[{tree[2]}]" if tree[2] else "")
    if kind == "ref":
        return f"{{{tree[1]}}}"
    if kind == "neg":
        return "-" + text(tree[1])
    if kind == "call":
        return f"{tree[1]}({', '.join(text(arg) for arg in tree[2])})"
    return " ".join((_grouped(tree[2]), tree[1], _grouped(tree[4])))

mutants_x_text__mutmut['_mutmut_orig'] = x_text__mutmut_orig # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_1'] = x_text__mutmut_1 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_2'] = x_text__mutmut_2 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_3'] = x_text__mutmut_3 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_4'] = x_text__mutmut_4 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_5'] = x_text__mutmut_5 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_6'] = x_text__mutmut_6 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_7'] = x_text__mutmut_7 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_8'] = x_text__mutmut_8 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_9'] = x_text__mutmut_9 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_10'] = x_text__mutmut_10 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_11'] = x_text__mutmut_11 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_12'] = x_text__mutmut_12 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_13'] = x_text__mutmut_13 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_14'] = x_text__mutmut_14 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_15'] = x_text__mutmut_15 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_16'] = x_text__mutmut_16 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_17'] = x_text__mutmut_17 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_18'] = x_text__mutmut_18 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_19'] = x_text__mutmut_19 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_20'] = x_text__mutmut_20 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_21'] = x_text__mutmut_21 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_22'] = x_text__mutmut_22 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_23'] = x_text__mutmut_23 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_24'] = x_text__mutmut_24 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_25'] = x_text__mutmut_25 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_26'] = x_text__mutmut_26 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_27'] = x_text__mutmut_27 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_28'] = x_text__mutmut_28 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_29'] = x_text__mutmut_29 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_30'] = x_text__mutmut_30 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_31'] = x_text__mutmut_31 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_32'] = x_text__mutmut_32 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_33'] = x_text__mutmut_33 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_34'] = x_text__mutmut_34 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_35'] = x_text__mutmut_35 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_36'] = x_text__mutmut_36 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_37'] = x_text__mutmut_37 # type: ignore # mutmut generated
mutants_x_text__mutmut['x_text__mutmut_38'] = x_text__mutmut_38 # type: ignore # mutmut generated
mutants_x__grouped__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__grouped__mutmut)
def _grouped(tree: tuple) -> str:
    return f"({text(tree)})" if tree[0] == "op" else text(tree)


def x__grouped__mutmut_orig(tree: tuple) -> str:
    return f"({text(tree)})" if tree[0] == "op" else text(tree)


def x__grouped__mutmut_1(tree: tuple) -> str:
    return f"({text(tree)})" if (tree[0] == "op") and False else text(tree)


def x__grouped__mutmut_2(tree: tuple) -> str:
    return f"({text(tree)})" if (tree[0] == "op") or True else text(tree)


def x__grouped__mutmut_3(tree: tuple) -> str:
    return f"({text(None)})" if tree[0] == "op" else text(tree)


def x__grouped__mutmut_4(tree: tuple) -> str:
    return f"({text(tree)})" if tree[1] == "op" else text(tree)


def x__grouped__mutmut_5(tree: tuple) -> str:
    return f"({text(tree)})" if tree[0] != "op" else text(tree)


def x__grouped__mutmut_6(tree: tuple) -> str:
    return f"({text(tree)})" if tree[0] == "XXopXX" else text(tree)


def x__grouped__mutmut_7(tree: tuple) -> str:
    return f"({text(tree)})" if tree[0] == "OP" else text(tree)


def x__grouped__mutmut_8(tree: tuple) -> str:
    return f"({text(tree)})" if tree[0] == "op" else text(None)

mutants_x__grouped__mutmut['_mutmut_orig'] = x__grouped__mutmut_orig # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_1'] = x__grouped__mutmut_1 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_2'] = x__grouped__mutmut_2 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_3'] = x__grouped__mutmut_3 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_4'] = x__grouped__mutmut_4 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_5'] = x__grouped__mutmut_5 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_6'] = x__grouped__mutmut_6 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_7'] = x__grouped__mutmut_7 # type: ignore # mutmut generated
mutants_x__grouped__mutmut['x__grouped__mutmut_8'] = x__grouped__mutmut_8 # type: ignore # mutmut generated
mutants_x__operand__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__operand__mutmut)
def _operand(tree: tuple, value: Value) -> str:
    """``{price} (USD/vehicle)``: what a curator needs to see which input has which unit."""
    return f"{text(tree)} ({value.unit or value.dim})"


def x__operand__mutmut_orig(tree: tuple, value: Value) -> str:
    """``{price} (USD/vehicle)``: what a curator needs to see which input has which unit."""
    return f"{text(tree)} ({value.unit or value.dim})"


def x__operand__mutmut_1(tree: tuple, value: Value) -> str:
    """``{price} (USD/vehicle)``: what a curator needs to see which input has which unit."""
    return f"{text(None)} ({value.unit or value.dim})"


def x__operand__mutmut_2(tree: tuple, value: Value) -> str:
    """``{price} (USD/vehicle)``: what a curator needs to see which input has which unit."""
    return f"{text(tree)} ({value.unit and value.dim})"

mutants_x__operand__mutmut['_mutmut_orig'] = x__operand__mutmut_orig # type: ignore # mutmut generated
mutants_x__operand__mutmut['x__operand__mutmut_1'] = x__operand__mutmut_1 # type: ignore # mutmut generated
mutants_x__operand__mutmut['x__operand__mutmut_2'] = x__operand__mutmut_2 # type: ignore # mutmut generated
mutants_x__significant__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__significant__mutmut)
def _significant(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def x__significant__mutmut_orig(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def x__significant__mutmut_1(x: float, digits: int) -> float:
    if x != 0:
        return 0.0
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def x__significant__mutmut_2(x: float, digits: int) -> float:
    if x == 1:
        return 0.0
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def x__significant__mutmut_3(x: float, digits: int) -> float:
    if x == 0:
        return 1.0
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def x__significant__mutmut_4(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(None, digits - 1 - math.floor(math.log10(abs(x))))


def x__significant__mutmut_5(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, None)


def x__significant__mutmut_6(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(digits - 1 - math.floor(math.log10(abs(x))))


def x__significant__mutmut_7(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, )


def x__significant__mutmut_8(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, digits - 1 + math.floor(math.log10(abs(x))))


def x__significant__mutmut_9(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, digits + 1 - math.floor(math.log10(abs(x))))


def x__significant__mutmut_10(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, digits - 2 - math.floor(math.log10(abs(x))))


def x__significant__mutmut_11(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, digits - 1 - math.floor(None))


def x__significant__mutmut_12(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, digits - 1 - math.floor(math.log10(None)))


def x__significant__mutmut_13(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, digits - 1 - math.floor(math.log10(abs(None))))

mutants_x__significant__mutmut['_mutmut_orig'] = x__significant__mutmut_orig # type: ignore # mutmut generated
mutants_x__significant__mutmut['x__significant__mutmut_1'] = x__significant__mutmut_1 # type: ignore # mutmut generated
mutants_x__significant__mutmut['x__significant__mutmut_2'] = x__significant__mutmut_2 # type: ignore # mutmut generated
mutants_x__significant__mutmut['x__significant__mutmut_3'] = x__significant__mutmut_3 # type: ignore # mutmut generated
mutants_x__significant__mutmut['x__significant__mutmut_4'] = x__significant__mutmut_4 # type: ignore # mutmut generated
mutants_x__significant__mutmut['x__significant__mutmut_5'] = x__significant__mutmut_5 # type: ignore # mutmut generated
mutants_x__significant__mutmut['x__significant__mutmut_6'] = x__significant__mutmut_6 # type: ignore # mutmut generated
mutants_x__significant__mutmut['x__significant__mutmut_7'] = x__significant__mutmut_7 # type: ignore # mutmut generated
mutants_x__significant__mutmut['x__significant__mutmut_8'] = x__significant__mutmut_8 # type: ignore # mutmut generated
mutants_x__significant__mutmut['x__significant__mutmut_9'] = x__significant__mutmut_9 # type: ignore # mutmut generated
mutants_x__significant__mutmut['x__significant__mutmut_10'] = x__significant__mutmut_10 # type: ignore # mutmut generated
mutants_x__significant__mutmut['x__significant__mutmut_11'] = x__significant__mutmut_11 # type: ignore # mutmut generated
mutants_x__significant__mutmut['x__significant__mutmut_12'] = x__significant__mutmut_12 # type: ignore # mutmut generated
mutants_x__significant__mutmut['x__significant__mutmut_13'] = x__significant__mutmut_13 # type: ignore # mutmut generated
