"""Preview: `briefing serve` regenerates when data/ or content/ change, and the served page follows."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import free_port


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(url: str, needle: str, seconds: float) -> float:
    """Seconds until the page at ``url`` contains ``needle``; fails after ``seconds``."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        try:
            if needle in fetch(url):
                return time.monotonic() - start
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{needle!r} did not appear at {url} within {seconds} s")


def test_serve_regenerates_on_a_change_to_content_and_data(project: Path) -> None:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--port", str(port)], cwd=project,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/volumes/"
        wait_for(url, "Approved, ordered and in stock", 90)
        page = project / "content" / "volumes.md"
        page.write_text(page.read_text() + "\nA sentence added while serving.\n")
        wait_for(url, "A sentence added while serving.", 30)
        facts = project / "data" / "facts" / "volumes-prices.yaml"
        facts.write_text(facts.read_text().replace("value: 27000", "value: 28000", 1).replace("US$27,000.", "US$28,000.", 1))
        wait_for(url, "about US$28,000 per chip", 30)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
