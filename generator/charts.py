"""Chart stage: turn chart declarations into Plotly figures, data tables and downloads.

A chart never holds a number of its own: each point names a figure, and the chart's sources are
the union of the sources of what it plots. Figures are plain Plotly JSON (no template, fixed
ids) so the output is small and byte-stable; the site's script themes them for light and dark.
This module decides what a chart plots; chart_style.py decides how it looks.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Optional

import plotly.graph_objects as go

from . import chart_style, citations, present, units
from .derive import Derivation, Figure
from .errors import InputError
from .model import Chart, When
from .text import csv_cell

# The self-hosted Plotly bundle (see package.json) and the trace types it contains.
PLOTLY_BUNDLE = "plotly.js-basic-dist-min"
BUNDLE_TRACES = {"bar", "pie", "scatter"}
SERIES_ROW_KEYS = ["series", "label", "figure", "value", "low", "high", "unit", "qualifier", "as_of", "status", "sources"]
# a scatter point's x figure, described as fully as its y figure
SCATTER_X_KEYS = ["x_figure", "x_value", "x_low", "x_high", "x_unit", "x_qualifier", "x_as_of", "x_status"]


@dataclass
class ChartOutput:
    chart: Chart
    figure: dict
    rows: list[dict]
    sources: list[str]
    as_of: Optional[When]
    files: dict[str, bytes] = field(default_factory=dict)  # name under assets/charts/ -> content


def run(d: Derivation) -> dict[str, ChartOutput]:
    outputs = {}
    for chart in d.ds.charts:
        rows, traces, layout = _plot(chart, d)
        figure = {"data": traces, "layout": layout}
        _check_traces(d, chart, figure)
        sources = []
        for row in rows:
            sources += [s for s in row["sources"] if s not in sources]
        dates = [row["_as_of"] for row in rows if row.get("_as_of")]
        out = ChartOutput(chart, figure, rows, sources, max(dates) if dates else None)
        out.files = _downloads(out, d)
        outputs[chart.id] = out
    return outputs


def _check_traces(d: Derivation, chart: Chart, figure: dict) -> None:
    missing = {t["type"] for t in figure["data"]} - BUNDLE_TRACES
    if missing:
        raise InputError([d.ds.problem(chart, ("kind",), f"uses trace type {', '.join(sorted(missing))}, which the {PLOTLY_BUNDLE} bundle lacks")])


def validate_figure(figure: dict) -> None:
    """Plotly's own schema check of a figure we built (slow: the tests run it on every chart kind)."""
    go.Figure(figure)


def _row(series: str, label: str, fig: Figure) -> dict:
    return {
        "series": series, "label": label, "figure": fig.id, **present.record(fig),
        "sources": list(fig.sources), "_as_of": fig.as_of, "_prose": fig.prose(), "_status": present.status_line(fig),
    }


def _plot(chart: Chart, d: Derivation) -> tuple[list[dict], list[dict], dict]:
    """The chart's rows (one per plotted figure) and its Plotly traces and layout."""
    if chart.kind == "timeline":
        return _timeline(chart, d)
    rows, traces = [], []
    for i, series in enumerate(chart.series):
        points = [(p, d.figures[p.ref]) for p in series.points]
        for p, fig in points:
            if fig.value is None:
                raise InputError([d.ds.problem(chart, ("series", i), f"{p.ref!r} has no value to plot")])
        series_rows = [_row(series.name, p.label or fig.label, fig) for p, fig in points]
        if chart.kind == "scatter":
            xs = [d.figures[p.x] for p, _ in points if p.x]
            if len(xs) != len(points):
                raise InputError([d.ds.problem(chart, ("series", i), "every scatter point needs an x figure")])
            categories = [f.value for f in xs]
            for r, xf in zip(series_rows, xs):
                r.update({f"x_{key}": value for key, value in present.record(xf).items()}, x_figure=xf.id)
                r["_x_prose"] = xf.prose()  # the data table, the chart's text alternative, gives both values
                if (x_status := present.status_line(xf)) != r["_status"]:  # the row's Status and As of are the y figure's
                    r["_x_prose"] += f" ({x_status[0].lower()}{x_status[1:]})"
                r["sources"] += [s for s in xf.sources if s not in r["sources"]]
        else:
            categories = [chart_style.category(r["label"], chart) for r in series_rows]
        rows += series_rows
        traces.append(_trace(chart, i, series.name, series_rows, categories))
    lines = _thresholds(chart, d, rows)
    return rows, traces, chart_style.layout(chart, traces, lines)


def _trace(chart: Chart, index: int, name: str, rows: list[dict], categories: list) -> dict:
    """One series' trace: its values against its categories, ranges as error bars, the printed values."""
    values = [r["value"] for r in rows]
    trace = {
        "type": "bar" if chart.kind in ("bar", "grouped-bar") else "scatter",
        "name": chart_style.escape(name),
        "x": values if chart.horizontal else categories,
        "y": categories if chart.horizontal else values,
        "customdata": [[chart_style.escape(r["_prose"]), chart_style.escape(r["_status"])] for r in rows],
        "uid": f"{chart.id}-{index}",  # fixed, so output is byte-stable
    }
    if trace["type"] == "bar":
        trace["text"] = [chart_style.escape(present.signed(units.number(r["value"]), r["qualifier"])) for r in rows]
    if chart.kind == "scatter":
        trace["text"] = [chart_style.escape(r["label"]) for r in rows]
    if chart.horizontal:
        trace["orientation"] = "h"
    if x_span := _span(rows, "x_"):  # a scatter point's x figure is a range: its span, not a point
        trace["error_x"] = x_span
    if span := _span(rows):
        trace["error_x" if chart.horizontal else "error_y"] = span
    chart_style.series_trace(trace, chart, index)
    return trace


def _span(rows: list[dict], prefix: str = "") -> Optional[dict]:
    """Error bars from each row's value up to its high and down to its low (``x_``: a scatter point's x figure),
    or None when no row is a range."""
    value, low, high = (prefix + name for name in ("value", "low", "high"))
    if all(r.get(low) is None for r in rows):
        return None
    return {"type": "data", "symmetric": False,
            "array": [(r[high] - r[value]) if r[high] is not None else 0 for r in rows],
            "arrayminus": [(r[value] - r[low]) if r[low] is not None else 0 for r in rows]}


def _timeline(chart: Chart, d: Derivation) -> tuple[list[dict], list[dict], dict]:
    """One row per event in date order, labelled with its date and title so the chart reads without
    hovering; one trace per country of the event's first subject."""
    entities = {e.id: e for e in d.ds.entities}
    lanes: dict[str, list] = {}
    rows = []
    ordered = d.events_about[None]
    for event in ordered:
        first = entities.get(event.subjects[0]) if event.subjects else None
        lane = (first.country if first and first.country else "Other")
        lanes.setdefault(lane, []).append(event)
        rows.append({"series": lane, "label": event.title, "figure": event.id, "value": None, "low": None,
                     "high": None, "unit": None, "qualifier": None, "as_of": str(event.date), "status": "event",
                     "sources": list(event.sources), "_as_of": event.date, "_when": event.when, "_prose": event.title})
    labels = {e.id: chart_style.wrap(f"{e.when}: {e.title}") for e in ordered}
    traces = [{"type": "scatter", "name": chart_style.escape(lane), "uid": f"{chart.id}-{i}",
               "x": [e.date.day.isoformat() for e in events], "y": [labels[e.id] for e in events],
               "customdata": [[chart_style.escape(e.title), chart_style.escape(e.when)] for e in events]}
              for i, (lane, events) in enumerate(sorted(lanes.items()))]
    return rows, traces, chart_style.timeline(chart, traces, [labels[e.id] for e in ordered])


def _thresholds(chart: Chart, d: Derivation, rows: list[dict]) -> list[tuple[str, float, str]]:
    """The chart's reference lines as (label, value, printed value), lowest first; each joins the rows."""
    rows += [_row("Threshold", t.label, d.figures[t.ref]) for t in chart.thresholds]
    ordered = sorted(chart.thresholds, key=lambda t: d.figures[t.ref].value)
    return [(t.label, d.figures[t.ref].value, units.number(d.figures[t.ref].value)) for t in ordered]


def public_rows(out: ChartOutput, d: Derivation) -> list[dict]:
    """The plotted values as readers download them: no internal keys, sources named with their addresses."""
    keys = SERIES_ROW_KEYS + (SCATTER_X_KEYS if out.chart.kind == "scatter" else [])
    return [{**{k: r.get(k) for k in keys}, **citations.named_sources(r["sources"], d),  # values already exact (present.record)
             **({"value": None} if r["figure"] in d.invented else {}),
             **({"x_value": None} if r.get("x_figure") in d.invented else {})} for r in out.rows]  # no midpoint no source gave


def _downloads(out: ChartOutput, d: Derivation) -> dict[str, bytes]:
    edition = d.ds.edition
    meta = {
        "chart": out.chart.id, "title": out.chart.title, "subtitle": out.chart.subtitle,
        "edition": edition.id, "edition_date": str(edition.date),
        "units": sorted({r["unit"] for r in out.rows if r["unit"]}),
        "sources": [d.sources[s].record() for s in out.sources],
        "as_of": str(out.as_of) if out.as_of else None,
    }
    rows = public_rows(out, d)
    data_json = json.dumps({**meta, "rows": rows}, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    columns = ["chart", *(list(rows[0]) if rows else SERIES_ROW_KEYS), "edition"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")  # the csv module, as pandas' to_csv: a DataFrame per chart costs more than the chart
    writer.writerow(columns)
    writer.writerows([csv_cell(value) for value in (out.chart.id, *row.values(), edition.id)] for row in rows)
    figure_json = json.dumps({"figure": out.figure, "title": out.chart.title}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return {
        f"{out.chart.id}.plot.json": figure_json.encode(),
        f"{out.chart.id}.json": data_json.encode(),
        f"{out.chart.id}.csv": buffer.getvalue().encode(),
    }
