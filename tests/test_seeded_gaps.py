"""Rules at their edges, and outputs that must point at the right thing, where realistic slips once
got past the suite: how many parts a split page has at exactly a page's worth of rows, which
sections a PDF briefing keeps, how long a page's description may be. Each test names the value just
allowed and the one just past it, or the exact output expected. In-process: no subprocess adds proof."""
from __future__ import annotations

import csv
import dataclasses
import html
import io
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import REPO, copy_project, stand_in_images

from generator import derive, downloads, load, methodology, pdfscope, present, text, validate
from generator.errors import InputError


@pytest.fixture(scope="module")
def derived() -> derive.Derivation:
    return derive.run(validate.run(load.run(REPO)))


def rows(count: int) -> SimpleNamespace:
    """A derivation with ``count`` methodology rows (assumptions, derived figures and checks together)."""
    third = count // 3
    ds = SimpleNamespace(assumptions=[None] * third, derived=[None] * third)
    return SimpleNamespace(ds=ds, checks=[None] * (count - 2 * third))


@pytest.mark.parametrize("count, parts", [(0, 1), (1, 1), (100, 1), (101, 2), (200, 2), (201, 4), (400, 4), (401, 8)])
def test_the_methodology_tables_split_only_past_a_full_page_of_rows(count: int, parts: int) -> None:
    assert methodology.PAGE_ROWS == 100
    assert methodology.count(rows(count)) == parts


def ref(note: str, number: int) -> str:
    return f'<a class="footnote-ref" href="#fn:{note}">{number}</a>'


SCOPED_PAGE = f"""<h2 id="a">A</h2>
<table>
<tr><td>both{ref("f1", 1)}{ref("f3", 3)}</td></tr>
<tr><td>other{ref("f3", 3)}</td></tr>
</table>
<h2 id="b">B</h2>
<p>only others{ref("f3", 3)}</p>
<h2 id="c">C</h2>
<p>mixed{ref("f2", 2)} and{ref("f1", 1)}</p>
<div class="footnote">
<hr>
<ol>
<li id="fn:f1">one</li>
<li id="fn:f2">two</li>
<li id="fn:f3">three</li>
</ol>
</div>"""


def test_a_briefing_keeps_each_row_and_section_that_cites_one_of_its_figures_among_others() -> None:
    """A row or section is left out of a briefing's PDF only when none of the figures it cites is the
    briefing's: one citing the briefing's figure beside another figure stays, with both notes."""
    assert pdfscope.Index(SCOPED_PAGE).scoped({"f1"}) == f"""<h2 id="a">A</h2>
<table>
<tr><td>both{ref("f1", 1)}{ref("f3", 3)}</td></tr>
</table>
<h2 id="c">C</h2>
<p>mixed{ref("f2", 2)} and{ref("f1", 1)}</p>
<div class="footnote">
<hr>
<ol>
<li id="fn:f1">one</li>
<li id="fn:f2">two</li>
<li id="fn:f3">three</li>
</ol>
</div>"""


FULL = " ".join(["word"] * 39 + ["words"])  # 200 characters


def test_a_first_paragraph_of_exactly_200_characters_is_the_whole_description() -> None:
    assert len(FULL) == text.SUMMARY_CHARS == 200
    assert text.summary(f"# Title\n\n{FULL}\n") == FULL
    assert text.summary(f"# Title\n\n{FULL}s\n") == " ".join(["word"] * 39) + "…"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_no_cell_of_the_figures_download_can_run_as_a_spreadsheet_formula(derived: derive.Derivation, start: str,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Excel runs a cell that starts with = + - @ (or a tab or carriage return before one): such a cell is quoted."""
    fig = derived.figures["cn-approved-units"]
    monkeypatch.setitem(derived.figures, fig.id, dataclasses.replace(fig, label=f"{start}SUM(A1:A9) {fig.label}"))
    lines = list(csv.reader(io.StringIO(downloads.figures(derived)["downloads/figures.csv"].decode("utf-8"))))
    header, rows = lines[1], {row[0]: row for row in lines[2:]}
    assert rows[fig.id][header.index("statement")] == f"'{start}SUM(A1:A9) {fig.label}"
    assert rows[fig.id][header.index("id")] == fig.id, "a cell that starts otherwise is left as it is"


def test_a_cached_page_listing_an_entitys_events_is_refused_once_that_entity_is_gone(tmp_path: Path) -> None:
    """A page's call ``events(subject=...)`` reads the entities (its subject must exist): deleting the
    entity fails the incremental build as it fails a clean one, instead of serving the cached page."""
    from test_pagecache import build

    root = copy_project(tmp_path / "project")
    entities = root / "data" / "entities.yaml"
    declared = "\n- id: zz-test-agency\n  name: Test agency\n  kind: agency\n"
    entities.write_text(entities.read_text(encoding="utf-8") + declared, encoding="utf-8")
    (root / "content" / "zz-test.md").write_text('# Test\n\n{{ events(subject="zz-test-agency") }}\n', encoding="utf-8")
    build(root, root / "build" / "cache")
    entities.write_text(entities.read_text(encoding="utf-8").replace(declared, ""), encoding="utf-8")
    for cache_dir in (None, root / "build" / "cache"):  # clean, then incremental
        with pytest.raises(InputError) as refused:
            build(root, cache_dir)
        assert [str(p) for p in refused.value.problems] == ["content/zz-test.md:3:1: unknown entity id 'zz-test-agency'"]


# Edits of what a figure's footnote shows without the page citing it: the origin of a relayed story
# (its headline is printed before "carried by"), the inputs of a computed figure (each with its value
# and sources), and a source these relay through. Each must re-render the cached page that shows it.
SHOWN_ELSEWHERE_EDITS = {
    "the origin of a relayed story": ("data/sources.yaml", "  title: NVIDIA H100 Tensor Core GPU datasheet\n",
                                      "  title: NVIDIA H100 Tensor Core GPU data sheet\n", ["entities/h100.md", "performance.md"]),
    "an input of a computed figure": ("data/facts/volumes-prices.yaml", "  value: 2000000\n  unit: chip\n  qualifier: over\n",
                                      "  value: 2000000\n  unit: chip\n  qualifier: at least\n", ["us-decision.md"]),
    "the independence of a fact's sources": ("data/sources.yaml", "  kind: wire\n  notes: Carried on 23 and 24 January 2026.\n",
                                             "  kind: wire\n  relays: focus-taiwan-2026-01-29\n  notes: Carried on 23 and 24 January 2026.\n",
                                             ["entities/jensen-huang.md"]),
    # not a footnote, but the same slip: an entity page that listed no events lists its first
    "an entity's first event": ("data/events.yaml", "  subjects: [nvidia, us-government, h20]\n",
                                "  subjects: [nvidia, us-government, h20, huawei]\n", ["entities/huawei.md"]),
}


@pytest.mark.parametrize("case", list(SHOWN_ELSEWHERE_EDITS))
def test_a_cached_page_is_rendered_again_when_something_it_shows_from_elsewhere_changes(case: str, tmp_path: Path) -> None:
    from test_pagecache import build, different

    rel, old, new, pages = SHOWN_ELSEWHERE_EDITS[case]
    root = copy_project(tmp_path / "project")
    before, _ = build(root, root / "build" / "cache")
    path = root / rel
    assert path.read_text(encoding="utf-8").count(old) == 1, f"{rel} no longer holds the text to edit"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    incremental, _ = build(root, root / "build" / "cache")
    clean, _ = build(root, None)
    assert set(pages) <= set(different(clean, before)), "the edit must change the cached pages it is meant to test"
    assert different(incremental, clean) == [], "pages served stale from the cache"



@pytest.mark.parametrize("edit", ["the export's own code", "the Plotly bundle", "the browser", "the PNG scale"])
def test_a_static_chart_is_exported_again_when_anything_its_image_is_made_with_changes(edit: str, tmp_path: Path,
                                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The image store is keyed by the figure and by everything that turns it into pixels: changing any
    of them must export every chart again, never reuse an image made the old way."""
    from generator import headless, pipeline, static_charts
    from generator.cache import Store

    charts = pipeline.prepare(REPO).charts
    bundle = pipeline.vendor_files(REPO)[pipeline.VENDOR_SCRIPT]
    monkeypatch.setattr(static_charts, "_export", lambda outputs, bundle: {(c, fmt): b"old image" for c in outputs for fmt in static_charts.FORMATS})
    store = Store(tmp_path / "objects")
    assert static_charts.run(charts, bundle, store).exported == len(charts)
    assert static_charts.run(charts, bundle, store, export=False).cached == len(charts), "unchanged, every image is reused"
    if edit == "the export's own code":
        monkeypatch.setattr(static_charts, "EXPORT_CODE", "edited")
    elif edit == "the PNG scale":
        monkeypatch.setattr(static_charts, "PNG_SCALE", 3)
    elif edit == "the browser":
        monkeypatch.setattr(headless, "engine", lambda: "Chromium 0.0 edited")
    else:
        bundle += b"\n// edited"
    images = static_charts.run(charts, bundle, store, export=False)
    assert (images.cached, images.files) == (0, {})


@pytest.mark.parametrize("count", [1, 2, 3, 4, 7])
def test_a_key_figure_card_links_its_first_three_sources_and_counts_the_rest(derived: derive.Derivation, count: int) -> None:
    from generator.page import Page

    fig = next(f for f in derived.figures.values() if len(f.sources) == count)
    card = str(Page("index.md", derived, {}).key_figures([fig.id]))
    links = re.findall(r'<a href="sources/#src-([a-z0-9-]+)">([^<]*)</a>', card)
    assert links == [(s, text.attr(derived.sources[s].publisher)) for s in fig.sources[:3]]
    meta = card.split('<p class="bf-card__meta">')[1]
    assert meta.endswith(f"</a> and {count - 3} more</p></div></div>\n" if count > 3 else "</a></p></div></div>\n")


# --- what the generated pages say of each source, page and change ------------------------------------

PAYWALL = ("  url: https://www.businesstimes.com.sg/international/global/china-approves-first-batch-nvidia-h200-chip-imports-sources\n",
           "  url: https://www.businesstimes.com.sg/international/global/china-approves-first-batch-nvidia-h200-chip-imports-sources\n"
           "  paywalled: true\n  archive_url: https://archive.example.org/business-times-h200\n  accessed: 2026-02-02\n")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[derive.Derivation, dict[str, str]]:
    """The H200 docs tree rendered in-process, with one source (The Business Times) made paywalled, and accessed days after publication."""
    from generator import pipeline, render

    root = copy_project(tmp_path_factory.mktemp("rendered") / "project")
    sources = root / "data" / "sources.yaml"
    assert sources.read_text(encoding="utf-8").count(PAYWALL[0]) == 1
    sources.write_text(sources.read_text(encoding="utf-8").replace(*PAYWALL), encoding="utf-8")
    p = pipeline.prepare(root)
    tree = render.run(p.derived, p.charts, {}, p.changes)
    return p.derived, {rel: blob.decode("utf-8") for rel, blob in tree.items() if rel.endswith(".md")}


def entry(sources_page: str, sid: str) -> str:
    return sources_page.split(f"{{: #src-{sid} }}\n")[1].split("\n### ")[0]


def test_each_source_entry_links_the_sources_carrying_it_and_the_figures_citing_it(rendered) -> None:
    d, tree = rendered
    page = tree["sources.md"]
    for source in d.ds.sources:
        found = entry(page, source.id)
        carriers = [s for s in d.ds.sources if s.relays == source.id]
        carried = re.findall(r"^- \*\*Carried by:\*\* (.*)$", found, re.M)
        assert carried == ([", ".join(f"[{text.md(s.publisher)}](#src-{s.id})" for s in carriers)] if carriers else []), source.id
        citing = [f for f in d.figures.values() if f.kind in ("fact", "table") and source.id in f.sources]
        assert re.findall(r"^    - \[.*\]\(data\.md#(fig-[a-z0-9-]+)\)$", found, re.M) == [
            f"fig-{f.id.replace('.', '--')}" for f in citing], source.id
    assert any(f.kind == "table" for f in d.figures.values() if "h200-datasheet-copies" in f.sources)


def test_a_paywalled_source_says_so_beside_its_link_and_gives_its_archived_copy(rendered) -> None:
    found = entry(rendered[1]["sources.md"], "business-times-2026-01-28")
    assert re.search(r'^- \*\*Link:\*\* <a href="https://www\.businesstimes\.com\.sg/[^"]+">[^<]+</a> \(paywalled\)$', found, re.M)
    assert '- **Archived copy:** <a href="https://archive.example.org/business-times-h200">' in found


def test_each_page_names_its_sources_with_links_to_their_entries_and_its_pdfs_by_kind(rendered) -> None:
    import yaml

    d, tree = rendered
    formats = {"full": "Full briefing", "summary": "Two-page summary"}
    for rel in d.ds.pages:
        meta = yaml.safe_load(text.split_front_matter(tree[rel])[0])
        for cited in meta["page_sources"]:
            assert cited["href"].endswith(f"sources/#src-{cited['id']}") and cited["publisher"] == d.sources[cited["id"]].publisher, rel
        briefings = [b for b in d.ds.briefings if rel == "index.md" or rel.removesuffix(".md") in b.pages]
        assert [(p["title"], p["format"]) for p in meta["pdfs"]] == [(b.title, formats[b.format]) for b in briefings], rel
    assert {b.format for b in d.ds.briefings} == set(formats)


def test_a_comparison_table_lists_the_items_asked_for_in_that_order_with_each_metrics_unit(derived: derive.Derivation) -> None:
    from generator.page import Page

    table = str(Page("performance.md", derived, {}).table("chips", metrics=["memory", "power"], items=["h20", "h200"]))
    lines = table.strip().splitlines()
    assert lines[0] == "| Chip | Memory capacity (GB) | Power (W) |"
    assert [re.match(r"\| \[([^\]]+)\]\(entities/([a-z0-9-]+)\.md\)", line).group(2) for line in lines[2:]] == ["h20", "h200"]


def test_what_changed_reads_a_status_change_from_the_old_status_to_the_new() -> None:
    from generator import editions, pipeline, present, render

    p = pipeline.prepare(REPO)
    now = editions.snapshot(p.derived)
    before = json.loads(json.dumps(now))
    row = next(r for r in before["figures"] if r["id"] == "cn-approved-units")
    assert row["status"] == "reported"
    row["status"] = "estimate"
    changes = editions.compare("2026-01-01", "data/snapshots/2026-01-01.json", before, now)
    page = render.run(p.derived, p.charts, {}, changes)["changes.md"].decode("utf-8")
    statuses = page.split("## Statuses changed\n")[1].split("\n## ")[0]
    assert re.findall(r"^\| (?!Figure|---).*$", statuses, re.M) == [
        f"| {text.md(row['statement'])} | {present.STATUS_WORDS['estimate']} | {present.STATUS_WORDS['reported']} |"]


def test_each_part_of_a_split_timeline_gives_the_span_of_its_own_events_in_date_order(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import citations, pipeline, render

    monkeypatch.setattr(citations, "TIMELINE_PAGE_EVENTS", 5)
    p = pipeline.prepare(REPO)
    tree = render.run(p.derived, p.charts, {}, p.changes)
    events = p.derived.timeline
    parts = -(-len(events) // 5)
    assert parts >= 3
    for number in range(1, parts + 1):
        page = tree["timeline.md" if number == 1 else f"timeline/{number}.md"].decode("utf-8")
        own = events[(number - 1) * 5:number * 5]
        assert own[0].date.order <= own[-1].date.order
        assert f"pages in date order, from {own[0].when} to {own[-1].when} on this one." in " ".join(page.split()), number


# --- what a PDF briefing holds of the pages that list the whole data set --------------------------

@pytest.fixture(scope="module")
def prepared_tree():
    """The H200 briefing prepared and rendered in-process, with a stand-in image for each chart (a PDF
    embeds the images as they are: what they show is not what these tests look at)."""
    from generator import pipeline, render

    p = pipeline.prepare(REPO)
    tree = render.run(p.derived, p.charts, {}, p.changes)
    tree.update(stand_in_images(p.charts))
    return p, tree


def test_a_pdf_keeps_the_timeline_events_of_its_key_figures_even_when_its_pages_do_not_cite_them(prepared_tree) -> None:
    from generator import pdf

    p, tree = prepared_tree
    full = next(b for b in p.derived.ds.briefings if b.format == "full")
    briefing = full.model_copy(update={"pages": ["performance"], "key_facts": ["cn-approved-units"]})
    document = pdf.compose(p.derived, p.charts, tree, p.changes, briefing, "A4")
    involved = [e for e in p.derived.ds.events if "cn-approved-units" in e.facts]
    assert involved and "cn-approved-units" not in tree["performance.md"].decode("utf-8")
    for event in involved:
        assert f'id="timeline--event-{event.id}"' in document, event.id


def test_a_pdfs_what_changed_lists_only_status_changes_of_the_figures_it_cites(prepared_tree) -> None:
    from generator import editions, pdf

    p, tree = prepared_tree
    now = editions.snapshot(p.derived)
    before = json.loads(json.dumps(now))
    summary = next(b for b in p.derived.ds.briefings if b.format == "summary")
    cited = pdfscope.cited(text.to_html(tree["index.md"].decode("utf-8"))) | set(summary.key_facts)
    inside = "cn-approved-units"
    outside = next(r["id"] for r in now["figures"] if r["id"] not in cited and r["status"] == "reported")
    for row in before["figures"]:
        if row["id"] in (inside, outside):
            row["status"] = "estimate"
    changes = editions.compare("2026-01-01", "data/snapshots/2026-01-01.json", before, now)
    briefing = summary.model_copy(update={"format": "full"})
    document = pdf.compose(p.derived, p.charts, tree, changes, briefing, "A4")
    listed = document.split("<h2>Statuses changed</h2>")[1].split("</table>")[0]
    assert [html.unescape(row) for row in re.findall(r'<th scope="row">(.*?)</th>', listed)] == [p.derived.figures[inside].label]


# --- second round of seeded bugs: what each page, PDF, record and key must say ---------------------

def test_a_claim_check_gives_each_metrics_difference_with_its_sign_and_verdict(derived: derive.Derivation) -> None:
    """A computed value above the claim reads "+11%", one below it "-76%"; within the tolerance the claim holds."""
    from generator.page import Page

    table = str(Page("index.md", derived, {}).claim_check("h200-six-times-h20"))
    rows = [line.split(" | ") for line in table.splitlines() if line.startswith("| H200 to H20")]
    assert [(cells[0].removeprefix("| "), cells[2], cells[3].removesuffix(" |")) for cells in rows] == [
        ("H200 to H20, FP8 compute", "+11%", "Yes"), ("H200 to H20, BF16/FP16 compute", "+11%", "Yes"),
        ("H200 to H20, memory", "-76%", "**No**"), ("H200 to H20, memory bandwidth", "-80%", "**No**"),
        ("H200 to H20, NVLink bandwidth", "-83%", "**No**")]
    assert "Tolerance: within 15% of the reported figure." in table


def test_a_computed_figure_is_as_of_its_latest_input(derived: derive.Derivation) -> None:
    fig = derived.figures["us-share-approved-usd"]
    assert [str(derived.figures[i].as_of) for i in fig.inputs] == ["2025-12-08", "2026-01-28", "2025-12-31"]
    assert present.status_line(fig) == "Derived, as of 28 January 2026"
    for fig in derived.figures.values():
        dates = [derived.figures[i].as_of for i in fig.inputs if derived.figures[i].as_of]
        if dates:
            assert fig.as_of == max(dates), fig.id


@pytest.mark.parametrize("fid, sentence", [
    ("cn-approved-units", "During the Nvidia CEO's visit, Beijing approved ByteDance, Alibaba and Tencent to buy more than 400,000 H200 chips in total."),
    ("h200.memory", "Nvidia H200: Memory capacity.")])
def test_a_statement_ends_with_one_full_stop_before_its_footnote(derived: derive.Derivation, fid: str, sentence: str) -> None:
    """A fact's statement keeps its own full stop; a table figure's label, which has none, gets one."""
    from generator.page import Page

    assert str(Page("index.md", derived, {}).statement(fid)) == f"{text.md(sentence)}[^{fid.replace('.', '--')}]"


def test_the_methodology_lists_each_assumptions_low_and_high_case_and_how_many_metrics_a_claim_holds_on(
        derived: derive.Derivation) -> None:
    from generator.page import Page

    tables = str(Page("methodology.md", derived, {}).methodology())
    price = next(line for line in tables.splitlines() if line.startswith("| H200 selling price per chip |"))
    assert price.split(" | ")[1:4] == ["US$25,200 per chip", "US$27,000 per chip[^h200-price-scenario]", "US$27,000 per chip"], \
        "low, central (with the footnote saying how each case is made) and high case, each in its unit"
    check = next(line for line in tables.splitlines() if line.startswith("| The H200 is reported to be roughly six times"))
    assert check.endswith(" | 15% | holds on 2 of 5 |")


def test_history_pages_are_left_out_of_search_as_the_data_pages_are_and_content_pages_are_not(rendered) -> None:
    import yaml

    d, tree = rendered
    history_pages = [rel for rel in tree if rel.startswith("history/")]
    assert history_pages
    for rel in history_pages + ["data.md"]:
        assert yaml.safe_load(text.split_front_matter(tree[rel])[0]).get("search") == {"exclude": True}, rel
    for rel in d.ds.pages:
        assert "search" not in yaml.safe_load(text.split_front_matter(tree[rel])[0]), rel


def test_a_page_listing_events_names_the_events_sources_among_its_own(rendered) -> None:
    """The sources shown under a page (its front matter's page_sources) include those of the events it lists."""
    import jinja2
    import yaml

    from generator.page import render

    d, _ = rendered
    body = render("zz-events.md", d, {}, jinja2.Environment().from_string('# Events\n\n{{ events(subject="h200") }}\n'), trusted=False)
    listed = [s["id"] for s in yaml.safe_load(text.split_front_matter(body.decode("utf-8"))[0])["page_sources"]]
    assert listed == list(dict.fromkeys(s for e in d.events_about["h200"] for s in e.sources))


def test_a_source_entry_gives_the_day_it_was_accessed(rendered) -> None:
    found = entry(rendered[1]["sources.md"], "business-times-2026-01-28")
    assert re.findall(r"^- \*\*(Published|Accessed):\*\* (.*)$", found, re.M) == [("Published", "28 January 2026"),
                                                                                  ("Accessed", "2 February 2026")]


def test_what_changed_gives_a_revised_value_before_and_now(prepared_tree) -> None:
    from generator import editions, render

    p, _ = prepared_tree
    now = editions.snapshot(p.derived)
    assert p.derived.figures["h200-price-usd"].value == 27000
    changes = editions.compare("2026-01-01", "data/snapshots/2026-01-01.json", record_where(now, "h200-price-usd", value=25000), now)
    page = render.run(p.derived, p.charts, {}, changes)["changes.md"].decode("utf-8")
    revised = page.split("## Values revised\n")[1].split("\n## ")[0]
    [line] = re.findall(r"^\| \[(?!Figure).*$", revised, re.M)
    assert line.split(" | ")[1] == "about US$25,000 per chip", "Before: the old value"
    assert '">about US$27,000 per chip</span>' in line.split(" | ")[2], "Now: the new value"


def hover(trace: dict, point: int) -> str:
    """A trace's hover text for one point, filled in as Plotly fills its template."""
    filled = trace["hovertemplate"].replace("%{x}", str(trace["x"][point])).replace("%{y}", str(trace["y"][point]))
    return re.sub(r"%\{customdata\[(\d)\]\}", lambda m: str(trace["customdata"][point][int(m[1])]), filled)


def test_a_charts_hover_names_the_point_its_value_its_status_and_its_as_of_date(derived: derive.Derivation) -> None:
    """In words, as the page beside it writes them: ``Reported, as of 28 January 2026``."""
    from generator import charts
    from generator.present import STATUS_WORDS

    outputs = charts.run(derived)
    checked = 0
    for out in outputs.values():
        if out.chart.kind == "timeline":
            continue
        for trace in out.figure["data"]:
            rows = [r for r in out.rows if r["series"] != "Threshold" and trace["name"] == html.escape(r["series"], quote=False)]
            for i, row in enumerate(rows):
                category = trace["y" if out.chart.horizontal else "x"][i]
                assert hover(trace, i) == (f"{category}<br><b>{html.escape(row['_prose'], quote=False)}</b><br>"
                                           f"{STATUS_WORDS[row['status']]}, as of {derived.figures[row['figure']].as_of.display}"
                                           "<extra></extra>"), (out.chart.id, i)
                checked += 1
    assert checked >= 10


def test_a_charts_static_image_keeps_the_height_the_chart_sets_for_itself(derived: derive.Derivation) -> None:
    """The timeline sets its height by its rows; its static image and the page's placeholder keep it."""
    from generator import charts, static_charts
    from generator.page import Page

    timeline = charts.run(derived)["timeline"]
    height = timeline.figure["layout"]["height"]
    assert height == 44 * len(derived.ds.events) + 110 != static_charts.HEIGHT
    assert static_charts.size(timeline.figure) == (760, height)
    page = str(Page("timeline.md", derived, {"timeline": timeline}).chart("timeline"))
    assert f'width="760" height="{height}"' in page


def test_a_full_pdfs_contents_list_every_section_and_the_sources_in_order(prepared_tree) -> None:
    from generator import pdf

    p, tree = prepared_tree
    full = next(b for b in p.derived.ds.briefings if b.format == "full")
    document = pdf.compose(p.derived, p.charts, tree, p.changes, full, "A4")
    contents = document.split('<nav class="toc">')[1].split("</nav>")[0]
    sections = re.findall(r'<section class="(?:chapter|sources)" id="([^"]+)"', document)
    assert re.findall(r'<li><a href="#([^"]+)"><span>', contents) == sections
    assert sections[-2:] == ["sec-changes", "sources"]
    assert len(sections) == len(full.pages) + 1 + 1 + 1, "its pages, the Timeline, What changed and the sources"


def test_a_pdfs_what_changed_lists_the_sources_of_the_figures_added_to_it(prepared_tree) -> None:
    from generator import editions, pdf

    p, tree = prepared_tree
    now = editions.snapshot(p.derived)
    added = "h200-price-usd"
    new_sources = p.derived.figures[added].sources
    before = json.loads(json.dumps(now))
    before["figures"] = [r for r in before["figures"] if r["id"] != added]
    before["sources"] = [s for s in before["sources"] if s["id"] not in new_sources]
    changes = editions.compare("2026-01-01", "data/snapshots/2026-01-01.json", before, now)
    summary = next(b for b in p.derived.ds.briefings if b.format == "summary")
    document = pdf.compose(p.derived, p.charts, tree, changes, summary.model_copy(update={"format": "full"}), "A4")
    listed = document.split("<h2>Sources added</h2>")[1].split("</ul>")[0]
    assert re.findall(r'<li><a href="#src-([a-z0-9-]+)">', listed) == [s.id for s in p.derived.ds.sources if s.id in new_sources]


# --- histories from edition records --------------------------------------------------------------

@pytest.fixture
def three_editions(tmp_path: Path) -> derive.Derivation:
    """The EV duties briefing with three editions declared; its current record is the third's."""
    import shutil

    from generator.model import Edition

    root = Path(shutil.copytree(REPO / "tests" / "fixtures" / "ev-duties", tmp_path / "ev"))
    d = derive.run(validate.run(load.run(root)))
    day = d.ds.editions[0].date
    d.ds.editions = [Edition(id=f"e{n}", date=day, summary=f"Edition {n}.") for n in (1, 2, 3)]
    return d


def record_where(record: dict, fid: str, **fields) -> dict:
    """A copy of an edition record in which one figure's row has other fields (or, with none given, is gone)."""
    record = json.loads(json.dumps(record))
    record["figures"] = [{**row, **fields} if row["id"] == fid else row for row in record["figures"] if fields or row["id"] != fid]
    return record


def test_a_figures_history_is_titled_as_its_latest_edition_words_it(three_editions: derive.Derivation) -> None:
    from generator import editions, history

    now = editions.snapshot(three_editions)
    old_words = record_where(now, "sampled-producers", statement="Three Chinese producers were sampled.")
    fh = history.histories([old_words, now, now], three_editions).figures["sampled-producers"]
    assert fh.label == next(r["statement"] for r in now["figures"] if r["id"] == "sampled-producers") != "Three Chinese producers were sampled."
    gone = history.histories([now, old_words, record_where(now, "sampled-producers")], three_editions).figures["sampled-producers"]
    assert gone.label == "Three Chinese producers were sampled.", "a withdrawn figure: as the last edition that had it"


def test_a_figure_withdrawn_after_two_editions_names_its_first_and_last(three_editions: derive.Derivation) -> None:
    from generator import editions, generated, history

    now = editions.snapshot(three_editions)
    records = [now, now, record_where(now, "geely.definitive")]
    pages = generated._history_pages(three_editions, {}, history.histories(records, three_editions))
    [page] = [p.decode("utf-8") for p in pages.values() if b"{: #history-geely--definitive }" in p]
    section = page.split("{: #history-geely--definitive }")[1].split("\n## ")[0]
    assert "**Withdrawn in edition e3** (" in section
    assert "It was first published in edition e1,\nlast in edition e2." in section


# --- the build's and the stores' keys: everything that shapes an output ------------------------------

def test_a_build_sees_a_change_to_any_file_of_the_project_it_reads_and_to_its_address(project: Path,
                                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """`briefing build` does nothing when its inputs' digest is unchanged: each edit of data, pages, the theme's
    overrides or the configuration, and another site address, must change it."""
    from generator import pipeline

    monkeypatch.delenv("SITE_URL", raising=False)
    digests = [pipeline.inputs_digest(project)]
    for rel in ["data/facts/volumes-prices.yaml", "content/index.md", "site_theme/main.html", "mkdocs.yml", "SITE_URL"]:
        if rel == "SITE_URL":
            monkeypatch.setenv("SITE_URL", "https://example.org/briefing/")
        else:
            path = project / rel
            path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        digests.append(pipeline.inputs_digest(project))
        assert digests[-1] not in digests[:-1], rel


def test_a_pdf_is_printed_again_when_the_printing_code_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import pdf

    before = pdf._key("<html>a briefing</html>")
    monkeypatch.setattr(pdf, "PRINT_CODE", "edited")
    assert pdf._key("<html>a briefing</html>") != before


@pytest.mark.parametrize("setting", ["DATA_PAGE_FIGURES", "SOURCES_PAGE_ENTRIES"])
def test_a_cached_page_is_not_reused_once_the_data_or_sources_pages_are_split_differently(
        derived: derive.Derivation, setting: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Footnotes link the part of the Data and Sources pages that lists each entry: when the number of
    parts changes, every page's key must change, or a cached page keeps links to the old parts."""
    from generator import citations, templating
    from generator.pagecache import PageCache

    deps = ["figure:cn-approved-units"]
    before = PageCache(derived, {}, templating.TEMPLATES).key("index.md", "text", deps)
    monkeypatch.setattr(citations, setting, 10)
    assert PageCache(derived, {}, templating.TEMPLATES).key("index.md", "text", deps) != before


# --- what a command says when it refuses ---------------------------------------------------------

def test_a_refused_publish_says_nothing_was_published(tmp_path: Path) -> None:
    from conftest import run_cli

    root = copy_project(tmp_path / "not-a-repository")
    result = run_cli("publish", root=root, env={"SITE_URL": "https://example.org/briefing/"})
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        ".: not a git work tree: publishing commits to the gh-pages branch; run `git init` and commit the project first",
        "1 problem(s) found; nothing was published."]


def test_a_page_under_entities_is_refused_as_generated(ev_project: Path) -> None:
    from conftest import run_check

    root = ev_project
    (root / "content" / "entities").mkdir()
    (root / "content" / "entities" / "byd.md").write_text("# BYD, as I would write it\n", encoding="utf-8")
    result = run_check(root)
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == "content/entities/byd.md: this page is generated; rename yours"


@pytest.fixture
def ev_project(tmp_path: Path) -> Path:
    """A copy of the small EV duties project, whose check takes a fraction of the H200 briefing's."""
    import shutil

    return Path(shutil.copytree(REPO / "tests" / "fixtures" / "ev-duties", tmp_path / "ev"))


def test_an_unsafe_link_after_code_is_refused_at_its_own_line(ev_project: Path) -> None:
    """Code spans and blocks are left as written; a refused link after them is still located on its own line."""
    from conftest import run_check

    page = ev_project / "content" / "index.md"
    link = "See `code` and [this](javascript:alert)."
    page.write_text(page.read_text(encoding="utf-8") + f"\n```\n[a](javascript:ok-in-code)\n```\n\n{link}\n", encoding="utf-8")
    line = page.read_text(encoding="utf-8").splitlines().index(link) + 1
    result = run_check(ev_project)
    assert result.returncode == 2
    refused = "'javascript:alert' is not allowed: link to http(s), mailto or a page of this site"
    assert result.stderr.splitlines() == [f"content/index.md: unsafe page: href={refused}",
                                          f"content/index.md:{line}:1: link target {refused}", f"    {link}", "    ^",
                                          "2 problem(s) found."]



# --- third batch of seeded bugs: the generated pages' columns, links and front matter ------------------

def test_the_data_page_counts_each_reported_figures_independent_sources_and_links_its_history(rendered) -> None:
    from generator import citations

    d, tree = rendered
    rows = re.findall(r'^\| <span id="fig-([a-z0-9-]+)"></span>.*$', tree["data.md"], re.M)
    assert len(rows) == len(d.figures)
    for line in (line for line in tree["data.md"].splitlines() if line.startswith('| <span id="fig-')):
        fid = next(f for f in d.figures if line.startswith(f'| <span id="{citations.figure_anchor(f)}"></span>'))
        cells = line.split(" | ")
        assert cells[-2] == (str(len(d.independent[fid])) if fid in d.independent else "computed"), fid
        anchor = citations.history_anchor(fid)
        assert cells[-1] == f"[By edition]({citations.history_page_of(anchor, citations.history_pages(d))}#{anchor}) |", fid
    assert any(len(d.independent[f]) < len(d.figures[f].sources) for f in d.independent), "relays count once"
    assert any("." in f for f in d.independent), "a table figure's anchor writes its dot as --"


def test_an_entity_page_gives_its_country(rendered) -> None:
    d, tree = rendered
    with_country = [e for e in d.ds.entities if e.country]
    assert with_country
    for e in with_country:
        assert f"**Country:** {text.md(e.country)}\n" in tree[f"entities/{e.id}.md"], e.id


def test_a_relayed_source_links_the_story_it_carries_and_one_without_an_address_says_why(rendered) -> None:
    d, tree = rendered
    relays = [s for s in d.ds.sources if s.relays]
    assert relays and any(not s.url and not s.offline for s in d.ds.sources)
    for s in relays:
        carried = d.sources[s.relays]
        assert (f"carrying the story of [{text.md(carried.publisher)}: {text.md(carried.title)}](#src-{carried.id})"
                in entry(tree["sources.md"], s.id)), s.id
    for s in d.ds.sources:
        if not s.url and not s.offline:
            assert f"- **No address:** {text.md(s.url_unavailable)}\n" in entry(tree["sources.md"], s.id), s.id


def test_a_page_names_the_sources_of_its_charts_and_links_the_sources_and_data_pages(rendered) -> None:
    import jinja2
    import yaml

    from generator import charts
    from generator.page import render

    d, _ = rendered
    outputs = charts.run(d)
    body = render("zz/chart.md", d, outputs, jinja2.Environment().from_string('# A chart\n\n{{ chart("volumes") }}\n'), trusted=False)
    meta = yaml.safe_load(text.split_front_matter(body.decode("utf-8"))[0])
    assert [s["id"] for s in meta["page_sources"]] == outputs["volumes"].sources
    assert (meta["sources_href"], meta["data_href"]) == ("../../sources/", "../../data/")


def test_a_charts_data_table_links_each_rows_sources_to_their_entries(derived: derive.Derivation) -> None:
    from generator import charts
    from generator.page import Page

    outputs = charts.run(derived)
    figure = str(Page("volumes.md", derived, outputs).chart("volumes"))
    body = figure.split("<tbody>")[1].split("</tbody>")[0]
    linked = [re.findall(r'<a href="\.\./sources/#src-([a-z0-9-]+)">', row) for row in re.findall(r"<tr>.*?</tr>", body)]
    assert linked == [row["sources"] for row in outputs["volumes"].rows]


def test_a_pdfs_what_changed_gives_a_revised_value_before_and_now(prepared_tree) -> None:
    from generator import editions, pdf

    p, tree = prepared_tree
    now = editions.snapshot(p.derived)
    changes = editions.compare("2026-01-01", "data/snapshots/2026-01-01.json", record_where(now, "h200-price-usd", value=25000), now)
    summary = next(b for b in p.derived.ds.briefings if b.format == "summary")
    document = pdf.compose(p.derived, p.charts, tree, changes, summary.model_copy(update={"format": "full"}), "A4")
    listed = document.split("<h2>Values revised</h2>")[1].split("</table>")[0]
    assert re.findall(r'<tr><th scope="row">[^<]*</th><td>([^<]*)</td><td>([^<]*)</td>', listed) == [
        ("about US$25,000 per chip", "about US$27,000 per chip")]


def test_a_pdfs_source_list_dates_a_relay_by_the_story_it_relays(prepared_tree) -> None:
    from generator import pdf

    p, tree = prepared_tree
    full = next(b for b in p.derived.ds.briefings if b.format == "full")
    document = html.unescape(pdf.compose(p.derived, p.charts, tree, p.changes, full, "A4"))
    listed = re.findall(r'<li id="src-([a-z0-9-]+)">(.*?)</li>', document.split('<section class="sources" id="sources">')[1], re.S)
    relays = [(sid, line) for sid, line in listed if p.derived.sources[sid].relays]
    assert any(p.derived.sources[sid].published != p.derived.sources[p.derived.sources[sid].relays].published for sid, _ in relays)
    for sid, line in relays:
        carried = p.derived.sources[p.derived.sources[sid].relays]
        assert line.endswith(f", relaying {carried.publisher} ({carried.published.display}).") if carried.published else \
            line.endswith(f", relaying {carried.publisher}."), sid


def test_a_records_address_stays_one_link_whatever_characters_it_holds(three_editions: derive.Derivation) -> None:
    """An edition record read from the published branch is input: a quote in an address cannot open an attribute."""
    from generator import editions, generated, history

    now = editions.snapshot(three_editions)
    hostile = record_where(now, "sampled-producers", source_urls='https://example.org/a"onmouseover="alert(1)')
    pages = generated._history_pages(three_editions, {}, history.histories([hostile, now, now], three_editions))
    body = "".join(text.to_html(page.decode("utf-8")) for page in pages.values())
    assert '<a href="https://example.org/a%22onmouseover=%22alert%281%29">example.org</a>' in body
    assert "onmouseover" not in " ".join(text.unsafe_html(body))


def test_a_yaml_value_starting_with_a_reserved_character_is_named_at_its_place(ev_project: Path) -> None:
    """One slip in sources.yaml is one problem: what the file declares is left out, not unknown."""
    from conftest import run_check

    sources = ev_project / "data" / "sources.yaml"
    lines = sources.read_text(encoding="utf-8").splitlines()
    line = lines.index("  publisher: European Commission")
    lines[line] = "  publisher: @European Commission"
    sources.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_check(ev_project)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"data/sources.yaml:{line + 1}:14: an unquoted value cannot start with '@'; put the value in quotes",
        f"    {lines[line]}", "    " + " " * 13 + "^",
        "1 problem(s) found."], "the facts and table figures citing its sources are not reported as citing unknown ones"



def test_a_feed_entry_gives_a_figures_words_as_text(derived: derive.Derivation) -> None:
    """A feed entry's content is HTML a feed reader renders: the words of a revised figure are escaped in it."""
    import xml.etree.ElementTree as ET

    from generator import editions, feed

    now = editions.snapshot(derived)
    hostile = record_where(now, "h200-price-usd", statement='<img src=x onerror="alert(1)"> Price')
    changes = editions.compare("2026-01-01", "", record_where(now, "h200-price-usd", value=25000), hostile)
    content = ET.fromstring(feed.atom("Site", "https://example.org/", [(derived.ds.edition, changes)], derived.ds.registry)) \
        .find(f"{{{feed.ATOM}}}entry/{{{feed.ATOM}}}content").text
    assert content.endswith("<ul><li>Revised: &lt;img src=x onerror=&quot;alert(1)&quot;&gt; Price: about US$25,000 per chip → "
                            "about US$27,000 per chip</li></ul>")


def test_a_charts_reference_line_label_is_text(derived: derive.Derivation) -> None:
    from generator import chart_style

    chart = next(c for c in derived.ds.charts if c.thresholds)
    layout = chart_style.layout(chart, [{"type": "bar", "x": ["a"], "y": [5.0]}], [("<b>Limit</b> & more", 10.0, "10")])
    assert [note["text"] for note in layout["annotations"]] == ["&lt;b&gt;Limit&lt;/b&gt; &amp; more<br>(10)"]


def test_a_key_figure_card_names_its_status_in_words(derived: derive.Derivation) -> None:
    from generator.page import Page

    card = str(Page("index.md", derived, {}).key_figures(["cn-approved-units", "h200-price-scenario"]))
    assert re.findall(r'<span class="bf-status" data-status="([a-z]+)">([^<]+)</span>', card) == [
        ("reported", "Reported"), ("assumption", "Assumption")]


def test_check_counts_the_figures_sources_and_charts_it_checked(ev_project: Path) -> None:
    from conftest import run_check

    d = derive.run(validate.run(load.run(ev_project)))
    assert len(d.ds.sources) not in (len(d.figures), len(d.ds.facts)), "counts that tell the fields apart"
    result = run_check(ev_project)
    assert result.returncode == 0
    assert f"ok: {len(d.figures)} figures, {len(d.ds.sources)} sources, {len(d.ds.charts)} charts; no problems found" in result.stderr



def test_a_pdf_keeps_the_rows_citing_no_figure_of_a_methodology_split_over_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """A claim check's row in the methodology cites no figure of its own, so every briefing keeps it, as it keeps
    the statuses table: also when the methodology is split and the row's page holds none of the briefing's figures."""
    from generator import pdf, pipeline, render

    monkeypatch.setattr(methodology, "PAGE_ROWS", 3)
    p = pipeline.prepare(REPO)
    [part] = [part for part in methodology.parts(p.derived) if part.checks]
    assert part.number > 1, "the claim check is on a page of its own, not the methodology's first"
    tree = render.run(p.derived, p.charts, {}, p.changes)
    tree.update(stand_in_images(p.charts))
    full = next(b for b in p.derived.ds.briefings if b.format == "full")
    briefing = full.model_copy(update={"pages": ["index", "methodology"]})
    document = pdf.compose(p.derived, p.charts, tree, p.changes, briefing, "A4")
    check = p.derived.checks[0]
    assert not {r.against for r in check.rows} & pdfscope.cited(document), "the briefing cites none of the check's figures"
    assert f"<td>15%</td>\n<td>holds on 2 of {len(check.rows)}</td>" in document



def test_edition_record_without_an_id_keeps_the_record_of_the_edition_before_the_last(project: Path) -> None:
    """`briefing edition record` rebuilds the record What changed compares with: the previous edition's, never the
    current one's (which is still being edited)."""
    from conftest import run_cli

    editions_file = project / "data" / "editions.yaml"
    editions_file.write_text(editions_file.read_text(encoding="utf-8") + '\n- id: "2026-12-01"\n  date: 2026-12-01\n'
                             "  summary: Second edition.\n", encoding="utf-8")
    snapshots = sorted(p.name for p in (project / "data" / "snapshots").iterdir())
    assert snapshots == ["2026-11-23.json"]
    result = run_cli("edition", "record", root=project)
    assert (result.returncode, result.stderr) == (0, "kept the existing record data/snapshots/2026-11-23.json\n")
    assert sorted(p.name for p in (project / "data" / "snapshots").iterdir()) == snapshots
