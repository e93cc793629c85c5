"""Links and numbers point at the right thing, not merely at something: each footnote names the
sources of the figure it annotates and links each to that source's entry; each chart draws the
values of the figures it names, ranges included, with the longer whisker on the right side; each
error's line and column stay right when earlier text shifts them. In-process, on the real data."""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from pathlib import Path

import pytest
from conftest import REPO, run_check

from generator import charts, citations, pipeline, render, sourcing
from generator.page import Page
from generator.present import status_line
from generator.text import md


@pytest.fixture(scope="module")
def prepared() -> pipeline.Prepared:
    return pipeline.prepare(REPO)


def cited_sources(fig, d) -> list[str]:
    """The sources a figure's footnote should name: its own (or for a computed figure each input's),
    each with the story it relays, named first so a reader sees where the figure comes from."""
    own = {s for ref in fig.inputs for s in d.figures[ref].sources} if fig.formula else set(fig.sources)
    return sorted(own | {sourcing.origin(s, d.sources) for s in own})


def test_each_footnote_names_the_sources_of_its_figure_and_links_each_to_its_entry(prepared: pipeline.Prepared, tmp_path: Path) -> None:
    d = prepared.derived
    page = Page("zz-every-figure.md", d, prepared.charts)
    with_value = [fid for fid, fig in sorted(d.figures.items()) if fig.value is not None]
    assert len(with_value) > 80
    for fid in with_value:
        fig = d.figures[fid]
        reference = str(page.fact(fid))
        label = re.fullmatch(r'<span class="bf-fact" data-status="(\w+)" title="[^"]*">.*</span>\u202f?\[\^([a-z0-9-]+)\]', reference, re.S)
        assert label and label[1] == fig.status, reference
        note = page.notes[label[2]]
        assert note.startswith(f"{status_line(fig)}."), (fid, note)
        links = re.findall(r"\[([^\]]*)\]\(sources\.md#src-([a-z0-9-]+)\)", note)
        assert sorted({sid for _, sid in links}) == cited_sources(fig, d), fid
        for publisher, sid in links:  # the link text is the publisher of the very source it opens
            assert publisher == md(d.sources[sid].publisher), (fid, sid)


def test_each_source_entry_on_the_sources_page_carries_that_sources_headline(prepared: pipeline.Prepared) -> None:
    d = prepared.derived
    tree = render.run(d, prepared.charts, {}, prepared.changes)
    page = tree["sources.md"].decode("utf-8")
    headings = re.findall(r"^### (.*) \{: #src-([a-z0-9-]+) \}$", page, re.M)
    assert sorted(sid for _, sid in headings) == sorted(d.sources)
    for heading, sid in headings:
        source = d.sources[sid]
        assert heading == f"{md(source.publisher)}: {md(source.title)}", sid


def test_each_chart_draws_the_values_of_the_figures_it_names(prepared: pipeline.Prepared) -> None:
    d = prepared.derived
    asymmetric = 0
    for chart in d.ds.charts:
        if chart.kind == "timeline":
            continue
        out = prepared.charts[chart.id]
        traces = [t for t in out.figure["data"] if t.get("uid", "").startswith(f"{chart.id}-")]
        assert len(traces) == len(chart.series), chart.id
        for trace, series in zip(traces, chart.series):
            figs = [d.figures[p.ref] for p in series.points]
            assert trace["x" if chart.horizontal else "y"] == [f.value for f in figs], chart.id
            bars = trace.get("error_x" if chart.horizontal else "error_y")
            if not any(f.is_range for f in figs):
                assert bars is None, chart.id
                continue
            assert bars["symmetric"] is False
            assert bars["array"] == [f.high - f.value if f.is_range else 0 for f in figs], chart.id  # up: to the high case
            assert bars["arrayminus"] == [f.value - f.low if f.is_range else 0 for f in figs], chart.id  # down: to the low case
            asymmetric += sum(1 for f in figs if f.is_range and f.high - f.value != f.value - f.low)
    assert asymmetric >= 2, "no asymmetric range is drawn, so the direction of the whiskers is untested"


def test_a_charts_csv_lists_the_figures_it_draws(prepared: pipeline.Prepared) -> None:
    d = prepared.derived
    out = prepared.charts["us-share-scenarios"]
    rows = charts.public_rows(out, d)
    drawn = [(p.ref, d.figures[p.ref]) for s in out.chart.series for p in s.points]
    assert [(r["figure"], r["value"], r["low"], r["high"]) for r in rows] == \
        [(ref, f.value, f.low if f.is_range else None, f.high if f.is_range else None) for ref, f in drawn]


# --- error positions that earlier text shifts -----------------------------------------------------

SHIFTED = {
    "a call spanning lines above": ('{{ key_figures([\n  "cn-approved-units",\n  "cn-ordered-units"]) }}\n\nText.\n'
                                    'Then {{ fact("cn-aproved-units") }}\n', 6, 6),
    "a comment spanning lines above": ('{# a note\nover\nthree lines #}\nNow: {{ fact("cn-aproved-units") }}\n', 4, 6),
    "a code span earlier on the line": ('# Title\n\n`fact` is a helper, and {{ fact("cn-aproved-units") }}\n', 3, 25),
    "an earlier call on the line": ('# Title\n\n{{ fact("cn-approved-units") }} and {{ fact("cn-aproved-units") }}\n', 3, 37),
    "an anchor above": ('# Title { #top }\n\n[Back](#top)\n\n{{ fact("cn-aproved-units") }}\n', 5, 1),
}


@pytest.mark.parametrize("case", list(SHIFTED))
def test_an_error_in_a_page_is_located_past_earlier_constructs(project: Path, case: str) -> None:
    text, line, column = SHIFTED[case]
    (project / "content" / "zz-test.md").write_text(text, encoding="utf-8")
    result = run_check(project)
    located = [x for x in result.stderr.splitlines() if x.startswith("content/zz-test.md:")]
    assert (result.returncode, located) == (2, [f"content/zz-test.md:{line}:{column}: unknown figure id 'cn-aproved-units'; "
                                                "did you mean 'cn-approved-units'?"])


def test_an_error_in_data_is_located_past_a_multi_line_value(project: Path) -> None:
    path = project / "data" / "facts" / "zz-test.yaml"
    path.write_text("- id: test-fact\n  statement: >-\n    A test fact\n    over two lines.\n  note: |\n    Line one.\n    Line two.\n"
                    "  value: ten\n  unit: chip\n  as_of: 2026-01-10\n  sources: [reuters-2026-01-28]\n  status: reported\n",
                    encoding="utf-8")
    result = run_check(project)
    assert result.returncode == 2
    assert [x for x in result.stderr.splitlines() if x.startswith("data/")] == \
        ["data/facts/zz-test.yaml:8:10: test-fact.value: expected a number, or a range {low: .., high: ..}"]


REUTERS_2026_01_13 = ("[Reuters](sources.md#src-reuters-2026-01-13), Report that Chinese customs told agents H200 imports were not "
                      "permitted, 13 January 2026, carried by [Tradingpedia](sources.md#src-tradingpedia-2026-01-14), China moves to "
                      "halt Nvidia H200 shipments amid intensifying chip tensions, 14 January 2026 <a href=\"https://www.tradingpedia.com/"
                      "2026/01/14/china-moves-to-halt-nvidia-h200-shipments-amid-intensifying-chip-tensions\">www.tradingpedia.com</a>")


def test_a_facts_footnote_reads_status_date_count_note_and_sources_in_that_order(prepared: pipeline.Prepared) -> None:
    """One independent source is "1 independent source" (two are "sources"); the note keeps one full stop."""
    from generator import citations

    d = prepared.derived
    assert citations.footnote(d.figures["cn-customs-not-permitted"], d, "sources.md", "data.md") == (
        "Reported, as of 13 January 2026. 1 independent source. Reuters attributed this to three people, not named. "
        f"Sources: {REUTERS_2026_01_13}.")
    assert citations.footnote(d.figures["huang-china-visit"], d, "sources.md", "data.md").startswith(
        "Reported, as of 29 January 2026. 2 independent sources. Sources: [Bloomberg](sources.md#src-bloomberg-2026-01), ")


def test_a_computed_figures_footnote_names_each_input_with_its_link_value_and_sources_not_its_note(prepared: pipeline.Prepared) -> None:
    from generator import citations

    d = prepared.derived
    note = citations.footnote(d.figures["cny-per-usd-implied"], d, "sources.md", "../data.md")
    assert note.startswith("Derived, as of 31 December 2025. Computed as A ÷ B ÷ C, where: A is [An eight&#45;chip H200 module "
                           "costs about 1.5 million yuan, according to Reuters](../data.md#fig-h200-module-price-reuters), about RMB "
                           "1.5 million per module ([Reuters](sources.md#src-reuters-2025-12-31), ")
    assert " B is [An H200 module holds eight chips](../data.md#fig-h200-module-chips), 8 chips per module (" in note
    assert " C is [The price of an H200 chip is about US$27,000](../data.md#fig-h200-price-usd), about US$27,000 per chip (" in note
    assert "dividing one by the other" not in note and "Sources:" not in note and note.endswith("</a>).")


def test_a_history_note_links_each_figure_to_the_history_page_holding_it_beside_its_data_page(prepared: pipeline.Prepared) -> None:
    from generator import citations

    d = prepared.derived
    assert citations.history_note(["cn-customs-not-permitted", "huang-china-visit"], d, "data.md") == (
        '<span class="bf-history">Each one\'s value in each edition: [China\'s customs authorities told customs agents that H200 '
        "imports were not permitted](history/8.md#history-cn-customs-not-permitted); [Nvidia's chief executive visited Shanghai, "
        "Beijing and other Chinese cities from 23 to 29 January 2026](history/5.md#history-huang-china-visit).</span>")
    assert citations.history_note(["cn-customs-not-permitted"], d, "sub/data.md") == (
        '<span class="bf-history">[Its value in each edition](sub/history/8.md#history-cn-customs-not-permitted).</span>')


def test_a_link_to_an_entry_of_a_split_page_goes_to_the_part_listing_it(prepared: pipeline.Prepared, monkeypatch: pytest.MonkeyPatch) -> None:
    """Data and Sources entries are spread over the parts by a hash of their anchor (so an entry stays put
    while the number of parts does); Timeline events fill the parts in date order; other pages are whole."""
    d = prepared.derived
    for limit in ("DATA_PAGE_FIGURES", "SOURCES_PAGE_ENTRIES"):
        monkeypatch.setattr(citations, limit, 10)
    monkeypatch.setattr(citations, "TIMELINE_PAGE_EVENTS", 5)
    data_parts, source_parts = citations.data_pages(d), citations.source_pages(d)
    assert (data_parts, source_parts) == (16, 8)  # the next power of two above the entries / 10

    def number(anchor: str, parts: int) -> int:
        return int(hashlib.sha256(anchor.encode()).hexdigest()[:8], 16) % parts + 1

    def part(page: str, anchor: str, parts: int) -> str:
        return page if number(anchor, parts) == 1 else f"{page.removesuffix('.md')}/{number(anchor, parts)}.md"

    figures = {citations.figure_anchor(fid): part("data.md", citations.figure_anchor(fid), data_parts) for fid in d.figures}
    sources = {f"src-{sid}": part("sources.md", f"src-{sid}", source_parts) for sid in d.sources}
    assert {citations.entry_page("data.md", a, d) for a in figures} == set(figures.values()) and len(set(figures.values())) == 16
    assert all(citations.entry_page("data.md", a, d) == page for a, page in figures.items())
    assert all(citations.entry_page("sources.md", a, d) == page for a, page in sources.items())
    events = [f"event-{e.id}" for e in sorted(d.timeline, key=lambda e: d.timeline_position[e.id])]
    assert [citations.entry_page("timeline.md", a, d) for a in events[:11]] == ["timeline.md"] * 5 + ["timeline/2.md"] * 5 + ["timeline/3.md"]
    history = "history-cn-approved-units"  # eight history pages a Data page
    assert citations.entry_page("history.md", history, d) == f"history/{number(history, 8 * 16)}.md"
    # an anchor of another kind, or another page, is left as it is
    fig, src, event = next(iter(figures)), next(iter(sources)), events[-1]
    assert [citations.entry_page(page, anchor, d) for page, anchor in [
        ("volumes.md", fig), ("volumes.md", src), ("volumes.md", event), ("data.md", src), ("sources.md", fig), ("timeline.md", fig)]
    ] == ["volumes.md", "volumes.md", "volumes.md", "data.md", "sources.md", "timeline.md"]


def test_a_disputed_figure_lists_each_claim_with_what_it_says_and_who_says_it(prepared: pipeline.Prepared) -> None:
    d = prepared.derived
    assert citations.claim_lines(d.figures["h200-vs-h20-claim"], d) == [
        "about 6× — “The H200 outperforms the H20 by roughly six times” according to Reuters",  # two Reuters reports: one source
        "6.7× — “An analyst puts the H200 at 6.7 times the H20” according to Tencent Technology"]
    assert citations.claim_lines(d.figures["huang-on-approval-reports"], d) == [  # wording only, dated; a relay is not a second voice
        "“He said the licence was still being finalised and that Nvidia had received no orders” according to Reuters (29 January 2026)",
        "“He called the report of Beijing's approvals \"fake news\"” according to Focus Taiwan &#40;CNA&#41; (29 January 2026)"]
    assert "Claim: “He called the report of Beijing's approvals" in citations.footnote(d.figures["huang-on-approval-reports"], d, "sources.md", "data.md")
    assert citations.claim_lines(d.figures["cn-approved-units"], d) == []


def test_a_claim_two_independent_sources_make_names_both(prepared: pipeline.Prepared) -> None:
    d = prepared.derived
    fig = d.figures["h200-vs-h20-claim"]
    both = fig.claims[1].model_copy(update={"sources": ["tencent-technology-analyst", "reuters-2026-01-28"]})
    assert citations.claim_lines(dataclasses.replace(fig, claims=[both]), d) == [
        "6.7× — “An analyst puts the H200 at 6.7 times the H20” according to Tencent Technology, Reuters"]


def test_a_project_without_figures_or_sources_has_one_data_page_and_one_sources_page(prepared: pipeline.Prepared,
                                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    d = prepared.derived
    monkeypatch.setattr(d, "figures", {})
    monkeypatch.setattr(d, "sources", {})
    assert (citations.data_pages(d), citations.source_pages(d)) == (1, 1)


def test_two_parts_share_the_entries_and_an_id_with_a_dot_has_one_anchor(prepared: pipeline.Prepared, monkeypatch: pytest.MonkeyPatch) -> None:
    d = prepared.derived
    monkeypatch.setattr(citations, "DATA_PAGE_FIGURES", len(d.figures) - 1)  # one figure too many for one part
    assert citations.data_pages(d) == 2
    assert {citations.entry_page("data.md", citations.figure_anchor(fid), d) for fid in d.figures} == {"data.md", "data/2.md"}
    # a table figure's id (item.metric) becomes one anchor, as the Data and history pages write it
    assert (citations.figure_anchor("h200.fp8-dense"), citations.history_anchor("h200.fp8-dense")) == ("fig-h200--fp8-dense", "history-h200--fp8-dense")


def test_a_story_carried_by_two_relays_names_both_and_an_archived_copy_is_linked(prepared: pipeline.Prepared,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    d = prepared.derived
    relay = next(s for s in d.sources.values() if s.relays and s.relays in d.sources)
    second = relay.model_copy(update={"id": "zz-second-relay", "publisher": "A Second Outlet"})
    monkeypatch.setitem(d.sources, second.id, second)
    other = next(sid for sid in sorted(d.sources) if sourcing.origin(sid, d.sources) == sid and sid != relay.relays)
    line = functools.partial(citations.source_line, sources_page="sources.md", d=d)
    assert citations.cite([relay.id, second.id, other], d, "sources.md") == (
        f"{line(d.sources[relay.relays])}, carried by {line(relay)} and {line(second)}; {line(d.sources[other])}")
    archived = relay.model_copy(update={"archive_url": "https://web.archive.org/web/2026/https://example.org/story"})
    assert line(archived) == line(relay) + ' (<a href="https://web.archive.org/web/2026/https://example.org/story">archived copy</a>)'


def test_a_label_or_note_ending_in_a_capital_x_keeps_it(prepared: pipeline.Prepared, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a closing full stop is dropped where a footnote or a history note quotes a label or a note."""
    d = prepared.derived
    fig = d.figures["inventory-vs-approved"]
    for i, ref in enumerate(fig.inputs):
        monkeypatch.setitem(d.figures, ref, dataclasses.replace(d.figures[ref], label=f"Input {i} of the HGX."))
    note = citations.footnote(fig, d, "sources.md", "data.md")
    assert all(f"[Input {i} of the HGX](data.md#{citations.figure_anchor(ref)})" in note for i, ref in enumerate(fig.inputs)), note
    fact = dataclasses.replace(d.figures["cn-approved-units"], note="Counted per HGX.")
    assert " Counted per HGX. Sources: " in citations.footnote(fact, d, "sources.md", "data.md")
    assert "[Input 0 of the HGX](" in citations.history_note(fig.inputs[:2], d, "data.md")  # notes shared name each figure
