"""One page of the docs tree: the helpers its template calls (bound to the page, so links and
footnotes are right, and recording what it read for the page cache) and its front matter."""
from __future__ import annotations

import functools
import html
import posixpath
import re
from typing import Any, Optional

import jinja2
import yaml
from markupsafe import Markup

from . import citations, methodology, present
from .charts import ChartOutput
from .citations import DATA_PAGE, SOURCES_PAGE, TIMELINE_PAGE
from .derive import Derivation, Figure
from .errors import did_you_mean
from .templating import HELPERS, environment
from .text import attr, href, md

ENTITIES_PAGE = "entities/index.md"
_SUPERSCRIPTS = set("⁰¹²³⁴⁵⁶⁷⁸⁹")
CHANGES_PAGE = "changes.md"
# A chart's data table on a page lists at most this many rows (a row is about 1.4 KB of HTML); a
# chart with more (the timeline plots every event) says what it leaves out and links the downloads.
CHART_TABLE_ROWS = 100
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class UnknownReference(Exception):
    """A page named a figure, chart or entity id that the data does not declare."""


class Page:
    """The helpers a page can call, bound to that page so links and footnotes are right."""

    def __init__(self, path: str, d: Derivation, charts: dict[str, ChartOutput]):
        self.path, self.d, self.charts = path, d, charts
        self.notes: dict[str, str] = {}  # footnote label -> text
        self._labels: dict[str, str] = {}  # footnote text -> label
        self._noted: dict[str, list[str]] = {}  # footnote label -> the figures sharing it, each linked to its history
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
        """An HTML link to another page (to the part of a split page that lists ``anchor``)."""
        return _href(self.path, citations.entry_page(target, anchor, self.d), anchor)

    def _note(self, fig: Figure) -> str:
        """A footnote reference; figures whose notes read the same share one footnote."""
        text = citations.footnote(fig, self.d, self.md_link(SOURCES_PAGE), self.md_link(DATA_PAGE))
        if text not in self._labels:
            self._labels[text] = fig.id.replace(".", "--")
            self.notes[self._labels[text]] = text
        noted = self._noted.setdefault(self._labels[text], [])
        noted += [fig.id] if fig.id not in noted else []
        return f"[^{self._labels[text]}]"

    # -- helpers for pages -----------------------------------------------------------------
    def fact(self, fid: str) -> Markup:
        """A figure inline: value, qualifier and unit, its status visible, and a footnote."""
        fig = self.figure(fid)
        prose, flag = present.prose(fig), present.flag(fig)
        gap = "\u202f" if (flag or prose)[-1:] in _SUPERSCRIPTS else ""  # "m³" then the footnote's ³ would read "m³³"
        return Markup(f'<span class="bf-fact" data-status="{fig.status}" title="{attr(present.status_line(fig))}">'
                      f'{md(prose)}{flag}</span>{gap}{self._note(fig)}')

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
                f'<p class="bf-card__value">{attr(present.prose(fig))}</p>'
                f'<p class="bf-card__label">{attr(fig.label)}</p>'
                f'<p class="bf-card__meta"><span class="bf-status" data-status="{fig.status}">{present.STATUS_WORDS[fig.status]}</span> '
                f'{attr(present.as_of(fig))} · {srcs}{more}</p></div>'
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
        return f'<span class="bf-fact" data-status="{fig.status}">{md(present.compact(fig))}{present.flag(fig)}</span>{self._note(fig)}'

    def md_link(self, target_md: str, anchor: str = "") -> str:
        """A Markdown link target to another page, which MkDocs checks and rewrites; an entry of the Data or
        Sources page is on whichever of its parts lists it."""
        target_md = citations.entry_page(target_md, anchor, self.d)
        if target_md == self.path and anchor:
            return f"#{anchor}"
        return _md_path(self.path, target_md) + (f"#{anchor}" if anchor else "")

    def chart(self, chart_id: str) -> Markup:
        if chart_id not in self.charts:
            raise UnknownReference(f"unknown chart id {chart_id!r}{did_you_mean(chart_id, self.charts)}")
        self.deps.add(f"chart:{chart_id}")
        context = self.chart_context(self.charts[chart_id], embed=False)
        cited = set(self.cited)
        self.cited += [s for s in context["sources"] if s not in cited]
        html = environment().get_template("chart.html").render(context)
        return Markup(html.replace("\n\n", "\n"))

    def chart_context(self, out: ChartOutput, embed: bool) -> dict[str, Any]:
        """What ``chart.html`` reads, on a page of the site or on a chart's embeddable page: the rows its
        table shows (``CHART_TABLE_ROWS`` at most), and the sources the page names (all the chart's, or
        when its table leaves rows out, those of the rows shown: the downloads name every row's)."""
        from .static_charts import size  # the static image keeps its own size in the placeholder

        shown = out.rows[:CHART_TABLE_ROWS]
        sources = out.sources if len(shown) == len(out.rows) else list(dict.fromkeys(s for row in shown for s in row["sources"]))
        return dict(page=self, out=out, edition=self.d.ds.edition, size=size(out.figure), embed=embed, shown=shown,
                    left_out=out.rows[len(shown):], sources=sources)

    def events(self, subject: Optional[str] = None) -> Markup:
        if subject and subject not in self.d.entities:
            raise UnknownReference(f"unknown entity id {subject!r}{did_you_mean(subject, self.d.entities)}")
        self.deps.add("events")
        lines = []
        for e in self.d.events_about.get(subject, []):
            self.cited += [s for s in e.sources if s not in self.cited]
            lines.append(f"- **{e.when}** — [{md(e.title)}]({self.md_link(TIMELINE_PAGE, 'event-' + e.id)})")
        return Markup("\n" + "\n".join(lines) + "\n")

    def claim_check(self, check_id: str) -> Markup:
        self.deps.add("checks")
        found = [c for c in self.d.checks if c.id == check_id]
        if not found:
            raise UnknownReference(f"unknown claim check id {check_id!r}{did_you_mean(check_id, [c.id for c in self.d.checks])}")
        return Markup(environment().get_template("claim_check.md").render(**self.helpers(), page=self, check=found[0]))

    def methodology(self) -> Markup:
        self.deps.add("everything")
        parts = methodology.parts(self.d)  # one part: the tables are on this page; more: on pages of their own
        return Markup(environment().get_template("methodology_tables.md").render(
            **self.helpers(), page=self, d=self.d, parts=parts, part=parts[0] if len(parts) == 1 else None, part_path=methodology.path))

    def cases(self, fid: str) -> Markup:
        """An assumption's low, central and high cases as three table cells, each in its unit; the central
        one carries the footnote (how each case is made, and from which sources)."""
        fig = self.figure(fid)
        low, central, high = (md(fig.units.prose(v, fig.unit)) for v in (fig.low, fig.value, fig.high))
        return Markup(f"{low} | {central}{self._note(fig)} | {high}")

    def claim_value(self, fig: Figure, claim) -> Markup:
        return md(present.claim_prose(fig, claim))

    def content_helpers(self) -> dict[str, Any]:
        """The calls a curator's page may make."""
        return {name: getattr(self, name) for name in HELPERS}

    def helpers(self) -> dict[str, Any]:
        """What the generator's own templates may call: the curators' helpers and the look-ups behind them."""
        return {name: getattr(self, name) for name in (*HELPERS, "figure", "link", "md_link", "cases", "claim_value")}

    def footnotes(self) -> str:
        data_page = self.md_link(DATA_PAGE)
        return "".join(f"\n[^{label}]: {text} {citations.history_note(self._noted[label], self.d, data_page)}\n"
                       for label, text in self.notes.items())


_href = functools.lru_cache(maxsize=65536)(href)


@functools.lru_cache(maxsize=65536)
def _md_path(from_md: str, target_md: str) -> str:
    return posixpath.relpath(target_md, posixpath.dirname(from_md) or ".")


def render(path: str, d: Derivation, charts: dict[str, ChartOutput], template: jinja2.Template,
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
    if path == DATA_PAGE or path.startswith(("data/", "history/")):  # every figure is on the page citing it: tables would double search
        meta["search"] = {"exclude": True}
    front = yaml.dump(meta, Dumper=_DUMPER, sort_keys=True, allow_unicode=True, width=1000)
    return f"---\n{front}---\n\n{body.rstrip()}\n{page.footnotes()}".encode("utf-8")


def _title(body: str, path: str) -> str:
    """The page title from its first heading, escaped: themes print titles as raw HTML."""
    for line in body.splitlines():
        if line.startswith("# "):
            return html.escape(html.unescape(line[2:].strip()), quote=False)
    return html.escape(path.removesuffix(".md").replace("-", " ").capitalize(), quote=False)


