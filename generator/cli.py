"""The ``briefing`` command: a thin layer over ``generator.pipeline``.

Exit codes: 0 success, 2 the user's input is wrong (every problem listed), 1 our fault or a tool's.
"""
from __future__ import annotations

import argparse
import sys
import threading
import traceback
from pathlib import Path

from rich.console import Console

from . import __version__, pipeline
from .errors import BuildError, InputError

EXAMPLES = {
    "check": "Validate data/ and content/ without building.\n\nexample:\n  briefing check\n  briefing check --root path/to/project",
    "build": "Generate the docs tree and publish the site into site/ (replaced only on success).\n\nexample:\n  briefing build",
    "pdf": "Export the PDF briefings declared in data/briefings.yaml (all, or the one named).\n\nexample:\n  briefing pdf\n  briefing pdf h200-summary --paper Letter --output ~/briefings",
    "publish": "Build and deploy the last declared edition with mike to the gh-pages branch (pushed when a remote is set).\n\nexample:\n  briefing publish 2026-11-23",
    "schema": "Write data/schema/*.schema.json from the data model, so editors validate YAML as you type.\n\nexample:\n  briefing schema",
    "serve": "Build, then preview at http://127.0.0.1:8000, regenerating when data/ or content/ change.\n\nexample:\n  briefing serve --port 8001",
}

console = Console(stderr=True, highlight=False, soft_wrap=True)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="briefing", description="Turn sourced YAML facts into a briefing site.",
                                  epilog="example:\n  briefing build", formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--version", action="version", version=f"briefing {__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, text in EXAMPLES.items():
        cmd = sub.add_parser(name, help=text.splitlines()[0], description=text, formatter_class=argparse.RawDescriptionHelpFormatter)
        cmd.add_argument("--root", type=Path, default=Path("."), help="project folder holding data/ and content/ (default: .)")
        cmd.add_argument("--debug", action="store_true", help="show the Python traceback of internal errors")
        if name == "pdf":
            cmd.add_argument("briefing", nargs="?", metavar="ID", help="briefing id (default: every briefing)")
            cmd.add_argument("--paper", choices=["A4", "Letter"], help="paper size (default: as the briefing declares)")
            cmd.add_argument("--output", type=Path, default=Path("build/pdf"), help="folder for the PDFs (default: build/pdf)")
        if name == "publish":
            cmd.add_argument("edition", nargs="?", metavar="EDITION", help="the edition id (default: the last in data/editions.yaml)")
        if name == "serve":
            cmd.add_argument("--port", type=int, default=8000, help="port to serve on (default: 8000)")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    root = args.root.resolve()
    try:
        return COMMANDS[args.command](root, args)
    except InputError as err:
        for problem in err.problems:
            console.print(str(problem), markup=False)
            snippet = problem.snippet(root)
            if snippet:
                console.print(snippet, markup=False, style="dim")
        outcome = "; nothing was published" if args.command in ("build", "serve") else ""
        console.print(f"[red]{len(err.problems)} problem(s) found{outcome}.[/]")
        return 2
    except BuildError as err:
        console.print(f"[red]error:[/] {err}", markup=True)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as err:  # noqa: BLE001 - the last line of defence, with --debug for details
        if args.debug:
            traceback.print_exc()
        console.print(f"[red]internal error:[/] {type(err).__name__}: {err}\nRun again with --debug for the traceback.")
        return 1


def _check(root: Path, args: argparse.Namespace) -> int:
    derived = pipeline.check(root)
    for warning in derived.warnings:
        console.print(f"warning: {warning}", markup=False)
    console.print(f"[green]ok[/]: {len(derived.figures)} figures, {len(derived.ds.sources)} sources, "
                  f"{len(derived.ds.charts)} charts; no problems found")
    for result in derived.checks:
        held = sum(r.agrees for r in result.rows)
        console.print(f"claim check {result.id}: holds on {held} of {len(result.rows)} metrics", markup=False)
    return 0


def _build(root: Path, args: argparse.Namespace) -> int:
    timings = pipeline.Timings()
    pipeline.build(root, lambda line: console.print(line, markup=False), timings=timings)
    console.print("[green]built[/] in " + ", ".join(f"{k} {v:.2f}s" for k, v in timings.stages.items()))
    return 0


def _pdf(root: Path, args: argparse.Namespace) -> int:
    out = args.output if args.output.is_absolute() else root / args.output
    pipeline.export_pdf(root, out, lambda line: console.print(line, markup=False), args.briefing, args.paper)
    return 0


def _publish(root: Path, args: argparse.Namespace) -> int:
    from . import publish

    publish.run(root, lambda line: console.print(line, markup=False), args.edition)
    return 0


def _schema(root: Path, args: argparse.Namespace) -> int:
    from .model import export_json_schemas

    changed = export_json_schemas(root / "data" / "schema")
    console.print(f"{len(changed)} schema file(s) updated in data/schema", markup=False)
    return 0


def _serve(root: Path, args: argparse.Namespace) -> int:
    import subprocess

    report = lambda line: console.print(line, markup=False)  # noqa: E731
    pipeline.generate(root, report)
    stop = threading.Event()
    threading.Thread(target=_regenerate_on_change, args=(root, stop), daemon=True).start()
    try:
        return subprocess.call([sys.executable, "-m", "mkdocs", "serve", "-f", str(root / "mkdocs.yml"),
                                "--dev-addr", f"127.0.0.1:{args.port}"], cwd=root)
    finally:
        stop.set()


def _regenerate_on_change(root: Path, stop: threading.Event) -> None:
    """Poll data/ and content/ twice a second; MkDocs' own watcher reloads the open page."""
    def stamp() -> tuple:
        files = sorted(p for folder in ("data", "content") for p in (root / folder).rglob("*") if p.is_file())
        return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)

    last = stamp()
    while not stop.wait(0.5):
        current = stamp()
        if current == last:
            continue
        last = current
        try:
            pipeline.generate(root, lambda line: None)
            console.print("regenerated", markup=False)
        except InputError as err:
            console.print("\n".join(str(p) for p in err.problems), markup=False)
        except BuildError as err:
            console.print(f"error: {err}", markup=False)


COMMANDS = {"check": _check, "build": _build, "pdf": _pdf, "publish": _publish, "schema": _schema, "serve": _serve}
