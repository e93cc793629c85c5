"""Turning curated text into safe Markdown, HTML, CSV and file paths.

Text from ``data/`` is never trusted: it may hold HTML, Markdown links or template syntax,
and must reach the reader as the literal characters the curator typed.
"""
from __future__ import annotations

import html
import posixpath
import re

from markupsafe import Markup

# Characters that start Markdown, attr_list, footnote, table or HTML syntax inline (# + - only
# matter at the start of a line, but text may land there, so they are neutralised too).
_MARKDOWN_ACTIVE = set("\\`*_{}[]()#+-!|<>&")


def md(text: str) -> Markup:
    """Literal text for a Markdown context: HTML-escaped, Markdown syntax neutralised, one line."""
    out = []
    for ch in " ".join(str(text).split()):
        if ch in _MARKDOWN_ACTIVE:
            out.append(f"&#{ord(ch)};")
        else:
            out.append(ch)
    return Markup("".join(out))


def attr(text: str) -> str:
    """Literal text inside an HTML attribute or element written by hand."""
    return html.escape(" ".join(str(text).split()), quote=True)


def csv_cell(value: object) -> object:
    """A spreadsheet cell that cannot run as a formula (=, +, -, @ start formulas in Excel)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def page_url(md_path: str) -> str:
    """Where MkDocs publishes a page with directory URLs: ``volumes.md`` -> ``volumes/``."""
    stem = md_path.removesuffix(".md")
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def href(from_md: str, to_md_or_asset: str, anchor: str = "") -> str:
    """A relative link written into raw HTML (which MkDocs does not rewrite)."""
    target = page_url(to_md_or_asset) if to_md_or_asset.endswith(".md") else to_md_or_asset
    base = page_url(from_md) or "."
    rel = posixpath.relpath(target or ".", base)
    if to_md_or_asset.endswith(".md") and not rel.endswith("/") and rel != ".":
        rel += "/"
    if rel == ".":
        rel = "./"
    return attr(rel + (f"#{anchor}" if anchor else ""))


_CODE = re.compile(r"(^```.*?^```[ \t]*$|`[^`\n]*`)", re.S | re.M)
_UNSAFE_LINK = re.compile(r"(?:\]\(\s*<?|^\[[^\]\n]+\]:\s*<?)(?!https?:|mailto:|#|\.{0,2}/|[A-Za-z0-9_.-]+(?:[/#)\s]|$))([^)\s>]*)", re.M)


def safe_markdown_source(text: str) -> tuple[str, list[tuple[int, str]]]:
    """A content page's Markdown with raw HTML shown as text, and the lines of any unsafe links.

    Pages are written by curators and may be pasted from anywhere: raw HTML (``<script>``) must
    not reach a reader's browser, and a link may only go to the web, to mail or within the site.
    Code spans and blocks stay as written.
    """
    parts = _CODE.split(text)
    unsafe: list[tuple[int, str]] = []
    for i in range(0, len(parts), 2):  # even parts are outside code
        offset = len("".join(parts[:i]))
        for m in _UNSAFE_LINK.finditer(parts[i]):
            line = text.count("\n", 0, offset + m.start()) + 1
            unsafe.append((line, f"link target {m[1]!r} is not allowed: link to http(s), mailto or a page of this site"))
        parts[i] = parts[i].replace("<", "&lt;")
    return "".join(parts), unsafe
