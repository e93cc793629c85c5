"""Publishing costs: a one-fact change prints again only the briefings that cite the fact; a PDF's
What changed, timeline and methodology hold only what involves the briefing's own figures; printed
PDFs carry the edition's date, never the clock's; static chart export leaves the environment alone."""
from __future__ import annotations

import datetime as dt
import io
import os
import re
import struct
from pathlib import Path

import pypdf
import pytest
from conftest import pdf_pages, pdf_text

from generator import editions, pdf, pdfprint, pdfscope, pipeline, render, static_charts
from generator.cache import Store

PRICE = ("about RMB 1.4 million", "value: 1400000")  # h200-module-price-tencent: cited on the Volumes page only
NEW_PRICE = ("about RMB 1.5 million", "value: 1500000")


def rendered(project: Path, p: pipeline.Prepared, changes: editions.Changes | None = None) -> dict[str, bytes]:
    """The docs tree with the chart images a PDF embeds, as the build hands it to the PDF export."""
    tree = render.run(p.derived, p.charts, pipeline.vendor_files(project), changes or p.changes)
    return {**tree, **static_charts.run(p.charts, tree[pipeline.VENDOR_SCRIPT], Store(project / pipeline.CACHE)).files}


def composed(project: Path) -> tuple[pipeline.Prepared, dict[str, str]]:
    p = pipeline.prepare(project)
    tree = rendered(project, p)
    return p, {b.id: pdf.compose(p.derived, p.charts, tree, p.changes, b, b.paper) for b in p.derived.ds.briefings}


def section(html: str, section_id: str) -> str:
    return re.search(rf'<section class="chapter" id="{section_id}"[^>]*>(.*?)</section>', html, re.S)[1]


def test_a_one_fact_change_prints_again_only_the_briefing_that_cites_it(warm_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = warm_project  # its chart images are cached; its PDFs are printed into a store of their own
    p = pipeline.prepare(project)
    store = Store(project / "build" / "cache" / "pdf")
    first = pdf.run(p.derived, p.charts, rendered(project, p), store, p.changes)
    facts = project / "data" / "facts" / "volumes-prices.yaml"
    text = facts.read_text()
    assert all(text.count(old) == 1 for old in PRICE)
    for old, new in zip(PRICE, NEW_PRICE):
        text = text.replace(old, new)
    facts.write_text(text)

    printed: list[str] = []
    print_all = pdfprint.print_all
    monkeypatch.setattr(pdfprint, "print_all", lambda documents: printed.extend(d.info["Title"] for d in documents) or print_all(documents))
    p = pipeline.prepare(project)
    second = pdf.run(p.derived, p.charts, rendered(project, p), store, p.changes)

    assert printed == ["China approves Nvidia H200 purchases"]  # the full briefing; the summary does not cite the price
    assert second["pdf/h200-summary.pdf"] == first["pdf/h200-summary.pdf"]
    assert second["pdf/h200-full.pdf"] != first["pdf/h200-full.pdf"]
    assert "RMB 1.5 million" in pdf_text(second["pdf/h200-full.pdf"])
    # The store served what a clean export makes: the summary kept from it has the bytes an empty store
    # prints now (the full briefing was just printed).
    clean = pdf.run(p.derived, p.charts, rendered(project, p), Store(), p.changes, only="h200-summary")
    assert clean == {"pdf/h200-summary.pdf": second["pdf/h200-summary.pdf"]}


def test_what_changed_lists_only_the_briefings_figures_and_points_to_the_full_list(warm_project: Path) -> None:
    project = warm_project
    p, documents = composed(project)
    full = next(b for b in p.derived.ds.briefings if b.id == "h200-full")
    cited, elsewhere = "h200-module-price-tencent", "cny-per-usd-implied"  # Volumes cites the first; only Methodology the second
    assert cited in documents["h200-full"] and f"fn:{elsewhere}" not in section(documents["h200-full"], "sec-volumes")
    rows = {row["id"]: row for row in editions.snapshot(p.derived)["figures"]}
    changes = editions.Changes(previous="2026-11-01", found_in="data/snapshots/2026-11-01.json", values=[
        editions.ValueChange(cited, rows[cited]["statement"], {**rows[cited], "value": 1300000}, rows[cited]),
        editions.ValueChange(elsewhere, rows[elsewhere]["statement"], {**rows[elsewhere], "value": 1}, rows[elsewhere])])
    tree = rendered(project, p, changes)
    what_changed = section(pdf.compose(p.derived, p.charts, tree, changes, full, "A4"), "sec-changes")
    rows = re.findall(r'<tr><th scope="row">(.*?)</th><td>(.*?)</td><td>(.*?)</td>', what_changed)
    assert rows == [(p.derived.figures[cited].label, "about RMB 1.3 million per module", "about RMB 1.4 million per module")]
    assert "Every change in edition 2026-11-23, for every figure" in what_changed
    assert "is on the site's What changed page" in what_changed


def test_dataset_pages_keep_only_what_involves_the_briefings_figures(warm_project: Path) -> None:
    project = warm_project
    p, documents = composed(project)
    full = documents["h200-full"]
    narrative = set(p.derived.ds.briefings[0].key_facts) | {f for sid in ("index", "us-decision", "china-approvals", "volumes", "performance", "concerns")
                 for f in pdfscope.cited(section(full, f"sec-{sid}").replace(f'href="#{sid}--fn:', 'href="#fn:'))}
    events = re.findall(r'<h2 id="timeline--event-([a-z0-9-]+)"', section(full, "sec-timeline"))
    expected = [e.id for e in sorted(p.derived.ds.events, key=lambda e: e.date.order) if set(e.facts) & narrative]
    assert events == expected and 0 < len(events) < len(p.derived.ds.events)
    methodology = section(full, "sec-methodology")
    derived_rows = [item.id for item in p.derived.ds.derived if f'href="#methodology--fn:{item.id}"' in methodology]
    assert derived_rows == [item.id for item in p.derived.ds.derived if item.id in narrative]
    # Notes are numbered again, in order, and each one still cited is still listed.
    notes = re.findall(r'<li id="methodology--fn:([^"]+)">', methodology)
    refs = dict(reversed(re.findall(r'href="#methodology--fn:([^"]+)">(\d+)</a>', methodology)))
    assert [refs[n] for n in notes] == [str(i) for i in range(1, len(notes) + 1)] and set(refs) == set(notes)


def test_the_info_carries_the_editions_date_and_the_clocks_time_is_gone() -> None:
    html = "<html><head><title>A (test) — brief</title></head><body><p>Hello</p></body></html>"
    info = {"Title": "A (test) — brief", "Author": "Desk \\ team", "Subject": "Ünïcode (nested (parens))"}
    first, second = pdfprint.print_all([pdfprint.Printable(html, info, dt.date(2026, 11, 23))] * 2)
    assert first == second
    assert not re.search(rb"D:" + dt.date.today().strftime("%Y%m%d").encode(), first)
    reader = pypdf.PdfReader(io.BytesIO(first))
    assert {k: reader.metadata[f"/{k}"] for k in info} == info
    assert reader.metadata["/CreationDate"] == reader.metadata["/ModDate"] == "D:20261123000000Z"
    assert pdf_pages(first) == ("Hello",)


def test_a_title_in_a_margin_box_cannot_end_the_style_element() -> None:
    assert pdf.css_string('A "quoted" </style><script>') == '"A \\22 quoted\\22  \\3c \\2f style\\3e \\3c script\\3e "'


def test_static_chart_export_draws_an_svg_and_a_png_twice_its_size_and_leaves_the_environment_alone(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    before = dict(os.environ)
    p = pipeline.prepare(project)
    out = {cid: p.charts[cid] for cid in ("volumes", "timeline")}
    images = static_charts.run(out, pipeline.vendor_files(project)[pipeline.VENDOR_SCRIPT], Store(project / "fresh-cache"))
    assert (images.exported, images.cached) == (2, 0)
    assert dict(os.environ) == before
    for chart_id, chart in out.items():
        width, height = static_charts.size(chart.figure)
        svg = images.files[f"assets/charts/{chart_id}.svg"].decode()
        assert svg.startswith("<svg") and f'width="{width}" height="{height}"' in svg
        png = images.files[f"assets/charts/{chart_id}.png"]
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (2 * width, 2 * height)
        assert chart_id in svg and not re.search(r"(defs-|clip|legend)[0-9a-f]{6}", svg)  # Plotly's random ids replaced


def derived_rows(markdown: bytes) -> list[str]:
    """The figures a methodology page's Derived figures table lists, by their footnote labels."""
    text = markdown.decode("utf-8")
    table = text.split("## Derived figures", 1)[1].split("\n## ", 1)[0] if "## Derived figures" in text else ""
    return re.findall(r"^\| .*?\[\^([a-z0-9.-]+)\]", table, re.M)


def test_methodology_tables_split_so_no_page_grows_with_the_data_set(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import methodology

    monkeypatch.setattr(methodology, "PAGE_ROWS", 10)  # 41 rows: 8 parts, as 410 rows would make at the real size
    p = pipeline.prepare(project)
    tree = render.run(p.derived, p.charts, {}, p.changes)
    parts = [f"methodology/{n}.md" for n in range(1, 9)]
    assert sorted(rel for rel in tree if rel.startswith("methodology")) == ["methodology.md", *parts]
    assert derived_rows(tree["methodology.md"]) == []
    assert "[page 8](methodology/8.md)" in tree["methodology.md"].decode()
    listed = [fid for rel in parts for fid in derived_rows(tree[rel])]
    assert sorted(listed) == sorted(item.id for item in p.derived.ds.derived)  # each derived figure on one page
    assert all(len(derived_rows(tree[rel])) <= 15 for rel in parts)


def test_a_split_methodology_builds_and_the_pdf_keeps_the_briefings_rows(warm_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = warm_project
    from generator import methodology

    _, unsplit = composed(project)
    monkeypatch.setattr(methodology, "PAGE_ROWS", 10)
    pipeline.build(project, lambda line: None)
    site = project / "site"
    assert (site / "methodology" / "8" / "index.html").exists()
    assert 'href="../3/"' in (site / "methodology" / "2" / "index.html").read_text()
    assert max((site / "methodology" / f"{n}" / "index.html").stat().st_size for n in range(1, 9)) < (site / "methodology" / "index.html").stat().st_size * 2
    _, split = composed(project)

    def notes(html: str) -> set[str]:
        return set(re.findall(r'href="#methodology--fn:([^"]+)"', section(html, "sec-methodology")))

    assert notes(split["h200-full"]) == notes(unsplit["h200-full"]) != set()


def test_a_chromium_that_cannot_start_is_an_error_that_says_so_not_a_hang(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import headless
    from generator.errors import BuildError

    p = pipeline.prepare(project)
    bundle = pipeline.vendor_files(project)[pipeline.VENDOR_SCRIPT]
    monkeypatch.setattr(headless, "chromium", lambda: "/bin/false")
    with pytest.raises(BuildError, match=r"^could not start Chromium to export static charts: "):
        static_charts.run({"volumes": p.charts["volumes"]}, bundle, Store())
    monkeypatch.undo()
    monkeypatch.setattr(headless.shutil, "which", lambda name: None)
    with pytest.raises(BuildError, match=r"^Chromium is needed to export static charts and print PDFs: run `sudo apt-get install chromium`"):
        headless.chromium()
