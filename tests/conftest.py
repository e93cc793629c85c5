"""Shared fixtures: real projects on disk, built with the real pipeline and MkDocs."""
from __future__ import annotations

import contextlib
import functools
import http.server
import io
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.static_charts import chromium as find_chromium

REPO = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ["data", "content", "site_theme", "mkdocs.yml"]


def copy_project(target: Path) -> Path:
    """A private copy of the briefing project (data, content, theme, config) to build or break."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = REPO / part
        if src.is_dir():
            shutil.copytree(src, target / part)
        else:
            shutil.copy2(src, target / part)
    (target / "node_modules").symlink_to(REPO / "node_modules")
    store = REPO / "build" / "cache" / "objects"
    if store.exists():  # reuse exported images and PDFs (slow to make; keyed by content); the page index starts empty
        shutil.copytree(store, target / "build" / "cache" / "objects")
    return target


def briefing(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real console script as a user would."""
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


def run_check(project: Path, *options: str) -> subprocess.CompletedProcess:
    """``briefing check`` run in-process (so mutation testing sees the code it exercises): the exit
    code and what it printed to stderr, shaped like a finished ``briefing("check")``."""
    from generator.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main([*options, "check", "--root", str(project)])
    return subprocess.CompletedProcess(["briefing", "check"], code, "", err.getvalue())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


SITE_PORT = free_port()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The H200 briefing, built once per test session for serving at ``serve(site, SITE_PORT)``
    (instant navigation needs site_url to match where the site is served); returns its site/ folder."""
    root = copy_project(tmp_path_factory.mktemp("built") / "project")
    result = briefing("build", cwd=root, env={"SITE_URL": f"http://127.0.0.1:{SITE_PORT}/"})
    assert result.returncode == 0, result.stderr
    return root / "site"


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site served over HTTP at the address it was built for (its site_url, so Material's
    instant navigation is on); yields that base URL (with a slash)."""
    with serve(built_site, SITE_PORT) as url:
        yield url


@contextlib.contextmanager
def serve(folder: Path, port: int = 0) -> Iterator[str]:
    """Serve a built site on a loopback port (a free one by default); yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-quic"]


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One Chromium for the whole session: Playwright's sync API allows one driver at a time."""
    with chromium() as launched:
        yield launched
