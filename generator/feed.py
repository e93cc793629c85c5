"""An Atom feed of editions (``feed.xml``): one entry per edition, newest first, with its date,
summary and what changed since the edition before (figures revised old → new, added, withdrawn).

Entry ids are the editions' own addresses, which never change, so a reader's feed software shows
each edition once. Written with the standard library's XML writer: the output is deterministic.
"""
from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from typing import Optional

from .editions import Changes, ValueChange
from .model import Edition
from .present import row_prose
from .units import Units

ATOM = "http://www.w3.org/2005/Atom"


def atom(site_name: str, site_url: str, history: list[tuple[Edition, Optional[Changes]]], registry: Units) -> bytes:
    """The feed for ``history`` (editions newest first, each with its changes or None when unknown)."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    # Plain names under an xmlns attribute, not ElementTree's global namespace registry: another library's
    # registration would change the bytes.
    feed = ET.Element("feed", xmlns=ATOM)
    _add(feed, "id", f"{base}latest/feed.xml")
    _add(feed, "title", f"{site_name}: editions")
    _add(feed, "updated", _timestamp(history[0][0]) if history else "1970-01-01T00:00:00Z")
    author = ET.SubElement(feed, "author")
    _add(author, "name", site_name)
    _link(feed, f"{base}latest/feed.xml", "self", "application/atom+xml")
    _link(feed, f"{base}latest/", "alternate", "text/html")
    for edition, changes in history:
        entry = ET.SubElement(feed, "entry")
        _add(entry, "id", f"{base}{edition.id}/")
        _add(entry, "title", f"Edition {edition.id}, {edition.date.display}")
        _add(entry, "updated", _timestamp(edition))
        _link(entry, f"{base}{edition.id}/changes/", "alternate", "text/html")
        _add(entry, "summary", edition.summary)
        content = _add(entry, "content", _changes_html(edition, changes, registry))
        content.set("type", "html")
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _named(change: ValueChange) -> str:
    """The changed figure's label before a colon: a statement's full stop left out ("weighs 2 kg: ...")."""
    return html.escape(change.label.rstrip("."))


def _changes_html(edition: Edition, changes: Optional[Changes], registry: Units) -> str:
    """What the edition changed, as HTML a feed reader shows (all data text escaped)."""
    parts = [f"<p>{html.escape(edition.summary)}</p>"]
    if changes is None:
        return "".join(parts + ["<p>The record of the edition before was not kept, so its changes cannot be listed.</p>"])
    if changes.previous is None:
        return "".join(parts + ["<p>The first edition.</p>"])
    items = [f"Revised: {_named(c)}: {html.escape(row_prose(c.old, registry))} → {html.escape(row_prose(c.new, registry))}"
             for c in changes.values]
    items += [f"Status changed: {_named(c)}: {html.escape(c.old['status'])} → {html.escape(c.new['status'])}"
              for c in changes.statuses]
    items += [f"Added: {html.escape(row['statement'])}" for row in changes.added]
    items += [f"Withdrawn: {html.escape(row['statement'])}" for row in changes.removed]
    lines = "".join(f"<li>{item}</li>" for item in items) or "<li>No figure changed.</li>"
    return "".join(parts) + f"<p>Since edition {html.escape(changes.previous)}:</p><ul>{lines}</ul>"


def _add(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


def _link(parent: ET.Element, href: str, rel: str, kind: str) -> None:
    ET.SubElement(parent, "link", {"href": href, "rel": rel, "type": kind})


def _timestamp(edition: Edition) -> str:
    return f"{edition.date.day.isoformat()}T00:00:00Z"
