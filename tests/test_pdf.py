"""PDF briefings: every key figure and cited source in the text, bookmarks per section, metadata,
a plausible page count, charts that are not blank, and byte-identical output."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from conftest import REPO, pdf_pages, run_cli, stand_in_images

from generator import derive, load, pdf, validate


@pytest.fixture(scope="module")
def derived() -> derive.Derivation:
    return derive.run(validate.run(load.run(REPO)))


@functools.cache
def read(site: Path, name: str) -> pypdf.PdfReader:
    """The published PDF, parsed once for all the tests that read it."""
    return pypdf.PdfReader(site / "pdf" / f"{name}.pdf")


@functools.cache
def page_texts(site: Path, name: str) -> tuple[str, ...]:
    """The text of each page, read once per PDF for all the tests that read it."""
    return pdf_pages(site / "pdf" / f"{name}.pdf")


def text_of(site: Path, name: str) -> str:
    return " ".join(" ".join(text.split()) for text in page_texts(site, name))


def test_every_briefing_is_exported_and_linked(built_site: Path) -> None:
    assert sorted(p.name for p in (built_site / "pdf").iterdir()) == ["h200-full.pdf", "h200-summary.pdf"]
    home = (built_site / "index.html").read_text()
    assert 'href="pdf/h200-full.pdf"' in home and 'href="pdf/h200-summary.pdf"' in home
    assert 'href="../pdf/h200-full.pdf"' in (built_site / "volumes" / "index.html").read_text()


@pytest.mark.parametrize("name", ["h200-full", "h200-summary"])
def test_the_text_holds_every_key_figure_and_every_cited_source(built_site: Path, derived: derive.Derivation, name: str) -> None:
    spec = next(b for b in derived.ds.briefings if b.id == name)
    text = text_of(built_site, name)
    for fid in spec.key_facts:
        assert derived.figures[fid].prose() in text, fid
    cited = set()
    for page in spec.pages:
        html = (built_site / ("index.html" if page == "index" else f"{page}/index.html")).read_text()
        cited |= set(re.findall(r'#src-([a-z0-9-]+)', html))
    reader = read(built_site, name)
    start = next(reader.get_destination_page_number(item) for item in reader.outline
                 if not isinstance(item, list) and item.title == "Sources")
    listed = " ".join(" ".join(text.split()) for text in page_texts(built_site, name)[start:])
    for sid in cited:
        assert derived.sources[sid].publisher in listed, f"{sid} missing from the closing source list"


def test_bookmarks_follow_the_sections(built_site: Path, derived: derive.Derivation) -> None:
    reader = read(built_site, "h200-full")
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    titles = []
    for page in next(b for b in derived.ds.briefings if b.id == "h200-full").pages:
        first = (REPO / "content" / f"{page}.md").read_text().splitlines()[0]
        titles.append(first.removeprefix("# ").strip())
    assert top == titles + ["Timeline", "What changed", "Sources"]


def test_the_contents_give_the_page_each_section_starts_on(built_site: Path) -> None:
    """Each line of the contents ("Title ..... N") names the page where that section's heading is."""
    reader = read(built_site, "h200-full")
    contents = page_texts(built_site, "h200-full")[1]
    listed = dict(re.findall(r"^(.+?) \.{5,} (\d+)$", contents, re.M))
    starts = {item.title: reader.get_destination_page_number(item) + 1 for item in reader.outline if not isinstance(item, list)}
    assert list(listed) == list(starts), "the contents and the bookmarks list different sections"
    for title, number in listed.items():
        assert int(number) == starts[title], f"contents say {title!r} starts on page {number}, it starts on {starts[title]}"
        body = " ".join(page_texts(built_site, "h200-full")[int(number) - 1].split())
        assert title in body, f"page {number} does not show the heading {title!r}"


def test_no_page_holds_only_a_heading(built_site: Path) -> None:
    for name in ("h200-full", "h200-summary"):
        for number, text in enumerate(page_texts(built_site, name), 1):
            words = text.split()
            assert len(words) >= 25, f"{name} page {number} holds almost nothing: {' '.join(words)}"


def test_the_summary_names_its_title_once(built_site: Path) -> None:
    """The summary's heading already names the briefing; its first section does not repeat it."""
    text = text_of(built_site, "h200-summary")
    assert text.count("China approves Nvidia H200 purchases") == text.count("China approves Nvidia H200 purchases — summary")


def test_metadata_is_set_and_the_pdf_is_tagged(built_site: Path, derived: derive.Derivation) -> None:
    reader = read(built_site, "h200-full")
    meta = reader.metadata
    assert (meta.title, meta.subject, meta.author, meta.get("/Keywords"), meta.creator) == (
        "China approves Nvidia H200 purchases", "What Washington and Beijing decided, what is still pending, and how the chips compare",
        "Briefing", f"briefing, edition {derived.ds.edition.id}", "Briefing")  # no author declared: the default
    assert meta.get("/CreationDate", "").startswith("D:20261123")
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root
    assert root.get("/Lang") == "en"


@pytest.mark.parametrize("subtitle, subject", [("What was decided", "What was decided"), (None, "China approves Nvidia H200 purchases")])
def test_a_pdfs_subject_is_its_briefings_subtitle_or_without_one_its_title(derived: derive.Derivation, subtitle, subject) -> None:
    briefing = derived.ds.briefings[0].model_copy(update={"subtitle": subtitle, "author": "Desk"})
    assert {k: v for k, v in pdf.info(briefing, derived).items() if k != "Producer"} == {
        "Title": "China approves Nvidia H200 purchases", "Author": "Desk", "Subject": subject,
        "Keywords": f"briefing, edition {derived.ds.edition.id}", "Creator": "Briefing"}


def test_page_counts_are_in_range(built_site: Path) -> None:
    assert 15 <= len(read(built_site, "h200-full").pages) <= 40
    assert len(read(built_site, "h200-summary").pages) == 2


def test_page_x_of_y_and_a4(built_site: Path) -> None:
    reader = read(built_site, "h200-full")
    count = len(reader.pages)
    assert f"Page 3 of {count}" in page_texts(built_site, "h200-full")[2]
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)


def test_charts_are_drawn_not_blank(built_site: Path) -> None:
    """Render the summary's chart page and the full briefing's first chart page; count dark pixels."""
    for name, needle in (("h200-summary", "H200 volumes approved"), ("h200-full", "Total Processing Performance against")):
        pdf = pypdfium2.PdfDocument(str(built_site / "pdf" / f"{name}.pdf"))
        reader = read(built_site, name)
        index = next(i for i, text in enumerate(page_texts(built_site, name)) if needle in text)
        image = pdf[index].render(scale=1).to_pil().convert("L")
        blue = sum(1 for px in image.tobytes() if px < 140)  # one byte per pixel in mode L
        assert blue > 5000, f"{name} page {index + 1} looks blank"
        assert not reader.pages[index].images, "charts are vector graphics, not bitmaps"


def test_letter_on_request_and_identical_bytes(warm_project: Path) -> None:
    project = warm_project  # its chart images are cached; the Letter PDF is not
    out = project / "out"
    assert run_cli("pdf", "h200-summary", "--paper", "Letter", "--output", str(out), root=project).returncode == 0
    page = pypdf.PdfReader(out / "h200-summary.pdf").pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    first = (out / "h200-summary.pdf").read_bytes()
    kept = [stored for stored in (project / "build" / "cache" / "objects").rglob("*") if stored.is_file()
            and stored.read_bytes() == first]  # print it again, not from the store (the chart images may stay)
    assert len(kept) == 1
    kept[0].unlink()
    assert run_cli("pdf", "h200-summary", "--paper", "Letter", "--output", str(out), root=project).returncode == 0
    assert (out / "h200-summary.pdf").read_bytes() == first


def test_an_unknown_briefing_is_an_input_error(project: Path) -> None:
    result = run_cli("pdf", "no-such", root=project)
    assert result.returncode == 2
    assert "unknown briefing 'no-such'; known: h200-full, h200-summary" in result.stderr


def test_list_bullets_sit_level_with_their_text(built_site: Path) -> None:
    """A footnote mark on a list item's line must not lift its bullet above the text: each bullet's
    vertical centre is within half a point of the first letter beside it."""
    pdf = pypdfium2.PdfDocument(str(built_site / "pdf" / "h200-full.pdf"))
    offsets = []
    for page in pdf:
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        boxes = [textpage.get_charbox(i) for i in range(len(text))]
        for i, char in enumerate(text):
            if char != "•":
                continue
            _, bottom, right, top = boxes[i]
            middle = (bottom + top) / 2
            beside = [(box[0], (box[1] + box[3]) / 2) for j, box in enumerate(boxes)
                      if not text[j].isspace() and right < box[0] < right + 12 and abs((box[1] + box[3]) / 2 - middle) < 12]
            if beside:
                offsets.append(round(min(beside)[1] - middle, 1))
    assert len(offsets) > 20
    assert [o for o in offsets if abs(o) > 0.5] == []


def test_briefings_laid_out_in_parallel_are_the_bytes_of_one_at_a_time(built_once: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The build prints several briefings at once; each PDF must be what a lone export makes.
    The first build of the run printed every briefing afresh, in parallel: its PDFs are compared with
    PDFs printed one at a time from the same docs tree (build/docs holds exactly what it rendered)."""
    from generator import cache, pdf, pipeline

    p = pipeline.prepare(built_once)
    docs = built_once / "build" / "docs"
    tree = {path.relative_to(docs).as_posix(): path.read_bytes() for path in docs.rglob("*") if path.is_file()}
    parallel = {rel: blob for rel, blob in tree.items() if rel.startswith("pdf/")}
    assert sorted(parallel) == ["pdf/h200-full.pdf", "pdf/h200-summary.pdf"]
    from generator import headless

    workers = []
    map_pages = headless._map_pages
    monkeypatch.setattr(headless, "_map_pages", lambda jobs, work, purpose, prepare, n: workers.append(n) or map_pages(jobs, work, purpose, prepare, n))
    monkeypatch.setattr(headless.os, "sched_getaffinity", lambda pid: {0})  # one core: one briefing at a time
    alone = pdf.run(p.derived, p.charts, tree, cache.Store(), p.changes)
    assert alone == parallel and workers == [1]


def test_a_pdf_made_by_another_weasyprint_is_not_served_from_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Restored CI caches may come from older runs: the key holds the versions of the printing tools."""
    from generator import pdf

    key = pdf._key("<p>same</p>")
    monkeypatch.setattr(pdf, "version", lambda name: "0.0-other")
    assert pdf._key("<p>same</p>") != key


SCOPED_PAGE = """<h1 id="t">Timeline</h1>
<p>Intro citing <a class="footnote-ref" href="#fn:intro">1</a>.</p>
<h2 id="a">Derived figures</h2>
<table>
<thead>
<tr><th>Figure</th></tr>
</thead>
<tbody>
<tr><td>Mine <a class="footnote-ref" href="#fn:mine">2</a></td></tr>
<tr><td>Other <a class="footnote-ref" href="#fn:other">3</a></td></tr>
<tr><td>Cites nothing</td></tr>
</tbody>
</table>
<h2 id="b">Claim checks</h2>
<table>
<tbody>
<tr><td>Other <a class="footnote-ref" href="#fn:other">3</a></td></tr>
</tbody>
</table>
<h2 id="c">An event of mine</h2>
<p>It involves <a class="footnote-ref" href="#fn:mine">2</a>.</p>
<h2 id="d">An event of another briefing</h2>
<p>It involves <a class="footnote-ref" href="#fn:other">3</a>.</p>
<h2 id="e">A note on method</h2>
<p>Cites no figure.</p>
<div class="footnote">
<hr>
<ol>
<li id="fn:intro"><p>Intro's source.</p></li>
<li id="fn:mine"><p>Mine's source.</p></li>
<li id="fn:other"><p>Other's source.</p></li>
</ol>
</div>"""


def test_a_page_listing_the_data_set_keeps_what_involves_the_briefings_figures() -> None:
    """Rows and sections citing only other figures go; what cites none stays; a table left without rows
    says so; the notes left are numbered again in order."""
    from generator import pdfscope

    index = pdfscope.Index(SCOPED_PAGE)
    assert index.scoped({"mine"}) == """<h1 id="t">Timeline</h1>
<p>Intro citing <a class="footnote-ref" href="#fn:intro">1</a>.</p>
<h2 id="a">Derived figures</h2>
<table>
<thead>
<tr><th>Figure</th></tr>
</thead>
<tbody>
<tr><td>Mine <a class="footnote-ref" href="#fn:mine">2</a></td></tr>
<tr><td>Cites nothing</td></tr>
</tbody>
</table>
<h2 id="b">Claim checks</h2>
<p><em>None of this briefing's figures.</em></p>
<h2 id="c">An event of mine</h2>
<p>It involves <a class="footnote-ref" href="#fn:mine">2</a>.</p>
<h2 id="e">A note on method</h2>
<p>Cites no figure.</p>
<div class="footnote">
<hr>
<ol>
<li id="fn:intro"><p>Intro's source.</p></li>
<li id="fn:mine"><p>Mine's source.</p></li>
</ol>
</div>"""
    other = index.scoped({"other"})
    assert "Mine" not in other and "An event of mine" not in other and "Claim checks</h2>\n<table>" in other
    assert '<a class="footnote-ref" href="#fn:other">2</a>' in other and "<li id=\"fn:mine\">" not in other
    assert index.scoped(set()) == pdfscope.Index(SCOPED_PAGE).scoped(set()), "scoping leaves the index as it was"
    assert index.scoped({"mine"}) == index.scoped({"mine", "not-on-this-page"})


def test_composing_reads_each_page_listing_the_data_set_once_per_export(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every full briefing carries the split Timeline and Methodology, scoped to its own figures: each
    part is converted and indexed once per export, however many briefings read it, and a briefing
    composed with the export's shared pages is the one composed alone. Split or whole, the Timeline
    section holds the same events (those involving the briefing's figures, and those involving none)."""
    from generator import citations, methodology, pdf, pdfscope, pipeline, render

    def composed_tree() -> tuple[pipeline.Prepared, dict[str, bytes]]:
        p = pipeline.prepare(project)
        tree = render.run(p.derived, p.charts, {}, p.changes, histories=p.histories)
        return p, {**tree, **stand_in_images(p.charts)}

    def events(document: str) -> list[str]:
        timeline = re.search(r'<section class="chapter" id="sec-timeline"[^>]*>(.*?)</section>', document, re.S)[1]
        return re.findall(r'<h2 id="timeline--event-([a-z0-9-]+)"', timeline)

    p, tree = composed_tree()
    full = next(b for b in p.derived.ds.briefings if b.format == "full")
    whole = events(pdf.compose(p.derived, p.charts, tree, p.changes, full, full.paper))
    monkeypatch.setattr(methodology, "PAGE_ROWS", 10)
    monkeypatch.setattr(citations, "TIMELINE_PAGE_EVENTS", 5)
    p, tree = composed_tree()
    dataset_pages = sorted(rel for rel in tree if re.fullmatch(r"(timeline|methodology)(/[0-9]+)?\.md", rel))
    assert len(dataset_pages) == 1 + 2 + 1 + 8  # the Timeline in three parts, the Methodology tables in eight
    indexed, converted = [], []
    index, to_html = pdfscope.Index.__init__, pdf.to_html
    monkeypatch.setattr(pdfscope.Index, "__init__", lambda self, html: indexed.append(html) or index(self, html))
    monkeypatch.setattr(pdf, "to_html", lambda text: converted.append(text) or to_html(text))
    pages = pdf.Pages(tree)
    shared = [pdf.compose(p.derived, p.charts, tree, p.changes, full, full.paper, pages) for _ in range(3)]
    assert len(indexed) == len(set(indexed)) == len(dataset_pages)
    assert sorted(indexed) == sorted(pages(rel) for rel in dataset_pages)
    assert len(converted) == len(set(converted)) == len(full.pages) + 1 + 2 + 8  # its pages, the Timeline, their parts
    assert shared[0] == shared[1] == shared[2] == pdf.compose(p.derived, p.charts, tree, p.changes, full, full.paper)
    assert sorted(events(shared[0])) == sorted(whole) and len(whole) > 5
