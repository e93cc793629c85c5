"""Read a curator's YAML file into plain Python values, remembering where each value came from.

PyYAML alone is too forgiving for data that gets published: it keeps the last of two duplicate
keys, builds Python objects from tags, and expands alias bombs. This reader accepts plain YAML
only (mappings with string keys, sequences, strings, numbers, booleans, null and dates) and
records the position of every value so later stages can point at ``path:line:col``.
"""
from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError, Location, Problem

MAX_FILE_BYTES = 2_000_000
MAX_DEPTH = 50
Positions = dict[tuple, Location]
KEY = "<key>"  # positions[path + (name, KEY)] is where the key itself was written

_TAG = "tag:yaml.org,2002:"
_PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it: same events, 10x faster
_SCALAR_TAGS = {_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")}


def read_text(path: Path, rel: str) -> str:
    """The file's text, refusing anything too large or not UTF-8."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError([Problem(Location(rel), "", f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}")])
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        col = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise InputError([Problem(Location(rel, line, col), "", "file is not valid UTF-8 text")]) from None


def parse(text: str, rel: str) -> tuple[Any, Positions]:
    """Parse the text of the YAML file ``rel``; raise InputError listing every problem found in it."""
    problems: list[Problem] = []
    try:
        depth = 0
        for event in yaml.parse(text, Loader=_PARSER):
            if isinstance(event, yaml.AliasEvent):
                problems.append(Problem(_loc(rel, event.start_mark), "", "aliases (*name) are not allowed; repeat the value instead"))
            depth += isinstance(event, yaml.CollectionStartEvent) - isinstance(event, yaml.CollectionEndEvent)
            if depth > MAX_DEPTH:  # reading deeper would exhaust Python's recursion; curated data is shallow
                problems.append(Problem(_loc(rel, event.start_mark), "", f"lists and mappings are nested more than {MAX_DEPTH} "
                                        "levels deep here; check the brackets and the indentation"))
                break
        if problems:
            raise InputError(problems)
        node = yaml.compose(text, Loader=_PARSER)
    except yaml.MarkedYAMLError as err:
        where, message = plain_words(err, text)
        raise InputError([Problem(_loc(rel, where), "", message)]) from None
    except yaml.reader.ReaderError as err:  # a character YAML refuses: a control character and the like
        line, col = text.count("\n", 0, err.position) + 1, err.position - (text.rfind("\n", 0, err.position) + 1) + 1
        raise InputError([Problem(Location(rel, line, col), "", f"character #x{err.character:04x} is not allowed: "
                                  f"{err.reason}; delete it or retype the text around it")]) from None
    positions: Positions = {}
    raw_problems: list[tuple[Location, tuple, str]] = []
    scalars = yaml.SafeLoader("")  # one constructor for the file's scalars
    value = None if node is None else _build(node, (), rel, positions, raw_problems, scalars)
    if raw_problems:
        raise InputError([Problem(where, field_name(value, path), message) for where, path, message in raw_problems])
    return value, positions


def plain_words(err: yaml.MarkedYAMLError, text: str) -> tuple[Any, str]:
    """Where the parser stopped and what is wrong there, said as a curator would fix it."""
    problem, mark, opened = err.problem or err.context or "", err.problem_mark or err.context_mark, err.context_mark
    lines = text.splitlines()

    def indent(line_no: int) -> int:
        """The column of the line's first key or value; a list item's '- ' counts as indentation."""
        line = lines[line_no] if 0 <= line_no < len(lines) else ""
        return len(line) - len(re.sub(r"^[ ]*(?:-[ ]+)*", "", line))

    def line_above(line_no: int) -> int:
        above = line_no - 1
        while above >= 0 and (not lines[above].strip() or lines[above].lstrip().startswith("#")):
            above -= 1
        return above

    if problem.startswith("mapping values are not allowed") and mark:
        if indent(mark.line) > indent(line_above(mark.line)) and line_above(mark.line) >= 0:
            return yaml.Mark(mark.name, 0, mark.line, indent(mark.line), None, None), (
                "this line is indented more than the key above it; line it up with the other keys of its record "
                "(or, if the line above ends a text, put that text in quotes)")
        return mark, "a colon followed by a space inside an unquoted value; put the whole value in quotes"
    if problem.startswith("did not find expected '-' indicator"):
        return mark, ("this line is indented less than the lines of its record above it; indent it like them, "
                      "or begin a new record with '- '")
    if problem.startswith("did not find expected key"):
        return mark, "this line does not line up with the lines above it; indent it exactly like the key or list item it belongs with"
    if "tab character" in problem:
        return mark, "a tab is used for indentation here; YAML indents with spaces only"
    if problem.startswith("found unexpected end of stream") and "quoted scalar" in (err.context or ""):
        return opened, "this quote is never closed; add the closing quote"
    if problem.startswith("did not find expected ',' or ']'") or problem.startswith("did not find expected ',' or '}'"):
        bracket = "]" if "]" in problem else "}"
        return opened, (f"this bracket is never closed, or its items lack commas between them; close it with {bracket} "
                        "on the same line or separate the items with commas")
    if problem.startswith("could not find expected ':'"):
        return opened or mark, ("this line is neither 'key: value' nor a list item; add ': ' after the field name, "
                                "or put a text that continues from the line above in quotes")
    if problem.startswith("found character that cannot start any token") and mark:
        char = lines[mark.line][mark.column:mark.column + 1] if mark.line < len(lines) else ""
        return mark, f"an unquoted value cannot start with {char!r}; put the value in quotes"
    if problem.startswith("block sequence entries are not allowed"):
        return mark, "a list item ('- ') cannot start on the line of its key; start the list on the next line, indented, or write [a, b]"
    return mark, f"not valid YAML: {problem}"


def _loc(rel: str, mark) -> Location:
    return Location(rel, mark.line + 1, mark.column + 1) if mark else Location(rel)


def _build(node: yaml.Node, path: tuple, rel: str, positions: Positions, problems: list, scalars: yaml.SafeLoader) -> Any:
    """Plain Python values from a node; problems are collected as (location, path, message)."""
    where = _loc(rel, node.start_mark)
    positions[path] = where
    field = path
    if isinstance(node, yaml.MappingNode):
        if node.tag != _TAG + "map":
            problems.append((where, field, f"tag {node.tag} is not allowed"))
            return None
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_where = _loc(rel, key_node.start_mark)
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _TAG + "str":
                problems.append((key_where, field, "keys must be plain text"))
                continue
            key = key_node.value
            if key == "<<":
                problems.append((key_where, field, "merge keys (<<) are not allowed"))
                continue
            if key in result:
                first = positions[path + (key,)]
                problems.append((key_where, path + (key,), f"duplicate key (first given on line {first.line})"))
                continue
            positions[path + (key, KEY)] = key_where
            result[key] = _build(value_node, path + (key,), rel, positions, problems, scalars)
        return result
    if isinstance(node, yaml.SequenceNode):
        if node.tag != _TAG + "seq":
            problems.append((where, field, f"tag {node.tag} is not allowed"))
            return None
        return [_build(child, path + (i,), rel, positions, problems, scalars) for i, child in enumerate(node.value)]
    if node.tag not in _SCALAR_TAGS:
        problems.append((where, field, f"tag {node.tag} is not allowed; write plain values"))
        return None
    try:
        value = scalars.construct_object(node)
    except (ValueError, OverflowError, yaml.YAMLError):
        kind = "real date" if node.tag == _TAG + "timestamp" else node.tag.removeprefix(_TAG)
        problems.append((where, field, f"{node.value!r} is not a valid {kind}"))
        return None
    if isinstance(value, float) and not math.isfinite(value):
        problems.append((where, field, "NaN and infinity are not allowed"))
        return None
    return value


def dotted(path: tuple) -> str:
    """A value's path as a curator reads it: ``facts[3].sources[0]`` style, without the file."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def field_name(raw: Any, path: tuple) -> str:
    """``cn-approved-units.sources[0]`` rather than ``[4].sources[0]`` when the record has an id."""
    named: list = []
    node = raw
    for part in path:
        if isinstance(part, int) and isinstance(node, list) and part < len(node):
            item = node[part]
            ident = item.get("id") if isinstance(item, dict) else None
            named.append(ident if isinstance(ident, str) and ident and not named else part)
            node = item
        else:
            named.append(part)
            node = node.get(part) if isinstance(node, dict) else None
    return dotted(tuple(named))
