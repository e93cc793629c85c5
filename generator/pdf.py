"""PDF stage: print-quality briefings from the rendered pages, with WeasyPrint.

A briefing is composed from the same Markdown the site publishes: a cover with the key figures,
a table of contents with page numbers, one section per page with its notes (every citation with
its full source), the charts as vector SVGs, and a closing list of sources. The PDF is tagged,
carries its metadata, and is byte-identical for identical input; it is cached by content hash.
"""
from __future__ import annotations

import base64
import functools
import importlib
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version
from pathlib import Path
from typing import Optional

import jinja2
import yaml

from . import present
from .cache import Store, fingerprint
from .charts import ChartOutput
from .derive import Derivation
from .errors import InputError, Location, Problem
from .model import Briefing
from .text import attr, split_front_matter, to_html

TEMPLATES = Path(__file__).parent / "templates"
_SVG_SRC = re.compile(r'src="(?:\.\./)*(assets/charts/[a-z0-9-]+\.svg)"')
_SOURCE_LINK = re.compile(r'href="(?:\.\./)*(?:\./)?sources(?:/[0-9]+)?(?:\.md|/)#(src-[a-z0-9-]+)"')  # Markdown or HTML links
_ID = re.compile(r'\b(id="|href="#)([^"]+)"')
_FIRST_H1 = re.compile(r"<h1[^>]*>.*?</h1>", re.S)
FULL_EXTRA_PAGES = ["timeline", "changes"]
_INTERNAL_LINK = re.compile(r'<a href="(?!https?:|mailto:|#)[^"]*"[^>]*>(.*?)</a>', re.S)
_HISTORY_NOTE = re.compile(r' ?<span class="bf-history">.*?</span>', re.S)  # a figure's history is a page of the site


def run(d: Derivation, charts: dict[str, ChartOutput], tree: dict[str, bytes], store: Store,
        only: Optional[str] = None, paper: Optional[str] = None) -> dict[str, bytes]:
    """``pdf/<id>.pdf`` for every briefing (or just ``only``); served from cache when unchanged.

    Briefings not in the cache are laid out in parallel, one worker process per core."""
    chosen = [b for b in d.ds.briefings if only in (None, b.id)]
    if only and not chosen:
        known = ", ".join(b.id for b in d.ds.briefings) or "none declared"
        raise InputError([Problem(Location("data/briefings.yaml"), "", f"unknown briefing {only!r}; known: {known}")])
    documents = {b.id: compose(d, charts, tree, b, paper or b.paper) for b in chosen}
    keys = {bid: _key(html) for bid, html in documents.items()}
    missing = sorted((bid for bid, key in keys.items() if not store.has(key)), key=lambda bid: -len(documents[bid]))
    for bid, blob in zip(missing, _lay_out([documents[bid] for bid in missing])):  # longest first: the workers finish together
        store.put(keys[bid], blob)
    return {f"pdf/{bid}.pdf": store.get(key) for bid, key in keys.items()}


def compose(d: Derivation, charts: dict[str, ChartOutput], tree: dict[str, bytes], briefing: Briefing, paper: str) -> str:
    """The briefing as one HTML document for WeasyPrint."""
    sections = [_section(page, tree) for page in briefing.pages]
    if briefing.format == "full":  # the full briefing also carries the dated account and what changed
        sections += [_section(page, tree) for page in FULL_EXTRA_PAGES if page not in briefing.pages]
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
    )


def _section(page: str, tree: dict[str, bytes]) -> dict:
    """One page as a section: its HTML with links made internal, and the sources it cites."""
    text = tree[f"{page}.md"].decode("utf-8")
    sources = [s["id"] for s in yaml.safe_load(split_front_matter(text)[0]).get("page_sources", [])]
    html = to_html(text)
    title_match = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    title = re.sub(r"<[^>]+>", "", title_match[1]) if title_match else page
    html = _ID.sub(rf'\1{page}--\2"', html)  # ids unique per section: the contents' page numbers follow the right one
    html = _SVG_SRC.sub(lambda m: f'src="{_data_uri(tree[m[1]])}"', html)
    html = _SOURCE_LINK.sub(r'href="#\1"', html)
    html = _HISTORY_NOTE.sub("", html)
    html = _INTERNAL_LINK.sub(r"\1", html)
    return {"id": f"sec-{page}", "title": title, "html": html, "sources": sources}


def _data_uri(svg: bytes) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=jinja2.select_autoescape(["html"]),
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["attr"] = attr
    return env


def _key(html: str) -> str:
    """A PDF's key in the store: its HTML and the WeasyPrint that lays it out (restored CI caches may be older)."""
    return fingerprint(html, version("weasyprint"))


def _lay_out(documents: list[str]) -> list[bytes]:
    """The PDF of each HTML document, in order; several are laid out at once, one worker process per core.

    Workers are forked after WeasyPrint is imported (about 2 s), so none imports it again."""
    workers = min(len(documents), len(os.sched_getaffinity(0)))
    if workers <= 1:
        return [_write_pdf(html) for html in documents]
    importlib.import_module("weasyprint")
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(_write_pdf, documents))


def _write_pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html, base_url=str(TEMPLATES)).write_pdf(pdf_variant="pdf/ua-1", font_config=_fonts())


@functools.cache
def _fonts():
    """One font configuration per process: WeasyPrint otherwise loads the system's fonts again for each document."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()
