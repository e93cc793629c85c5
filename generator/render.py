"""Render stage: the complete MkDocs docs tree, as a mapping of relative path to bytes.

Content pages are Markdown with Jinja calls such as ``{{ fact("cn-approved-units") }}``; the
generated pages (sources, entities, timeline, data, methodology tables) are templates in
``generator/templates`` that use the same helpers. Every figure cited on a page becomes a
footnote, and each page's front matter carries its edition and cited sources for the theme.
"""
from __future__ import annotations

import functools
import html
import io
import json
import posixpath
import re
import traceback
from pathlib import Path
from typing import Any, Optional

import jinja2
import pandas as pd
import yaml
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from . import citations, editions, methodology, units
from .charts import ChartOutput
from .citations import STATUS_WORDS
from .derive import Derived, Figure
from .errors import InputError, Location, Problem, did_you_mean
from .load import outside_project
from .pagecache import PageCache, digest
from .text import attr, csv_cell, href, md, safe_markdown_source, to_html, unsafe_html, url

TEMPLATES = Path(__file__).parent / "templates"
SOURCES_PAGE, DATA_PAGE, TIMELINE_PAGE, ENTITIES_PAGE = "sources.md", "data.md", "timeline.md", "entities/index.md"
CHANGES_PAGE = "changes.md"
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
GENERATED = {SOURCES_PAGE: "sources.md", DATA_PAGE: "data.md", TIMELINE_PAGE: "timeline.md", ENTITIES_PAGE: "entities.md",
             CHANGES_PAGE: "changes.md"}  # page -> template; entity pages are entities/<id>.md


class UnknownReference(Exception):
    """A page named a figure, chart or entity id that the data does not declare."""


class Page:
    """The helpers a page can call, bound to that page so links and footnotes are right."""

    def __init__(self, path: str, d: Derived, charts: dict[str, ChartOutput]):
        self.path, self.d, self.charts = path, d, charts
        self.notes: dict[str, str] = {}  # footnote label -> text
        self._labels: dict[str, str] = {}  # footnote text -> label
        self.cited: list[str] = []
        self.deps: set[str] = set()  # what the page read, so an unchanged page need not be rendered again

    # -- lookups ---------------------------------------------------------------------------
    def figure(self, fid: str) -> Figure:
        if fid not in self.d.figures:
            raise UnknownReference(f"unknown figure id {fid!r}{did_you_mean(fid, self.d.figures)}")
        fig = self.d.figures[fid]
        self.deps.add(f"figure:{fid}")
        self.cited += [s for s in fig.sources if s not in self.cited]
        return fig

    def link(self, target: str, anchor: str = "") -> str:
        return _href(self.path, target, anchor)

    def _note(self, fig: Figure) -> str:
        """A footnote reference; figures whose notes read the same share one footnote."""
        text = citations.footnote(fig, self.d, self.md_link(SOURCES_PAGE), self.md_link(DATA_PAGE))
        if text not in self._labels:
            self._labels[text] = fig.id.replace(".", "--")
            self.notes[self._labels[text]] = text
        return f"[^{self._labels[text]}]"

    # -- helpers for pages -----------------------------------------------------------------
    def fact(self, fid: str) -> Markup:
        """A figure inline: value, qualifier and unit, its status visible, and a footnote."""
        fig = self.figure(fid)
        title = attr(f"{STATUS_WORDS[fig.status]}, {citations.as_of(fig)}")
        flag = f" ({fig.status})" if fig.status in ("estimate", "disputed", "assumption") else ""
        return Markup(f'<span class="bf-fact" data-status="{fig.status}" title="{title}">{md(fig.prose())}{flag}</span>{self._note(fig)}')

    def statement(self, fid: str) -> Markup:
        fig = self.figure(fid)
        return Markup(f'{md(fig.label.rstrip("."))}.{self._note(fig)}')

    def key_figures(self, ids: list[str]) -> Markup:
        cards = []
        for fid in ids:
            fig = self.figure(fid)
            srcs = ", ".join(f'<a href="{self.link(SOURCES_PAGE, "src-" + s)}">{attr(self.d.sources[s].publisher)}</a>' for s in fig.sources[:3])
            more = f" and {len(fig.sources) - 3} more" if len(fig.sources) > 3 else ""
            cards.append(
                f'<div class="bf-card" data-status="{fig.status}">'
                f'<p class="bf-card__value">{attr(fig.prose())}</p>'
                f'<p class="bf-card__label">{attr(fig.label)}</p>'
                f'<p class="bf-card__meta"><span class="bf-status" data-status="{fig.status}">{STATUS_WORDS[fig.status]}</span> '
                f'{attr(citations.as_of(fig))} · {srcs}{more}</p></div>'
            )
        return Markup('\n<div class="bf-cards">' + "".join(cards) + "</div>\n")

    def table(self, table_id: str, metrics: Optional[list[str]] = None, items: Optional[list[str]] = None) -> Markup:
        """A comparison table: items as rows (by default every item with figures), metrics as columns
        (by default every metric with figures and ``in_table``); each cell cited."""
        found = [t for t in self.d.ds.tables if t.id == table_id]
        if not found:
            raise UnknownReference(f"unknown table id {table_id!r}{did_you_mean(table_id, [t.id for t in self.d.ds.tables])}")
        table = found[0]
        self.deps.add(f"table:{table_id}")
        with_figures = {f.item for f in table.figures}
        measured = {f.metric for f in table.figures}
        for item in items or []:
            if item not in with_figures:
                raise UnknownReference(f"unknown item {item!r} (not an entity with figures in table {table_id!r})")
        known = {m.id: m for m in table.metrics}
        for mid in metrics or []:
            if mid not in known:
                raise UnknownReference(f"unknown metric id {mid!r}{did_you_mean(mid, known)}")
        rows = [e for e in self.d.ds.entities if e.id in (items or with_figures)]
        if items:
            rows.sort(key=lambda e: items.index(e.id))
        columns = [known[m] for m in metrics] if metrics else [m for m in table.metrics if m.in_table and m.id in measured]
        kind = next(k for k in self.d.ds.entity_kinds if k.id == table.item_kind)
        head = f"| {md(kind.name)} | " + " | ".join(f"{md(m.name)} ({md(m.unit)})" for m in columns) + " |"
        lines = [head, "|" + "---|" * (len(columns) + 1)]
        for item in rows:
            cells = []
            for m in columns:
                fid = f"{item.id}.{m.id}"
                cells.append(self._cell(fid) if fid in self.d.figures else "–")
            lines.append(f"| [{md(item.name)}]({self.md_link(f'entities/{item.id}.md')}) | " + " | ".join(cells) + " |")
        return Markup("\n" + "\n".join(lines) + "\n")

    def _cell(self, fid: str) -> str:
        fig = self.figure(fid)
        value = units.number(fig.value) if not fig.is_range else f"{units.number(fig.low)}–{units.number(fig.high)}"
        if fig.qualifier:
            value = {"about": "~", "over": ">", "under": "<", "up to": "≤", "at least": "≥"}[fig.qualifier] + value
        flag = f" ({fig.status})" if fig.status in ("estimate", "disputed") else ""
        return f'<span class="bf-fact" data-status="{fig.status}">{md(value)}{flag}</span>{self._note(fig)}'

    def md_link(self, target_md: str, anchor: str = "") -> str:
        """A Markdown link target to another page, which MkDocs checks and rewrites; a figure's row on
        the Data page is on whichever of its pages lists that figure."""
        if target_md == DATA_PAGE and anchor.startswith("fig-"):
            target_md = citations.data_page_of(anchor, citations.data_pages(self.d))
        return _md_path(self.path, target_md) + (f"#{anchor}" if anchor else "")

    def chart(self, chart_id: str) -> Markup:
        if chart_id not in self.charts:
            raise UnknownReference(f"unknown chart id {chart_id!r}{did_you_mean(chart_id, self.charts)}")
        out = self.charts[chart_id]
        self.deps.add(f"chart:{chart_id}")
        self.cited += [s for s in out.sources if s not in self.cited]
        from .static_charts import size  # the static image keeps its own size in the placeholder

        html = _env().get_template("chart.html").render(page=self, out=out, edition=self.d.ds.edition, size=size(out.figure),
                                                        embed=False)
        return Markup(html.replace("\n\n", "\n"))

    def events(self, subject: Optional[str] = None) -> Markup:
        if subject and subject not in {e.id for e in self.d.ds.entities}:
            raise UnknownReference(f"unknown entity id {subject!r}{did_you_mean(subject, [e.id for e in self.d.ds.entities])}")
        self.deps.add("events")
        chosen = [e for e in sorted(self.d.ds.events, key=lambda e: (e.date.order, e.id)) if not subject or subject in e.subjects]
        lines = []
        for e in chosen:
            self.cited += [s for s in e.sources if s not in self.cited]
            lines.append(f"- **{e.when}** — [{md(e.title)}]({self.md_link(TIMELINE_PAGE, 'event-' + e.id)})")
        return Markup("\n" + "\n".join(lines) + "\n")

    def claim_check(self, check_id: str) -> Markup:
        self.deps.add("checks")
        found = [c for c in self.d.checks if c.id == check_id]
        if not found:
            raise UnknownReference(f"unknown claim check id {check_id!r}{did_you_mean(check_id, [c.id for c in self.d.checks])}")
        return Markup(_env().get_template("claim_check.md").render(**self.helpers(), page=self, check=found[0]))

    def methodology(self) -> Markup:
        self.deps.add("everything")
        parts = methodology.parts(self.d)  # one part: the tables are on this page; more: on pages of their own
        return Markup(_env().get_template("methodology_tables.md").render(
            **self.helpers(), page=self, d=self.d, parts=parts, part=parts[0] if len(parts) == 1 else None, part_path=methodology.path))

    def claim_value(self, fig: Figure, claim) -> Markup:
        return md(citations.claim_value(fig, claim))

    def content_helpers(self) -> dict[str, Any]:
        """The calls a curator's page may make."""
        return {name: getattr(self, name) for name in
                ("fact", "statement", "key_figures", "table", "chart", "events", "claim_check", "methodology")}

    def helpers(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in ("fact", "statement", "key_figures", "table", "chart", "events",
                                                       "claim_check", "methodology", "figure", "link", "md_link", "claim_value")}

    def footnotes(self) -> str:
        return "".join(f"\n[^{label}]: {text}\n" for label, text in self.notes.items())


@functools.lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), undefined=jinja2.StrictUndefined,
                             autoescape=False, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(md=md, attr=attr, url=url, number=units.number, status=lambda s: STATUS_WORDS.get(s, s.capitalize()))
    env.filters["series"] = series
    env.tests["contains"] = lambda seq, item: item in seq
    return env


def series(words: list[str]) -> str:
    """``Companies, agencies and people``: a list of nouns as a sentence's subject."""
    words = [words[0]] + [w[:1].lower() + w[1:] for w in words[1:]] if words else []
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else "".join(words)


def run(d: Derived, charts: dict[str, ChartOutput], root: Path, vendor: dict[str, bytes],
        changes: Optional[editions.Changes] = None, cache: Optional[PageCache] = None, has_feed: bool = False) -> dict[str, bytes]:
    """Every file of the docs tree: rendered pages, chart assets, downloads and vendored scripts.

    Content pages whose text and whose cited figures, charts and events are unchanged since the
    last run are taken from ``cache`` instead of being rendered again; generated pages read the
    whole dataset and are always rendered.
    """
    cache = cache or PageCache(d, charts, TEMPLATES)
    tree: dict[str, bytes] = {}
    problems: list[Problem] = []
    content = root / "content"
    # Pages get the helpers and nothing else; any other value they print is shown as literal text.
    content_env = ImmutableSandboxedEnvironment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                                                finalize=lambda value: value if isinstance(value, Markup) else md(str(value)))
    for path in sorted(content.rglob("*.md")):
        rel = path.relative_to(content).as_posix()
        outside = outside_project(root, path, f"content/{rel}")
        if outside or rel in GENERATED or rel.startswith("entities/"):
            problems += outside or [Problem(Location(f"content/{rel}"), "", "this page is generated; rename yours")]
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            problems.append(Problem(Location(f"content/{rel}"), "", "file is not valid UTF-8 text"))
            continue
        safe_text, unsafe_links = safe_markdown_source(text)
        problems += [Problem(Location(f"content/{rel}", line, 1), "", message) for line, message in unsafe_links]
        source_hash = digest(text)
        stored = cache.get(rel, source_hash)
        if stored is not None:
            tree[rel] = stored
            cache.reused += 1
            continue
        try:
            page = Page(rel, d, charts)
            tree[rel] = _page(rel, d, charts, content_env.from_string(safe_text), page=page, trusted=False)
            # Helpers write safe HTML and printed values are escaped: what remains to audit is the author's Markdown.
            for finding in unsafe_html(to_html(_JINJA.sub("", safe_text))):
                problems.append(Problem(Location(f"content/{rel}"), "", f"unsafe page: {finding}"))
            cache.put(rel, source_hash, page.deps, tree[rel])
        except (UnknownReference, jinja2.TemplateError, TypeError, ValueError, ArithmeticError) as err:
            line = _template_line(err)
            problems.append(Problem(Location(f"content/{rel}", line, _column(text, line, err)), "", _reason(err)))
    if problems:
        raise InputError(problems)
    env = _env()
    for b in d.ds.briefings:
        problems += [d.ds.problem(b, ("pages", i), f"unknown page {p!r} (no content/{p}.md)")
                     for i, p in enumerate(b.pages) if f"{p}.md" not in tree]
    if problems:
        raise InputError(problems)
    changes = changes or editions.Changes(previous=None)
    index = _Index(d)
    for target, template in GENERATED.items():
        for rel, figures in (_data_parts(d) if target == DATA_PAGE else {target: []}).items():
            tree[rel] = _page(rel, d, charts, env.get_template(template), changes=changes, has_feed=has_feed,
                              row_prose=functools.partial(editions.row_prose, registry=d.ds.registry),
                              index=index, figures=figures, data_pages=citations.data_pages(d))
    parts = methodology.parts(d)
    for part in parts if len(parts) > 1 else []:
        tree[methodology.path(part.number)] = _page(methodology.path(part.number), d, charts, env.get_template("methodology_part.md"),
                                                    part=part, parts=parts, part_path=methodology.path)
    for entity in d.ds.entities:
        rel = f"entities/{entity.id}.md"
        stored = cache.get(rel, "entity.md")
        if stored is not None:
            tree[rel] = stored
            cache.reused_entities += 1
            continue
        page = Page(rel, d, charts)
        page.deps.add(f"entity:{entity.id}")
        tree[rel] = _page(rel, d, charts, env.get_template("entity.md"), page=page, entity=entity, index=index)
        cache.put(rel, "entity.md", page.deps, tree[rel])
    for out in charts.values():
        for name, blob in out.files.items():
            tree[f"assets/charts/{name}"] = blob
        tree[f"embed/{out.chart.id}/index.html"] = _embed(out, d, charts)
    tree.update(_data_downloads(d))
    tree.update(vendor)
    return tree


def _embed(out: ChartOutput, d: Derived, charts: dict[str, ChartOutput]) -> bytes:
    """A chart on a page of its own, without the site's navigation, for other publications to embed."""
    from .static_charts import size

    page = Page(f"embed/{out.chart.id}/index.md", d, charts)  # served at embed/<id>/, as a page would be
    return _env().get_template("embed.html").render(page=page, out=out, edition=d.ds.edition, size=size(out.figure),
                                                    embed=True).encode("utf-8")


def _data_parts(d: Derived) -> dict[str, list[Figure]]:
    """The Data page split so that no page grows with the whole data set: its pages and the figures each lists."""
    pages = citations.data_pages(d)
    parts: dict[str, list[Figure]] = {citations.data_page_path(n): [] for n in range(1, pages + 1)}
    for fig in d.figures.values():
        parts[citations.data_page_of(citations.figure_anchor(fig.id), pages)].append(fig)
    return parts


_href = functools.lru_cache(maxsize=65536)(href)


@functools.lru_cache(maxsize=65536)
def _md_path(from_md: str, target_md: str) -> str:
    return posixpath.relpath(target_md, posixpath.dirname(from_md) or ".")


class _Index:
    """Look-ups the generated pages need for every source and entity, built once rather than per page."""

    def __init__(self, d: Derived):
        self.cited_by: dict[str, list[Figure]] = {}
        self.about: dict[str, list[Figure]] = {}
        self.events_about: dict[str, list] = {}
        for fig in d.figures.values():
            if fig.kind in ("fact", "table"):
                for s in fig.sources:
                    self.cited_by.setdefault(s, []).append(fig)
            for subject in fig.subjects:
                self.about.setdefault(subject, []).append(fig)
        for event in d.ds.events:
            for subject in event.subjects:
                self.events_about.setdefault(subject, []).append(event)


def _page(path: str, d: Derived, charts: dict[str, ChartOutput], template: jinja2.Template,
          page: Optional[Page] = None, trusted: bool = True, **extra: Any) -> bytes:
    """Render one page. Generated (trusted) templates see the whole dataset; content pages only the helpers."""
    page = page or Page(path, d, charts)
    context = {**page.helpers(), "page": page, "d": d, **extra} if trusted else page.content_helpers()
    body = template.render(**context)
    edition = d.ds.edition
    from .text import summary  # the page's own description, for search engines and link previews

    description = summary(body) or html.unescape(_title(body, path))
    if "entity" in extra:  # entities of one kind may share a curated description: their name tells them apart
        description = f"{extra['entity'].name}: {description}"
    chart_ids = re.findall(r'data-bf-chart="[^"]*assets/charts/([a-z0-9-]+)\.plot\.json"', body)
    meta = {
        "title": _title(body, path),
        "description": attr(description),
        # The picture a link preview shows: the page's first chart, else the site's icon (site-relative).
        "image": f"assets/charts/{chart_ids[0]}.png" if chart_ids else "assets/briefing/icon-512.png",
        "image_alt": attr(charts[chart_ids[0]].chart.title) if chart_ids else "",
        "edition": edition.id,
        "edition_date": edition.date.display,
        "edition_day": edition.date.day.isoformat(),  # for citation metadata
        "edition_summary": edition.summary,
        "sources_href": page.link(SOURCES_PAGE),
        "data_href": page.link(DATA_PAGE),
        "pdfs": [{"title": b.title, "href": page.link(f"pdf/{b.id}.pdf"), "paper": b.paper,
                  "format": "Two-page summary" if b.format == "summary" else "Full briefing"}
                 for b in d.ds.briefings if path == "index.md" or path.removesuffix(".md") in b.pages],
        "page_sources": [{"id": s, "publisher": d.sources[s].publisher, "title": d.sources[s].title,
                          "href": page.link(SOURCES_PAGE, "src-" + s)} for s in page.cited],
    }
    if path == DATA_PAGE or path.startswith("data/"):  # every figure is on the page citing it: tables would double search
        meta["search"] = {"exclude": True}
    front = yaml.dump(meta, Dumper=_DUMPER, sort_keys=True, allow_unicode=True, width=1000)
    return f"---\n{front}---\n\n{body.rstrip()}\n{page.footnotes()}".encode("utf-8")


def _title(body: str, path: str) -> str:
    """The page title from its first heading, escaped: themes print titles as raw HTML."""
    for line in body.splitlines():
        if line.startswith("# "):
            return html.escape(html.unescape(line[2:].strip()), quote=False)
    return html.escape(path.removesuffix(".md").replace("-", " ").capitalize(), quote=False)


def _template_line(err: Exception) -> int:
    if isinstance(err, jinja2.TemplateSyntaxError):
        return err.lineno or 0
    for frame in reversed(traceback.extract_tb(err.__traceback__)):
        if frame.filename == "<template>":
            return frame.lineno or 0
    return 0


def _column(text: str, line: int, err: Exception) -> int:
    """Where on the line the offending call starts: the quoted unknown id, else the first ``{{``."""
    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return 1
    source = lines[line - 1]
    quoted = str(err).split("'")[1] if str(err).count("'") >= 2 else ""
    at = source.find(quoted) if quoted else -1
    if at >= 0:
        start = source.rfind("{{", 0, at)
        return (start if start >= 0 else at) + 1
    return source.find("{{") + 1 if "{{" in source else 1


def _reason(err: Exception) -> str:
    if isinstance(err, jinja2.TemplateSyntaxError):
        return f"template syntax error: {err.message}"
    if isinstance(err, jinja2.UndefinedError):
        return f"{err.message}; available helpers: fact, statement, key_figures, table, chart, events, claim_check, methodology"
    return str(err)


def _data_downloads(d: Derived) -> dict[str, bytes]:
    """All figures as CSV and JSON, for the Data page; the JSON is also the edition's record."""
    buffer = io.StringIO()
    buffer.write(f"# {editions.citation(d)} {editions.LICENCE}\n")
    rows = [{key: csv_cell(value) for key, value in row.items()} for row in editions.figure_rows(d)]
    pd.DataFrame(rows, dtype=object).to_csv(buffer, index=False, lineterminator="\n")  # object: integers stay integers
    record = json.dumps(editions.snapshot(d), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    return {"downloads/figures.csv": buffer.getvalue().encode(), "downloads/figures.json": record.encode()}
