"""Printing HTML documents to PDF with headless Chromium (Debian's, driven by Playwright).

One browser prints every document of a build, one page per core at once. A document with a table of
contents is printed twice: Chromium has no ``target-counter``, so the first printing tells on which
page each section starts and the second prints those numbers. Chromium stamps the clock time into the
document information; the stamp is replaced by the edition's date and the information (author,
subject, keywords) is appended as an incremental update, so identical input gives identical bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass

from .errors import BuildError
from .headless import map_pages

TOC_ATTRIBUTE = "data-toc-page"  # an element holding the page number of the section it names
_FILL_TOC = """starts => {
  let changed = false;
  for (const el of document.querySelectorAll('[data-toc-page]')) {
    const page = String(starts[el.dataset.tocPage] ?? '?');
    if (el.textContent !== page) { el.textContent = page; changed = true; }
  }
  return changed;
}"""
_CLOCK_STAMP = re.compile(rb"(/(?:CreationDate|ModDate) \(D:)\d{14}(?:[+-]\d\d'\d\d')?")


@dataclass(frozen=True)
class Printable:
    html: str
    info: dict[str, str]  # Title, Author, Subject, Keywords
    day: dt.date  # the document's date (the edition's), in place of the clock's


def print_all(documents: list[Printable]) -> list[bytes]:
    """The PDF of each document, in order: one browser, one page per core."""
    from playwright.async_api import Error

    async def print_one(page, document: Printable) -> bytes:
        try:
            return await _print_one(page, document)
        except Error as err:
            raise BuildError(f"Chromium could not print {document.info.get('Title', 'a briefing')!r}: "
                             f"{err.message.splitlines()[0]}") from None

    return map_pages(documents, print_one, "print PDFs")


async def _print_one(page, document: Printable) -> bytes:
    await page.set_content(document.html, wait_until="load")
    wanted = await page.evaluate(f"() => [...document.querySelectorAll('[{TOC_ATTRIBUTE}]')].map(e => e.dataset.tocPage)")
    if wanted:  # an untagged printing (half the time of a tagged one) tells where each section starts
        await page.evaluate(_FILL_TOC, section_pages(await page.pdf(prefer_css_page_size=True), wanted))
    for _ in range(3):  # filling in page numbers cannot move a section, unless the contents grew a page
        blob = await page.pdf(prefer_css_page_size=True, print_background=True, outline=True, tagged=True)
        if not wanted or not await page.evaluate(_FILL_TOC, section_pages(blob, wanted)):
            return with_info(blob, document.info, document.day)
    raise BuildError(f"the contents of {document.info.get('Title', 'a briefing')!r} never settled on page numbers")


def section_pages(pdf: bytes, anchors: list[str]) -> dict[str, int]:
    """The page (1-based) each anchor is on, from the PDF's named destinations."""
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    found = {name.lstrip("/"): dest for name, dest in reader.named_destinations.items()}
    return {anchor: reader.get_destination_page_number(found[anchor]) + 1 for anchor in anchors if anchor in found}


def with_info(pdf: bytes, info: dict[str, str], day: dt.date) -> bytes:
    """The PDF with the clock's time replaced by ``day`` and ``info`` as its document information.

    The new information dictionary is an incremental update (a new object, a one-entry cross-reference
    section and a trailer pointing back to the old one): offsets in the printed file stay valid."""
    stamp = f"D:{day:%Y%m%d}000000"
    pdf = _CLOCK_STAMP.sub(lambda m: (m[1] + stamp[2:].encode("ascii") + b"+00'00'")[:len(m[0])], pdf)  # same length: offsets stay valid
    tail = pdf[pdf.rfind(b"trailer"):]
    size, root, previous = (re.search(pattern, tail) for pattern in (rb"/Size (\d+)", rb"/Root (\d+ \d+ R)", rb"startxref\s+(\d+)"))
    if not (size and root and previous):
        raise BuildError("Chromium wrote a PDF without a classic trailer; the PDF stage cannot stamp its date")
    number = int(size[1])
    fields = {**info, "CreationDate": stamp + "Z", "ModDate": stamp + "Z"}
    entries = "".join(f"/{key} {_text(value)}\n" for key, value in fields.items())
    obj = f"{number} 0 obj\n<<\n{entries}>>\nendobj\n".encode("ascii")
    start = len(pdf) + (0 if pdf.endswith(b"\n") else 1)
    update = (f"xref\n{number} 1\n{start:010d} 00000 n \ntrailer\n<< /Size {number + 1} /Root {root[1].decode()} "
              f"/Info {number} 0 R /Prev {previous[1].decode()} >>\nstartxref\n{start + len(obj)}\n%%EOF\n").encode("ascii")
    return pdf + (b"" if pdf.endswith(b"\n") else b"\n") + obj + update


def _text(value: str) -> str:
    """A PDF text string: UTF-16BE with a byte-order mark, in hex, so any character is safe."""
    return "<FEFF" + value.encode("utf-16-be").hex().upper() + ">"
