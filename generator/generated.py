"""The pages the generator writes from the data alone: sources, data, timeline, entities, what
changed, each entity's page and each chart's embeddable page."""
from __future__ import annotations

import functools

from . import citations, editions, history, methodology, present
from .charts import ChartOutput
from .derive import Derivation, Figure
from .page import CHANGES_PAGE, DATA_PAGE, ENTITIES_PAGE, SOURCES_PAGE, TIMELINE_PAGE, Page, render
from .pagecache import PageCache
from .templating import environment

GENERATED = {SOURCES_PAGE: "sources.md", DATA_PAGE: "data.md", TIMELINE_PAGE: "timeline.md", ENTITIES_PAGE: "entities.md",
             CHANGES_PAGE: "changes.md"}  # page -> template; entity pages are entities/<id>.md


def pages(d: Derivation, charts: dict[str, ChartOutput], changes: editions.Changes, cache: PageCache,
          has_feed: bool, histories: history.Histories) -> dict[str, bytes]:
    """Every generated page; an entity page is reused from ``cache`` when nothing it lists changed."""
    tree: dict[str, bytes] = {}
    env = environment()
    index = _Index(d)
    for target, template in GENERATED.items():
        parts = _split(target, d)
        for number, (rel, entries) in enumerate(parts.items(), 1):
            tree[rel] = render(rel, d, charts, env.get_template(template), changes=changes, has_feed=has_feed,
                               row_prose=functools.partial(present.row_prose, registry=d.ds.registry), index=index,
                               figures=entries, sources=entries, events=entries, number=number, data_pages=citations.data_pages(d),
                               source_pages=citations.source_pages(d), timeline_pages=citations.timeline_pages(d),
                               withdrawn=[h for h in histories.withdrawn() if target == DATA_PAGE and _data_page_of(h.id, d) == rel])
    tree.update(_history_pages(d, charts, histories))
    parts = methodology.parts(d)
    for part in parts if len(parts) > 1 else []:
        rel = methodology.path(part.number)
        tree[rel] = render(rel, d, charts, env.get_template("methodology_part.md"), part=part, parts=parts, part_path=methodology.path)
    for entity in d.ds.entities:
        rel = f"entities/{entity.id}.md"
        stored = cache.get(rel, "entity.md")
        if stored is not None:
            tree[rel] = stored
            cache.reused_entities += 1
            continue
        page = Page(rel, d, charts)
        page.deps.add(f"entity:{entity.id}")
        tree[rel] = render(rel, d, charts, env.get_template("entity.md"), page=page, entity=entity, index=index)
        cache.put(rel, "entity.md", page.deps, tree[rel])
    for out in charts.values():
        tree[f"embed/{out.chart.id}/index.html"] = _embed(out, d, charts)
    return tree


def _embed(out: ChartOutput, d: Derivation, charts: dict[str, ChartOutput]) -> bytes:
    """A chart on a page of its own, without the site's navigation, for other publications to embed."""
    page = Page(f"embed/{out.chart.id}/index.md", d, charts)  # served at embed/<id>/, as a page would be
    return environment().get_template("embed.html").render(page.chart_context(out, embed=True)).encode("utf-8")


def _history_pages(d: Derivation, charts: dict[str, ChartOutput], histories: history.Histories) -> dict[str, bytes]:
    """Each figure's value in every edition, on the history page its anchor picks (withdrawn figures too)."""
    prose = functools.partial(present.row_prose, registry=d.ds.registry)
    return {rel: render(rel, d, charts, environment().get_template("history.md"), histories=histories, part=part, row_prose=prose)
            for rel, part in histories.by_page().items()}


def _data_page_of(fid: str, d: Derivation) -> str:
    return citations.data_page_of(citations.figure_anchor(fid), citations.data_pages(d))


def _split(target: str, d: Derivation) -> dict[str, list]:
    """The parts of a generated page and the entries each lists: the Data and Sources pages are split so that
    no page grows with the whole data set (see ``citations``); any other page is one part listing nothing."""
    if target == DATA_PAGE:
        entries, count, anchor = list(d.figures.values()), citations.data_pages(d), lambda fig: citations.figure_anchor(fig.id)
    elif target == SOURCES_PAGE:
        entries, count, anchor = d.ds.sources, citations.source_pages(d), lambda source: "src-" + source.id
    elif target == TIMELINE_PAGE:
        per = citations.TIMELINE_PAGE_EVENTS
        chunks = [d.timeline[i:i + per] for i in range(0, len(d.timeline), per)] or [[]]
        return {citations.part_path(target, n): chunk for n, chunk in enumerate(chunks, 1)}
    else:
        return {target: []}
    parts: dict[str, list] = {citations.part_path(target, n): [] for n in range(1, count + 1)}
    for entry in entries:
        parts[citations.entry_page(target, anchor(entry), d)].append(entry)
    return parts


class _Index:
    """Look-ups the generated pages need for every source and entity, built once rather than per page."""

    def __init__(self, d: Derivation):
        self.cited_by: dict[str, list[Figure]] = {}
        self.about: dict[str, list[Figure]] = {}
        self.carried_by: dict[str, list] = {}  # source id -> the sources relaying its story
        for source in d.ds.sources:
            if source.relays:
                self.carried_by.setdefault(source.relays, []).append(source)
        for fig in d.figures.values():
            if fig.kind in ("fact", "table"):
                for s in fig.sources:
                    self.cited_by.setdefault(s, []).append(fig)
            for subject in fig.subjects:
                self.about.setdefault(subject, []).append(fig)


