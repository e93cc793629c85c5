"""``briefing new``: a working briefing project to start from, outside this repository.

The scaffold (``generator/scaffold/``) is a small, real example: one source, a few facts, a
declared unit, a derived figure, a chart, an edition, a PDF briefing and a home page citing them,
with the curator's README, the editor schemas, a ``.gitignore`` and a CI workflow.
"""
from __future__ import annotations

from pathlib import Path

from .errors import InputError, Location, Problem
from .model import export_json_schemas

SCAFFOLD = Path(__file__).parent / "scaffold"
HIDDEN = {"gitignore": ".gitignore", "github": ".github"}  # stored without the dot so packaging keeps them


def create(target: Path) -> list[Path]:
    """Write the example project into ``target`` (new or empty); returns the files written."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InputError([Problem(Location(str(target)), "", "already exists and is not empty: choose a new folder "
                                                             "(briefing new never overwrites files)")])
    written = []
    for path in sorted(p for p in SCAFFOLD.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        rel = path.relative_to(SCAFFOLD)
        out = target.joinpath(HIDDEN.get(rel.parts[0], rel.parts[0]), *rel.parts[1:])
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(path.read_bytes())
        written.append(out)
    return written + export_json_schemas(target / "data" / "schema")
