"""Benchmark the generator at 1x, 10x and 100x the H200 briefing, side by side with plain MkDocs.

For each scale it makes a synthetic project (every record, page, chart and briefing copied N
times with renamed ids), builds it in a fresh process, and measures: time per stage, a no-op
rebuild, a rebuild after changing one fact, peak memory, output size, the largest page, and the
bytes of JavaScript and JSON a chart page loads (raw and gzip). Each copy is a section of the nav,
as on a desk that publishes many briefings on one site. It also times plain ``mkdocs build`` of the
same docs tree, the floor of publishing, with Material's default nav and with ``navigation.prune``
(and Zensical, when one is installed), so the generator's own cost is a ratio. Prints a table, then
issue 16's figures beside those of an earlier run (``benchmarks/baseline.json``, measured before the
changes of that issue), and writes ``bench-results/bench.json``.

    python benchmarks/bench.py                 # 1x, 10x, 100x
    python benchmarks/bench.py --scales 1,10   # a quicker run
    python benchmarks/bench.py --zensical /path/to/venv/bin/zensical
    python benchmarks/bench.py --zensical none  # skip Zensical

Without ``--zensical`` it installs Zensical into a throwaway virtual environment under
``bench-results/`` (never the project's): ``ZENSICAL`` is the newest version that installs from the
package index here (0.1.x needs a ``zensical-ui`` the index does not have).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
LIST_FILES = ["sources.yaml", "entities.yaml", "events.yaml", "assumptions.yaml", "derived.yaml", "checks.yaml",
              "charts.yaml", "briefings.yaml"]
GENERATOR_STAGES = ["change detection", "load and validate", "derive", "chart data", "render markdown"]


# --- a synthetic project --------------------------------------------------------------------

def _ids(data_dir: Path) -> list[str]:
    ids = []
    for path in sorted(data_dir.rglob("*.yaml")):
        raw = yaml.safe_load(path.read_text())
        records = raw if isinstance(raw, list) else [r for key in ("figures",) for r in raw.get(key, [])]
        ids += [r["id"] for r in records if isinstance(r, dict) and "id" in r and path.name != "editions.yaml"]
    return sorted(set(ids), key=len, reverse=True)


REFERENCE_KEYS = {"id", "sources", "relays", "subjects", "facts", "item", "claim", "against", "ref", "x", "key_facts", "charts"}
FORMULA_KEYS = {"formula", "low", "central", "high"}


def _renamer(ids: list[str], suffix: str):
    """Rename ids where they are references: id fields, reference lists, {id} in formulas, quoted ids in pages."""
    known = set(ids)
    in_braces = re.compile(r"\{([a-z0-9-]+)((?:\.[a-z0-9-]+)?)\}")
    quoted = re.compile(r'"([a-z0-9-]+)((?:\.[a-z0-9-]+)?)"')

    def one(value: str) -> str:
        head, dot, tail = value.partition(".")
        return head + suffix + dot + tail if head in known else value

    def walk(node, key=None):
        if isinstance(node, dict):
            return {k: walk(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, key) for v in node]
        if isinstance(node, str) and key in REFERENCE_KEYS:
            return one(node)
        if isinstance(node, str) and key in FORMULA_KEYS:
            return in_braces.sub(lambda m: "{" + one(m[1] + m[2]) + "}", node)
        return node

    def page(text: str) -> str:
        return quoted.sub(lambda m: '"' + one(m[1] + m[2]) + '"', text)

    return walk, page


def make_project(scale: int, target: Path) -> Path:
    """The H200 project with every record, page, chart and briefing present ``scale`` times."""
    for part in ("data", "content", "site_theme", "mkdocs.yml", "package-lock.json"):
        src = REPO / part
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, target / part)
    (target / "node_modules").symlink_to(REPO / "node_modules")
    data = target / "data"
    ids = _ids(data)
    originals = {name: (data / name).read_text() for name in LIST_FILES}
    facts = {p.name: p.read_text() for p in (data / "facts").glob("*.yaml")}
    chips = yaml.safe_load((data / "tables" / "chips.yaml").read_text())
    # The methodology page lists every derived figure of the whole project: one copy, not N.
    pages = sorted(p for p in (REPO / "content").glob("*.md") if p.name != "methodology.md")
    copy_chips = sorted({s["item"] for s in chips["figures"]})
    # Each briefing's table shows its own chips, as a real briefing would, not every copy's: the original's too.
    own_chips = '{{ table("chips", items=%s) }}' % json.dumps(copy_chips)
    for page in pages if scale > 1 else []:
        original = target / "content" / page.name
        original.write_text(original.read_text().replace('{{ table("chips") }}', own_chips))
    for k in range(1, scale):
        rename, rename_page = _renamer(ids, f"-x{k}")
        for name, text in originals.items():
            copy = rename(yaml.safe_load(text) or [])
            if name == "charts.yaml":  # the timeline plots every event already: one is enough
                copy = [c for c in copy if c["kind"] != "timeline"]
            if name == "briefings.yaml":
                for b in copy:
                    b["pages"] = [f"x{k}/{p}" for p in b["pages"] if p != "methodology"]
            path = data / name
            path.write_text(path.read_text() + "\n" + yaml.safe_dump(copy, sort_keys=False, allow_unicode=True))
        for name, text in facts.items():
            (data / "facts" / f"x{k}-{name}").write_text(yaml.safe_dump(rename(yaml.safe_load(text)), sort_keys=False, allow_unicode=True))
        chips["figures"] += rename(yaml.safe_load((REPO / "data/tables/chips.yaml").read_text())["figures"])
        for page in pages:
            out = target / "content" / f"x{k}" / page.name
            out.parent.mkdir(parents=True, exist_ok=True)
            text = page.read_text().replace('{{ table("chips") }}', own_chips)
            out.write_text(rename_page(text).replace("](", "](../"))
    (data / "tables" / "chips.yaml").write_text("# yaml-language-server: $schema=../schema/tables.schema.json\n"
                                                + yaml.safe_dump(chips, sort_keys=False))
    config = target / "mkdocs.yml"
    config.write_text(nav_with_copies(config.read_text(), [f"x{k}/{page.name}" for k in range(1, scale) for page in pages]))
    return target


def nav_with_copies(config: str, copies: list[str]) -> str:
    """The nav with a section per copied briefing, as a desk publishing many briefings on one site lists them:
    without it, MkDocs' cost of rendering the nav on every page (pages x nav) would not be measured."""
    lines = config.splitlines(keepends=True)
    start = lines.index("nav:\n")
    end = next((i for i in range(start + 1, len(lines)) if lines[i][:1] not in ("", " ", "\n", "#")), len(lines))
    sections: dict[str, list[str]] = {}
    for page in copies:
        sections.setdefault(page.split("/")[0], []).append(page)
    added = "".join(f"  - Briefing {folder}:\n" + "".join(f"      - {page}\n" for page in folder_pages)
                    for folder, folder_pages in sections.items())
    return "".join(lines[:end]) + added + "".join(lines[end:])


# --- one scale, in its own process -----------------------------------------------------------

def stored_pdfs(project: Path) -> set[str]:
    """The PDFs in the build's store (objects named by what they were made from): a new name is a PDF printed again."""
    from generator import pipeline

    return {p.name for p in (project / pipeline.CACHE).glob("*/*") if p.read_bytes()[:5] == b"%PDF-"}


def measure(project: Path) -> dict:
    from generator import pipeline

    quiet = lambda line: None  # noqa: E731
    result: dict = {}
    timings = pipeline.Timings()
    start, cpu_start = time.perf_counter(), cpu_seconds()
    pipeline.build(project, quiet, timings=timings)
    result["full_build_s"] = time.perf_counter() - start
    result["full_build_cpu_s"] = cpu_seconds() - cpu_start
    result["stages_s"] = timings.stages
    start = time.perf_counter()
    pipeline.build(project, quiet)
    result["noop_rebuild_s"] = time.perf_counter() - start
    facts = project / "data" / "facts" / "volumes-prices.yaml"
    # The statement states the value, and the build checks that they agree: change both.
    changed = facts.read_text().replace("about 700,000 H200", "about 710,000 H200", 1).replace("value: 700000", "value: 710000", 1)
    facts.write_text(changed)
    printed_before = stored_pdfs(project)
    one = pipeline.Timings()
    start, cpu_start = time.perf_counter(), cpu_seconds()
    pipeline.build(project, quiet, timings=one)
    result["one_fact_rebuild_s"] = time.perf_counter() - start
    result["one_fact_rebuild_cpu_s"] = cpu_seconds() - cpu_start
    result["one_fact_pdfs_printed"] = len(stored_pdfs(project) - printed_before)
    result["one_fact_stages_s"] = one.stages
    result["peak_memory_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["peak_memory_mkdocs_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return result


def cpu_seconds() -> float:
    """CPU time of this process and of every child it has waited for (MkDocs, Chromium through its driver)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def with_prune(config: str, prune: bool) -> str:
    """The project's mkdocs.yml with Material's ``navigation.prune`` feature on or off."""
    config = re.sub(r"(?m)^    - navigation\.prune\b.*\n", "", config)
    return config.replace("  features:\n", "  features:\n    - navigation.prune\n", 1) if prune else config


def plain_mkdocs(project: Path, prune: bool) -> float:
    """The floor: MkDocs alone publishing the docs tree the generator wrote, with the nav pruned or in full."""
    config = project / f"mkdocs-{'pruned' if prune else 'default'}.yml"
    config.write_text(with_prune((project / "mkdocs.yml").read_text(), prune))
    out = Path(tempfile.mkdtemp())
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(out)],
                   cwd=project, check=True, capture_output=True)
    elapsed = time.perf_counter() - start
    shutil.rmtree(out)
    return elapsed


ZENSICAL = "zensical==0.0.73"


def zensical_executable(choice: str | None, folder: Path) -> Path | None:
    """The zensical to time: the one given, else one on PATH, else one installed into ``folder`` (a
    throwaway virtual environment); None when it cannot be had (the table then shows "-")."""
    if choice == "none":
        return None
    if choice or shutil.which("zensical"):
        return Path(choice or shutil.which("zensical"))
    executable = folder / "bin" / "zensical"
    if not executable.exists():
        print(f"installing {ZENSICAL} into {folder} (a throwaway environment, not the project's) ...", file=sys.stderr, flush=True)
        made = subprocess.run([sys.executable, "-m", "venv", "--clear", str(folder)], capture_output=True, text=True)
        installed = made.returncode == 0 and subprocess.run([str(folder / "bin" / "python"), "-m", "pip", "install", "-q", ZENSICAL],
                                                            capture_output=True, text=True)
        if not installed or installed.returncode != 0:
            print(f"Zensical could not be installed; it is left out: {(installed.stderr if installed else made.stderr).strip()[-300:]}",
                  file=sys.stderr)
            return None
    return executable


def plain_zensical(project: Path, zensical: Path) -> float:
    """Zensical (Material's successor) publishing the same docs tree from the same pruned configuration."""
    out = project / "zensical-site"  # Zensical refuses a site_dir outside the project
    config = project / "mkdocs-zensical.yml"
    config.write_text(re.sub(r"(?m)^site_dir: .*$", f"site_dir: {out.name}", (project / "mkdocs-pruned.yml").read_text()))
    start = time.perf_counter()
    subprocess.run([str(zensical), "build", "--clean", "-f", str(config)], cwd=project, check=True, capture_output=True)
    elapsed = time.perf_counter() - start
    shutil.rmtree(out)
    return elapsed


def page_weight(site: Path, page: str) -> dict:
    """Bytes of JavaScript and chart JSON a chart page makes the browser load, raw and gzip."""
    html_path = site / page / "index.html"
    html = html_path.read_text()
    files = [(html_path.parent / src).resolve() for src in re.findall(r'<script src="([^"]+)"', html)]
    files += [(html_path.parent / src).resolve() for src in re.findall(r'data-bf-chart="([^"]+)"', html)]
    files.append(site / "assets" / "vendor" / "plotly-basic.min.js")  # briefing.js fetches it where a chart is
    raw = sum(f.stat().st_size for f in files)
    zipped = sum(len(gzip.compress(f.read_bytes(), 6)) for f in files)
    plotly = next(f for f in files if "plotly" in f.name)
    return {"files": len(files), "raw_kb": raw / 1024, "gzip_kb": zipped / 1024,
            "plotly_gzip_kb": len(gzip.compress(plotly.read_bytes(), 6)) / 1024}


def site_stats(site: Path) -> dict:
    pages = list(site.rglob("*.html"))
    largest = max(pages, key=lambda p: p.stat().st_size)
    return {"output_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 2**20,
            "pages": len(pages), "largest_page": largest.relative_to(site).as_posix(),
            "largest_page_kb": largest.stat().st_size / 1024,
            "home_page_kb": (site / "index.html").stat().st_size / 1024,
            "chart_page": page_weight(site, "volumes")}


def run_scale(scale: int, workdir: Path, zensical: Path | None) -> dict:
    project = make_project(scale, workdir / f"x{scale}")
    child = subprocess.run([sys.executable, __file__, "--measure", str(project)], capture_output=True, text=True)
    if child.returncode != 0:
        raise SystemExit(f"scale {scale} failed:\n{child.stderr[-3000:]}")
    result = json.loads(child.stdout)
    result["scale"] = scale
    # Interleaved and repeated where it is cheap, the fastest run of each: other load on the machine
    # slows single runs by more than the difference being measured.
    runs = [(plain_mkdocs(project, prune=False), plain_mkdocs(project, prune=True)) for _ in range(3 if scale <= 10 else 1)]
    result["mkdocs_plain_s"], result["mkdocs_pruned_s"] = (min(times) for times in zip(*runs))
    if zensical:
        result["zensical_s"] = plain_zensical(project, zensical)
        result["zensical_version"] = subprocess.run([str(zensical), "--version"], capture_output=True, text=True).stdout.strip()
    result["load_average"] = os.getloadavg()[0]
    result["html_site_s"] = result["full_build_s"] - result["stages_s"].get("pdf export", 0)
    result["html_site_vs_pruned"] = result["html_site_s"] / result["mkdocs_pruned_s"]
    result["pdf_per_briefing_s"] = result["stages_s"].get("pdf export", 0) / max(1, len(yaml.safe_load((project / "data" / "briefings.yaml").read_text()) or []))
    result["one_fact_vs_full"] = result["one_fact_rebuild_s"] / result["full_build_s"]
    own = sum(result["stages_s"].get(s, 0) for s in GENERATOR_STAGES)
    result["generator_own_s"] = own
    result["own_vs_mkdocs"] = own / result["mkdocs_plain_s"]
    result["noop_vs_full"] = result["noop_rebuild_s"] / result["full_build_s"]
    result["one_fact_own_s"] = sum(result["one_fact_stages_s"].get(s, 0) for s in GENERATOR_STAGES)
    result["one_fact_vs_own"] = result["one_fact_own_s"] / own
    result.update(site_stats(project / "site"))
    result["counts"] = {name: len(yaml.safe_load((project / "data" / name).read_text()) or [])
                        for name in ("sources.yaml", "entities.yaml", "charts.yaml", "briefings.yaml")}
    result["counts"]["facts"] = sum(len(yaml.safe_load(p.read_text())) for p in (project / "data" / "facts").glob("*.yaml"))
    result["counts"]["pages"] = len(list((project / "content").rglob("*.md")))
    return result


def machine() -> dict:
    mem = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), "0")
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory_gb": round(int(mem) / 2**20, 1),
            "python": platform.python_version(), "system": platform.platform()}


def table(results: list[dict]) -> str:
    rows = [("scale", lambda r: f"{r['scale']}x"),
            ("facts / pages / charts", lambda r: f"{r['counts']['facts']} / {r['counts']['pages']} / {r['counts']['charts.yaml']}"),
            ("load and validate (s)", lambda r: f"{r['stages_s'].get('load and validate', 0):.2f}"),
            ("derive (s)", lambda r: f"{r['stages_s'].get('derive', 0):.2f}"),
            ("chart data (s)", lambda r: f"{r['stages_s'].get('chart data', 0):.2f}"),
            ("static chart export (s)", lambda r: f"{r['stages_s'].get('static chart export', 0):.2f}"),
            ("render markdown (s)", lambda r: f"{r['stages_s'].get('render markdown', 0):.2f}"),
            ("PDF export (s)", lambda r: f"{r['stages_s'].get('pdf export', 0):.2f}"),
            ("MkDocs build in pipeline (s)", lambda r: f"{r['stages_s'].get('mkdocs build', 0):.2f}"),
            ("plain: MkDocs / pruned / Zensical (s)", lambda r: f"{r['mkdocs_plain_s']:.1f} / {r['mkdocs_pruned_s']:.1f} / "
                                                            + (f"{r['zensical_s']:.1f}" if "zensical_s" in r else "-")),
            ("generator's own stages (s)", lambda r: f"{r['generator_own_s']:.2f}"),
            ("own / plain MkDocs", lambda r: f"{r['own_vs_mkdocs']:.0%}"),
            ("full build (s)", lambda r: f"{r['full_build_s']:.2f}"),
            ("no-op rebuild (s)", lambda r: f"{r['noop_rebuild_s']:.3f} ({r['noop_vs_full']:.1%})"),
            ("one-fact rebuild (s)", lambda r: f"{r['one_fact_rebuild_s']:.2f}"),
            ("one-fact own stages / full own", lambda r: f"{r['one_fact_vs_own']:.0%}"),
            ("peak memory: generator / largest child (MB)", lambda r: f"{r['peak_memory_mb']:.0f} / {r['peak_memory_mkdocs_mb']:.0f}"),
            ("output size (MB)", lambda r: f"{r['output_mb']:.1f}"),
            ("largest page (KB)", lambda r: f"{r['largest_page_kb']:.0f} ({r['largest_page']})"),
            ("home page (KB)", lambda r: f"{r['home_page_kb']:.0f}"),
            ("chart page JS+JSON raw / gzip (KB)", lambda r: f"{r['chart_page']['raw_kb']:.0f} / {r['chart_page']['gzip_kb']:.0f}")]
    width = max(len(name) for name, _ in rows)
    lines = []
    for name, cell in rows:
        lines.append(f"{name:<{width}}  " + "  ".join(f"{cell(r):>22}" for r in results))
    return "\n".join(lines)


ISSUE_ROWS = [  # issue 16's table: what a desk waits for
    ("full build (s)", lambda r: f"{r['full_build_s']:.1f}"),
    ("  CPU, all processes (s)", lambda r: f"{r['full_build_cpu_s']:.1f}"),
    ("  HTML site / plain pruned MkDocs", lambda r: f"{r['html_site_vs_pruned']:.2f}x"),
    ("  PDF export (s)", lambda r: f"{r['stages_s'].get('pdf export', 0):.1f}"),
    ("  PDF per briefing (s)", lambda r: f"{r['pdf_per_briefing_s']:.2f}"),
    ("  static chart export (s)", lambda r: f"{r['stages_s'].get('static chart export', 0):.1f}"),
    ("one-fact change (s, % of full)", lambda r: f"{r['one_fact_rebuild_s']:.1f} ({r['one_fact_vs_full']:.0%})"),
    ("  PDFs printed again", lambda r: f"{r['one_fact_pdfs_printed']} of {r['counts']['briefings.yaml']}"),
    ("  PDF export in it (s)", lambda r: f"{r['one_fact_stages_s'].get('pdf export', 0):.1f}"),
    ("peak memory, generator (MB)", lambda r: f"{r['peak_memory_mb']:.0f}"),
    ("largest page (KB)", lambda r: f"{r['largest_page_kb']:.0f}"),
    ("plain MkDocs default nav / pruned (s)", lambda r: f"{r['mkdocs_plain_s']:.1f} / {r['mkdocs_pruned_s']:.1f}"
                                                        if "mkdocs_pruned_s" in r else f"{r['mkdocs_plain_s']:.1f} / -"),
    ("Zensical, same docs tree (s)", lambda r: f"{r['zensical_s']:.1f}" if "zensical_s" in r else "-"),
    ("machine load (1-min average) at the end", lambda r: f"{r['load_average']:.1f}"),
]


def growth(results: list[dict]) -> list[dict]:
    return [{"from": a["scale"], "to": b["scale"], "own_time_ratio": b["generator_own_s"] / a["generator_own_s"],
             "full_build_ratio": b["full_build_s"] / a["full_build_s"]} for a, b in zip(results, results[1:])]


def issue_table(results: list[dict], baseline: list[dict]) -> str:
    """Issue 16's figures, before (``benchmarks/baseline.json``) and now, side by side at each scale."""
    before = {r["scale"]: r for r in baseline}
    width = max(len(name) for name, _ in ISSUE_ROWS)
    head = "  ".join(f"{str(r['scale']) + 'x before':>16}  {'now':>16}" for r in results)
    lines = [f"{'':<{width}}  {head}"]
    for name, cell in ISSUE_ROWS:
        cells = []
        for r in results:
            old = before.get(r["scale"])
            try:
                was = cell(old) if old else "-"
            except KeyError:  # a figure the baseline's benchmark did not measure
                was = "-"
            cells.append(f"{was:>16}  {cell(r):>16}")
        lines.append(f"{name:<{width}}  " + "  ".join(cells))
    for old_growth, new_growth in zip(growth(baseline) or [None] * len(results), growth(results)):
        was = f"x{old_growth['own_time_ratio']:.1f}" if old_growth else "-"
        lines.append(f"own stages growth {new_growth['from']}x -> {new_growth['to']}x: before {was}, now x{new_growth['own_time_ratio']:.1f}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--output", type=Path, default=REPO / "bench-results" / "bench.json")
    parser.add_argument("--baseline", type=Path, default=Path(__file__).parent / "baseline.json",
                        help="an earlier run's bench.json, printed side by side (default: %(default)s)")
    parser.add_argument("--zensical", help="a zensical executable to time on the same docs tree, or 'none' (default: the "
                                           f"one on PATH, else {ZENSICAL} installed into bench-results/zensical-venv)")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    results = []
    zensical = zensical_executable(args.zensical, REPO / "bench-results" / "zensical-venv")
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        for scale in (int(s) for s in args.scales.split(",")):
            print(f"building {scale}x ...", file=sys.stderr, flush=True)
            results.append(run_scale(scale, Path(tmp), zensical))
    report = {"machine": machine(), "results": results}
    if len(results) > 1:
        report["growth"] = growth(results)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=1, sort_keys=True))
    print(f"machine: {report['machine']['cpus']} cores, {report['machine']['cpu']}, {report['machine']['memory_gb']} GB, "
          f"Python {report['machine']['python']}")
    print(table(results))
    for g in report.get("growth", []):
        print(f"growth {g['from']}x -> {g['to']}x: generator's own stages x{g['own_time_ratio']:.1f}, full build x{g['full_build_ratio']:.1f}")
    baseline = json.loads(args.baseline.read_text())["results"] if args.baseline.exists() else []
    print(f"\nissue 16's figures, before ({args.baseline.name if baseline else 'no baseline'}) and now:")
    print(issue_table(results, baseline))
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
