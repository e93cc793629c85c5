"""Render stage: the complete MkDocs docs tree, as a mapping of relative path to bytes.

Content pages are Markdown with Jinja calls such as ``{{ fact("cn-approved-units") }}`` (the
helpers are in ``page``); the pages the generator writes itself are in ``generated``; the Data
page's downloads in ``downloads``. Every figure cited on a page becomes a footnote, and each
page's front matter carries its edition and cited sources for the theme.
"""
from __future__ import annotations

from typing import Optional

import jinja2

from . import downloads, editions, generated, history
from .cache import fingerprint
from .charts import ChartOutput
from .derive import Derivation
from .errors import InputError, Location, Problem
from .page import Page, UnknownReference
from .page import render as render_page
from .pagecache import PageCache
from .templating import JINJA_TAG, TEMPLATES, column, content_environment, reason, template_line
from .text import safe_markdown_source, to_html, unsafe_html


def run(d: Derivation, charts: dict[str, ChartOutput], vendor: dict[str, bytes],
        changes: Optional[editions.Changes] = None, cache: Optional[PageCache] = None, has_feed: bool = False,
        histories: Optional[history.Histories] = None) -> dict[str, bytes]:
    """Every file of the docs tree: rendered pages, chart assets, downloads and vendored scripts.

    Content pages whose text and whose cited figures, charts and events are unchanged since the
    last run are taken from ``cache`` instead of being rendered again, and so are entity pages.
    """
    cache = cache or PageCache(d, charts, TEMPLATES)
    tree = content_pages(d, charts, cache)
    problems = [d.ds.problem(b, ("pages", i), f"unknown page {p!r} (no content/{p}.md)")
                for b in d.ds.briefings for i, p in enumerate(b.pages) if f"{p}.md" not in tree]
    if problems:
        raise InputError(problems)
    histories = histories or history.histories([None] * (len(d.ds.editions) - 1) + [editions.snapshot(d)], d)
    tree.update(generated.pages(d, charts, changes or editions.Changes(previous=None), cache, has_feed, histories))
    for out in charts.values():
        for name, blob in out.files.items():
            tree[f"assets/charts/{name}"] = blob
    tree.update(downloads.figures(d))
    tree.update(vendor)
    return tree


def content_pages(d: Derivation, charts: dict[str, ChartOutput], cache: PageCache) -> dict[str, bytes]:
    """The curators' pages, rendered in the sandbox; every problem on every page in one InputError."""
    tree: dict[str, bytes] = {}
    problems: list[Problem] = []
    env = content_environment()
    for rel, text in d.ds.pages.items():
        if rel in generated.GENERATED or rel.startswith("entities/"):
            problems.append(Problem(Location(f"content/{rel}"), "", "this page is generated; rename yours"))
            continue
        safe_text, unsafe_links = safe_markdown_source(text)
        problems += [Problem(Location(f"content/{rel}", line, 1), "", message) for line, message in unsafe_links]
        source_hash = fingerprint(text)
        stored = cache.get(rel, source_hash)
        if stored is not None:
            tree[rel] = stored
            cache.reused += 1
            continue
        try:
            page = Page(rel, d, charts)
            tree[rel] = render_page(rel, d, charts, env.from_string(safe_text), page=page, trusted=False)
            # Helpers write safe HTML and printed values are escaped: what remains to audit is the author's Markdown.
            for finding in unsafe_html(to_html(JINJA_TAG.sub("", safe_text))):
                problems.append(Problem(Location(f"content/{rel}"), "", f"unsafe page: {finding}"))
            cache.put(rel, source_hash, page.deps, tree[rel])
        except (UnknownReference, jinja2.TemplateError, TypeError, ValueError, ArithmeticError) as err:
            line = template_line(err)
            problems.append(Problem(Location(f"content/{rel}", line, column(text, line, err)), "", reason(err)))
    if problems:
        raise InputError(problems)
    return tree
