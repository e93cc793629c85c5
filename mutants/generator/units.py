"""Units: what a figure's ``unit`` may say, how units combine in formulas, and how values print.

A unit string is a product of atoms with ``*`` and ``/`` (``USD/vehicle``, ``TB/s``, ``km2``). Each
atom has a dimension and a scale, so ``TB/s`` and ``GB/s`` compare, ``%`` is a scaled pure number,
and adding vehicles to dollars is caught before anything is computed.

A small base serves any briefing (currencies by ISO code, %, times, SI units with their prefixes);
each project declares its own atoms and prose in ``data/units.yaml`` and gets a ``Units`` registry
that knows both. Nothing here knows what a briefing is about.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Iterable, Optional


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class UnitError(ValueError):
    """A unit string that does not parse, or units that do not combine."""
mutants_xǁDimǁ__mul____mutmut: MutantDict = {}  # type: ignore
mutants_xǁDimǁ__truediv____mutmut: MutantDict = {}  # type: ignore
mutants_xǁDimǁ__pow____mutmut: MutantDict = {}  # type: ignore
mutants_xǁDimǁsame_kind__mutmut: MutantDict = {}  # type: ignore
mutants_xǁDimǁ__str____mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Dim:
    """A unit reduced to base dimensions and a scale factor."""

    dims: tuple[tuple[str, int], ...]
    scale: float = 1.0

    @_mutmut_mutated(mutants_xǁDimǁ__mul____mutmut)
    def __mul__(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, 1), self.scale * other.scale)

    def xǁDimǁ__mul____mutmut_orig(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, 1), self.scale * other.scale)

    def xǁDimǁ__mul____mutmut_1(self, other: "Dim") -> "Dim":
        return Dim(None, self.scale * other.scale)

    def xǁDimǁ__mul____mutmut_2(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, 1), None)

    def xǁDimǁ__mul____mutmut_3(self, other: "Dim") -> "Dim":
        return Dim(self.scale * other.scale)

    def xǁDimǁ__mul____mutmut_4(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, 1), )

    def xǁDimǁ__mul____mutmut_5(self, other: "Dim") -> "Dim":
        return Dim(_merge(None, other.dims, 1), self.scale * other.scale)

    def xǁDimǁ__mul____mutmut_6(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, None, 1), self.scale * other.scale)

    def xǁDimǁ__mul____mutmut_7(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, None), self.scale * other.scale)

    def xǁDimǁ__mul____mutmut_8(self, other: "Dim") -> "Dim":
        return Dim(_merge(other.dims, 1), self.scale * other.scale)

    def xǁDimǁ__mul____mutmut_9(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, 1), self.scale * other.scale)

    def xǁDimǁ__mul____mutmut_10(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, ), self.scale * other.scale)

    def xǁDimǁ__mul____mutmut_11(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, 2), self.scale * other.scale)

    def xǁDimǁ__mul____mutmut_12(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, 1), self.scale / other.scale)

    @_mutmut_mutated(mutants_xǁDimǁ__truediv____mutmut)
    def __truediv__(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, -1), self.scale / other.scale)

    def xǁDimǁ__truediv____mutmut_orig(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, -1), self.scale / other.scale)

    def xǁDimǁ__truediv____mutmut_1(self, other: "Dim") -> "Dim":
        return Dim(None, self.scale / other.scale)

    def xǁDimǁ__truediv____mutmut_2(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, -1), None)

    def xǁDimǁ__truediv____mutmut_3(self, other: "Dim") -> "Dim":
        return Dim(self.scale / other.scale)

    def xǁDimǁ__truediv____mutmut_4(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, -1), )

    def xǁDimǁ__truediv____mutmut_5(self, other: "Dim") -> "Dim":
        return Dim(_merge(None, other.dims, -1), self.scale / other.scale)

    def xǁDimǁ__truediv____mutmut_6(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, None, -1), self.scale / other.scale)

    def xǁDimǁ__truediv____mutmut_7(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, None), self.scale / other.scale)

    def xǁDimǁ__truediv____mutmut_8(self, other: "Dim") -> "Dim":
        return Dim(_merge(other.dims, -1), self.scale / other.scale)

    def xǁDimǁ__truediv____mutmut_9(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, -1), self.scale / other.scale)

    def xǁDimǁ__truediv____mutmut_10(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, ), self.scale / other.scale)

    def xǁDimǁ__truediv____mutmut_11(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, +1), self.scale / other.scale)

    def xǁDimǁ__truediv____mutmut_12(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, -2), self.scale / other.scale)

    def xǁDimǁ__truediv____mutmut_13(self, other: "Dim") -> "Dim":
        return Dim(_merge(self.dims, other.dims, -1), self.scale * other.scale)

    @_mutmut_mutated(mutants_xǁDimǁ__pow____mutmut)
    def __pow__(self, power: int) -> "Dim":
        return Dim(tuple((d, p * power) for d, p in self.dims), self.scale ** power)

    def xǁDimǁ__pow____mutmut_orig(self, power: int) -> "Dim":
        return Dim(tuple((d, p * power) for d, p in self.dims), self.scale ** power)

    def xǁDimǁ__pow____mutmut_1(self, power: int) -> "Dim":
        return Dim(None, self.scale ** power)

    def xǁDimǁ__pow____mutmut_2(self, power: int) -> "Dim":
        return Dim(tuple((d, p * power) for d, p in self.dims), None)

    def xǁDimǁ__pow____mutmut_3(self, power: int) -> "Dim":
        return Dim(self.scale ** power)

    def xǁDimǁ__pow____mutmut_4(self, power: int) -> "Dim":
        return Dim(tuple((d, p * power) for d, p in self.dims), )

    def xǁDimǁ__pow____mutmut_5(self, power: int) -> "Dim":
        return Dim(tuple(None), self.scale ** power)

    def xǁDimǁ__pow____mutmut_6(self, power: int) -> "Dim":
        return Dim(tuple((d, p / power) for d, p in self.dims), self.scale ** power)

    def xǁDimǁ__pow____mutmut_7(self, power: int) -> "Dim":
        return Dim(tuple((d, p * power) for d, p in self.dims), self.scale * power)

    @_mutmut_mutated(mutants_xǁDimǁsame_kind__mutmut)
    def same_kind(self, other: "Dim") -> bool:
        return self.dims == other.dims

    def xǁDimǁsame_kind__mutmut_orig(self, other: "Dim") -> bool:
        return self.dims == other.dims

    def xǁDimǁsame_kind__mutmut_1(self, other: "Dim") -> bool:
        return self.dims != other.dims

    @_mutmut_mutated(mutants_xǁDimǁ__str____mutmut)
    def __str__(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_orig(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_1(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_2(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "XXa pure numberXX"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_3(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "A PURE NUMBER"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_4(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = None
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_5(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) and "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_6(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(None) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_7(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "XX*XX".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_8(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(None, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_9(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, None) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_10(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_11(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, ) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_12(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p >= 0) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_13(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 1) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_14(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "XX1XX"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_15(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = None
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_16(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(None)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_17(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "XX*XX".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_18(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(None, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_19(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, None) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_20(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(-p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_21(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, ) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_22(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, +p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_23(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p <= 0)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_24(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 1)
        return f"{up}/{down}" if down else up

    def xǁDimǁ__str____mutmut_25(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if (down) and False else up

    def xǁDimǁ__str____mutmut_26(self) -> str:
        """As a curator writes units: ``USD/vehicle``, ``byte/s``; a pure number says so."""
        if not self.dims:
            return "a pure number"
        up = "*".join(_power(d, p) for d, p in self.dims if p > 0) or "1"
        down = "*".join(_power(d, -p) for d, p in self.dims if p < 0)
        return f"{up}/{down}" if (down) or True else up

mutants_xǁDimǁ__mul____mutmut['_mutmut_orig'] = Dim.xǁDimǁ__mul____mutmut_orig # type: ignore # mutmut generated
mutants_xǁDimǁ__mul____mutmut['xǁDimǁ__mul____mutmut_1'] = Dim.xǁDimǁ__mul____mutmut_1 # type: ignore # mutmut generated
mutants_xǁDimǁ__mul____mutmut['xǁDimǁ__mul____mutmut_2'] = Dim.xǁDimǁ__mul____mutmut_2 # type: ignore # mutmut generated
mutants_xǁDimǁ__mul____mutmut['xǁDimǁ__mul____mutmut_3'] = Dim.xǁDimǁ__mul____mutmut_3 # type: ignore # mutmut generated
mutants_xǁDimǁ__mul____mutmut['xǁDimǁ__mul____mutmut_4'] = Dim.xǁDimǁ__mul____mutmut_4 # type: ignore # mutmut generated
mutants_xǁDimǁ__mul____mutmut['xǁDimǁ__mul____mutmut_5'] = Dim.xǁDimǁ__mul____mutmut_5 # type: ignore # mutmut generated
mutants_xǁDimǁ__mul____mutmut['xǁDimǁ__mul____mutmut_6'] = Dim.xǁDimǁ__mul____mutmut_6 # type: ignore # mutmut generated
mutants_xǁDimǁ__mul____mutmut['xǁDimǁ__mul____mutmut_7'] = Dim.xǁDimǁ__mul____mutmut_7 # type: ignore # mutmut generated
mutants_xǁDimǁ__mul____mutmut['xǁDimǁ__mul____mutmut_8'] = Dim.xǁDimǁ__mul____mutmut_8 # type: ignore # mutmut generated
mutants_xǁDimǁ__mul____mutmut['xǁDimǁ__mul____mutmut_9'] = Dim.xǁDimǁ__mul____mutmut_9 # type: ignore # mutmut generated
mutants_xǁDimǁ__mul____mutmut['xǁDimǁ__mul____mutmut_10'] = Dim.xǁDimǁ__mul____mutmut_10 # type: ignore # mutmut generated
mutants_xǁDimǁ__mul____mutmut['xǁDimǁ__mul____mutmut_11'] = Dim.xǁDimǁ__mul____mutmut_11 # type: ignore # mutmut generated
mutants_xǁDimǁ__mul____mutmut['xǁDimǁ__mul____mutmut_12'] = Dim.xǁDimǁ__mul____mutmut_12 # type: ignore # mutmut generated

mutants_xǁDimǁ__truediv____mutmut['_mutmut_orig'] = Dim.xǁDimǁ__truediv____mutmut_orig # type: ignore # mutmut generated
mutants_xǁDimǁ__truediv____mutmut['xǁDimǁ__truediv____mutmut_1'] = Dim.xǁDimǁ__truediv____mutmut_1 # type: ignore # mutmut generated
mutants_xǁDimǁ__truediv____mutmut['xǁDimǁ__truediv____mutmut_2'] = Dim.xǁDimǁ__truediv____mutmut_2 # type: ignore # mutmut generated
mutants_xǁDimǁ__truediv____mutmut['xǁDimǁ__truediv____mutmut_3'] = Dim.xǁDimǁ__truediv____mutmut_3 # type: ignore # mutmut generated
mutants_xǁDimǁ__truediv____mutmut['xǁDimǁ__truediv____mutmut_4'] = Dim.xǁDimǁ__truediv____mutmut_4 # type: ignore # mutmut generated
mutants_xǁDimǁ__truediv____mutmut['xǁDimǁ__truediv____mutmut_5'] = Dim.xǁDimǁ__truediv____mutmut_5 # type: ignore # mutmut generated
mutants_xǁDimǁ__truediv____mutmut['xǁDimǁ__truediv____mutmut_6'] = Dim.xǁDimǁ__truediv____mutmut_6 # type: ignore # mutmut generated
mutants_xǁDimǁ__truediv____mutmut['xǁDimǁ__truediv____mutmut_7'] = Dim.xǁDimǁ__truediv____mutmut_7 # type: ignore # mutmut generated
mutants_xǁDimǁ__truediv____mutmut['xǁDimǁ__truediv____mutmut_8'] = Dim.xǁDimǁ__truediv____mutmut_8 # type: ignore # mutmut generated
mutants_xǁDimǁ__truediv____mutmut['xǁDimǁ__truediv____mutmut_9'] = Dim.xǁDimǁ__truediv____mutmut_9 # type: ignore # mutmut generated
mutants_xǁDimǁ__truediv____mutmut['xǁDimǁ__truediv____mutmut_10'] = Dim.xǁDimǁ__truediv____mutmut_10 # type: ignore # mutmut generated
mutants_xǁDimǁ__truediv____mutmut['xǁDimǁ__truediv____mutmut_11'] = Dim.xǁDimǁ__truediv____mutmut_11 # type: ignore # mutmut generated
mutants_xǁDimǁ__truediv____mutmut['xǁDimǁ__truediv____mutmut_12'] = Dim.xǁDimǁ__truediv____mutmut_12 # type: ignore # mutmut generated
mutants_xǁDimǁ__truediv____mutmut['xǁDimǁ__truediv____mutmut_13'] = Dim.xǁDimǁ__truediv____mutmut_13 # type: ignore # mutmut generated

mutants_xǁDimǁ__pow____mutmut['_mutmut_orig'] = Dim.xǁDimǁ__pow____mutmut_orig # type: ignore # mutmut generated
mutants_xǁDimǁ__pow____mutmut['xǁDimǁ__pow____mutmut_1'] = Dim.xǁDimǁ__pow____mutmut_1 # type: ignore # mutmut generated
mutants_xǁDimǁ__pow____mutmut['xǁDimǁ__pow____mutmut_2'] = Dim.xǁDimǁ__pow____mutmut_2 # type: ignore # mutmut generated
mutants_xǁDimǁ__pow____mutmut['xǁDimǁ__pow____mutmut_3'] = Dim.xǁDimǁ__pow____mutmut_3 # type: ignore # mutmut generated
mutants_xǁDimǁ__pow____mutmut['xǁDimǁ__pow____mutmut_4'] = Dim.xǁDimǁ__pow____mutmut_4 # type: ignore # mutmut generated
mutants_xǁDimǁ__pow____mutmut['xǁDimǁ__pow____mutmut_5'] = Dim.xǁDimǁ__pow____mutmut_5 # type: ignore # mutmut generated
mutants_xǁDimǁ__pow____mutmut['xǁDimǁ__pow____mutmut_6'] = Dim.xǁDimǁ__pow____mutmut_6 # type: ignore # mutmut generated
mutants_xǁDimǁ__pow____mutmut['xǁDimǁ__pow____mutmut_7'] = Dim.xǁDimǁ__pow____mutmut_7 # type: ignore # mutmut generated

mutants_xǁDimǁsame_kind__mutmut['_mutmut_orig'] = Dim.xǁDimǁsame_kind__mutmut_orig # type: ignore # mutmut generated
mutants_xǁDimǁsame_kind__mutmut['xǁDimǁsame_kind__mutmut_1'] = Dim.xǁDimǁsame_kind__mutmut_1 # type: ignore # mutmut generated

mutants_xǁDimǁ__str____mutmut['_mutmut_orig'] = Dim.xǁDimǁ__str____mutmut_orig # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_1'] = Dim.xǁDimǁ__str____mutmut_1 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_2'] = Dim.xǁDimǁ__str____mutmut_2 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_3'] = Dim.xǁDimǁ__str____mutmut_3 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_4'] = Dim.xǁDimǁ__str____mutmut_4 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_5'] = Dim.xǁDimǁ__str____mutmut_5 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_6'] = Dim.xǁDimǁ__str____mutmut_6 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_7'] = Dim.xǁDimǁ__str____mutmut_7 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_8'] = Dim.xǁDimǁ__str____mutmut_8 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_9'] = Dim.xǁDimǁ__str____mutmut_9 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_10'] = Dim.xǁDimǁ__str____mutmut_10 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_11'] = Dim.xǁDimǁ__str____mutmut_11 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_12'] = Dim.xǁDimǁ__str____mutmut_12 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_13'] = Dim.xǁDimǁ__str____mutmut_13 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_14'] = Dim.xǁDimǁ__str____mutmut_14 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_15'] = Dim.xǁDimǁ__str____mutmut_15 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_16'] = Dim.xǁDimǁ__str____mutmut_16 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_17'] = Dim.xǁDimǁ__str____mutmut_17 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_18'] = Dim.xǁDimǁ__str____mutmut_18 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_19'] = Dim.xǁDimǁ__str____mutmut_19 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_20'] = Dim.xǁDimǁ__str____mutmut_20 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_21'] = Dim.xǁDimǁ__str____mutmut_21 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_22'] = Dim.xǁDimǁ__str____mutmut_22 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_23'] = Dim.xǁDimǁ__str____mutmut_23 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_24'] = Dim.xǁDimǁ__str____mutmut_24 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_25'] = Dim.xǁDimǁ__str____mutmut_25 # type: ignore # mutmut generated
mutants_xǁDimǁ__str____mutmut['xǁDimǁ__str____mutmut_26'] = Dim.xǁDimǁ__str____mutmut_26 # type: ignore # mutmut generated
mutants_x__power__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__power__mutmut)
def _power(name: str, power: int) -> str:
    return name if power == 1 else f"{name}{power}"


def x__power__mutmut_orig(name: str, power: int) -> str:
    return name if power == 1 else f"{name}{power}"


def x__power__mutmut_1(name: str, power: int) -> str:
    return name if (power == 1) and False else f"{name}{power}"


def x__power__mutmut_2(name: str, power: int) -> str:
    return name if (power == 1) or True else f"{name}{power}"


def x__power__mutmut_3(name: str, power: int) -> str:
    return name if power != 1 else f"{name}{power}"


def x__power__mutmut_4(name: str, power: int) -> str:
    return name if power == 2 else f"{name}{power}"

mutants_x__power__mutmut['_mutmut_orig'] = x__power__mutmut_orig # type: ignore # mutmut generated
mutants_x__power__mutmut['x__power__mutmut_1'] = x__power__mutmut_1 # type: ignore # mutmut generated
mutants_x__power__mutmut['x__power__mutmut_2'] = x__power__mutmut_2 # type: ignore # mutmut generated
mutants_x__power__mutmut['x__power__mutmut_3'] = x__power__mutmut_3 # type: ignore # mutmut generated
mutants_x__power__mutmut['x__power__mutmut_4'] = x__power__mutmut_4 # type: ignore # mutmut generated
mutants_x__merge__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__merge__mutmut)
def _merge(a: tuple, b: tuple, sign: int) -> tuple:
    out = dict(a)
    for d, p in b:
        out[d] = out.get(d, 0) + sign * p
    return tuple(sorted((d, p) for d, p in out.items() if p))


def x__merge__mutmut_orig(a: tuple, b: tuple, sign: int) -> tuple:
    out = dict(a)
    for d, p in b:
        out[d] = out.get(d, 0) + sign * p
    return tuple(sorted((d, p) for d, p in out.items() if p))


def x__merge__mutmut_1(a: tuple, b: tuple, sign: int) -> tuple:
    out = None
    for d, p in b:
        out[d] = out.get(d, 0) + sign * p
    return tuple(sorted((d, p) for d, p in out.items() if p))


def x__merge__mutmut_2(a: tuple, b: tuple, sign: int) -> tuple:
    out = dict(None)
    for d, p in b:
        out[d] = out.get(d, 0) + sign * p
    return tuple(sorted((d, p) for d, p in out.items() if p))


def x__merge__mutmut_3(a: tuple, b: tuple, sign: int) -> tuple:
    out = dict(a)
    for d, p in b:
        out[d] = None
    return tuple(sorted((d, p) for d, p in out.items() if p))


def x__merge__mutmut_4(a: tuple, b: tuple, sign: int) -> tuple:
    out = dict(a)
    for d, p in b:
        out[d] = out.get(d, 0) - sign * p
    return tuple(sorted((d, p) for d, p in out.items() if p))


def x__merge__mutmut_5(a: tuple, b: tuple, sign: int) -> tuple:
    out = dict(a)
    for d, p in b:
        out[d] = out.get(None, 0) + sign * p
    return tuple(sorted((d, p) for d, p in out.items() if p))


def x__merge__mutmut_6(a: tuple, b: tuple, sign: int) -> tuple:
    out = dict(a)
    for d, p in b:
        out[d] = out.get(d, None) + sign * p
    return tuple(sorted((d, p) for d, p in out.items() if p))


def x__merge__mutmut_7(a: tuple, b: tuple, sign: int) -> tuple:
    out = dict(a)
    for d, p in b:
        out[d] = out.get(0) + sign * p
    return tuple(sorted((d, p) for d, p in out.items() if p))


def x__merge__mutmut_8(a: tuple, b: tuple, sign: int) -> tuple:
    out = dict(a)
    for d, p in b:
        out[d] = out.get(d, ) + sign * p
    return tuple(sorted((d, p) for d, p in out.items() if p))


def x__merge__mutmut_9(a: tuple, b: tuple, sign: int) -> tuple:
    out = dict(a)
    for d, p in b:
        out[d] = out.get(d, 1) + sign * p
    return tuple(sorted((d, p) for d, p in out.items() if p))


def x__merge__mutmut_10(a: tuple, b: tuple, sign: int) -> tuple:
    out = dict(a)
    for d, p in b:
        out[d] = out.get(d, 0) + sign / p
    return tuple(sorted((d, p) for d, p in out.items() if p))


def x__merge__mutmut_11(a: tuple, b: tuple, sign: int) -> tuple:
    out = dict(a)
    for d, p in b:
        out[d] = out.get(d, 0) + sign * p
    return tuple(None)


def x__merge__mutmut_12(a: tuple, b: tuple, sign: int) -> tuple:
    out = dict(a)
    for d, p in b:
        out[d] = out.get(d, 0) + sign * p
    return tuple(sorted(None))

mutants_x__merge__mutmut['_mutmut_orig'] = x__merge__mutmut_orig # type: ignore # mutmut generated
mutants_x__merge__mutmut['x__merge__mutmut_1'] = x__merge__mutmut_1 # type: ignore # mutmut generated
mutants_x__merge__mutmut['x__merge__mutmut_2'] = x__merge__mutmut_2 # type: ignore # mutmut generated
mutants_x__merge__mutmut['x__merge__mutmut_3'] = x__merge__mutmut_3 # type: ignore # mutmut generated
mutants_x__merge__mutmut['x__merge__mutmut_4'] = x__merge__mutmut_4 # type: ignore # mutmut generated
mutants_x__merge__mutmut['x__merge__mutmut_5'] = x__merge__mutmut_5 # type: ignore # mutmut generated
mutants_x__merge__mutmut['x__merge__mutmut_6'] = x__merge__mutmut_6 # type: ignore # mutmut generated
mutants_x__merge__mutmut['x__merge__mutmut_7'] = x__merge__mutmut_7 # type: ignore # mutmut generated
mutants_x__merge__mutmut['x__merge__mutmut_8'] = x__merge__mutmut_8 # type: ignore # mutmut generated
mutants_x__merge__mutmut['x__merge__mutmut_9'] = x__merge__mutmut_9 # type: ignore # mutmut generated
mutants_x__merge__mutmut['x__merge__mutmut_10'] = x__merge__mutmut_10 # type: ignore # mutmut generated
mutants_x__merge__mutmut['x__merge__mutmut_11'] = x__merge__mutmut_11 # type: ignore # mutmut generated
mutants_x__merge__mutmut['x__merge__mutmut_12'] = x__merge__mutmut_12 # type: ignore # mutmut generated


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
mutants_x__base__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__base__mutmut)
def _base() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_orig() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_1() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 2.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_2() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = False, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_3() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = None
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_4() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if (plural) and False else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_5() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if (plural) or True else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_6() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"XXproseXX": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_7() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"PROSE": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_8() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "XXsingularXX": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_9() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "SINGULAR": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_10() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(None, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_11() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, None, prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_12() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=None, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_13() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=None, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_14() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_15() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_16() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_17() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_18() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, )

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_19() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(None, scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_20() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), None), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_21() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_22() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), ), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_23() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(None), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_24() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(None)), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_25() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = None
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_26() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom(None, Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_27() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", None, "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_28() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), None),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_29() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom(Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_30() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_31() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), ),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_32() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("XX%XX", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_33() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim(None, 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_34() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), None), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_35() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim(0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_36() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), ), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_37() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 1.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_38() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "XX{n}%XX"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_39() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{N}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_40() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom(None, Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_41() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", None, "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_42() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), None, "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_43() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", None),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_44() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom(Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_45() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_46() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_47() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", ),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_48() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("XXppXX", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_49() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("PP", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_50() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim(None, 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_51() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), None), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_52() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim(0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_53() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), ), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_54() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 1.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_55() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "XX{n} percentage pointsXX", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_56() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{N} PERCENTAGE POINTS", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_57() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "XX{n} percentage pointXX"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_58() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{N} PERCENTAGE POINT"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_59() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom(None, PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_60() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", None, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_61() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, None),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_62() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom(PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_63() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_64() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, ),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_65() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("XXtimesXX", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_66() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("TIMES", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_67() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "XX{n}×XX"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_68() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{N}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_69() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si(None, {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_70() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", None),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_71() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si({"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_72() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", ),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_73() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("XXbitXX", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_74() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("BIT", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_75() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"XXbitXX": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_76() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"BIT": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_77() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 2}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_78() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si(None, {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_79() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", None, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_80() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, None),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_81() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si({"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_82() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_83() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, ),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_84() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("XXBXX", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_85() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("b", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_86() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"XXbitXX": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_87() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"BIT": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_88() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 2}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_89() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 9),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_90() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si(None, {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_91() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", None),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_92() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si({"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_93() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", ),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_94() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("XXsXX", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_95() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("S", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_96() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"XXsXX": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_97() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"S": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_98() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 2}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_99() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si(None, {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_100() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", None, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_101() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, None, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_102() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, None, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_103() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun=None),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_104() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si({"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_105() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_106() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_107() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_108() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, ),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_109() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("XXminXX", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_110() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("MIN", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_111() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"XXsXX": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_112() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"S": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_113() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 2}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_114() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 61, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_115() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, True, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_116() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="XXminuteXX"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_117() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="MINUTE"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_118() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si(None, {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_119() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", None, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_120() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, None, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_121() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, None, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_122() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun=None),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_123() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si({"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_124() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_125() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_126() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_127() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, ),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_128() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("XXhXX", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_129() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("H", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_130() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"XXsXX": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_131() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"S": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_132() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 2}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_133() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3601, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_134() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, True, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_135() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="XXhourXX"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_136() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="HOUR"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_137() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si(None, {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_138() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", None, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_139() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, None, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_140() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, None, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_141() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, None, "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_142() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", None),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_143() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si({"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_144() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_145() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_146() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_147() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_148() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", ),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_149() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("XXdayXX", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_150() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("DAY", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_151() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"XXsXX": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_152() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"S": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_153() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 2}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_154() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86401, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_155() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, True, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_156() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "XXdaysXX", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_157() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "DAYS", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_158() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "XXdayXX"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_159() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "DAY"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_160() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si(None, {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_161() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", None, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_162() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, None, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_163() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, None, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_164() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, None, "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_165() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", None),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_166() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si({"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_167() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_168() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_169() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_170() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_171() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", ),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_172() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("XXweekXX", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_173() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("WEEK", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_174() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"XXsXX": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_175() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"S": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_176() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 2}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_177() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604801, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_178() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, True, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_179() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "XXweeksXX", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_180() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "WEEKS", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_181() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "XXweekXX"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_182() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "WEEK"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_183() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si(None, {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_184() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", None, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_185() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, None, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_186() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, None, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_187() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, None, "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_188() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", None),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_189() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si({"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_190() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_191() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_192() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_193() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_194() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", ),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_195() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("XXyearXX", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_196() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("YEAR", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_197() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"XXsXX": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_198() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"S": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_199() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 2}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_200() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557601, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_201() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, True, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_202() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "XXyearsXX", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_203() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "YEARS", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_204() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "XXyearXX"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_205() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "YEAR"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_206() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si(None, {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_207() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", None),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_208() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si({"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_209() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", ),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_210() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("XXWXX", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_211() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("w", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_212() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"XXWXX": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_213() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"w": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_214() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 2}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_215() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si(None, {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_216() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", None, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_217() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, None),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_218() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si({"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_219() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_220() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, ),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_221() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("XXWhXX", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_222() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_223() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("WH", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_224() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"XXWXX": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_225() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"w": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_226() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 2, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_227() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "XXsXX": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_228() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "S": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_229() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 2}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_230() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3601),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_231() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si(None, {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_232() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", None),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_233() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si({"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_234() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", ),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_235() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("XXJXX", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_236() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("j", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_237() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"XXWXX": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_238() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"w": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_239() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 2, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_240() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "XXsXX": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_241() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "S": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_242() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 2}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_243() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si(None, {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_244() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", None),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_245() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si({"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_246() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", ),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_247() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("XXgXX", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_248() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("G", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_249() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"XXgXX": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_250() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"G": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_251() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 2}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_252() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si(None, {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_253() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", None, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_254() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, None, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_255() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun=None),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_256() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si({"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_257() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_258() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_259() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, ),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_260() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("XXtXX", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_261() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("T", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_262() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"XXgXX": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_263() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"G": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_264() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 2}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_265() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1000001.0, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_266() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="XXtonneXX"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_267() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="TONNE"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_268() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si(None, {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_269() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", None, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_270() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, None, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_271() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, None, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_272() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, None, "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_273() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", None),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_274() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si({"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_275() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_276() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_277() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_278() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_279() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", ),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_280() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("XXtonneXX", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_281() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("TONNE", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_282() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"XXgXX": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_283() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"G": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_284() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 2}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_285() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1000001.0, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_286() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, True, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_287() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "XXtonnesXX", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_288() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "TONNES", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_289() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "XXtonneXX"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_290() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "TONNE"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_291() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si(None, {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_292() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", None),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_293() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si({"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_294() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", ),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_295() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("XXmXX", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_296() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("M", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_297() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"XXmXX": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_298() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"M": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_299() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 2}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_300() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si(None, {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_301() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", None, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_302() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, None),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_303() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si({"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_304() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_305() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, ),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_306() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("XXLXX", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_307() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("l", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_308() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"XXmXX": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_309() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"M": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_310() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 4}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_311() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1.001),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_312() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si(None, {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_313() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", None),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_314() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si({"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_315() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", ),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_316() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("XXHzXX", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_317() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_318() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("HZ", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_319() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"XXsXX": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_320() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"S": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_321() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": +1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_322() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -2}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_323() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms = [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_324() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms -= [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_325() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(None, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_326() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, None, prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_327() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), None, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_328() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=None) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_329() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_330() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_331() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_332() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, ) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_333() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(None), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_334() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 2),)), prose, noun=CURRENCY_NOUNS.get(code, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_335() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(None, code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_336() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, None)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_337() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code)) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}


def x__base__mutmut_338() -> dict[str, Atom]:
    def si(symbol: str, dims: dict[str, int], scale: float = 1.0, prefixes: bool = True, plural: Optional[str] = None,
           noun: Optional[str] = None) -> Atom:
        """A unit of measure; ``plural``/``noun`` for units that read as words (3 days, per day)."""
        words = {"prose": f"{{n}} {plural}", "singular": f"{{n}} {noun}"} if plural else {}
        return Atom(symbol, Dim(tuple(sorted(dims.items())), scale), prefixes=prefixes, noun=noun, **words)

    atoms = [
        Atom("%", Dim((), 0.01), "{n}%"),
        Atom("pp", Dim((), 0.01), "{n} percentage points", "{n} percentage point"),
        Atom("times", PURE, "{n}×"),
        si("bit", {"bit": 1}),
        si("B", {"bit": 1}, 8),
        si("s", {"s": 1}),
        si("min", {"s": 1}, 60, False, noun="minute"),
        si("h", {"s": 1}, 3600, False, noun="hour"),
        si("day", {"s": 1}, 86400, False, "days", "day"),
        si("week", {"s": 1}, 604800, False, "weeks", "week"),
        si("year", {"s": 1}, 31557600, False, "years", "year"),  # the Julian year, 365.25 days
        si("W", {"W": 1}),
        si("Wh", {"W": 1, "s": 1}, 3600),
        si("J", {"W": 1, "s": 1}),
        si("g", {"g": 1}),
        si("t", {"g": 1}, 1e6, noun="tonne"),
        si("tonne", {"g": 1}, 1e6, False, "tonnes", "tonne"),
        si("m", {"m": 1}),
        si("L", {"m": 3}, 1e-3),
        si("Hz", {"s": -1}),
    ]
    atoms += [Atom(code, Dim(((code, 1),)), prose, noun=CURRENCY_NOUNS.get(code, )) for code, prose in CURRENCIES.items()]
    return {a.symbol: a for a in atoms}

mutants_x__base__mutmut['_mutmut_orig'] = x__base__mutmut_orig # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_1'] = x__base__mutmut_1 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_2'] = x__base__mutmut_2 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_3'] = x__base__mutmut_3 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_4'] = x__base__mutmut_4 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_5'] = x__base__mutmut_5 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_6'] = x__base__mutmut_6 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_7'] = x__base__mutmut_7 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_8'] = x__base__mutmut_8 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_9'] = x__base__mutmut_9 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_10'] = x__base__mutmut_10 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_11'] = x__base__mutmut_11 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_12'] = x__base__mutmut_12 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_13'] = x__base__mutmut_13 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_14'] = x__base__mutmut_14 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_15'] = x__base__mutmut_15 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_16'] = x__base__mutmut_16 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_17'] = x__base__mutmut_17 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_18'] = x__base__mutmut_18 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_19'] = x__base__mutmut_19 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_20'] = x__base__mutmut_20 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_21'] = x__base__mutmut_21 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_22'] = x__base__mutmut_22 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_23'] = x__base__mutmut_23 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_24'] = x__base__mutmut_24 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_25'] = x__base__mutmut_25 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_26'] = x__base__mutmut_26 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_27'] = x__base__mutmut_27 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_28'] = x__base__mutmut_28 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_29'] = x__base__mutmut_29 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_30'] = x__base__mutmut_30 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_31'] = x__base__mutmut_31 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_32'] = x__base__mutmut_32 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_33'] = x__base__mutmut_33 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_34'] = x__base__mutmut_34 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_35'] = x__base__mutmut_35 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_36'] = x__base__mutmut_36 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_37'] = x__base__mutmut_37 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_38'] = x__base__mutmut_38 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_39'] = x__base__mutmut_39 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_40'] = x__base__mutmut_40 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_41'] = x__base__mutmut_41 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_42'] = x__base__mutmut_42 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_43'] = x__base__mutmut_43 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_44'] = x__base__mutmut_44 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_45'] = x__base__mutmut_45 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_46'] = x__base__mutmut_46 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_47'] = x__base__mutmut_47 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_48'] = x__base__mutmut_48 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_49'] = x__base__mutmut_49 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_50'] = x__base__mutmut_50 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_51'] = x__base__mutmut_51 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_52'] = x__base__mutmut_52 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_53'] = x__base__mutmut_53 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_54'] = x__base__mutmut_54 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_55'] = x__base__mutmut_55 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_56'] = x__base__mutmut_56 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_57'] = x__base__mutmut_57 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_58'] = x__base__mutmut_58 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_59'] = x__base__mutmut_59 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_60'] = x__base__mutmut_60 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_61'] = x__base__mutmut_61 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_62'] = x__base__mutmut_62 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_63'] = x__base__mutmut_63 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_64'] = x__base__mutmut_64 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_65'] = x__base__mutmut_65 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_66'] = x__base__mutmut_66 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_67'] = x__base__mutmut_67 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_68'] = x__base__mutmut_68 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_69'] = x__base__mutmut_69 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_70'] = x__base__mutmut_70 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_71'] = x__base__mutmut_71 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_72'] = x__base__mutmut_72 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_73'] = x__base__mutmut_73 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_74'] = x__base__mutmut_74 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_75'] = x__base__mutmut_75 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_76'] = x__base__mutmut_76 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_77'] = x__base__mutmut_77 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_78'] = x__base__mutmut_78 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_79'] = x__base__mutmut_79 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_80'] = x__base__mutmut_80 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_81'] = x__base__mutmut_81 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_82'] = x__base__mutmut_82 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_83'] = x__base__mutmut_83 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_84'] = x__base__mutmut_84 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_85'] = x__base__mutmut_85 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_86'] = x__base__mutmut_86 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_87'] = x__base__mutmut_87 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_88'] = x__base__mutmut_88 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_89'] = x__base__mutmut_89 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_90'] = x__base__mutmut_90 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_91'] = x__base__mutmut_91 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_92'] = x__base__mutmut_92 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_93'] = x__base__mutmut_93 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_94'] = x__base__mutmut_94 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_95'] = x__base__mutmut_95 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_96'] = x__base__mutmut_96 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_97'] = x__base__mutmut_97 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_98'] = x__base__mutmut_98 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_99'] = x__base__mutmut_99 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_100'] = x__base__mutmut_100 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_101'] = x__base__mutmut_101 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_102'] = x__base__mutmut_102 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_103'] = x__base__mutmut_103 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_104'] = x__base__mutmut_104 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_105'] = x__base__mutmut_105 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_106'] = x__base__mutmut_106 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_107'] = x__base__mutmut_107 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_108'] = x__base__mutmut_108 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_109'] = x__base__mutmut_109 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_110'] = x__base__mutmut_110 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_111'] = x__base__mutmut_111 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_112'] = x__base__mutmut_112 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_113'] = x__base__mutmut_113 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_114'] = x__base__mutmut_114 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_115'] = x__base__mutmut_115 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_116'] = x__base__mutmut_116 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_117'] = x__base__mutmut_117 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_118'] = x__base__mutmut_118 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_119'] = x__base__mutmut_119 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_120'] = x__base__mutmut_120 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_121'] = x__base__mutmut_121 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_122'] = x__base__mutmut_122 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_123'] = x__base__mutmut_123 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_124'] = x__base__mutmut_124 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_125'] = x__base__mutmut_125 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_126'] = x__base__mutmut_126 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_127'] = x__base__mutmut_127 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_128'] = x__base__mutmut_128 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_129'] = x__base__mutmut_129 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_130'] = x__base__mutmut_130 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_131'] = x__base__mutmut_131 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_132'] = x__base__mutmut_132 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_133'] = x__base__mutmut_133 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_134'] = x__base__mutmut_134 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_135'] = x__base__mutmut_135 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_136'] = x__base__mutmut_136 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_137'] = x__base__mutmut_137 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_138'] = x__base__mutmut_138 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_139'] = x__base__mutmut_139 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_140'] = x__base__mutmut_140 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_141'] = x__base__mutmut_141 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_142'] = x__base__mutmut_142 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_143'] = x__base__mutmut_143 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_144'] = x__base__mutmut_144 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_145'] = x__base__mutmut_145 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_146'] = x__base__mutmut_146 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_147'] = x__base__mutmut_147 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_148'] = x__base__mutmut_148 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_149'] = x__base__mutmut_149 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_150'] = x__base__mutmut_150 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_151'] = x__base__mutmut_151 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_152'] = x__base__mutmut_152 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_153'] = x__base__mutmut_153 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_154'] = x__base__mutmut_154 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_155'] = x__base__mutmut_155 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_156'] = x__base__mutmut_156 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_157'] = x__base__mutmut_157 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_158'] = x__base__mutmut_158 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_159'] = x__base__mutmut_159 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_160'] = x__base__mutmut_160 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_161'] = x__base__mutmut_161 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_162'] = x__base__mutmut_162 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_163'] = x__base__mutmut_163 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_164'] = x__base__mutmut_164 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_165'] = x__base__mutmut_165 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_166'] = x__base__mutmut_166 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_167'] = x__base__mutmut_167 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_168'] = x__base__mutmut_168 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_169'] = x__base__mutmut_169 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_170'] = x__base__mutmut_170 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_171'] = x__base__mutmut_171 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_172'] = x__base__mutmut_172 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_173'] = x__base__mutmut_173 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_174'] = x__base__mutmut_174 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_175'] = x__base__mutmut_175 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_176'] = x__base__mutmut_176 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_177'] = x__base__mutmut_177 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_178'] = x__base__mutmut_178 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_179'] = x__base__mutmut_179 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_180'] = x__base__mutmut_180 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_181'] = x__base__mutmut_181 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_182'] = x__base__mutmut_182 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_183'] = x__base__mutmut_183 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_184'] = x__base__mutmut_184 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_185'] = x__base__mutmut_185 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_186'] = x__base__mutmut_186 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_187'] = x__base__mutmut_187 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_188'] = x__base__mutmut_188 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_189'] = x__base__mutmut_189 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_190'] = x__base__mutmut_190 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_191'] = x__base__mutmut_191 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_192'] = x__base__mutmut_192 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_193'] = x__base__mutmut_193 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_194'] = x__base__mutmut_194 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_195'] = x__base__mutmut_195 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_196'] = x__base__mutmut_196 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_197'] = x__base__mutmut_197 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_198'] = x__base__mutmut_198 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_199'] = x__base__mutmut_199 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_200'] = x__base__mutmut_200 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_201'] = x__base__mutmut_201 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_202'] = x__base__mutmut_202 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_203'] = x__base__mutmut_203 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_204'] = x__base__mutmut_204 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_205'] = x__base__mutmut_205 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_206'] = x__base__mutmut_206 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_207'] = x__base__mutmut_207 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_208'] = x__base__mutmut_208 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_209'] = x__base__mutmut_209 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_210'] = x__base__mutmut_210 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_211'] = x__base__mutmut_211 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_212'] = x__base__mutmut_212 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_213'] = x__base__mutmut_213 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_214'] = x__base__mutmut_214 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_215'] = x__base__mutmut_215 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_216'] = x__base__mutmut_216 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_217'] = x__base__mutmut_217 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_218'] = x__base__mutmut_218 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_219'] = x__base__mutmut_219 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_220'] = x__base__mutmut_220 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_221'] = x__base__mutmut_221 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_222'] = x__base__mutmut_222 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_223'] = x__base__mutmut_223 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_224'] = x__base__mutmut_224 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_225'] = x__base__mutmut_225 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_226'] = x__base__mutmut_226 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_227'] = x__base__mutmut_227 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_228'] = x__base__mutmut_228 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_229'] = x__base__mutmut_229 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_230'] = x__base__mutmut_230 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_231'] = x__base__mutmut_231 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_232'] = x__base__mutmut_232 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_233'] = x__base__mutmut_233 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_234'] = x__base__mutmut_234 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_235'] = x__base__mutmut_235 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_236'] = x__base__mutmut_236 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_237'] = x__base__mutmut_237 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_238'] = x__base__mutmut_238 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_239'] = x__base__mutmut_239 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_240'] = x__base__mutmut_240 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_241'] = x__base__mutmut_241 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_242'] = x__base__mutmut_242 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_243'] = x__base__mutmut_243 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_244'] = x__base__mutmut_244 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_245'] = x__base__mutmut_245 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_246'] = x__base__mutmut_246 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_247'] = x__base__mutmut_247 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_248'] = x__base__mutmut_248 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_249'] = x__base__mutmut_249 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_250'] = x__base__mutmut_250 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_251'] = x__base__mutmut_251 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_252'] = x__base__mutmut_252 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_253'] = x__base__mutmut_253 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_254'] = x__base__mutmut_254 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_255'] = x__base__mutmut_255 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_256'] = x__base__mutmut_256 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_257'] = x__base__mutmut_257 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_258'] = x__base__mutmut_258 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_259'] = x__base__mutmut_259 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_260'] = x__base__mutmut_260 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_261'] = x__base__mutmut_261 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_262'] = x__base__mutmut_262 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_263'] = x__base__mutmut_263 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_264'] = x__base__mutmut_264 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_265'] = x__base__mutmut_265 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_266'] = x__base__mutmut_266 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_267'] = x__base__mutmut_267 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_268'] = x__base__mutmut_268 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_269'] = x__base__mutmut_269 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_270'] = x__base__mutmut_270 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_271'] = x__base__mutmut_271 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_272'] = x__base__mutmut_272 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_273'] = x__base__mutmut_273 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_274'] = x__base__mutmut_274 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_275'] = x__base__mutmut_275 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_276'] = x__base__mutmut_276 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_277'] = x__base__mutmut_277 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_278'] = x__base__mutmut_278 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_279'] = x__base__mutmut_279 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_280'] = x__base__mutmut_280 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_281'] = x__base__mutmut_281 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_282'] = x__base__mutmut_282 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_283'] = x__base__mutmut_283 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_284'] = x__base__mutmut_284 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_285'] = x__base__mutmut_285 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_286'] = x__base__mutmut_286 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_287'] = x__base__mutmut_287 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_288'] = x__base__mutmut_288 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_289'] = x__base__mutmut_289 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_290'] = x__base__mutmut_290 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_291'] = x__base__mutmut_291 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_292'] = x__base__mutmut_292 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_293'] = x__base__mutmut_293 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_294'] = x__base__mutmut_294 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_295'] = x__base__mutmut_295 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_296'] = x__base__mutmut_296 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_297'] = x__base__mutmut_297 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_298'] = x__base__mutmut_298 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_299'] = x__base__mutmut_299 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_300'] = x__base__mutmut_300 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_301'] = x__base__mutmut_301 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_302'] = x__base__mutmut_302 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_303'] = x__base__mutmut_303 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_304'] = x__base__mutmut_304 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_305'] = x__base__mutmut_305 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_306'] = x__base__mutmut_306 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_307'] = x__base__mutmut_307 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_308'] = x__base__mutmut_308 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_309'] = x__base__mutmut_309 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_310'] = x__base__mutmut_310 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_311'] = x__base__mutmut_311 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_312'] = x__base__mutmut_312 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_313'] = x__base__mutmut_313 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_314'] = x__base__mutmut_314 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_315'] = x__base__mutmut_315 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_316'] = x__base__mutmut_316 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_317'] = x__base__mutmut_317 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_318'] = x__base__mutmut_318 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_319'] = x__base__mutmut_319 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_320'] = x__base__mutmut_320 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_321'] = x__base__mutmut_321 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_322'] = x__base__mutmut_322 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_323'] = x__base__mutmut_323 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_324'] = x__base__mutmut_324 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_325'] = x__base__mutmut_325 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_326'] = x__base__mutmut_326 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_327'] = x__base__mutmut_327 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_328'] = x__base__mutmut_328 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_329'] = x__base__mutmut_329 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_330'] = x__base__mutmut_330 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_331'] = x__base__mutmut_331 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_332'] = x__base__mutmut_332 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_333'] = x__base__mutmut_333 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_334'] = x__base__mutmut_334 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_335'] = x__base__mutmut_335 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_336'] = x__base__mutmut_336 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_337'] = x__base__mutmut_337 # type: ignore # mutmut generated
mutants_x__base__mutmut['x__base__mutmut_338'] = x__base__mutmut_338 # type: ignore # mutmut generated


BASE_ATOMS = _base()
_TOKEN = re.compile(r"\s*([*/])?\s*([A-Za-z%][A-Za-z0-9%]*)")
_POWER = re.compile(r"^(.*[A-Za-z%])([23])$")
mutants_xǁUnitsǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁUnitsǁatom__mutmut: MutantDict = {}  # type: ignore
mutants_xǁUnitsǁsuggest__mutmut: MutantDict = {}  # type: ignore
mutants_xǁUnitsǁparse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁUnitsǁprose__mutmut: MutantDict = {}  # type: ignore
mutants_xǁUnitsǁ_template__mutmut: MutantDict = {}  # type: ignore


class Units:
    """A project's units: the base atoms plus those it declares, and prose for whole unit strings."""

    @_mutmut_mutated(mutants_xǁUnitsǁ__init____mutmut)
    def __init__(self, atoms: Iterable[Atom] = (), prose: Optional[dict[str, str]] = None):
        self.atoms = {**BASE_ATOMS, **{a.symbol: a for a in atoms}}
        self.unit_prose = dict(prose or {})

    def xǁUnitsǁ__init____mutmut_orig(self, atoms: Iterable[Atom] = (), prose: Optional[dict[str, str]] = None):
        self.atoms = {**BASE_ATOMS, **{a.symbol: a for a in atoms}}
        self.unit_prose = dict(prose or {})

    def xǁUnitsǁ__init____mutmut_1(self, atoms: Iterable[Atom] = (), prose: Optional[dict[str, str]] = None):
        self.atoms = None
        self.unit_prose = dict(prose or {})

    def xǁUnitsǁ__init____mutmut_2(self, atoms: Iterable[Atom] = (), prose: Optional[dict[str, str]] = None):
        self.atoms = {**BASE_ATOMS, **{a.symbol: a for a in atoms}}
        self.unit_prose = None

    def xǁUnitsǁ__init____mutmut_3(self, atoms: Iterable[Atom] = (), prose: Optional[dict[str, str]] = None):
        self.atoms = {**BASE_ATOMS, **{a.symbol: a for a in atoms}}
        self.unit_prose = dict(None)

    def xǁUnitsǁ__init____mutmut_4(self, atoms: Iterable[Atom] = (), prose: Optional[dict[str, str]] = None):
        self.atoms = {**BASE_ATOMS, **{a.symbol: a for a in atoms}}
        self.unit_prose = dict(prose and {})

    @_mutmut_mutated(mutants_xǁUnitsǁatom__mutmut)
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

    def xǁUnitsǁatom__mutmut_orig(self, token: str) -> Optional[Dim]:
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

    def xǁUnitsǁatom__mutmut_1(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token not in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_2(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = None
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_3(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(None)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_4(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = None
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_5(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(None)
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_6(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[2])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_7(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if (base) and False else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_8(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if (base) or True else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_9(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base * int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_10(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(None) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_11(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[3]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_12(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = None
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_13(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:2], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_14(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[2:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_15(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms or self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_16(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES or rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_17(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix not in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_18(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest not in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_19(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(None, self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_20(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, None)
        return None

    def xǁUnitsǁatom__mutmut_21(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.scale * PREFIXES[prefix])
        return None

    def xǁUnitsǁatom__mutmut_22(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, )
        return None

    def xǁUnitsǁatom__mutmut_23(self, token: str) -> Optional[Dim]:
        """An atom, a prefixed atom (``GW``) or either raised to a power (``km2``); None if unknown."""
        if token in self.atoms:
            return self.atoms[token].dim
        power = _POWER.match(token)
        if power:
            base = self.atom(power[1])
            return base ** int(power[2]) if base else None
        prefix, rest = token[:1], token[1:]
        if prefix in PREFIXES and rest in self.atoms and self.atoms[rest].prefixes:
            return Dim(self.atoms[rest].dim.dims, self.atoms[rest].dim.scale / PREFIXES[prefix])
        return None

    @_mutmut_mutated(mutants_xǁUnitsǁsuggest__mutmut)
    def suggest(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_orig(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_1(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = None
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_2(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(None, list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_3(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, None, n=3, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_4(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=None, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_5(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=None)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_6(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_7(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, n=3, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_8(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_9(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, )
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_10(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(None), n=3, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_11(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=4, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_12(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=1.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_13(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) - "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_14(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "; did you mean " - " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_15(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "XX; did you mean XX" + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_16(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "; DID YOU MEAN " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_17(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(None) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_18(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "; did you mean " + "XX or XX".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_19(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "; did you mean " + " OR ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_20(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(None) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_21(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "XX?XX"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)"

    def xǁUnitsǁsuggest__mutmut_22(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "XX; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, SI units such as GB, kW, t)XX"

    def xǁUnitsǁsuggest__mutmut_23(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, si units such as gb, kw, t)"

    def xǁUnitsǁsuggest__mutmut_24(self, token: str) -> str:
        """``; did you mean 'vehicle'?``, or where known units are declared when nothing is close."""
        close = difflib.get_close_matches(token, list(self.atoms), n=3, cutoff=0.6)
        if close:
            return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
        return "; DECLARE IT IN DATA/UNITS.YAML, OR USE A BUILT-IN UNIT (CURRENCY CODES, %, TIMES, SI UNITS SUCH AS GB, KW, T)"

    @_mutmut_mutated(mutants_xǁUnitsǁparse__mutmut)
    def parse(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_orig(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_1(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = None
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_2(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 1
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_3(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(None):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_4(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(None)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_5(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) and (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_6(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos and (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_7(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() == pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_8(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 or m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_9(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i != 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_10(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 1 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_11(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[2]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_12(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 or not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_13(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i >= 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_14(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 1 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_15(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_16(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[2]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_17(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                return
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_18(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = None
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_19(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = None
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_20(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(None)
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_21(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[3])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_22(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is not None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_23(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = None
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_24(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if (unit != m[2]) and False else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_25(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if (unit != m[2]) or True else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_26(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit == m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_27(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[3] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_28(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else "XXXX"
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_29(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(None)
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_30(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[3]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_31(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(None)}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_32(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[3])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_33(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = None
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_34(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if (m[1] == "/") and False else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_35(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if (m[1] == "/") or True else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_36(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result * atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_37(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[2] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_38(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] != "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_39(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "XX/XX" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_40(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result / atom
        if pos != len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_41(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) and not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_42(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos == len(unit) or not unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_43(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or unit:
            raise UnitError(f"cannot read unit {unit!r}: write units joined by * and /, such as USD/t or TB/s")
        return result

    def xǁUnitsǁparse__mutmut_44(self, unit: str) -> Dim:
        """Reduce a unit string such as ``USD/vehicle`` to dimensions; UnitError if an atom is unknown."""
        result, pos = PURE, 0
        for i, m in enumerate(_TOKEN.finditer(unit)):
            if m.start() != pos or (i == 0 and m[1]) or (i > 0 and not m[1]):
                break
            pos = m.end()
            atom = self.atom(m[2])
            if atom is None:
                where = f" in {unit!r}" if unit != m[2] else ""
                raise UnitError(f"unknown unit {m[2]!r}{where}{self.suggest(m[2])}")
            result = result / atom if m[1] == "/" else result * atom
        if pos != len(unit) or not unit:
            raise UnitError(None)
        return result

    @_mutmut_mutated(mutants_xǁUnitsǁprose__mutmut)
    def prose(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if high is None else f"{number(value)}–{number(high)}"
        return self._template(unit, one=high is None and value == 1).format(n=n)

    def xǁUnitsǁprose__mutmut_orig(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if high is None else f"{number(value)}–{number(high)}"
        return self._template(unit, one=high is None and value == 1).format(n=n)

    def xǁUnitsǁprose__mutmut_1(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = None
        return self._template(unit, one=high is None and value == 1).format(n=n)

    def xǁUnitsǁprose__mutmut_2(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if (high is None) and False else f"{number(value)}–{number(high)}"
        return self._template(unit, one=high is None and value == 1).format(n=n)

    def xǁUnitsǁprose__mutmut_3(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if (high is None) or True else f"{number(value)}–{number(high)}"
        return self._template(unit, one=high is None and value == 1).format(n=n)

    def xǁUnitsǁprose__mutmut_4(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(None) if high is None else f"{number(value)}–{number(high)}"
        return self._template(unit, one=high is None and value == 1).format(n=n)

    def xǁUnitsǁprose__mutmut_5(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if high is not None else f"{number(value)}–{number(high)}"
        return self._template(unit, one=high is None and value == 1).format(n=n)

    def xǁUnitsǁprose__mutmut_6(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if high is None else f"{number(None)}–{number(high)}"
        return self._template(unit, one=high is None and value == 1).format(n=n)

    def xǁUnitsǁprose__mutmut_7(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if high is None else f"{number(value)}–{number(None)}"
        return self._template(unit, one=high is None and value == 1).format(n=n)

    def xǁUnitsǁprose__mutmut_8(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if high is None else f"{number(value)}–{number(high)}"
        return self._template(unit, one=high is None and value == 1).format(n=None)

    def xǁUnitsǁprose__mutmut_9(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if high is None else f"{number(value)}–{number(high)}"
        return self._template(None, one=high is None and value == 1).format(n=n)

    def xǁUnitsǁprose__mutmut_10(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if high is None else f"{number(value)}–{number(high)}"
        return self._template(unit, one=None).format(n=n)

    def xǁUnitsǁprose__mutmut_11(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if high is None else f"{number(value)}–{number(high)}"
        return self._template(one=high is None and value == 1).format(n=n)

    def xǁUnitsǁprose__mutmut_12(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if high is None else f"{number(value)}–{number(high)}"
        return self._template(unit, ).format(n=n)

    def xǁUnitsǁprose__mutmut_13(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if high is None else f"{number(value)}–{number(high)}"
        return self._template(unit, one=high is None or value == 1).format(n=n)

    def xǁUnitsǁprose__mutmut_14(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if high is None else f"{number(value)}–{number(high)}"
        return self._template(unit, one=high is not None and value == 1).format(n=n)

    def xǁUnitsǁprose__mutmut_15(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if high is None else f"{number(value)}–{number(high)}"
        return self._template(unit, one=high is None and value != 1).format(n=n)

    def xǁUnitsǁprose__mutmut_16(self, value: Optional[float], unit: str, high: Optional[float] = None) -> str:
        """``400,000 vehicles``, ``US$27,000 per vehicle``, or a range ``5,000–10,000 t``."""
        n = number(value) if high is None else f"{number(value)}–{number(high)}"
        return self._template(unit, one=high is None and value == 2).format(n=n)

    @_mutmut_mutated(mutants_xǁUnitsǁ_template__mutmut)
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

    def xǁUnitsǁ_template__mutmut_orig(self, unit: str, one: bool) -> str:
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

    def xǁUnitsǁ_template__mutmut_1(self, unit: str, one: bool) -> str:
        if unit not in self.unit_prose:
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

    def xǁUnitsǁ_template__mutmut_2(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = None
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_3(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(None)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_4(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose and "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_5(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) and atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_6(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one or atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_7(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " - unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_8(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "XX{n} XX" + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_9(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{N} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_10(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = None
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_11(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition(None)
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_12(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.rpartition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_13(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("XX/XX")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_14(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per or (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_15(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per or "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_16(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per or "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_17(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "XX/XX" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_18(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_19(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "XX*XX" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_20(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_21(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top - per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_22(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms and top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_23(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top not in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_24(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top not in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_25(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = None
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_26(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(None)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_27(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator or denominator.noun:
                return self._template(top, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_28(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " per " - denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_29(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) - " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_30(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(None, one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_31(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=None) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_32(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(one=False) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_33(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, ) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_34(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=True) + " per " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_35(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + "XX per XX" + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_36(self, unit: str, one: bool) -> str:
        if unit in self.unit_prose:
            return self.unit_prose[unit]
        atom = self.atoms.get(unit)
        if atom:
            return (one and atom.singular) or atom.prose or "{n} " + unit
        top, _, per = unit.partition("/")
        if per and "/" not in per and "*" not in top + per and (top in self.atoms or top in self.unit_prose):
            denominator = self.atoms.get(per)
            if denominator and denominator.noun:
                return self._template(top, one=False) + " PER " + denominator.noun
        return "{n} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_37(self, unit: str, one: bool) -> str:
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
        return "{n} " - _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_38(self, unit: str, one: bool) -> str:
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
        return "XX{n} XX" + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_39(self, unit: str, one: bool) -> str:
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
        return "{N} " + _superscripts(unit)

    def xǁUnitsǁ_template__mutmut_40(self, unit: str, one: bool) -> str:
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
        return "{n} " + _superscripts(None)

mutants_xǁUnitsǁ__init____mutmut['_mutmut_orig'] = Units.xǁUnitsǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁUnitsǁ__init____mutmut['xǁUnitsǁ__init____mutmut_1'] = Units.xǁUnitsǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁUnitsǁ__init____mutmut['xǁUnitsǁ__init____mutmut_2'] = Units.xǁUnitsǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁUnitsǁ__init____mutmut['xǁUnitsǁ__init____mutmut_3'] = Units.xǁUnitsǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁUnitsǁ__init____mutmut['xǁUnitsǁ__init____mutmut_4'] = Units.xǁUnitsǁ__init____mutmut_4 # type: ignore # mutmut generated

mutants_xǁUnitsǁatom__mutmut['_mutmut_orig'] = Units.xǁUnitsǁatom__mutmut_orig # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_1'] = Units.xǁUnitsǁatom__mutmut_1 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_2'] = Units.xǁUnitsǁatom__mutmut_2 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_3'] = Units.xǁUnitsǁatom__mutmut_3 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_4'] = Units.xǁUnitsǁatom__mutmut_4 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_5'] = Units.xǁUnitsǁatom__mutmut_5 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_6'] = Units.xǁUnitsǁatom__mutmut_6 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_7'] = Units.xǁUnitsǁatom__mutmut_7 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_8'] = Units.xǁUnitsǁatom__mutmut_8 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_9'] = Units.xǁUnitsǁatom__mutmut_9 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_10'] = Units.xǁUnitsǁatom__mutmut_10 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_11'] = Units.xǁUnitsǁatom__mutmut_11 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_12'] = Units.xǁUnitsǁatom__mutmut_12 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_13'] = Units.xǁUnitsǁatom__mutmut_13 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_14'] = Units.xǁUnitsǁatom__mutmut_14 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_15'] = Units.xǁUnitsǁatom__mutmut_15 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_16'] = Units.xǁUnitsǁatom__mutmut_16 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_17'] = Units.xǁUnitsǁatom__mutmut_17 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_18'] = Units.xǁUnitsǁatom__mutmut_18 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_19'] = Units.xǁUnitsǁatom__mutmut_19 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_20'] = Units.xǁUnitsǁatom__mutmut_20 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_21'] = Units.xǁUnitsǁatom__mutmut_21 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_22'] = Units.xǁUnitsǁatom__mutmut_22 # type: ignore # mutmut generated
mutants_xǁUnitsǁatom__mutmut['xǁUnitsǁatom__mutmut_23'] = Units.xǁUnitsǁatom__mutmut_23 # type: ignore # mutmut generated

mutants_xǁUnitsǁsuggest__mutmut['_mutmut_orig'] = Units.xǁUnitsǁsuggest__mutmut_orig # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_1'] = Units.xǁUnitsǁsuggest__mutmut_1 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_2'] = Units.xǁUnitsǁsuggest__mutmut_2 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_3'] = Units.xǁUnitsǁsuggest__mutmut_3 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_4'] = Units.xǁUnitsǁsuggest__mutmut_4 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_5'] = Units.xǁUnitsǁsuggest__mutmut_5 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_6'] = Units.xǁUnitsǁsuggest__mutmut_6 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_7'] = Units.xǁUnitsǁsuggest__mutmut_7 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_8'] = Units.xǁUnitsǁsuggest__mutmut_8 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_9'] = Units.xǁUnitsǁsuggest__mutmut_9 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_10'] = Units.xǁUnitsǁsuggest__mutmut_10 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_11'] = Units.xǁUnitsǁsuggest__mutmut_11 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_12'] = Units.xǁUnitsǁsuggest__mutmut_12 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_13'] = Units.xǁUnitsǁsuggest__mutmut_13 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_14'] = Units.xǁUnitsǁsuggest__mutmut_14 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_15'] = Units.xǁUnitsǁsuggest__mutmut_15 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_16'] = Units.xǁUnitsǁsuggest__mutmut_16 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_17'] = Units.xǁUnitsǁsuggest__mutmut_17 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_18'] = Units.xǁUnitsǁsuggest__mutmut_18 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_19'] = Units.xǁUnitsǁsuggest__mutmut_19 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_20'] = Units.xǁUnitsǁsuggest__mutmut_20 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_21'] = Units.xǁUnitsǁsuggest__mutmut_21 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_22'] = Units.xǁUnitsǁsuggest__mutmut_22 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_23'] = Units.xǁUnitsǁsuggest__mutmut_23 # type: ignore # mutmut generated
mutants_xǁUnitsǁsuggest__mutmut['xǁUnitsǁsuggest__mutmut_24'] = Units.xǁUnitsǁsuggest__mutmut_24 # type: ignore # mutmut generated

mutants_xǁUnitsǁparse__mutmut['_mutmut_orig'] = Units.xǁUnitsǁparse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_1'] = Units.xǁUnitsǁparse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_2'] = Units.xǁUnitsǁparse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_3'] = Units.xǁUnitsǁparse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_4'] = Units.xǁUnitsǁparse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_5'] = Units.xǁUnitsǁparse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_6'] = Units.xǁUnitsǁparse__mutmut_6 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_7'] = Units.xǁUnitsǁparse__mutmut_7 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_8'] = Units.xǁUnitsǁparse__mutmut_8 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_9'] = Units.xǁUnitsǁparse__mutmut_9 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_10'] = Units.xǁUnitsǁparse__mutmut_10 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_11'] = Units.xǁUnitsǁparse__mutmut_11 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_12'] = Units.xǁUnitsǁparse__mutmut_12 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_13'] = Units.xǁUnitsǁparse__mutmut_13 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_14'] = Units.xǁUnitsǁparse__mutmut_14 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_15'] = Units.xǁUnitsǁparse__mutmut_15 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_16'] = Units.xǁUnitsǁparse__mutmut_16 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_17'] = Units.xǁUnitsǁparse__mutmut_17 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_18'] = Units.xǁUnitsǁparse__mutmut_18 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_19'] = Units.xǁUnitsǁparse__mutmut_19 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_20'] = Units.xǁUnitsǁparse__mutmut_20 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_21'] = Units.xǁUnitsǁparse__mutmut_21 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_22'] = Units.xǁUnitsǁparse__mutmut_22 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_23'] = Units.xǁUnitsǁparse__mutmut_23 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_24'] = Units.xǁUnitsǁparse__mutmut_24 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_25'] = Units.xǁUnitsǁparse__mutmut_25 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_26'] = Units.xǁUnitsǁparse__mutmut_26 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_27'] = Units.xǁUnitsǁparse__mutmut_27 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_28'] = Units.xǁUnitsǁparse__mutmut_28 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_29'] = Units.xǁUnitsǁparse__mutmut_29 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_30'] = Units.xǁUnitsǁparse__mutmut_30 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_31'] = Units.xǁUnitsǁparse__mutmut_31 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_32'] = Units.xǁUnitsǁparse__mutmut_32 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_33'] = Units.xǁUnitsǁparse__mutmut_33 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_34'] = Units.xǁUnitsǁparse__mutmut_34 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_35'] = Units.xǁUnitsǁparse__mutmut_35 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_36'] = Units.xǁUnitsǁparse__mutmut_36 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_37'] = Units.xǁUnitsǁparse__mutmut_37 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_38'] = Units.xǁUnitsǁparse__mutmut_38 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_39'] = Units.xǁUnitsǁparse__mutmut_39 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_40'] = Units.xǁUnitsǁparse__mutmut_40 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_41'] = Units.xǁUnitsǁparse__mutmut_41 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_42'] = Units.xǁUnitsǁparse__mutmut_42 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_43'] = Units.xǁUnitsǁparse__mutmut_43 # type: ignore # mutmut generated
mutants_xǁUnitsǁparse__mutmut['xǁUnitsǁparse__mutmut_44'] = Units.xǁUnitsǁparse__mutmut_44 # type: ignore # mutmut generated

mutants_xǁUnitsǁprose__mutmut['_mutmut_orig'] = Units.xǁUnitsǁprose__mutmut_orig # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_1'] = Units.xǁUnitsǁprose__mutmut_1 # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_2'] = Units.xǁUnitsǁprose__mutmut_2 # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_3'] = Units.xǁUnitsǁprose__mutmut_3 # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_4'] = Units.xǁUnitsǁprose__mutmut_4 # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_5'] = Units.xǁUnitsǁprose__mutmut_5 # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_6'] = Units.xǁUnitsǁprose__mutmut_6 # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_7'] = Units.xǁUnitsǁprose__mutmut_7 # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_8'] = Units.xǁUnitsǁprose__mutmut_8 # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_9'] = Units.xǁUnitsǁprose__mutmut_9 # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_10'] = Units.xǁUnitsǁprose__mutmut_10 # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_11'] = Units.xǁUnitsǁprose__mutmut_11 # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_12'] = Units.xǁUnitsǁprose__mutmut_12 # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_13'] = Units.xǁUnitsǁprose__mutmut_13 # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_14'] = Units.xǁUnitsǁprose__mutmut_14 # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_15'] = Units.xǁUnitsǁprose__mutmut_15 # type: ignore # mutmut generated
mutants_xǁUnitsǁprose__mutmut['xǁUnitsǁprose__mutmut_16'] = Units.xǁUnitsǁprose__mutmut_16 # type: ignore # mutmut generated

mutants_xǁUnitsǁ_template__mutmut['_mutmut_orig'] = Units.xǁUnitsǁ_template__mutmut_orig # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_1'] = Units.xǁUnitsǁ_template__mutmut_1 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_2'] = Units.xǁUnitsǁ_template__mutmut_2 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_3'] = Units.xǁUnitsǁ_template__mutmut_3 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_4'] = Units.xǁUnitsǁ_template__mutmut_4 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_5'] = Units.xǁUnitsǁ_template__mutmut_5 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_6'] = Units.xǁUnitsǁ_template__mutmut_6 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_7'] = Units.xǁUnitsǁ_template__mutmut_7 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_8'] = Units.xǁUnitsǁ_template__mutmut_8 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_9'] = Units.xǁUnitsǁ_template__mutmut_9 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_10'] = Units.xǁUnitsǁ_template__mutmut_10 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_11'] = Units.xǁUnitsǁ_template__mutmut_11 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_12'] = Units.xǁUnitsǁ_template__mutmut_12 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_13'] = Units.xǁUnitsǁ_template__mutmut_13 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_14'] = Units.xǁUnitsǁ_template__mutmut_14 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_15'] = Units.xǁUnitsǁ_template__mutmut_15 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_16'] = Units.xǁUnitsǁ_template__mutmut_16 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_17'] = Units.xǁUnitsǁ_template__mutmut_17 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_18'] = Units.xǁUnitsǁ_template__mutmut_18 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_19'] = Units.xǁUnitsǁ_template__mutmut_19 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_20'] = Units.xǁUnitsǁ_template__mutmut_20 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_21'] = Units.xǁUnitsǁ_template__mutmut_21 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_22'] = Units.xǁUnitsǁ_template__mutmut_22 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_23'] = Units.xǁUnitsǁ_template__mutmut_23 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_24'] = Units.xǁUnitsǁ_template__mutmut_24 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_25'] = Units.xǁUnitsǁ_template__mutmut_25 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_26'] = Units.xǁUnitsǁ_template__mutmut_26 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_27'] = Units.xǁUnitsǁ_template__mutmut_27 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_28'] = Units.xǁUnitsǁ_template__mutmut_28 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_29'] = Units.xǁUnitsǁ_template__mutmut_29 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_30'] = Units.xǁUnitsǁ_template__mutmut_30 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_31'] = Units.xǁUnitsǁ_template__mutmut_31 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_32'] = Units.xǁUnitsǁ_template__mutmut_32 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_33'] = Units.xǁUnitsǁ_template__mutmut_33 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_34'] = Units.xǁUnitsǁ_template__mutmut_34 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_35'] = Units.xǁUnitsǁ_template__mutmut_35 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_36'] = Units.xǁUnitsǁ_template__mutmut_36 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_37'] = Units.xǁUnitsǁ_template__mutmut_37 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_38'] = Units.xǁUnitsǁ_template__mutmut_38 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_39'] = Units.xǁUnitsǁ_template__mutmut_39 # type: ignore # mutmut generated
mutants_xǁUnitsǁ_template__mutmut['xǁUnitsǁ_template__mutmut_40'] = Units.xǁUnitsǁ_template__mutmut_40 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__superscripts__mutmut)
def _superscripts(unit: str) -> str:
    return re.sub(r"(?<=[A-Za-z])([23])\b", lambda m: "²" if m[1] == "2" else "³", unit)


def x__superscripts__mutmut_orig(unit: str) -> str:
    return re.sub(r"(?<=[A-Za-z])([23])\b", lambda m: "²" if m[1] == "2" else "³", unit)


def x__superscripts__mutmut_1(unit: str) -> str:
    return re.sub(None, lambda m: "²" if m[1] == "2" else "³", unit)


def x__superscripts__mutmut_2(unit: str) -> str:
    return re.sub(r"(?<=[A-Za-z])([23])\b", None, unit)


def x__superscripts__mutmut_3(unit: str) -> str:
    return re.sub(r"(?<=[A-Za-z])([23])\b", lambda m: "²" if m[1] == "2" else "³", None)


def x__superscripts__mutmut_4(unit: str) -> str:
    return re.sub(lambda m: "²" if m[1] == "2" else "³", unit)


def x__superscripts__mutmut_5(unit: str) -> str:
    return re.sub(r"(?<=[A-Za-z])([23])\b", unit)


def x__superscripts__mutmut_6(unit: str) -> str:
    return re.sub(r"(?<=[A-Za-z])([23])\b", lambda m: "²" if m[1] == "2" else "³", )


def x__superscripts__mutmut_7(unit: str) -> str:
    return re.sub(r"XX(?<=[A-Za-z])([23])\bXX", lambda m: "²" if m[1] == "2" else "³", unit)


def x__superscripts__mutmut_8(unit: str) -> str:
    return re.sub(r"(?<=[a-za-z])([23])\b", lambda m: "²" if m[1] == "2" else "³", unit)


def x__superscripts__mutmut_9(unit: str) -> str:
    return re.sub(r"(?<=[A-ZA-Z])([23])\b", lambda m: "²" if m[1] == "2" else "³", unit)


def x__superscripts__mutmut_10(unit: str) -> str:
    return re.sub(r"(?<=[A-Za-z])([23])\b", lambda m: None, unit)


def x__superscripts__mutmut_11(unit: str) -> str:
    return re.sub(r"(?<=[A-Za-z])([23])\b", lambda m: "²" if (m[1] == "2") and False else "³", unit)


def x__superscripts__mutmut_12(unit: str) -> str:
    return re.sub(r"(?<=[A-Za-z])([23])\b", lambda m: "²" if (m[1] == "2") or True else "³", unit)


def x__superscripts__mutmut_13(unit: str) -> str:
    return re.sub(r"(?<=[A-Za-z])([23])\b", lambda m: "XX²XX" if m[1] == "2" else "³", unit)


def x__superscripts__mutmut_14(unit: str) -> str:
    return re.sub(r"(?<=[A-Za-z])([23])\b", lambda m: "²" if m[2] == "2" else "³", unit)


def x__superscripts__mutmut_15(unit: str) -> str:
    return re.sub(r"(?<=[A-Za-z])([23])\b", lambda m: "²" if m[1] != "2" else "³", unit)


def x__superscripts__mutmut_16(unit: str) -> str:
    return re.sub(r"(?<=[A-Za-z])([23])\b", lambda m: "²" if m[1] == "XX2XX" else "³", unit)


def x__superscripts__mutmut_17(unit: str) -> str:
    return re.sub(r"(?<=[A-Za-z])([23])\b", lambda m: "²" if m[1] == "2" else "XX³XX", unit)

mutants_x__superscripts__mutmut['_mutmut_orig'] = x__superscripts__mutmut_orig # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_1'] = x__superscripts__mutmut_1 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_2'] = x__superscripts__mutmut_2 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_3'] = x__superscripts__mutmut_3 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_4'] = x__superscripts__mutmut_4 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_5'] = x__superscripts__mutmut_5 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_6'] = x__superscripts__mutmut_6 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_7'] = x__superscripts__mutmut_7 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_8'] = x__superscripts__mutmut_8 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_9'] = x__superscripts__mutmut_9 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_10'] = x__superscripts__mutmut_10 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_11'] = x__superscripts__mutmut_11 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_12'] = x__superscripts__mutmut_12 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_13'] = x__superscripts__mutmut_13 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_14'] = x__superscripts__mutmut_14 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_15'] = x__superscripts__mutmut_15 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_16'] = x__superscripts__mutmut_16 # type: ignore # mutmut generated
mutants_x__superscripts__mutmut['x__superscripts__mutmut_17'] = x__superscripts__mutmut_17 # type: ignore # mutmut generated


BASE = Units()
mutants_x_dimension__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_dimension__mutmut)
def dimension(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_orig(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_1(expression: str, scale: float = 2.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_2(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = None
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_3(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 2
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_4(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(None, expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_5(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", None):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_6(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_7(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", ):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_8(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.rsplit(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_9(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"XX\s*([*/])\s*XX", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_10(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part not in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_11(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("XX*XX", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_12(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "XX/XX"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_13(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = None
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_14(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if (part == "/") and False else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_15(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if (part == "/") or True else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_16(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = +1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_17(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -2 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_18(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part != "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_19(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "XX/XX" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_20(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 2
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_21(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            break
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_22(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = None
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_23(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(None)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_24(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = None
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_25(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if (power) and False else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_26(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if (power) or True else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_27(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[2], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_28(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(None)) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_29(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[3])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_30(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 2)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_31(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = None
    return Dim(result.dims, scale)


def x_dimension__mutmut_32(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(None)
    return Dim(result.dims, scale)


def x_dimension__mutmut_33(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(None, ((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_34(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, None, sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_35(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), None))
    return Dim(result.dims, scale)


def x_dimension__mutmut_36(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(((name, exponent),), sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_37(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, sign))
    return Dim(result.dims, scale)


def x_dimension__mutmut_38(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), ))
    return Dim(result.dims, scale)


def x_dimension__mutmut_39(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(None, scale)


def x_dimension__mutmut_40(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, None)


def x_dimension__mutmut_41(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(scale)


def x_dimension__mutmut_42(expression: str, scale: float = 1.0) -> Dim:
    """A declared unit's dimension from base dimension names: ``FLOPS*bit`` (names may be new)."""
    result, sign = PURE, 1
    for part in re.split(r"\s*([*/])\s*", expression.strip()):
        if part in ("*", "/"):
            sign = -1 if part == "/" else 1
            continue
        power = _POWER.match(part)
        name, exponent = (power[1], int(power[2])) if power else (part, 1)
        result = Dim(_merge(result.dims, ((name, exponent),), sign))
    return Dim(result.dims, )

mutants_x_dimension__mutmut['_mutmut_orig'] = x_dimension__mutmut_orig # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_1'] = x_dimension__mutmut_1 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_2'] = x_dimension__mutmut_2 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_3'] = x_dimension__mutmut_3 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_4'] = x_dimension__mutmut_4 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_5'] = x_dimension__mutmut_5 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_6'] = x_dimension__mutmut_6 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_7'] = x_dimension__mutmut_7 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_8'] = x_dimension__mutmut_8 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_9'] = x_dimension__mutmut_9 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_10'] = x_dimension__mutmut_10 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_11'] = x_dimension__mutmut_11 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_12'] = x_dimension__mutmut_12 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_13'] = x_dimension__mutmut_13 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_14'] = x_dimension__mutmut_14 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_15'] = x_dimension__mutmut_15 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_16'] = x_dimension__mutmut_16 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_17'] = x_dimension__mutmut_17 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_18'] = x_dimension__mutmut_18 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_19'] = x_dimension__mutmut_19 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_20'] = x_dimension__mutmut_20 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_21'] = x_dimension__mutmut_21 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_22'] = x_dimension__mutmut_22 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_23'] = x_dimension__mutmut_23 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_24'] = x_dimension__mutmut_24 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_25'] = x_dimension__mutmut_25 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_26'] = x_dimension__mutmut_26 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_27'] = x_dimension__mutmut_27 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_28'] = x_dimension__mutmut_28 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_29'] = x_dimension__mutmut_29 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_30'] = x_dimension__mutmut_30 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_31'] = x_dimension__mutmut_31 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_32'] = x_dimension__mutmut_32 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_33'] = x_dimension__mutmut_33 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_34'] = x_dimension__mutmut_34 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_35'] = x_dimension__mutmut_35 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_36'] = x_dimension__mutmut_36 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_37'] = x_dimension__mutmut_37 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_38'] = x_dimension__mutmut_38 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_39'] = x_dimension__mutmut_39 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_40'] = x_dimension__mutmut_40 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_41'] = x_dimension__mutmut_41 # type: ignore # mutmut generated
mutants_x_dimension__mutmut['x_dimension__mutmut_42'] = x_dimension__mutmut_42 # type: ignore # mutmut generated
mutants_x_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_number__mutmut)
def number(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_orig(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_1(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = None
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_2(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(None)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_3(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1000000000001.0, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_4(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "XXtrillionXX"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_5(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "TRILLION"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_6(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1000000001.0, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_7(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "XXbillionXX"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_8(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "BILLION"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_9(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1000001.0, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_10(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "XXmillionXX")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_11(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "MILLION")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_12(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude > size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_13(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(None, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_14(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, None)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_15(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_16(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, )} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_17(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value * size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_18(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 3)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_19(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude > 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_20(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 101:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_21(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(None):,}"
    return _trim(value, 2 if magnitude >= 1 else 3)


def x_number__mutmut_22(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(None, 2 if magnitude >= 1 else 3)


def x_number__mutmut_23(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, None)


def x_number__mutmut_24(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(2 if magnitude >= 1 else 3)


def x_number__mutmut_25(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, )


def x_number__mutmut_26(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if (magnitude >= 1) and False else 3)


def x_number__mutmut_27(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if (magnitude >= 1) or True else 3)


def x_number__mutmut_28(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 3 if magnitude >= 1 else 3)


def x_number__mutmut_29(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude > 1 else 3)


def x_number__mutmut_30(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 2 else 3)


def x_number__mutmut_31(value: float) -> str:
    """A number as a briefing prints it: 400,000; 1.5 million; 2.7 billion; 6.69."""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{_trim(value / size, 2)} {word}"
    if magnitude >= 100:
        return f"{round(value):,}"
    return _trim(value, 2 if magnitude >= 1 else 4)

mutants_x_number__mutmut['_mutmut_orig'] = x_number__mutmut_orig # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_1'] = x_number__mutmut_1 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_2'] = x_number__mutmut_2 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_3'] = x_number__mutmut_3 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_4'] = x_number__mutmut_4 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_5'] = x_number__mutmut_5 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_6'] = x_number__mutmut_6 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_7'] = x_number__mutmut_7 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_8'] = x_number__mutmut_8 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_9'] = x_number__mutmut_9 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_10'] = x_number__mutmut_10 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_11'] = x_number__mutmut_11 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_12'] = x_number__mutmut_12 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_13'] = x_number__mutmut_13 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_14'] = x_number__mutmut_14 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_15'] = x_number__mutmut_15 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_16'] = x_number__mutmut_16 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_17'] = x_number__mutmut_17 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_18'] = x_number__mutmut_18 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_19'] = x_number__mutmut_19 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_20'] = x_number__mutmut_20 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_21'] = x_number__mutmut_21 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_22'] = x_number__mutmut_22 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_23'] = x_number__mutmut_23 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_24'] = x_number__mutmut_24 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_25'] = x_number__mutmut_25 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_26'] = x_number__mutmut_26 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_27'] = x_number__mutmut_27 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_28'] = x_number__mutmut_28 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_29'] = x_number__mutmut_29 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_30'] = x_number__mutmut_30 # type: ignore # mutmut generated
mutants_x_number__mutmut['x_number__mutmut_31'] = x_number__mutmut_31 # type: ignore # mutmut generated
mutants_x__trim__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__trim__mutmut)
def _trim(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def x__trim__mutmut_orig(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def x__trim__mutmut_1(value: float, decimals: int) -> str:
    text = None
    return text.rstrip("0").rstrip(".") if "." in text else text


def x__trim__mutmut_2(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if ("." in text) and False else text


def x__trim__mutmut_3(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if ("." in text) or True else text


def x__trim__mutmut_4(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(None) if "." in text else text


def x__trim__mutmut_5(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").lstrip(".") if "." in text else text


def x__trim__mutmut_6(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip(None).rstrip(".") if "." in text else text


def x__trim__mutmut_7(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.lstrip("0").rstrip(".") if "." in text else text


def x__trim__mutmut_8(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("XX0XX").rstrip(".") if "." in text else text


def x__trim__mutmut_9(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip("XX.XX") if "." in text else text


def x__trim__mutmut_10(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "XX.XX" in text else text


def x__trim__mutmut_11(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." not in text else text

mutants_x__trim__mutmut['_mutmut_orig'] = x__trim__mutmut_orig # type: ignore # mutmut generated
mutants_x__trim__mutmut['x__trim__mutmut_1'] = x__trim__mutmut_1 # type: ignore # mutmut generated
mutants_x__trim__mutmut['x__trim__mutmut_2'] = x__trim__mutmut_2 # type: ignore # mutmut generated
mutants_x__trim__mutmut['x__trim__mutmut_3'] = x__trim__mutmut_3 # type: ignore # mutmut generated
mutants_x__trim__mutmut['x__trim__mutmut_4'] = x__trim__mutmut_4 # type: ignore # mutmut generated
mutants_x__trim__mutmut['x__trim__mutmut_5'] = x__trim__mutmut_5 # type: ignore # mutmut generated
mutants_x__trim__mutmut['x__trim__mutmut_6'] = x__trim__mutmut_6 # type: ignore # mutmut generated
mutants_x__trim__mutmut['x__trim__mutmut_7'] = x__trim__mutmut_7 # type: ignore # mutmut generated
mutants_x__trim__mutmut['x__trim__mutmut_8'] = x__trim__mutmut_8 # type: ignore # mutmut generated
mutants_x__trim__mutmut['x__trim__mutmut_9'] = x__trim__mutmut_9 # type: ignore # mutmut generated
mutants_x__trim__mutmut['x__trim__mutmut_10'] = x__trim__mutmut_10 # type: ignore # mutmut generated
mutants_x__trim__mutmut['x__trim__mutmut_11'] = x__trim__mutmut_11 # type: ignore # mutmut generated
