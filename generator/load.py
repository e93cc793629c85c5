"""Load stage: the one place a build reads the project. Every file in ``data/`` becomes a typed
record that remembers where it came from; the pages in ``content/`` and the records of earlier
editions (for What changed) are read here too, so the later stages touch neither disk nor git.

Schema errors from pydantic are mapped back to ``path:line:col`` through the positions the YAML
reader recorded. All files are read before anything is reported, so a curator sees every
problem at once.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import pickle
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError

from . import model, yamlfile
from .cache import Store, fingerprint
from .errors import InputError, Location, Problem, did_you_mean
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
    problems: list[Problem] = field(default_factory=list)  # schema problems of the records left out
    left_out: set[str] = field(default_factory=set)  # ids of those records
    missing: set[str] = field(default_factory=set)  # required kinds whose file is missing (a problem of its own)
    pages: dict[str, str] = field(default_factory=dict)  # content pages' text by their path under content/
    records: dict[str, tuple[dict, str]] = field(default_factory=dict)  # earlier editions' records, and where each was found

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


SNAPSHOTS = Path("data") / "snapshots"  # edition records written by `briefing publish` and `briefing edition`
PUBLISH_BRANCHES = ("gh-pages", "origin/gh-pages")  # where mike published earlier editions


def read(root: Path, store: Optional[Store] = None) -> Dataset:
    """Everything a build reads from the project, read once: the data, the content pages and the
    records of earlier editions. Later stages read this value and never the disk.

    Records with schema problems are left out (and listed in ``problems``) so later stages can
    still check the rest and report every problem in one run."""
    dataset = _data(root, store or Store())
    dataset.pages = _pages(root, dataset.problems)
    for edition in dataset.editions[:-1]:
        try:
            record, where = previous_record(root, edition.id)
        except InputError as err:
            dataset.problems += err.problems
            continue
        if record is not None:
            dataset.records[edition.id] = (record, where)
    return dataset


def _pages(root: Path, problems: list[Problem]) -> dict[str, str]:
    pages = {}
    content = root / "content"
    for path in sorted(content.rglob("*.md")):
        rel = path.relative_to(content).as_posix()
        outside = outside_project(root, path, f"content/{rel}")
        if outside:
            problems += outside
            continue
        try:
            pages[rel] = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            problems.append(Problem(Location(f"content/{rel}"), "", "file is not valid UTF-8 text"))
    return pages


def previous_record(root: Path, edition_id: str) -> tuple[Optional[dict], Optional[str]]:
    """The published record of ``edition_id`` and where it was found, or (None, None)."""
    stored = root / SNAPSHOTS / f"{edition_id}.json"
    if stored.exists():
        return _record(stored.read_bytes(), stored.relative_to(root).as_posix()), stored.relative_to(root).as_posix()
    for branch in PUBLISH_BRANCHES:
        spec = f"{branch}:{edition_id}/downloads/figures.json"
        result = subprocess.run(["git", "show", spec], cwd=root, capture_output=True)
        if result.returncode == 0:
            return _record(result.stdout, spec), f"the {branch} branch"
    return None, None


def _record(blob: bytes, where: str) -> dict:
    """An edition record, or an InputError saying which record is damaged."""
    try:
        record = json.loads(blob)
        if not all(isinstance(f, dict) and {"id", "statement", "status", "sources"} <= f.keys() for f in record["figures"]):
            raise ValueError("a figure lacks id, statement, status or sources")
        if not isinstance(record.get("sources", []), list):
            raise ValueError("sources is not a list")
        return record
    except (ValueError, KeyError, TypeError, RecursionError) as err:
        raise InputError([Problem(Location(where), "", f"not a valid edition record ({err}); restore it or delete it")]) from None


def run(root: Path) -> Dataset:
    """Read and schema-check ``root/data``; raise InputError with every problem found."""
    dataset = read(root)
    if dataset.problems:
        raise InputError(dataset.problems)
    return dataset


def _data(root: Path, store: Store) -> Dataset:
    """The typed records of ``root/data``; each file's parse is kept in ``store`` by its text."""
    data_dir = root / "data"
    dataset = Dataset()
    problems = dataset.problems
    for kind in FILE_KINDS:
        paths = sorted(data_dir.glob(kind.pattern))
        if not paths and kind.name in REQUIRED_KINDS:
            dataset.missing.add(kind.name)
            problems.append(Problem(Location(f"data/{kind.pattern}"), "", f"missing: the {kind.name} file is required (looked in {data_dir}; use --root to point at the project)"))
        for path in paths:
            rel = path.relative_to(root).as_posix()
            outside = outside_project(root, path, rel)
            if outside or not path.is_file():
                problems += outside or [Problem(Location(rel), "", "not a regular file")]
                continue
            try:
                text = yamlfile.read_text(path, rel)
            except InputError as err:
                problems += err.problems
                continue
            try:
                raw, positions = _parse(text, rel, store)
            except InputError as err:  # not YAML: what it seems to declare is left out, not unknown
                problems += err.problems
                dataset.left_out |= _ids_in_text(text)
                continue
            dataset.files.append(rel)
            dataset.positions[rel] = positions
            dataset.lines[rel] = text.splitlines()
            raw = raw if raw is not None else []
            context = {"units": dataset.registry}  # units are checked against the project's own
            try:
                parsed, kept = TypeAdapter(kind.shape).validate_python(raw, context=context), None
            except ValidationError as err:
                problems += _problems(err, raw, positions, rel, kind.shape)
                parsed, kept = _valid_records(kind.shape, raw, err, dataset.left_out, context)
                if parsed is None:  # the whole file is refused: what it declares is left out, not unknown
                    dataset.left_out |= _declared_ids(raw)
                    continue
            _collect(dataset, kind.name, parsed, rel)
            for i, record in zip(kept or (), parsed):
                record._origin = (rel, (i,))  # positions in the file, not in the list of valid records
            if kind.name == "units":
                problems += _declare_units(dataset)
    if not problems and not dataset.editions:
        problems.append(Problem(Location("data/editions.yaml"), "", "declare at least one edition"))
    problems[:] = [p for p in problems if not ((m := _UNKNOWN_UNIT.match(p.message)) and m[1] in dataset.left_out)]
    return dataset


_UNKNOWN_UNIT = re.compile(r"unknown unit '([^']+)'")  # a unit a refused file declares is left out, not unknown


YAML_READER = hashlib.sha256(Path(yamlfile.__file__).read_bytes()).hexdigest()  # a change to the reader re-parses


def _parse(text: str, rel: str, store: Store) -> tuple[Any, yamlfile.Positions]:
    """``yamlfile.parse``, or its result for the same text at an earlier build: parsing is most of a
    large project's load time, and a one-fact change leaves every other file's text as it was."""
    key = fingerprint("yaml", YAML_READER, rel, text)
    kept = store.get(key)
    if kept is not None:
        return pickle.loads(kept)
    parsed = yamlfile.parse(text, rel)
    store.put(key, pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))
    return parsed


def _valid_records(shape: Any, raw: Any, err: ValidationError, left_out: set[str], context: dict) -> tuple[Any, list[int] | None]:
    """The records of a list file that passed the schema, and their indexes in the file; the ids
    of the others join ``left_out`` so references to them are not reported as unknown too."""
    if get_origin(shape) is not list or not isinstance(raw, list):
        return None, None
    if any(not e["loc"] or not isinstance(e["loc"][0], int) for e in err.errors()):
        return None, None  # a problem with the file as a whole
    bad = {e["loc"][0] for e in err.errors()}
    left_out.update(item["id"] for i, item in enumerate(raw) if i in bad and isinstance(item, dict) and isinstance(item.get("id"), str))
    kept = [i for i in range(len(raw)) if i not in bad]
    return TypeAdapter(shape).validate_python([raw[i] for i in kept], context=context), kept


def _declared_ids(raw: Any) -> set[str]:
    """The ids a refused file declares, a table's figures (``item.metric``) included, so that the records
    citing them are left out too instead of each being reported as citing an unknown id."""
    ids = set()
    for record in raw if isinstance(raw, list) else [raw]:
        if isinstance(record, dict):
            ids |= {record["id"]} if isinstance(record.get("id"), str) else set()
            figures = record.get("figures")
            ids |= {f"{f['item']}.{f['metric']}" for f in figures if isinstance(f, dict) and isinstance(f.get("item"), str)
                    and isinstance(f.get("metric"), str)} if isinstance(figures, list) else set()
    return ids


_ID_LINE = re.compile(r"""^[ \t]*(?:-[ \t]+)?\{?[ \t]*id:[ \t]*["']?([A-Za-z0-9][A-Za-z0-9._-]*)""", re.M)
_ITEM_METRIC = re.compile(r"""\bitem:[ \t]*["']?([A-Za-z0-9-]+)["']?[ \t]*,?\s*metric:[ \t]*["']?([A-Za-z0-9-]+)""")


def _ids_in_text(text: str) -> set[str]:
    """The ids a file that is not valid YAML seems to declare (its ``id:`` lines, a table's item and metric
    pairs): a best guess, so that one slip in sources.yaml is one problem, not one per citation of its sources."""
    return set(_ID_LINE.findall(text)) | {f"{item}.{metric}" for item, metric in _ITEM_METRIC.findall(text)}


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
            noun, plural = (words and words.replace("{", "{{").replace("}", "}}") for words in (decl.noun, decl.plural))
            atoms.append(Atom(decl.id, dim, decl.prose or (plural and "{n} " + plural),  # words in prose templates: braces as text
                              noun and not decl.prose and "{n} " + noun or None, noun, decl.prefixes))
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
    "too_short": "must not be empty",
}
_RECORD = "a record (`field: value` lines)"
_SHAPES = {  # what pydantic expected where a record or a list was missing, in the file's own terms
    "model_type": _RECORD,
    "dict_type": _RECORD,
    "list_type": "a list (one item per line starting with `- `)",
}


def _found(value: Any) -> str:
    """What a YAML value is, as a curator reads it."""
    if isinstance(value, dict):
        return _RECORD
    if isinstance(value, list):
        return "a list" if value else "an empty list, or an empty file"
    return "nothing" if value is None else f"the value {value!r}"


def _problems(err: ValidationError, raw: Any, positions: yamlfile.Positions, rel: str, shape: Any) -> list[Problem]:
    problems = []
    errors = err.errors(include_url=False)
    misspelt = set()  # a required field reported as misspelt is not reported as missing too
    for e in errors:
        loc = _plain_loc(e["loc"])
        if e["type"] == "extra_forbidden":
            meant = difflib.get_close_matches(str(loc[-1]), _field_names(shape, loc[:-1]), n=1, cutoff=0.6)
            misspelt |= {loc[:-1] + tuple(meant)}
    for e in errors:
        loc = _plain_loc(e["loc"])
        if e["type"] == "missing" and loc in misspelt:
            continue
        if e["type"] == "extra_forbidden":
            loc += (yamlfile.KEY,)
        known = loc
        while known not in positions and known:
            known = known[:-1]
        where = positions.get(known, Location(rel))
        message = _MESSAGES.get(e["type"]) or e["msg"].removeprefix("Value error, ")
        if e["type"] in _SHAPES:
            message = f"expected {_SHAPES[e['type']]}, found {_found(e['input'])}"
        if e["type"] == "string_pattern_mismatch":
            message = f"{e['input']!r} {model.PATTERN_HELP[e['ctx']['pattern']]}"
        if e["type"] == "extra_forbidden":
            message += did_you_mean(str(loc[-2]), _field_names(shape, loc[:-2]))
        field = yamlfile.field_name(raw, tuple(p for p in loc if p != yamlfile.KEY))
        problems.append(Problem(where, field, message[0].lower() + message[1:]))
    return problems


def _plain_loc(loc: tuple) -> tuple:
    """Pydantic's error location without the names of union members it tried."""
    return tuple(part for part in loc if not (isinstance(part, str) and part[:1].isupper()))


def _field_names(shape: Any, loc: tuple) -> list[str]:
    """The fields the record at ``loc`` may have, found by walking the file's type along ``loc``."""
    for part in loc:
        shape = _unwrap(shape)
        if isinstance(part, int):
            shape = get_args(shape)[0] if get_origin(shape) is list else None
        elif _is_record(shape) and part in shape.model_fields:
            shape = shape.model_fields[part].annotation
        else:
            return []
    shape = _unwrap(shape)
    return list(shape.model_fields) if _is_record(shape) else []


def _unwrap(shape: Any) -> Any:
    """The record type or list inside ``Optional[...]``, ``Union[...]`` or ``Annotated[...]``, at any depth."""
    while get_origin(shape) not in (None, list):
        args = [a for a in get_args(shape) if a is not type(None)]
        shape = next((a for a in args if _is_record(_unwrap(a)) or get_origin(_unwrap(a)) is list), args[0] if args else None)
    return shape


def _is_record(shape: Any) -> bool:
    return isinstance(shape, type) and issubclass(shape, BaseModel)  # a Strict record or a Range
