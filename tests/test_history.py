"""A figure's history: every figure has a place listing its value in each edition with the status
and sources it had then, a number that changed has a small chart of its value by edition, a
computed figure shows how its inputs moved, and footnotes and the Data page link to the right
place. Built in-process from the two-edition EV duties fixture of the feed tests (BYD's definitive
duty revised, Tesla's added, the SAIC cut withdrawn); the history's logic is also checked on its
own, on edition records as the generator writes them."""
from __future__ import annotations

import collections
import copy
import html
import json
import re
import shutil
from pathlib import Path

import pytest
import test_feed
from conftest import REPO, serve
from playwright.sync_api import Browser
from test_accessibility import AXE, RUN_AXE

from generator import derive, editions, generated, load, pdf, pipeline, validate
from generator.history import histories
from generator.model import Edition
from generator.page import Page
from generator.text import to_html, unsafe_html

two_editions = test_feed.two_editions  # the feed's fixture: one build serves both

REG_2754 = ("European Commission: Commission Implementing Regulation (EU) 2024/2754 imposing a definitive countervailing duty on "
            "imports of new battery electric vehicles designed for the transport of persons originating in the People's "
            "Republic of China, 29 October 2024")
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
# The accessibility test's axe run, on what a history adds to a page: its chart and tables. The rest of
# the page is the theme's, which the accessibility test checks on the H200 briefing's history pages;
# this fixture's own teal palette is too light for links on white.
RUN_AXE_ON_HISTORY = RUN_AXE.replace("axe.run(document,", 'axe.run({include: [[".bf-history-chart"], [".md-typeset__table"]]},')
REG_1866 = ("European Commission: Commission Implementing Regulation (EU) 2024/1866 imposing a provisional countervailing duty on "
            "imports of new battery electric vehicles designed for the transport of persons originating in the People's "
            "Republic of China, 4 July 2024")
REG_2754_URL = "https://eur-lex.europa.eu/eli/reg%5Fimpl/2024/2754/oj"


def docs(root: Path) -> Path:
    return root / "build" / "docs"


def holder(root: Path, anchor: str) -> str:
    """The one history page whose heading carries ``anchor``, found by reading every history page."""
    found = [p.relative_to(docs(root)).as_posix() for p in sorted((docs(root) / "history").glob("*.md"))
             if f"{{: #{anchor} }}" in p.read_text()]
    assert len(found) == 1, (anchor, found)
    return found[0]


def section(root: Path, anchor: str) -> str:
    """The HTML of one figure's history section, from its heading to the next figure's."""
    page = to_html((docs(root) / holder(root, anchor)).read_text())
    start = page.index(f'id="{anchor}"')
    end = page.find("<h2", start)
    return page[start:end if end > 0 else len(page)]


def cells(table_html: str) -> list[list[str]]:
    """A table's body rows as plain text cells."""
    body = table_html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [[" ".join(html.unescape(re.sub(r"<[^>]+>", " ", cell)).split()) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


def sources(fragment: str) -> list[str]:
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", item)).split()) for item in re.findall(r"<li>(.*?)</li>", fragment, re.S)]


def tables(fragment: str) -> list[str]:
    return re.findall(r"<table>.*?</table>", fragment, re.S)


def test_a_revised_figure_lists_both_editions_with_the_value_status_and_sources_each_had(two_editions: Path) -> None:
    byd = section(two_editions, "history-byd--definitive")
    assert cells(tables(byd)[0]) == [
        ["2024-10 (30 October 2024)", "17%", "Confirmed, as of 29 October 2024", "First published"],
        ["2024-11 (15 November 2024)", "17.1%", "Confirmed, as of 29 October 2024", "Value revised"]]
    assert sources(byd) == [f"Sources in editions 2024-10 and 2024-11: {REG_2754} eur-lex.europa.eu"]
    assert f'<a href="{REG_2754_URL}">eur&#45;lex.europa.eu</a>' in byd
    assert "First published in edition 2024&#45;10 (30 October 2024)" in byd
    assert re.search(r'href="\.\./data\.md#fig-byd--definitive"', byd), "the figure as published now"


def test_the_revised_figure_has_a_chart_of_its_values_in_edition_order(two_editions: Path) -> None:
    byd = section(two_editions, "history-byd--definitive")
    points = re.findall(r'<g class="bf-history-chart__point" data-edition="([^"]+)" data-value="([^"]*)"[^>]*>\s*<title>([^<]*)</title>'
                        r'\s*<circle cx="([\d.]+)" cy="([\d.]+)"', byd)
    assert [(edition, value, title) for edition, value, title, _, _ in points] == [
        ("2024-10", "17", "Edition 2024-10: 17%"), ("2024-11", "17.1", "Edition 2024-11: 17.1%")]
    (_, _, _, x1, y1), (_, _, _, x2, y2) = points
    assert float(x1) < float(x2) and float(y1) > float(y2), "later to the right; the larger value higher"
    assert re.search(r'<svg [^>]*role="img" aria-labelledby="history-byd--definitive-chart-title"', byd)
    assert ">BYD: Definitive duty (October 2024), by edition: 2024-10, 17%; 2024-11, 17.1%.</title>" in byd
    assert [html.unescape(t) for t in re.findall(r'<text [^>]*text-anchor="(?:start|end|middle)"[^>]*>([^<]+)</text>', byd)] == \
        ["0", "17", "17.1", "2024-10", "2024-11"]
    unchanged = section(two_editions, "history-geely--definitive")
    assert "<svg" not in unchanged and len(cells(tables(unchanged)[0])) == 2, "a figure that never changed has no chart"


def test_the_withdrawn_figure_says_when_and_keeps_the_value_it_had(two_editions: Path) -> None:
    cut = section(two_editions, "history-saic-cut")
    assert "<strong>Withdrawn in edition 2024&#45;11</strong> (15 November 2024). It was\npublished in edition 2024&#45;10 only." in cut
    rows = cells(tables(cut)[0])
    assert rows == [["2024-10 (30 October 2024)", "2.3 percentage points", "Derived, as of 29 October 2024", "First published"]]
    assert sources(cut) == [f"Sources in edition 2024-10: {REG_1866}; {REG_2754} eur-lex.europa.eu eur-lex.europa.eu"]
    assert cells(tables(cut)[1]) == [["2024-10", "A − B", "A: 37.6%", "B: 35.3%"]], "its inputs as they were"


def test_the_added_fact_starts_in_the_second_edition(two_editions: Path) -> None:
    tesla = section(two_editions, "history-tesla-duty")
    assert cells(tables(tesla)[0]) == [["2024-11 (15 November 2024)", "7.8%", "Confirmed, as of 29 October 2024", "First published"]]
    assert sources(tesla) == [f"Sources in edition 2024-11: {REG_2754} eur-lex.europa.eu"]
    assert "First published in edition 2024&#45;11 (15 November 2024)" in tesla


def test_a_computed_figure_shows_how_its_inputs_moved_and_links_their_histories(two_editions: Path) -> None:
    average = section(two_editions, "history-duty-per-producer")
    inputs = tables(average)[1]
    assert cells(inputs) == [["2024-10", "round((A + B + C) ÷ D, 3)", "A: 17%", "B: 18.8%", "C: 35.3%", "D: 3 exporting producers"],
                             ["2024-11", "round((A + B + C) ÷ D, 3)", "A: 17.1%", "B: 18.8%", "C: 35.3%", "D: 3 exporting producers"]]
    linked = re.findall(r'<th><a href="([^"]+)">', inputs)
    here = Path(holder(two_editions, "history-duty-per-producer")).parent
    assert linked == [f"{Path(holder(two_editions, a)).relative_to(here).as_posix()}#{a}" for a in
                      ("history-byd--definitive", "history-geely--definitive", "history-saic--definitive", "history-sampled-producers")]


def history_links(markdown: str) -> list[str]:
    return re.findall(r"\]\(((?:\.\./)*history/\d+\.md#history-[a-z0-9-]+)\)", markdown)


def test_a_footnote_links_the_history_of_its_own_figure(two_editions: Path) -> None:
    p = pipeline.prepare(two_editions)
    for fid in sorted(p.derived.figures):
        page = Page("analysis/deep.md", p.derived, p.charts)
        page.fact(fid)
        anchor = "history-" + fid.replace(".", "--")
        assert history_links(page.footnotes()) == [f"../{holder(two_editions, anchor)}#{anchor}"], fid
    index = (docs(two_editions) / "index.md").read_text()
    note = re.search(r"^\[\^duty-per-producer\]: .*$", index, re.M)[0]
    assert history_links(note) == [f"{holder(two_editions, 'history-duty-per-producer')}#history-duty-per-producer"]
    assert note.endswith('<span class="bf-history">[Its value in each edition]'
                         f"({holder(two_editions, 'history-duty-per-producer')}#history-duty-per-producer).</span>")


def test_figures_sharing_a_footnote_each_link_their_own_history(two_editions: Path) -> None:
    p = pipeline.prepare(two_editions)
    page = Page("index.md", p.derived, p.charts)
    marks = {page.fact(fid).rsplit("[^", 1)[1] for fid in ("byd.provisional", "geely.provisional", "saic.provisional")}
    assert len(marks) == 1, "same status, date and sources: one footnote"
    anchors = ["history-byd--provisional", "history-geely--provisional", "history-saic--provisional"]
    assert history_links(page.footnotes()) == [f"{holder(two_editions, a)}#{a}" for a in anchors]
    assert "Each one's value in each edition: [BYD: Provisional duty &#40;July 2024&#41;](" in page.footnotes()


def test_the_data_page_links_each_figure_and_each_withdrawn_one_to_its_history(two_editions: Path) -> None:
    data = (docs(two_editions) / "data.md").read_text()
    rows = re.findall(r'^\| <span id="fig-([a-z0-9-]+)"></span>.*\| \[By edition\]\(([^)]+)\) \|$', data, re.M)
    assert sorted(fig for fig, _ in rows) == sorted(f.replace(".", "--") for f in pipeline.prepare(two_editions).derived.figures)
    for fig, link in rows:
        assert link == f"{holder(two_editions, 'history-' + fig)}#history-{fig}", fig
    withdrawn = data.split("## Withdrawn figures", 1)[1]
    assert re.findall(r"^\| (.*) \| (.*) \| \[By edition\]\((.*)\) \|$", withdrawn, re.M) == [
        ("Cut in SAIC's duty from provisional to definitive", "2024&#45;11 (15 November 2024)",
         f"{holder(two_editions, 'history-saic-cut')}#history-saic-cut")]


def test_what_changed_links_each_revised_and_removed_figure_to_its_history(two_editions: Path) -> None:
    changes = (docs(two_editions) / "changes.md").read_text()
    rows = [line for line in changes.splitlines() if line.startswith("| [")]  # table rows whose figure is a link
    revised = "".join(line for line in rows if line in changes.split("## Values revised", 1)[1].split("## Added", 1)[0])
    removed = "".join(line for line in rows if line in changes.split("## Removed", 1)[1])
    assert history_links(revised) == [f"{holder(two_editions, 'history-byd--definitive')}#history-byd--definitive"]
    assert history_links(removed) == [f"{holder(two_editions, 'history-saic-cut')}#history-saic-cut"]


def test_a_pdf_leaves_the_history_links_out(two_editions: Path) -> None:
    pages = {rel.relative_to(docs(two_editions)).as_posix(): rel.read_bytes() for rel in docs(two_editions).rglob("*.md")}
    tree = collections.defaultdict(lambda: b"<svg/>", pages)  # a preview build exports no static charts
    body = pdf._section("index", pdf.Pages(tree)("index.md"), tree)["html"]
    assert "bf-history" not in body and "history/" not in body and "value in each edition" not in body
    assert "Sources: <a href=\"#src-eu-reg-2024-2754\">European Commission</a>" in body


def test_history_pages_are_deterministic(two_editions: Path) -> None:
    before = {p.name: p.read_bytes() for p in (docs(two_editions) / "history").glob("*.md")}
    pipeline.generate(two_editions, lambda line: None, preview=True)
    assert {p.name: p.read_bytes() for p in (docs(two_editions) / "history").glob("*.md")} == before


@pytest.fixture(scope="module")
def ev_site(two_editions: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two-edition briefing published by MkDocs in strict mode: a history link to a missing page or anchor fails it."""
    site = tmp_path_factory.mktemp("history-site") / "site"
    pipeline.mkdocs_build(two_editions, site, 0)
    return site


def test_mkdocs_publishes_the_history_pages_and_leaves_them_out_of_search(two_editions: Path, ev_site: Path) -> None:
    page = (ev_site / Path(holder(two_editions, "history-byd--definitive")).with_suffix("") / "index.html").read_text()
    assert 'id="history-byd--definitive"' in page and "<svg" in page
    index = json.loads((ev_site / "search" / "search_index.json").read_text())
    assert not [doc["location"] for doc in index["docs"] if doc["location"].startswith("history/")], "histories stay out of search"


@pytest.mark.parametrize("scheme, width", [("light", 1200), ("dark", 390)])
def test_a_history_page_with_its_chart_is_accessible_and_fits_a_phone(two_editions: Path, ev_site: Path, browser: Browser,
                                                                       scheme: str, width: int) -> None:
    rel = Path(holder(two_editions, "history-byd--definitive")).with_suffix("").as_posix() + "/"
    ctx = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    try:
        with serve(ev_site) as url:
            page = ctx.new_page()
            page.goto(url + rel)
            chart = page.locator("#history-byd--definitive-chart svg")
            assert chart.get_attribute("role") == "img"
            assert 0 < chart.bounding_box()["width"] <= min(width, 640)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, "nothing wider than the screen"
            page.add_script_tag(path=str(AXE))
            assert page.evaluate(RUN_AXE_ON_HISTORY) == []
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / f"history-{scheme}-{width}.png"), full_page=True)
    finally:
        ctx.close()


# --- the history's logic, on edition records as the generator writes them -------------------------

@pytest.fixture
def ev(tmp_path: Path) -> derive.Derivation:
    """The EV duties briefing with three editions declared; its current record is the third's."""
    root = Path(shutil.copytree(REPO / "tests" / "fixtures" / "ev-duties", tmp_path / "ev"))
    d = derive.run(validate.run(load.run(root)))
    first = d.ds.editions[0]
    d.ds.editions = [Edition(id="e1", date=first.date, summary="One."), Edition(id="e2", date=first.date, summary="Two."),
                     Edition(id="e3", date=first.date, summary="Three.")]
    return d


def edited(record: dict, fid: str, **fields) -> dict:
    """A copy of an edition record in which one figure's row has other values."""
    record = copy.deepcopy(record)
    row = next(r for r in record["figures"] if r["id"] == fid)
    row.update(fields)
    return record


def without(record: dict, fid: str) -> dict:
    record = copy.deepcopy(record)
    record["figures"] = [r for r in record["figures"] if r["id"] != fid]
    return record


def test_a_range_is_charted_as_a_range_and_each_value_holds_until_the_next(ev: derive.Derivation) -> None:
    now = editions.snapshot(ev)
    ranged = edited(now, "byd.definitive", value=None, low=16, high=18)
    fh = histories([edited(now, "byd.definitive", value=15), ranged, now], ev).figures["byd.definitive"]
    chart = fh.chart
    assert [(p.edition, p.row["value"], p.row["low"], p.row["high"], p.label) for p in chart.points] == [
        ("e1", 15, None, None, "15"), ("e2", None, 16, 18, "16–18"), ("e3", 17.0, None, None, "17")]
    first, middle, last = chart.points
    assert middle.y is None and middle.y_high < last.y < middle.y_low < first.y, "the range spans 16 to 18, around 17"
    assert chart.path == f"M{first.x} {first.y} M{last.x} {last.y}", "no line through a central value nobody gave"
    assert [e.change for e in fh.entries] == ["First published", "Value revised", "Value revised"]


def test_the_line_steps_at_each_edition_and_labels_only_changed_values(ev: derive.Derivation) -> None:
    now = editions.snapshot(ev)
    fh = histories([edited(now, "byd.definitive", value=17.0), now, edited(now, "byd.definitive", value=20)], ev).figures["byd.definitive"]
    a, b, c = fh.chart.points
    assert fh.chart.path == f"M{a.x} {a.y} H{b.x} V{b.y} H{c.x} V{c.y}"
    assert [p.label for p in fh.chart.points] == ["17", "", "20"]
    assert a.y == b.y > c.y and fh.chart.zero == fh.chart.baseline, "drawn from zero, as the site's charts"


def test_status_sources_and_wording_changes_are_named_per_edition(ev: derive.Derivation) -> None:
    now = editions.snapshot(ev)
    reported = edited(now, "sampled-producers", status="reported", sources="Example Wire: a test record of an earlier edition, 1 July 2024")
    reworded = edited(now, "sampled-producers", statement="The EU sampled three Chinese producers.")
    fh = histories([reported, reworded, now], ev).figures["sampled-producers"]
    assert [(e.edition.id, e.row["status"], e.change) for e in fh.entries] == [
        ("e1", "reported", "First published"), ("e2", "confirmed", "Status changed, sources changed"), ("e3", "confirmed", "Reworded")]
    assert [([e.id for e in run], entry.row["sources"]) for run, entry in fh.sources_by_edition] == [
        (["e1"], "Example Wire: a test record of an earlier edition, 1 July 2024"), (["e2", "e3"], now_row(now, "sampled-producers")["sources"])]
    assert fh.chart is None and fh.charted_without == "", "a count that never changed has no chart"
    assert fh.label == now_row(now, "sampled-producers")["statement"], "titled as the latest edition words it"


def now_row(record: dict, fid: str) -> dict:
    return next(r for r in record["figures"] if r["id"] == fid)


def test_a_figure_withdrawn_and_restored_says_so_and_is_not_withdrawn(ev: derive.Derivation) -> None:
    now = editions.snapshot(ev)
    result = histories([now, without(now, "geely.definitive"), now], ev)
    fh = result.figures["geely.definitive"]
    assert [(e.edition.id, e.change) for e in fh.entries] == [("e1", "First published"), ("e3", "Back after being withdrawn")]
    assert fh.withdrawn_in is None and fh not in result.withdrawn()
    gone = histories([now, now, without(now, "geely.definitive")], ev).figures["geely.definitive"]
    assert gone.withdrawn_in.id == "e3" and [e.edition.id for e in gone.entries] == ["e1", "e2"]


def test_a_missing_record_is_named_and_a_unit_change_is_not_charted(ev: derive.Derivation) -> None:
    now = editions.snapshot(ev)
    result = histories([edited(now, "byd.definitive", value=17.4, unit="pp"), None, now], ev)
    assert [e.id for e in result.missing] == ["e2"]
    fh = result.figures["byd.definitive"]
    assert [e.edition.id for e in fh.entries] == ["e1", "e3"] and fh.entries[1].change == "Value revised"
    assert fh.chart is None and fh.charted_without.startswith("Its unit changed between editions")


def test_only_web_addresses_become_links(ev: derive.Derivation) -> None:
    now = edited(editions.snapshot(ev), "sampled-producers",
                 source_urls="javascript:alert(1) https://example.org/a http:// https://example.net/b")
    entry = histories([now, now, now], ev).figures["sampled-producers"].entries[0]
    assert entry.addresses == [("example.org", "https://example.org/a"), ("example.net", "https://example.net/b")]


def test_text_from_a_record_is_never_html(ev: derive.Derivation) -> None:
    """A record read from the gh-pages branch is input like any other: its text reaches readers as text."""
    now = editions.snapshot(ev)
    hostile = edited(now, "byd.definitive", value=15, statement='<img src=x onerror="alert(1)"> [click](javascript:alert(1))',
                     sources="<script>alert(1)</script>", source_urls="javascript:alert(1)")
    pages = generated._history_pages(ev, {}, histories([now, now, hostile], ev))
    body = "".join(to_html(page.decode()) for page in pages.values())
    # The audit of curators' pages refuses any SVG and style attribute: here only the chart's own markup has them.
    assert unsafe_html(body) == ["<svg> elements are not allowed", "style attributes are not allowed"]
    assert "<img" not in body and "<script" not in body and 'href="javascript' not in body
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; [click](javascript:alert(1)), by edition" in body  # the chart's title


@pytest.mark.parametrize("as_of, shown", [("2024-07", "July 2024"), ("2024-10-29", "29 October 2024")])
def test_an_as_of_date_reads_as_the_edition_gave_it_to_the_month_or_the_day(ev: derive.Derivation, as_of: str, shown: str) -> None:
    now = edited(editions.snapshot(ev), "sampled-producers", as_of=as_of)
    assert histories([now, now, now], ev).figures["sampled-producers"].entries[0].as_of == shown


def test_a_new_as_of_date_alone_is_named_and_alongside_a_revision_is_not(ev: derive.Derivation) -> None:
    now = editions.snapshot(ev)
    earlier = edited(now, "sampled-producers", as_of="2024-10-01")
    assert [e.change for e in histories([earlier, now, now], ev).figures["sampled-producers"].entries] == [
        "First published", "As-of date changed", "Unchanged"]
    revised = edited(now, "sampled-producers", as_of="2024-10-01", value=4)
    assert histories([revised, now, now], ev).figures["sampled-producers"].entries[1].change == "Value revised"


def test_edition_names_under_a_history_chart_are_the_first_the_last_and_those_a_full_room_apart() -> None:
    from generator import history

    xs = [48, 48 + history.TICK_ROOM, 200, 216, 300]  # 216 is a full room from the tick before it and from the last
    points = [history.Point(str(i), x, 0.0, None, None, {}, "") for i, x in enumerate(xs)]
    assert [p.edition for p in history._ticks(points)] == ["0", "1", "3", "4"]
