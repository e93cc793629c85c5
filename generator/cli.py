"""The ``briefing`` command: a thin layer over ``generator.pipeline``.

Exit codes: 0 success, 2 the user's input is wrong (every problem listed), 1 our fault or a tool's.
"""
from __future__ import annotations

import argparse
import datetime as dt
import traceback
from pathlib import Path

from rich.console import Console

from . import __version__, pipeline
from .errors import BuildError, InputError

EXAMPLES = {
    "new": "Create a working example project in a new folder, to replace with your own story.\n\nexample:\n"
           "  briefing new ~/briefings/ev-tariffs\n  cd ~/briefings/ev-tariffs && briefing build",
    "check": "Validate data/ and content/ without building.\n\nexample:\n  briefing check\n  briefing check --root path/to/project",
    "build": "Generate the docs tree and publish the site into site/ (replaced only on success).\n\nexample:\n  briefing build",
    "pdf": "Export the PDF briefings declared in data/briefings.yaml (all, or the one named).\n\nexample:\n  briefing pdf\n  briefing pdf summary --paper Letter --output ~/briefings",
    "publish": "Build and deploy the last declared edition with mike to the gh-pages branch (pushed when a remote is set).\n\nexample:\n  briefing publish 2026-11-23",
    "schema": "Write data/schema/*.schema.json from the data model, so editors validate YAML as you type.\n\nexample:\n  briefing schema",
    "serve": "Preview at http://127.0.0.1:8000: a saved change to data/ or content/ shows in the browser within a second,\n"
             "and problems show there too until fixed (no PDFs; static charts from the cache).\n\nexample:\n  briefing serve --port 8001",
    "edition": "Start a new edition (freezing the current one's record first), or rebuild a missing record.\n\n"
               "example:\n  briefing edition new 2026-12-01 --summary \"Orders revised after the December customs data.\"\n"
               "  briefing edition record 2026-11-23",
}

console = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="briefing", description="Turn sourced YAML facts into a briefing site.",
                                  epilog="example:\n  briefing build", formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--version", action="version", version=f"briefing {__version__}")
    _common(top, default=True)
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, text in EXAMPLES.items():
        cmd = sub.add_parser(name, help=text.splitlines()[0], description=text, formatter_class=argparse.RawDescriptionHelpFormatter)
        _common(cmd, default=False)
        if name == "pdf":
            cmd.add_argument("briefing", nargs="?", metavar="ID", help="briefing id (default: every briefing)")
            cmd.add_argument("--paper", choices=["A4", "Letter"], help="paper size (default: as the briefing declares)")
            cmd.add_argument("--output", type=Path, default=Path("build/pdf"), help="folder for the PDFs (default: build/pdf)")
        if name == "publish":
            cmd.add_argument("edition", nargs="?", metavar="EDITION", help="the edition id (default: the last in data/editions.yaml)")
        if name == "new":
            cmd.add_argument("directory", type=Path, metavar="DIR", help="folder to create (must be new or empty)")
        if name == "serve":
            cmd.add_argument("--port", type=int, default=8000, help="port to serve on (default: 8000)")
        if name == "edition":
            actions = cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
            new = actions.add_parser("new", help="freeze the current edition's record, then declare a new edition")
            new.add_argument("id", metavar="ID", help="the new edition's id, as in 2026-12-01")
            new.add_argument("--summary", required=True, help="one line: what the edition brings")
            new.add_argument("--date", type=_day, help="the edition's date, YYYY-MM-DD (default: today)")
            record = actions.add_parser("record", help="write a missing edition record (data/snapshots/ID.json)")
            record.add_argument("id", nargs="?", metavar="ID", help="the edition (default: the one before the last)")
            record.add_argument("--from", dest="commit", metavar="COMMIT",
                                help="the commit to read that edition's data from (default: its newest commit)")
            for action in (new, record):
                _common(action, default=False)
    return top


def _common(cmd: argparse.ArgumentParser, default: bool) -> None:
    """--root and --debug, accepted before or after the command (``briefing --root X build``)."""
    cmd.add_argument("--root", type=Path, default=Path(".") if default else argparse.SUPPRESS,
                     help="project folder holding data/ and content/ (default: .)")
    cmd.add_argument("--debug", action="store_true", default=False if default else argparse.SUPPRESS,
                     help="show the Python traceback of internal errors")


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


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
        outcome = "; nothing was published" if args.command in ("build", "serve", "publish") else ""
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


def _new(root: Path, args: argparse.Namespace) -> int:
    from . import newproject

    target = (root / args.directory.expanduser()).resolve()  # a relative DIR is taken from --root, which defaults to .
    written = newproject.create(target)
    console.print(f"[green]created[/] {target} ({len(written)} files): an example briefing to replace with your own", markup=True)
    console.print(f"next: {_this_command()} build --root {target}   (then read {target / 'README.md'})", markup=False)
    return 0


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _this_command() -> str:
    """How to run briefing again: its name when it is on PATH, else the full path of this one."""
    import shutil
    import sys

    here = Path(sys.argv[0]).resolve()
    if here.name == "__main__.py":
        return f"{sys.executable} -m generator"
    return "briefing" if shutil.which("briefing") and Path(shutil.which("briefing")).resolve() == here else str(here)


def _check(root: Path, args: argparse.Namespace) -> int:
    derived = pipeline.check(root)
    for warning in derived.warnings:
        console.print(f"warning: {warning}", markup=False)
    counts = ", ".join(_count(len(items), word) for items, word in ((derived.figures, "figure"), (derived.ds.sources, "source"),
                                                                     (derived.ds.charts, "chart")))
    console.print(f"[green]ok[/]: {counts}; no problems found")
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
    from . import serve

    serve.run(root, args.port, lambda line: console.print(line, markup=False))
    return 0


def _edition(root: Path, args: argparse.Namespace) -> int:
    from . import records

    report = lambda line: console.print(line, markup=False)  # noqa: E731
    if args.action == "new":
        records.start(root, args.id, args.summary, args.date, report)
        return 0
    from . import load

    declared = load.run(root).editions
    if args.id is None and len(declared) < 2:
        console.print("only one edition is declared: there is no previous edition's record to write", markup=False)
        return 0
    records.freeze(root, args.id or declared[-2].id, report, args.commit)
    return 0


COMMANDS = {"new": _new, "check": _check, "build": _build, "pdf": _pdf, "publish": _publish, "schema": _schema, "serve": _serve,
            "edition": _edition}
