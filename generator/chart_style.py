"""How a chart looks: the Plotly layout and trace styling around the values charts.py plots.

Kept apart from the chart's data so that the data (values, ranges, labels, sources) is tested
exactly and mutation-tested, while margins, colours and label placement are judged where they
show: the browser tests check that labels stay inside their chart and take the text colour.
Every function here styles a figure charts.py built; none adds or changes a value.
"""
from __future__ import annotations

import html
from typing import Any

from .model import Chart

PALETTE = ["#3f6ec6", "#e07b39", "#4a9d6f", "#b5485d", "#7d5ba6", "#8c8c8c"]
THRESHOLD_COLOR = "#d0455f"
RANGE_COLOR = "#8c8c8c"
TIMELINE_ROW_PX = 44  # room for a label of up to three lines
TIMELINE_WRAP = 34  # characters per line of a timeline label
CATEGORY_WRAP = 22  # characters per line of a horizontal bar's label


def escape(text: str) -> str:
    """Plotly treats labels as a small HTML subset: make curated text literal."""
    return html.escape(str(text), quote=False)


def wrap(text: str, width: int = TIMELINE_WRAP) -> str:
    """Curated text, escaped and broken into lines of about ``width`` characters for an axis label."""
    lines, line = [], ""
    for word in str(text).split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join(escape(part) for part in [*lines, line])


def category(label: str, chart: Chart) -> str:
    """A category's axis label: wrapped on a horizontal chart, so a phone-width chart keeps room for its bars."""
    return wrap(label, CATEGORY_WRAP) if chart.horizontal else escape(label)


def series_trace(trace: dict, chart: Chart, index: int) -> None:
    """Colour, markers, hover text and the placement of printed values for one series' trace."""
    horizontal = chart.horizontal
    trace["hovertemplate"] = ("%{y}" if horizontal else "%{x}") + "<br><b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>"
    trace["marker"] = {"color": PALETTE[index % len(PALETTE)]}
    if trace["type"] == "bar":  # the value on each bar, so the chart reads as a still picture
        trace.update(textposition="outside", cliponaxis=False, textfont={"size": 11})
    if chart.kind == "scatter":
        trace.update(mode="markers+text", textposition="top center")
    if chart.kind == "line":
        trace["mode"] = "lines+markers"
    for bars in ("error_x", "error_y"):
        if bars in trace:
            trace[bars].update(color=RANGE_COLOR, thickness=1.5)


def layout(chart: Chart, traces: list[dict], lines: list[tuple[str, float, str]]) -> dict:
    """The layout of a bar, line or scatter chart with its reference ``lines`` (label, value, printed value)."""
    out = _base(chart)
    if chart.kind == "grouped-bar":
        out["barmode"] = "group"
    if any(t["type"] == "bar" for t in traces):
        out["uniformtext"] = {"mode": "hide", "minsize": 9}  # a label too big for its bar is left out, not shrunk
    _reference_lines(chart, traces, lines, out)
    if chart.horizontal:  # the value axis runs across; titles stay where the curator put them
        titles = out["xaxis"]["title"], out["yaxis"]["title"]
        out["xaxis"], out["yaxis"] = out["yaxis"], out["xaxis"]
        out["xaxis"]["title"], out["yaxis"]["title"] = titles
        out["yaxis"].update(autorange="reversed")
        out["margin"].update(l=20, r=90)  # room for the value printed past the longest bar
        for shape in out["shapes"]:
            shape.update(xref="x", x0=shape["y0"], x1=shape["y1"], yref="paper", y0=0, y1=1)
        for note in out["annotations"]:  # above the plot, beside its line: never on a bar or a tick
            note.update(xref="x", x=note["y"], xanchor="left", yref="paper", y=1, yanchor="bottom", align="left",
                        text=note["text"].replace("<br>", " "))
        if out["annotations"]:
            out["margin"]["t"] = 40
    if len(chart.series) < 2:
        out["showlegend"] = False
    return out


def timeline(chart: Chart, traces: list[dict], labels: list[str]) -> dict:
    """Style the lanes' traces and lay out a timeline whose rows, top to bottom, are ``labels``."""
    for i, trace in enumerate(traces):
        trace.update(mode="markers", hovertemplate="%{customdata[1]}<br><b>%{customdata[0]}</b><extra></extra>",
                     marker={"size": 11, "color": PALETTE[i % len(PALETTE)], "line": {"width": 1, "color": "#ffffff"}})
    out = _base(chart)
    out["xaxis"].update(type="date", side="top")
    out["yaxis"].update(type="category", rangemode="normal", autorange="reversed", tickfont={"size": 11},
                        categoryorder="array", categoryarray=labels)
    out["margin"].update(l=10, t=60)
    out["height"] = TIMELINE_ROW_PX * len(labels) + 110
    out["legend"].update(y=-0.02, yanchor="top")  # countries under the plot, clear of the dates on top
    return out


def _base(chart: Chart) -> dict[str, Any]:
    return {
        "title": {"text": ""},
        "margin": {"l": 70, "r": 20, "t": 20, "b": 60},
        "hovermode": "closest",
        "legend": {"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"},
        "xaxis": {"title": {"text": escape(chart.x_title or "")}, "automargin": True},
        "yaxis": {"title": {"text": escape(chart.y_title or "")}, "automargin": True,
                  "type": "log" if chart.log_y else "linear", "rangemode": "tozero"},
        "colorway": PALETTE,
        "shapes": [],
        "annotations": [],
    }


def _reference_lines(chart: Chart, traces: list[dict], lines: list[tuple[str, float, str]], out: dict) -> None:
    """Reference lines across the plot, each labelled in the right margin beside its line (never on
    a bar or a tick label); labels of lines close together are pushed apart, one up, one down."""
    if not lines:
        return
    top = max([abs(v) for t in traces for v in (t["x"] if chart.horizontal else t["y"])] + [abs(value) for _, value, _ in lines]) or 1
    previous = None
    for label, value, printed in lines:
        out["shapes"].append({"type": "line", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": value,
                              "y1": value, "line": {"dash": "dash", "width": 1.5, "color": THRESHOLD_COLOR}})
        note = {"xref": "paper", "x": 1, "xanchor": "left", "yref": "y", "y": value, "yanchor": "middle",
                "align": "left", "showarrow": False, "font": {"size": 11, "color": "#222222"},
                "text": f"{escape(label)}<br>({escape(printed)})", "name": "threshold"}
        if previous is not None and not chart.log_y and value - previous["y"] < 0.12 * top:
            previous["yanchor"], note["yanchor"] = "top", "bottom"
        out["annotations"].append(note)
        previous = note
    if not chart.horizontal:
        out["margin"]["r"] = min(160, 14 + 6 * max(len(label) for label, _, _ in lines))
