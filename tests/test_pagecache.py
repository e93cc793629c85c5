"""The page cache never serves a stale page: for each kind of input a page's cache key declares
(generator/pagecache.py, INPUTS), one edit of that input, then an incremental build (reusing the
pages cached before the edit) must equal a clean build byte for byte. Built in-process, so mutation
testing sees pagecache.py."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Callable, Iterator

import pytest
import yaml
from conftest import copy_project, edit_texts, text_fields

from generator import pagecache, pipeline, render, templating
from generator.cache import Store
from generator.errors import InputError

Edit = Callable[[Path], None]


def replace(rel: str, old: str, new: str) -> Edit:
    """An edit of one data file: ``old`` must occur in it (so a data change cannot silently void the case)."""
    def edit(root: Path) -> None:
        path = root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{rel} no longer holds {old!r}: pick another edit"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return edit


def edit_template(name: str, old: str, new: str) -> Edit:
    """An edit of one of the generator's templates, in a copy the renderer is pointed at."""
    def edit(root: Path) -> None:
        copy = root / "templates"
        shutil.copytree(templating.TEMPLATES, copy)
        replace(f"templates/{name}", old, new)(root)
        templating.TEMPLATES = copy
        templating.environment.cache_clear()
    return edit


# One edit per declared input, each of something a cached page shows.
EDITS: dict[str, list[Edit]] = {
    "generator code": [],  # changes no output; test_a_change_to_the_generator_code_renders_every_page_again
    "templates": [edit_template("chart.html", "<figure", "<figure data-edited"),
                  edit_template("entity.md", "## Events", "## Dated events"),
                  edit_template("claim_check.md", "Tolerance: within", "Tolerance: at most")],
    "edition": [replace("data/editions.yaml", "summary: First edition,", "summary: The first edition,")],
    "briefings": [replace("data/briefings.yaml", "title: China approves Nvidia H200 purchases", "title: China approves H200 purchases")],
    "units": [replace("data/units.yaml", "plural: chips", "plural: chip packages")],
    "facts": [replace("data/facts/volumes-prices.yaml", "  qualifier: about\n  as_of: 2025-12-31", "  qualifier: over\n  as_of: 2025-12-30"),
              replace("data/facts/volumes-prices.yaml", "statement: An H200 module holds eight chips.",
                      "statement: Each H200 module holds eight chips."),
              # a source dropped by one figure of a chart while another of its figures still cites it: the chart's
              # sources are the same, its data table's row is not
              replace("data/facts/volumes-prices.yaml", "  sources: [reuters-2025-12-31, the-decoder-2025-12-31]\n",
                      "  sources: [reuters-2025-12-31]\n"),
              # a fact now about one more entity: that entity's page, which did not read it, lists it
              replace("data/facts/performance.yaml", "subjects: [h200, h20]\n", "subjects: [h200, h20, huawei]\n")],
    "table figures": [replace("data/tables/chips.yaml", "value: 1979\n    unit: TFLOPS\n    as_of: \"2026-02\"",
                              "value: 1979\n    unit: TFLOPS\n    as_of: \"2026-01\"")],
    "tables": [replace("data/tables/chips.yaml", "name: FP8 compute (dense)", "name: FP8 compute, dense"),
               # a metric now shown as a column: no figure changes, only the table's own declaration
               replace("data/tables/chips.yaml", "name: FP8 compute (with sparsity)\n    unit: TFLOPS\n    in_table: false\n",
                       "name: FP8 compute (with sparsity)\n    unit: TFLOPS\n")],
    "assumptions": [replace("data/assumptions.yaml", "name: H200 selling price per chip", "name: H200 price per chip")],
    "derived figures": [replace("data/derived.yaml", "name: H200 price per chip implied by Tencent Technology's module price",
                                "name: Tencent Technology's module price per chip")],
    "sources": [replace("data/sources.yaml", 'title: "China approves first batch of Nvidia H200 chip imports: sources"',
                        'title: "China approves first Nvidia H200 imports: sources"'),
                replace("data/sources.yaml", "publisher: The Business Times\n", "publisher: Business Times\n"),
                replace("data/sources.yaml", "  relays: reuters-2026-01-28\n  notes: Headline rebuilt", "  notes: Headline rebuilt")],
    "charts": [replace("data/charts.yaml", "title: H200 volumes approved, ordered and in stock", "title: H200 volumes approved, ordered, in stock")],
    "checks": [replace("data/checks.yaml", "tolerance: 0.15", "tolerance: 0.16")],
    "entities": [replace("data/entities.yaml", "name: Nvidia\n", "name: NVIDIA\n")],
    "entity kinds": [replace("data/entity-kinds.yaml", "name: Chip\n", "name: Accelerator\n"),
                     replace("data/entity-kinds.yaml", "plural: Chips\n", "plural: Accelerators\n")],
    "events": [replace("data/events.yaml", "title: H20 revenue-share arrangement reported", "title: H20 revenue share reported")],
}
# A page's own text is part of its key whatever it reads: an edit of it alone.
PAGE_TEXT = replace("content/volumes.md", "were reported at different times", "were published at different times")
CASES = [pytest.param(edit, id=f"{name}-{i}") for name, edits in EDITS.items() for i, edit in enumerate(edits)] + [
    pytest.param(PAGE_TEXT, id="the page's own text")]


def build(root: Path, cache_dir: Path | None, p: pipeline.Prepared | None = None) -> tuple[dict[str, bytes], pagecache.PageCache]:
    """The docs tree as ``briefing build`` renders it, with the build cache in ``cache_dir`` (None: clean),
    from the project's data as ``p`` holds it (prepared again when not given)."""
    p = p or pipeline.prepare(root)
    store = Store(cache_dir / "objects" if cache_dir else None)
    cache = pagecache.PageCache(p.derived, p.charts, templating.TEMPLATES, store, cache_dir / "pages.json" if cache_dir else None)
    tree = render.run(p.derived, p.charts, {}, p.changes, cache)
    cache.save()
    return tree, cache


def with_charts_page(root: Path) -> Path:
    """The project with a page that shows every chart and cites nothing else: its key is the charts' alone."""
    ids = [chart["id"] for chart in yaml.safe_load((root / "data" / "charts.yaml").read_text(encoding="utf-8"))]
    (root / "content" / "charts-only.md").write_text("# Charts\n\n" + "".join(f'{{{{ chart("{i}") }}}}\n\n' for i in ids), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """A project (with a page of charts only) built once, its page cache filled, and the tree that build rendered."""
    root = with_charts_page(copy_project(tmp_path_factory.mktemp("warm") / "project"))
    tree, _ = build(root, root / "build" / "cache")
    return root, tree


@pytest.fixture
def restore_templates() -> Iterator[None]:
    yield
    templating.TEMPLATES = pagecache.CODE / "templates"
    templating.environment.cache_clear()


def different(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(rel for rel in a.keys() | b.keys() if a.get(rel) != b.get(rel))


def test_every_declared_input_has_an_edit() -> None:
    assert set(EDITS) == {name for inputs in pagecache.INPUTS.values() for name in inputs}


def test_an_unchanged_project_reuses_every_cached_page(warm: tuple[Path, dict[str, bytes]], tmp_path: Path) -> None:
    root, original = warm
    cache_dir = tmp_path / "cache"
    shutil.copytree(root / "build" / "cache", cache_dir)
    tree, cache = build(root, cache_dir)
    assert tree == original
    assert (cache.reused, cache.reused_entities) == (len(list((root / "content").glob("*.md"))), len(pipeline.prepare(root).derived.ds.entities))


@pytest.mark.parametrize("edit", CASES)
def test_an_incremental_build_after_an_edit_equals_a_clean_build(edit: Edit, warm: tuple[Path, dict[str, bytes]], tmp_path: Path,
                                                                 restore_templates: None) -> None:
    root, original = warm
    project = with_charts_page(copy_project(tmp_path / "project"))
    cache_dir = tmp_path / "cache"
    shutil.copytree(root / "build" / "cache", cache_dir)
    edit(project)
    p = pipeline.prepare(project)  # the data stages keep no cache: both builds read the same data
    incremental, _ = build(project, cache_dir, p)
    clean, _ = build(project, None, p)
    assert different(clean, original), "the edit changes no page, so it tests nothing"
    assert different(incremental, clean) == [], "pages served stale from the cache"


def test_a_change_to_the_generator_code_renders_every_page_again(warm: tuple[Path, dict[str, bytes]], tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    root, _ = warm
    code = tmp_path / "generator"
    shutil.copytree(pagecache.CODE, code, ignore=shutil.ignore_patterns("__pycache__"))
    (code / "units.py").write_text((code / "units.py").read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    monkeypatch.setattr(pagecache, "CODE", code)
    cache_dir = tmp_path / "cache"
    shutil.copytree(root / "build" / "cache", cache_dir)
    _, cache = build(root, cache_dir)
    assert (cache.reused, cache.reused_entities) == (0, 0)



def test_two_pages_with_the_same_text_are_cached_apart(small: Path, tmp_path: Path) -> None:
    """A page's output depends on where it is (its title, when it has no heading, and its links), not only on its text."""
    for name in ("notes-a.md", "notes-b.md"):
        (small / "content" / name).write_text("Notes to be written.\n", encoding="utf-8")
    first, _ = build(small, tmp_path / "cache")
    again, cache = build(small, tmp_path / "cache")
    assert (first["notes-a.md"] != first["notes-b.md"], cache.reused) == (True, 3)
    assert different(again, first) == []


def test_the_page_index_is_the_same_file_whatever_order_its_pages_were_rendered_in(small: Path, tmp_path: Path) -> None:
    """A page added since the last build is rendered after the pages the index already held; the index
    written is still the one a clean build writes, byte for byte."""
    build(small, tmp_path / "cache")
    (small / "content" / "annex.md").write_text("# Annex\n", encoding="utf-8")
    build(small, tmp_path / "cache")
    build(small, tmp_path / "clean")
    assert (tmp_path / "cache" / "pages.json").read_bytes() == (tmp_path / "clean" / "pages.json").read_bytes()


@pytest.fixture(scope="module")
def price_edited(tmp_path_factory: pytest.TempPathFactory) -> tuple[pipeline.Prepared, pipeline.Prepared]:
    """The project prepared before and after an edit of a price no page but the Volumes page cites."""
    project = copy_project(tmp_path_factory.mktemp("price") / "project")
    before = pipeline.prepare(project)
    facts = project / "data" / "facts" / "volumes-prices.yaml"
    text = facts.read_text(encoding="utf-8")
    assert text.count("value: 1400000") == 1
    facts.write_text(text.replace("value: 1400000", "value: 1500000").replace("about RMB 1.4 million", "about RMB 1.5 million"), encoding="utf-8")
    after = pipeline.prepare(project)
    assert after.derived.figures["h200-module-price-tencent"].value == 1500000
    return before, after


@pytest.mark.parametrize("dep", ["figure:cn-approved-units", "chart:volumes", "entity:alibaba", "table:chips", "checks", "events"])
def test_a_pages_key_does_not_change_when_a_figure_it_does_not_read_changes(dep: str, price_edited: tuple[pipeline.Prepared, pipeline.Prepared]) -> None:
    """Each kind of dependency reads only what it names: editing a price no page of these depends on keeps
    their keys (a key reading the whole data set would render every page again after any edit)."""
    before, after = price_edited

    def key(p: pipeline.Prepared, deps: list[str]) -> str:
        return pagecache.PageCache(p.derived, p.charts, templating.TEMPLATES).key("page.md", "same text", deps)

    assert key(before, [dep]) == key(after, [dep])
    assert key(before, [dep, "figure:h200-module-price-tencent"]) != key(after, [dep, "figure:h200-module-price-tencent"])


def test_the_key_of_an_entity_only_events_are_about_follows_those_events(tmp_path: Path) -> None:
    """An entity no figure is about is listed with its events alone; its page's key reads them."""
    project = copy_project(tmp_path / "project")
    with open(project / "data" / "entities.yaml", "a", encoding="utf-8") as entities:
        entities.write("\n- id: zz-observer\n  name: An observer\n  kind: company\n  description: Named in one event only.\n")
    replace("data/events.yaml", "  subjects: [nvidia, us-government, h20]\n", "  subjects: [nvidia, us-government, h20, zz-observer]\n")(project)
    before = pipeline.prepare(project)
    replace("data/events.yaml", "title: H20 revenue-share arrangement reported", "title: H20 revenue share reported")(project)
    after = pipeline.prepare(project)

    def key(p: pipeline.Prepared) -> str:
        return pagecache.PageCache(p.derived, p.charts, templating.TEMPLATES).key("entities/zz-observer.md", "text", ["entity:zz-observer"])

    assert key(before) != key(after)


def test_a_table_removed_under_a_cached_page_is_the_error_a_clean_build_gives(small: Path, tmp_path: Path) -> None:
    """A page cached while it showed a table that is then removed (its text unchanged): the incremental
    build reports the unknown table, as a clean build does, instead of failing on the missing record."""
    (small / "data" / "tables" / "cuts.yaml").write_text(
        "id: cuts\nitem_kind: carmaker\nmetrics:\n  - id: cut\n    name: Duty cut\n    unit: \"%\"\nfigures:\n"
        "  - {item: byd, metric: cut, value: 0.4, unit: \"%\", as_of: 2024-10-29, sources: [eu-reg-2024-2754], status: confirmed}\n",
        encoding="utf-8")
    page = small / "content" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + '\n{{ table("cuts") }}\n', encoding="utf-8")
    build(small, tmp_path / "cache")
    (small / "data" / "tables" / "cuts.yaml").unlink()
    errors = []
    for cache_dir in (tmp_path / "cache", None):  # incremental, then clean
        with pytest.raises(InputError) as failed:
            build(small, cache_dir)
        errors.append([str(p) for p in failed.value.problems])
    assert errors == [["content/index.md:13:1: unknown table id 'cuts'; did you mean 'duties'?"]] * 2


# --- every free-text field, edited alone --------------------------------------------------------

EDGES = Path(__file__).parent / "fixtures" / "edges"  # the fictional project holding every kind of record


def each_text_field() -> list:
    """One case per data file and field (by its place in a record, as "metrics.name"): that field of every record."""
    cases = dict.fromkeys((rel, _field(where, name)) for rel, where, name in text_fields(EDGES))
    return [pytest.param(rel, field, id=f"{rel}:{field}") for rel, field in cases]


def _field(where: tuple, name: str) -> str:
    return ".".join([*(step for step in where if isinstance(step, str)), name])


@pytest.fixture(scope="module")
def warm_edges(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    root = Path(shutil.copytree(EDGES, tmp_path_factory.mktemp("edges") / "project"))
    tree, _ = build(root, root / "build" / "cache")
    return root, tree


@pytest.mark.parametrize("rel, field", each_text_field())
def test_an_edit_of_any_text_field_alone_is_seen_by_every_cached_page_showing_it(rel: str, field: str, warm_edges,
                                                                                 tmp_path: Path) -> None:
    """Generated from the schema, so a field a page shows cannot be left out of its cache key unnoticed."""
    root, original = warm_edges
    project = Path(shutil.copytree(root, tmp_path / "project", ignore=shutil.ignore_patterns("build")))
    edit_texts(project, lambda name, text: f"{text} (edited)", lambda file, where, name: (file, _field(where, name)) == (rel, field))
    cache_dir = tmp_path / "cache"
    shutil.copytree(root / "build" / "cache", cache_dir)
    p = pipeline.prepare(project)
    incremental, _ = build(project, cache_dir, p)
    clean, _ = build(project, None, p)
    assert different(incremental, clean) == [], "pages served stale from the cache"


# --- each list field's values swapped between two records --------------------------------------

def each_swap() -> list:
    """One case per data file and list field of its records (sources, subjects, pages...), with each pair of records
    differing in it: first the pairs a chart plots together (a swap between them keeps the chart's totals, not its rows)."""
    charts = yaml.safe_load((EDGES / "data" / "charts.yaml").read_text(encoding="utf-8"))
    plotted = [{ref for s in c.get("series", []) for point in s["points"] for ref in (point["ref"], point.get("x"))} for c in charts]
    together = lambda a, b: any(a.get("id") in refs and b.get("id") in refs for refs in plotted)  # noqa: E731
    cases = []
    for path in sorted((EDGES / "data").rglob("*.yaml")):
        records = yaml.safe_load(path.read_text(encoding="utf-8"))
        rel = path.relative_to(EDGES).as_posix()
        if not isinstance(records, list):
            continue
        fields = dict.fromkeys(name for record in records if isinstance(record, dict) for name, value in record.items()
                               if isinstance(value, list))  # lists: a swap keeps their union, which a key may read instead
        for name in fields:
            holding = [i for i, record in enumerate(records) if isinstance(record, dict) and name in record]
            pairs = sorted(((a, b) for a in holding for b in holding if a < b and records[a][name] != records[b][name]),
                           key=lambda pair: not together(records[pair[0]], records[pair[1]]))
            if pairs:
                cases.append(pytest.param(rel, name, pairs, id=f"{rel}:{name}"))
    return cases


def swapped(project: Path, rel: str, name: str, pairs: list[tuple[int, int]]) -> pipeline.Prepared:
    """The project prepared after swapping ``name`` between the first pair of records whose swap leaves it valid."""
    text = (project / rel).read_text(encoding="utf-8")
    for pair in pairs:
        records = yaml.safe_load(text)
        a, b = (records[i] for i in pair)
        a[name], b[name] = b[name], a[name]
        (project / rel).write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False), encoding="utf-8")
        try:
            return pipeline.prepare(project)
        except InputError:
            continue
    raise AssertionError(f"no swap of {name} between two records of {rel} leaves the project valid: give the fixture one")


@pytest.mark.parametrize("rel, name, pairs", each_swap())
def test_a_list_fields_values_swapped_between_two_records_are_seen_by_every_cached_page(rel: str, name: str, pairs: list,
                                                                                   warm_edges, tmp_path: Path) -> None:
    """Generated from the data: a swap keeps every total (the same sources cited, the same dates...), so a key that
    reads a union or a count instead of each record's own values serves a stale page."""
    root, original = warm_edges
    project = Path(shutil.copytree(root, tmp_path / "project", ignore=shutil.ignore_patterns("build")))
    p = swapped(project, rel, name, pairs)
    cache_dir = tmp_path / "cache"
    shutil.copytree(root / "build" / "cache", cache_dir)
    incremental, _ = build(project, cache_dir, p)
    clean, _ = build(project, None, p)
    assert different(incremental, clean) == [], "pages served stale from the cache"
