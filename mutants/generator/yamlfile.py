"""Read a curator's YAML file into plain Python values, remembering where each value came from.

PyYAML alone is too forgiving for data that gets published: it keeps the last of two duplicate
keys, builds Python objects from tags, and expands alias bombs. This reader accepts plain YAML
only (mappings with string keys, sequences, strings, numbers, booleans, null and dates) and
records the position of every value so later stages can point at ``path:line:col``.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError, Location, Problem

MAX_FILE_BYTES = 2_000_000
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


def load(path: Path, rel: str) -> tuple[Any, Positions]:
    """Parse one YAML file; raise InputError listing every problem found in it."""
    text = read_text(path, rel)
    problems: list[Problem] = []
    try:
        for event in yaml.parse(text, Loader=_PARSER):
            if isinstance(event, yaml.AliasEvent):
                problems.append(Problem(_loc(rel, event.start_mark), "", "aliases (*name) are not allowed; repeat the value instead"))
        if problems:
            raise InputError(problems)
        node = yaml.compose(text, Loader=_PARSER)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        raise InputError([Problem(_loc(rel, mark), "", f"not valid YAML: {err.problem or err.context}")]) from None
    except yaml.YAMLError as err:  # reader errors: control characters and the like
        raise InputError([Problem(Location(rel), "", f"not valid YAML: {err}")]) from None
    positions: Positions = {}
    raw_problems: list[tuple[Location, tuple, str]] = []
    scalars = yaml.SafeLoader("")  # one constructor for the file's scalars
    value = None if node is None else _build(node, (), rel, positions, raw_problems, scalars)
    if raw_problems:
        raise InputError([Problem(where, field_name(value, path), message) for where, path, message in raw_problems])
    return value, positions


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
