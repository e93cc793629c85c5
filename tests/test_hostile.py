"""Hostile input: text pasted from anywhere never becomes code, on pages, in charts, in downloads;
malformed files get clean errors; a killed or concurrent build never loses the last good site."""
from __future__ import annotations

import csv
import io
import os
import re
import shutil
import signal
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from conftest import FIRST_BUILD_ENV, REPO, copy_project, edit_texts, run_check, run_cli, serve, stand_in_images
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import pdf, pipeline, render, static_charts, yamlfile
from generator.errors import InputError
from generator.text import to_html

PAYLOAD = ("<script>console.log('INJECTED-1')</script><img src=x onerror=\"console.log('INJECTED-2')\" id=\"injected\">"
           " [click](javascript:console.log('INJECTED-3')) {{ 7*7 }} {% raw %} | pipe *star* # hash")
EDGES = REPO / "tests" / "fixtures" / "edges"  # a fictional project holding every kind of record and field
WORDS_ONLY = PAYLOAD.translate(str.maketrans("", "", "0123456789"))
FORMULA = "=HYPERLINK(\"http://example.com\",\"INJECTED-4\")"


def poison(project: Path) -> None:
    """Put the payload into every free-text field of every record (each field the schema types as Text:
    statements, names, titles, notes, descriptions, wordings, summaries, units' words...), a CSV formula
    into a chart label, and the payload into a page."""
    poison_data(project)
    charts = project / "data" / "charts.yaml"
    data = yaml.safe_load(charts.read_text())
    data[0]["series"][0]["points"][0]["label"] = FORMULA
    charts.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    page = project / "content" / "concerns.md"
    page.write_text(page.read_text() + f"\n\n{PAYLOAD.replace('{{ 7*7 }}', '').replace('{% raw %}', '').replace('[click](javascript:', '(')}\n")


def poison_data(project: Path) -> None:
    """The payload added after the text of each free-text field of ``project``'s data (after it, and without
    digits in a statement, so that a statement still states only its value)."""
    edit_texts(project, lambda name, text: f"{text} {PAYLOAD if name != 'statement' else WORDS_ONLY}")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory, built_once: Path) -> Path:
    root = copy_project(tmp_path_factory.mktemp("hostile") / "project", cache_from=built_once / "build" / "cache")
    poison(root)
    result = run_cli("build", root=root, env=FIRST_BUILD_ENV)
    assert result.returncode == 0, result.stderr
    return root / "site"


class _Elements(HTMLParser):
    """Every element and attribute the browser would build from a file, and script texts."""

    def __init__(self) -> None:
        super().__init__()
        self.attributes: list[tuple[str, str, str]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.attributes += [(tag, name, value or "") for name, value in attrs]
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def payload_as_markup(html: str) -> list[str]:
    """What of the payload became markup in ``html``: a script, an element, an event handler, a script link."""
    found = _Elements()
    found.feed(html)
    return ([f"<script> {text[:60]!r}" for text in found.scripts if "INJECTED" in text]
            + [f"<{tag} {name}={value[:60]!r}>" for tag, name, value in found.attributes
               if (name == "id" and value == "injected") or name.startswith("on")
               or (name in ("href", "src") and value.strip().lower().startswith("javascript:"))])


def test_hostile_text_never_becomes_markup_in_built_files(hostile_site: Path) -> None:
    for path in hostile_site.rglob("*.html"):
        assert payload_as_markup(path.read_text(encoding="utf-8")) == [], path.relative_to(hostile_site)
    volumes = (hostile_site / "volumes" / "index.html").read_text()
    assert "&#123;&#123; 7&#42;7 &#125;&#125;" in volumes  # template syntax in data is shown, not run


def rendered(root: Path) -> tuple[dict[str, bytes], dict[str, str]]:
    """The project's pages as rendered in-process, and each briefing's HTML as composed for print."""
    p = pipeline.prepare(root)
    tree = render.run(p.derived, p.charts, {}, p.changes, has_feed=True, histories=p.histories)
    images = stand_in_images(p.charts)
    return tree, {b.id: pdf.compose(p.derived, p.charts, {**tree, **images}, p.changes, b, b.paper) for b in p.derived.ds.briefings}


def test_hostile_text_never_becomes_markup_in_a_printed_briefing(hostile_site: Path) -> None:
    """Each PDF is printed from HTML composed for it, whose scripts Chromium runs: the payload stays text there too."""
    for briefing, composed in rendered(hostile_site.parent)[1].items():
        assert "INJECTED" in composed and payload_as_markup(composed) == [], briefing


def test_hostile_text_never_becomes_markup_on_any_page_of_a_project_holding_every_field(tmp_path: Path) -> None:
    """The edges project holds every optional field (kinds' descriptions, claims' wordings, chart notes...):
    poisoned, each page it renders (as HTML) and each briefing composed for print shows the payload as text."""
    root = Path(shutil.copytree(EDGES, tmp_path / "edges"))
    poison_data(root)
    tree, composed = rendered(root)
    pages = {rel: to_html(blob.decode("utf-8")) for rel, blob in tree.items() if rel.endswith(".md")} | composed
    assert sum("INJECTED" in html for html in pages.values()) > len(pages) / 2
    assert {rel: found for rel, html in pages.items() if (found := payload_as_markup(html))} == {}


def test_csv_downloads_neutralise_formulas(hostile_site: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((hostile_site / "assets/charts/volumes.csv").read_text())))
    assert rows[0]["label"] == "'" + FORMULA


# True once the page has loaded (every image tried, so every onerror fired; lazy ones out of view wait
# for a scroll) and its charts have settled.
SETTLED = """() => document.readyState === "complete" && [...document.images].every(i => i.complete || i.loading === "lazy")
  && [...document.querySelectorAll("[data-bf-chart]")].every(h => ["drawn", "static"].includes(h.getAttribute("data-bf-state")))"""


def payload_pages(site: Path) -> list[str]:
    """The pages that carry the payload, in their HTML or in a chart they draw (a page without it has
    nothing to run); each as its folder relative to the site."""
    poisoned_charts = {p.name for p in (site / "assets" / "charts").glob("*.json") if "INJECTED" in p.read_text(encoding="utf-8")}
    pages = []
    for path in site.rglob("index.html"):
        html = path.read_text(encoding="utf-8")
        charts = {Path(src).name for src in re.findall(r'data-bf-chart="([^"]+)"', html)}
        if "INJECTED" in html or charts & poisoned_charts:
            pages.append(path.parent.relative_to(site).as_posix())
    return sorted(pages)


# Folders whose pages come from one template (an entity, a part of the figures' history, an embedded chart): the
# browser visits one of each (the static check above reads every file); which one each kind of text needs, or the first.
ONE_TEMPLATE = {"entities": "entities/h20", "history": None, "embed": "embed/volumes"}


def one_of_each_template(pages: list[str]) -> list[str]:
    first = {folder: chosen or next(rel for rel in pages if rel.startswith(folder + "/")) for folder, chosen in ONE_TEMPLATE.items()}
    return [rel for rel in pages if "/" not in rel or rel.split("/")[0] not in ONE_TEMPLATE or rel in first.values()]


def test_no_injected_script_runs_in_a_browser(hostile_site: Path, browser) -> None:
    pages = one_of_each_template(payload_pages(hostile_site))
    messages, dialogs = [], []
    with serve(hostile_site) as base:
        page = browser.new_page()
        page.on("console", lambda m: messages.append(m.text))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for rel in pages:
            page.goto(base + ("" if rel == "." else rel + "/"))
            page.wait_for_function(SETTLED, timeout=15_000)  # charts drawn and every image tried: scripts done
            assert page.locator("#injected").count() == 0, rel
            for link in page.locator("a[href^='javascript:']").all():
                pytest.fail(f"{rel}: javascript link {link.get_attribute('href')}")
    assert not [m for m in messages if "INJECTED" in m]
    assert not dialogs
    # each kind of text poisoned shows on a page visited: fact, source, entity, event, chart, page text, history
    assert {".", "sources", "entities/h20", "timeline", "embed/volumes", "concerns"} <= set(pages), pages
    assert any(rel.startswith("history/") for rel in pages), pages


def test_search_results_show_the_payload_as_text(hostile_site: Path, browser) -> None:
    messages: list[str] = []
    with serve(hostile_site) as base:
        page = browser.new_page()
        page.on("console", lambda m: messages.append(m.text))
        page.goto(base)
        page.keyboard.press("s")
        page.keyboard.type("onerror")
        page.wait_for_selector(".md-search-result__item", timeout=10000)
        assert page.locator(".md-search-result #injected, .md-search-result img").count() == 0
    assert not [m for m in messages if "INJECTED" in m]


def test_the_payload_is_shown_as_literal_text(hostile_site: Path, browser) -> None:
    with serve(hostile_site) as base:
        page = browser.new_page()
        page.goto(base + "volumes/")
        assert "<script>console.log('INJECTED-1')</script>" in page.inner_text("body")


def test_a_javascript_link_in_a_page_is_refused_at_its_line(project: Path) -> None:
    page = project / "content" / "concerns.md"
    page.write_text(page.read_text() + "\n[click](javascript:alert(1))\n")
    line = len(page.read_text().splitlines())
    result = run_check(project)
    assert result.returncode == 2
    assert f"content/concerns.md:{line}:1: link target 'javascript:alert(1' is not allowed" in result.stderr


# --- the loader under random input ---------------------------------------------------------------

yaml_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
fact_lines = st.lists(st.sampled_from([
    "- id: x", "  statement: s", "  value: 5", "  value: [1, 2]", "  unit: chip", "  as_of: 2026-01-01",
    "  as_of: 2026-13-45", "  sources: [a]", "  status: reported", "  claims: {a: 1}", "- &x {a: 1}", "- *x",
    "  ? [k]", "  : v", "  !!python/name:os.system", "  value: .inf", "- id: Bad Id", "  :", "\t", "  - - -",
]), max_size=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(yaml_text, fact_lines.map("\n".join)))
def test_the_loader_either_succeeds_or_reports_cleanly(tmp_path: Path, text: str) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        yamlfile.parse(yamlfile.read_text(path, "data/facts/x.yaml"), "data/facts/x.yaml")
    except InputError as err:
        assert err.problems and all(str(p).startswith("data/facts/x.yaml") for p in err.problems)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_fact_files_give_success_or_a_clean_error(project: Path, data: st.DataObject) -> None:
    path = project / "data" / "facts" / "volumes-prices.yaml"
    original = path.read_text()
    lines = original.splitlines()
    i = data.draw(st.integers(0, len(lines) - 1))
    lines[i] = data.draw(st.sampled_from(["", "  value: -1", "  sources: []", "- id: dup", "  status: maybe", "    nested: x",
                                         "  as_of: 1900-01-01", lines[i][::-1], lines[i] + " extra"]))
    path.write_text("\n".join(lines) + "\n")
    try:
        pipeline.check(project)
    except InputError as err:
        assert all(":" in str(p) for p in err.problems)
    finally:
        path.write_text(original)


# --- nothing lost ----------------------------------------------------------------------------

def snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_a_killed_build_leaves_the_previous_site(built_project: Path) -> None:
    before = snapshot(built_project / "site")
    (built_project / "build" / "cache").rename(built_project / "build" / "cache-old")  # force slow chart export
    page = built_project / "content" / "volumes.md"
    page.write_text(page.read_text() + "\nAn edit, so the build has something to do.\n")
    proc = subprocess.Popen([sys.executable, "-m", "generator", "build"], cwd=built_project,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    said = []
    for line in proc.stderr:  # "loaded ..." comes right before the (now slow) chart export: kill it mid-build
        said.append(line)
        if line.startswith("loaded "):
            break
    os.killpg(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL, "the build had already ended: nothing was killed mid-build"
    assert said and said[-1].startswith("loaded "), said
    assert snapshot(built_project / "site") == before


def test_a_failing_chart_export_leaves_the_previous_site(built_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Chromium fails in the middle of drawing the charts: exit 1, no traceback, the last site kept."""
    before = snapshot(built_project / "site")
    (built_project / "build" / "cache").rename(built_project / "build" / "cache-old")  # every chart must be exported
    page = built_project / "content" / "volumes.md"
    page.write_text(page.read_text() + "\nAn edit, so the build has something to do.\n")
    monkeypatch.setattr(static_charts, "_DRAW", "async () => { throw new Error('the renderer ran out of memory'); }")
    result = run_cli("build", root=built_project, env=FIRST_BUILD_ENV)
    assert result.returncode == 1
    assert re.search(r"^error: could not export the chart '[a-z0-9-]+' with Chromium: Error: the renderer ran out of memory$",
                     result.stderr, re.M), result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(built_project / "site") == before


def test_two_builds_at_once_are_serialised(warm_project: Path) -> None:
    project = warm_project
    procs = [subprocess.Popen([sys.executable, "-m", "generator", "build"], cwd=project,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [p.communicate() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    assert (project / "site" / "index.html").exists()
    assert not (project / "build" / "site-next").exists()


@pytest.mark.parametrize("snippet, expected", [
    ('{{ "\\x3cscript>alert(1)</script>" }}', None),
    ('[x{{ "]" }}(javascript:alert(1))', None),
    ("   [r]: javascript:alert(2)", "link target 'javascript:alert(2' is not allowed"),
    ('[y](https://example.org){: onclick="alert(1)" }', "unsafe page: the onclick attribute is not allowed"),
    ("{{ fact.__globals__ }}", "access to attribute '__globals__'"),
    ("{{ d }}", "'d' is undefined"),
])
def test_page_syntax_cannot_smuggle_code(project: Path, snippet: str, expected: str | None) -> None:
    page = project / "content" / "concerns.md"
    page.write_text(page.read_text() + "\n\n" + snippet + "\n")
    result = run_check(project)
    if expected:
        assert result.returncode == 2 and expected in result.stderr, result.stderr
        return
    assert result.returncode == 0, result.stderr
    p = pipeline.prepare(project)
    html = to_html(render.run(p.derived, p.charts, {}, p.changes)["concerns.md"].decode())
    assert "<script" not in html and 'href="javascript' not in html
