"""The briefing's vocabulary: one typed schema for everything a curator writes in ``data/``.

Every model forbids unknown keys. Cross-references (a fact's sources, an event's facts) are
checked later, in ``validate``, because they span files. ``export_json_schemas`` writes these
models as JSON Schema so editors can validate and complete YAML while a curator types.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, Optional, Union

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    PrivateAttr,
    StringConstraints,
    Tag,
    TypeAdapter,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from . import units

PATTERN_HELP: dict[str, str] = {}  # what each pattern asks for, in words: the loader's message when a value misses it


def matching(pattern: str, help: str, max_length: int) -> StringConstraints:
    """A string of at most ``max_length`` characters matching ``pattern``; ``help`` says what it asks for."""
    PATTERN_HELP[pattern] = help
    return StringConstraints(pattern=pattern, max_length=max_length)


SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Id = Annotated[str, matching(SLUG, "is not a valid id: use lower-case letters, digits and single hyphens", 80)]
FigureId = Annotated[str, matching(SLUG[:-1] + r"(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)?$", "is not a valid figure id: use an id "
                                   "(lower-case letters, digits and single hyphens), or item.metric for a table's figure", 160)]
EDITION_ID = r"^[0-9A-Za-z][0-9A-Za-z.-]*$"
EDITION_ID_LENGTH = 40
EDITION_ID_HELP = "is not a valid edition id: use letters, digits, dots and hyphens, as in 2026-12-01"
Text = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
Status = Literal["confirmed", "reported", "estimate", "disputed"]


def _known_unit(unit: str, info: ValidationInfo) -> str:
    """Checked against the project's units, which the loader passes as validation context."""
    registry = (info.context or {}).get("units", units.BASE)
    registry.parse(unit)  # UnitError is a ValueError: pydantic reports it at the field
    return unit


Unit = Annotated[str, AfterValidator(_known_unit)]
Qualifier = Literal["about", "over", "at least", "up to", "under"]


# --- dates that may be known only to the month ------------------------------------------------

@dataclass(frozen=True, order=True)
class When:
    """A calendar date known to the day, or only to the month ("2025-08")."""

    day: dt.date
    precision: Literal["day", "month"] = "day"

    def __str__(self) -> str:
        return self.day.isoformat() if self.precision == "day" else self.day.strftime("%Y-%m")

    @property
    def display(self) -> str:
        if self.precision == "month":
            return self.day.strftime("%B %Y")
        return f"{self.day.day} {self.day.strftime('%B %Y')}"

    @property
    def order(self) -> tuple:
        """Chronological order in which a date known only to the month follows that month's dated days."""
        return self.day.year, self.day.month, self.precision == "month", self.day.day


_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
EARLIEST, LATEST = dt.date(1990, 1, 1), dt.date(2100, 12, 31)


def _to_when(value: Any) -> When:
    if isinstance(value, When):
        return value
    if isinstance(value, dt.datetime):
        raise ValueError("give a date without a time")
    if isinstance(value, dt.date):
        when = When(value)
    elif isinstance(value, str) and (m := _MONTH.match(value)):
        try:
            when = When(dt.date(int(m[1]), int(m[2]), 1), "month")
        except ValueError:
            raise ValueError(f"{value!r} is not a real month") from None
    else:
        raise ValueError("expected a date as YYYY-MM-DD, or YYYY-MM when only the month is known")
    if not EARLIEST <= when.day <= LATEST:
        raise ValueError(f"{when} is outside {EARLIEST.year}-{LATEST.year}")
    return when


Date = Annotated[
    When,
    BeforeValidator(_to_when),
    WithJsonSchema({"type": "string", "pattern": r"^\d{4}-\d{2}(-\d{2})?$"}),
]


# --- quantities -------------------------------------------------------------------------------

class Range(BaseModel):
    """A value known only as a span; ``central`` is the figure most sources give, if any."""

    model_config = ConfigDict(extra="forbid")
    low: float
    high: float
    central: Optional[float] = None

    @model_validator(mode="after")
    def _ordered(self) -> "Range":
        if self.low > self.high:
            raise ValueError(f"low ({self.low:g}) is greater than high ({self.high:g})")
        if self.central is not None and not self.low <= self.central <= self.high:
            raise ValueError("central must lie between low and high")
        return self


def _to_quantity(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float, dict, Range)):
        raise ValueError("expected a number, or a range {low: .., high: ..}")
    return value


def _quantity_kind(value: Any) -> str:
    return "Range" if isinstance(value, (dict, Range)) else "Number"


Quantity = Annotated[
    Union[Annotated[float, Tag("Number")], Annotated[Range, Tag("Range")]],
    Discriminator(_quantity_kind),
    BeforeValidator(_to_quantity),
]


class Strict(BaseModel):
    """Base for every curated record: unknown keys are errors; origin is kept for messages."""

    model_config = ConfigDict(extra="forbid", frozen=False)
    _origin: tuple[str, tuple] = PrivateAttr(default=("", ()))


class Claim(Strict):
    """What one source (or a set of sources relaying each other) says, when sources disagree."""

    value: Optional[Quantity] = None
    qualifier: Optional[Qualifier] = None
    as_of: Optional[Date] = None
    wording: Optional[Text] = Field(None, description="The claim in the source's terms, paraphrased or a short quote")
    sources: list[Id] = Field(min_length=1)


class Reported(Strict):
    """A sourced value: the common core of facts and comparison-table figures."""

    value: Optional[Quantity] = None
    unit: Optional[Unit] = None
    qualifier: Optional[Qualifier] = None
    as_of: Date
    sources: list[Id] = Field(min_length=1, description="Source ids; at least one")
    status: Status
    claims: list[Claim] = Field(default_factory=list, description="Competing claims, when sources disagree")
    note: Optional[Text] = None

    @model_validator(mode="after")
    def _consistent(self) -> "Reported":
        if self.value is not None and self.unit is None:
            raise ValueError("a value needs a unit")
        for v in _values(self.value):
            if v < 0:
                raise ValueError("values cannot be negative")
        if self.claims and self.status != "disputed":
            raise ValueError("a figure with competing claims must have status 'disputed'")
        if self.status == "disputed" and len(self.claims) < 2:
            raise ValueError("a disputed figure must list two or more competing claims, each with its own sources")
        return self


def _values(q: Optional[Quantity]) -> list[float]:
    if q is None:
        return []
    if isinstance(q, Range):
        return [v for v in (q.low, q.central, q.high) if v is not None]
    return [q]


class Fact(Reported):
    id: Id
    statement: Text = Field(description="The fact in plain words, as a reader should understand it")
    subjects: list[Id] = Field(default_factory=list, description="Entity ids this fact is about")


_WEB_URL = re.compile(r"https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(/[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%\[\]]*)?")


class Source(Strict):
    """A document a reader can open, or a stated reason why not; named by publisher and headline."""

    id: Id
    publisher: Text = Field(description="Who published it, as a reader knows them: Reuters, Federal Register, Anadolu Agency")
    title: Text = Field(description="The headline or document title as published; for a source without an address "
                        "(a wire story read through its relays), a short plain description of it")
    url: Optional[str] = Field(None, description="Where a reader can open it")
    archive_url: Optional[str] = Field(None, description="An archived copy (required when paywalled)")
    paywalled: bool = False
    offline: Optional[Text] = Field(None, description="Where a source that is not online can be consulted, e.g. 'print edition, p. 3'")
    url_unavailable: Optional[Text] = Field(None, description="Why there is no address, in words a reader understands")
    published: Optional[Date] = None
    date_unavailable: Optional[Text] = Field(None, description="Why the publication date is not known")
    accessed: Optional[Date] = None
    kind: Literal["primary", "wire", "secondary"]
    relays: Optional[Id] = Field(None, description="The source this one reports on or copies; it then counts as that source")
    thread: Optional[Id] = Field(None, description="A running story: the same publisher's stories on one thread count once")
    notes: Optional[Text] = None

    def record(self) -> dict:
        """The source as published in downloads and edition records."""
        return {"id": self.id, "publisher": self.publisher, "title": self.title, "url": self.url,
                "archive_url": self.archive_url, "kind": self.kind, "relays": self.relays,
                "published": str(self.published) if self.published else None}

    @field_validator("url", "archive_url")
    @classmethod
    def _web_url(cls, url: Optional[str]) -> Optional[str]:
        if url is not None and not _WEB_URL.fullmatch(url):
            raise ValueError("must be an http:// or https:// address without spaces, quotes or angle brackets")
        return url

    @model_validator(mode="after")
    def _openable(self) -> "Source":
        given = [name for name in ("url", "offline", "url_unavailable") if getattr(self, name)]
        if not given:
            raise ValueError("give url (its web address), or offline: <where to consult it>, or "
                             "url_unavailable: <why there is none>")
        if len(given) > 1:
            raise ValueError(f"give only one of {' and '.join(given)}")
        if self.paywalled and not (self.url and self.archive_url):
            raise ValueError("a paywalled source needs url and archive_url (a copy a reader can open)")
        if self.published is None and self.date_unavailable is None:
            raise ValueError("give published (its date), or date_unavailable: <why it is not known>")
        if self.published and self.date_unavailable:
            raise ValueError("give only one of published and date_unavailable")
        return self


class Entity(Strict):
    id: Id
    name: Text
    kind: Id = Field(description="An entity kind declared in entity-kinds.yaml")
    country: Optional[Text] = None
    description: Optional[Text] = None


class Event(Strict):
    id: Id
    date: Date
    end_date: Optional[Date] = None
    title: Text
    description: Optional[Text] = None
    subjects: list[Id] = Field(default_factory=list)
    facts: list[Id] = Field(default_factory=list)
    sources: list[Id] = Field(min_length=1)

    @property
    def when(self) -> str:
        """``23–24 January 2026``, ``30 January – 2 February 2026`` or a single date, as readers see it."""
        if not self.end_date or self.end_date == self.date:  # a one-day event may give its day as its end too
            return self.date.display
        start, end = self.date.day, self.end_date.day
        if self.date.precision == "day" == self.end_date.precision and start.year == end.year:
            return (f"{start.day}–" if start.month == end.month else f"{start.day} {start:%B} – ") + self.end_date.display
        return f"{self.date.display} – {self.end_date.display}"

    @model_validator(mode="after")
    def _order(self) -> "Event":
        if self.end_date and self.end_date < self.date:
            raise ValueError("end_date is before date")
        return self


class EntityKind(Strict):
    """What sort of thing an entity is (a company, a vehicle model): its group on the entities page."""

    id: Id
    name: Text = Field(description="Singular, as a table's first column says it: Vehicle model")
    plural: Text = Field(description="The heading of the group on the entities page")
    description: Optional[Text] = None


class UnitDeclaration(Strict):
    """A unit the built-in base lacks: a countable thing (vehicle), a scaled unit (Mbbl, a million barrels), or only
    how a compound unit reads (``CNY/USD``: "{n} yuan per US dollar")."""

    id: Annotated[str, matching(r"^[A-Za-z%][A-Za-z0-9%]*(\s*[*/]\s*[A-Za-z%][A-Za-z0-9%]*)*$", "is not a valid unit: use "
                                "letters, digits and %, with * or / between units, as in USD/t", 40)]
    dimension: Optional[Annotated[str, matching(r"^[A-Za-z][A-Za-z0-9]*(\s*[*/]\s*[A-Za-z][A-Za-z0-9]*)*$", "is not a valid "
                                                "dimension: use unit names joined by * or /, as in W*s", 80)]] = Field(
        None, description="Base dimensions, such as barrel or W*s; default: a new dimension named after the unit")
    scale: float = Field(1.0, gt=0, description="How many of the dimension's base unit one of this is (Mbbl: 1e6)")
    noun: Optional[Text] = Field(None, description="One of it in words (vehicle): prose says '1 vehicle', rates say 'per vehicle'")
    plural: Optional[Text] = Field(None, description="Several in words (vehicles): prose says '400 vehicles'")
    prose: Optional[Annotated[str, matching(r"^[^{}]*\{n\}[^{}]*$", "does not say where the number goes: write {n} "
                                            "once, and no other braces, as in '{n} yuan per US dollar'", 80)]] = Field(
        None, description="How a value reads, with {n} for the number: 'Index {n}', '{n} yuan per US dollar'")
    prefixes: bool = Field(False, description="SI prefixes apply (declaring bbl with prefixes gives kbbl, Mbbl)")
    description: Optional[Text] = None

    @model_validator(mode="after")
    def _shape(self) -> "UnitDeclaration":
        compound = any(op in self.id for op in "*/")
        if compound and (self.dimension or self.noun or self.plural or self.prefixes or self.scale != 1.0):
            raise ValueError(f"{self.id!r} combines units, so it can only say how it reads (prose); declare its parts one by one")
        if compound and not self.prose:
            raise ValueError(f"{self.id!r} combines units: give its prose, such as '{{n}} ...'")
        if self.plural and not self.noun:
            raise ValueError("a plural needs its noun (the singular) too")
        return self


class Metric(Strict):
    """A column of a comparison table: what is measured, in which unit."""

    id: Id
    name: Text
    unit: Unit
    in_table: bool = Field(True, description="Shown as a column by default; false keeps the metric citable but out of the default table")
    description: Optional[Text] = None


class TableFigure(Reported):
    """One cell of a comparison table. Its id, used in formulas and charts, is ``item.metric``."""

    item: Id = Field(description="The entity this row is about")
    metric: Id

    @property
    def id(self) -> str:
        return f"{self.item}.{self.metric}"


class ComparisonTable(Strict):
    """Entities of one kind (the items, as rows) compared on declared metrics (columns)."""

    id: Id
    item_kind: Id = Field(description="The entity kind of the rows, declared in entity-kinds.yaml")
    metrics: list[Metric] = Field(min_length=1)
    figures: list[TableFigure] = Field(default_factory=list)


class Assumption(Strict):
    """A value the analyst chooses, with low, central and high cases; bounds may be formulas."""

    id: Id
    name: Text
    unit: Unit
    low: Union[float, str]
    central: Union[float, str]
    high: Union[float, str]
    sources: list[Id] = Field(default_factory=list)
    explanation: Text


class Derived(Strict):
    id: Id
    name: Text
    formula: Text = Field(description="Arithmetic over {figure-id} references; min(), max(), round(x, digits)")
    unit: Unit
    explanation: Text


class ClaimCheck(Strict):
    id: Id
    claim: Id = Field(description="The fact holding the reported comparison")
    against: list[Id] = Field(min_length=1, description="Derived figures to compare the claim with")
    tolerance: float = Field(gt=0, lt=1, description="Relative tolerance, 0.15 = within 15%")
    explanation: Optional[Text] = None


class Point(Strict):
    label: Optional[Text] = None
    ref: FigureId = Field(description="A fact, table figure (item.metric), derived or assumption id")
    x: Optional[FigureId] = Field(None, description="For scatter charts: the figure id on the x axis")


class Series(Strict):
    name: Text
    points: list[Point] = Field(min_length=1)


class Threshold(Strict):
    ref: FigureId
    label: Text


class Chart(Strict):
    id: Id
    title: Text
    subtitle: Optional[Text] = None
    kind: Literal["bar", "grouped-bar", "timeline", "scatter", "line"]
    x_title: Optional[Text] = None
    y_title: Optional[Text] = None
    series: list[Series] = Field(default_factory=list)
    thresholds: list[Threshold] = Field(default_factory=list)
    log_y: bool = False
    horizontal: bool = Field(False, description="Bars run left to right, labels on the vertical axis (for long labels)")
    notes: Optional[Text] = None

    @model_validator(mode="after")
    def _has_data(self) -> "Chart":
        if self.kind != "timeline" and not self.series:
            raise ValueError(f"a {self.kind} chart needs at least one series")
        return self


class Briefing(Strict):
    id: Id
    title: Text
    subtitle: Optional[Text] = None
    audience: Text
    pages: list[str] = Field(min_length=1, description="Content pages, by file name without .md")
    paper: Literal["A4", "Letter"] = "A4"
    format: Literal["full", "summary"] = Field("full", description="full: cover, contents, sections; summary: a compact header, no contents")
    author: Text = Field("Briefing", description="Author or organisation, for the PDF's metadata")
    key_facts: list[FigureId] = Field(default_factory=list)
    charts: list[Id] = Field(default_factory=list, description="Charts added after the pages (for a summary's main chart)")


class Edition(Strict):
    id: Annotated[str, matching(EDITION_ID, EDITION_ID_HELP, EDITION_ID_LENGTH)]
    date: Date
    summary: Text


# --- one entry per file kind: what the loader reads and what gets a JSON Schema ---------------

@dataclass(frozen=True)
class FileKind:
    name: str
    pattern: str  # glob under data/
    shape: Any  # the type of the whole file


FILE_KINDS = [  # units first: the other files' units are checked against them
    FileKind("units", "units.yaml", list[UnitDeclaration]),
    FileKind("sources", "sources.yaml", list[Source]),
    FileKind("facts", "facts/*.yaml", list[Fact]),
    FileKind("entity_kinds", "entity-kinds.yaml", list[EntityKind]),
    FileKind("entities", "entities.yaml", list[Entity]),
    FileKind("events", "events.yaml", list[Event]),
    FileKind("tables", "tables/*.yaml", ComparisonTable),
    FileKind("assumptions", "assumptions.yaml", list[Assumption]),
    FileKind("derived", "derived.yaml", list[Derived]),
    FileKind("checks", "checks.yaml", list[ClaimCheck]),
    FileKind("charts", "charts.yaml", list[Chart]),
    FileKind("briefings", "briefings.yaml", list[Briefing]),
    FileKind("editions", "editions.yaml", list[Edition]),
]
REQUIRED_KINDS = {"sources", "facts", "entities", "editions"}


def export_json_schemas(folder: Path) -> list[Path]:
    """Write one JSON Schema per file kind; returns the files whose content changed."""
    changed = []
    folder.mkdir(parents=True, exist_ok=True)
    for kind in FILE_KINDS:
        schema = TypeAdapter(kind.shape).json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = f"Briefing {kind.name} file ({kind.pattern})"
        text = json.dumps(schema, indent=2, sort_keys=True) + "\n"
        path = folder / f"{kind.name}.schema.json"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed
