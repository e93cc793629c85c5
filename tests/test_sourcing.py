"""Sourcing: independence is computed from the relay graph, statuses follow their rules, values agree
with their claims and statements, every source can be opened (or says why not), and nothing internal
reaches a reader."""
from __future__ import annotations

import csv
import json
import re
import textwrap
from pathlib import Path

import pytest
from conftest import REPO, pdf_text, run_check

from generator import citations, derive, editions, load, sourcing, validate
from generator.errors import InputError


def add(project: Path, rel: str, text: str) -> None:
    path = project / rel
    path.write_text(path.read_text(encoding="utf-8") + textwrap.dedent(text), encoding="utf-8")


def line_of(project: Path, rel: str, needle: str) -> int:
    return (project / rel).read_text(encoding="utf-8").splitlines().index(needle) + 1


def problems(project: Path) -> list[str]:
    with pytest.raises(InputError) as caught:
        validate.run(load.run(project))
    return [str(p) for p in caught.value.problems]


def derived(project: Path) -> derive.Derivation:
    return derive.run(validate.run(load.run(project)))


FACT = """\
- id: test-fact
  statement: {statement}
  value: {value}
  unit: chip
  as_of: 2026-01-29
  sources: [{sources}]
  status: {status}
"""


def fact(statement: str = "A test fact.", value: str = "10", sources: str = "reuters-2026-01-28",
         status: str = "reported", extra: str = "") -> str:
    return FACT.format(statement=statement, value=value, sources=sources, status=status) + textwrap.indent(textwrap.dedent(extra), "  ")


# --- independence --------------------------------------------------------------------------------

def test_a_relay_chain_collapses_into_its_origin(project: Path) -> None:
    add(project, "data/sources.yaml", """
        - id: wire-story
          publisher: A News Agency
          title: The original story
          url_unavailable: The agency's site is not public.
          published: 2026-01-20
          kind: wire
        - id: first-relay
          publisher: Outlet One
          title: Outlet One repeats the story
          url: https://one.example.com/story
          published: 2026-01-21
          kind: secondary
          relays: wire-story
        - id: relay-of-relay
          publisher: Outlet Two
          title: Outlet Two copies Outlet One
          url: https://two.example.com/story
          published: 2026-01-22
          kind: secondary
          relays: first-relay
        """)
    (project / "data/facts/zz-test.yaml").write_text(fact(sources="relay-of-relay, first-relay, tradingpedia-2026-01-08"))
    d = derived(project)
    assert d.independent["test-fact"] == ["wire-story", "reuters-2026-01-08"]


def test_two_stories_from_one_publisher_on_one_thread_count_once() -> None:
    d = derive.run(validate.run(load.run(REPO)))
    # Reuters' 28 and 30 January reports are one running story; Tencent Technology's analyst is another
    assert d.independent["h200-vs-h20-claim"] == ["reuters-2026-01-28", "tencent-technology-analyst"]
    # a wire story and the outlets carrying it are one source; the 25% rests on one post
    assert d.independent["cn-approved-units"] == ["reuters-2026-01-28"]
    assert d.independent["us-share-pct"] == ["truth-social-2025-12-08"]
    assert "h200-tpp" not in d.independent  # computed figures have no count of their own


def test_check_warns_when_sources_look_like_corroboration_but_lead_to_one_origin(project: Path) -> None:
    # two Reuters stories on one thread, each read through a different outlet
    (project / "data/facts/zz-test.yaml").write_text(fact(sources="business-times-2026-01-28, tradingpedia-2026-01-30"))
    d = derived(project)
    assert [str(w) for w in d.warnings] == [
        "data/facts/zz-test.yaml:6:12: test-fact.sources: its sources look like corroboration but all lead to one "
        "origin (Reuters, 28 January 2026): it has one independent source"]


def test_check_lists_a_likely_forgotten_relay(project: Path) -> None:
    add(project, "data/sources.yaml", """
        - id: later-write-up
          publisher: Some Outlet
          title: Beijing approves chip purchases
          url: https://outlet.example.com/approvals
          published: 2026-01-30
          kind: secondary
        """)
    (project / "data/facts/zz-test.yaml").write_text(fact(sources="reuters-2026-01-28, later-write-up"))
    line = line_of(project, "data/sources.yaml", "- id: later-write-up")
    d = derived(project)
    assert d.independent["test-fact"] == ["reuters-2026-01-28", "later-write-up"]  # counted apart until it says `relays`
    assert [str(w) for w in d.warnings] == [
        f"data/sources.yaml:{line}:7: later-write-up.id: possibly a forgotten relay: it shares a fact with an earlier "
        "wire story (Reuters, 28 January 2026); if it carries that story, add 'relays: reuters-2026-01-28'"]


def test_briefing_check_prints_warnings_and_still_succeeds(project: Path) -> None:
    (project / "data/facts/zz-test.yaml").write_text(fact(sources="business-times-2026-01-28, tradingpedia-2026-01-30"))
    result = run_check(project)
    assert result.returncode == 0, result.stderr
    assert ("warning: data/facts/zz-test.yaml:6:12: test-fact.sources: its sources look like corroboration but all lead "
            "to one origin (Reuters, 28 January 2026): it has one independent source") in " ".join(result.stderr.split())


def test_the_curated_briefing_checks_without_warnings() -> None:
    assert derive.run(validate.run(load.run(REPO))).warnings == []


# --- status rules --------------------------------------------------------------------------------

def test_confirmed_needs_a_primary_source_that_itself_carries_the_figure(project: Path) -> None:
    (project / "data/facts/zz-test.yaml").write_text(
        fact(status="confirmed", sources="reuters-2026-01-28, business-times-2026-01-28")
        + fact(status="confirmed", sources="truth-social-2025-12-08, mediaite-2025-12-08").replace("test-fact", "via-relays"))
    expected = ("status: 'confirmed' needs a primary source that itself carries the figure, cited directly and with an "
                "address (url, archive_url or offline); a primary document known only through relays is 'reported'")
    assert problems(project) == [f"data/facts/zz-test.yaml:7:11: test-fact.{expected}",
                                 f"data/facts/zz-test.yaml:14:11: via-relays.{expected}"]


def test_a_confirmed_fact_citing_the_primary_document_passes(project: Path) -> None:
    (project / "data/facts/zz-test.yaml").write_text(fact(status="confirmed", sources="federal-register-2026-00789"))
    assert derived(project).figures["test-fact"].status == "confirmed"


def test_disputed_needs_two_claims(project: Path) -> None:
    (project / "data/facts/zz-test.yaml").write_text(fact(status="disputed", extra="""\
          claims:
            - value: 10
              sources: [reuters-2026-01-28]
        """))
    assert problems(project) == ["data/facts/zz-test.yaml:1:3: test-fact: a disputed figure must list two or more "
                                 "competing claims, each with its own sources"]


def test_a_relay_repeating_its_origin_less_precisely_is_not_a_competing_claim(project: Path) -> None:
    (project / "data/facts/zz-test.yaml").write_text(fact(status="disputed", value="400000", extra="""\
          claims:
            - value: 400000
              qualifier: over
              sources: [reuters-2026-01-28]
            - value: 400000
              sources: [business-times-2026-01-28]
            - wording: The same story, retold.
              sources: [business-times-2026-01-28]
        """).replace("A test fact.", "More than 400,000 chips."))
    assert problems(project) == [
        "data/facts/zz-test.yaml:9:5: test-fact.claims: 'disputed' needs two or more claims that differ in substance, "
        "each with its own sources: different values, or accounts from different origins (a relay repeating its origin "
        "less precisely is not a competing claim)"]


# --- values, claims and statements agree ---------------------------------------------------------

def test_a_value_that_matches_none_of_its_claims_is_an_error(project: Path) -> None:
    (project / "data/facts/zz-test.yaml").write_text(fact(status="disputed", value="450000", extra="""\
          claims:
            - value: 400000
              sources: [reuters-2026-01-28]
            - value: 500000
              sources: [focus-taiwan-2026-01-29]
        """))
    assert problems(project) == [
        "data/facts/zz-test.yaml:3:10: test-fact.value: the value 450,000 matches none of its claims (400,000, 500,000); "
        "make the value one of the claimed values (or the range they span), or add the claim that gives it"]


def test_a_statement_stating_another_number_than_the_value_is_an_error(project: Path) -> None:
    (project / "data/facts/zz-test.yaml").write_text(fact(
        statement="On 28 January 2026 Beijing approved more than 400,000 H200 chips.", value="450000"))
    assert problems(project) == ["data/facts/zz-test.yaml:2:14: test-fact.statement: the statement states 400,000 but "
                                 "the value is 450,000; make them agree"]


@pytest.mark.parametrize(("statement", "numbers"), [
    ("Chinese firms have ordered more than 2 million H200 chips for 2026.", [2_000_000]),
    ("An H200 module holds eight chips.", [8]),
    ("The price of an H200 chip is about US$27,000.", [27_000]),
    ("ECCN 3A090.a covers chips with a TPP of 4,800 or more.", [4_800]),
    ("The rule was released on 13 January 2026 and took effect in January 2026.", []),
    ("Between 5,000 and 10,000 modules, at 5.92 per mm2.", [5_000, 10_000, 5.92]),
    ("Twelve firms, zero refusals, 3 Thousand staff, 2 billion dollars and 1 TRILLION won.", [12, 0, 3_000, 2e9, 1e12]),
    ("By 5 December 2025, in 2024 and in December 2023, it sold 2,025 units.", [2_025]),
])
def test_numbers_in_a_statement_leave_out_dates_and_model_names(statement: str, numbers: list[float]) -> None:
    assert sourcing.stated_numbers(statement) == numbers


# --- sources a reader can open --------------------------------------------------------------------

@pytest.mark.parametrize(("fields", "message"), [
    ("  published: 2026-01-01\n", "give url (its web address), or offline: <where to consult it>, or url_unavailable: <why there is none>"),
    ("  url: https://example.com/a\n", "give published (its date), or date_unavailable: <why it is not known>"),
    ("  url: https://example.com/a\n  url_unavailable: gone\n  published: 2026-01-01\n", "give only one of url and url_unavailable"),
    ("  url: https://example.com/a\n  paywalled: true\n  published: 2026-01-01\n", "a paywalled source needs url and archive_url (a copy a reader can open)"),
])
def test_a_source_gives_its_address_and_date_or_says_why_not(project: Path, fields: str, message: str) -> None:
    add(project, "data/sources.yaml", "- id: new-source\n  publisher: Someone\n  title: Something\n  kind: secondary\n" + fields)
    line = line_of(project, "data/sources.yaml", "- id: new-source")
    assert problems(project) == [f"data/sources.yaml:{line}:3: new-source: {message}"]


def test_every_curated_source_can_be_opened_or_says_why_not() -> None:
    for source in load.run(REPO).sources:
        assert source.url or source.url_unavailable or source.offline, source.id
        assert source.published or source.date_unavailable, source.id
        assert not source.title.startswith("["), source.id


# --- downloads ------------------------------------------------------------------------------------

def test_download_rows_carry_exact_values_source_names_and_addresses() -> None:
    d = derive.run(validate.run(load.run(REPO)))
    rows = {row["id"]: row for row in editions.figure_rows(d)}
    approved = rows["cn-approved-units"]
    assert (approved["value"], type(approved["value"])) == (400000, int)
    assert approved["sources"] == ("Reuters: Report that Beijing approved ByteDance, Alibaba and Tencent to buy H200 chips, "
                                   "28 January 2026; The Business Times: China approves first batch of Nvidia H200 chip "
                                   "imports: sources, 28 January 2026")
    assert approved["source_urls"] == ("https://www.businesstimes.com.sg/international/global/"
                                       "china-approves-first-batch-nvidia-h200-chip-imports-sources")
    shipment = rows["h200-first-shipment-modules"]  # a range no source gave a central value for
    assert (shipment["value"], shipment["low"], shipment["high"]) == (None, 5000, 10000)
    assert rows["h200-910b-bandwidth-ratio"]["value"] is None  # computed from such a range
    assert rows["us-share-ordered-usd"]["value"] == pytest.approx(0.25 * 2_000_000 * 27_000)  # a stated central case
    assert rows["h200-tpp"]["independent_sources"] is None


def _site_text(site: Path) -> dict[str, str]:
    texts = {str(p.relative_to(site)): p.read_text(encoding="utf-8")
             for p in site.rglob("*") if p.suffix in (".html", ".csv", ".json") and "vendor" not in p.parts}
    for pdf in sorted(site.glob("pdf/*.pdf")):
        texts[str(pdf.relative_to(site))] = pdf_text(pdf)
    return texts


def test_the_downloads_carry_a_citation_and_licence_line(built_site: Path) -> None:
    lines = (built_site / "downloads/figures.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == ("# Cite as: China approves Nvidia H200 purchases, edition 2026-11-23 (23 November 2026). "
                        "Licence: CC BY 4.0 (reuse with attribution) for this briefing's figures and text; "
                        "the sources' own texts belong to their publishers.")
    row = {r["id"]: r for r in csv.DictReader(lines[1:])}["cn-approved-units"]
    assert (row["value"], row["low"], row["high"], row["independent_sources"]) == ("400000", "", "", "1")
    record = json.loads((built_site / "downloads/figures.json").read_text(encoding="utf-8"))
    assert record["citation"] == lines[0][2:].split(" Licence:")[0]
    assert record["licence"].startswith("Licence: CC BY 4.0")


def test_no_page_pdf_or_download_shows_internal_wording(built_site: Path) -> None:
    leaks = {name: re.findall(r"(?i).{0,40}(?:seed article|seed-article|research notes|not named in the).{0,40}", text)
             for name, text in _site_text(built_site).items()}
    assert {name: found for name, found in leaks.items() if found} == {}


# --- derived figures cite their inputs ------------------------------------------------------------

def test_a_derived_footnote_shows_the_formula_in_reader_form_and_each_input_with_its_sources() -> None:
    d = derive.run(validate.run(load.run(REPO)))
    note = citations.footnote(d.figures["inventory-vs-approved"], d, "sources.md", "data.md")
    assert note.startswith("Derived, as of 28 January 2026. Computed as &#40;A − B&#41; ÷ C, where: A is "
                           "[Nvidia holds about 700,000 H200 and GH200 chips in inventory](data.md#fig-nvidia-inventory-units), "
                           "about 700,000 chips ([Reuters](sources.md#src-reuters-2025-12-31), ")
    assert "independent source" not in note and "{" not in note
    assert " C is [During the Nvidia CEO's visit" in note
    assert "carried by [The Business Times](sources.md#src-business-times-2026-01-28)" in note
    scenario = citations.footnote(d.figures["h200-price-scenario"], d, "sources.md", "data.md")
    assert "Computed as low case A; central case B; high case B, where: A is [H200 price per chip implied" in scenario


def test_an_origin_without_a_date_is_named_by_its_publisher_alone(project: Path) -> None:
    add(project, "data/sources.yaml", """
        - id: undated-wire
          publisher: A News Agency
          title: The original story
          url_unavailable: The agency's site is not public.
          date_unavailable: The agency does not date its stories.
          kind: wire
        - id: outlet-one
          publisher: Outlet One
          title: Outlet One repeats the story
          url: https://one.example.com/story
          published: 2026-01-21
          kind: secondary
          relays: undated-wire
        - id: outlet-two
          publisher: Outlet Two
          title: Outlet Two repeats the story
          url: https://two.example.com/story
          published: 2026-01-22
          kind: secondary
          relays: undated-wire
        """)
    (project / "data/facts/zz-test.yaml").write_text(fact(sources="outlet-one, outlet-two"))
    assert [str(w) for w in derived(project).warnings] == [
        "data/facts/zz-test.yaml:6:12: test-fact.sources: its sources look like corroboration but all lead to one "
        "origin (A News Agency): it has one independent source"]


# --- on a small project (tests/fixtures/ev-duties), where a check takes a tenth of a second ----------

def source(sid: str, kind: str = "secondary", publisher: str = "Outlet One", published: str = "2024-07-10", **fields: str) -> str:
    record = {"publisher": publisher, "title": f"Story {sid}", "url": f"https://example.com/{sid}", "published": published,
              "kind": kind, **fields}
    return f"- id: {sid}\n" + "".join(f"  {key}: {value}\n" for key, value in record.items() if value)


def small_fact(sources: str, statement: str = "A test fact.", value: str = "10", status: str = "reported", extra: str = "") -> str:
    return (f"- id: test-fact\n  statement: {statement}\n  value: {value}\n  unit: producer\n  as_of: 2024-10-29\n"
            f"  sources: [{sources}]\n  status: {status}\n" + extra)


def with_records(small: Path, sources: str, facts: str, events: str = "") -> Path:
    add(small, "data/sources.yaml", sources)
    (small / "data/facts/zz-test.yaml").write_text(facts, encoding="utf-8")
    if events:
        (small / "data/events.yaml").write_text(events, encoding="utf-8")
    return small


@pytest.mark.parametrize(("fields", "status"), [
    ({"url": "", "offline": "Official Journal, print edition"}, "confirmed"),
    ({"url": "", "url_unavailable": "Withdrawn from the site.", "archive_url": "https://archive.example.org/doc"}, "confirmed"),
])
def test_a_primary_source_a_reader_can_consult_offline_or_in_an_archive_confirms(small: Path, fields: dict, status: str) -> None:
    with_records(small, source("primary-doc", kind="primary", **fields), small_fact("primary-doc", status="confirmed"))
    assert derived(small).figures["test-fact"].status == status


def test_a_primary_source_with_no_address_at_all_cannot_confirm(small: Path) -> None:
    with_records(small, source("primary-doc", kind="primary", url="", url_unavailable="Never published online."),
                 small_fact("primary-doc", status="confirmed"))
    assert problems(small) == ["data/facts/zz-test.yaml:7:11: test-fact.status: 'confirmed' needs a primary source that itself "
                               "carries the figure, cited directly and with an address (url, archive_url or offline); a primary "
                               "document known only through relays is 'reported'"]


def test_two_stories_of_one_publisher_on_no_thread_are_independent(small: Path) -> None:
    with_records(small, source("story-a") + source("story-b") + source("story-c", thread="duties") + source("story-d", thread="duties"),
                 small_fact("story-a, story-b, story-c, story-d"))
    assert derived(small).independent["test-fact"] == ["story-a", "story-b", "story-c"]


def test_a_disputed_figure_without_a_value_needs_no_value_to_match(small: Path) -> None:
    with_records(small, source("story-a") + source("story-b", publisher="Outlet Two"), small_fact("story-a, story-b", status="disputed")
                 .replace("  value: 10\n", "") + "  claims:\n    - {value: 10, sources: [story-a]}\n    - {value: 12, sources: [story-b]}\n")
    assert derived(small).figures["test-fact"].value is None


def test_accounts_from_different_origins_without_values_compete(small: Path) -> None:
    claims = ("  claims:\n    - {wording: The duty stays., sources: [story-a]}\n"
              "    - {wording: The duty goes., sources: [story-b]}\n")
    with_records(small, source("story-a") + source("story-b", publisher="Outlet Two"),
                 small_fact("story-a, story-b", status="disputed", extra=claims).replace("  value: 10\n", ""))
    assert derived(small).figures["test-fact"].status == "disputed"


def test_a_statement_against_a_range_value_names_both_ends(small: Path) -> None:
    with_records(small, source("story-a"), small_fact("story-a", statement="Some 7,500 cars.", value="{low: 5000, high: 10000}"))
    assert problems(small) == ["data/facts/zz-test.yaml:2:14: test-fact.statement: the statement states 7,500 but the value is "
                               "5,000 to 10,000; make them agree"]


def test_a_statement_stating_several_numbers_none_of_them_the_value_names_each(small: Path) -> None:
    with_records(small, source("story-a"), small_fact("story-a", statement="Some 7 or 8 cars."))
    assert problems(small) == ["data/facts/zz-test.yaml:2:14: test-fact.statement: the statement states 7, 8 but the value is 10; "
                               "make them agree"]


def test_a_statement_stating_one_end_of_a_range_value_agrees(small: Path) -> None:
    with_records(small, source("story-a"), small_fact("story-a", statement="Up to 10,000 cars.", value="{low: 5000, high: 10000}"))
    assert derived(small).figures["test-fact"].low == 5000


WIRE = source("wire-story", kind="wire", publisher="A News Agency", published="2024-07-05")


@pytest.mark.parametrize(("published", "flagged"), [("2024-07-06", True), ("2024-07-05", False), ("2024-07-04", False)])
def test_a_secondary_story_is_flagged_as_a_forgotten_relay_only_when_published_after_the_wire(
        small: Path, published: str, flagged: bool) -> None:
    with_records(small, WIRE + source("write-up", published=published), small_fact("wire-story, write-up"))
    line = line_of(small, "data/sources.yaml", "- id: write-up")
    expected = [f"data/sources.yaml:{line}:7: write-up.id: possibly a forgotten relay: it shares a fact with an earlier wire "
                "story (A News Agency, 5 July 2024); if it carries that story, add 'relays: wire-story'"]
    assert [str(w) for w in derived(small).warnings] == (expected if flagged else [])


def test_a_forgotten_relay_sharing_an_event_and_two_claims_is_listed_once(small: Path) -> None:
    claims = "  claims:\n    - {value: 10, sources: [wire-story, write-up]}\n    - {value: 12, sources: [wire-story, write-up]}\n"
    events = ("- id: test-event\n  date: 2024-07-06\n  title: A test event\n  description: Something happened.\n"
              "  sources: [wire-story, write-up]\n")
    with_records(small, WIRE + source("write-up", published="2024-07-06"),
                 small_fact("wire-story", status="disputed", extra=claims), events)
    assert [str(w).split(": possibly")[0] for w in derived(small).warnings] == [
        f"data/sources.yaml:{line_of(small, 'data/sources.yaml', '- id: write-up')}:7: write-up.id"]


@pytest.mark.parametrize(("claims", "flagged"), [
    ("    - {value: 10, sources: [wire-story, write-up]}\n    - {value: 12, sources: [wire-story]}\n", True),  # agree in a claim
    ("    - {value: 10, sources: [wire-story]}\n    - {value: 12, sources: [write-up]}\n", False),  # a source that disagrees
])
def test_within_a_disputed_figure_only_sources_of_one_claim_can_be_a_forgotten_relay(small: Path, claims: str, flagged: bool) -> None:
    with_records(small, WIRE + source("write-up", published="2024-07-06"),
                 small_fact("wire-story, write-up", status="disputed", extra="  claims:\n" + claims))
    assert [str(w).split(": possibly")[0] for w in derived(small).warnings] == (
        [f"data/sources.yaml:{line_of(small, 'data/sources.yaml', '- id: write-up')}:7: write-up.id"] if flagged else [])


def test_a_relay_cited_beside_its_origin_is_no_apparent_corroboration(small: Path) -> None:
    with_records(small, WIRE + source("carrier", relays="wire-story", published="2024-07-06"), small_fact("wire-story, carrier"))
    d = derived(small)
    assert (d.independent["test-fact"], d.warnings) == (["wire-story"], [])


def test_an_account_competes_with_a_claimed_value_from_another_origin_among_agreeing_values(small: Path) -> None:
    claims = ("  claims:\n    - {wording: The duty stays., sources: [story-a]}\n    - {value: 10, sources: [story-a]}\n"
              "    - {value: 10, sources: [story-b]}\n    - {value: 10, sources: [story-a]}\n")
    with_records(small, source("story-a") + source("story-b", publisher="Outlet Two"),
                 small_fact("story-a, story-b", status="disputed", extra=claims))
    assert derived(small).figures["test-fact"].status == "disputed"
