"""Static chart export: an SVG per chart, for readers without JavaScript and for PDFs, and a PNG
for sharing (link previews) and for readers who want a picture to paste.

Debian's Chromium draws each figure once, with the site's own Plotly bundle: Plotly gives the SVG,
and the browser paints that SVG on a canvas at twice the size for the PNG (what ``Plotly.toImage``
does for a PNG, without laying the chart out a second time). One browser, one page per core.
Images are kept in the build's store under the fingerprint of the figure, the bundle and the browser,
so an unchanged chart is never exported twice; Plotly's random ids are replaced by ids derived from
the chart id, so the same chart gives the same bytes.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path
from typing import NamedTuple

from . import headless
from .cache import Store, fingerprint
from .charts import ChartOutput
from .errors import BuildError

WIDTH, HEIGHT = 760, 420
PNG_SCALE = 2  # 1520 px wide: sharp on high-density screens and large enough for link previews
FORMATS = ("svg", "png")
EXPORT_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()  # a change to the export's styling re-exports
_RANDOM_ID = re.compile(r"(?:defs-|clip|legend)([0-9a-f]{6})")  # plotly's per-figure random uid
# The figure's SVG from Plotly, and that SVG painted on a canvas ``scale`` times its size as a PNG.
_DRAW = """async ([figure, width, height, scale]) => {
  const svg = await Plotly.toImage(figure, {format: "svg", width, height});
  const image = new Image();
  image.src = svg;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  canvas.getContext("2d").drawImage(image, 0, 0, canvas.width, canvas.height);
  return [decodeURIComponent(svg.slice(svg.indexOf(",") + 1)), canvas.toDataURL("image/png")];
}"""


class Images(NamedTuple):
    files: dict[str, bytes]  # assets/charts/<id>.svg and .png, for the docs tree
    exported: int
    cached: int


def size(figure: dict) -> tuple[int, int]:
    """The static image's size in CSS pixels: a chart that sets its own height (the timeline) keeps it."""
    return WIDTH, int(figure["layout"].get("height", HEIGHT))


def run(outputs: dict[str, ChartOutput], bundle: bytes, store: Store, export: bool = True) -> Images:
    """Every chart's SVG and PNG, drawn with the Plotly ``bundle`` or taken from the store.

    With ``export=False`` (the preview) only stored images are given: starting Chromium costs seconds."""
    made_by = (hashlib.sha256(bundle).hexdigest(), headless.engine(), EXPORT_CODE, PNG_SCALE)
    keys = {chart_id: {fmt: fingerprint(out.figure, size(out.figure), *made_by, fmt) for fmt in FORMATS}
            for chart_id, out in outputs.items()}
    todo = [chart_id for chart_id in outputs if not all(store.has(key) for key in keys[chart_id].values())]
    if todo and export:
        for (chart_id, fmt), blob in _export({chart_id: outputs[chart_id] for chart_id in todo}, bundle).items():
            store.put(keys[chart_id][fmt], blob)
    files = {}
    for chart_id in outputs:
        for fmt, key in keys[chart_id].items():
            blob = store.get(key)
            if blob is not None:
                files[f"assets/charts/{chart_id}.{fmt}"] = blob
    return Images(files, len(todo) if export else 0, len(outputs) - len(todo))


def _export(outputs: dict[str, ChartOutput], bundle: bytes) -> dict[tuple[str, str], bytes]:
    """Every image, drawn on white in the print font, one page per core."""
    from playwright.async_api import Error

    async def load_plotly(page) -> None:
        await page.set_content("<!doctype html><html><head><meta charset=\"utf-8\"></head><body></body></html>")
        await page.add_script_tag(content=bundle.decode("utf-8"))

    async def draw(page, chart_id: str) -> dict[tuple[str, str], bytes]:
        figure = json.loads(json.dumps(outputs[chart_id].figure))
        figure["layout"].update(paper_bgcolor="#ffffff", plot_bgcolor="#ffffff", font={"family": "Helvetica, Arial, sans-serif", "color": "#222222"})
        try:
            svg, png = await page.evaluate(_DRAW, [figure, *size(figure), PNG_SCALE])
        except Error as err:
            raise BuildError(f"could not export the chart {chart_id!r} with Chromium: "
                             f"{err.message.splitlines()[0].removeprefix('Page.evaluate: ')}") from None
        return {(chart_id, "svg"): _fixed_ids(svg, chart_id).encode("utf-8"),
                (chart_id, "png"): base64.b64decode(png.partition(",")[2])}

    images: dict[tuple[str, str], bytes] = {}
    for drawn in headless.map_pages(list(outputs), draw, "export static charts", prepare=load_plotly):
        images.update(drawn)
    return images


def _fixed_ids(svg: str, chart_id: str) -> str:
    """Kaleido's random per-figure ids replaced by ones derived from the chart id: same chart, same bytes."""
    for found in sorted(set(_RANDOM_ID.findall(svg))):
        svg = re.sub(rf"(defs-|clip|legend){found}", rf"\g<1>{chart_id}-", svg)
    return svg
