"""Charts: declared in data, built from figures, carrying their sources, data and downloads, and
drawn only with trace types the self-hosted Plotly bundle contains."""
from __future__ import annotations

import csv
import html
import io
import json
import shutil
import textwrap
from pathlib import Path

import pytest
from conftest import EV_DUTIES, REPO, run_check

from generator import chart_style, charts, derive, load, validate
from generator.errors import InputError


@pytest.fixture(scope="module")
def derived() -> derive.Derivation:
    return derive.run(validate.run(load.run(REPO)))


def test_a_chart_plots_the_figures_it_names(derived: derive.Derivation) -> None:
    out = charts.run(derived)["volumes"]
    bar = out.figure["data"][0]
    assert bar["type"] == "bar" and bar["orientation"] == "h"
    assert bar["x"] == [derived.figures[r].value for r in ("cn-approved-units", "cn-ordered-units", "nvidia-inventory-units", "gh200-inventory-units")]


def test_a_chart_cites_the_union_of_its_figures_sources(derived: derive.Derivation) -> None:
    out = charts.run(derived)["us-share-scenarios"]
    expected = []
    for ref in ("us-share-approved-reuters-price", "us-share-ordered-reuters-price", "us-share-approved-tencent-price",
                "us-share-ordered-tencent-price"):
        expected += [s for s in derived.figures[ref].sources if s not in expected]
    assert out.sources == expected


def test_downloads_hold_exactly_the_plotted_values_with_metadata(built_site: Path, derived: derive.Derivation) -> None:
    folder = built_site / "assets" / "charts"
    plotted = json.loads((folder / "tpp-thresholds.plot.json").read_text())["figure"]
    rows = list(csv.DictReader(io.StringIO((folder / "tpp-thresholds.csv").read_text())))
    bars = [r for r in rows if r["series"] == "TPP"]
    for row, y in zip(bars, plotted["data"][0]["y"], strict=True):  # a range no source centred: low and high, no midpoint
        assert float(row["value"]) == y if row["value"] else float(row["low"]) <= y <= float(row["high"])
    assert {r["edition"] for r in rows} == {"2026-11-23"}
    meta = json.loads((folder / "tpp-thresholds.json").read_text())
    assert meta["title"] == "Total Processing Performance against export-control thresholds"
    assert meta["edition"] == "2026-11-23" and meta["units"] == ["TPP"]
    assert [s["id"] for s in meta["sources"]] == charts.run(derived)["tpp-thresholds"].sources
    assert [r["value"] for r in meta["rows"]] == [float(r["value"]) if r["value"] else None for r in rows]


def test_each_chart_has_a_table_sources_as_of_and_downloads_under_it(built_site: Path) -> None:
    page = (built_site / "performance" / "index.html").read_text()
    figure = page[page.index('id="chart-tpp-thresholds"'):]
    figure = figure[: figure.index("</figure>")]
    assert "<details class=\"bf-chart__data\">" in figure and "<table>" in figure
    assert "Data as of" in figure and "Sources:" in figure
    for suffix in (".csv", ".json", ".svg"):
        assert f'href="../assets/charts/tpp-thresholds{suffix}" download' in figure
    assert '<img class="bf-chart__static" src="../assets/charts/tpp-thresholds.svg"' in figure


def test_the_plotly_bundle_is_self_hosted_once_with_its_licence(built_site: Path) -> None:
    """No page links Plotly itself: the chart script fetches the site's own copy where a chart is."""
    assert [p for p in built_site.rglob("*.html") if "plotly" in p.read_text().lower()] == []
    script = (built_site / "assets" / "briefing" / "briefing.js").read_text()
    assert 'new URL("../vendor/plotly-basic.min.js", document.currentScript.src)' in script
    assert (built_site / "assets" / "vendor" / "plotly-basic.min.js").stat().st_size > 500_000
    assert "MIT" in (built_site / "assets" / "vendor" / "plotly-basic.LICENSE.txt").read_text()
    lock = json.loads((REPO / "package-lock.json").read_text())
    assert lock["packages"][f"node_modules/{charts.PLOTLY_BUNDLE}"]["version"] == "4.1.1"


def test_static_svgs_have_no_random_ids(built_site: Path) -> None:
    svg = (built_site / "assets" / "charts" / "volumes.svg").read_text()
    assert 'id="clipvolumes-xyplot"' in svg


def test_a_trace_type_missing_from_the_bundle_fails_the_build(derived: derive.Derivation, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(charts, "BUNDLE_TRACES", {"scatter", "pie"})
    with pytest.raises(InputError) as err:
        charts.run(derived)
    assert "volumes.kind: uses trace type bar, which the plotly.js-basic-dist-min bundle lacks" in str(err.value)


def test_a_chart_point_naming_an_unknown_figure_is_an_error(project: Path) -> None:
    path = project / "data" / "charts.yaml"
    path.write_text(path.read_text().replace("ref: cn-ordered-units", "ref: cn-orderd-units", 1))
    result = run_check(project)
    assert result.returncode == 2
    assert "volumes.series[0].points[1].ref: unknown figure 'cn-orderd-units'" in result.stderr


def test_thresholds_on_a_horizontal_chart_run_across_the_value_axis(project: Path) -> None:
    path = project / "data" / "charts.yaml"
    path.write_text(path.read_text().replace("  notes: Approved and ordered volumes are lower bounds", """  thresholds:
    - ref: nvidia-inventory-units
      label: Inventory
  notes: Approved and ordered volumes are lower bounds""", 1))
    d = derive.run(validate.run(load.run(project)))
    layout = charts.run(d)["volumes"].figure["layout"]
    (line,) = layout["shapes"]
    assert (line["xref"], line["x0"], line["yref"]) == ("x", d.figures["nvidia-inventory-units"].value, "paper")


def test_every_chart_is_a_figure_plotly_accepts(derived: derive.Derivation) -> None:
    for out in charts.run(derived).values():
        charts.validate_figure(out.figure)  # raises ValueError naming any property Plotly does not know


def test_bars_carry_their_values_so_a_still_picture_reads(derived: derive.Derivation) -> None:
    out = charts.run(derived)
    assert out["tpp-thresholds"].figure["data"][0]["text"] == ["15,832", "15,831", "2,368", "5,120", "12,640"]  # the H100 at 1,978.9 TFLOPS dense FP8
    assert out["volumes"].figure["data"][0]["text"] == ["&gt;400,000", "&gt;2 million", "~700,000", "~100,000"]  # Plotly shows ">"
    assert out["volumes"].figure["data"][0]["textposition"] == "outside"


def test_threshold_labels_sit_in_the_margin_beside_their_line(derived: derive.Derivation) -> None:
    """Labels go right of the plot (never on a bar or a tick), with the value; their colour follows
    the page's text colour on the site (the script sets it) and is dark on the static image."""
    layout = charts.run(derived)["tpp-thresholds"].figure["layout"]
    notes = [(n["text"], n["x"], n["xref"], n["xanchor"], n["y"], n["yanchor"]) for n in layout["annotations"]]
    assert notes == [("3A090.a threshold<br>(4,800)", 1, "paper", "left", 4800.0, "middle"),
                     ("Reported licence cap<br>(21,000)", 1, "paper", "left", 21000.0, "middle")]
    assert {n["name"] for n in layout["annotations"]} == {"threshold"} and "bgcolor" not in layout["annotations"][0]
    assert layout["margin"]["r"] >= 6 * len("Reported licence cap")


def test_close_threshold_labels_are_pushed_apart(project: Path) -> None:
    path = project / "data" / "charts.yaml"
    path.write_text(path.read_text().replace("""    - ref: tpp-cap-reported
      label: Reported licence cap""", """    - ref: ascend-910b-tpp
      label: Ascend 910B level"""))
    d = derive.run(validate.run(load.run(project)))
    notes = charts.run(d)["tpp-thresholds"].figure["layout"]["annotations"]
    assert [(n["y"], n["yanchor"]) for n in notes] == [(4800.0, "top"), (5120.0, "bottom")]


def test_the_timeline_labels_every_event_with_its_date_and_title(derived: derive.Derivation) -> None:
    figure = charts.run(derived)["timeline"].figure
    events = sorted(derived.ds.events, key=lambda e: (e.date.order, e.id))
    order = figure["layout"]["yaxis"]["categoryarray"]
    assert [label.replace("<br>", " ") for label in order] == [html.escape(f"{e.when}: {e.title}", quote=False)  # spans in full
                                                               for e in events]
    assert "13–15 January 2026: BIS rule opens case-by-case licensing" in [label.replace("<br>", " ") for label in order]
    assert figure["layout"]["yaxis"]["autorange"] == "reversed"  # earliest at the top, read downwards
    assert sum(len(t["y"]) for t in figure["data"]) == len(events)
    assert figure["layout"]["height"] == chart_style.TIMELINE_ROW_PX * len(events) + 110
    assert max(len(line) for label in order for line in label.split("<br>")) <= chart_style.TIMELINE_WRAP + 12


def test_every_chart_has_a_png_for_previews_and_downloads(built_site: Path) -> None:
    folder = built_site / "assets" / "charts"
    for chart in ("volumes", "us-share-scenarios", "h200-ratios", "tpp-thresholds", "timeline"):
        blob = (folder / f"{chart}.png").read_bytes()
        assert blob[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(blob[16:20], "big") == 1520


def test_plotly_refuses_a_figure_with_a_property_it_does_not_know() -> None:
    with pytest.raises(ValueError, match="Invalid property specified for object of type plotly.graph_objs.Bar: 'whiskers'"):
        charts.validate_figure({"data": [{"type": "bar", "x": ["a"], "y": [1], "whiskers": True}], "layout": {}})


def test_the_timeline_puts_each_event_in_the_lane_of_its_first_subjects_country() -> None:
    """The lane is the country of the first subject named (not of any later one); an event naming no
    subject, or whose first subject has no country, goes to "Other". Each lane is one trace, in name order."""
    ds = load.run(REPO)
    ds.events += [ds.events[0].model_copy(update={"id": "no-subject", "subjects": []}),
                  ds.events[0].model_copy(update={"id": "chip-first", "subjects": ["h200", "nvidia"]})]
    out = charts.run(derive.run(validate.run(ds)))["timeline"]
    lanes = {row["figure"]: row["series"] for row in out.rows}
    assert lanes["prepayment-and-beijing-terms"] == "United States"  # nvidia first, then the Chinese government
    assert lanes["lawmakers-accusation"] == "United States" and lanes["customs-blocks-imports"] == "China"
    assert lanes["no-subject"] == lanes["chip-first"] == "Other"
    assert [(t["name"], len(t["x"])) for t in out.figure["data"]] == [("China", 4), ("Other", 2), ("United States", 11)]
    china = out.figure["data"][0]
    assert china["customdata"][0] == ["Chinese customs says H200 imports not permitted", "13 January 2026"]


def test_the_timeline_rows_are_the_events_with_their_dates_and_sources(derived: derive.Derivation) -> None:
    first = charts.run(derived)["timeline"].rows[0]
    assert first == {"series": "United States", "label": "H20 revenue-share arrangement reported", "figure": "h20-revenue-share",
                     "value": None, "low": None, "high": None, "unit": None, "qualifier": None, "as_of": "2025-08-12",
                     "status": "event", "sources": ["ap-2025-08-12"], "_as_of": first["_as_of"], "_when": "12 August 2025",
                     "_prose": "H20 revenue-share arrangement reported"}
    assert str(first["_as_of"].day) == "2025-08-12"


def ev_derived(tmp_path: Path, charts_yaml: str = "", facts_yaml: str = "") -> derive.Derivation:
    """The small second story, with charts (and facts) appended to its files, loaded and derived in-process."""
    root = Path(shutil.copytree(EV_DUTIES, tmp_path / "ev-duties"))
    for rel, text in (("data/charts.yaml", charts_yaml), ("data/facts/example.yaml", facts_yaml)):
        with open(root / rel, "a", encoding="utf-8") as file:
            file.write(textwrap.dedent(text))
    return derive.run(validate.run(load.run(root)))


def test_a_charts_downloads_are_its_rows_and_metadata_exactly(tmp_path: Path) -> None:
    """The JSON download is indented by one space with its keys sorted and text as written (not escaped),
    ending with a newline; the CSV has the chart's id and the edition on every row; the figure file is compact."""
    title = "Average definitive duty — per sampled producer"
    d = ev_derived(tmp_path)
    d.ds.charts[1].title = title
    out = charts.run(d)["average"]
    source = d.sources["eu-reg-2024-2754"]
    cited = (f"European Commission: {source.title}, 29 October 2024", "https://eur-lex.europa.eu/eli/reg_impl/2024/2754/oj")
    row = {"as_of": "2024-10-29", "figure": "duty-per-producer", "high": None, "label": "Per producer", "low": None, "qualifier": None,
           "series": "Average", "source_urls": cited[1], "sources": cited[0], "status": "derived", "unit": "%/producer", "value": 23.7}
    meta = {"as_of": "2024-10-29", "chart": "average", "edition": "2024-10", "edition_date": "2024-10-30", "rows": [row],
            "sources": [source.record()], "subtitle": None, "title": title, "units": ["%/producer"]}
    text = out.files["average.json"].decode()
    assert text == json.dumps(meta, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    assert text.startswith('{\n "as_of": "2024-10-29",\n "chart": "average",\n') and "duty — per" in text
    assert out.files["average.csv"].decode() == (
        "chart,series,label,figure,value,low,high,unit,qualifier,as_of,status,sources,source_urls,edition\n"
        f'average,Average,Per producer,duty-per-producer,23.7,,,%/producer,,2024-10-29,derived,"{cited[0]}",{cited[1]},2024-10\n')
    plot = out.files["average.plot.json"].decode()
    assert plot == json.dumps({"figure": out.figure, "title": title}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert plot.startswith('{"figure":{"data":[{"cliponaxis":false,') and plot.endswith(',"title":"Average definitive duty — per sampled producer"}')


SCATTER = """
- id: provisional-vs-definitive
  title: Definitive against provisional duty
  kind: scatter
  series:
    - name: Carmakers
      points:
        - {label: BYD, ref: byd.definitive, x: byd.provisional}
        - {label: SAIC, ref: saic.definitive, x: geely.definitive}
"""


def test_a_scatter_point_plots_its_figure_against_its_x_figure_citing_both(tmp_path: Path) -> None:
    d = ev_derived(tmp_path, SCATTER)
    out = charts.run(d)["provisional-vs-definitive"]
    assert [(r["label"], r["figure"], r["value"], r["x_figure"], r["x_value"], r["sources"]) for r in out.rows] == [
        ("BYD", "byd.definitive", 17.0, "byd.provisional", 17.4, ["eu-reg-2024-2754", "eu-reg-2024-1866"]),
        ("SAIC", "saic.definitive", 35.3, "geely.definitive", 18.8, ["eu-reg-2024-2754"])]  # one source, cited once
    trace = out.figure["data"][0]
    assert (trace["type"], trace["name"], trace["x"], trace["y"]) == ("scatter", "Carmakers", [17.4, 18.8], [17.0, 35.3])
    assert [r["x_value"] for r in charts.public_rows(out, d)] == [17.4, 18.8]


def test_a_scatter_points_x_figure_is_described_as_fully_as_its_y_figure(tmp_path: Path) -> None:
    """Downloads give the x figure's unit, qualifier, as-of date and status; the data table's x cell names its
    status and date where they differ from the row's (its Status and As of columns are the y figure's)."""
    d = ev_derived(tmp_path, SCATTER)
    out = charts.run(d)["provisional-vs-definitive"]
    public = charts.public_rows(out, d)
    assert [{k: r[k] for k in charts.SCATTER_X_KEYS} for r in public] == [
        {"x_figure": "byd.provisional", "x_value": 17.4, "x_low": None, "x_high": None, "x_unit": "%", "x_qualifier": None,
         "x_as_of": "2024-07-04", "x_status": "confirmed"},
        {"x_figure": "geely.definitive", "x_value": 18.8, "x_low": None, "x_high": None, "x_unit": "%", "x_qualifier": None,
         "x_as_of": "2024-10-29", "x_status": "confirmed"}]
    assert [(r["_status"], r["_x_prose"]) for r in out.rows] == [
        ("Confirmed, as of 29 October 2024", "17.4% (confirmed, as of 4 July 2024)"),
        ("Confirmed, as of 29 October 2024", "18.8%")]


SERIES_LINE = len((EV_DUTIES / "data" / "charts.yaml").read_text().splitlines()) + SCATTER.splitlines().index("    - name: Carmakers") + 1


@pytest.mark.parametrize("chart, problem", [
    (SCATTER.replace(", x: geely.definitive", ""),
     f"data/charts.yaml:{SERIES_LINE}:7: provisional-vs-definitive.series[0]: every scatter point needs an x figure"),
    (SCATTER.replace("ref: saic.definitive", "ref: sampled-carmakers"),
     f"data/charts.yaml:{SERIES_LINE}:7: provisional-vs-definitive.series[0]: 'sampled-carmakers' has no value to plot"),
], ids=["a scatter point without x", "a point on a figure without a value"])
def test_a_point_that_cannot_be_plotted_is_refused_at_its_series(tmp_path: Path, chart: str, problem: str) -> None:
    statement = """
    - id: sampled-carmakers
      statement: The sample named three carmakers.
      as_of: 2024-10-29
      sources: [eu-reg-2024-2754]
      status: confirmed
    """
    with pytest.raises(InputError) as refused:
        charts.run(ev_derived(tmp_path, chart, statement))
    assert [str(p) for p in refused.value.problems] == [problem]


def test_a_charts_reference_lines_are_rows_of_its_data_after_its_series(derived: derive.Derivation) -> None:
    """A threshold is downloaded and tabled with the plotted values, as series "Threshold", under its own label."""
    out = charts.run(derived)["tpp-thresholds"]
    assert [(r["series"], r["label"], r["figure"], r["value"]) for r in out.rows if r["series"] != "TPP"] == [
        ("Threshold", "3A090.a threshold", "tpp-threshold-3a090", derived.figures["tpp-threshold-3a090"].value),
        ("Threshold", "Reported licence cap", "tpp-cap-reported", derived.figures["tpp-cap-reported"].value)]
    assert out.rows[-1]["series"] == "Threshold" and out.rows[0]["series"] == "TPP"


def test_every_chart_download_of_the_edges_project_is_the_recorded_one() -> None:
    """Each chart of the edges fixture (ranges with and without a central value, whole numbers, a scatter with an x
    range, thresholds, a timeline) gives the plotted figure and the CSV and JSON downloads the golden test recorded."""
    edges = REPO / "tests" / "fixtures" / "edges"
    recorded = REPO / "tests" / "golden" / "edges" / "assets" / "charts"
    files = {name: data for out in charts.run(derive.run(validate.run(load.run(edges)))).values() for name, data in out.files.items()}
    assert sorted(files) == sorted(path.name for path in recorded.iterdir())
    assert [name for name, data in files.items() if data != (recorded / name).read_bytes()] == []
