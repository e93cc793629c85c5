"""Shared fixtures: real projects on disk, built with the real pipeline and MkDocs.

The H200 briefing is built from scratch once per run (``built_once``; under pytest-xdist the first
worker builds it and the others wait for it), and every test that needs a built site reads it or a
copy of it. Exported static charts and laid-out PDFs are cached by the hash of what they are made
from, so a copy that starts from those caches makes the same bytes, only sooner."""
from __future__ import annotations

import contextlib
import fcntl
import functools
import http.client
import http.server
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, get_args

import pytest
import yaml
from hypothesis import settings
from pydantic import BaseModel
from support_site_server import QuietHandler

from generator import model
from generator.headless import chromium as find_chromium

# Property tests check behaviour, not speed: no per-example deadline (a loaded machine missed Hypothesis' 200 ms).
settings.register_profile("briefing", deadline=None)
settings.load_profile("briefing")

REPO = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ["data", "content", "site_theme", "mkdocs.yml"]
EV_DUTIES = REPO / "tests" / "fixtures" / "ev-duties"  # the small second story
FROZEN_H200 = REPO / "tests" / "fixtures" / "h200-frozen"  # the H200 briefing as it stood on 30 November 2026, not edited


def stand_in_images(charts: dict) -> dict[str, bytes]:
    """A blank image for each chart, where a composed PDF embeds one: Chromium draws the real ones, and the
    tests composing a briefing read its text."""
    return {f"assets/charts/{chart_id}.svg": b"<svg xmlns='http://www.w3.org/2000/svg'/>" for chart_id in charts}


def copy_project(target: Path, cache_from: Path | None = None) -> Path:
    """A private copy of the briefing project (data, content, theme, config) to build or break.

    The objects of the repository's own build store (chart images and PDFs, slow to make) are reused;
    with ``cache_from`` (a project's ``build/cache``) that project's are too. The page index starts empty."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        src = REPO / part
        if src.is_dir():
            shutil.copytree(src, target / part)
        else:
            shutil.copy2(src, target / part)
    (target / "node_modules").symlink_to(REPO / "node_modules")
    stores = [REPO / "build" / "cache" / "objects"] + ([cache_from / "objects"] if cache_from else [])
    for store in stores:
        if store.exists():  # keyed by content: a reused object is what the build would make again
            shutil.copytree(store, target / "build" / "cache" / "objects", dirs_exist_ok=True)
    return target


_TESLA_DUTY = """
- id: tesla-duty
  statement: The EU's definitive countervailing duty on battery electric vehicles made by Tesla in China is 7.8%.
  value: 7.8
  unit: "%"
  as_of: 2024-10-29
  subjects: [european-commission]
  sources: [eu-reg-2024-2754]
  status: confirmed
"""


def ev_second_edition(root: Path) -> Path:
    """The EV story (a copy at ``root``) in a second edition, made as a curator makes one: `briefing edition
    new` keeps the first edition's record, then BYD's definitive duty is revised, Tesla's duty added and the
    derived SAIC cut withdrawn (with the sentence that cited it)."""
    started = run_cli("edition", "new", "2024-11", "--summary", "BYD's duty revised; Tesla's added.", "--date", "2024-11-15", root=root)
    assert started.returncode == 0, started.stderr
    table = root / "data" / "tables" / "duties.yaml"
    table.write_text(table.read_text().replace("{item: byd, metric: definitive, value: 17.0", "{item: byd, metric: definitive, value: 17.1"))
    facts = root / "data" / "facts" / "example.yaml"
    facts.write_text(facts.read_text() + _TESLA_DUTY)
    derived = root / "data" / "derived.yaml"  # the SAIC cut withdrawn: the first of the two derived figures
    text = derived.read_text()
    derived.write_text(text[:text.index("- id: saic-cut")] + text[text.index("- id: duty-per-producer"):])
    page = root / "content" / "index.md"
    page.write_text(page.read_text().replace('SAIC\'s fell by {{ fact("saic-cut") }}, and the', "and the"))
    return root


def briefing(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real command in a process of its own, as a user would: for what only a process shows
    (exit status and output of the whole program, signals, two builds at once)."""
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


def run_cli(*args: str, root: Path, env: dict[str, str | None] | None = None) -> subprocess.CompletedProcess:
    """``briefing --root ROOT ARGS`` run in-process (so mutation testing sees the code it exercises), with
    ``env`` set for the call (None unsets a variable): its exit code, stdout and stderr, shaped like ``briefing``'s."""
    from generator.cli import main

    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        for name, value in (env or {}).items():
            patch.delenv(name, raising=False) if value is None else patch.setenv(name, value)
        code = main(["--root", str(root), *args])
    return subprocess.CompletedProcess(["briefing", *args], code, out.getvalue(), err.getvalue())


def text_fields(root: Path) -> Iterator[tuple[str, tuple, str]]:
    """(data file, where in it, field name) of each free-text field of the project at ``root``: each field the
    schema types as Text (statements, names, titles, notes...), but formulas, which the checker reads as code."""
    for rel, shape, data in _data_files(root):
        yield from ((rel, where, name) for where, name in _texts(shape, data))


def edit_texts(root: Path, change: Callable[[str, str], str], chosen: Callable[[str, tuple, str], bool] = lambda *place: True) -> None:
    """Rewrite each ``chosen`` free-text field (by data file, where in it, field name) as ``change(name, text)``."""
    for rel, shape, data in _data_files(root):
        places = [(where, name) for where, name in _texts(shape, data) if chosen(rel, where, name)]
        for where, name in places:
            record = functools.reduce(lambda node, step: node[step], where, data)
            record[name] = change(name, record[name])
        if places:
            (root / rel).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _data_files(root: Path) -> Iterator[tuple[str, Any, Any]]:
    """(data file, the type of its contents, its contents as read) for each data file of the project at ``root``."""
    for kind in model.FILE_KINDS:
        for path in sorted((root / "data").glob(kind.pattern)):
            yield path.relative_to(root).as_posix(), kind.shape, yaml.safe_load(path.read_text(encoding="utf-8"))


def _texts(shape: Any, data: Any, where: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """(where in ``data``, field name) of each free-text field of ``data``, records of type ``shape``."""
    shape = next((a for a in (shape, *get_args(shape)) if isinstance(a, type) and issubclass(a, BaseModel)), None)
    if isinstance(data, list):
        for i, item in enumerate(data):
            yield from _texts(shape, item, where + (i,))
    elif shape is not None and isinstance(data, dict):
        for name, field in shape.model_fields.items():
            text = model.Text in get_args(field.annotation) or get_args(model.Text)[1] in field.metadata  # Text, or Optional[Text]
            if name in data and text and name != "formula":
                yield where, name
            elif name in data:
                yield from _texts(field.annotation, data[name], where + (name,))


def run_check(project: Path, *options: str) -> subprocess.CompletedProcess:
    """``briefing check`` run in-process (so mutation testing sees the code it exercises): the exit
    code and what it printed to stderr, shaped like a finished ``briefing("check")``."""
    from generator.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main([*options, "check", "--root", str(project)])
    return subprocess.CompletedProcess(["briefing", "check"], code, "", err.getvalue())


def pdf_pages(pdf: Path | bytes) -> tuple[str, ...]:
    """The text of each page of a PDF (a file or its bytes), a line of print to a line, as PDFium
    extracts it: pypdf's pure-Python extraction took seconds a page, PDFium's takes milliseconds."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return tuple("\n".join(" ".join(line.split()) for line in page.get_textpage().get_text_range().splitlines())
                     for page in document)
    finally:
        document.close()


def pdf_text(pdf: Path | bytes) -> str:
    """The whole text of a PDF on one line, for phrases that may wrap."""
    return " ".join(" ".join(page.split()) for page in pdf_pages(pdf))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def preview_answers(site: Path, error: str | None = None, generation: int = 0) -> Iterator[Callable[[str], http.client.HTTPResponse]]:
    """The preview's request handler serving ``site`` in-process (no build behind it): yields ``ask(path)``,
    which returns the response, its body read, to a GET of ``path``."""
    from generator import serve

    preview = types.SimpleNamespace(site=site, error=error, generation=generation)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), serve._handler(preview))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def ask(path: str) -> http.client.HTTPResponse:
        connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
        connection.request("GET", path)
        response = connection.getresponse()
        response.body = response.read()
        connection.close()
        return response
    try:
        yield ask
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


# Under pytest-xdist (`make test`) each module goes whole to a worker, in collection order
# (--no-loadscope-reorder). The longest modules (measured, README "Testing") start first, so that no
# worker is left running one of them alone at the end; the others keep their order after these.
# The first needs the first build, which it makes; the second (the page cache's own builds) needs
# none, so the other worker works meanwhile instead of waiting for that build.
LONGEST_FIRST = ["test_accessibility", "test_pagecache", "test_hostile", "test_publishing", "test_serve", "test_browser",
                 "test_layout", "test_editions", "test_build", "test_pdf", "test_any_story", "test_embed", "test_seeded_gaps",
                 "test_weight"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("PYTEST_XDIST_WORKER"):
        rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
        items.sort(key=lambda item: rank.get(item.path.stem, len(rank)))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """A copy of the small EV story (tests/fixtures/ev-duties, edition 2024-10-30) to change: a check of it takes
    a tenth of the H200 briefing's, which matters to `make mutants`; rules that need no H200 record use it."""
    return Path(shutil.copytree(EV_DUTIES, tmp_path / "ev-duties"))


# The address the first build is made for and served at, one for the whole run (under pytest-xdist the
# controller picks it when it loads this file and its workers inherit it): every build for serving links
# the feed, so all of them share the PDFs the first build lays out. Build its copies with FIRST_BUILD_ENV.
SITE_PORT = int(os.environ.setdefault("BRIEFING_TEST_SITE_PORT", str(free_port())))
RUN_PID = int(os.environ.setdefault("BRIEFING_TEST_RUN_PID", str(os.getpid())))  # the controller's
SITE_URL = f"http://127.0.0.1:{SITE_PORT}/"
FIRST_BUILD_ENV = {"SITE_URL": SITE_URL}
SITE_SERVER = Path(tempfile.gettempdir()) / f"briefing-tests-{RUN_PID}-site-server"  # + .lock, .pid


@pytest.fixture(scope="session")
def built_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The H200 briefing built from scratch once for the whole run (every chart exported, every PDF
    laid out); returns its project folder. Shared by pytest-xdist workers: the first to get here
    builds it while holding a lock, the others wait on that lock. Read it or copy it; never change it."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's folder, above each worker's own
    root, done = shared / "built-once" / "project", shared / "built-once.done"
    with open(shared / "built-once.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # waits until a worker already building has finished
        if not done.exists():
            shutil.rmtree(root.parent, ignore_errors=True)
            result = run_cli("build", root=copy_project(root), env=FIRST_BUILD_ENV)
            assert result.returncode == 0, result.stderr
            done.touch()
    return root


@pytest.fixture
def built_project(built_once: Path, tmp_path: Path) -> Path:
    """A private copy of the project as the first build left it (site/ published, every cache filled),
    for a test that changes something and builds again (with ``FIRST_BUILD_ENV``, as it was built)."""
    return Path(shutil.copytree(built_once, tmp_path / "project", symlinks=True))


@pytest.fixture
def warm_project(built_once: Path, tmp_path: Path) -> Path:
    """A private, never built copy of the project whose chart and PDF caches hold what the first build made."""
    return copy_project(tmp_path / "project", cache_from=built_once / "build" / "cache")


@pytest.fixture(scope="session")
def built_site(built_once: Path) -> Path:
    """The first build's site/ folder, made for ``SITE_URL`` at ``SITE_PORT``. Read it; never change it."""
    return built_once / "site"


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> str:
    """The built site served over HTTP at the address it was built for (its site_url, so Material's
    instant navigation is on); returns that base URL (with a slash). One server for the whole run
    (tests/support_site_server.py): the first worker to get here starts it, the run's end stops it."""
    with open(SITE_SERVER.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not SITE_SERVER.with_suffix(".pid").exists():
            with open(SITE_SERVER.with_suffix(".log"), "w") as log:
                server = subprocess.Popen([sys.executable, str(REPO / "tests" / "support_site_server.py"), str(built_site),
                                           str(SITE_PORT), str(RUN_PID)], stdout=subprocess.PIPE, stderr=log, text=True,
                                          start_new_session=True)
            SITE_SERVER.with_suffix(".pid").write_text(str(server.pid))
            said = server.stdout.readline()  # it says so once it listens, or ends
            assert said == "listening\n", f"the site server did not start: {SITE_SERVER.with_suffix('.log').read_text()}"
    return SITE_URL


def pytest_unconfigure(config: pytest.Config) -> None:
    """The run's controller stops the site server, if a worker started one."""
    if os.environ.get("PYTEST_XDIST_WORKER") or os.getpid() != RUN_PID:
        return
    pid = SITE_SERVER.with_suffix(".pid")
    if pid.exists():
        with contextlib.suppress(ProcessLookupError):
            os.killpg(int(pid.read_text()), signal.SIGTERM)
        pid.unlink()
    for leftover in (".lock", ".log"):
        SITE_SERVER.with_suffix(leftover).unlink(missing_ok=True)


@contextlib.contextmanager
def serve(folder: Path, port: int = 0) -> Iterator[str]:
    """Serve a built site on a loopback port (a free one by default); yields its base URL."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


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
