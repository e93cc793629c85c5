"""Preview latency: seconds from saving a data or page file to the reloaded page in a real browser.

Copies the H200 briefing (1x) to a temporary folder, runs ``briefing serve``'s preview in-process,
opens the Volumes page in headless Chromium, then alternately edits a fact's value and the page's
text, timing each save until the browser shows the new text. Prints the figures and writes
``bench-results/preview.json``.

    .venv/bin/python benchmarks/preview.py [--rounds 5]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.headless import chromium  # noqa: E402
from generator.serve import Preview  # noqa: E402

PAGE = "volumes/"
FACT_FILE = "data/facts/volumes-prices.yaml"


def copy_project(target: Path) -> Path:
    for part in ("data", "content", "site_theme", "mkdocs.yml"):
        src = REPO / part
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, target / part)
    (target / "node_modules").symlink_to(REPO / "node_modules")
    if (REPO / "build" / "cache" / "objects").exists():
        shutil.copytree(REPO / "build" / "cache" / "objects", target / "build" / "cache" / "objects")
    return target


def time_edit(page, path: Path, old: str, new: str, shown: str, deadline: float = 30.0) -> float:
    """Save ``path`` with ``old`` replaced by ``new``; seconds until the browser's page contains ``shown``."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    start = time.perf_counter()
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    page.wait_for_function("needle => document.body && document.body.innerText.includes(needle)", arg=shown,
                           timeout=deadline * 1000, polling="raf")
    return time.perf_counter() - start


def measure(rounds: int) -> dict:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        root = copy_project(Path(tmp) / "project")
        preview = Preview(root, 0, lambda line: None)
        preview.start()
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium(), args=["--no-sandbox", "--disable-gpu"])
                page = browser.new_page()
                content = root / "content" / "volumes.md"
                content.write_text(content.read_text(encoding="utf-8") + "\nPreview sentence 0.\n", encoding="utf-8")
                page.goto(preview.url + PAGE)
                page.wait_for_function("() => document.body.innerText.includes('Preview sentence 0.')", timeout=30_000)
                data, text = [], []
                for n in range(1, rounds + 1):
                    old, new = 27000 + 1000 * (n - 1), 27000 + 1000 * n
                    data.append(time_edit(page, root / FACT_FILE, f"US${old:,}.\n  value: {old}",  # the statement states it too
                                          f"US${new:,}.\n  value: {new}", f"US${new:,}"))
                    text.append(time_edit(page, content, f"Preview sentence {n - 1}.", f"Preview sentence {n}.",
                                          f"Preview sentence {n}."))
                browser.close()
        finally:
            preview.stop()
    return {"rounds": rounds, "data_edit_s": summary(data), "page_edit_s": summary(text),
            "load_average_1min": round(os.getloadavg()[0], 2), "cores": os.cpu_count()}


def summary(values: list[float]) -> dict:
    return {"median": round(statistics.median(values), 3), "max": round(max(values), 3), "min": round(min(values), 3)}


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--rounds", type=int, default=5)
    result = measure(args.parse_args().rounds)
    for kind in ("data_edit_s", "page_edit_s"):
        figures = result[kind]
        print(f"{kind.replace('_s', '').replace('_', ' ')}: median {figures['median']:.2f} s, "
              f"min {figures['min']:.2f} s, max {figures['max']:.2f} s over {result['rounds']} saves")
    print(f"machine load (1 min average) {result['load_average_1min']} on {result['cores']} cores")
    out = REPO / "bench-results" / "preview.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
