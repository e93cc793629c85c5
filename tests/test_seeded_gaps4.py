"""Rules and outputs where a fourth round of realistic seeded bugs got past the suite: a value just
allowed at an edge, a word or a branch dropped, an escape forgotten, a wrong index or sort. Each
test states the rule and checks exact values. In-process: no subprocess adds proof."""
from __future__ import annotations

import datetime as dt
import html
import io
import re
from pathlib import Path
from types import SimpleNamespace

import pypdf
import pytest
from conftest import FROZEN_H200, REPO, run_check
from mkdocs.theme import Theme
from test_rules import replace

from generator import (
    citations,
    derive,
    editions,
    feed,
    history,
    load,
    model,
    page,
    pagecache,
    pdf,
    pdfprint,
    pipeline,
    publish,
    render,
    serve,
    sourcing,
    templating,
    text,
    units,
    validate,
    yamlfile,
)
from generator.cache import Store
from generator.errors import InputError, Location, Problem


@pytest.fixture(scope="module")
def derived() -> derive.Derivation:
    return derive.run(validate.run(load.run(FROZEN_H200)))


# --- the data model and the checker's messages ------------------------------------------------

def test_an_event_of_one_day_may_give_its_end_date_as_its_date() -> None:
    """An event that ends the day it starts is a one-day event, not a span that ends before it begins:
    only an end before the start is refused."""
    one_day = model.Event(id="e", date=dt.date(2026, 1, 15), end_date=dt.date(2026, 1, 15), title="A meeting", sources=["s"])
    assert one_day.end_date == one_day.date
    with pytest.raises(ValueError, match="end_date is before date"):
        model.Event(id="e", date=dt.date(2026, 1, 15), end_date=dt.date(2026, 1, 14), title="A meeting", sources=["s"])


def test_a_claim_check_compares_a_reported_fact_with_derived_figures_and_nothing_else() -> None:
    """A claim check compares a reported comparison (a fact) with figures computed for it: its claim naming a
    computed figure, or its comparisons naming a fact, check nothing, and each is refused where it is written."""
    ds = load.run(FROZEN_H200)
    check = ds.checks[0]
    claim, fact, computed = check.claim, ds.facts[0].id, check.against[0]
    check.claim, check.against = computed, [computed, fact]
    with pytest.raises(InputError) as refused:
        validate.run(ds)
    assert sorted(str(p) for p in refused.value.problems) == sorted([
        f"{ds.where(check, 'claim')}: {check.id}.claim: unknown fact {computed!r}; did you mean {claim!r}?",
        f"{ds.where(check, 'against', 1)}: {check.id}.against[1]: unknown derived figure {fact!r}"])


def test_a_nested_item_is_named_by_its_place_and_only_a_files_record_by_its_id(small: Path) -> None:
    """Problems name a file's record by its id (``byd.provisional``, ``saic-cut``), and anything inside it by its
    field and place, as a curator finds it in the file: a table's second metric is ``metrics[1]``."""
    line = replace(small, "data/tables/duties.yaml", 'name: Definitive duty (October 2024)\n    unit: "%"',
                   'name: Definitive duty (October 2024)\n    unit: "percent"') + 1
    code = run_check(small)
    assert code.returncode == 2
    assert f"data/tables/duties.yaml:{line}:11: metrics[1].unit: unknown unit 'percent'" in code.stderr


@pytest.mark.parametrize("comment", ["# the statement is from the regulation", "      # an indented note", ""])
def test_a_comment_line_is_not_the_key_above_when_a_yaml_problem_is_explained(comment: str) -> None:
    """Which key a line is compared with skips blank and comment lines, wherever the comment is indented: a colon
    inside a value is explained as that, not as a line indented more than the comment above it."""
    text = f"- id: a-fact\n{comment}\n  statement: Note: the value is ten.\n"
    with pytest.raises(InputError) as refused:
        yamlfile.parse(text, "data/facts/a.yaml")
    assert [str(p) for p in refused.value.problems] == [
        "data/facts/a.yaml:3:18: a colon followed by a space inside an unquoted value; put the whole value in quotes"]


# --- sourcing ---------------------------------------------------------------------------------

def report(sid: str, kind: str, day: int, publisher: str) -> model.Source:
    return model.Source(id=sid, publisher=publisher, title="H200 imports approved", kind=kind, url=f"https://example.com/{sid}",
                        published=dt.date(2026, 1, day))


@pytest.mark.parametrize("cited_by", ["fact", "event"])
def test_a_story_sharing_a_fact_or_an_event_with_an_earlier_wire_report_is_a_possible_forgotten_relay(cited_by: str) -> None:
    """An outlet's story two days after a wire report, cited with it for the same fact or the same event, probably
    carries it: the checker asks whether a ``relays`` was forgotten, for events as for facts."""
    wire, outlet = report("wire", "wire", 10, "Reuters"), report("outlet", "secondary", 12, "The Daily")
    cited = dict(sources=["outlet", "wire"])
    facts = [model.Fact(id="f", statement="Imports were approved.", as_of=dt.date(2026, 1, 12), status="reported", **cited)]
    events = [model.Event(id="e", date=dt.date(2026, 1, 10), title="Imports approved", **cited)]
    ds = SimpleNamespace(sources=[wire, outlet], facts=facts if cited_by == "fact" else [], table_figures=[],
                         events=events if cited_by == "event" else [])
    assert sourcing.forgotten_relays(ds) == [(outlet, wire)]


# --- what a page may hold ---------------------------------------------------------------------

def test_a_template_error_is_located_in_the_page_as_the_curator_wrote_it(small: Path) -> None:
    """The column of a failing call is counted in the page's own text, not in the text with its HTML made safe
    (where "<" became "&lt;" and every call after it on the line moved)."""
    line = "A <b>bold</b> claim: {{ fact(\"no-such-fact\") }}"
    with open(small / "content" / "index.md", "a", encoding="utf-8") as text:
        text.write(f"\n{line}\n")
    number = len((small / "content" / "index.md").read_text(encoding="utf-8").splitlines())
    result = run_check(small)
    assert result.returncode == 2
    assert f"content/index.md:{number}:{line.index('{{') + 1}: unknown figure id 'no-such-fact'" in result.stderr


@pytest.mark.parametrize("target", ["java\tscript:alert(1)", "java&#x09;script:alert(1)", "java&#10;script:alert(1)",
                                    "JaVa\x01Script:alert(1)", " javascript:alert(1)"])
def test_a_script_address_split_by_blanks_or_control_characters_is_still_refused(target: str) -> None:
    """Browsers drop tabs, newlines and control characters inside a link's scheme (``java<TAB>script:`` runs as
    ``javascript:``): the scheme is judged with every one of them removed, wherever it is."""
    findings = text.unsafe_html(f'<p><a href="{target}">the report</a></p>')
    assert len(findings) == 1 and findings[0].startswith("href=") and findings[0].endswith(
        "is not allowed: link to http(s), mailto or a page of this site")


@pytest.mark.parametrize("target", ["https://example.org/report", "mailto:desk@example.org", "../sources/#src-a", "#fn:1"])
def test_web_mail_and_site_links_are_allowed_in_a_page(target: str) -> None:
    assert text.unsafe_html(f'<p><a href="{target}">the report</a></p>') == []


# --- pages ------------------------------------------------------------------------------------

def test_a_claim_checks_tolerance_reads_as_the_rounded_percentage(derived: derive.Derivation, monkeypatch: pytest.MonkeyPatch) -> None:
    """A tolerance of 0.29 is 29%, though 0.29 * 100 is 28.999999999999996 in floating point: rounded, not cut."""
    check = derived.checks[0]
    monkeypatch.setattr(check, "tolerance", 0.29)
    shown = str(page.Page("index.md", derived, {}).claim_check(check.id))
    assert "Tolerance: within 29% of the reported figure." in shown
    methodology = str(page.Page("methodology.md", derived, {}).methodology())
    assert f"| {check.claim.label} |" in methodology and " | 29% | holds on " in methodology


def test_a_tables_cached_page_is_keyed_on_the_names_of_its_items(derived: derive.Derivation, monkeypatch: pytest.MonkeyPatch) -> None:
    """A comparison table names each item (an entity) in its first column: renaming one must change the key of
    every page showing the table, or the cached page keeps the old name."""
    table = derived.ds.tables[0]
    item = table.figures[0].item

    def key() -> str:
        return pagecache.PageCache(derived, {}, templating.TEMPLATES).key("index.md", "the page", [f"table:{table.id}"])

    before = key()
    monkeypatch.setattr(derived.ds, "entities", [e.model_copy(update={"name": "Renamed"}) if e.id == item else e
                                                 for e in derived.ds.entities])
    assert key() != before


@pytest.mark.parametrize("setting, split", [("DATA_PAGE_FIGURES", "data"), ("SOURCES_PAGE_ENTRIES", "sources"),
                                            ("TIMELINE_PAGE_EVENTS", "timeline")])
def test_each_part_of_a_split_page_shows_its_own_number_in_bold_and_links_every_other(setting: str, split: str,
                                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A split page's list of parts tells a reader where they are: its own number in bold, not a link to itself."""
    monkeypatch.setattr(citations, setting, 5)
    p = pipeline.prepare(FROZEN_H200)
    tree = render.run(p.derived, p.charts, {}, p.changes, histories=p.histories)
    numbers = sorted(int(rel[len(split) + 1:-3]) for rel in tree if rel.startswith(f"{split}/") and rel[len(split) + 1:-3].isdigit())
    parts = [f"{split}.md"] + [f"{split}/{n}.md" for n in numbers]
    assert len(parts) >= 3
    for number, rel in enumerate(parts, 1):
        lines = tree[rel].decode("utf-8").splitlines()
        listed = lines[next(i for i, line in enumerate(lines) if line.endswith("Pages:")) + 1]
        assert re.findall(r"\*\*(\d+)\*\*", listed) == [str(number)], rel
        assert [int(n) for n in re.findall(r"\[(\d+)\]\(", listed)] == [n for n in range(1, len(parts) + 1) if n != number], rel


# --- the pipeline -----------------------------------------------------------------------------

def test_a_preview_keeps_the_stored_outputs_it_did_not_use(small: Path) -> None:
    """A preview exports no PDF and no new chart image, so it uses less than a build keeps: sweeping the store
    after a preview would delete the PDFs and images the next full build reuses. Only a full build sweeps."""
    store = Store(small / pipeline.CACHE)
    store.put("ab" + "0" * 62, b"a PDF the last full build printed")
    pipeline.generate(small, lambda line: None, preview=True)
    assert (small / pipeline.CACHE / "ab" / ("ab" + "0" * 62)).read_bytes() == b"a PDF the last full build printed"


# --- PDF --------------------------------------------------------------------------------------

def css_text(quoted: str) -> str:
    """What a CSS reader makes of a quoted string: each ``\\hex`` escape ends at a space (eaten) or after six digits."""
    assert quoted[0] == quoted[-1] == '"'
    return re.sub(r"\\([0-9a-fA-F]{1,6}) ?", lambda m: chr(int(m[1], 16)), quoted[1:-1])


@pytest.mark.parametrize("title", ["R&D spending", "Q&A: 2026", "<b>Bold</b> claims", "Tariffs / duties", 'The "H20" chip'])
def test_a_title_in_a_margin_box_reads_back_as_typed(title: str) -> None:
    """A running header shows the briefing's title through a CSS string: every escaped character must end its
    escape, so a letter or digit after it (the D of "R&D") is not read as more of its code point."""
    assert css_text(pdf.css_string(title)) == title


def blank_pdf(newline_at_end: bool) -> bytes:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(200, 200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue() if newline_at_end else out.getvalue().rstrip(b"\n")


@pytest.mark.parametrize("newline_at_end", [True, False])
def test_the_document_information_is_a_sound_incremental_update(newline_at_end: bool) -> None:
    """The information is one new object appended to the printed file: the new trailer counts it in /Size (its
    number plus one), its cross-reference entry gives the byte where it starts, and startxref the byte where
    the new cross-reference section starts; a strict reader then finds the information."""
    printed = blank_pdf(newline_at_end)
    number = int(re.search(rb"/Size (\d+)", printed[printed.rfind(b"trailer"):])[1])
    stamped = pdfprint.with_info(printed, {"Title": "A brief", "Author": "Desk"}, dt.date(2026, 11, 23))
    update = stamped[len(printed):]
    tail = stamped[stamped.rfind(b"trailer"):]
    assert re.search(rb"/Size (\d+)", tail)[1] == str(number + 1).encode()
    assert re.search(rb"/Info (\d+) 0 R", tail)[1] == str(number).encode()
    offset = int(re.search(rb"xref\n\d+ 1\n(\d{10}) 00000 n", update)[1])
    assert stamped[offset:].startswith(f"{number} 0 obj".encode())
    assert stamped[int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", update)[1]):].startswith(b"xref\n")
    reader = pypdf.PdfReader(io.BytesIO(stamped), strict=True)
    assert (reader.metadata["/Title"], reader.metadata["/Author"]) == ("A brief", "Desk")
    assert reader.trailer["/Size"] == number + 1


# --- editions and histories -------------------------------------------------------------------

def row(fid: str, statement: str, value: float, sources: str = "Reuters: A story", urls: str = "https://example.com/a") -> dict:
    return {"id": fid, "statement": statement, "value": value, "unit": "chip", "status": "reported", "as_of": "2026-01-28",
            "sources": sources, "source_urls": urls}


def test_revisions_and_status_changes_are_listed_by_figure_id() -> None:
    """What changed lists revisions in one stable order, the figures' ids, as it lists status changes: a figure
    revised in both sits at the same place in the two tables."""
    old = {"figures": [row("a-units", "Zeta: units approved.", 400), row("b-orders", "Alpha: orders placed.", 200)]}
    new = {"figures": [{**row("a-units", "Zeta: units approved.", 450), "status": "confirmed"},
                       {**row("b-orders", "Alpha: orders placed.", 250), "status": "confirmed"}]}
    changes = editions.compare("2026-01", "", old, new)
    assert [c.id for c in changes.values] == [c.id for c in changes.statuses] == ["a-units", "b-orders"]


def edition(n: int) -> model.Edition:
    return model.Edition(id=f"2026-0{n}", date=dt.date(2026, n, 1), summary=f"Edition {n}.")


def test_a_figures_sources_are_listed_again_when_an_address_changed() -> None:
    """A history lists a figure's sources once per run of editions that gave the same ones; a source given a new
    address (a story moved, an archived copy added) starts a new run, so each address shows with its editions."""
    entries = [history.Entry(edition(1), row("u", "Units.", 1), "First published"),
               history.Entry(edition(2), row("u", "Units.", 1), "Unchanged"),
               history.Entry(edition(3), row("u", "Units.", 1, urls="https://example.com/moved"), "Unchanged")]
    fh = history.FigureHistory("u", "Units.", entries, None, None)
    assert [([e.id for e in run], entry.addresses) for run, entry in fh.sources_by_edition] == [
        (["2026-01", "2026-02"], [("example.com", "https://example.com/a")]),
        (["2026-03"], [("example.com", "https://example.com/moved")])]


@pytest.mark.parametrize("y, y_low, y_high, label_y", [(100.0, None, None, 90.0), (100.0, 120.0, 80.0, 70.0), (None, 120.0, 80.0, 70.0)])
def test_a_history_charts_value_label_sits_above_what_is_drawn(y, y_low, y_high, label_y: float) -> None:
    """The label goes 10 px above the point, or above the top of a range's bar (the high end: smaller y), never on the bar."""
    point = history.Point("2026-01", 48.0, y, y_low, y_high, {}, "450")
    assert point.label_y == label_y


@pytest.mark.parametrize("editions_given, named", [(1, "edition 2026-01"), (2, "editions 2026-01 and 2026-02"),
                                                    (3, "editions 2026-01 to 2026-03"), (4, "editions 2026-01 to 2026-04")])
def test_a_history_names_a_run_of_editions_by_its_first_and_last(editions_given: int, named: str) -> None:
    """Sources that stayed the same over editions are listed once, for the run: its first edition and its last."""
    entries = [history.Entry(edition(n), row("u", "Units.", 1), "Unchanged") for n in range(1, editions_given + 1)]
    fh = history.FigureHistory("u", "Units.", entries, None, None)
    shown = templating.environment().get_template("history.md").render(
        page=SimpleNamespace(path="history/1.md"), md_link=lambda target, anchor="": f"../{target}#{anchor}",
        histories=history.Histories({"u": fh}, [], 8), part=[fh], row_prose=lambda r: "1 chip")
    assert f"- Sources in {named}: Reuters: A story <a" in html.unescape(shown)


# --- the edition feed -------------------------------------------------------------------------

@pytest.mark.parametrize("site_url", ["https://example.org/briefing/", "https://example.org/briefing"])
def test_feed_addresses_join_the_site_address_with_one_slash(site_url: str) -> None:
    """The feed's ids and links are the editions' own addresses, the same whether site_url ends with a slash or not."""
    edition = model.Edition(id="2026-11-23", date=dt.date(2026, 11, 23), summary="The first edition.")
    xml = feed.atom("H200 briefing", site_url, [(edition, editions.Changes(previous=None))], units.BASE).decode("utf-8")
    addresses = re.findall(r'(?:href="|<id>)([^"<]+)', xml)
    assert addresses == ["https://example.org/briefing/latest/feed.xml", "https://example.org/briefing/latest/feed.xml",
                         "https://example.org/briefing/latest/", "https://example.org/briefing/2026-11-23/",
                         "https://example.org/briefing/2026-11-23/changes/"]


# --- publishing and the preview ---------------------------------------------------------------

@pytest.mark.parametrize("site_url", ["http://localhost:8000/", "http://127.0.0.1:8000/", "http://127.0.1.1/briefing/",
                                      "http://[::1]:8000/", "http://0.0.0.0:8000/"])
def test_publish_refuses_an_address_on_this_machine(small: Path, site_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every loopback address (all of 127.0.0.0/8, not only 127.0.0.1) is this machine, not a public site."""
    (small / "mkdocs.yml").write_text(f"site_name: EV duties\nsite_url: {site_url}\n", encoding="utf-8")
    with pytest.raises(InputError, match="an address on this machine"):
        publish._require_public_site_url(small)


def test_publish_accepts_a_public_address(small: Path) -> None:
    (small / "mkdocs.yml").write_text("site_name: EV duties\nsite_url: https://example.org/briefing/\n", encoding="utf-8")
    assert publish._require_public_site_url(small) == "https://example.org/briefing/"


def test_the_previews_error_page_shows_a_problems_text_as_text(tmp_path: Path) -> None:
    """A problem quotes the curator's input (an id, a link target): the error page escapes it like any data text."""
    problem = Problem(Location("content/index.md", 3, 1), "", "unknown figure id '<img src=x onerror=alert(1)>'")
    page = serve.error_page(InputError([problem]), tmp_path)
    assert "<img" not in page
    assert ("<pre><strong>content/index.md:3:1: unknown figure id &#x27;&lt;img src=x onerror=alert(1)&gt;&#x27;</strong></pre>"
            in page)


# --- the site's theme -------------------------------------------------------------------------

HOSTILE = 'Orders <b onmouseover="alert(1)">revised</b> & "more"'


@pytest.mark.parametrize("partial", ["partials/copyright.html", "partials/page-sources.html", "partials/pdf-links.html"])
def test_the_themes_partials_print_data_text_as_text(partial: str) -> None:
    """Material's templates are not autoescaped: every text a page's front matter carries from the data (the edition's
    summary, a source's publisher and title, a PDF's format) is escaped where the theme prints it."""
    env = Theme(name="material", custom_dir=str(REPO / "site_theme")).get_env()
    meta = {"edition": HOSTILE, "edition_date": HOSTILE, "edition_summary": HOSTILE, "sources_href": "../sources/",
            "data_href": "../data/", "page_sources": [{"id": "s", "publisher": HOSTILE, "title": HOSTILE, "href": "../sources/#src-s"}],
            "pdfs": [{"title": HOSTILE, "href": "../pdf/b.pdf", "paper": HOSTILE, "format": HOSTILE}]}
    shown = env.get_template(partial).render(page=SimpleNamespace(meta=meta), config={})
    assert "<b " not in shown and 'Orders &lt;b onmouseover=&#34;alert(1)&#34;&gt;revised&lt;/b&gt; &amp; &#34;more&#34;' in shown
