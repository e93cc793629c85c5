"""Static chart export: an SVG per chart, for readers without JavaScript and for PDFs, and a PNG
for sharing (link previews) and for readers who want a picture to paste.

Kaleido drives Debian's Chromium; one render server serves the whole build. Images are cached
by the hash of the figure and the kaleido version, so an unchanged chart is never exported twice,
and kaleido's random ids are replaced by ids derived from the chart id.
"""
from __future__ import annotations

import hashlib
import json
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
    import os
    import warnings

    import kaleido
    import plotly.io as pio

    warnings.filterwarnings("ignore", message="The kopts argument")

    os.environ.setdefault("BROWSER_PATH", chromium())
    try:
        kaleido.start_sync_server(mathjax=False, silence_warnings=True)
    except Exception as err:  # kaleido raises many kinds; all mean the browser did not start
        raise BuildError(f"could not start Chromium for static charts: {err}") from None
    try:
        for chart_id, out in outputs.items():
            figure = json.loads(json.dumps(out.figure))
            figure["layout"].update(paper_bgcolor="#ffffff", plot_bgcolor="#ffffff", font={"family": "Helvetica, Arial, sans-serif", "color": "#222222"})
            width, height = size(figure)
            for fmt in FORMATS:
                try:
                    blob = pio.to_image(figure, format=fmt, width=width, height=height, validate=False,
                                        scale=PNG_SCALE if fmt == "png" else 1)
                except Exception as err:
                    raise BuildError(f"static export of chart {chart_id} ({fmt}) failed: {err}") from None
                if fmt == "svg":
                    text = blob.decode("utf-8")
                    for found in sorted(set(_RANDOM_ID.findall(text))):
                        text = re.sub(rf"(defs-|clip|legend){found}", rf"\g<1>{chart_id}-", text)
                    blob = text.encode("utf-8")
                tmp = targets[chart_id][fmt].with_suffix(".tmp")
                tmp.write_bytes(blob)
                tmp.replace(targets[chart_id][fmt])
    finally:
        kaleido.stop_sync_server(silence_warnings=True)
