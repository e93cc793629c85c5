"""Static chart export: an SVG per chart, for readers without JavaScript and for PDFs, and a PNG
for sharing (link previews) and for readers who want a picture to paste.

Kaleido drives Debian's Chromium; one browser session exports every image of a build, in one batch. Images are cached
by the hash of the figure and the kaleido version, so an unchanged chart is never exported twice,
and kaleido's random ids are replaced by ids derived from the chart id.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from importlib.metadata import version
from pathlib import Path

from .charts import ChartOutput
from .errors import BuildError

WIDTH, HEIGHT = 760, 420
PNG_SCALE = 2  # 1520 px wide: sharp on high-density screens and large enough for link previews
FORMATS = ("svg", "png")
EXPORT_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()  # a change to the export's styling re-exports
_RANDOM_ID = re.compile(r"(?:defs-|clip|legend)([0-9a-f]{6})")  # plotly's per-figure random uid


def chromium() -> str:
    """Path of the Chromium kaleido should drive; BuildError with the fix when there is none."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise BuildError("Chromium is needed to export static charts: run `sudo apt-get install chromium` (or `make site`, which installs it)")


def size(figure: dict) -> tuple[int, int]:
    """The static image's size in CSS pixels: a chart that sets its own height (the timeline) keeps it."""
    return WIDTH, int(figure["layout"].get("height", HEIGHT))


def run(outputs: dict[str, ChartOutput], cache: Path, export: bool = True) -> dict[str, int]:
    """Add ``<id>.svg`` and ``<id>.png`` to every chart's files; returns counts of exported and cached charts.

    With ``export=False`` (the preview) only cached images are added: starting Chromium costs seconds."""
    cache.mkdir(parents=True, exist_ok=True)
    paths, todo = {}, {}
    for chart_id, out in outputs.items():
        key = hashlib.sha256(json.dumps([out.figure, size(out.figure), PNG_SCALE, version("kaleido"), version("plotly"),
                                         EXPORT_CODE], sort_keys=True).encode()).hexdigest()[:24]
        paths[chart_id] = {fmt: cache / f"{chart_id}-{key}.{fmt}" for fmt in FORMATS}
        if not all(path.exists() for path in paths[chart_id].values()):
            todo[chart_id] = paths[chart_id]
    if todo and export:
        _export({cid: outputs[cid] for cid in todo}, todo)
    for chart_id, out in outputs.items():
        for fmt, path in paths[chart_id].items():
            if path.exists():
                out.files[f"{chart_id}.{fmt}"] = path.read_bytes()
    return {"exported": len(todo) if export else 0, "cached": len(outputs) - len(todo)}


def _export(outputs: dict[str, ChartOutput], targets: dict[str, dict[str, Path]]) -> None:
    """Every image in one batch: one Chromium, one tab per core, the browser's path passed explicitly
    (no environment variable is set). Kaleido runs its own event loop in a thread of its own."""
    import kaleido

    jobs, written = [], []
    for chart_id, out in outputs.items():
        figure = json.loads(json.dumps(out.figure))
        figure["layout"].update(paper_bgcolor="#ffffff", plot_bgcolor="#ffffff", font={"family": "Helvetica, Arial, sans-serif", "color": "#222222"})
        width, height = size(figure)
        for fmt in FORMATS:
            partial = targets[chart_id][fmt].with_suffix(f".tmp.{fmt}")
            jobs.append({"fig": figure, "path": partial, "opts": {"format": fmt, "width": width, "height": height,
                                                                   "scale": PNG_SCALE if fmt == "png" else 1}})
            written.append((chart_id, fmt, partial))
    options = {"path": chromium(), "mathjax": False, "n": max(1, min(len(outputs), len(os.sched_getaffinity(0))))}
    try:
        errors = kaleido.write_fig_from_object_sync(jobs, kopts=options)
    except Exception as err:  # kaleido raises many kinds; all mean the browser did not start or died
        raise BuildError(f"could not export static charts with Chromium: {err}") from None
    if errors:
        raise BuildError(f"static chart export failed: {errors[0]}")
    for chart_id, fmt, partial in written:
        blob = partial.read_bytes()
        if fmt == "svg":
            blob = _fixed_ids(blob.decode("utf-8"), chart_id).encode("utf-8")
            partial.write_bytes(blob)
        partial.replace(targets[chart_id][fmt])


def _fixed_ids(svg: str, chart_id: str) -> str:
    """Kaleido's random per-figure ids replaced by ones derived from the chart id: same chart, same bytes."""
    for found in sorted(set(_RANDOM_ID.findall(svg))):
        svg = re.sub(rf"(defs-|clip|legend){found}", rf"\g<1>{chart_id}-", svg)
    return svg
