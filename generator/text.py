"""Turning curated text into safe Markdown, HTML, CSV and file paths.

Text from ``data/`` is never trusted: it may hold HTML, Markdown links or template syntax,
and must reach the reader as the literal characters the curator typed.
"""
from __future__ import annotations

import functools
import html
import posixpath
import re
from html.parser import HTMLParser

from markupsafe import Markup

# Characters that start Markdown, attr_list, footnote, table or HTML syntax inline (# + - only
# matter at the start of a line, but text may land there, so they are neutralised too).
_MARKDOWN_ACTIVE = set("\\`*_{}[]()#+-!|<>&")


_MARKDOWN_ENTITIES = str.maketrans({ch: f"&#{ord(ch)};" for ch in _MARKDOWN_ACTIVE})


def md(text: str) -> Markup:
    """Literal text for a Markdown context: HTML-escaped, Markdown syntax neutralised, one line."""
    return Markup(" ".join(str(text).split()).translate(_MARKDOWN_ENTITIES))


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
_UNSAFE_LINK = re.compile(r"(?:\]\(\s*<?|^[ \t]{0,3}\[[^\]\n]+\]:\s*<?)(?!https?:|mailto:|#|\.{0,2}/|[A-Za-z0-9_.-]+(?:[/#)\s]|$))([^)\s>]*)", re.M)


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


_URL_ESCAPES = {c: f"%{ord(c):02X}" for c in "()[]'\"<>`\\_* "}


def url(address: str) -> str:
    """A validated http(s) address, safe inside Markdown link syntax and an HTML attribute."""
    return "".join(_URL_ESCAPES.get(c, c) for c in address).replace("&", "&amp;")


SAFE_SCHEMES = ("http:", "https:", "mailto:")
FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "style", "link", "meta", "base", "form", "input", "button",
                  "textarea", "select", "frame", "frameset", "applet", "svg", "math", "template"}


_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:")  # browsers also ignore whitespace and control characters inside it


class _HtmlAudit(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.findings: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in FORBIDDEN_TAGS:
            self.findings.append(f"<{tag}> elements are not allowed")
        for name, value in attrs:
            target = re.sub(r"[\x00-\x20]", "", value or "").lower()
            if name.startswith("on"):
                self.findings.append(f"the {name} attribute is not allowed")
            elif name in ("href", "src", "action", "formaction", "srcset") and _SCHEME.match(target) \
                    and not target.startswith(SAFE_SCHEMES):
                self.findings.append(f"{name}={value!r} is not allowed: link to http(s), mailto or a page of this site")
            elif name == "style":
                self.findings.append("style attributes are not allowed")


MARKDOWN_EXTENSIONS = ["attr_list", "footnotes", "tables", "admonition", "toc"]  # as in mkdocs.yml
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def split_front_matter(page: str) -> tuple[str, str]:
    """A rendered page's YAML front matter and its Markdown body."""
    m = _FRONT_MATTER.match(page)
    return (m[1], page[m.end():]) if m else ("", page)


def to_html(markdown_text: str) -> str:
    """A page body as MkDocs would render it (the same Markdown extensions)."""
    return _markdown().reset().convert(split_front_matter(markdown_text)[1])


@functools.lru_cache(maxsize=1)
def _markdown():
    """One converter, reset between pages: setting up the extensions costs more than converting a page."""
    import markdown

    return markdown.Markdown(extensions=MARKDOWN_EXTENSIONS, output_format="html")


def unsafe_html(html: str) -> list[str]:
    """What in rendered page HTML could run code in a reader's browser (empty when nothing)."""
    audit = _HtmlAudit()
    audit.feed(html)
    return sorted(set(audit.findings))


_NOT_PROSE = re.compile(r"^\s*(?:#|[-*+] |\d+\. |\||<|\{|>|!!!|\[\^)")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
SUMMARY_CHARS = 200


def summary(markdown_body: str) -> str:
    """A page's first paragraph of prose as plain text, cut at a word near 200 characters: the
    page's own description for search engines and link previews (empty when it has none)."""
    for block in re.split(r"\n\s*\n", split_front_matter(markdown_body)[1]):
        if block.strip() and not _NOT_PROSE.match(block):
            text = html.unescape(re.sub(r"<[^>]+>", "", to_html(_FOOTNOTE_REF.sub("", block))))
            text = " ".join(text.split())
            if len(text) <= SUMMARY_CHARS:
                return text
            return text[:SUMMARY_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return ""
