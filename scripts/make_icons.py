"""Draw the site's icons from one description: favicon.svg and 180/192/512 px PNGs.

Run `.venv/bin/python scripts/make_icons.py` after changing the design; the PNGs are committed
(they are theme files), and tests/test_share.py checks this script reproduces them byte for byte.
The mark is three rising bars on the briefing's indigo, drawn on a 64-unit grid.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image, ImageDraw

FOLDER = Path(__file__).resolve().parent.parent / "site_theme" / "assets" / "briefing"
GRID = 64
BACKGROUND, RADIUS = "#303f9f", 12
BARS = [(14, 34, 24, 50), (27, 24, 37, 50), (40, 14, 50, 50)]  # x0, y0, x1, y1: three rising bars
BAR_COLOUR = "#ffffff"
PNG_SIZES = (180, 192, 512)


def svg() -> bytes:
    bars = "".join(f'<rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="1.5" fill="{BAR_COLOUR}"/>'
                   for x0, y0, x1, y1 in BARS)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {GRID} {GRID}">'
            f'<rect width="{GRID}" height="{GRID}" rx="{RADIUS}" fill="{BACKGROUND}"/>{bars}</svg>\n').encode()


def png(size: int) -> bytes:
    """The same drawing at ``size`` px, drawn 4x larger and scaled down for smooth edges."""
    big, k = size * 4, size * 4 / GRID
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=round(RADIUS * k), fill=BACKGROUND)
    for x0, y0, x1, y1 in BARS:
        draw.rounded_rectangle((round(x0 * k), round(y0 * k), round(x1 * k) - 1, round(y1 * k) - 1),
                               radius=round(1.5 * k), fill=BAR_COLOUR)
    buffer = io.BytesIO()
    image.resize((size, size), Image.LANCZOS).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def icons() -> dict[str, bytes]:
    return {"favicon.svg": svg(), **{f"icon-{size}.png": png(size) for size in PNG_SIZES}}


def main() -> int:
    for name, blob in icons().items():
        (FOLDER / name).write_bytes(blob)
        print(f"wrote {FOLDER / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
