"""The exceptions the generator raises, and who raises them.

Two kinds of failure matter to a user: their input is wrong (exit code 2, with every problem
listed at once as ``path:line:col: field: message``), or the generator itself failed (exit code 1).
"""
from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Location:
    """Where a value sits in a curator's file. Line and column count from 1."""

    path: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.path
        return f"{self.path}:{self.line}:{self.col}"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the input: where, which field, and what to do about it."""

    location: Location
    field: str
    message: str

    def __str__(self) -> str:
        field = f"{self.field}: " if self.field else ""
        return f"{self.location}: {field}{self.message}"

    def snippet(self, root: Path) -> str:
        """The offending source line with a caret under the column, when the file can be read."""
        if not self.location.line:
            return ""
        try:
            lines = (root / self.location.path).read_text(encoding="utf-8").splitlines()
            text = lines[self.location.line - 1]
        except (OSError, UnicodeDecodeError, IndexError):
            return ""
        return f"    {text}\n    {' ' * max(self.location.col - 1, 0)}^"


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """``; did you mean 'vehicle'?`` when a known name is close to a mistyped one, else nothing."""
    close = difflib.get_close_matches(word, sorted(set(known)), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


class InputError(Exception):
    """Raised by any stage that finds the curator's data or content wrong. Exit code 2."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


class BuildError(Exception):
    """Raised when a tool the generator drives (MkDocs, Chromium) fails. Exit code 1."""
