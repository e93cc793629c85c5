"""Preview: `briefing serve` shows a saved change in the browser, shows problems there until they are
fixed, logs quietly, and stops everything it started on any signal. How soon a change shows is measured
by benchmarks/preview.py (`make bench`), not asserted here: a test run shares the cores."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import free_port, preview_answers

from generator import pipeline
from generator.serve import _RELOAD, WAIT_PATH, Preview


@pytest.fixture
def preview(warm_project: Path) -> Iterator[Preview]:
    """The preview of a private project copy (its folder is ``preview.root``), served in-process on a free port."""
    said: list[str] = []
    running = Preview(warm_project, 0, said.append)
    running.said = said
    running.start()
    try:
        yield running
    finally:
        running.stop()


def saved(path: Path, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in ``path``, as an editor saves it."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def shown(page, needle: str, deadline: float = 20.0) -> None:
    """Wait until the browser's page shows ``needle``."""
    page.wait_for_function("needle => document.body && document.body.innerText.includes(needle)", arg=needle,
                           timeout=deadline * 1000, polling="raf")


def test_a_saved_data_or_page_edit_shows_in_the_browser_each_time(preview: Preview, browser) -> None:
    """The open page follows every save, of the data and of the page itself, without the reader reloading it."""
    page = browser.new_page()
    page.goto(preview.url + "volumes/")
    facts, content = preview.root / "data/facts/volumes-prices.yaml", preview.root / "content/volumes.md"
    for n in range(1, 3):
        before, after = 27000 + 1000 * (n - 1), 27000 + 1000 * n  # the statement says the value too
        saved(facts, f"US${before:,}.\n  value: {before}", f"US${after:,}.\n  value: {after}")
        shown(page, f"about US${after:,} per chip")
        saved(content, "Approved, ordered and in stock" if n == 1 else f"Edit {n - 1} while serving", f"Edit {n} while serving")
        shown(page, f"Edit {n} while serving")
    assert [line for line in preview.said if line.startswith("rebuilt in ")][-4:] == preview.said[-4:], preview.said
    page.close()


def test_problems_show_in_the_browser_with_their_place_until_fixed(preview: Preview, browser) -> None:
    page = browser.new_page()
    page.goto(preview.url + "volumes/")
    facts = preview.root / "data/facts/volumes-prices.yaml"
    good = facts.read_text()
    saved(facts, "value: 27000", "value: twenty-seven thousand")
    line = good.splitlines().index("  value: 27000") + 1
    shown(page, "1 problem(s) found")
    problem = page.locator("pre").first.inner_text()
    assert problem == (f"data/facts/volumes-prices.yaml:{line}:10: h200-price-usd.value: expected a number, or a range "
                       "{low: .., high: ..}\n      value: twenty-seven thousand\n             ^")
    page.goto(preview.url + "performance/")
    assert "1 problem(s) found" in page.inner_text("body"), "every page shows the problems until they are fixed"
    facts.write_text(good)
    shown(page, "Performance")
    assert "problem(s) found" not in page.inner_text("body")
    assert preview.said[-1].startswith("rebuilt in ")
    page.close()


def test_the_preview_is_built_for_the_address_it_serves(preview: Preview) -> None:
    with urllib.request.urlopen(preview.url + "sitemap.xml", timeout=5) as response:
        sitemap = response.read().decode()
    assert f"<loc>{preview.url}volumes/</loc>" in sitemap  # instant navigation follows only these
    with urllib.request.urlopen(preview.url + "volumes/", timeout=5) as response:
        assert f'<link rel="canonical" href="{preview.url}volumes/">' in response.read().decode()


def test_a_content_page_in_no_nav_is_reported_and_entity_pages_are_not(project: Path) -> None:
    (project / "content" / "annex.md").write_text("# Annex\n\nReached from nowhere.\n")
    said: list[str] = []
    pipeline.generate(project, said.append, preview=True)
    warnings = [line for line in said if "warning" in line.lower()]
    assert warnings == ["content/annex.md: warning: this page is in no nav of mkdocs.yml, so readers cannot reach it from "
                        "the menu; add it under nav: (for example `  - Title: annex.md`)"]


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def wait_until_serving(server: subprocess.Popen) -> list[str]:
    """The lines ``serve`` printed up to and including its "serving" line, which it prints once the
    first build is done and the server is up (the event, not a guess at how long a build takes)."""
    said = []
    for line in server.stderr:
        said.append(line.rstrip("\n"))
        if line.startswith("serving "):
            return said
    raise AssertionError(f"serve stopped before serving (exit {server.wait()}): {said}")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_any_signal_stops_everything_serve_started_and_frees_the_port(project: Path, sig: signal.Signals) -> None:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--port", str(port)], cwd=project,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        first = wait_until_serving(server)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/volumes/", timeout=10) as response:
            assert response.status == 200
        server.send_signal(sig)  # to the command only, as a service manager or Ctrl-C would
        _, err = server.communicate(timeout=20)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
    assert server.returncode == 0
    with pytest.raises(ProcessLookupError):
        os.killpg(server.pid, 0)  # nothing it started is left in its process group
    assert port_is_free(port)
    lines = first + err.splitlines()
    assert lines[0].startswith("rebuilt in ") and lines[1:] == [f"serving http://127.0.0.1:{port}/ (Ctrl-C to stop)", "stopped"], \
        "no banners, no MkDocs INFO lines, no list of entity pages"


# --- what the preview answers --------------------------------------------------------------------

def test_the_preview_answers_each_kind_of_request_with_its_status(tmp_path: Path) -> None:
    """A page comes with the script that reloads it after the next build; a mistyped page or folder gets the site's
    own 404 page (reloading too) with status 404; other files are served as they are; a missing file is a 404."""
    (tmp_path / "charts").mkdir()
    (tmp_path / "charts" / "index.html").write_text("<html><head></head><body>Charts</body></html>", encoding="utf-8")
    (tmp_path / "404.html").write_text("<html><head></head><body>Not here</body></html>", encoding="utf-8")
    (tmp_path / "data.csv").write_text("a,b\n", encoding="utf-8")
    with preview_answers(tmp_path, generation=7) as ask:
        answers = {path: (r.status, r.getheader("Content-Type"), r.body) for path in
                   ("/charts/", "/charts/index.html", "/nosuch/", "/nosuch.html", "/data.csv") for r in [ask(path)]}
        missing_file = ask("/nosuch.csv").status
    reload = _RELOAD % (7, WAIT_PATH)
    assert answers == {
        "/charts/": (200, "text/html; charset=utf-8", f"<html><head>{reload}</head><body>Charts</body></html>".encode()),
        "/charts/index.html": (200, "text/html; charset=utf-8", f"<html><head>{reload}</head><body>Charts</body></html>".encode()),
        "/nosuch/": (404, "text/html; charset=utf-8", f"<html><head>{reload}</head><body>Not here</body></html>".encode()),
        "/nosuch.html": (404, "text/html; charset=utf-8", f"<html><head>{reload}</head><body>Not here</body></html>".encode()),
        "/data.csv": (200, "text/csv", b"a,b\n")}
    assert missing_file == 404


def test_while_a_problem_stands_every_page_shows_it_and_other_files_are_still_served(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("<html><head></head><body>Home</body></html>", encoding="utf-8")
    (tmp_path / "style.css").write_text("body {}", encoding="utf-8")
    with preview_answers(tmp_path, error="<html><head></head><body>1 problem</body></html>", generation=2) as ask:
        page, missing, style = ask("/"), ask("/nosuch/"), ask("/style.css")
    shown = f"<html><head>{_RELOAD % (2, WAIT_PATH)}</head><body>1 problem</body></html>".encode()
    assert [(page.status, page.body), (missing.status, missing.body)] == [(500, shown), (500, shown)]
    assert (style.status, style.body) == (200, b"body {}")
