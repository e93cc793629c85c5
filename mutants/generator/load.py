"""Load stage: read every file in ``data/`` into typed records that remember where they came from.

Schema errors from pydantic are mapped back to ``path:line:col`` through the positions the YAML
reader recorded. All files are read before anything is reported, so a curator sees every
problem at once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from pydantic import TypeAdapter, ValidationError

from . import yamlfile
from .errors import InputError, Location, Problem
from .model import (
    FILE_KINDS,
    REQUIRED_KINDS,
    Assumption,
    Briefing,
    Chart,
    ClaimCheck,
    ComparisonTable,
    Derived,
    Edition,
    Entity,
    EntityKind,
    Event,
    Fact,
    Source,
    Strict,
    TableFigure,
    UnitDeclaration,
)
from .units import BASE_ATOMS, Atom, UnitError, Units, dimension


@dataclass
class Dataset:
    """Everything curated for one briefing, as typed records in file order."""

    root: Path
    units: list[UnitDeclaration] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    entity_kinds: list[EntityKind] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tables: list[ComparisonTable] = field(default_factory=list)
    table_figures: list[TableFigure] = field(default_factory=list)  # every table's figures, for id look-ups
    assumptions: list[Assumption] = field(default_factory=list)
    derived: list[Derived] = field(default_factory=list)
    checks: list[ClaimCheck] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    briefings: list[Briefing] = field(default_factory=list)
    editions: list[Edition] = field(default_factory=list)
    positions: dict[str, yamlfile.Positions] = field(default_factory=dict)
    lines: dict[str, list[str]] = field(default_factory=dict)  # each file's text, to point inside a value
    files: list[str] = field(default_factory=list)
    registry: Units = field(default_factory=Units)  # the base units plus those declared

    def where(self, record: Strict, *fields: Any) -> Location:
        """The most precise known position of ``record`` or one of its fields."""
        rel, path = record._origin
        known = self.positions.get(rel, {})
        full = path + tuple(fields)
        while full not in known and len(full) > len(path):
            full = full[:-1]
        return known.get(full, Location(rel))

    def problem(self, record: Strict, fields: tuple, message: str, offset: Optional[int] = None) -> Problem:
        """A Problem located at ``record``'s field, named as ``record-id.field[0]``; ``offset`` points at a
        character inside the field's text value (a formula's operator), past any opening quote."""
        name = getattr(record, "id", "") or ""
        where = self.where(record, *fields)
        if offset is not None and where.line:
            line = self.lines.get(where.path, [])[where.line - 1:where.line]
            quoted = bool(line) and line[0][where.col - 1:where.col] in ("'", '"')
            where = Location(where.path, where.line, where.col + offset + quoted)
        return Problem(where, yamlfile.dotted((name, *fields)) if name else yamlfile.dotted(fields), message)

    @property
    def edition(self) -> Edition:
        """The edition being built: the last one declared."""
        return self.editions[-1]


def run(root: Path) -> Dataset:
    """Read and schema-check ``root/data``; raise InputError with every problem found."""
    data_dir = root / "data"
    dataset = Dataset(root=root)
    problems: list[Problem] = []
    for kind in FILE_KINDS:
        paths = sorted(data_dir.glob(kind.pattern))
        if not paths and kind.name in REQUIRED_KINDS:
            problems.append(Problem(Location(f"data/{kind.pattern}"), "", f"missing: the {kind.name} file is required (looked in {data_dir}; use --root to point at the project)"))
        for path in paths:
            rel = path.relative_to(root).as_posix()
            outside = outside_project(root, path, rel)
            if outside or not path.is_file():
                problems += outside or [Problem(Location(rel), "", "not a regular file")]
                continue
            try:
                raw, positions = yamlfile.load(path, rel)
            except InputError as err:
                problems += err.problems
                continue
            dataset.files.append(rel)
            dataset.positions[rel] = positions
            dataset.lines[rel] = path.read_text(encoding="utf-8").splitlines()
            try:
                parsed = TypeAdapter(kind.shape).validate_python(raw if raw is not None else [],
                                                                 context={"units": dataset.registry})
            except ValidationError as err:
                problems += _problems(err, raw, positions, rel)
                continue
            _collect(dataset, kind.name, parsed, rel)
            if kind.name == "units":
                problems += _declare_units(dataset)
    if not problems and not dataset.editions:
        problems.append(Problem(Location("data/editions.yaml"), "", "declare at least one edition"))
    if problems:
        raise InputError(problems)
    return dataset


def outside_project(root: Path, path: Path, rel: str) -> list[Problem]:
    """A curated file (or a symlink) must stay inside the project."""
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return [Problem(Location(rel), "", "points outside the project; copy the file in instead of linking it")]
    return []


def _declare_units(dataset: Dataset) -> list[Problem]:
    """The project's unit registry: the base units plus each declared one that is sound."""
    problems, atoms, prose = [], [], {}
    for decl in dataset.units:
        if decl.id in BASE_ATOMS:
            problems.append(dataset.problem(decl, ("id",), f"{decl.id!r} is a built-in unit; use it as it is, or choose another name"))
        elif any(op in decl.id for op in "*/"):
            prose[decl.id] = decl.prose
        else:
            dim = dimension(decl.dimension or decl.id, decl.scale)
            atoms.append(Atom(decl.id, dim, decl.prose or (decl.plural and "{n} " + decl.plural),
                                    decl.noun and not decl.prose and "{n} " + decl.noun or None, decl.noun, decl.prefixes))
    dataset.registry = Units(atoms, prose)
    for decl in dataset.units:  # compound prose must name units that now exist
        if decl.id in prose:
            try:
                dataset.registry.parse(decl.id)
            except UnitError as err:
                problems.append(dataset.problem(decl, ("id",), str(err)))
    return problems


def _collect(dataset: Dataset, kind: str, parsed: Any, rel: str) -> None:
    if kind == "tables":
        parsed._origin = (rel, ())
        for name in ("metrics", "figures"):
            for i, record in enumerate(getattr(parsed, name)):
                record._origin = (rel, (name, i))
        dataset.tables.append(parsed)
        dataset.table_figures.extend(parsed.figures)
        return
    for i, record in enumerate(parsed):
        record._origin = (rel, (i,))
    getattr(dataset, kind).extend(parsed)


_MESSAGES = {
    "missing": "required field is missing",
    "extra_forbidden": "unknown field",
    "string_pattern_mismatch": "is not a valid id: use lower-case letters, digits and single hyphens",
    "too_short": "must not be empty",
}


def _problems(err: ValidationError, raw: Any, positions: yamlfile.Positions, rel: str) -> list[Problem]:
    problems = []
    for e in err.errors(include_url=False):
        loc = tuple(part for part in e["loc"] if not (isinstance(part, str) and part[:1].isupper()))
        if e["type"] == "extra_forbidden":
            loc += (yamlfile.KEY,)
        known = loc
        while known not in positions and known:
            known = known[:-1]
        where = positions.get(known, Location(rel))
        message = _MESSAGES.get(e["type"]) or e["msg"].removeprefix("Value error, ")
        if e["type"] == "string_pattern_mismatch":
            message = f"{e['input']!r} " + message
        field = yamlfile.field_name(raw, tuple(p for p in loc if p != yamlfile.KEY))
        problems.append(Problem(where, field, message[0].lower() + message[1:]))
    return problems
