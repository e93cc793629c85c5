"""Chart stage: turn chart declarations into Plotly figures, data tables and downloads.

A chart never holds a number of its own: each point names a figure, and the chart's sources are
the union of the sources of what it plots. Figures are plain Plotly JSON (no template, fixed
ids) so the output is small and byte-stable; the site's script themes them for light and dark.
"""
from __future__ import annotations

import csv
import html
import io
import json
from dataclasses import dataclass, field
from typing import Any, Optional

import plotly.graph_objects as go

from . import citations, present, units
from .derive import Derivation, Figure
from .errors import InputError
from .model import Chart, When
from .text import csv_cell

# The self-hosted Plotly bundle (see package.json) and the trace types it contains.
PLOTLY_BUNDLE = "plotly.js-basic-dist-min"
BUNDLE_TRACES = {"bar", "pie", "scatter"}
PALETTE = ["#3f6ec6", "#e07b39", "#4a9d6f", "#b5485d", "#7d5ba6", "#8c8c8c"]
SERIES_ROW_KEYS = ["series", "label", "figure", "value", "low", "high", "unit", "qualifier", "as_of", "status", "sources"]


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
        "sources": list(fig.sources), "_as_of": fig.as_of, "_prose": fig.prose(),
    }


def _esc(text: str) -> str:
    """Plotly treats labels as a small HTML subset: make curated text literal."""
    return html.escape(str(text), quote=False)


def _plot(chart: Chart, d: Derivation) -> tuple[list[dict], list[dict], dict]:
    layout: dict[str, Any] = {
        "title": {"text": ""},
        "margin": {"l": 70, "r": 20, "t": 20, "b": 60},
        "hovermode": "closest",
        "legend": {"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"},
        "xaxis": {"title": {"text": _esc(chart.x_title or "")}, "automargin": True},
        "yaxis": {"title": {"text": _esc(chart.y_title or "")}, "automargin": True,
                  "type": "log" if chart.log_y else "linear", "rangemode": "tozero"},
        "colorway": PALETTE,
        "shapes": [],
        "annotations": [],
    }
    if chart.kind == "timeline":
        return _timeline(chart, d, layout)
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
            x_values = [f.value for f in xs]
            for r, xf in zip(series_rows, xs):
                r["x_figure"], r["x_value"] = xf.id, xf.value
                r["sources"] += [s for s in xf.sources if s not in r["sources"]]
        elif chart.horizontal:  # category labels wrapped, so a phone-width chart keeps room for its bars
            x_values = [_wrap(r["label"], 22) for r in series_rows]
        else:
            x_values = [_esc(r["label"]) for r in series_rows]
        rows += series_rows
        values = [r["value"] for r in series_rows]
        trace = {
            "type": "bar" if chart.kind in ("bar", "grouped-bar") else "scatter",
            "name": _esc(series.name),
            "x": values if chart.horizontal else x_values,
            "y": x_values if chart.horizontal else values,
            "customdata": [[_esc(r["_prose"]), _esc(r["as_of"] or ""), r["status"]] for r in series_rows],
            "hovertemplate": ("%{y}" if chart.horizontal else "%{x}") + "<br><b>%{customdata[0]}</b><br>%{customdata[2]}, as of %{customdata[1]}<extra></extra>",
            "marker": {"color": PALETTE[i % len(PALETTE)]},
        }
        if trace["type"] == "bar":  # the value on each bar, so the chart reads as a still picture
            trace.update(text=[_esc(present.signed(units.number(r["value"]), r["qualifier"])) for r in series_rows], textposition="outside", cliponaxis=False,
                         textfont={"size": 11})
        if chart.kind == "scatter":
            trace.update(mode="markers+text", text=[_esc(r["label"]) for r in series_rows], textposition="top center")
        if chart.kind == "line":
            trace["mode"] = "lines+markers"
        trace["uid"] = f"{chart.id}-{i}"  # fixed, so output is byte-stable
        if chart.horizontal:
            trace["orientation"] = "h"
        if any(r["low"] is not None for r in series_rows):
            trace["error_x" if chart.horizontal else "error_y"] = {
                "type": "data", "symmetric": False, "color": "#8c8c8c", "thickness": 1.5,
                "array": [(r["high"] - r["value"]) if r["high"] is not None else 0 for r in series_rows],
                "arrayminus": [(r["value"] - r["low"]) if r["low"] is not None else 0 for r in series_rows],
            }
        traces.append(trace)
    if chart.kind == "grouped-bar":
        layout["barmode"] = "group"
    if any(t["type"] == "bar" for t in traces):
        layout["uniformtext"] = {"mode": "hide", "minsize": 9}  # a label too big for its bar is left out, not shrunk
    _thresholds(chart, d, rows, traces, layout)
    if chart.horizontal:  # the value axis runs across; titles stay where the curator put them
        titles = layout["xaxis"]["title"], layout["yaxis"]["title"]
        layout["xaxis"], layout["yaxis"] = layout["yaxis"], layout["xaxis"]
        layout["xaxis"]["title"], layout["yaxis"]["title"] = titles
        layout["yaxis"].update(autorange="reversed")
        layout["margin"].update(l=20, r=90)  # room for the value printed past the longest bar
        for shape in layout["shapes"]:
            shape.update(xref="x", x0=shape["y0"], x1=shape["y1"], yref="paper", y0=0, y1=1)
        for note in layout["annotations"]:  # above the plot, beside its line: never on a bar or a tick
            note.update(xref="x", x=note["y"], xanchor="left", yref="paper", y=1, yanchor="bottom", align="left",
                        text=note["text"].replace("<br>", " "))
        if layout["annotations"]:
            layout["margin"]["t"] = 40
    if len(chart.series) < 2:
        layout["showlegend"] = False
    return rows, traces, layout


def _timeline(chart: Chart, d: Derivation, layout: dict) -> tuple[list[dict], list[dict], dict]:
    """One row per event in date order, labelled with its date and title so the chart reads without
    hovering; dots coloured by the country of the event's first subject."""
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
    labels = {e.id: _wrap(f"{e.when}: {e.title}") for e in ordered}
    traces = []
    for i, (lane, events) in enumerate(sorted(lanes.items())):
        traces.append({
            "type": "scatter", "mode": "markers", "name": _esc(lane), "uid": f"{chart.id}-{i}",
            "x": [e.date.day.isoformat() for e in events], "y": [labels[e.id] for e in events],
            "customdata": [[_esc(e.title), _esc(e.when)] for e in events],
            "hovertemplate": "%{customdata[1]}<br><b>%{customdata[0]}</b><extra></extra>",
            "marker": {"size": 11, "color": PALETTE[i % len(PALETTE)], "line": {"width": 1, "color": "#ffffff"}},
        })
    layout["xaxis"].update(type="date", side="top")
    layout["yaxis"].update(type="category", rangemode="normal", autorange="reversed", tickfont={"size": 11},
                           categoryorder="array", categoryarray=[labels[e.id] for e in ordered])
    layout["margin"].update(l=10, t=60)
    layout["height"] = TIMELINE_ROW_PX * len(ordered) + 110
    layout["legend"].update(y=-0.02, yanchor="top")  # countries under the plot, clear of the dates on top
    return rows, traces, layout


TIMELINE_ROW_PX = 44  # room for a label of up to three lines
TIMELINE_WRAP = 34  # characters per line of a timeline label


def _wrap(text: str, width: int = TIMELINE_WRAP) -> str:
    """Curated text, escaped and broken into lines of about ``width`` characters for an axis label."""
    lines, line = [], ""
    for word in str(text).split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join(_esc(part) for part in [*lines, line])




def _thresholds(chart: Chart, d: Derivation, rows: list[dict], traces: list[dict], layout: dict) -> None:
    """Reference lines across the plot, each labelled in the right margin beside its line (never on
    a bar or a tick label); labels of lines close together are pushed apart, one up, one down."""
    if not chart.thresholds:
        return
    top = max([abs(v) for t in traces for v in (t["x"] if chart.horizontal else t["y"])]
              + [abs(d.figures[t.ref].value) for t in chart.thresholds]) or 1
    rows += [_row("Threshold", t.label, d.figures[t.ref]) for t in chart.thresholds]
    previous = None
    for t in sorted(chart.thresholds, key=lambda t: d.figures[t.ref].value):
        fig = d.figures[t.ref]
        layout["shapes"].append({"type": "line", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": fig.value,
                                 "y1": fig.value, "line": {"dash": "dash", "width": 1.5, "color": THRESHOLD_COLOR}})
        note = {"xref": "paper", "x": 1, "xanchor": "left", "yref": "y", "y": fig.value, "yanchor": "middle",
                "align": "left", "showarrow": False, "font": {"size": 11, "color": "#222222"},
                "text": f"{_esc(t.label)}<br>({_esc(units.number(fig.value))})", "name": "threshold"}
        if previous is not None and not chart.log_y and fig.value - previous["y"] < 0.12 * top:
            previous["yanchor"], note["yanchor"] = "top", "bottom"
        layout["annotations"].append(note)
        previous = note
    if not chart.horizontal:
        longest = max(len(t.label) for t in chart.thresholds)
        layout["margin"]["r"] = min(160, 14 + 6 * longest)


THRESHOLD_COLOR = "#d0455f"


def public_rows(out: ChartOutput, d: Derivation) -> list[dict]:
    """The plotted values as readers download them: no internal keys, sources named with their addresses."""
    keys = SERIES_ROW_KEYS + (["x_figure", "x_value"] if out.chart.kind == "scatter" else [])
    exact = {"value", "low", "high", "x_value"}
    return [{**{k: units.exact(r.get(k)) if k in exact else r.get(k) for k in keys}, **citations.named_sources(r["sources"], d),
             **({"value": None} if r["figure"] in d.invented else {})} for r in out.rows]


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
