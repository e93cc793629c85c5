"""Rules and outputs where a fifth round of realistic seeded bugs got past the suite: a sort by the wrong
key, a branch, a query string or an escape dropped, a count off. Each test states the rule and checks
exact values. In-process: no subprocess adds proof."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import FROZEN_H200, REPO, preview_answers
from mkdocs.theme import Theme
from test_editions import committed, git

from generator import derive, load, model, page, pdf, publish, templating, validate
from generator.cli import main
from generator.errors import InputError

EV_DUTIES = REPO / "tests" / "fixtures" / "ev-duties"


# --- derivation ------------------------------------------------------------------------------------

def test_the_timeline_lists_a_month_only_event_after_that_months_dated_events() -> None:
    """An event known only to its month ("2026-01") is listed on the Timeline after the events dated to a
    day of that month, and before the next month's: its date is not read as the first of the month."""
    ds = load.run(FROZEN_H200)
    cited = ds.events[0].sources
    ds.events = [model.Event(id=eid, date=when, title=f"Event {eid}", sources=cited)
                 for eid, when in [("feb", dt.date(2026, 2, 1)), ("jan", "2026-01"), ("jan-15", dt.date(2026, 1, 15)), ("dec", dt.date(2025, 12, 31))]]
    d = derive.run(validate.run(ds))
    assert [e.id for e in d.timeline] == ["dec", "jan-15", "jan", "feb"]
    assert d.timeline_position == {"dec": 0, "jan-15": 1, "jan": 2, "feb": 3}


# --- generated pages ---------------------------------------------------------------------------------

def generated_page(template: str, d: derive.Derivation, **extra: object) -> str:
    return page.render(template, d, {}, templating.environment().get_template(template), **extra).decode("utf-8")


def test_a_kinds_description_on_who_and_what_is_literal_text() -> None:
    """Who and what gives each kind's curated description under its heading as literal text: markup and
    Markdown syntax in it are shown, never followed."""
    d = derive.run(validate.run(load.run(EV_DUTIES)))
    d.ds.entity_kinds[0].description = "Makers of <b>cars</b> & *vans*"
    assert "\n## Carmakers\n\nMakers of &#60;b&#62;cars&#60;/b&#62; &#38; &#42;vans&#42;\n\n- [BYD]" in generated_page("entities.md", d)


# --- PDFs ------------------------------------------------------------------------------------------

def test_a_pdf_takes_the_parts_of_a_split_page_in_number_order() -> None:
    """A split page's parts follow in their numbers' order, part 10 after part 9 (not after part 1, as
    text sorts them); anything in the folder that is not a numbered Markdown part is not a part."""
    tree = {rel: b"" for rel in ["data.md", "data/10.md", "data/2.md", "data/9.md", "data/11.md", "data/notes.md", "data/3.html"]}
    assert pdf._part_paths("data", tree) == ["data/2.md", "data/9.md", "data/10.md", "data/11.md"]


# --- editions --------------------------------------------------------------------------------------

def test_a_record_rebuilt_from_a_named_commit_replaces_the_one_kept(project: Path, capsys: pytest.CaptureFixture) -> None:
    """``briefing edition record ID --from COMMIT`` is how a curator repairs a wrong record: it rebuilds the
    record from that commit even when one exists (only without --from is an existing record kept)."""
    committed(project)
    first = git(project, "rev-parse", "HEAD").strip()
    path = project / "data" / "snapshots" / "2026-11-23.json"
    right = json.loads(path.read_text())
    wrong = json.loads(path.read_text())
    wrong["figures"][0]["statement"] = "A wrong statement."
    path.write_text(json.dumps(wrong))
    assert main(["edition", "record", "2026-11-23", "--from", first, "--root", str(project)]) == 0
    assert json.loads(path.read_text()) == right
    assert capsys.readouterr().err == f"froze the record of edition 2026-11-23 from commit {first[:10]}\n"


# --- the preview -----------------------------------------------------------------------------------

def test_the_preview_redirects_a_folder_to_its_slash_keeping_the_query(tmp_path: Path) -> None:
    """A folder asked for without its final slash is redirected to it, with the query string kept (a
    link such as ``charts?edition=2`` must not lose what it asks for)."""
    (tmp_path / "charts").mkdir()
    with preview_answers(tmp_path) as ask:
        for asked, sent in [("/charts?edition=2&x=1", "/charts/?edition=2&x=1"), ("/charts", "/charts/")]:
            response = ask(asked)
            assert (response.status, response.getheader("Location")) == (301, sent)


# --- the site theme --------------------------------------------------------------------------------

def test_link_previews_and_citation_tags_carry_a_title_with_quotes_whole() -> None:
    """A page title arrives escaped for text only (Material prints it in <title>); where the theme puts it in an
    attribute (link previews, citation tags) its quotes are escaped too, so a title with quotes is neither cut
    short nor able to add attributes."""
    env = Theme(name="material", custom_dir=str(REPO / "site_theme")).get_env()
    title = 'China says "yes" to O\'Brien &amp; co'  # as page.py writes it: escaped for text
    shown = env.get_template("partials/share-meta.html").render(
        page=SimpleNamespace(meta={"title": title}, is_homepage=False, canonical_url=None, url="volumes/"), config={"site_name": "Briefing"}, base_url="..")
    attribute = "China says &quot;yes&quot; to O&#x27;Brien &amp; co"
    assert re.findall(r'<meta (?:property|name)="(og:title|twitter:title|citation_title)" content="([^"]*)">', shown) == [
        ("og:title", attribute), ("twitter:title", attribute), ("citation_title", attribute)]


# --- publishing ------------------------------------------------------------------------------------

def test_publish_refuses_uncommitted_changes_naming_five_and_counting_the_rest(tmp_path: Path) -> None:
    """Publishing refuses a work tree with uncommitted changes; the message names the first five files in
    order and counts the others, so that a long list stays one readable line."""
    committed(tmp_path)
    for n in range(1, 8):
        (tmp_path / f"page-{n}.md").write_text("new\n")
    with pytest.raises(InputError) as refused:
        publish._require_clean(tmp_path)
    assert [p.message for p in refused.value.problems] == [
        "the work tree has uncommitted changes (page-1.md, page-2.md, page-3.md, page-4.md, page-5.md and 2 more); "
        "commit or stash them first, so the published edition is the committed one"]
