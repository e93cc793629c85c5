"""Static chart export: an SVG per chart, for readers without JavaScript and for PDFs, and a PNG
for sharing (link previews) and for readers who want a picture to paste.

Kaleido drives Debian's Chromium; one browser session exports every image of a build, in one batch.
Images are kept in the build's store under the fingerprint of the figure and the kaleido version,
so an unchanged chart is never exported twice, and kaleido's random ids are replaced by ids derived
from the chart id.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import NamedTuple

from .cache import Store, fingerprint
from .charts import ChartOutput
from .errors import BuildError

WIDTH, HEIGHT = 760, 420
PNG_SCALE = 2  # 1520 px wide: sharp on high-density screens and large enough for link previews
FORMATS = ("svg", "png")
EXPORT_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()  # a change to the export's styling re-exports
_RANDOM_ID = re.compile(r"(?:defs-|clip|legend)([0-9a-f]{6})")  # plotly's per-figure random uid


class Images(NamedTuple):
    files: dict[str, bytes]  # assets/charts/<id>.svg and .png, for the docs tree
    exported: int
    cached: int


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


def run(outputs: dict[str, ChartOutput], store: Store, export: bool = True) -> Images:
    """Every chart's SVG and PNG, exported or from the store.

    With ``export=False`` (the preview) only stored images are given: starting Chromium costs seconds."""
    keys = {chart_id: {fmt: fingerprint(out.figure, size(out.figure), PNG_SCALE, version("kaleido"), version("plotly"), EXPORT_CODE, fmt)
                       for fmt in FORMATS} for chart_id, out in outputs.items()}
    todo = [chart_id for chart_id in outputs if not all(store.has(key) for key in keys[chart_id].values())]
    if todo and export:
        for (chart_id, fmt), blob in _export({chart_id: outputs[chart_id] for chart_id in todo}).items():
            store.put(keys[chart_id][fmt], blob)
    files = {}
    for chart_id in outputs:
        for fmt, key in keys[chart_id].items():
            blob = store.get(key)
            if blob is not None:
                files[f"assets/charts/{chart_id}.{fmt}"] = blob
    return Images(files, len(todo) if export else 0, len(outputs) - len(todo))


def _export(outputs: dict[str, ChartOutput]) -> dict[tuple[str, str], bytes]:
    """Every image in one batch: one Chromium, one tab per core, the browser's path passed explicitly
    (no environment variable is set). Kaleido runs its own event loop in a thread of its own."""
    import kaleido

    with tempfile.TemporaryDirectory(prefix="briefing-charts-") as folder:
        jobs, written = [], []
        for chart_id, out in outputs.items():
            figure = json.loads(json.dumps(out.figure))
            figure["layout"].update(paper_bgcolor="#ffffff", plot_bgcolor="#ffffff", font={"family": "Helvetica, Arial, sans-serif", "color": "#222222"})
            width, height = size(figure)
            for fmt in FORMATS:
                path = Path(folder) / f"{chart_id}.{fmt}"
                jobs.append({"fig": figure, "path": path, "opts": {"format": fmt, "width": width, "height": height,
                                                                   "scale": PNG_SCALE if fmt == "png" else 1}})
                written.append((chart_id, fmt, path))
        options = {"path": chromium(), "mathjax": False, "n": max(1, min(len(outputs), len(os.sched_getaffinity(0))))}
        try:
            errors = kaleido.write_fig_from_object_sync(jobs, kopts=options)
        except Exception as err:  # kaleido raises many kinds; all mean the browser did not start or died
            raise BuildError(f"could not export static charts with Chromium: {err}") from None
        if errors:
            raise BuildError(f"static chart export failed: {errors[0]}")
        images = {}
        for chart_id, fmt, path in written:
            blob = path.read_bytes()
            images[chart_id, fmt] = _fixed_ids(blob.decode("utf-8"), chart_id).encode("utf-8") if fmt == "svg" else blob
        return images


def _fixed_ids(svg: str, chart_id: str) -> str:
    """Kaleido's random per-figure ids replaced by ones derived from the chart id: same chart, same bytes."""
    for found in sorted(set(_RANDOM_ID.findall(svg))):
        svg = re.sub(rf"(defs-|clip|legend){found}", rf"\g<1>{chart_id}-", svg)
    return svg
