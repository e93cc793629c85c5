"""What changed: a figure added since the previous edition is listed once, whether or not it has a value."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import EV_DUTIES, FROZEN_H200, REPO, run_cli

from generator import charts, derive, editions, load, present, render, validate
from generator.errors import InputError


@pytest.fixture(scope="module")
def added_section() -> str:
    d = derive.run(validate.run(load.run(REPO)))
    current = editions.snapshot(d)
    previous = {**current, "figures": [f for f in current["figures"]
                                       if f["id"] not in ("bis-rule-dates", "cn-approved-units", "h200-first-shipment-modules")]}
    changes = editions.compare("2026-11-01", "a test record", previous, current)
    page = render.run(d, charts.run(d), {}, changes)["changes.md"].decode()
    return page[page.index("## Added"):].split("\n## ")[0]


def test_a_figure_without_a_value_is_listed_once_with_its_statement(added_section: str) -> None:
    assert added_section.count("The rule was released on 13 January 2026") == 1
    [row] = [line for line in added_section.splitlines() if "The rule was released" in line]
    assert row.endswith("| – | Confirmed |")


def test_added_figures_with_values_show_statement_and_value(added_section: str) -> None:
    assert "more than 400,000 chips" in added_section
    assert "5,000–10,000 modules" in added_section  # a range with no central value still shows as a range


# --- what changed, exactly ------------------------------------------------------------------------

def row(fid: str, **fields: object) -> dict:
    return {"id": fid, "statement": f"Statement of {fid}.", "value": 1, "low": None, "high": None, "unit": "chip",
            "qualifier": None, "status": "reported", **fields}


@pytest.mark.parametrize("key, new", [("value", 2), ("low", 0), ("high", 3), ("unit", "module"), ("qualifier", "over")])
def test_a_change_to_any_value_field_alone_is_a_revised_value(key: str, new: object) -> None:
    changes = editions.compare("prev", "here", {"figures": [row("a")]}, {"figures": [row("a", **{key: new})]})
    assert [(c.id, c.label, c.old[key], c.new[key]) for c in changes.values] == [("a", "Statement of a.", row("a")[key], new)]
    assert (changes.added, changes.removed, changes.statuses, changes.sources_added) == ([], [], [], [])
    assert not changes.empty


def test_a_reworded_statement_alone_is_no_change() -> None:
    changes = editions.compare("prev", "here", {"figures": [row("a")]}, {"figures": [row("a", statement="Reworded.")]})
    assert changes.empty and (changes.previous, changes.found_in) == ("prev", "here")


def test_changes_are_sorted_and_each_kind_is_listed_where_it_belongs() -> None:
    old = {"figures": [row("z"), row("gone"), row("m", status="estimate"), row("b"), row("same")],
           "sources": [{"id": "kept"}]}
    new = {"figures": [row("z", value=5), row("m", status="confirmed"), row("b", value=7), row("same"), row("new-one")],
           "sources": [{"id": "kept"}, {"id": "fresh"}]}
    changes = editions.compare("prev", "here", old, new)
    assert [f["id"] for f in changes.added] == ["new-one"]
    assert [f["id"] for f in changes.removed] == ["gone"]
    assert [c.id for c in changes.values] == ["b", "z"]
    assert [(c.id, c.old["status"], c.new["status"]) for c in changes.statuses] == [("m", "estimate", "confirmed")]
    assert changes.sources_added == [{"id": "fresh"}]


@pytest.mark.parametrize("field", ["added", "removed", "values", "statuses", "sources_added"])
def test_changes_are_empty_only_when_every_list_is(field: str) -> None:
    assert editions.Changes(previous="prev").empty
    assert not editions.Changes(previous="prev", **{field: [object()]}).empty


@pytest.fixture(scope="module")
def rows() -> dict[str, dict]:
    return {r["id"]: r for r in editions.figure_rows(derive.run(validate.run(load.run(REPO))))}


def test_a_fact_row_names_its_sources_as_readers_know_them(rows: dict[str, dict]) -> None:
    assert rows["cn-approved-units"] == {
        "id": "cn-approved-units", "kind": "fact",
        "statement": "During the Nvidia CEO's visit, Beijing approved ByteDance, Alibaba and Tencent to buy more than 400,000 H200 chips in total.",
        "value": 400000, "low": None, "high": None, "unit": "chip", "qualifier": "over", "as_of": "2026-01-28", "status": "reported",
        "sources": "Reuters: Report that Beijing approved ByteDance, Alibaba and Tencent to buy H200 chips, 28 January 2026; "
                   "The Business Times: China approves first batch of Nvidia H200 chip imports: sources, 28 January 2026",
        "source_urls": "https://www.businesstimes.com.sg/international/global/china-approves-first-batch-nvidia-h200-chip-imports-sources",
        "independent_sources": 1, "formula": None, "inputs": None}
    assert type(rows["cn-approved-units"]["value"]) is int


def test_a_reported_range_without_a_central_value_records_none_and_so_do_figures_computed_from_it(rows: dict[str, dict]) -> None:
    assert {k: rows["h200-first-shipment-modules"][k] for k in ("value", "low", "high", "as_of", "status")} == \
        {"value": None, "low": 5000, "high": 10000, "as_of": "2025-12-24", "status": "estimate"}
    assert rows["ascend-910c-tpp"]["value"] is None and rows["ascend-910c-tpp"]["low"] is not None
    assert rows["us-share-ordered-usd"]["value"] == 13500000000  # a central from assumptions is kept


def test_a_computed_row_gives_its_formula_in_letters(rows: dict[str, dict]) -> None:
    assert {k: rows["us-share-ordered-usd"][k] for k in ("kind", "low", "high", "formula", "inputs", "independent_sources")} == {
        "kind": "derived", "low": 12600000000, "high": 13500000000, "formula": "A × B × C",
        "inputs": "A = us-share-pct; B = cn-ordered-units; C = h200-price-scenario", "independent_sources": None}


@pytest.mark.parametrize("fid, formula, inputs", [
    ("h200-tpp", "the larger of (2 × (A ÷ 2) × 8 bit, 2 × (B ÷ 2) × 16 bit)", "A = h200.fp8-dense; B = h200.fp16-dense"),
    ("h200-price-scenario", "low case A; central case B; high case B", "A = h200-price-tencent-usd; B = h200-price-usd"),
])
def test_a_formula_reads_in_words_and_letters(rows: dict[str, dict], fid: str, formula: str, inputs: str) -> None:
    assert (rows[fid]["formula"], rows[fid]["inputs"]) == (formula, inputs)


def test_the_smaller_of_and_plain_number_cases_read_in_words(small: Path) -> None:
    root = small
    (root / "data" / "assumptions.yaml").write_text(
        '- id: zz-rate\n  name: A rate\n  unit: "%"\n  low: 17\n  central: 17.25\n  high: "{byd.provisional}"\n  explanation: A test.\n',
        encoding="utf-8")
    derived = root / "data" / "derived.yaml"
    derived.write_text(derived.read_text(encoding="utf-8") + '- id: zz-gap\n  name: A gap\n  unit: "%"\n'
                       '  formula: "{saic.definitive} - min({byd.definitive}, {geely.definitive})"\n  explanation: A test.\n', encoding="utf-8")
    found = {r["id"]: (r["formula"], r["inputs"]) for r in editions.figure_rows(derive.run(validate.run(load.run(root))))}
    assert found["zz-rate"] == ("low case 17; central case 17.25; high case A", "A = byd.provisional")
    assert found["zz-gap"] == ("A − the smaller of (B, C)", "A = saic.definitive; B = byd.definitive; C = geely.definitive")


def test_a_table_row_without_an_address_has_no_source_urls(rows: dict[str, dict]) -> None:
    """Its source has no date either: named by publisher and headline alone."""
    assert (rows["h200.memory"]["sources"], rows["h200.memory"]["source_urls"], rows["h200.memory"]["independent_sources"]) == (
        "Copies of Nvidia's H200 datasheet table: Nvidia's H200 SXM figures as reproduced by secondary sites", "", 1)


def test_a_row_gives_each_sources_address_apart(rows: dict[str, dict]) -> None:
    assert rows["cn-in-principle-go-ahead"]["source_urls"].split(" ") == [
        "https://www.ndtvprofit.com/technology/china-tells-alibaba-tech-firms-to-ready-nvidia-h200-orders-10866337",
        "https://www.aa.com.tr/en/asia-pacific/china-prepares-for-purchase-of-h200-ai-chips-as-nvidia-ceo-visits-shanghai/3808963"]


def test_a_source_known_only_by_an_archived_copy_gives_that_copys_address() -> None:
    """A source without an address of its own but with an archived copy is opened through the copy."""
    d = derive.run(validate.run(load.run(REPO)))
    archived = "https://archive.example.org/h200-datasheet-table"
    d.sources["h200-datasheet-copies"] = d.sources["h200-datasheet-copies"].model_copy(update={"archive_url": archived})
    assert next(r for r in editions.figure_rows(d) if r["id"] == "h200.memory")["source_urls"] == archived


def test_the_citation_names_briefing_edition_and_date() -> None:
    d = derive.run(validate.run(load.run(REPO)))
    assert editions.citation(d) == "Cite as: China approves Nvidia H200 purchases, edition 2026-11-23 (23 November 2026)."
    assert editions.citation(derive.run(validate.run(load.run(EV_DUTIES)))) == "Cite as: Briefing, edition 2024-10 (30 October 2024).", \
        "a project without briefings is cited as a briefing"


@pytest.mark.parametrize("name, root", [("h200", FROZEN_H200), ("ev-duties", EV_DUTIES)],
                         ids=["h200", "ev-duties"])
def test_the_edition_record_of_a_frozen_project_is_the_recorded_one(name: str, root: Path) -> None:
    """Every figure's row (value, range, status, date, sources, formula) as tests/golden recorded it, in
    a second: the broad check mutation runs try first (tests/support_mutants.py); `make golden` records a change."""
    recorded = json.loads((REPO / "tests" / "golden" / name / "downloads" / "figures.json").read_text(encoding="utf-8"))
    assert editions.snapshot(derive.run(validate.run(load.run(root)))) == recorded


def test_an_edition_record_holds_the_edition_its_citation_licence_figures_and_sources() -> None:
    d = derive.run(validate.run(load.run(EV_DUTIES)))
    record = editions.snapshot(d)
    assert list(record) == ["edition", "edition_date", "citation", "licence", "figures", "sources"]
    assert (record["edition"], record["edition_date"], record["citation"], record["licence"]) == (
        "2024-10", "2024-10-30", editions.citation(d), editions.LICENCE)
    assert (record["figures"], record["sources"]) == (editions.figure_rows(d), [s.record() for s in d.ds.sources])


@pytest.mark.parametrize("recorded, prose", [
    (row("a", value=400000, qualifier="over"), "more than 400,000 chips"),
    (row("a", value=None, low=5000, high=10000, unit="module"), "5,000–10,000 modules"),
    (row("a", value=1), "1 chip"),
    (row("a", value=3, unit="GB"), "3 GB"),
    ({"id": "a", "kind": "fact", "statement": "A.", "value": 27000, "unit": "USD/chip", "qualifier": "about"}, "about US$27,000 per chip"),
])
def test_a_recorded_row_reads_as_the_page_printed_it(recorded: dict, prose: str) -> None:
    assert present.row_prose({"kind": "fact", **recorded}, load.run(REPO).registry) == prose


def test_status_changes_are_sorted_and_labelled_with_the_new_statement() -> None:
    old = {"figures": [row("z", status="estimate"), row("a", status="estimate")]}
    new = {"figures": [row("z", status="reported", statement="Z now."), row("a", status="confirmed", statement="A now.")]}
    changes = editions.compare("prev", "here", old, new)
    assert [(c.id, c.label) for c in changes.statuses] == [("a", "A now."), ("z", "Z now.")]


# --- where the previous edition's record is found ----------------------------------------------

RECORD = {"figures": [{"id": "a", "statement": "A.", "status": "reported", "sources": "S"}], "sources": []}


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args], cwd=root, check=True, capture_output=True)


def test_the_record_in_the_repository_comes_first(tmp_path: Path) -> None:
    (tmp_path / "data" / "snapshots").mkdir(parents=True)
    (tmp_path / "data" / "snapshots" / "2026-11-23.json").write_text(json.dumps(RECORD))
    assert load.previous_record(tmp_path, "2026-11-23") == (RECORD, "data/snapshots/2026-11-23.json")


def test_without_one_the_record_published_on_the_gh_pages_branch_is_read(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    (tmp_path / "2026-11-23" / "downloads").mkdir(parents=True)
    (tmp_path / "2026-11-23" / "downloads" / "figures.json").write_text(json.dumps(RECORD))
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "published")
    git(tmp_path, "checkout", "-q", "--orphan", "main")
    git(tmp_path, "rm", "-rq", "--cached", ".")
    assert load.previous_record(tmp_path, "2026-11-23") == (RECORD, "the gh-pages branch")
    assert load.previous_record(tmp_path, "2026-12-01") == (None, None)


@pytest.mark.parametrize("record, reason", [
    ({"figures": [{"id": "a", "statement": "A.", "status": "reported"}]}, "a figure lacks id, statement, status or sources"),
    ({"figures": ["a"]}, "a figure lacks id, statement, status or sources"),
    ({"figures": [], "sources": "none"}, "sources is not a list"),
    ({"sources": []}, "'figures'"),
])
def test_a_damaged_record_is_named_with_what_is_wrong(tmp_path: Path, record: dict, reason: str) -> None:
    (tmp_path / "data" / "snapshots").mkdir(parents=True)
    (tmp_path / "data" / "snapshots" / "2026-11-23.json").write_text(json.dumps(record))
    with pytest.raises(InputError) as err:
        load.previous_record(tmp_path, "2026-11-23")
    assert [str(p) for p in err.value.problems] == [
        f"data/snapshots/2026-11-23.json: not a valid edition record ({reason}); restore it or delete it"]


def test_a_recorded_row_without_a_value_reads_as_its_statement() -> None:
    assert present.row_prose({"id": "a", "kind": "fact", "statement": "The rule was released.", "value": None}) == "The rule was released."


def test_a_damaged_record_on_the_gh_pages_branch_is_named_by_its_place_there(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q", "-b", "gh-pages")
    (tmp_path / "2026-11-23" / "downloads").mkdir(parents=True)
    (tmp_path / "2026-11-23" / "downloads" / "figures.json").write_text("{not json")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "published")
    with pytest.raises(InputError) as err:
        load.previous_record(tmp_path, "2026-11-23")
    assert [str(p) for p in err.value.problems] == [
        "gh-pages:2026-11-23/downloads/figures.json: not a valid edition record (Expecting property name enclosed in double quotes: "
        "line 1 column 2 (char 1)); restore it or delete it"]


def test_what_changed_compares_with_the_record_of_the_edition_just_before(tmp_path: Path) -> None:
    """The first edition has no previous one; the next compares with the record `briefing edition new` kept of
    the one before it (and says it has none when that record is missing); a third compares with the second's."""
    root = Path(shutil.copytree(EV_DUTIES, tmp_path / "ev-duties"))
    table = root / "data" / "tables" / "duties.yaml"

    def current() -> derive.Derivation:
        return derive.run(validate.run(load.run(root)))

    def next_edition(edition_id: str, date: str, saic_now: str) -> None:
        """Start the next edition (its predecessor's record kept), then revise SAIC's definitive duty in it."""
        assert run_cli("edition", "new", edition_id, "--summary", f"Edition {edition_id}.", "--date", date, root=root).returncode == 0
        table.write_text(re.sub(r"(\{item: saic, metric: definitive, value: )[\d.]+", rf"\g<1>{saic_now}", table.read_text()))

    assert editions.run(current()) == editions.Changes(previous=None)
    next_edition("2024-11", "2024-11-30", "36.0")
    record = root / "data" / "snapshots" / "2024-10.json"
    record.rename(root / "kept-aside.json")
    assert editions.run(current()) == editions.Changes(previous="2024-10")  # no record: nothing to compare
    (root / "kept-aside.json").rename(record)
    changes = editions.run(current())
    assert (changes.previous, changes.found_in) == ("2024-10", "data/snapshots/2024-10.json")
    revised = ["duty-per-producer", "saic-cut", "saic.definitive"]  # the duty, and the two figures computed from it
    assert [c.id for c in changes.values] == revised and (changes.values[2].old["value"], changes.values[2].new["value"]) == (35.3, 36.0)
    next_edition("2024-12", "2024-12-31", "36.5")
    changes = editions.run(current())
    assert (changes.previous, [c.id for c in changes.values]) == ("2024-11", revised)
    assert (changes.values[2].old["value"], changes.values[2].new["value"]) == (36.0, 36.5)

    # the edition feed: every edition, newest first, with what changed since the one before it
    d = current()
    kept = editions.records(d)
    assert [r["edition"] for r in kept] == ["2024-10", "2024-11", "2024-12"]
    feed = editions.history(d, kept)
    assert [(e.id, c.previous, c.found_in) for e, c in feed] == [("2024-12", "2024-11", ""), ("2024-11", "2024-10", ""), ("2024-10", None, None)]
    assert [(c.values[2].old["value"], c.values[2].new["value"]) for _, c in feed[:2]] == [(36.0, 36.5), (35.3, 36.0)]
    assert [c for _, c in editions.history(d, [None, *kept[1:]])][1] is None, "a missing record: nothing to compare"
