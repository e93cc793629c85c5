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
from dataclasses import dataclass
from typing import Callable

from . import units

FUNCTIONS = ("min", "max", "round")
_TOKENS = re.compile(
    r"\s*(?:(?P<number>\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?:\[(?P<unit>[^\]]+)\])?"
    r"|\{(?P<ref>[a-z0-9.-]+)\}|(?P<name>[a-z]+)|(?P<op>[-+*/(),]))"
)


class FormulaError(ValueError):
    """A formula that does not parse or cannot be evaluated; the message says why."""


@dataclass(frozen=True)
class Value:
    """An interval with a unit, in the unit's base scale."""

    low: float
    central: float
    high: float
    dim: units.Dim

    @classmethod
    def exact(cls, x: float, dim: units.Dim) -> "Value":
        return cls(x, x, x, dim)

    def _same_units(self, other: "Value", op: str) -> None:
        if not self.dim.same_kind(other.dim):
            raise FormulaError(f"cannot {op} {self.dim} and {other.dim}")

    def __add__(self, o: "Value") -> "Value":
        self._same_units(o, "add")
        return Value(self.low + o.low, self.central + o.central, self.high + o.high, self.dim)

    def __sub__(self, o: "Value") -> "Value":
        self._same_units(o, "subtract")
        return Value(self.low - o.high, self.central - o.central, self.high - o.low, self.dim)

    def __mul__(self, o: "Value") -> "Value":
        corners = [a * b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central * o.central, max(corners), self.dim * o.dim)

    def __truediv__(self, o: "Value") -> "Value":
        if o.low <= 0 <= o.high:
            raise FormulaError("division by zero (the divisor is, or may be, zero)")
        corners = [a / b for a in (self.low, self.high) for b in (o.low, o.high)]
        return Value(min(corners), self.central / o.central, max(corners), self.dim / o.dim)

    def __neg__(self) -> "Value":
        return Value(-self.high, -self.central, -self.low, self.dim)


def parse(text: str, registry: units.Units = units.BASE) -> tuple:
    """Parse a formula into a tree of tuples: ("num", v, unit), ("ref", id), ("op", sym, a, b), ("call", name, args).

    Units of literals (``8[bit]``) are checked against ``registry``, the project's units."""
    tokens, pos = [], 0
    text = text.strip()
    while pos < len(text):
        m = _TOKENS.match(text, pos)
        if not m or m.end() == pos:
            raise FormulaError(f"unexpected {text[pos:].strip()[:12]!r} at character {pos + 1}")
        tokens.append(m)
        pos = m.end()
    parser = _Parser(tokens, registry)
    tree = parser.expr()
    if parser.i != len(tokens):
        raise FormulaError(f"unexpected {tokens[parser.i][0].strip()!r} after a complete formula")
    return tree


class _Parser:
    def __init__(self, tokens: list[re.Match], registry: units.Units):
        self.tokens, self.i, self.registry = tokens, 0, registry

    def peek(self, *ops: str) -> bool:
        return self.i < len(self.tokens) and self.tokens[self.i]["op"] in ops

    def take(self, op: str) -> None:
        if not self.peek(op):
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}")
        self.i += 1

    def expr(self) -> tuple:
        node = self.term()
        while self.peek("+", "-"):
            op = self.tokens[self.i]["op"]
            self.i += 1
            node = ("op", op, node, self.term())
        return node

    def term(self) -> tuple:
        node = self.unary()
        while self.peek("*", "/"):
            op = self.tokens[self.i]["op"]
            self.i += 1
            node = ("op", op, node, self.unary())
        return node

    def unary(self) -> tuple:
        if self.peek("-"):
            self.i += 1
            return ("neg", self.unary())
        return self.atom()

    def atom(self) -> tuple:
        if self.i >= len(self.tokens):
            raise FormulaError("the formula ends too early")
        tok = self.tokens[self.i]
        self.i += 1
        if tok["number"]:
            unit = tok["unit"]
            if unit:
                self.registry.parse(unit)
            return ("num", float(tok["number"]), unit)
        if tok["ref"]:
            return ("ref", tok["ref"])
        if tok["name"]:
            if tok["name"] not in FUNCTIONS:
                raise FormulaError(f"unknown function {tok['name']!r}; use {', '.join(FUNCTIONS)}, or {{id}} for a figure")
            self.take("(")
            args = [self.expr()]
            while self.peek(","):
                self.i += 1
                args.append(self.expr())
            self.take(")")
            return ("call", tok["name"], args)
        if tok["op"] == "(":
            node = self.expr()
            self.take(")")
            return node
        raise FormulaError(f"unexpected {tok[0].strip()!r}")


def references(tree: tuple) -> list[str]:
    """Figure ids a formula uses, in order of first appearance."""
    kind = tree[0]
    if kind == "ref":
        return [tree[1]]
    children = {"op": tree[2:], "neg": tree[1:], "call": tree[2] if kind == "call" else ()}.get(kind, ())
    out: list[str] = []
    for child in children:
        out += [r for r in references(child) if r not in out]
    return out


def evaluate(tree: tuple, lookup: Callable[[str], Value], registry: units.Units = units.BASE) -> Value:
    kind = tree[0]
    if kind == "num":
        dim = registry.parse(tree[2]) if tree[2] else units.PURE
        return Value.exact(tree[1] * dim.scale, units.Dim(dim.dims))
    if kind == "ref":
        return lookup(tree[1])
    if kind == "neg":
        return -evaluate(tree[1], lookup, registry)
    if kind == "op":
        a, b = evaluate(tree[2], lookup, registry), evaluate(tree[3], lookup, registry)
        return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[tree[1]](b)
    name, args = tree[1], [evaluate(arg, lookup, registry) for arg in tree[2]]
    if name == "round":
        if len(args) != 2 or args[1].dim.dims or args[1].low != args[1].high:
            raise FormulaError("round takes a value and a plain number of significant figures: round(x, 2)")
        digits = args[1].central
        if digits != int(digits) or not 1 <= digits <= 15:
            raise FormulaError("round keeps between 1 and 15 significant figures")
        digits = int(digits)
        x = args[0]
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for other in args[1:]:
        args[0]._same_units(other, f"take the {name} of")
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


def _significant(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))
