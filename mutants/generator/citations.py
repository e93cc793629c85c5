"""How a figure is cited: inline value, footnote text, source lines and independence.

Shared by content pages, generated pages and chart captions so every number reads the same way.
"""
from __future__ import annotations

from dataclasses import replace

from .derive import Derived, Figure, split_quantity
from .model import Source
from .text import md, url

STATUS_WORDS = {
    "confirmed": "Confirmed",
    "reported": "Reported",
    "estimate": "Estimate",
    "disputed": "Disputed",
    "derived": "Derived",
    "assumption": "Assumption",
}


def source_line(source: Source, sources_page: str) -> str:
    """``Reuters, “title”, 28 January 2026, link`` as safe Markdown; the publisher links to the Sources page."""
    title = md(source.title) if source.title.startswith("[") else f"“{md(source.title)}”"  # [supplied] titles unquoted
    parts = [f"[{md(source.publisher)}]({sources_page}#src-{source.id})", title]
    if source.published:
        parts.append(source.published.display)
    line = ", ".join(parts)
    if source.url:
        line += f' <a href="{url(source.url)}">{md(_host(source.url))}</a>'
    return line


def _host(url: str) -> str:
    return url.split("/")[2]


def as_of(fig: Figure) -> str:
    return f"as of {fig.as_of.display}" if fig.as_of else ""


def footnote(fig: Figure, d: Derived, sources_page: str, data_page: str) -> str:
    """The body of a figure's footnote: status, date, claims when disputed, and each source."""
    indep = d.independent.get(fig.id, [])
    head = f"{STATUS_WORDS[fig.status]}, {as_of(fig)}."
    if fig.kind in ("fact", "table") and fig.sources:
        head += f" {len(indep)} independent source{'s' if len(indep) != 1 else ''}."
    if fig.formula:
        inputs = "; ".join(f"[{md(d.figures[ref].label.rstrip('.'))}]({data_page}#fig-{ref.replace('.', '--')})" for ref in fig.inputs)
        head += f" Computed as <code>{md(fig.formula)}</code> from: {inputs}."
    lines = [head]
    for claim_text in claim_lines(fig, d):
        lines.append(f"Claim: {claim_text}.")
    cites = [source_line(d.sources[s], sources_page) for s in fig.sources]
    lines.append("Sources: " + "; ".join(cites) + ".")
    return " ".join(lines)


def claim_lines(fig: Figure, d: Derived) -> list[str]:
    """Each competing claim: what it says and who says it, for disputed figures."""
    out = []
    for claim in fig.claims:
        said = []
        if claim.value is not None:
            said.append(md(claim_value(fig, claim)))
        if claim.wording:
            said.append(f"“{md(claim.wording.rstrip('. '))}”")
        who = ", ".join(md(d.sources[s].publisher) for s in claim.sources)
        when = f" ({claim.as_of.display})" if claim.as_of else ""
        out.append(f"{' — '.join(said)} according to {who}{when}")
    return out


def claim_value(fig: Figure, claim) -> str:
    value, low, high = split_quantity(claim.value)
    return replace(fig, value=value, low=low, high=high, qualifier=claim.qualifier).prose()
