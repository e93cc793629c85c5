"""PDF stage: print-quality briefings from the rendered pages, printed by headless Chromium.

A briefing is composed from the same Markdown the site publishes: a cover with the key figures,
a table of contents with page numbers, one section per page with its notes (every citation with
its full source), the charts as vector SVGs, and a closing list of sources. The PDF is tagged,
carries its metadata, and is byte-identical for identical input; it is cached by content hash.

Chromium rather than WeasyPrint: laying out a 35-page full briefing took WeasyPrint 70 about 4.2 s
of CPU; one Chromium printing of it took 0.5 to 1.4 s of wall time on a loaded machine (README,
Performance). ``pdfprint`` fills in what Chromium lacks (contents' page numbers, document information).
"""
from __future__ import annotations

import base64
import functools
import hashlib
import html as html_module
import posixpath
import re
from importlib.metadata import version
from pathlib import Path
from typing import Optional

import jinja2
import yaml
from markupsafe import Markup

from . import editions, headless, pdfprint, pdfscope, present
from .cache import Store, fingerprint
from .charts import ChartOutput
from .derive import Derivation
from .errors import InputError, Location, Problem
from .model import Briefing
from .text import attr, split_front_matter, to_html

TEMPLATES = Path(__file__).parent / "templates"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's: front matter is read for every page of every briefing
PRINT_CODE = hashlib.sha256((Path(__file__).parent / "pdfprint.py").read_bytes()).hexdigest()  # a change to printing prints again
_SVG_SRC = re.compile(r'src="(?:\.\./)*(assets/charts/[a-z0-9-]+\.svg)"')
_SOURCE_LINK = re.compile(r'href="(?:\.\./)*(?:\./)?sources(?:/[0-9]+)?(?:\.md|/)#(src-[a-z0-9-]+)"')  # Markdown or HTML links
_ID = re.compile(r'\b(id="|href="#)([^"]+)"')
_FIRST_H1 = re.compile(r"<h1[^>]*>.*?</h1>", re.S)
FULL_EXTRA_PAGES = ["timeline"]  # with What changed: the full briefing's dated account
DATASET_PAGES = {"timeline", "methodology"}  # pages listing the whole data set: a PDF keeps the parts its figures are in
_PART_HEAD = re.compile(r"\A\s*<h1[^>]*>.*?</h1>.*?(?=\s*<h2 )", re.S)  # a part's title, introduction and list of parts
_ID_ATTR = re.compile(r'(\bid=")([^"]+)"')
_BARE_HEADING = re.compile(r"<h2[^>]*>.*?</h2>\s*\Z", re.S)  # a page ending on the heading its parts follow
_DEEPER = re.compile(r"<(/?)h([2-5])\b")  # a heading one level down: the parts' sections are that heading's
_PARTS_LIST = re.compile(r'\s*<p class="bf-parts">.*?</p>', re.S)  # where a split page continues on the site
_PART_NUMBER = re.compile(r"(<h1[^>]*>[^<]*), page 1 of \d+(?=</h1>)")  # "Timeline, page 1 of 2": the PDF has all its parts
_HISTORY_NOTE = re.compile(r' ?<span class="bf-history">.*?</span>', re.S)  # a figure's history is a page of the site
_INTERNAL_LINK = re.compile(r'<a href="(?!https?:|mailto:|#)[^"]*"[^>]*>(.*?)</a>', re.S)


def run(d: Derivation, charts: dict[str, ChartOutput], tree: dict[str, bytes], store: Store, changes: editions.Changes,
        only: Optional[str] = None, paper: Optional[str] = None) -> dict[str, bytes]:
    """``pdf/<id>.pdf`` for every briefing (or just ``only``); served from cache when unchanged.

    Briefings not in the cache are printed by one browser, several at once (one per core)."""
    chosen = choose(d.ds.briefings, only)
    html_of = Pages(tree)
    documents = {b.id: compose(d, charts, tree, changes, b, paper or b.paper, html_of) for b in chosen}
    keys = {bid: _key(html) for bid, html in documents.items()}
    missing = sorted((bid for bid, key in keys.items() if not store.has(key)), key=lambda bid: -len(documents[bid]))
    by_id = {b.id: b for b in chosen}
    printables = [pdfprint.Printable(documents[bid], info(by_id[bid], d), d.ds.edition.date.day) for bid in missing]
    for bid, blob in zip(missing, pdfprint.print_all(printables)):  # longest first: the workers finish together
        store.put(keys[bid], blob)
    return {f"pdf/{bid}.pdf": store.get(key) for bid, key in keys.items()}


def choose(briefings: list[Briefing], only: Optional[str]) -> list[Briefing]:
    """Every briefing, or the one named ``only``; a name no briefing has is the user's error."""
    chosen = [b for b in briefings if only in (None, b.id)]
    if only and not chosen:
        known = ", ".join(b.id for b in briefings) or "none declared"
        raise InputError([Problem(Location("data/briefings.yaml"), "", f"unknown briefing {only!r}; known: {known}")])
    return chosen


def compose(d: Derivation, charts: dict[str, ChartOutput], tree: dict[str, bytes], changes: editions.Changes,
            briefing: Briefing, paper: str, html_of: Optional[Pages] = None) -> str:
    """The briefing as one HTML document for Chromium to print.

    Pages that list the whole data set keep only what involves the briefing's own figures (those its
    other pages and key figures cite), and What changed lists only changes to those figures."""
    pages = briefing.pages + ([p for p in FULL_EXTRA_PAGES if p not in briefing.pages] if briefing.format == "full" else [])
    html_of = html_of or Pages(tree)
    html = {page: html_of(f"{page}.md") for page in pages if not _lists_dataset(page)}
    figures = set(briefing.key_facts).union(*(pdfscope.cited(h) for h in html.values()))
    for page in filter(_lists_dataset, pages):
        whole = _PART_NUMBER.sub(r"\1", _PARTS_LIST.sub("", html_of.index(f"{page}.md").scoped(figures)), count=1)
        parts = "".join(_parts(page, html_of, figures))
        if _BARE_HEADING.search(whole):  # the parts are that heading's sections
            parts = _DEEPER.sub(lambda m: f"<{m[1]}h{int(m[2]) + 1}", parts)
        html[page] = _unique_ids(whole + parts)
    html = {page: html[page] for page in pages}
    sections = [_section(page, html[page], tree) for page in pages]
    if briefing.format == "full":
        sections.append(_changes(d, changes, figures))
    else:  # the summary's own heading already names the briefing: its first page's title would repeat it
        sections[0]["html"] = _FIRST_H1.sub("", sections[0]["html"], count=1)
    for chart_id in briefing.charts:
        out = charts[chart_id]
        body = _env().get_template("pdf_chart.html").render(out=out, sources=d.sources, svg=_data_uri(tree[f"assets/charts/{chart_id}.svg"]))
        sections.append({"id": f"chart-{chart_id}", "title": out.chart.title, "html": body, "sources": out.sources})
    cited = {s for section in sections for s in section["sources"]}
    sources = [s for s in d.ds.sources if s.id in cited]
    return _env().get_template("briefing.html").render(
        b=briefing, paper=paper, edition=d.ds.edition, sections=sections, sources=sources, by_id=d.sources,
        key=[d.figures[f] for f in briefing.key_facts], status=present.STATUS_WORDS, as_of=present.as_of,
        toc_attribute=pdfprint.TOC_ATTRIBUTE,
    )


def _unique_ids(html: str) -> str:
    """Each id once: the parts of a split page each have their "Claim checks"; a repeat becomes "claim-checks-2"."""
    seen: dict[str, int] = {}

    def once(m: re.Match) -> str:
        seen[m[2]] = seen.get(m[2], 0) + 1
        return m[0] if seen[m[2]] == 1 else f'{m[1]}{m[2]}-{seen[m[2]]}"'
    return _ID_ATTR.sub(once, html)


def _lists_dataset(page: str) -> bool:
    return posixpath.basename(page) in DATASET_PAGES


class Pages:
    """The rendered pages as HTML, each converted from its Markdown once per export, and those that list
    the data set indexed by figure once: they are in every full briefing (at 10x, converting them per
    briefing took half the stage; at 100x, each of 200 briefings scanning every part of them took most of it)."""

    def __init__(self, tree: dict[str, bytes]):
        self.html = functools.cache(lambda rel: to_html(tree[rel].decode("utf-8")))
        self.index = functools.cache(lambda rel: pdfscope.Index(self.html(rel)))
        self.parts = functools.cache(lambda folder: _part_paths(folder, tree))

    def __call__(self, rel: str) -> str:
        return self.html(rel)


def _parts(page: str, pages: Pages, figures: set[str]) -> list[str]:
    """The briefing's rows from the pages a split page continues on (``methodology/<n>.md``,
    ``timeline/<n>.md``), each without its own heading and list of pages."""
    found = []
    for path in pages.parts(posixpath.basename(page)):
        part = pages.index(path).scoped(figures)
        if "<td" in part or pdfscope.cited(part):  # rows of a table, or events, of the briefing's figures
            found.append(_PART_HEAD.sub("", part, count=1))
    return found


def _part_paths(folder: str, tree: dict[str, bytes]) -> list[str]:
    """The generated parts of a split page, in order: ``<folder>/<n>.md`` for n from 1 or 2 on."""
    numbers = sorted(int(rel[len(folder) + 1:-3]) for rel in tree
                     if rel.startswith(folder + "/") and rel.endswith(".md") and rel[len(folder) + 1:-3].isdigit())
    return [f"{folder}/{n}.md" for n in numbers]


def _section(page: str, html: str, tree: dict[str, bytes]) -> dict:
    """One page as a section: its HTML with links made internal, and the sources it cites."""
    if _lists_dataset(page):  # scoped to the briefing: the sources still linked
        sources = sorted({anchor.removeprefix("src-") for anchor in _SOURCE_LINK.findall(html)})
    else:
        text = tree[f"{page}.md"].decode("utf-8")
        sources = [s["id"] for s in yaml.load(split_front_matter(text)[0], Loader=_YAML_LOADER).get("page_sources", [])]
    title_match = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    title = html_module.unescape(re.sub(r"<[^>]+>", "", title_match[1])) if title_match else page
    html = _ID.sub(rf'\1{page}--\2"', html)  # ids unique per section: the contents' page numbers follow the right one
    html = _SVG_SRC.sub(lambda m: f'src="{_data_uri(tree[m[1]])}"', html)
    html = _SOURCE_LINK.sub(r'href="#\1"', html)
    html = _HISTORY_NOTE.sub("", html)
    html = _INTERNAL_LINK.sub(r"\1", html)
    return {"id": f"sec-{page}", "title": title, "html": html, "sources": sources}


def _changes(d: Derivation, changes: editions.Changes, figures: set[str]) -> dict:
    """What changed, for this briefing: revisions to the figures it cites and the sources it now cites."""
    mine = dict(values=[c for c in changes.values if c.id in figures], statuses=[c for c in changes.statuses if c.id in figures],
                added=[row for row in changes.added if row["id"] in figures])
    cited = {s for c in mine["values"] for s in d.figures[c.id].sources} | {s for row in mine["added"] for s in d.figures[row["id"]].sources}
    mine["sources_added"] = [s for s in changes.sources_added if s["id"] in cited]
    html = _env().get_template("pdf_changes.html").render(
        changes=changes, edition=d.ds.edition, figures=d.figures, by_id=d.sources, status=present.STATUS_WORDS,
        before=lambda row: present.row_prose(row, d.ds.registry), **mine)
    return {"id": "sec-changes", "title": "What changed", "html": html, "sources": sorted(cited)}


def _data_uri(svg: bytes) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


@functools.cache
def _env() -> jinja2.Environment:
    """One environment per process: compiling the templates again for each briefing cost seconds at 10x."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=jinja2.select_autoescape(["html"]),
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["attr"] = attr
    env.filters["css_string"] = css_string
    return env


def css_string(text: str) -> Markup:
    """Literal text as a quoted CSS string inside a <style> element (margin boxes show titles this way):
    every character that could end the string or the element is escaped by its code point."""
    return Markup('"' + "".join(ch if ch.isalnum() or ch in " .,:;'!?()-" else f"\\{ord(ch):x} " for ch in " ".join(str(text).split())) + '"')


def info(briefing: Briefing, d: Derivation) -> dict[str, str]:
    """The PDF's document information (Chromium writes only the title)."""
    return {"Title": briefing.title, "Author": briefing.author, "Subject": briefing.subtitle or briefing.title,
            "Keywords": f"briefing, edition {d.ds.edition.id}", "Creator": "Briefing", "Producer": headless.engine()}


def _key(html: str) -> str:
    """A PDF's key in the store: the document, the printing code and the versions of Playwright and Chromium."""
    return fingerprint(html, version("playwright"), headless.engine(), PRINT_CODE)
