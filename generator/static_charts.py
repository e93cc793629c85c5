"""Static chart export: one SVG per chart, for readers without JavaScript and for PDFs.

Kaleido drives Debian's Chromium; one render server serves the whole build. SVGs are cached
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
EXPORT_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()  # a change to the export's styling re-exports
_RANDOM_ID = re.compile(r"(?:defs-|clip|legend)([0-9a-f]{6})")  # plotly's per-figure random uid


def chromium() -> str:
    """Path of the Chromium kaleido should drive; BuildError with the fix when there is none."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    raise BuildError("Chromium is needed to export static charts: run `sudo apt-get install chromium` (or `make site`, which installs it)")


def run(outputs: dict[str, ChartOutput], cache: Path, export: bool = True) -> dict[str, int]:
    """Add ``<id>.svg`` to every chart's files; returns counts of exported and cached images.

    With ``export=False`` (the preview) only cached images are added: starting Chromium costs seconds."""
    cache.mkdir(parents=True, exist_ok=True)
    todo = {}
    for chart_id, out in outputs.items():
        key = hashlib.sha256(json.dumps([out.figure, WIDTH, HEIGHT, version("kaleido"), version("plotly"), EXPORT_CODE],
                                        sort_keys=True).encode()).hexdigest()[:24]
        cached = cache / f"{chart_id}-{key}.svg"
        if cached.exists():
            out.files[f"{chart_id}.svg"] = cached.read_bytes()
        else:
            todo[chart_id] = cached
    if todo and export:
        _export({cid: outputs[cid] for cid in todo}, todo)
        for chart_id, cached in todo.items():
            outputs[chart_id].files[f"{chart_id}.svg"] = cached.read_bytes()
    return {"exported": len(todo) if export else 0, "cached": len(outputs) - len(todo)}


def _export(outputs: dict[str, ChartOutput], targets: dict[str, Path]) -> None:
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
            try:
                svg = pio.to_image(figure, format="svg", width=WIDTH, height=HEIGHT, validate=False)
            except Exception as err:
                raise BuildError(f"static export of chart {chart_id} failed: {err}") from None
            text = svg.decode("utf-8")
            for found in sorted(set(_RANDOM_ID.findall(text))):
                text = re.sub(rf"(defs-|clip|legend){found}", rf"\g<1>{chart_id}-", text)
            tmp = targets[chart_id].with_suffix(".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(targets[chart_id])
    finally:
        kaleido.stop_sync_server(silence_warnings=True)
