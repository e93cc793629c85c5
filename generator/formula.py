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


class FormulaError(ValueError):
    """A formula that does not parse or cannot be evaluated; the message says why, and ``at`` is
    the character of the formula where it went wrong (counted from 0), when known."""

    def __init__(self, message: str, at: Optional[int] = None):
        super().__init__(message)
        self.at = at


@dataclass(frozen=True)
class Value:
    """An interval with a unit, in the unit's base scale."""

    low: float
    central: float
    high: float
    dim: units.Dim
    unit: Optional[str] = field(default=None, compare=False)  # the unit as the curator wrote it, for messages

    @classmethod
    def exact(cls, x: float, dim: units.Dim, unit: Optional[str] = None) -> "Value":
        return cls(x, x, x, dim, unit)

    # Arithmetic on intervals; ``evaluate`` checks that added or subtracted units agree first.
    def __add__(self, o: "Value") -> "Value":
        return Value(self.low + o.low, self.central + o.central, self.high + o.high, self.dim)

    def __sub__(self, o: "Value") -> "Value":
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


def _start(token: re.Match) -> int:
    """Where a token's text begins (tokens include the blanks before them)."""
    return token.end() - len(token[0].lstrip())


class _Parser:
    def __init__(self, tokens: list[re.Match], registry: units.Units):
        self.tokens, self.i, self.registry = tokens, 0, registry

    def peek(self, *ops: str) -> bool:
        return self.i < len(self.tokens) and self.tokens[self.i]["op"] in ops

    def take(self, op: str) -> None:
        if not self.peek(op):
            at = _start(self.tokens[self.i]) if self.i < len(self.tokens) else self.tokens[-1].end()
            found = self.tokens[self.i][0].strip() if self.i < len(self.tokens) else "the end"
            raise FormulaError(f"expected {op!r} but found {found!r}", at)
        self.i += 1

    def expr(self) -> tuple:
        node = self.term()
        while self.peek("+", "-"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.term(), at)
        return node

    def term(self) -> tuple:
        node = self.unary()
        while self.peek("*", "/"):
            op, at = self.tokens[self.i]["op"], _start(self.tokens[self.i])
            self.i += 1
            node = ("op", op, node, self.unary(), at)
        return node

    def unary(self) -> tuple:
        if self.peek("-"):
            self.i += 1
            return ("neg", self.unary())
        return self.atom()

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
        if not all(math.isfinite(v) for v in (x.low, x.central, x.high)):
            raise FormulaError("round needs a finite number (this one overflows or is undefined)", tree[3])
        return Value(*(_significant(v, digits) for v in (x.low, x.central, x.high)), x.dim)
    for node, other in zip(tree[2][1:], args[1:]):
        if not args[0].dim.same_kind(other.dim):
            raise FormulaError(f"cannot take the {name} of {_operand(tree[2][0], args[0])} and {_operand(node, other)}", tree[3])
    pick = min if name == "min" else max
    return Value(pick(a.low for a in args), pick(a.central for a in args), pick(a.high for a in args), args[0].dim)


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


def _grouped(tree: tuple) -> str:
    return f"({text(tree)})" if tree[0] == "op" else text(tree)


def _operand(tree: tuple, value: Value) -> str:
    """``{price} (USD/vehicle)``: what a curator needs to see which input has which unit."""
    return f"{text(tree)} ({value.unit or value.dim})"


def _significant(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))
