"""Unit algebra and the formula evaluator, as properties that hold for any input (hypothesis) and
at their edges: conversions round-trip, rounding keeps the asked significant figures, interval
arithmetic keeps low <= central <= high, and unknown or mismatched units are refused."""
from __future__ import annotations

import math

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from generator import formula, units

PREFIXED = ["W", "kW", "MW", "GW", "TW", "Wh", "kWh", "GWh", "J", "kJ", "B", "kB", "MB", "GB", "TB", "PB", "bit", "Gbit",
            "g", "kg", "mg", "t", "kt", "Mt", "tonne", "m", "km", "mm", "cm", "m2", "km2", "m3", "L", "mL", "s", "ms", "min", "h",
            "day", "week", "year", "Hz", "GHz", "%", "pp", "times"]
finite = st.floats(min_value=1e-6, max_value=1e12, allow_nan=False, allow_infinity=False)


def interval(values: st.SearchStrategy = finite) -> st.SearchStrategy:
    return st.lists(values, min_size=3, max_size=3).map(sorted).map(lambda v: formula.Value(v[0], v[1], v[2], units.PURE))


SAME_KIND = [(a, b) for a in PREFIXED for b in PREFIXED if units.BASE.parse(a).same_kind(units.BASE.parse(b))]


@given(st.sampled_from(SAME_KIND), finite)
def test_a_conversion_between_units_of_one_dimension_round_trips(pair: tuple[str, str], value: float) -> None:
    a, b = pair
    ua, ub = units.BASE.parse(a), units.BASE.parse(b)
    there = value * ua.scale / ub.scale
    assert there * ub.scale / ua.scale == pytest.approx(value, rel=1e-12)


@given(st.sampled_from(PREFIXED), st.sampled_from(PREFIXED))
def test_multiplying_then_dividing_by_a_unit_gives_the_unit_back(a: str, b: str) -> None:
    ua, ub = units.BASE.parse(a), units.BASE.parse(b)
    back = (ua * ub) / ub
    assert back.dims == ua.dims and back.scale == pytest.approx(ua.scale)
    assert units.BASE.parse(f"{a}*{b}/{b}").dims == ua.dims


@given(st.lists(st.tuples(st.sampled_from(["bit", "s", "W", "g", "m", "USD", "EUR"]), st.integers(-3, 3)), max_size=3))  # powers to 9
def test_a_dimension_printed_as_a_unit_reads_back_as_itself(parts: list[tuple[str, int]]) -> None:
    dim = units.Dim(())
    for name, power in parts:
        dim = dim * units.Dim(((name, 1),)) ** power
    assume(dim.dims and any(p > 0 for _, p in dim.dims))
    assert units.BASE.parse(str(dim)).dims == dim.dims


@pytest.mark.parametrize("unit, dims, scale", [
    ("kW", (("W", 1),), 1e3), ("GB", (("bit", 1),), 8e9), ("km2", (("m", 2),), 1e6), ("m3", (("m", 3),), 1.0),
    ("mL", (("m", 3),), 1e-6), ("kWh", (("W", 1), ("s", 1)), 3.6e6), ("Mt", (("g", 1),), 1e12), ("tonne", (("g", 1),), 1e6),
    ("GHz", (("s", -1),), 1e9), ("%", (), 0.01), ("pp", (), 0.01), ("times", (), 1.0), ("EUR/t", (("EUR", 1), ("g", -1)), 1e-6),
    ("USD * day", (("USD", 1), ("s", 1)), 86400.0), ("year", (("s", 1),), 365.25 * 86400),
])
def test_built_in_units_reduce_to_base_dimensions(unit: str, dims: tuple, scale: float) -> None:
    parsed = units.BASE.parse(unit)
    assert parsed.dims == dims
    assert parsed.scale == pytest.approx(scale)


@pytest.mark.parametrize("unit, message", [
    ("wafers", "unknown unit 'wafers'; declare it in data/units.yaml, or use a built-in unit"),
    ("tonnne", "unknown unit 'tonnne'; did you mean 'tonne'?"),
    ("kday", "unknown unit 'kday'; did you mean 'day'?"),  # day takes no SI prefix
    ("kUSD", "unknown unit 'kUSD'; did you mean 'USD'?"),  # currencies take no prefix either
    ("USD/tonnes", "unknown unit 'tonnes' in 'USD/tonnes'; did you mean 'tonne'?"),
    ("USD per t", "cannot read unit 'USD per t': write units joined by * and /, such as USD/t or TB/s"),
    ("/t", "cannot read unit '/t'"), ("USD//t", "cannot read unit 'USD//t'"), ("", "cannot read unit ''"),
    ("wafer2", "unknown unit 'wafer2'; declare it in data/units.yaml"),
])
def test_unknown_or_malformed_units_are_refused_with_what_to_do(unit: str, message: str) -> None:
    with pytest.raises(units.UnitError) as err:
        units.BASE.parse(unit)
    assert str(err.value).startswith(message)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzQXZ", min_size=4, max_size=8))
def test_any_name_that_is_not_a_unit_is_refused(name: str) -> None:
    assume(units.BASE.atom(name) is None)
    with pytest.raises(units.UnitError, match=f"unknown unit '{name}'"):
        units.BASE.parse(name)


@pytest.mark.parametrize("dims, text", [
    ((("USD", 1), ("chip", -1)), "USD/chip"), ((("byte", 1), ("s", -1)), "byte/s"), ((("m", 2),), "m2"),
    ((("W", 1), ("s", 1)), "W*s"), ((("s", -1),), "1/s"), ((("a", 1), ("b", -2), ("c", -1)), "a/b2/c"), ((), "a pure number"),
])
def test_dimensions_print_as_curators_write_units(dims: tuple, text: str) -> None:
    assert str(units.Dim(dims)) == text


@pytest.mark.parametrize("value, text", [
    (0, "0"), (0.1234, "0.123"), (1, "1"), (6.6858, "6.69"), (99.996, "100"), (100, "100"), (999.5, "1,000"), (27000, "27,000"),
    (999_999, "999,999"), (1e6, "1 million"), (1_500_000, "1.5 million"), (2.7e9, "2.7 billion"), (3.14159e12, "3.14 trillion"),
    (-1_500_000, "-1.5 million"), (-0.5, "-0.5"), (1e9, "1 billion"), (1e12, "1 trillion"), (100.4, "100"), (1.2345, "1.23"),
    (1.9999, "2"),
])
def test_numbers_print_the_way_a_briefing_writes_them(value: float, text: str) -> None:
    assert units.number(value) == text


@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False).filter(lambda x: abs(x) > 1e-9), st.integers(1, 15))
@example(10000000000000.25, 15)  # 15 figures of 1e13: the step (0.1) is 51 float spacings wide
def test_round_keeps_the_asked_significant_figures(x: float, digits: int) -> None:
    tree = formula.parse(f"round({{x}}, {digits})")
    result = formula.evaluate(tree, lambda ref: formula.Value.exact(x, units.PURE)).central
    step = 10 ** (math.floor(math.log10(abs(x))) - digits + 1)
    assert abs(result - x) <= step / 2 + 2 * math.ulp(x)  # the rounded decimal is itself stored as the nearest float
    assert result == pytest.approx(round(result / step) * step, rel=1e-9, abs=1e-300)


@pytest.mark.parametrize("digits", [0, 16, 2.5])
def test_round_refuses_impossible_precision(digits: float) -> None:
    with pytest.raises(formula.FormulaError) as err:
        formula.evaluate(formula.parse(f"2 * round({{x}}, {digits})"), lambda ref: formula.Value.exact(123.0, units.PURE))
    assert (str(err.value), err.value.at) == ("round keeps between 1 and 15 significant figures", 4)


def test_round_needs_a_plain_number_of_digits() -> None:
    values = {"x": formula.Value.exact(123.0, units.PURE), "d": formula.Value(1, 2, 3, units.PURE)}
    for text in ("2 + round({x}, 2[t])", "2 + round({x}, {d})", "2 + round({x})"):
        with pytest.raises(formula.FormulaError) as err:
            formula.evaluate(formula.parse(text), values.__getitem__)
        assert (str(err.value), err.value.at) == ("round takes a value and a plain number of significant figures: round(x, 2)", 4)


@given(interval(), interval(), st.sampled_from(["+", "-", "*", "/"]))
def test_interval_arithmetic_keeps_low_central_high_in_order(a: formula.Value, b: formula.Value, op: str) -> None:
    result = formula.evaluate(formula.parse(f"{{a}} {op} {{b}}"), {"a": a, "b": b}.__getitem__)
    slack = 1e-9 * max(1.0, abs(result.low), abs(result.high))  # floating-point rounding, nothing more
    assert result.low <= result.central + slack and result.central <= result.high + slack
    corners = [eval(f"x {op} y") for x in (a.low, a.high) for y in (b.low, b.high)]  # noqa: S307 - the operator under test, on floats
    assert result.low == pytest.approx(min(corners)) and result.high == pytest.approx(max(corners))


@given(interval(), interval())
def test_min_max_and_negation_keep_the_interval_ordered(a: formula.Value, b: formula.Value) -> None:
    values = {"a": a, "b": b}.__getitem__
    smaller, larger = (formula.evaluate(formula.parse(f"{f}({{a}}, {{b}})"), values) for f in ("min", "max"))
    assert (smaller.low, smaller.central, smaller.high) == (min(a.low, b.low), min(a.central, b.central), min(a.high, b.high))
    assert (larger.low, larger.central, larger.high) == (max(a.low, b.low), max(a.central, b.central), max(a.high, b.high))
    negated = formula.evaluate(formula.parse("-{a}"), values)
    assert (negated.low, negated.central, negated.high) == (-a.high, -a.central, -a.low)


def test_subtraction_of_ranges_takes_the_opposite_bounds() -> None:
    values = {"a": formula.Value(10, 12, 20, units.PURE), "b": formula.Value(1, 2, 4, units.PURE)}
    result = formula.evaluate(formula.parse("{a} - {b}"), values.__getitem__)
    assert (result.low, result.central, result.high) == (6, 10, 19)


@pytest.mark.parametrize("low, high", [(0, 0), (-1, 1), (0, 5), (-5, 0)])
def test_dividing_by_a_range_that_may_be_zero_is_refused(low: float, high: float) -> None:
    values = {"a": formula.Value.exact(1.0, units.PURE), "b": formula.Value(low, (low + high) / 2, high, units.PURE)}
    with pytest.raises(formula.FormulaError, match="division by zero"):
        formula.evaluate(formula.parse("{a} / {b}"), values.__getitem__)


@pytest.mark.parametrize("text, message, at", [
    ("{a} + {b}", "cannot add {a} (USD) and {b} (t)", 4), ("{a} - 2 * {b}", "cannot subtract {a} (USD) and 2 * {b} (g)", 4),
    ("min({a}, {b})", "cannot take the min of {a} (USD) and {b} (t)", 0),
    ("1 + max({a}, {a}, -{b})", "cannot take the max of {a} (USD) and -{b} (g)", 4),
    ("{a} + ({b} - {b}) * 2[t]", "cannot add {a} (USD) and ({b} - {b}) * 2[t] (g2)", 4),
])
def test_mismatched_units_are_refused_naming_each_input_at_the_operator(text: str, message: str, at: int) -> None:
    values = {"a": formula.Value.exact(1.0, units.BASE.parse("USD"), "USD"), "b": formula.Value.exact(1.0, units.BASE.parse("t"), "t")}
    with pytest.raises(formula.FormulaError) as err:
        formula.evaluate(formula.parse(text), values.__getitem__)
    assert (str(err.value), err.value.at) == (message, at)


@pytest.mark.parametrize("text, expected", [
    ("2 * 3 + 4", 10), ("2 * (3 + 4)", 14), ("-2 * -3", 6), ("10 - 4 - 3", 3), ("24 / 4 / 2", 3), ("1e3 / 10", 100),
    ("2.5[t] / 1[kg]", 2500), ("50[%] * 8", 4), ("max(1, 5, 3) - min(4, 2)", 3),
])
def test_formulas_follow_arithmetic_precedence_and_units(text: str, expected: float) -> None:
    assert formula.evaluate(formula.parse(text), lambda ref: None).central == pytest.approx(expected)


@pytest.mark.parametrize("text, message", [
    ("2 +", "the formula ends too early"), ("(2 + 3", "expected ')' but found 'the end'"), ("2 3", "unexpected '3' after a complete formula"),
    ("sqrt(4)", "unknown function 'sqrt'; use min, max, round, or {id} for a figure"), ("2 $ 3", "unexpected '$ 3' at character 3"),
    ("min(1 2)", "expected ')' but found '2'"), (")", "unexpected ')'"), ("2[wafer]", "unknown unit 'wafer'"),
])
def test_formulas_that_do_not_parse_say_where(text: str, message: str) -> None:
    with pytest.raises((formula.FormulaError, units.UnitError)) as err:
        formula.parse(text)
    assert str(err.value).startswith(message)


def test_references_are_listed_once_in_order_of_first_use() -> None:
    tree = formula.parse("round(-{a} * {b} / max({c}, {a}, {b.x}), 2) + ({d} - {c})")
    assert formula.references(tree) == ["a", "b", "c", "b.x", "d"]


# --- declared units work exactly as built-in ones ---------------------------------------------

DECLARED = units.Units([units.Atom("vehicle", units.dimension("vehicle"), "{n} vehicles", "{n} vehicle", "vehicle"),
                        units.Atom("FLOPS", units.dimension("FLOPS"), prefixes=True),
                        units.Atom("TPP", units.dimension("FLOPS*bit", 1e12), "TPP {n}"),
                        units.Atom("index", units.dimension("index"))],
                       {"CNY/USD": "{n} yuan per US dollar", "TPP/mm2": "{n} TPP per mm²"})


@pytest.mark.parametrize("a, b, ratio", [("kW", "W", 1e3), ("GWh", "kWh", 1e6), ("GB", "bit", 8e9), ("km2", "m2", 1e6),
                                         ("t", "kg", 1e3), ("Mt", "t", 1e6), ("h", "min", 60), ("%", "times", 0.01),
                                         ("TFLOPS", "GFLOPS", 1e3), ("EUR/vehicle", "EUR/vehicle", 1.0)])
def test_units_convert_by_their_scale(a: str, b: str, ratio: float) -> None:
    ua, ub = DECLARED.parse(a), DECLARED.parse(b)
    assert ua.same_kind(ub)
    assert ua.scale / ub.scale == pytest.approx(ratio)


@pytest.mark.parametrize("value, unit, high, expected", [
    (1, "vehicle", None, "1 vehicle"), (2500, "vehicle", None, "2,500 vehicles"), (30000, "EUR/vehicle", None, "€30,000 per vehicle"),
    (7.1, "CNY/USD", None, "7.1 yuan per US dollar"), (5, "vehicle", 10, "5–10 vehicles"), (3.5, "km2", None, "3.5 km²"),
    (12, "pp", None, "12 percentage points"), (4, "day", None, "4 days"), (2.5, "Mt", None, "2.5 Mt"),
    (3, "W2", None, "3 W²"),  # a power after a capital letter is raised too
    (3, "tCO2", None, "3 tCO2"), (3, "kgCO2/km2", None, "3 kgCO2/km²"),  # a chemical formula's digit is not a power
])
def test_values_read_in_their_units_prose(value: float, unit: str, high: float, expected: str) -> None:
    assert DECLARED.prose(value, unit, high) == expected


def test_a_formula_computes_with_declared_units() -> None:
    values = {"revenue": formula.Value.exact(6e9, units.Dim((("EUR", 1),))), "sold": formula.Value.exact(2e5, DECLARED.parse("vehicle"))}
    result = formula.evaluate(formula.parse("{revenue} / {sold}", DECLARED), values.__getitem__, DECLARED)
    assert result.central == 30000 and str(result.dim) == "EUR/vehicle"
    with pytest.raises(formula.FormulaError, match=r"cannot add \{revenue\} \(EUR\) and \{sold\} \(vehicle\)"):
        formula.evaluate(formula.parse("{revenue} + {sold}", DECLARED), values.__getitem__, DECLARED)
    with pytest.raises(formula.FormulaError, match="unknown unit 'vehicel'; did you mean 'vehicle'"):
        formula.parse("2[vehicel]", DECLARED)


@pytest.mark.parametrize("expression, scale, dims", [
    ("FLOPS", 1.0, (("FLOPS", 1),)), ("FLOPS*bit", 1e12, (("FLOPS", 1), ("bit", 1))), ("barrel / day", 2.0, (("barrel", 1), ("day", -1))),
    ("m2", 1.0, (("m", 2),)), ("a*b/c3", 1.0, (("a", 1), ("b", 1), ("c", -3))), ("a/b*c", 1.0, (("a", 1), ("b", -1), ("c", 1))),
])
def test_a_declared_dimension_is_a_product_of_named_base_dimensions(expression: str, scale: float, dims: tuple) -> None:
    assert units.dimension(expression, scale) == units.Dim(dims, scale)


def test_a_declared_scaled_unit_converts_to_its_dimension() -> None:
    assert DECLARED.parse("TPP") == units.Dim((("FLOPS", 1), ("bit", 1)), 1e12)
    assert DECLARED.parse("TFLOPS") == units.Dim((("FLOPS", 1),), 1e12)
    assert (DECLARED.parse("TFLOPS") * DECLARED.parse("bit")) == DECLARED.parse("TPP")
    assert DECLARED.parse("index").same_kind(DECLARED.parse("index")) and not DECLARED.parse("index").same_kind(units.PURE)


@pytest.mark.parametrize("value, unit, expected", [
    (15832, "TPP", "TPP 15,832"), (72.5, "TPP/mm2", "72.5 TPP per mm²"), (2, "index", "2 index"), (5, "TFLOPS", "5 TFLOPS"),
    (3, "vehicle/day", "3 vehicles per day"), (1, "EUR/vehicle", "€1 per vehicle"), (9, "EUR/FLOPS", "9 EUR/FLOPS"),
    (4, "EUR*vehicle", "4 EUR*vehicle"), (4, "vehicle/EUR/t", "4 vehicle/EUR/t"), (1, "vehicle/t", "1 vehicles per tonne"),
    (7, "GB/s", "7 GB/s"), (2, "m3/s", "2 m³/s"), (8, "USD/h", "US$8 per hour"), (6, "CNY/USD", "6 yuan per US dollar"),
    (6, "JPY/EUR", "¥6 per euro"), (6, "ILS/KRW", "ILS 6 per KRW"),
])
def test_rates_read_as_per_when_the_divisor_has_a_noun(value: float, unit: str, expected: str) -> None:
    assert DECLARED.prose(value, unit) == expected


def test_a_declared_atom_is_known_alongside_the_base_and_suggested_when_misspelt() -> None:
    assert set(units.BASE_ATOMS) < set(DECLARED.atoms) and "vehicle" not in units.BASE.atoms
    assert DECLARED.suggest("vehicles") == "; did you mean 'vehicle'?"
    assert DECLARED.suggest("tonnes") == "; did you mean 'tonne'?"
    assert DECLARED.suggest("xyzzy").startswith("; declare it in data/units.yaml")


@pytest.mark.parametrize("x, digits, expected", [(0.0, 2, 0.0), (1.0, 1, 1.0), (123456.0, 2, 120000.0), (-0.012345, 3, -0.0123),
                                                 (987.0, 1, 1000.0), (1234.5678, 15, 1234.5678)])
def test_round_gives_exact_significant_figures_at_the_edges(x: float, digits: int, expected: float) -> None:
    result = formula.evaluate(formula.parse(f"round({{x}}, {digits})"), lambda ref: formula.Value.exact(x, units.PURE))
    assert (result.low, result.central, result.high) == (expected, expected, expected)


def test_an_error_in_an_operation_quotes_the_operation_as_written_calls_included() -> None:
    values = {"a": formula.Value.exact(6.0, units.PURE), "b": formula.Value(-1, 0, 1, units.PURE), "c": formula.Value(-2, 0, 2, units.PURE)}
    with pytest.raises(formula.FormulaError) as err:
        formula.evaluate(formula.parse("{a} / max({b}, {c})"), values.__getitem__)
    assert (str(err.value), err.value.at) == ("division by zero (the divisor is, or may be, zero): {a} / max({b}, {c})", 4)


def test_an_unknown_unit_with_no_near_miss_says_where_units_come_from() -> None:
    with pytest.raises(units.UnitError) as err:
        units.BASE.parse("wafers")
    assert str(err.value) == ("unknown unit 'wafers'; declare it in data/units.yaml, or use a built-in unit (currency codes, %, times, "
                              "SI units such as GB, kW, t)")


# --- properties of whole formulas ---------------------------------------------------------------

def expressions(depth: int = 3) -> st.SearchStrategy[str]:
    """Formula text over the figures {a}, {b} and {c}: sums, differences, products, quotients,
    negations, min, max and round, nested to ``depth``."""
    leaf = st.sampled_from(["{a}", "{b}", "{c}", "2", "0.5"])

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.tuples(inner, st.sampled_from(["+", "-", "*", "/"]), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
            inner.map(lambda x: f"-{x}"),
            st.tuples(st.sampled_from(["min", "max"]), inner, inner).map(lambda t: f"{t[0]}({t[1]}, {t[2]})"),
            st.tuples(inner, st.integers(1, 15)).map(lambda t: f"round({t[0]}, {t[1]})"))

    return st.recursive(leaf, extend, max_leaves=2 ** depth)


@given(expressions(), interval(), interval(), interval())
def test_any_formula_over_ranges_keeps_low_central_high_in_order(text: str, a: formula.Value, b: formula.Value,
                                                                 c: formula.Value) -> None:
    try:
        result = formula.evaluate(formula.parse(text), {"a": a, "b": b, "c": c}.__getitem__)
    except formula.FormulaError as err:  # a quotient whose divisor range reaches zero is refused, nothing else
        assert str(err).startswith("division by zero"), str(err)
        return
    slack = 1e-9 * max(1.0, abs(result.low), abs(result.central), abs(result.high))
    assert result.low <= result.central + slack and result.central <= result.high + slack, (text, result)


def test_a_formula_over_exact_values_gives_an_exact_value() -> None:
    values = {"a": formula.Value.exact(3.0, units.PURE), "b": formula.Value.exact(4.0, units.PURE)}
    result = formula.evaluate(formula.parse("round(max({a}, {b}) / -({a} - 2 * {b}), 3)"), values.__getitem__)
    assert (result.low, result.central, result.high) == (0.8, 0.8, 0.8)


KINDS = ["USD", "t", "kW", "GB", "day", "km2", "%", "Hz"]  # one unit of each of eight different dimensions


@given(st.sampled_from(KINDS), st.sampled_from(KINDS), st.sampled_from(["+", "-"]), st.integers(0, 3), st.integers(0, 3))
def test_adding_or_subtracting_different_kinds_is_refused_at_the_operator(a: str, b: str, op: str, before: int, after: int) -> None:
    assume(not units.BASE.parse(a).same_kind(units.BASE.parse(b)))
    text = f"{{x}}{' ' * before}{op}{' ' * after}2[{b}]"
    values = {"x": formula.Value.exact(1.0, units.BASE.parse(a), a)}
    with pytest.raises(formula.FormulaError) as err:
        formula.evaluate(formula.parse(text), values.__getitem__)
    verb = "add" if op == "+" else "subtract"
    assert (str(err.value), err.value.at) == (f"cannot {verb} {{x}} ({a}) and 2[{b}] ({b})", 3 + before)


@given(st.sampled_from(SAME_KIND), st.integers(0, 3))
def test_adding_units_of_one_kind_converts_the_second_into_the_base_scale(pair: tuple[str, str], blanks: int) -> None:
    a, b = pair
    ua, ub = units.BASE.parse(a), units.BASE.parse(b)
    result = formula.evaluate(formula.parse(f"3[{a}]{' ' * blanks}+ 2[{b}]"), lambda ref: None)
    assert result.central == pytest.approx(3 * ua.scale + 2 * ub.scale) and result.dim == units.Dim(ua.dims)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzQXZ", min_size=4, max_size=8), st.integers(0, 3))
def test_an_unknown_unit_in_a_formula_is_refused_at_the_unit(name: str, blanks: int) -> None:
    assume(units.BASE.atom(name) is None)
    text = f"{{x}} *{' ' * blanks} 12[{name}]"
    with pytest.raises(formula.FormulaError) as err:
        formula.parse(text)
    assert str(err.value).startswith(f"unknown unit '{name}'") and err.value.at == text.index("[") + 1


@given(st.sampled_from(PREFIXED), finite)
def test_a_value_converted_to_another_unit_of_its_kind_and_back_is_unchanged(unit: str, value: float) -> None:
    there = formula.evaluate(formula.parse(f"{{x}} / 1[{unit}]"), lambda ref: formula.Value.exact(value, units.PURE))
    back = formula.evaluate(formula.parse(f"{{y}} * 1[{unit}]"), lambda ref: there)
    assert back.central == pytest.approx(value, rel=1e-12) and back.dim == units.PURE


# --- edges the shipped formulas and units do not reach ------------------------------------------

@pytest.mark.parametrize("value, written", [(400000.0, 400000), (-3.0, -3), (2.0 ** 53 - 1, 2 ** 53 - 1), (2.0 ** 53, 2.0 ** 53),
                                            (6.5, 6.5), (None, None), (7, 7)])
def test_downloads_write_whole_numbers_as_integers_while_exact(value: float | None, written: float | None) -> None:
    result = units.exact(value)
    assert (result, type(result)) == (written, type(written))


def test_a_misspelt_prefixed_unit_is_answered_with_the_prefixed_unit() -> None:
    assert units.BASE.suggest("kwh") == "; did you mean 'kWh'?"
    assert units.BASE.suggest("Gbyte") == "; did you mean 'Gbit'?"


def test_a_rate_over_a_unit_with_declared_prose_reads_as_per() -> None:
    registry = units.Units(prose={"MWe": "{n} megawatts electric"})
    assert registry.prose(3, "MWe/day") == "3 megawatts electric per day"
    assert registry.prose(3, "MWe/s") == "3 MWe/s"  # the second has no noun to say "per" with


@pytest.mark.parametrize("text, message, at", [
    ("2 +", "the formula ends too early", 3), ("", "the formula ends too early", 0), ("(2 + 3", "expected ')' but found 'the end'", 6),
    ("min(1  2)", "expected ')' but found '2'", 7), ("2 3", "unexpected '3' after a complete formula", 2),
    ("1 + sqrt(4)", "unknown function 'sqrt'; use min, max, round, or {id} for a figure", 4), ("2 *  )", "unexpected ')'", 5),
    ("1 + 2[wafer]", "unknown unit 'wafer'", 6), ("{a} $ 3", "unexpected '$ 3' at character 5", 4),
    ("(1, 2)", "expected ')' but found ','", 2),
    ("1 + 2 *", "the formula ends too early", 7),  # at the end of the last token, not of another
    ("{a} {b}", "unexpected '{b}' after a complete formula", 4),
    ("1 $ and a long tail", "unexpected '$ and a long' at character 3", 2),  # twelve characters of what follows
])
def test_a_formula_that_does_not_parse_is_refused_at_the_character_where_it_goes_wrong(text: str, message: str, at: int) -> None:
    with pytest.raises(formula.FormulaError) as err:
        formula.parse(text)
    assert str(err.value).startswith(message) and err.value.at == at


def test_blanks_and_a_line_break_after_a_formula_are_ignored() -> None:
    assert formula.evaluate(formula.parse("2 * (3 + 4)  \n"), lambda ref: None).central == 14


def test_a_figure_that_cannot_be_looked_up_is_refused_at_its_reference_unless_it_says_where() -> None:
    def lookup(ref: str) -> formula.Value:
        raise formula.FormulaError(f"unknown figure {ref!r}", 1 if ref == "placed" else None)

    for text, at in (("2 * {missing}", 4), ("2 * {placed}", 1)):
        with pytest.raises(formula.FormulaError) as err:
            formula.evaluate(formula.parse(text), lookup)
        assert (str(err.value), err.value.at) == (f"unknown figure {text[5:-1]!r}", at)


def test_a_literal_keeps_the_unit_as_written_and_computes_in_the_base_scale() -> None:
    value = formula.evaluate(formula.parse("2.5[kt]"), lambda ref: None)
    assert (value.low, value.central, value.high, value.dim, value.unit) == (2.5e9, 2.5e9, 2.5e9, units.Dim((("g", 1),)), "kt")
    assert formula.text(formula.parse("-2.5[kt] + round({a}, 2) * (1e3 - min(1, 2))")) == "-2.5[kt] + (round({a}, 2) * (1000 - min(1, 2)))"


def test_only_a_single_division_of_a_unit_with_prose_by_a_noun_reads_as_per() -> None:
    registry = units.Units([units.Atom("vehicle", units.dimension("vehicle"), "{n} vehicles", "{n} vehicle", "vehicle")],
                           {"CNY/USD": "{n} yuan per US dollar", "EUR*vehicle": "{n} euro-vehicles"})
    assert [registry.prose(4, unit) for unit in ("EUR*vehicle/t", "CNY/USD/day", "vehicle/t", "EUR*vehicle")] == [
        "4 EUR*vehicle/t", "4 CNY/USD/day", "4 vehicles per tonne", "4 euro-vehicles"]


def test_a_declared_dimension_without_a_scale_counts_one_for_one() -> None:
    assert units.dimension("wafer") == units.Dim((("wafer", 1),), 1.0)
    assert DECLARED.parse("vehicle/day").scale == pytest.approx(1 / 86400)


def test_declared_units_count_in_every_part_of_a_formula() -> None:
    result = formula.evaluate(formula.parse("(-1[vehicle]) + 4 * max(2[vehicle], 1[vehicle])", DECLARED), lambda ref: None, DECLARED)
    assert (result.central, str(result.dim)) == (7, "vehicle")


def test_a_declared_units_words_are_text_even_with_braces(small) -> None:
    """A unit's noun and plural go into prose as written: braces in them are text, not where the number goes."""
    from generator import derive, load, present, validate

    units_file = small / "data" / "units.yaml"
    units_file.write_text(units_file.read_text().replace("noun: exporting producer", "noun: producer {sampled}")
                          .replace("plural: exporting producers", "plural: producers {sampled}"))
    d = derive.run(validate.run(load.run(small)))
    assert present.prose(d.figures["sampled-producers"]) == "3 producers {sampled}"
    assert d.ds.registry.prose(1, "producer") == "1 producer {sampled}"
