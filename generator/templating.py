"""The Jinja side of rendering: the generator's templates, the sandbox curators' pages run in, and
where in a page's text a template error happened."""
from __future__ import annotations

import functools
import re
import traceback
from pathlib import Path

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from . import present, units
from .text import attr, md, url

TEMPLATES = Path(__file__).parent / "templates"
HELPERS = ("fact", "statement", "key_figures", "table", "chart", "events", "claim_check", "methodology")  # what a curator's page may call
JINJA_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), undefined=jinja2.StrictUndefined,
                             autoescape=False, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(md=md, attr=attr, url=url, number=units.number, status=lambda s: present.STATUS_WORDS.get(s, s.capitalize()))
    env.filters["series"] = series
    env.tests["contains"] = lambda seq, item: item in seq
    return env


def series(words: list[str]) -> str:
    """``Companies, agencies and people``: a list of nouns as a sentence's subject."""
    words = [words[0]] + [w[:1].lower() + w[1:] for w in words[1:]] if words else []
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else "".join(words)


def content_environment() -> ImmutableSandboxedEnvironment:
    """Where curators' pages run: they get the helpers and nothing else; any other value they print is shown as literal text."""
    return ImmutableSandboxedEnvironment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                                         finalize=lambda value: value if isinstance(value, Markup) else md(str(value)))


def template_line(err: Exception) -> int:
    if isinstance(err, jinja2.TemplateSyntaxError):
        return err.lineno or 0
    for frame in reversed(traceback.extract_tb(err.__traceback__)):
        if frame.filename == "<template>":
            return frame.lineno or 0
    return 0


def column(text: str, line: int, err: Exception) -> int:
    """Where on the line the offending call starts: the quoted unknown id, else the first ``{{``."""
    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return 1
    source = lines[line - 1]
    quoted = str(err).split("'")[1] if str(err).count("'") >= 2 else ""
    spelt = [source.find(form) for form in (f'"{quoted}"', f"'{quoted}'", quoted)] if quoted else []
    at = next((i for i in spelt if i >= 0), -1)  # as a call's argument first: the id may be a word of the text too
    if at >= 0:
        start = source.rfind("{{", 0, at)
        return (start if start >= 0 else at) + 1
    return source.find("{{") + 1 if "{{" in source else 1


def reason(err: Exception) -> str:
    if isinstance(err, jinja2.TemplateSyntaxError):
        return f"template syntax error: {err.message}"
    if isinstance(err, jinja2.UndefinedError):
        return f"{err.message}; available helpers: {', '.join(HELPERS)}"
    return str(err)


