"""How a figure is cited: inline value, footnote text, source lines and independence.

Shared by content pages, generated pages and chart captions so every number reads the same way.
Sources are cited grouped by the story they carry (the relay graph in ``sourcing``): a wire story
is named once, followed by the outlets where a reader can open it.
"""
from __future__ import annotations

import hashlib
import math
import posixpath
import re
import string

from . import present, sourcing, units
from .derive import Derivation, Figure
from .model import Source
from .text import md, url

# The Data and Sources pages list one entry per figure or source, so each is split in parts: its
# first part at data.md (sources.md), the others at data/<n>.md (sources/<n>.md). The number of parts
# is a power of two and an entry's part is picked by a hash of its anchor, so an entry moves only
# when the number of parts doubles, and every link to an entry goes to the part that lists it.
# The Timeline is split too, but in date order: its first part lists the earliest events.
DATA_PAGE, SOURCES_PAGE, TIMELINE_PAGE = "data.md", "sources.md", "timeline.md"
HISTORY_PAGE = "history.md"  # no such page: a link to it goes to whichever history page holds the figure
# Parts stay under 1 MB of HTML with Material's chrome (about 300 KB a page at 100x the example: README, Performance)
DATA_PAGE_FIGURES = 200  # a figure takes about 2.1 KB of the Data page's HTML with its note
SOURCES_PAGE_ENTRIES = 250  # a source takes about 2.5 KB of the Sources page's HTML
TIMELINE_PAGE_EVENTS = 100  # an event takes up to 5.5 KB of the Timeline's HTML with its notes


def data_pages(d: Derivation) -> int:
    """How many pages list the figures."""
    return _parts(len(d.figures), DATA_PAGE_FIGURES)


def source_pages(d: Derivation) -> int:
    """How many pages list the sources."""
    return _parts(len(d.sources), SOURCES_PAGE_ENTRIES)


def timeline_pages(d: Derivation) -> int:
    """How many pages list the events, in date order."""
    return max(1, math.ceil(len(d.timeline) / TIMELINE_PAGE_EVENTS))


def _parts(entries: int, per_page: int) -> int:
    return 1 << (math.ceil(entries / per_page) - 1).bit_length() if entries else 1


def data_page_of(anchor: str, pages: int) -> str:
    """The page that lists the figure with this anchor (``fig-<id>``): ``data.md`` or ``data/<n>.md``."""
    return data_page_path(_part_of(anchor, pages))


def _part_of(anchor: str, pages: int) -> int:
    return int(hashlib.sha256(anchor.encode()).hexdigest()[:8], 16) % pages + 1 if pages > 1 else 1


HISTORY_PAGES_PER_DATA_PAGE = 8  # a history page holds at most 25 of the current figures (200 a Data page), each with a row per edition


def history_pages(d: Derivation) -> int:
    """How many pages hold the figures' histories: a multiple of the Data pages', so it changes only when theirs does
    (and the page cache, which keys on that count, never keeps a footnote linking a figure's old page)."""
    return HISTORY_PAGES_PER_DATA_PAGE * data_pages(d)


def history_page_of(anchor: str, pages: int) -> str:
    """The page that holds the history of the figure with this anchor (``history-<id>``): ``history/<n>.md``."""
    return f"history/{_part_of(anchor, pages)}.md"


def history_anchor(fid: str) -> str:
    return "history-" + fid.replace(".", "--")


def data_page_path(number: int) -> str:
    return part_path(DATA_PAGE, number)


def part_path(page: str, number: int) -> str:
    """Where part ``number`` of a split page is: ``sources.md``, ``sources/2.md``, …"""
    return page if number == 1 else f"{page.removesuffix('.md')}/{number}.md"


def entry_page(target_md: str, anchor: str, d: Derivation) -> str:
    """The part of a split page that lists the entry ``anchor`` (any other page as it is)."""
    if target_md == DATA_PAGE and anchor.startswith("fig-"):
        return data_page_of(anchor, data_pages(d))
    if target_md == SOURCES_PAGE and anchor.startswith("src-"):
        return part_path(SOURCES_PAGE, _part_of(anchor, source_pages(d)))
    if target_md == HISTORY_PAGE:
        return history_page_of(anchor, history_pages(d))
    if target_md == TIMELINE_PAGE and anchor.startswith("event-"):
        return part_path(TIMELINE_PAGE, d.timeline_position[anchor.removeprefix("event-")] // TIMELINE_PAGE_EVENTS + 1)
    return target_md


def entry_link(link: str, anchor: str, d: Derivation) -> str:
    """``link`` (relative, to a split page's first part, such as ``../sources.md``) to the part listing ``anchor``."""
    return posixpath.join(posixpath.dirname(link), entry_page(posixpath.basename(link), anchor, d)) + f"#{anchor}"


def figure_anchor(fid: str) -> str:
    return "fig-" + fid.replace(".", "--")


def source_line(source: Source, sources_page: str, d: Derivation) -> str:
    """``Agency, headline, 28 January 2026, link`` as safe Markdown; the publisher links to its entry on the Sources page."""
    parts = [f"[{md(source.publisher)}]({entry_link(sources_page, 'src-' + source.id, d)})", md(source.title)]
    if source.published:
        parts.append(source.published.display)
    line = ", ".join(parts)
    if source.url:
        line += f' <a href="{url(source.url)}">{md(_host(source.url))}</a>'
    if source.archive_url:
        line += f' (<a href="{url(source.archive_url)}">archived copy</a>)'
    return line


def _host(address: str) -> str:
    return address.split("/")[2]


def named_sources(source_ids: list[str], d: Derivation) -> dict[str, str]:
    """Sources as downloads name them: ``Publisher: headline, date`` (never an internal id), and their addresses."""
    sources = [d.sources[s] for s in source_ids]
    return {"sources": "; ".join(f"{s.publisher}: {s.title}" + (f", {s.published.display}" if s.published else "") for s in sources),
            "source_urls": " ".join(s.url or s.archive_url for s in sources if s.url or s.archive_url)}


def cite(source_ids: list[str], d: Derivation, sources_page: str) -> str:
    """Sources grouped by origin: ``Agency, … 28 January 2026, carried by The Daily, …``."""
    groups: dict[str, list[str]] = {}
    for sid in source_ids:
        groups.setdefault(sourcing.origin(sid, d.sources), []).append(sid)
    lines = []
    for root, cited in groups.items():
        relays = [s for s in cited if s != root]
        line = source_line(d.sources[root], sources_page, d)
        if relays:
            line += ", carried by " + " and ".join(source_line(d.sources[s], sources_page, d) for s in relays)
        lines.append(line)
    return "; ".join(lines)


def footnote(fig: Figure, d: Derivation, sources_page: str, data_page: str) -> str:
    """The body of a figure's footnote: status, date, note, claims, and sources (or, when
    computed, the formula and each input with its own sources)."""
    lines = [f"{present.status_line(fig)}."]
    if fig.kind in ("fact", "table"):
        count = len(d.independent.get(fig.id, []))
        lines[0] += f" {count} independent source{'s' if count != 1 else ''}."
    if fig.note and not fig.formula:
        lines.append(md(fig.note.rstrip(".")) + ".")
    for claim_text in claim_lines(fig, d):
        lines.append(f"Claim: {claim_text}.")
    if fig.formula:
        formula, letters = reader_formula(fig, d)
        lines.append(f"Computed as {md(formula)}, where:")
        for ref, letter in letters.items():
            inp = d.figures[ref]
            link = f"[{md(inp.label.rstrip('.'))}]({entry_link(data_page, figure_anchor(ref), d)})"
            lines.append(f"{letter} is {link}, {md(inp.prose())} ({cite(inp.sources, d, sources_page)}).")
    else:
        lines.append("Sources: " + cite(fig.sources, d, sources_page) + ".")
    return " ".join(lines)


def history_note(fids: list[str], d: Derivation, data_page: str) -> str:
    """The end of a footnote: a link to the history of its figure (of each, when figures share the note).
    A span of its own, which PDFs leave out: a history is a page of the site."""
    links = []
    for fid in fids:
        anchor = history_anchor(fid)
        page = posixpath.join(posixpath.dirname(data_page), history_page_of(anchor, history_pages(d)))  # relative, as data_page is
        links.append(f"{page}#{anchor}")
    if len(fids) == 1:
        return f'<span class="bf-history">[Its value in each edition]({links[0]}).</span>'
    named = "; ".join(f"[{md(d.figures[fid].label.rstrip('.'))}]({link})" for fid, link in zip(fids, links))
    return f'<span class="bf-history">Each one\'s value in each edition: {named}.</span>'


_OPERATORS = {"*": "×", "/": "÷", "-": "−"}


def reader_formula(fig: Figure, d: Derivation) -> tuple[str, dict[str, str]]:
    """The formula as a reader reads it, ``(A − B) ÷ C``, and which figure each letter stands for."""
    assumption = next((a for a in d.ds.assumptions if a.id == fig.id), None)
    if assumption:
        cases = [getattr(assumption, name) for name in ("low", "central", "high")]
        text = "; ".join(f"{name} case {value if isinstance(value, str) else units.number(value)}"
                         for name, value in zip(("low", "central", "high"), cases))
    else:
        text = fig.formula or ""
    letters: dict[str, str] = {}
    for ref in [*fig.inputs, *re.findall(r"\{([^{}]+)\}", text)]:
        letters.setdefault(ref, string.ascii_uppercase[len(letters) % 26])
    text = re.sub(r"\{([^{}]+)\}", lambda m: letters[m[1]], text)
    text = re.sub(r"\[([^\]]+)\]", r" \1", text)  # 8[bit] -> 8 bit
    text = re.sub(r" ([*/-]) ", lambda m: f" {_OPERATORS[m[1]]} ", text)
    text = text.replace("max(", "the larger of (").replace("min(", "the smaller of (")
    return text, letters


def claim_lines(fig: Figure, d: Derivation) -> list[str]:
    """Each competing claim: what it says and who says it, for disputed figures."""
    out = []
    for claim in fig.claims:
        said = []
        if claim.value is not None:
            said.append(md(present.claim_prose(fig, claim)))
        if claim.wording:
            said.append(f"“{md(claim.wording.rstrip('. '))}”")
        who = ", ".join(md(d.sources[s].publisher) for s in sourcing.independent(claim.sources, d.sources))
        when = f" ({claim.as_of.display})" if claim.as_of else ""
        out.append(f"{' — '.join(said)} according to {who}{when}")
    return out
