"""The one-way pipeline: load → validate → derive → chart → render → publish.

Each stage takes the previous stage's output and nothing else. ``build`` renders into
``build/docs`` (rewriting only changed files), has MkDocs publish into a fresh folder, and
swaps that folder in as ``site/`` only when every stage succeeded.
"""
from __future__ import annotations

import calendar
import contextlib
import fcntl
import functools
import hashlib
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from . import (
    cache,
    charts,
    collect,
    derive,
    editions,
    feed,
    load,
    nesting,
    pdf,
    records,
    render,
    siteconfig,
    static_charts,
    templating,
    validate,
)
from .errors import BuildError, InputError, Problem
from .history import Histories, histories
from .pagecache import PageCache

Report = Callable[[str], None]
CACHE = Path("build") / "cache" / "objects"  # the one store of reusable outputs (cache.py)
PAGE_INDEX = Path("build") / "cache" / "pages.json"  # what each page read, to find its output in the store
VENDOR_SCRIPT = "assets/vendor/plotly-basic.min.js"


@dataclass
class Timings:
    stages: dict[str, float] = field(default_factory=dict)

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        self.stages[name] = self.stages.get(name, 0.0) + time.perf_counter() - start


@dataclass
class Prepared:
    """Everything the render stage needs, and nothing that needs a browser."""

    derived: derive.Derivation
    charts: dict[str, charts.ChartOutput]
    changes: editions.Changes
    history: list  # every edition with its changes, newest first (the edition feed)
    histories: Histories  # every figure's value in each edition (the history pages)


def prepare(root: Path, timings: Timings | None = None, store: cache.Store | None = None) -> Prepared:
    """Load, validate, derive (with the changes since the last edition) and chart.

    Every stage that can run does, so one InputError lists the problems of data, references,
    formulas and pages at once."""
    timings = timings or Timings()
    found: list[Problem] = []
    with timings.stage("load and validate"):
        dataset = load.read(root, store)
        found += dataset.problems
        if not dataset.editions:
            raise InputError(found)
        collect.stage(found, dataset, validate.run, dataset)
        found += nesting.formula_problems(dataset)
        collect.leave_out(dataset, found)
    with timings.stage("derive"):
        derived = collect.stage(found, dataset, derive.run, dataset)
        changes = derived and collect.stage(found, dataset, editions.run, derived)
        kept = derived and editions.records(derived)
        history = kept and editions.history(derived, kept)
        figure_histories = kept and collect.stage(found, dataset, histories, kept, derived)
    with timings.stage("chart data"):
        outputs = derived and collect.stage(found, dataset, charts.run, derived)
    too_deep = nesting.page_problems(dataset)  # before Jinja and Markdown read the pages
    found += too_deep
    if found:
        if derived and outputs is not None and not too_deep:
            collect.stage(found, dataset, functools.partial(render.run, histories=figure_histories), derived, outputs, {}, changes)
        raise InputError(found)
    return Prepared(derived, outputs, changes, history, figure_histories)


def configured(root: Path, timings: Timings | None = None, store: cache.Store | None = None) -> tuple[dict, Prepared]:
    """The project's mkdocs.yml and its prepared data, with the problems of both reported together."""
    problems: list = []
    try:
        config = siteconfig.project_config(root)
    except InputError as err:
        problems, config = err.problems, {}
    try:
        p = prepare(root, timings, store)
    except InputError as err:
        raise InputError(problems + err.problems) from None
    if problems:
        raise InputError(problems)
    return config, p


def check(root: Path) -> derive.Derivation:
    """Validate data, content and the nav without exporting or publishing anything."""
    config, p = configured(root)
    tree = render.run(p.derived, p.charts, {}, p.changes, histories=p.histories)
    siteconfig.check_nav(root, config, set(tree))
    return p.derived


def generate(root: Path, report: Report, timings: Timings | None = None, preview: bool = False) -> derive.Derivation:
    """Write the complete docs tree to ``build/docs``; returns the derived data. The caller holds ``build_lock``.

    A preview exports no PDFs and no new static charts (cached ones are used): it must take under a second."""
    timings = timings or Timings()
    store = cache.Store(root / CACHE)
    config, p = configured(root, timings, store)
    derived, outputs = p.derived, p.charts
    for warning in filter(None, [records.missing_warning(p.changes), *siteconfig.unlisted_pages(root, config),
                                 *(f"warning: {w}" for w in p.derived.warnings)]):  # sourcing: printed, never fatal
        report(warning)
    report(f"loaded {len(derived.ds.facts)} facts, {len(derived.ds.table_figures)} table figures, "
           f"{len(derived.ds.sources)} sources; derived {len(derived.ds.derived)} figures")
    with timings.stage("render markdown"):
        pages = PageCache(derived, outputs, templating.TEMPLATES, store, root / PAGE_INDEX)
        tree = render.run(derived, outputs, vendor_files(root), p.changes, pages, has_feed=bool(config.get("site_url")),
                          histories=p.histories)
    siteconfig.check_nav(root, config, set(tree))
    if config.get("site_url"):  # a feed needs the site's address: its entries are the editions' own
        tree["feed.xml"] = feed.atom(config.get("site_name", ""), config["site_url"], p.history, derived.ds.registry)
    tree.update(export(derived, outputs, tree, p.changes, store, report, timings, pdfs=not preview))
    with timings.stage("render markdown"):
        written = sync_tree(tree, root / "build" / "docs")
        sync_tree(siteconfig.theme_files(root, config), root / "build" / "theme")
        sync_tree({"mkdocs.yml": siteconfig.child_config(config).encode()}, root / "build" / "config")
        pages.save()
        if not preview:  # a full build used every output it needs: the rest is stale
            store.sweep()
    report(f"content pages: {pages.reused} unchanged and reused; entity pages: {pages.reused_entities} reused; "
           f"docs tree: {len(tree)} files, {written} rewritten")
    return derived


def export(d: derive.Derivation, outputs: dict[str, charts.ChartOutput], tree: dict[str, bytes], changes: editions.Changes,
           store: cache.Store, report: Report, timings: Timings, pdfs: bool = True, only: str | None = None,
           paper: str | None = None) -> dict[str, bytes]:
    """The output end: chart images, then PDF briefings of the rendered tree, through Chromium and
    kept in the store. A preview (``pdfs=False``) exports nothing new and gives the images stored."""
    with timings.stage("static chart export"):
        images = static_charts.run(outputs, tree[VENDOR_SCRIPT], store, export=pdfs)
    report(f"static charts: {images.exported} exported, {images.cached} from cache")
    if not pdfs:
        return images.files
    with timings.stage("pdf export"):
        printed = pdf.run(d, outputs, {**tree, **images.files}, store, changes, only, paper)
    report(f"pdf briefings: {', '.join(b.id for b in d.ds.briefings if f'pdf/{b.id}.pdf' in printed) or 'none'}")
    return {**images.files, **printed}


def export_pdf(root: Path, out_dir: Path, report: Report, only: str | None = None, paper: str | None = None) -> list[Path]:
    """Export one briefing (or all) as PDF into ``out_dir`` without publishing the site."""
    with build_lock(root):
        return _export_pdf(root, out_dir, report, only, paper)


def _export_pdf(root: Path, out_dir: Path, report: Report, only: str | None, paper: str | None) -> list[Path]:
    store = cache.Store(root / CACHE)
    p = prepare(root, store=store)
    pdf.choose(p.derived.ds.briefings, only)  # a misspelt name is refused before anything is rendered
    tree = render.run(p.derived, p.charts, vendor_files(root), p.changes, histories=p.histories)
    written = []
    printed = export(p.derived, p.charts, tree, p.changes, store, lambda line: None, Timings(), only=only, paper=paper)
    for rel, blob in sorted((rel, blob) for rel, blob in printed.items() if rel.startswith("pdf/")):
        target = out_dir / Path(rel).name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob)
        written.append(target)
        report(f"wrote {target}")
    return written


GENERATOR_HOME = Path(__file__).resolve().parent.parent  # the checkout the generator runs from, with its npm assets
PLOTLY_VERSION = "4.1.1"  # as pinned in package.json


def vendor_files(root: Path) -> dict[str, bytes]:
    """The self-hosted Plotly bundle and its licence, from the pinned npm package: the project's own
    ``node_modules`` if it has one, else the generator's."""
    homes = [root, GENERATOR_HOME]
    package = next((home / "node_modules" / charts.PLOTLY_BUNDLE for home in homes
                    if (home / "node_modules" / charts.PLOTLY_BUNDLE / "plotly-basic.min.js").exists()), None)
    if package is None:
        raise BuildError(f"the Plotly bundle (npm package {charts.PLOTLY_BUNDLE}) is missing: run `make install` in the "
                         f"generator's clone, or `npm install {charts.PLOTLY_BUNDLE}@{PLOTLY_VERSION}` in {root}")
    bundle = package / "plotly-basic.min.js"
    return {VENDOR_SCRIPT: bundle.read_bytes(), "assets/vendor/plotly-basic.LICENSE.txt": (package / "LICENSE").read_bytes()}


def sync_tree(tree: dict[str, bytes], folder: Path) -> int:
    """Make ``folder`` hold exactly ``tree``, writing only files whose bytes changed."""
    written = 0
    for rel, blob in tree.items():
        path = folder / rel
        if path.exists() and path.read_bytes() == blob:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(blob)
        tmp.replace(path)
        written += 1
    for path in sorted(folder.rglob("*"), reverse=True):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and rel not in tree:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return written


@contextlib.contextmanager
def build_lock(root: Path) -> Iterator[None]:
    """Serialise everything that writes build/ or site/: a second process waits for the first.

    Taken once, by each command that writes (build, pdf, publish, each preview of serve)."""
    lock_path = root / "build" / ".lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def epoch(day) -> int:
    """SOURCE_DATE_EPOCH for an edition date: tools that stamp times use the edition's."""
    return calendar.timegm(day.timetuple())


def mkdocs_build(root: Path, out: Path, edition_epoch: int) -> None:
    """Publish ``build/docs`` with MkDocs in strict mode into ``out``."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(edition_epoch)}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "build" / "config" / "mkdocs.yml"),
                             "-d", str(out)], cwd=root, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        warnings = [line for line in (result.stderr + result.stdout).splitlines() if line.startswith(("WARNING", "ERROR"))]
        raise BuildError("MkDocs build failed:\n" + "\n".join(warnings[:20] or [result.stderr.strip()]))


PINNED = ("mkdocs", "mkdocs-material", "plotly", "playwright", "pandas", "pydantic", "jinja2", "markdown", "mike")


def inputs_digest(root: Path) -> str:
    """A hash of everything a build reads: data, pages, theme, configuration, the generator and the
    packages it drives, and the published record of earlier editions (for What changed)."""
    from importlib.metadata import version

    digest = hashlib.sha256(os.environ.get("SITE_URL", "").encode())
    digest.update(" ".join(f"{name}={version(name)}" for name in PINNED).encode())
    refs = subprocess.run(["git", "rev-parse", "--verify", "-q", *load.PUBLISH_BRANCHES], cwd=root, capture_output=True)
    digest.update(refs.stdout)
    files = [root / "mkdocs.yml", root / "package-lock.json", root / "requirements.lock", root / "pyproject.toml",
             *sorted(Path(__file__).parent.rglob("*")), *sorted(siteconfig.theme_dir().rglob("*")),
             *(p for folder in ("data", "content", "site_theme") for p in sorted((root / folder).rglob("*")))]
    for path in files:
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root) if path.is_relative_to(root) else path.name).encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def build(root: Path, report: Report, site: Path | None = None, timings: Timings | None = None) -> derive.Derivation | None:
    """Generate and publish the site; ``site/`` is replaced only if everything succeeded.

    Returns None when nothing changed since the last successful build (the site is left as it is).
    """
    timings = timings or Timings()
    site = site or root / "site"
    stamp = root / "build" / "inputs.sha256"
    with build_lock(root):
        with timings.stage("change detection"):
            digest = inputs_digest(root)
        if site.exists() and stamp.exists() and stamp.read_text() == digest:
            report("nothing changed since the last build; site/ is up to date")
            return None
        stamp.unlink(missing_ok=True)
        derived = generate(root, report, timings)
        staging = root / "build" / "site-next"
        shutil.rmtree(staging, ignore_errors=True)
        with timings.stage("mkdocs build"):
            mkdocs_build(root, staging, epoch(derived.ds.edition.date.day))
        previous = root / "build" / "site-previous"
        shutil.rmtree(previous, ignore_errors=True)
        if site.exists():
            site.replace(previous)
        staging.replace(site)
        shutil.rmtree(previous, ignore_errors=True)
        stamp.write_text(digest)
    report(f"site written to {site}")
    return derived
